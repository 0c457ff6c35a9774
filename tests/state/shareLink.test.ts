// The link to a view keeps everything the picture needs and leaves out the ways of showing it
// (presentation, embed, handout) and the sharer's own display settings (theme, motion).
import { describe, expect, it } from 'vitest';
import { viewLink } from '../../src/state/shareLink.ts';
import { decodeViewState } from '../../src/state/url.ts';
import { defaultViewState } from '../../src/state/viewState.ts';
import { defaultTreatment } from '../../src/state/treatment.ts';

const treatment = defaultTreatment();
treatment.condition = 'fibromyalgia';
treatment.amitriptyline.mg = 25;

describe('the link to a view', () => {
  it('keeps the view and leaves out presentation, embed, the handout and display settings', () => {
    const state = {
      ...defaultViewState(),
      treatment,
      present: true,
      embed: true,
      handout: true,
      theme: 'dark' as const,
      motion: 'off' as const,
      locale: 'es' as const,
    };
    const link = viewLink(state, 'https://example.org/painbrake/?old=1#notes');
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://example.org/painbrake/');
    // The state is after "#", so it never reaches the server's logs.
    expect(url.search).toBe('');
    const decoded = decodeViewState(url.hash.slice(1));
    expect(decoded.ignored).toEqual([]);
    // The treatment and the language come back; the rest is as a bare link has it.
    expect(decoded.state).toEqual({ ...defaultViewState(), treatment, locale: 'es' });
  });

  it('is the bare address for the default view', () => {
    expect(viewLink(defaultViewState(), 'https://example.org/app/?dul=60')).toBe(
      'https://example.org/app/',
    );
  });
});
