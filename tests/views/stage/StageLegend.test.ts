// @vitest-environment jsdom
// The stage's key: open at first on wide screens with every entry; closed on phones, where its
// entries are built the first time it is opened (and stay when it is closed again).
import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import StageLegend from '../../../src/views/stage/StageLegend.svelte';

describe('the stage key', () => {
  it('shows its entries at once when it starts open', () => {
    const { container } = render(StageLegend, { reducedMotion: false, initiallyOpen: true });
    expect(container.querySelector('details')?.open).toBe(true);
    expect(container.querySelectorAll('li').length).toBeGreaterThan(5);
  });

  it('builds its entries when first opened, and keeps them', async () => {
    const { container } = render(StageLegend, { reducedMotion: false, initiallyOpen: false });
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(container.querySelectorAll('li')).toHaveLength(0);
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const entries = container.querySelectorAll('li').length;
    expect(entries).toBeGreaterThan(5);
    details.open = false;
    await fireEvent(details, new Event('toggle'));
    expect(container.querySelectorAll('li')).toHaveLength(entries);
  });
});
