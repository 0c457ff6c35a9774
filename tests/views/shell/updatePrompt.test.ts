// @vitest-environment jsdom
// The "new version" prompt: hidden until the service worker has saved a new version; Reload lets
// that version take over (and marks the reload as wanted); Later hides the prompt.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import UpdatePrompt from '../../../src/views/shell/UpdatePrompt.svelte';
import { update } from '../../../src/sw/update.svelte.ts';
import { i18n } from '../../../src/i18n/i18n.svelte.ts';

beforeAll(() => i18n.use('en', 'plain'));

describe('UpdatePrompt', () => {
  it('offers the new version, and Reload lets it take over', async () => {
    render(UpdatePrompt);
    expect(screen.queryByRole('status')).toBeNull();
    const takeOver = vi.fn();
    update.offer(takeOver);
    flushSync();
    expect(screen.getByRole('status').textContent).toContain('A new version of PainBrake is ready');
    await fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(takeOver).toHaveBeenCalledOnce();
    expect(update.accepted).toBe(true);
  });

  it('Later hides it', async () => {
    update.accepted = false;
    render(UpdatePrompt);
    update.offer(() => {});
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(update.accepted).toBe(false);
  });
});
