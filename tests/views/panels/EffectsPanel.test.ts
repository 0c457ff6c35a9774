// @vitest-environment jsdom
// The effects panel draws occupancy bars for the active drugs' targets only, their text follows
// the simulation at the current time, and the cautions always end with the prescriber.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { resetApp } from './dom.ts';
import { app } from '../../../src/state/app.svelte.ts';
import EffectsPanel from '../../../src/views/panels/EffectsPanel.svelte';

afterEach(cleanup);

const barIds = () =>
  [...document.querySelectorAll<HTMLElement>('[data-bar]')].map((el) => el.dataset.bar);
const barText = (id: string) => document.querySelector(`[data-bar="${id}"]`)?.textContent ?? '';
const percentNow = (id: string) =>
  `${Math.round(app.valueNow(`occupancy.${id}` as 'occupancy.SERT') * 100)}% blocked`;

describe('EffectsPanel', () => {
  it('shows no bars when no drug is on', () => {
    resetApp();
    render(EffectsPanel);
    expect(barIds()).toEqual([]);
    expect(screen.getByText(/No medicine is switched on/)).toBeTruthy();
  });

  it('shows only SERT and NET for duloxetine', () => {
    resetApp((t) => (t.duloxetine.mg = 60));
    render(EffectsPanel);
    expect(barIds()).toEqual(['SERT', 'NET']);
  });

  it("shows amitriptyline's off-target receptors and channels", () => {
    resetApp((t) => (t.amitriptyline.mg = 50));
    render(EffectsPanel);
    expect(barIds()).toEqual(['SERT', 'NET', 'H1', 'M1', 'alpha1', 'Nav', 'NMDA', 'hERG']);
    expect(barText('M1')).toContain('Amitriptyline');
    expect(screen.getByText(/Sleepiness: histamine H1 receptors \d+% blocked/)).toBeTruthy();
  });

  it("writes the SERT bar's percentage from app.valueNow, and follows the clock", () => {
    resetApp((t) => (t.duloxetine.mg = 60));
    render(EffectsPanel);
    const atWeek6 = percentNow('SERT');
    expect(barText('SERT')).toContain(atWeek6);
    app.setCourseHours(12);
    flushSync();
    const early = percentNow('SERT');
    expect(early).not.toBe(atWeek6);
    expect(barText('SERT')).toContain(early);
  });

  it("uses the prescriber's words for the cautions and marks the relevant ones", () => {
    resetApp((t) => (t.amitriptyline.mg = 25));
    render(EffectsPanel);
    const cautions = [...document.querySelectorAll<HTMLElement>('[data-caution]')];
    expect(cautions.map((c) => c.dataset.caution)).toEqual([
      'older-age',
      'glaucoma',
      'heart',
      'weight',
      'insomnia',
    ]);
    expect(cautions.every((c) => c.textContent?.includes('On in this scenario'))).toBe(true);
    expect(screen.getByText(/talk to your prescriber\.$/)).toBeTruthy();
  });

  it('shows duloxetine trial figures with their source', () => {
    resetApp((t) => (t.duloxetine.mg = 60));
    render(EffectsPanel);
    expect(screen.getByText('29.3%')).toBeTruthy();
    expect(screen.getByText('44%')).toBeTruthy();
    expect(document.body.textContent).toContain('Perahia 2005');
  });
});
