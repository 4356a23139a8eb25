/**
 * The home page demo, for real: the api (local runner) starts the job's home-demo program after it is
 * ready; until the video is stored homeDemo says PREPARING, then READY with signed URLs of a video of
 * a demo song danced with built-in moves, its poster and its moves. Made once: a second server on the
 * same media root reads it without making it again.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalJobRunner } from '../src/jobs/local-job-runner';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(600_000);

const DEMO = `{ homeDemo { status title artist bpm duration videoUrl posterUrl moves { name start end section beats } } }`;
let t: TestApp;
afterAll(async () => { await t?.close(); });

async function until<T>(f: () => Promise<T | undefined>, ms = 540_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 500));
  }
}

// A stand-in for the PWA build: the api serves index.html and the app's files.
const dist = mkdtempSync(join(tmpdir(), 'bb-demo-dist-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Bachata Buddy</title></head><body><div id="root"></div></body></html>');
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'assets', 'app.js'), `export const moves = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ name: `move ${i}`, counts: 8 })))};`);

it('is made by the job in the background after start, then served with its poster and moves (no account needed)', async () => {
  t = await startTestApp({ realJobRunner: true, env: { JOB_CONCURRENCY: '1', HOME_DEMO: 'on', PWA_DIST_DIR: dist } });
  // Before it is ready the home page is the plain app shell.
  const before = await (await fetch(`${t.url}/`)).text();
  if (!before.includes('id="home-demo"')) expect(before).not.toContain('rel="preload"');
  const first = await t.gql(DEMO);
  expect(first.errors).toBeUndefined();
  expect(['PREPARING', 'READY']).toContain(first.data.homeDemo.status);
  if (first.data.homeDemo.status === 'PREPARING') expect(first.data.homeDemo).toMatchObject({ videoUrl: null, posterUrl: null, moves: [] });
  await (t.app.services.jobRunner as LocalJobRunner).whenReady();
  const demo = await until(async () => {
    const r = await t.gql(DEMO);
    return r.data.homeDemo.status === 'READY' ? r.data.homeDemo : undefined;
  });
  expect(demo).toMatchObject({ title: 'Luna de Santiago', artist: 'Bachata Buddy Demo Band' });
  expect(Math.abs(demo.bpm - 118)).toBeLessThanOrEqual(2);
  expect(demo.duration).toBeGreaterThan(20);
  expect(demo.duration).toBeLessThanOrEqual(30.5);
  expect(demo.moves.some((m: { section: string }) => m.section === 'chorus')).toBe(true);
  expect(demo.moves.length).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < demo.moves.length; i++) expect(demo.moves[i].start).toBeGreaterThanOrEqual(demo.moves[i - 1].end - 1e-6);
  expect(demo.moves.every((m: { beats: number; section: string }) => m.beats % 8 === 0 && ['intro', 'verse', 'chorus', 'break', 'outro'].includes(m.section))).toBe(true);
  // the video and the poster through their signed URLs, as a visitor's browser gets them
  const video = await fetch(`${t.url}${demo.videoUrl}`);
  expect(video.headers.get('content-type')).toBe('video/mp4');
  const file = join(t.dataDir, 'home-demo.mp4');
  writeFileSync(file, Buffer.from(await video.arrayBuffer()));
  const probe = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { encoding: 'utf8' }));
  expect(probe.streams.map((s: { codec_type: string }) => s.codec_type).sort()).toEqual(['audio', 'video']);
  expect(Math.abs(Number(probe.format.duration) - demo.duration)).toBeLessThan(0.2);
  const poster = await fetch(`${t.url}${demo.posterUrl}`);
  expect(poster.headers.get('content-type')).toBe('image/jpeg');
  // The home page's HTML carries it: the poster preloaded under the same signed URL the query gives
  // (one per half-hour signing window), and the demo as JSON for the app to show without a query.
  const html = await (await fetch(`${t.url}/`)).text();
  const preload = /<link rel="preload" as="image" href="([^"]+)" fetchpriority="high">/.exec(html);
  // A run that crosses a signing window gets a newer expiry: compare the signed URLs without it.
  const unsigned = (u: string) => u.replace(/&amp;/g, '&').split('?')[0];
  expect(unsigned(preload![1])).toBe(unsigned(demo.posterUrl));
  const inline = JSON.parse(/<script type="application\/json" id="home-demo">(.*?)<\/script>/.exec(html)![1]);
  const withoutSignatures = (d: Record<string, unknown>) => JSON.parse(JSON.stringify(d, (_k, v) => (typeof v === 'string' && v.includes('?') ? unsigned(v) : v)));
  expect(withoutSignatures(inline)).toEqual(withoutSignatures({ status: 'READY', ...demo }));
  // The app's files are sent gzipped; media is not.
  const js = await fetch(`${t.url}/assets/app.js`, { headers: { 'accept-encoding': 'gzip' } });
  expect(js.headers.get('content-encoding')).toBe('gzip');
  const mediaHead = await fetch(`${t.url}${demo.posterUrl}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(mediaHead.headers.get('content-encoding')).toBeNull();
  // under the media root, not committed: demo/home/…
  const manifest = join(t.config.storage.mediaRoot, 'demo', 'home', 'demo.json');
  const made = statSync(manifest).mtimeMs;

  // A second server on the same media root: READY at once, nothing made again.
  const again = await startTestApp({ realJobRunner: true, env: { JOB_CONCURRENCY: '1', HOME_DEMO: 'on', MEDIA_ROOT: t.config.storage.mediaRoot } });
  try {
    expect((await again.gql(DEMO)).data.homeDemo.status).toBe('READY');
    await (again.app.services.jobRunner as LocalJobRunner).whenReady();
    await new Promise((r) => setTimeout(r, 1000));
    expect(statSync(manifest).mtimeMs).toBe(made);
  } finally {
    await again.close();
  }
  // Off (HOME_DEMO=off, or another runner): nothing is made and the page says so.
  const off = await startTestApp({ env: { HOME_DEMO: 'off' } });
  try {
    expect((await off.gql(DEMO)).data.homeDemo).toMatchObject({ status: 'UNAVAILABLE', moves: [] });
  } finally {
    await off.close();
  }
});
