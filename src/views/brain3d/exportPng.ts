// Composes the exported PNG: the WebGL frame (drawn at the image's scale, its labels included),
// the fMRI colour scale when it is on, and the credit line the atlas's CC BY licence asks for.
import { BOLD_STOPS, BOLD_TICKS, boldPosition, formatTick } from './boldScale.ts';

export interface ExportOverlay {
  /** The fMRI legend's title and caveat, or null in activity mode. */
  legend: { title: string; caveat: string } | null;
  credit: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LINE_PX = 14;

/** Splits text into lines that fit `maxWidth` at the context's current font. */
export function wrapText(
  ctx: Pick<CanvasRenderingContext2D, 'measureText'>,
  text: string,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && ctx.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Draws the frame and the overlay at `scale` (CSS px -> image px) onto a new canvas and returns
 * it as a PNG. `frame` must hold a freshly rendered WebGL image (read in the same task).
 */
export function composePng(
  frame: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  scale: number,
  overlay: ExportOverlay,
): Promise<Blob> {
  const canvas = frame.ownerDocument.createElement('canvas');
  canvas.width = Math.round(cssWidth * scale);
  canvas.height = Math.round(cssHeight * scale);
  const ctx = canvas.getContext('2d');
  if (ctx === null) return Promise.reject(new Error('2D canvas unavailable'));
  ctx.drawImage(frame, 0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.font = `11px ${FONT}`;
  const creditLines = wrapText(ctx, overlay.credit, cssWidth - 16);
  const creditTop = cssHeight - 6 - creditLines.length * LINE_PX;
  if (overlay.legend) drawLegend(ctx, cssWidth, creditTop, overlay.legend);
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.textBaseline = 'top';
  creditLines.forEach((line, i) => ctx.fillText(line, 8, creditTop + i * LINE_PX));
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  width: number,
  bottom: number,
  legend: { title: string; caveat: string },
): void {
  const barWidth = Math.min(220, width - 32);
  const left = width - barWidth - 16;
  ctx.font = `11px ${FONT}`;
  const caveatLines = wrapText(ctx, legend.caveat, barWidth);
  const boxHeight = 50 + caveatLines.length * LINE_PX;
  const top = bottom - boxHeight - 4;
  ctx.fillStyle = 'rgba(14, 20, 28, 0.8)';
  ctx.fillRect(left - 8, top, barWidth + 16, boxHeight);
  ctx.fillStyle = '#ffffff';
  ctx.font = `600 11px ${FONT}`;
  ctx.textBaseline = 'top';
  ctx.fillText(legend.title, left, top + 4, barWidth);
  const barTop = top + 20;
  const gradient = ctx.createLinearGradient(left, 0, left + barWidth, 0);
  BOLD_STOPS.forEach((hex, i) => gradient.addColorStop(i / (BOLD_STOPS.length - 1), hex));
  ctx.fillStyle = gradient;
  ctx.fillRect(left, barTop, barWidth, 10);
  ctx.fillStyle = '#ffffff';
  ctx.font = `11px ${FONT}`;
  ctx.textAlign = 'center';
  for (const tick of BOLD_TICKS)
    ctx.fillText(formatTick(tick), left + boldPosition(tick) * barWidth, barTop + 12);
  ctx.textAlign = 'left';
  caveatLines.forEach((line, i) => ctx.fillText(line, left, barTop + 28 + i * LINE_PX));
}
