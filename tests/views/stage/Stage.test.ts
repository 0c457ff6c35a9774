// @vitest-environment jsdom
// The pathway stage: every region is a named, keyboard-operable button in pathway order; the
// treatment marks follow the treatment; reduced motion swaps particles for static markers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Stage from '../../../src/views/stage/Stage.svg.svelte';
import { app } from '../../../src/state/app.svelte.ts';
import { defaultTreatment } from '../../../src/state/treatment.ts';
import { defaultViewState } from '../../../src/state/viewState.ts';
import { LAYOUTS, STAGE_NODE_ORDER } from '../../../src/views/stage/layout.ts';
import { STAGE_EDGES } from '../../../src/views/stage/flows.ts';
import { i18n } from '../../../src/i18n/i18n.svelte.ts';
import { PATIENT_NAMED } from '../../../src/views/stage/stageNames.ts';

// A student's stage names every region by its short name; the patient's is tested on its own.
beforeEach(() => app.setAudience('student', false));

afterEach(() => {
  app.setAudience(defaultViewState().audience, false);
  app.motion = null;
  app.playing = false;
  app.treatment = defaultTreatment();
  app.select('dh-projection');
  flushSync();
});

describe('the pathway stage', () => {
  it('names every region with what it is and how it differs from untreated', () => {
    render(Stage);
    const pag = screen.getByRole('button', { name: /^PAG, Periaqueductal gray: /i });
    expect(pag.getAttribute('aria-label')).toMatch(/untreated$/);
    const buttons = screen
      .getAllByRole('button')
      .filter((button) => button.hasAttribute('data-node'));
    expect(buttons).toHaveLength(STAGE_NODE_ORDER.length);
  });

  it('puts the regions in tab order along the pathway: body to brain, then the brake back down', () => {
    const { container } = render(Stage);
    const order = [...container.querySelectorAll('[data-node]')].map((node) =>
      node.getAttribute('data-node'),
    );
    expect(order.slice(0, 3)).toEqual(['nociceptor', 'dh-projection', 'thalamus']);
    const brake = ['dlpfc', 'pag', 'rvm-off', 'lc', 'dh-interneuron'].map((id) =>
      order.indexOf(id),
    );
    expect(brake).toEqual([...brake].sort((a, b) => a - b));
    expect(order.indexOf('dacc')).toBeLessThan(order.indexOf('dlpfc'));
    expect(order.slice(-5)).toEqual(['mpfc', 'pcc', 'precuneus', 'angular', 'nacc']);
    for (const node of container.querySelectorAll('[data-node]'))
      expect(node.getAttribute('tabindex')).toBe('0');
  });

  it('selects a region with Enter or Space and shows it as pressed', () => {
    render(Stage);
    const pag = screen.getByRole('button', { name: /^PAG,/ });
    fireEvent.keyDown(pag, { key: 'Enter' });
    flushSync();
    expect(app.selectedNode).toBe('pag');
    expect(pag.getAttribute('aria-pressed')).toBe('true');
    const lc = screen.getByRole('button', { name: /^LC\/A5-A7,/ });
    fireEvent.keyDown(lc, { key: ' ' });
    flushSync();
    expect(app.selectedNode).toBe('lc');
    expect(pag.getAttribute('aria-pressed')).toBe('false');
  });

  it('reports a drop in the pain signal once duloxetine is on, in the name and the caption', () => {
    const { container } = render(Stage);
    app.treatment.duloxetine.mg = 60;
    flushSync();
    const projection = screen.getByRole('button', { name: /^DH proj\./ });
    expect(projection.getAttribute('aria-label')).toMatch(/\d+% below untreated/);
    const svg = container.querySelector('svg')!;
    const caption = document.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(caption.textContent).toMatch(/pain signal leaving the spinal cord is \d+% below/);
  });

  it('marks where a switched-on treatment acts', () => {
    const { container } = render(Stage);
    expect(container.querySelector('[data-mark="drug"]')).toBeNull();
    expect(container.querySelector('[data-mark="needles"]')).toBeNull();
    app.treatment.duloxetine.mg = 60;
    app.treatment.acupuncture.mode = 'ea-2-100hz';
    flushSync();
    const words = (mark: string) =>
      [...container.querySelectorAll(`[data-mark="${mark}"] tspan`)]
        .map((line) => line.textContent)
        .join(' ');
    expect(words('drug')).toMatch(/Duloxetine at the synapse/);
    expect(words('needles')).toMatch(/Electroacupuncture 2\/100 Hz/);
  });

  it('draws moving particles when motion is allowed', () => {
    app.motion = 'on';
    app.playing = true;
    const { container } = render(Stage);
    expect(container.querySelectorAll('.particle').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.flux-marker')).toHaveLength(0);
  });

  it('keeps still while the clock is paused, even with motion on', () => {
    app.motion = 'on';
    const { container } = render(Stage);
    expect(container.querySelectorAll('.particle')).toHaveLength(0);
    expect(container.querySelectorAll('.flux-marker').length).toBeGreaterThan(0);
    app.playing = true;
    flushSync();
    expect(container.querySelectorAll('.particle').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.flux-marker')).toHaveLength(0);
  });

  it('draws static flux markers instead of particles when motion is reduced', () => {
    app.motion = 'off';
    const { container } = render(Stage);
    expect(container.querySelectorAll('.particle')).toHaveLength(0);
    const markers = container.querySelectorAll('.flux-marker');
    expect(markers.length).toBeGreaterThan(0);
    const kinds = new Set([...markers].map((marker) => marker.getAttribute('data-kind')));
    expect(kinds).toEqual(
      new Set(['ascending', 'command', 'serotonin', 'noradrenaline', 'facilitation']),
    );
  });

  it('shows more serotonin markers when the synaptic level rises (reduced motion)', () => {
    app.motion = 'off';
    const { container } = render(Stage);
    const count = () => container.querySelectorAll('.flux-marker[data-kind="serotonin"]').length;
    const before = count();
    app.treatment.duloxetine.mg = 60;
    flushSync();
    expect(count()).toBeGreaterThan(before);
  });

  it('moves a name that has no clear space where the layout puts it (longer words)', async () => {
    // The drawing here is a phone's (a 320 px window): in the pseudo-locale the resting-network
    // row's longer names do not fit side by side below their nodes, so some go beside them.
    await i18n.use('qps-ploc', 'plain');
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { value: 320, configurable: true });
    try {
      const { container } = render(Stage);
      const nameBelow = (id: string) => {
        const node = container.querySelector(`[data-node="${id}"]`)!;
        const y = Number(node.querySelector('circle.baseline')!.getAttribute('cy'));
        const r = Number(node.querySelector('circle.baseline')!.getAttribute('r'));
        return Number(node.querySelector('text.name tspan')!.getAttribute('y')) > y + r;
      };
      expect(LAYOUTS.tall.nodes.angular.label).toBe('below');
      await vi.waitFor(() => expect(nameBelow('angular')).toBe(false));
      expect(nameBelow('precuneus')).toBe(true);
    } finally {
      Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
      await i18n.use('en', 'plain');
    }
  });

  it("moves an area's long name to its other place where it would crowd (a patient's phone)", async () => {
    // On a 320 px phone the patient's PAG sits under the brainstem's name: the pseudo-locale's
    // longer name goes to the top left of the brainstem; in English it stays at its own place.
    app.setAudience('patient', false);
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { value: 320, configurable: true });
    const brainstemName = (container: Element) =>
      container.querySelectorAll('.areas > text')[1]!.getAttribute('text-anchor');
    try {
      const english = render(Stage);
      // The side chooser loads on its own: wait until it has placed the names.
      await vi.waitFor(() =>
        expect(english.container.querySelector('[data-node="pag"] text.name')).not.toBeNull(),
      );
      expect(brainstemName(english.container)).toBe('end');
      english.unmount();
      await i18n.use('qps-ploc', 'plain');
      const { container } = render(Stage);
      await vi.waitFor(() => expect(brainstemName(container)).toBe('start'));
      const first = container.querySelectorAll('.areas > text')[1]!.querySelector('tspan')!;
      expect(Number(first.getAttribute('x'))).toBe(118);
    } finally {
      Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
      await i18n.use('en', 'plain');
    }
  });

  it('names fewer regions for a patient, by what they do, and the rest when chosen or focused', async () => {
    app.setAudience('patient', false);
    try {
      const { container } = render(Stage);
      const named = () =>
        [...container.querySelectorAll('[data-node]')]
          .filter((node) => node.querySelector('text.name') !== null)
          .map((node) => node.getAttribute('data-node'));
      const nameOf = (id: string) =>
        [...container.querySelectorAll(`[data-node="${id}"] text.name tspan`)]
          .map((line) => line.textContent)
          .join(' ');
      expect(named()).toHaveLength(PATIENT_NAMED.size);
      expect(nameOf('dh-projection')).toBe('Spinal pain relay');
      expect(nameOf('pag')).toBe('Brake switch');
      expect(named()).not.toContain('dacc');
      // Its accessible name still says what it is, and its change in words.
      const dacc = container.querySelector<SVGGElement>('[data-node="dacc"]')!;
      expect(dacc.getAttribute('aria-label')).toMatch(
        /^Unpleasantness, Dorsal anterior cingulate cortex.*: .*untreated$/,
      );
      await fireEvent.focus(dacc);
      expect(nameOf('dacc')).toBe('Unpleasantness');
      // The value reads in words, not as a percentage.
      app.select('pag');
      flushSync();
      const value = container.querySelector('[data-node="pag"] text.value')!.textContent!;
      expect(value).not.toMatch(/%/);
      expect(value).toMatch(/active|same as untreated/);
    } finally {
      await i18n.use('en', 'plain');
    }
  });

  it('lists every link in words: from, to, what it carries, speeds up or calms, and how much', async () => {
    // In a patient's words: the regions named by what they do.
    app.setAudience('patient', false);
    await i18n.use('en', 'plain');
    app.treatment.duloxetine.mg = 60;
    const { container } = render(Stage);
    const details = container.querySelector<HTMLDetailsElement>('details.links')!;
    expect(details.querySelector('li')).toBeNull(); // built when first opened
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    // The list and its words load when it first opens.
    await vi.waitFor(() => expect(details.querySelectorAll('li')).toHaveLength(STAGE_EDGES.length));
    const items = [...details.querySelectorAll('li')].map((li) => li.textContent!.trim());
    // Duloxetine keeps more noradrenaline at the spinal synapse: that link reads so.
    const noradrenaline = items.find((item) =>
      /^From Noradrenaline cells to Spinal pain relay: noradrenaline, calms it, /.test(item),
    );
    expect(noradrenaline).toMatch(/\d+% above untreated$/);
    expect(items.some((item) => /the pain signal, speeds it up/.test(item))).toBe(true);
  });
});
