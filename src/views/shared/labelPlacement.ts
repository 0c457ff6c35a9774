// Where a node's name and its value go: on the chosen side, clear of the node (and of the opioid
// rings around it), kept inside the drawing with a margin. Text width comes from a table of
// character widths per script, measured from a wide system sans-serif (DejaVu Sans) for Latin
// (accented letters as their base letter) and 1 em for Chinese characters and full-width
// punctuation (every CJK font sets them square), so a narrower font only leaves a little more
// room; the same widths size the soft backgrounds behind labels. Lines break at spaces, and
// between any two Chinese characters (never before closing punctuation).

/** Where a label sits around its node. */
export type LabelSide = 'above' | 'below' | 'left' | 'right';

export interface TextPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A rectangle in viewBox units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Text above the baseline (cap height plus accents) and below it (descenders), in em. */
export const ASCENT_EM = 0.8;
export const DESCENT_EM = 0.24;
/** Bold text is about this much wider. */
const BOLD_FACTOR = 1.13;

/** Chinese, Japanese and Korean characters and full-width forms: one em each. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals, punctuation, kana, ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

function charEm(code: number): number {
  if (code === 0x2060 || code === 0x200b) return 0; // word joiner (keepTogether), zero-width space
  if (isWide(code)) return 1;
  if (code >= 0xc0 && code <= 0x24f) {
    // An accented Latin letter is as wide as its base letter.
    const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
    return base < 0xc0 ? charEm(base) : 0.6;
  }
  if (code === 32) return 0.32; // space
  if (code >= 48 && code <= 57) return 0.64; // digits
  if (code >= 65 && code <= 90) return code === 73 ? 0.3 : code === 77 || code === 87 ? 0.86 : 0.7;
  if (code === 105 || code === 108 || code === 106) return 0.28; // i l j
  if (code === 109 || code === 119) return 0.92; // m w
  if (code === 37) return 0.95; // %
  if (code === 0x2212 || code === 43) return 0.84; // minus, plus
  if (code === 46 || code === 44 || code === 58 || code === 59 || code === 39) return 0.32;
  if (code === 47 || code === 45 || code === 40 || code === 41) return 0.38; // / - ( )
  if (code === 102 || code === 116 || code === 114) return 0.4; // f t r
  return 0.6;
}

/** The estimated width of `text` at `font` (viewBox units), a little wider for bold text. */
export function estimateWidth(text: string, font: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charEm(text.charCodeAt(i));
  return em * font * (bold ? BOLD_FACTOR : 1);
}

/** The gap between a node's clear space and its label, as a share of the font size. */
const LABEL_GAP_EM = 0.4;
/** The room a label leaves at the drawing's edges, as a share of the font size. */
const LABEL_MARGIN_EM = 0.6;

/** The room for a line of text beside a node (on its left or right side), up to the margin. */
function roomBeside(
  side: 'left' | 'right',
  x: number,
  clear: number,
  font: number,
  width: number,
  margin: number,
): number {
  return (side === 'left' ? x : width - x) - clear - font * LABEL_GAP_EM - margin;
}

/**
 * The position of line `line` (0 the name, the next ones the value under or over it) of a node's text at
 * (x, y), kept `clear` units from the centre (the node's radius, or its rings), in a drawing
 * `width` wide and with `margin` units left free at its edges.
 */
export function labelPlace(
  side: LabelSide,
  x: number,
  y: number,
  clear: number,
  font: number,
  text: string,
  width: number,
  line: number,
  margin = font * LABEL_MARGIN_EM,
  bold = false,
): TextPlace {
  const gap = font * LABEL_GAP_EM;
  const lineStep = font * 1.15 * line;
  const textWidth = estimateWidth(text, font, bold);
  if (side === 'left' || side === 'right') {
    const baseline = y + font * 0.35 + lineStep;
    // A line too long for its side is pulled in from the drawing's edge; a second line pulled
    // in over the node's rim drops below the node.
    const fits = textWidth <= roomBeside(side, x, clear, font, width, margin);
    if (side === 'left') {
      if (fits) return { x: x - clear - gap, y: baseline, anchor: 'end' };
      const overRim = line > 0 && margin + textWidth > x - clear;
      return { x: margin, y: baseline + (overRim ? clear : 0), anchor: 'start' };
    }
    if (fits) return { x: x + clear + gap, y: baseline, anchor: 'start' };
    const overRim = line > 0 && width - margin - textWidth < x + clear;
    return { x: width - margin, y: baseline + (overRim ? clear : 0), anchor: 'end' };
  }
  // Above: the descenders (and the background behind them) clear; below: the capitals do.
  const baseline =
    side === 'above' ? y - clear - font * 0.45 - lineStep : y + clear + font * 1.05 + lineStep;
  const half = textWidth / 2;
  if (x - half < margin) return { x: margin, y: baseline, anchor: 'start' };
  if (x + half > width - margin) return { x: width - margin, y: baseline, anchor: 'end' };
  return { x, y: baseline, anchor: 'middle' };
}

