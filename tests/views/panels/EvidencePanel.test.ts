// @vitest-environment jsdom
// The evidence panel charts every NNT record with its grade in words, calls the SSRI interval
// inconclusive, and lists every checked claim with its verdict, the synergy as a hypothesis.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { evidence } from '../../../src/data/evidence.ts';
import { t } from '../../../src/i18n/i18n.svelte.ts';
import { evidenceText } from '../../../src/i18n/names.ts';
import EvidencePanel from '../../../src/views/panels/EvidencePanel.svelte';
import { resetApp } from './dom.ts';

afterEach(cleanup);

const nntRecords = evidence.filter((r) => r.topic === 'efficacy' && r.id.startsWith('nnt-'));

describe('EvidencePanel', () => {
  it('renders every NNT record with its grade as text', () => {
    render(EvidencePanel);
    expect(nntRecords.length).toBeGreaterThanOrEqual(5);
    for (const record of nntRecords) {
      const row = document.querySelector(`[data-row="${record.id}"]`);
      expect(row, record.id).not.toBeNull();
      expect(row?.textContent).toContain(t(`evidence.grade.${record.grade}`));
      expect(row?.textContent).toContain(record.source.split(';')[0]!.split('(')[0]!.trim());
    }
  });

  it('says where an NNT comes from when the chosen condition is another one', () => {
    resetApp((t) => (t.condition = 'fibromyalgia'));
    render(EvidencePanel);
    const page = document.body.textContent ?? '';
    expect(page).toContain(
      'These figures come from people with nerve pain (neuropathic pain), not from people with fibromyalgia.',
    );
    cleanup();
    resetApp((t) => (t.condition = 'diabetic-neuropathy'));
    render(EvidencePanel);
    // The nerve-pain figures speak for diabetic neuropathy: no note for them.
    expect(document.body.textContent).not.toContain('people with nerve pain (neuropathic pain)');
  });

  it('links each checked source to its DOI or PubMed record, opening in a new tab', () => {
    render(EvidencePanel);
    const row = document.querySelector('[data-row="nnt-tricyclics"]');
    const links = [...(row?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).toContain(
      'https://doi.org/10.1016/S1474-4422(14)70251-0',
    );
    expect(links.every((a) => a.target === '_blank' && a.rel.includes('noreferrer'))).toBe(true);
  });

  it('shows intervals as numbers and the SSRI interval as inconclusive', () => {
    render(EvidencePanel);
    expect(document.querySelector('[data-row="nnt-tricyclics"]')?.textContent).toContain(
      '3.6 (3.0 to 4.4)',
    );
    const ssri = document.querySelector('[data-row="nnt-ssris"]')?.textContent ?? '';
    expect(ssri).toContain('Inconclusive');
    expect(ssri).not.toContain('6.8 (');
  });

  it('puts the acupuncture effect sizes on their own axis', () => {
    render(EvidencePanel);
    expect(document.querySelector('[data-row="acupuncture-vs-sham"]')?.textContent).toContain(
      '0.2 SD',
    );
    expect(document.body.textContent).toContain('Effect size, SD (higher is better)');
    expect(document.body.textContent).toContain('NNT (lower is better)');
  });

  it('lists every checked claim with its verdict, and labels the synergy a hypothesis', () => {
    render(EvidencePanel);
    for (const record of evidence.filter((r) => r.topic === 'claim')) {
      const item = document.querySelector(`[data-claim="${record.id}"]`);
      expect(item?.textContent).toContain(evidenceText(record.id, 'status'));
    }
    expect(
      document.querySelector('[data-claim="claim-drug-acupuncture-synergy"]')?.textContent,
    ).toContain('Hypothesis');
  });
});
