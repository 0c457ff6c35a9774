// @vitest-environment jsdom
// The About panel says it is education, not advice, and lists the evidence sources once each,
// without internal cross-references or the unverified source articles.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { evidence } from '../../../src/data/evidence.ts';
import { displaySource, evidenceSources } from '../../../src/views/shared/sources.ts';
import AboutPanel from '../../../src/views/panels/AboutPanel.svelte';
import './dom.ts';

afterEach(cleanup);

describe('evidenceSources', () => {
  const sources = evidenceSources(evidence);
  it('lists each source once, sorted, with no internal references or unverified articles', () => {
    expect(new Set(sources).size).toBe(sources.length);
    expect([...sources].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(sources);
    for (const source of sources) {
      expect(source).not.toMatch(/SCIENCE\.md|Source articles/);
    }
    expect(sources).toEqual(expect.arrayContaining(['Finnerup 2015', 'Takano 2006', 'Han 2003']));
  });
  it('shows a source without its internal cross-reference', () => {
    expect(displaySource('Duloxetine trial data (SCIENCE.md s.2)')).toBe('Duloxetine trial data');
    expect(displaySource('Lunn 2014 (Cochrane)')).toBe('Lunn 2014 (Cochrane)');
  });
});

describe('AboutPanel', () => {
  it('says it is education and not medical advice, and what it leaves out', () => {
    render(AboutPanel);
    expect(screen.getByText(/is for learning. It is not medical advice/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What it leaves out' })).toBeTruthy();
    expect(screen.getByText('Finnerup 2015')).toBeTruthy();
  });
});
