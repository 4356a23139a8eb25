/** @jest-environment node */
/**
 * "Keep offline" with media on another origin, in real Chromium: the production build of the PWA
 * (its real service worker) is served from one origin, the video from a bucket-like server on
 * another (V4-style signed URLs, CORS for the app's origin, as deploy/gcs-cors.json sets on GCS).
 * Once the file is in the offline-media cache, the <video> element plays it with the network gone,
 * under a signature it was never fetched with, and byte ranges are cut from the kept copy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { buildPwa, launchChromium } from './support';
import type { Browser } from 'playwright-core';

jest.setTimeout(240_000);

let tmp: string;
let browser: Browser;
let app: Server;
let bucket: Server;
let appOrigin = '';
let bucketOrigin = '';
let video: Buffer;
const bucketRequests: string[] = [];

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

function listen(server: Server, host: string): Promise<string> {
  return new Promise((ok) => server.listen(0, host, () => ok(`http://${host}:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'bb-offline-gcs-'));
  const dist = join(tmp, 'dist');
  buildPwa(dist);
  const file = join(tmp, 'choreography.mp4');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=blue:s=320x180:r=30:d=3', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', '-shortest', file]);
  video = readFileSync(file);

  // The built PWA as the api serves it: files, and index.html for app routes. No API: the test needs none.
  app = createServer((req, res) => {
    const path = normalize(new URL(req.url!, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    const target = join(dist, path);
    const found = path !== '/' && existsSync(target) ? target : join(dist, 'index.html');
    res.writeHead(found.endsWith('index.html') && path.startsWith('/graphql') ? 404 : 200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' });
    res.end(readFileSync(found));
  });
  appOrigin = await listen(app, '127.0.0.1');

  // The bucket: signed requests only, CORS for the app's origin only.
  bucket = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    bucketRequests.push(`${req.method} ${url.pathname}${req.headers.range ? ` ${req.headers.range}` : ''}`);
    const cors = req.headers.origin === appOrigin ? { 'access-control-allow-origin': appOrigin, 'access-control-expose-headers': 'Content-Length, Content-Range, Accept-Ranges', vary: 'Origin' } : {};
    if (req.method === 'OPTIONS') { res.writeHead(204, { ...cors, 'access-control-allow-headers': 'range', 'access-control-allow-methods': 'GET, HEAD' }); res.end(); return; }
    if (!url.searchParams.has('X-Goog-Signature')) { res.writeHead(403, cors); res.end('signature required'); return; }
    res.writeHead(200, { ...cors, 'content-type': 'video/mp4', 'content-length': String(video.length), 'accept-ranges': 'bytes' });
    res.end(video);
  });
  bucketOrigin = await listen(bucket, 'localhost');

  browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const s of [app, bucket]) if (s) { s.closeAllConnections(); await new Promise((ok) => s.close(ok)); }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

it('plays a kept GCS video offline through the service worker, ranges included', async () => {
  const ctx = await browser.newContext({ baseURL: appOrigin, serviceWorkers: 'allow' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto('/');
  await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((_, no) => setTimeout(() => no(new Error('no service worker')), 15_000))]));
  await page.reload();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  const path = '/bachata-media/output/user_1/choreography_t.mp4';
  const signed = (sig: string) => `${bucketOrigin}${path}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Expires=900&X-Goog-Signature=${sig}`;
  // "Keep offline" as the page does it (src/pwa/offline.ts): a CORS download into the media cache, keyed by origin and path.
  const kept = await page.evaluate(async ([url, key]) => {
    const res = await fetch(url, { mode: 'cors', credentials: 'same-origin' });
    if (!res.ok) return `download failed ${res.status}`;
    await (await caches.open('offline-media-v1')).put(key, res);
    return 'kept';
  }, [signed('first'), `${bucketOrigin}${path}`]);
  expect(kept).toBe('kept');

  await ctx.setOffline(true);
  const before = bucketRequests.length;
  // A range of the file under a signature the browser never used: from the kept copy.
  const ranged = await page.evaluate(async (url) => {
    const r = await fetch(url, { headers: { range: 'bytes=0-99' }, mode: 'cors' });
    return [r.status, (await r.arrayBuffer()).byteLength];
  }, signed('second'));
  expect(ranged).toEqual([206, 100]);
  // The player's <video crossorigin="anonymous"> plays it.
  const played = await page.evaluate((url) => new Promise<string>((ok) => {
    const v = document.createElement('video');
    v.crossOrigin = 'anonymous';
    v.muted = true;
    v.onerror = () => ok(`error ${v.error?.code}`);
    v.ontimeupdate = () => { if (v.currentTime > 0.3) ok(`playing ${v.videoWidth}x${v.videoHeight}`); };
    v.src = url;
    document.body.append(v);
    void v.play().catch((e) => ok(`play() refused: ${e}`));
  }), signed('third'));
  expect(played).toBe('playing 320x180');
  expect(bucketRequests.length).toBe(before);

  // A file that was not kept is not invented: offline, it fails.
  const other = await page.evaluate((url) => fetch(url, { mode: 'cors' }).then((r) => `status ${r.status}`, () => 'network error'), signed('x').replace('choreography_t', 'other'));
  expect(other).toBe('network error');
  await ctx.close();
});
