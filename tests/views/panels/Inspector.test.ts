// @vitest-environment jsdom
// The node inspector names the selected node and states its change in words and a number that
// matches the course trajectory at the current time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { resetApp, duloxetinePlusEa } from './dom.ts';
import { app } from '../../../src/state/app.svelte.ts';
import { sampleAt } from '../../../src/state/sampling.ts';
import { regionName, regionShort } from '../../../src/i18n/names.ts';
import Inspector from '../../../src/views/panels/Inspector.svelte';

beforeEach(() => resetApp(duloxetinePlusEa));
afterEach(cleanup);

describe('Inspector', () => {
  it.each(['dh-projection', 'rvm-off', 'pag', 'insula'])(
    "shows %s's name and a change that matches the trajectory now",
    (id) => {
      app.setAudience('student', false);
      app.select(id);
      flushSync();
      render(Inspector);
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(regionName(id));
      const relative = sampleAt(app.course, `node.${id}`, app.now);
      const percent = Math.round((relative - 1) * 100);
      const sentence = screen.getByTestId('inspector-change').textContent ?? '';
      expect(percent).not.toBe(0);
      expect(sentence).toContain(
        `${Math.abs(percent)}% ${percent > 0 ? 'above' : 'below'} untreated`,
      );
      expect(sentence).toContain(regionShort(id));
      expect(sentence).toContain('Week 6');
    },
  );

  it('names the region by what it does for a patient, its anatomical name under it', () => {
    app.setAudience('patient', false);
    app.select('pag');
    flushSync();
    render(Inspector);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Brake switch');
    expect(screen.getByText(regionName('pag'))).toBeTruthy();
    expect(screen.getByTestId('inspector-change').textContent).toContain('Brake switch activity');
  });

  it('follows the clock', () => {
    app.select('dh-projection');
    render(Inspector);
    app.setCourseHours(3 * 24);
    flushSync();
    const percent = Math.round((sampleAt(app.course, 'node.dh-projection', app.now) - 1) * 100);
    expect(screen.getByTestId('inspector-change').textContent).toContain(
      `${Math.abs(percent)}% below untreated`,
    );
    expect(screen.getByTestId('inspector-change').textContent).toContain('Week 0, day 4');
  });

  it('lists only the drivers that move, with a number each', () => {
    app.select('dh-projection');
    render(Inspector);
    const items = [...screen.getByTestId('inspector-drivers').querySelectorAll('li')];
    const drivers = items.map((li) => li.dataset.driver);
    expect(drivers).toContain('noradrenaline');
    expect(drivers).toContain('muOpioid');
    expect(drivers).not.toContain('sodiumBlock');
    for (const li of items) expect(li.textContent).toMatch(/\d/);
  });

  it('labels the drug + acupuncture combination a hypothesis', () => {
    render(Inspector);
    expect(screen.getByText(/^Hypothesis/)).toBeTruthy();
  });

  it('shows evidence records for the node with grade and source (loaded on demand)', async () => {
    app.select('rvm-off');
    render(Inspector);
    // This record is among those folded under "more evidence", drawn once unfolded.
    const more = await waitFor(() => {
      const details = document.querySelector('details');
      expect(details).not.toBeNull();
      return details!;
    });
    expect(document.querySelector('[data-record="rvm-opioid-response"]')).toBeNull();
    more.open = true;
    more.dispatchEvent(new Event('toggle'));
    await waitFor(() =>
      expect(document.querySelector('[data-record="rvm-opioid-response"]')).not.toBeNull(),
    );
    const record = document.querySelector('[data-record="rvm-opioid-response"]');
    expect(record?.textContent).toContain('Low certainty');
    expect(record?.textContent).toContain('Heinricher 1992');
  });

  it('asks for a node when none is selected', () => {
    app.select(null);
    render(Inspector);
    expect(screen.getByText(/Pick a part of the pathway/)).toBeTruthy();
  });
});
