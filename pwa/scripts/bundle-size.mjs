// Initial JS of the built PWA, gzip: the entry script plus its modulepreloads (what a first visit downloads
// before the app can render). Budget: 180 KB. Run after `npm run -w pwa build`: `npm run pwa:size`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', process.argv[2] ?? 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const f of files) {
  const size = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${f}`);
}
const budget = 180 * 1024;
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  initial JS (gzip), budget 180 KB`);
if (total > budget) { console.error('over budget'); process.exit(1); }