/** A line of text and where it goes. */
export interface PlacedLine {
  text: string;
  place: TextPlace;
}

/**
 * A name split onto two lines at the space where the longer line is shortest; a Chinese name at
 * the zero-width space its catalogue marks as the place to break (去甲肾上腺素<ZWSP>细胞); a name
 * with neither as it is, on one line.
 */
export function splitName(name: string): string[] {
  const spaces = [...name.matchAll(/[ \u200b]/gu)].map((m) => m.index);
  const splits = spaces.map((i) => [name.slice(0, i), name.slice(i + 1)]);
  const longer = (lines: string[]) => Math.max(...lines.map((line) => estimateWidth(line, 1)));
  return splits.reduce<string[]>(
    (best, lines) => (longer(lines) < longer(best) ? lines : best),
    [name],
  );
}

/**
 * Where a name beside a node (left or right) centres, moved `shift` half-lines of `font` down
 * (up when negative) from the node's centre `y`, to step past a line; above or below, `y`.
 */
export const nameCentre = (side: LabelSide, y: number, shift: number, font: number): number =>
  side === 'left' || side === 'right' ? y + shift * font * 0.575 : y;

/** How far a name of `count` lines moves what follows it (the value lines) from a one-line name. */
function afterName(side: LabelSide, font: number, count: number): number {
  const extra = font * 1.15 * (count - 1);
  return side === 'above' ? -extra : side === 'below' ? extra : extra / 2;
}

/**
 * A node's name of one or more lines on `side`: stacked away from the node above or below it,
 * centred on the node beside it.
 */
export function nameLines(
  side: LabelSide,
  x: number,
  y: number,
  clear: number,
  font: number,
  lines: readonly string[],
  width: number,
  bold = false,
): PlacedLine[] {
  const n = lines.length;
  const top = side === 'left' || side === 'right' ? y - afterName(side, font, n) : y;
  return lines.map((text, i) => ({
    text,
    place: labelPlace(
      side,
      x,
      top,
      clear,
      font,
      text,
      width,
      side === 'above' ? n - 1 - i : i,
      undefined,
      bold,
    ),
  }));
}

/** A value keeps this far (in ems, under its letters) from the drawing's foot: its halo's room. */
const FOOT_EM = 0.35;

/**
 * A node's value (bold) under its name (of `nameCount` lines set at `nameFont`). Beside the node,
 * a value too long for its side is wrapped onto two lines there rather than pulled in over the
 * node; otherwise one line. Under a name below the node, a value that would pass the foot of a
 * drawing `height` tall goes above the node instead.
 */
export function valueLines(
  side: LabelSide,
  x: number,
  y: number,
  clear: number,
  font: number,
  text: string,
  width: number,
  nameCount = 1,
  nameFont = font,
  height = Infinity,
): PlacedLine[] {
  const below = y + afterName(side, nameFont, nameCount);
  const one = (line: 1 | 2, part: string) =>
    labelPlace(side, x, below, clear, font, part, width, line, undefined, true);
  if (side === 'below' && one(1, text).y + font * (DESCENT_EM + FOOT_EM) > height)
    return [
      { text, place: labelPlace('above', x, y, clear, font, text, width, 1, undefined, true) },
    ];
  if (side === 'left' || side === 'right') {
    const room = roomBeside(side, x, clear, font, width, font * LABEL_MARGIN_EM);
    if (estimateWidth(text, font, true) > room) {
      // The figure on a line of its own where the words after it fit, else as many words as fit.
      const [figure = '', ...after] = breakUnits(text);
      const rest = after.join('');
      const lines =
        estimateWidth(rest, font, true) <= room
          ? [figure.trimEnd(), rest]
          : wrapText(text, font, room, true);
      if (lines.length === 2 && lines.every((l) => estimateWidth(l, font, true) <= room))
        return lines.map((part, i) => ({ text: part, place: one(i === 0 ? 1 : 2, part) }));
    }
  }
  return [{ text, place: one(1, text) }];
}

