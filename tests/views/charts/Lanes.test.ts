// @vitest-environment jsdom
// The chart lanes show plasma levels for the active drugs only (nortriptyline with
// amitriptyline), say when a lane has nothing to show, read their values at the cursor, and mark
// the close-up window when the close-up clock drives the views.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { resetApp, duloxetinePlusEa } from '../panels/dom.ts';
import { app } from '../../../src/state/app.svelte.ts';
import Lanes from '../../../src/views/charts/Lanes.svelte';

afterEach(cleanup);

const lane = (id: string) => document.querySelector(`[data-lane="${id}"]`)?.textContent ?? '';

describe('Lanes', () => {
  it('shows every lane with the time cursor and a text alternative', () => {
    resetApp(duloxetinePlusEa);
    render(Lanes);
    for (const id of ['pain', 'relief', 'plasma', 'occupancy', 'opioid', 'dmn'])
      expect(lane(id), id).not.toBe('');
    const charts = screen.getAllByRole('img');
    expect(charts.length).toBe(6);
    for (const chart of charts)
      expect(chart.getAttribute('aria-label')).toMatch(/over the 12 weeks/);
    expect(document.querySelectorAll('.cursor').length).toBe(6);
  });

  it('plots only the active drugs, with nortriptyline for amitriptyline', () => {
    resetApp((t) => (t.amitriptyline.mg = 25));
    render(Lanes);
    expect(lane('plasma')).toContain('Amitriptyline');
    expect(lane('plasma')).toContain('Nortriptyline');
    expect(lane('plasma')).not.toContain('Duloxetine');
    expect(lane('opioid')).toContain('No opioid release');
  });

  it('says so when no medicine is on', () => {
    resetApp();
    render(Lanes);
    expect(lane('plasma')).toContain('No medicine in this scenario');
    expect(lane('occupancy')).toContain('No medicine in this scenario');
  });

  it('reads the pain score at the cursor', () => {
    resetApp(duloxetinePlusEa);
    render(Lanes);
    expect(lane('pain')).toContain(app.valueNow('pain.nrs').toFixed(1));
    expect(lane('pain')).toContain('6.0');
  });

  it('marks the close-up window while the close-up clock drives', () => {
    resetApp(duloxetinePlusEa);
    render(Lanes);
    expect(document.querySelectorAll('.highlight').length).toBe(0);
    app.setCloseUpHours(app.closeUpWindow.fromHours + 3);
    flushSync();
    expect(document.querySelectorAll('.highlight').length).toBe(6);
    expect(screen.getByText(/close-up clock now drives the views/)).toBeTruthy();
  });
});
