// @vitest-environment jsdom
// The synapse close-up: switching a medicine on fills the transporters in proportion to the
// simulated occupancy, the labels and caption say so, and reduced motion keeps the particles still.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Synapse from '../../../src/views/synapse/Synapse.svelte';
import { app } from '../../../src/state/app.svelte.ts';
import { defaultTreatment } from '../../../src/state/treatment.ts';

afterEach(() => {
  app.motion = null;
  app.playing = false;
  app.treatment = defaultTreatment();
  flushSync();
});

const blockedIn = (container: HTMLElement, transmitter: string) =>
  container.querySelectorAll(`[data-ending="${transmitter}"] [data-blocked="true"]`).length;

describe('the synapse close-up', () => {
  it('has ten transporters on each ending and none blocked without a medicine', () => {
    const { container } = render(Synapse);
    expect(container.querySelectorAll('[data-ending="serotonin"] [data-blocked]')).toHaveLength(10);
    expect(container.querySelectorAll('[data-ending="noradrenaline"] [data-blocked]')).toHaveLength(
      10,
    );
    expect(blockedIn(container, 'serotonin')).toBe(0);
    expect(screen.getByTestId('synapse-caption').textContent).toMatch(/No medicine is blocking/);
  });

  it('fills the transporters as duloxetine 60 mg occupies them', () => {
    const { container } = render(Synapse);
    app.treatment.duloxetine.mg = 60;
    flushSync();
    const sert = blockedIn(container, 'serotonin');
    const net = blockedIn(container, 'noradrenaline');
    expect(sert).toBe(Math.round(app.valueNow('occupancy.SERT') * 10));
    expect(net).toBe(Math.round(app.valueNow('occupancy.NET') * 10));
    expect(sert).toBeGreaterThanOrEqual(7);
    expect(net).toBeGreaterThan(0);
    const label = [...container.querySelectorAll('[data-ending="serotonin"] .blocked-label tspan')]
      .map((line) => line.textContent)
      .join(' ');
    expect(label).toBe(`${sert} of 10 serotonin transporters blocked`);
    expect(screen.getByTestId('synapse-caption').textContent).toMatch(
      new RegExp(`Duloxetine is blocking ${sert} of 10 serotonin and ${net} of 10 noradrenaline`),
    );
  });

  it('shows the pain neuron firing less under duloxetine', () => {
    render(Synapse);
    app.treatment.duloxetine.mg = 60;
    flushSync();
    expect(screen.getByTestId('firing').textContent).toMatch(/Firing \d+% below untreated/);
  });

  it('keeps transmitter in the gap still, in the same numbers, when motion is reduced', () => {
    app.motion = 'off';
    const { container } = render(Synapse);
    const serotonin = () =>
      container.querySelectorAll('.flux-marker[data-kind="serotonin"]').length;
    const before = serotonin();
    expect(before).toBeGreaterThan(0);
    expect(container.querySelectorAll('.cleft-serotonin')).toHaveLength(0);
    app.treatment.duloxetine.mg = 60;
    flushSync();
    expect(serotonin()).toBeGreaterThan(before);
  });
});
