// @vitest-environment jsdom
// The effects panel draws occupancy bars for the active drugs' targets only, their text follows
// the simulation at the current time (in words for plain reading, in percent for technical),
// the cautions that apply to the treatment and person come first, marked, and always end with
// the prescriber.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { resetApp } from './dom.ts';
import { app } from '../../../src/state/app.svelte.ts';
import { i18n } from '../../../src/i18n/i18n.svelte.ts';
import EffectsPanel from '../../../src/views/panels/EffectsPanel.svelte';

afterEach(async () => {
  cleanup();
  await i18n.setRegister('plain');
});

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
    expect(
      screen.getByText(/Sleepiness: (about|most|almost) [a-z ]+ of the histamine H1 receptors/),
    ).toBeTruthy();
  });

  it('gives patients words and what the block means, never a bare percentage', async () => {
    resetApp((t) => (t.amitriptyline.mg = 25));
    render(EffectsPanel);
    // About 10-40% of muscarinic receptors at 25 mg (SCIENCE.md target 15).
    expect(barText('M1')).toMatch(/about (one in ten|a fifth|a third) blocked/);
    expect(barText('M1')).toContain('a dry mouth is common');
    expect(barText('M1')).not.toMatch(/\d+% blocked/);
    await i18n.setRegister('technical');
    flushSync();
    expect(barText('M1')).toMatch(/\d+% blocked/);
  });

  it("writes the SERT bar's percentage from app.valueNow, and follows the clock", async () => {
    resetApp((t) => (t.duloxetine.mg = 60));
    await i18n.setRegister('technical');
    render(EffectsPanel);
    const atWeek6 = percentNow('SERT');
    expect(barText('SERT')).toContain(atWeek6);
    app.setCourseHours(12);
    flushSync();
    const early = percentNow('SERT');
    expect(early).not.toBe(atWeek6);
    expect(barText('SERT')).toContain(early);
  });

  it("uses the prescriber's words for the cautions and marks the relevant ones first", () => {
    resetApp((t) => (t.amitriptyline.mg = 25));
    render(EffectsPanel);
    const cautions = [...document.querySelectorAll<HTMLElement>('[data-caution]')];
    const applying = cautions.filter((c) => c.dataset.applies === 'true');
    expect(applying.map((c) => c.dataset.caution).sort()).toEqual(
      [
        'amitriptyline-overdose',
        'glaucoma-urinary',
        'heart',
        'insomnia',
        'suicidality',
        'weight',
      ].sort(),
    );
    expect(cautions.slice(0, applying.length)).toEqual(applying);
    expect(applying.every((c) => c.textContent?.includes('Applies now'))).toBe(true);
    expect(screen.getByText(/talk to your prescriber\.$/)).toBeTruthy();
  });

  it('brings forward the cautions for the person and the interactions, with their reasons', () => {
    resetApp((t) => {
      t.amitriptyline.mg = 25;
      t.duloxetine.mg = 60;
      t.person.olderAdult = true;
      t.person.liver = 'impaired';
    });
    render(EffectsPanel);
    const applies = (id: string) =>
      document.querySelector<HTMLElement>(`[data-caution="${id}"]`)?.dataset.applies;
    for (const id of [
      'serotonin-syndrome',
      'duloxetine-liver',
      'amitriptyline-older-adults',
      'cyp2d6-interaction',
      'hyponatraemia',
    ])
      expect(applies(id), id).toBe('true');
    expect(applies('duloxetine-kidney')).toBe('false');
    expect(document.querySelector('[data-caution="duloxetine-liver"]')?.textContent).toContain(
      'Applies now: Duloxetine, for someone with liver disease.',
    );
    // The person's levels against an adult without these traits, and the slowed CYP2D6.
    expect(document.querySelector('[data-level="duloxetine"]')?.textContent).toMatch(
      /[3-6]\.\d times the level/,
    );
    expect(screen.getByTestId('cyp2d6').textContent).toMatch(/\d+% of its usual speed/);
  });

  it('links a checked source to its DOI, opening in a new tab', () => {
    resetApp((t) => {
      t.amitriptyline.mg = 25;
      t.person.cyp2d6 = 'poor';
    });
    render(EffectsPanel);
    const link = document.querySelector<HTMLAnchorElement>(
      '[data-caution="cyp2d6-poor"] a[href^="https://doi.org/"]',
    );
    expect(link?.href).toBe('https://doi.org/10.1002/cpt.597');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toContain('noopener');
  });

  it('shows duloxetine trial figures with their source', () => {
    resetApp((t) => (t.duloxetine.mg = 60));
    render(EffectsPanel);
    expect(screen.getByText('29.3%')).toBeTruthy();
    expect(screen.getByText('44%')).toBeTruthy();
    expect(document.body.textContent).toContain('Perahia 2005');
  });
});
