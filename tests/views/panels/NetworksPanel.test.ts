// @vitest-environment jsdom
// The networks panel's connectivity matrix is symmetric in what it renders, agrees with the
// model's DMN coherence now, is keyboard navigable, and the panel shows no unsupported figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { resetApp, duloxetinePlusEa } from './dom.ts';
import { app } from '../../../src/state/app.svelte.ts';
import { NETWORK_NODES, DMN_NODES } from '../../../src/model/network/network.ts';
import NetworksPanel from '../../../src/views/panels/NetworksPanel.svelte';

beforeEach(() => resetApp(duloxetinePlusEa));
afterEach(cleanup);

const cell = (row: number, col: number) =>
  document.querySelector<SVGGElement>(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

describe('NetworksPanel', () => {
  it('renders a symmetric matrix', () => {
    render(NetworksPanel);
    const n = NETWORK_NODES.length;
    expect(document.querySelectorAll('[role="gridcell"]').length).toBe(n * n);
    for (let r = 0; r < n; r++)
      for (let c = r + 1; c < n; c++) {
        const a = cell(r, c)?.dataset.value;
        expect(a, `${r},${c}`).toMatch(/^-?\d\.\d\d$/);
        expect(cell(c, r)?.dataset.value, `${c},${r}`).toBe(a);
      }
  });

  it("agrees with the model's DMN coherence now", () => {
    render(NetworksPanel);
    const idx = DMN_NODES.map((id) => NETWORK_NODES.indexOf(id));
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < idx.length; i++)
      for (let j = i + 1; j < idx.length; j++) {
        sum += Number(cell(idx[i]!, idx[j]!)?.dataset.value);
        pairs++;
      }
    expect(sum / pairs).toBeCloseTo(app.valueNow('network.dmnCoherence'), 1);
  });

  it('moves through the grid with the arrow keys, one tab stop', () => {
    render(NetworksPanel);
    const focusable = document.querySelectorAll('[role="gridcell"][tabindex="0"]');
    expect(focusable.length).toBe(1);
    const start = focusable[0] as SVGGElement;
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const next = document.activeElement as SVGGElement;
    expect(next.dataset.row).toBe(String(Number(start.dataset.row) + 2));
    expect(next.dataset.col).toBe(start.dataset.col);
    expect(next.getAttribute('tabindex')).toBe('0');
    expect(next.getAttribute('aria-label')).toMatch(/correlation \d\.\d\d/);
  });

  it('tells the supported DMN-insula story, labels coherence a hypothesis, and no unsupported figures', () => {
    render(NetworksPanel);
    const text = document.body.textContent ?? '';
    expect(text).toContain('DMN-insula coupling over the 12 weeks');
    expect(text).toContain('whatever brought the relief');
    // Within-DMN coherence: defined, and shown as a hypothesis.
    expect(text).toContain('four hubs of the brain’s resting network');
    const coherenceHeading = [...document.querySelectorAll('h3')].find((h) =>
      h.textContent?.includes('DMN coherence over the 12 weeks'),
    );
    expect(coherenceHeading?.textContent).toContain('Hypothesis');
    // The pain-free reference is a column of the measures table.
    expect(text).toContain('Without pain');
    // The source articles' "DMN integrity improves 22%" and "r = 0.68" must not appear.
    expect(text).not.toMatch(/22\s?%/);
    expect(text).not.toMatch(/r\s?=\s?0\.68/);
  });
});
