// A view as a figure for slides: the drawing as it is on screen (SVG, text kept as text, every
// colour and font written on the element, since the page's style sheet does not travel), its key
// (each entry's symbol and words), a title, and a last line with the state and "simulated". As an
// SVG file, or as a PNG at 1x, 2x or 4x drawn from that SVG.
import { estimateWidth, wrapText } from './labelPlacement.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A part of a figure: a drawing with an optional title above it and key under it. */
export interface FigurePart {
  svg: SVGSVGElement;
  /** Words above the drawing (a chart lane's name). */
  title?: string;
  /** The key's entries: list items, each a small symbol (an <svg>) and its words. */
  key?: Element | null;
}

export interface Figure {
  title: string;
  parts: readonly FigurePart[];
  /** The last lines: what is simulated, when, and that it is a simulation. */
  footer: readonly string[];
}

/** The properties that make a drawing look as it does, copied from the page onto each element. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

const TEXT_PX = 13;
const TITLE_PX = 16;
const LINE = 1.35;
const PAD = 12;
const ICON_PX = 16;
const ICON_WIDTH = 26;
const GAP = 6;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A copy of `source` with its look written on every element; hidden elements left out. */
function paintedCopy(source: SVGElement): SVGElement {
  const copy = source.cloneNode(true) as SVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const target = to[i] as SVGElement;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') {
      target.setAttribute('display', 'none');
      return;
    }
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
    // The page's variables do not travel: their values are in the attributes written below.
    for (const attribute of [...target.attributes])
      if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
    // As presentation attributes, not a style attribute: the page's Content-Security-Policy
    // forbids inline styles, and a standalone SVG reads these the same way.
    for (const name of PAINT) target.setAttribute(name, style.getPropertyValue(name));
  });
  for (const hidden of copy.querySelectorAll('[display="none"]')) hidden.remove();
  return copy;
}

interface Placed {
  markup: string;
  height: number;
}

/** Lines of text from `y` (the first line's top), wrapped to `width`. */
function textBlock(text: string, y: number, width: number, px: number, bold = false): Placed {
  const lines = wrapText(text, px, width, bold);
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${(y + px * (0.95 + i * LINE)).toFixed(1)}" font-size="${px}"` +
        `${bold ? ' font-weight="700"' : ''}>${escape(line)}</text>`,
    )
    .join('');
  return { markup, height: lines.length * px * LINE };
}

/** The key's entries in rows: symbol, then words, as many to a row as fit `width`. */
function keyRows(key: Element, y: number, width: number): Placed {
  const room = width - 2 * PAD;
  const textRoom = room - ICON_WIDTH - GAP;
  const rowHeight = TEXT_PX * LINE + 4;
  const parts: string[] = [];
  let x = PAD;
  let top = y;
  let rowLines = 0;
  for (const item of key.querySelectorAll('li')) {
    const words = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (words === '') continue;
    const lines = wrapText(words, TEXT_PX, textRoom);
    const entry = ICON_WIDTH + GAP + Math.max(...lines.map((l) => estimateWidth(l, TEXT_PX)));
    if (x > PAD && x + entry > PAD + room) {
      x = PAD;
      top += rowHeight * rowLines;
      rowLines = 0;
    }
    const icon = item.querySelector('svg');
    if (icon !== null) {
      // The symbol in a box of its own; its viewBox keeps its shape.
      const copy = paintedCopy(icon);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(top + 2));
      copy.setAttribute('width', String(ICON_WIDTH));
      copy.setAttribute('height', String(ICON_PX));
      if (!copy.hasAttribute('viewBox'))
        copy.setAttribute(
          'viewBox',
          `0 0 ${icon.getAttribute('width') ?? ICON_WIDTH} ${icon.getAttribute('height') ?? ICON_PX}`,
        );
      parts.push(new XMLSerializer().serializeToString(copy));
    }
    lines.forEach((line, i) =>
      parts.push(
        `<text x="${x + ICON_WIDTH + GAP}" y="${(top + 2 + TEXT_PX * (0.95 + i * LINE)).toFixed(1)}"` +
          ` font-size="${TEXT_PX}">${escape(line)}</text>`,
      ),
    );
    rowLines = Math.max(rowLines, lines.length);
    x += entry + 3 * GAP;
  }
  return { markup: parts.join(''), height: top - y + rowHeight * rowLines };
}

/** The figure as an SVG document, `width` pixels wide (its height follows from its parts). */
export function figureSvg(figure: Figure, width: number): { svg: string; height: number } {
  const page = getComputedStyle(document.body);
  const blocks: string[] = [];
  let y = PAD;
  const title = textBlock(figure.title, y, width - 2 * PAD, TITLE_PX, true);
  blocks.push(title.markup);
  y += title.height + GAP;
  for (const part of figure.parts) {
    if (part.title !== undefined) {
      const heading = textBlock(part.title, y, width - 2 * PAD, TEXT_PX, true);
      blocks.push(heading.markup);
      y += heading.height;
    }
    const box = part.svg.getBoundingClientRect();
    const scale = (width - 2 * PAD) / Math.max(box.width, 1);
    const copy = paintedCopy(part.svg);
    const height = box.height * scale;
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(width - 2 * PAD));
    copy.setAttribute('height', String(height));
    if (!copy.hasAttribute('viewBox'))
      copy.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    blocks.push(new XMLSerializer().serializeToString(copy));
    y += height + GAP;
    if (part.key) {
      const key = keyRows(part.key, y, width);
      blocks.push(key.markup);
      y += key.height + GAP;
    }
  }
  for (const line of figure.footer) {
    const block = textBlock(line, y, width - 2 * PAD, TEXT_PX);
    blocks.push(block.markup);
    y += block.height;
  }
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escape(page.fontFamily)}" fill="${page.color}">` +
    `<title>${escape(figure.title)}</title>` +
    `<rect width="100%" height="100%" fill="${page.backgroundColor}"/>${blocks.join('')}</svg>`;
  return { svg, height };
}

/** The SVG drawn to a PNG `scale` times its size. */
export async function figurePng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('PainBrake: no 2D canvas for the PNG');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PainBrake: no PNG'))),
      'image/png',
    ),
  );
}
