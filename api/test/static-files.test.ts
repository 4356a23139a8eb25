/**
 * How the api serves the built PWA: Vite's content-hashed /assets/ files are immutable (a new build has
 * new names), the service worker, manifest and HTML always revalidate, other files keep for an hour;
 * the app's own files are gzipped; a screen other than the home page names its lazy chunks in its HTML.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

// A stand-in for the PWA build, with the files a real one has.
const dist = mkdtempSync(join(tmpdir(), 'bb-static-dist-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Bachata Buddy</title></head><body><div id="root"></div></body></html>');
mkdirSync(join(dist, 'assets'));
mkdirSync(join(dist, 'icons'));
writeFileSync(join(dist, 'assets', 'index-54WhLFJW.js'), `export const moves = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ name: `move ${i}`, counts: 8 })))};`);
writeFileSync(join(dist, 'assets', 'index-CXsSCcyb.css'), 'body { margin: 0 }\n'.repeat(100));
writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Bachata Buddy"}');
writeFileSync(join(dist, 'icons', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
// Vite's build manifest, shaped as the real one: the entry, the connected chunk and the player's.
mkdirSync(join(dist, '.vite'));
writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({
  'index.html': { file: 'assets/index-54WhLFJW.js', isEntry: true, dynamicImports: ['src/connected.tsx', 'src/pages/PlayerPage.tsx'] },
  '_errors-AAAA.js': { file: 'assets/errors-AAAA.js', imports: ['index.html'] },
  '_documents-BBBB.js': { file: 'assets/documents-BBBB.js', imports: ['_errors-AAAA.js'] },
  'src/connected.tsx': { file: 'assets/connected-CCCC.js', isDynamicEntry: true, imports: ['index.html', '_errors-AAAA.js', '_documents-BBBB.js'] },
  'src/pages/PlayerPage.tsx': { file: 'assets/PlayerPage-DDDD.js', isDynamicEntry: true, imports: ['index.html', '_errors-AAAA.js'] },
}));

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ env: { PWA_DIST_DIR: dist } }); }, 60_000);
afterAll(async () => { await t?.close(); });

const cacheControl = async (path: string) => {
  const res = await fetch(`${t.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(res.status).toBe(200);
  return { cache: res.headers.get('cache-control'), encoding: res.headers.get('content-encoding') };
};

it('hashed assets are immutable for a year, gzipped', async () => {
  expect(await cacheControl('/assets/index-54WhLFJW.js')).toEqual({ cache: 'public, max-age=31536000, immutable', encoding: 'gzip' });
  expect((await cacheControl('/assets/index-CXsSCcyb.css')).cache).toBe('public, max-age=31536000, immutable');
});

it('the service worker, the manifest and the HTML (any app route) always revalidate', async () => {
  expect((await cacheControl('/sw.js')).cache).toBe('no-cache');
  expect((await cacheControl('/manifest.webmanifest')).cache).toBe('no-cache');
  expect((await cacheControl('/index.html')).cache).toBe('no-cache');
  expect((await cacheControl('/videos')).cache).toBe('no-cache');
});

it('other files (icons) keep for an hour', async () => {
  expect((await cacheControl('/icons/icon.svg')).cache).toBe('public, max-age=3600');
});

const preloads = async (path: string) => {
  const html = await (await fetch(`${t.url}${path}`)).text();
  return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
};

it('a screen other than the home page names its chunks for the browser to fetch beside the entry; the home page none', async () => {
  expect(await preloads('/login')).toEqual(['/assets/connected-CCCC.js', '/assets/errors-AAAA.js', '/assets/documents-BBBB.js']);
  expect(await preloads('/play/123')).toEqual(['/assets/connected-CCCC.js', '/assets/errors-AAAA.js', '/assets/documents-BBBB.js', '/assets/PlayerPage-DDDD.js']);
  expect(await preloads('/')).toEqual([]);
  // A path that is not valid percent-encoding is still the app's HTML (its own "not found"), not a 500.
  const odd = await fetch(`${t.url}/play/%E0%A4%A`);
  expect(odd.status).toBe(200);
  expect(await odd.text()).toContain('<div id="root">');
  // The build manifest itself is not served (it falls through to the app's HTML).
  expect(await (await fetch(`${t.url}/.vite/manifest.json`)).text()).toContain('<div id="root">');
});