/** The room from `x` to the edge of a drawing `width` wide on the side text anchored there runs to. */
export function roomFrom(x: number, anchor: TextPlace['anchor'], width: number): number {
  return anchor === 'start' ? width - x : anchor === 'end' ? x : 2 * Math.min(x, width - x);
}

/** The box a line of text at `place` covers, `pad` units bigger on every side. */
export function textBox(place: TextPlace, text: string, font: number, pad = 0, bold = false): Box {
  const width = estimateWidth(text, font, bold);
  const x0 =
    place.anchor === 'start'
      ? place.x
      : place.anchor === 'end'
        ? place.x - width
        : place.x - width / 2;
  return {
    x0: x0 - pad,
    y0: place.y - font * ASCENT_EM - pad,
    x1: x0 + width + pad,
    y1: place.y + font * DESCENT_EM + pad,
  };
}

/** Closing punctuation that must not start a line (full-width and Latin). */
const NO_LINE_START = /^[、。，．：；！？）」』】〉》’”)\].,:;!?%]/u;

/** Opening punctuation that must not end a line. */
const NO_LINE_END = /^[（「『【〈《‘“([]$/u;

const WORD_JOINER = '\u2060';

/** A name whose Chinese characters must stay on one line (a medicine's name, "电针"): they are
 * joined by the invisible word joiner, which breakUnits does not break at. */
export function keepTogether(name: string): string {
  return name.replace(
    /([\u2e80-\u9fff\uf900-\ufaff])(?=[\u2e80-\u9fff\uf900-\ufaff])/gu,
    `$1${WORD_JOINER}`,
  );
}

/** The pieces a line may break between: words with their following space, and each Chinese
 * character on its own (with any closing punctuation after it) unless joined by keepTogether. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  // No-break spaces (as in "−21 %") hold their neighbours together like letters.
  const pieces = text.match(
    /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60](?:\u2060[\u2e80-\u9fff\uf900-\ufaff])*|(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]|[\u00a0\u202f])+[^\S\u00a0\u202f]*|[^\S\u00a0\u202f]+/gu,
  );
  let opening = '';
  for (const piece of pieces ?? []) {
    const last = units.length - 1;
    if (NO_LINE_END.test(piece)) opening += piece;
    else if (
      opening === '' &&
      last >= 0 &&
      (NO_LINE_START.test(piece) || /^[^\S\u00a0\u202f]+$/.test(piece))
    )
      units[last] += piece;
    else {
      units.push(opening + piece);
      opening = '';
    }
  }
  if (opening !== '') units.push(opening);
  return units;
}

/**
 * A piece wider than a whole line (a long word, or words held together by no-break spaces) in
 * pieces that fit: at its no-break spaces first, then inside a word, with a hyphen (none between
 * Chinese characters).
 */
function fitUnit(unit: string, font: number, maxWidth: number, bold: boolean): string[] {
  const fits = (piece: string) => estimateWidth(piece.trimEnd(), font, bold) <= maxWidth;
  if (fits(unit)) return [unit];
  const held = unit.split(/(?<=[\u00a0\u202f])/u);
  if (held.length > 1) return held.flatMap((piece) => fitUnit(piece, font, maxWidth, bold));
  const pieces: string[] = [];
  let rest = Array.from(unit);
  // A single letter wider than the room stays as it is.
  while (rest.length > 1 && !fits(rest.join(''))) {
    const cut = (n: number) => {
      const head = rest.slice(0, n).join('');
      return /[\u2e80-\u9fff\uf900-\ufaff]$/u.test(head) ? head : `${head}-`;
    };
    let n = rest.length - 1;
    while (n > 1 && !fits(cut(n))) n--;
    pieces.push(cut(n));
    rest = rest.slice(n);
  }
  return [...pieces, rest.join('')];
}

/**
 * Splits `text` into lines no wider than `maxWidth` (by the same widths), at spaces and between
 * Chinese characters. A word wider than a line keeps its line whole up to `wordRoom` (the room
 * there is, to the drawing's edge); only a word wider than that is broken, with a hyphen.
 */
export function wrapText(
  text: string,
  font: number,
  maxWidth: number,
  bold = false,
  wordRoom = maxWidth,
): string[] {
  const lines: string[] = [];
  let current = '';
  const room = Math.max(wordRoom, maxWidth);
  for (const unit of breakUnits(text).flatMap((u) => fitUnit(u, font, room, bold))) {
    const candidate = current + unit;
    if (current !== '' && estimateWidth(candidate.trimEnd(), font, bold) > maxWidth) {
      lines.push(current.trimEnd());
      current = unit;
    } else current = candidate;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}
