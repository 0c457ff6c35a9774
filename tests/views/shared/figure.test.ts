// @vitest-environment jsdom
// The figure for slides: the drawing copied with its look written on every element (no page
// variables left), hidden parts left out, the key's entries as symbol and words, the title and the
// "simulated" line as text.
import { describe, expect, it } from 'vitest';
import { figureSvg } from '../../../src/views/shared/figure.ts';

function drawing(): { svg: SVGSVGElement; key: HTMLElement } {
  document.body.innerHTML = `
    <svg id="picture" viewBox="0 0 100 50" width="200" height="100">
      <circle cx="10" cy="10" r="5" fill="var(--ascending)" />
      <text x="20" y="20">Brake switch</text>
      <text x="20" y="40" style="display:none">hidden words</text>
    </svg>
    <ul class="legend"><li><svg width="20" height="20" viewBox="-10 -10 20 20"><circle r="5" /></svg>
      Pain signal</li><li>   </li></ul>`;
  return {
    svg: document.getElementById('picture') as unknown as SVGSVGElement,
    key: document.querySelector('.legend') as HTMLElement,
  };
}

describe('figureSvg', () => {
  it('keeps the text as text, with the key, the title and the footer lines', () => {
    const { svg, key } = drawing();
    const { svg: out, height } = figureSvg(
      { title: 'The pain pathway', parts: [{ svg, key, title: 'Lane' }], footer: ['Simulated.'] },
      640,
    );
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="\d+"/);
    expect(out).toContain('<title>The pain pathway</title>');
    expect(out).toContain('>Brake switch</text>');
    expect(out).toContain('>Pain signal</text>');
    expect(out).toContain('>Lane</text>');
    expect(out).toContain('>Simulated.</text>');
    expect(out).not.toContain('hidden words');
    expect(out).not.toContain('var(--');
    expect(height).toBeGreaterThan(40);
  });

  it('escapes words that would break the markup', () => {
    const { svg } = drawing();
    const { svg: out } = figureSvg({ title: 'A < B & "C"', parts: [{ svg }], footer: [] }, 640);
    expect(out).toContain('<title>A &lt; B &amp; &quot;C&quot;</title>');
  });
});
