// Draws the app's icons (public/icons/): the favicon's mark, a red disc with a white bar (a
// brake), at 192 and 512 px, and maskable versions whose mark sits inside the safe circle
// (the middle 80%) on a full red square. Run once after changing the mark:
// `npx tsx scripts/make-icons.ts`. Antialiased by sampling each pixel 4x4 times.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const RED = [0xb3, 0x26, 0x1e] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const SAMPLES = 4;

/** The mark in a unit square (0..1): 'red', 'white' or null (transparent). */
type Mark = (x: number, y: number) => 'red' | 'white' | null;

/** The favicon's mark scaled by `scale` about the centre; `fill` paints the outside red. */
function brake(scale: number, fill: boolean): Mark {
  return (x, y) => {
    const u = (x - 0.5) / scale;
    const v = (y - 0.5) / scale;
    // On a 16-unit grid: disc of radius 7 at the centre, bar 8 wide and 2 high.
    if (Math.abs(u) <= 4 / 16 && Math.abs(v) <= 1 / 16) return 'white';
    if (Math.hypot(u, v) <= 7 / 16) return 'red';
    return fill ? 'red' : null;
  };
}

function draw(size: number, mark: Mark): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const hit = mark((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (hit === null) continue;
          const colour = hit === 'red' ? RED : WHITE;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  return PNG.sync.write(png);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(new URL(`icon-${size}.png`, out), draw(size, brake(1, false)));
  // Maskable: the platform may crop to a circle of 80% of the width; the disc fits inside it.
  writeFileSync(new URL(`maskable-${size}.png`, out), draw(size, brake(0.8, true)));
}
writeFileSync(new URL('apple-touch-icon.png', out), draw(180, brake(1, true)));
