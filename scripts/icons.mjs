// Makes the app's PNG icons from assets/icon.svg: plain ones (purpose "any"),
// maskable ones (the mark inside the safe zone, background to the edges), and
// the apple-touch-icon. Run with `make icons`; the PNGs are committed.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('assets/icon.svg', 'utf8');
const background = svg.match(/<rect id="background"[^>]*fill="([^"]+)"/)[1];
const mark = svg.match(/<g id="mark"[\s\S]*?<\/g>/)[0];

// Maskable: square background to the edges, the mark scaled into the central
// 80% circle that every platform's mask keeps.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" fill="${background}"/>
  <g transform="translate(76.8 76.8) scale(0.7)">${mark}</g>
</svg>`;
// iOS rounds the corners itself and shows transparency as black.
const apple = maskable;

function png(source, size, file) {
  const image = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render();
  writeFileSync(file, image.asPng());
  console.log(`${file}: ${size}x${size}`);
}

mkdirSync('public/icons', { recursive: true });
png(svg, 192, 'public/icons/icon-192.png');
png(svg, 512, 'public/icons/icon-512.png');
png(maskable, 192, 'public/icons/maskable-192.png');
png(maskable, 512, 'public/icons/maskable-512.png');
png(apple, 180, 'public/icons/apple-touch-icon.png');
