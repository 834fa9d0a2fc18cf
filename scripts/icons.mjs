// Makes the app's PNG icons, for each look it can have on the home screen
// (src/looks.rs): the usual one from assets/icon.svg into public/icons/, and
// each cover from assets/covers/<id>.svg into public/icons/<id>/. For each:
// plain icons (purpose "any"), maskable ones (the mark inside the safe zone,
// background to the edges), and the apple-touch-icon. Run with `make icons`;
// the PNGs are committed.
//
// Each PNG is then reduced to a palette of colours by Debian's pngquant
// (quality 80-100, which these flat icons keep without a visible change):
// they are in every phone's offline copy, and it makes them a little under
// half the size.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

function png(source, size, file) {
  const image = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render();
  writeFileSync(file, image.asPng());
  execFileSync('pngquant', ['--force', '--ext', '.png', '--quality', '80-100', '--speed', '1', '--strip', file]);
  console.log(`${file}: ${size}x${size}`);
}

/** Writes the five icons of the look drawn in `svgFile` into `dir`. */
function icons(svgFile, dir) {
  const svg = readFileSync(svgFile, 'utf8');
  const background = svg.match(/<rect id="background"[^>]*fill="([^"]+)"/)[1];
  const mark = svg.match(/<g id="mark"[\s\S]*?<\/g>/)[0];
  // Maskable: square background to the edges, the mark scaled into the
  // central 80% circle that every platform's mask keeps.
  const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" fill="${background}"/>
  <g transform="translate(76.8 76.8) scale(0.7)">${mark}</g>
</svg>`;
  mkdirSync(dir, { recursive: true });
  png(svg, 192, `${dir}/icon-192.png`);
  png(svg, 512, `${dir}/icon-512.png`);
  png(maskable, 192, `${dir}/maskable-192.png`);
  png(maskable, 512, `${dir}/maskable-512.png`);
  // iOS rounds the corners itself and shows transparency as black.
  png(maskable, 180, `${dir}/apple-touch-icon.png`);
}

icons('assets/icon.svg', 'public/icons');
for (const file of readdirSync('assets/covers').filter((f) => f.endsWith('.svg')).sort()) {
  icons(`assets/covers/${file}`, `public/icons/${file.replace(/\.svg$/, '')}`);
}
