// Draws the app icons and store screenshots' placeholders from one SVG, in the installed Chromium
// (no image library needed). Run: node pwa/scripts/make-icons.mjs — the PNGs are committed in pwa/public.
import { chromium } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(out, { recursive: true });

// Two dancers' heads and a beat mark. `pad` shrinks the art into the maskable safe zone (80 % circle).
const svg = (size, pad) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${pad ? 0 : 96}" fill="#7a1f3d"/>
  <g transform="translate(256 256) scale(${pad ? 0.72 : 0.9}) translate(-256 -256)">
    <circle cx="196" cy="150" r="46" fill="#ffd6a5"/>
    <circle cx="316" cy="150" r="46" fill="#ffd6a5"/>
    <path d="M196 206 C150 260 150 330 180 420 M316 206 C362 260 362 330 332 420 M196 250 Q256 300 316 250"
      stroke="#ffd6a5" stroke-width="34" stroke-linecap="round" fill="none"/>
    <text x="256" y="480" font-family="sans-serif" font-weight="700" font-size="64" fill="#fff" text-anchor="middle">1·2·3·tap</text>
  </g>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [name, size, pad] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, false]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0">${svg(size, pad)}</body></html>`);
  writeFileSync(join(out, name), await page.screenshot({ omitBackground: true }));
}
writeFileSync(join(out, 'icon.svg'), svg(512, false));
await browser.close();
