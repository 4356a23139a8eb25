/**
 * @jest-environment node
 *
 * "Keep offline" with media on another origin (GCS V4 signed URLs): the page downloads the file with
 * CORS into the media cache, and the service worker's media route answers later requests for it —
 * with a different signature, with a Range header, with the network gone — from that copy. The
 * bucket is a real HTTP server on 127.0.0.1 that, like GCS, refuses unsigned requests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { isMediaUrl, mediaCacheKey, OFFLINE_MEDIA_CACHE } from '../src/pwa/cache-names';
import { answerMediaRequest } from '../src/pwa/media-route';
import { isKeptOffline, keepOffline, forgetOffline } from '../src/pwa/offline';

const APP = 'https://bachata.example';
const video = randomBytes(50_000);

/** The Cache Storage API of a browser, in memory (node has none): put stores a copy, match returns one. */
class MemoryCache {
  readonly entries = new Map<string, { body: ArrayBuffer; init: ResponseInit }>();
  private key(k: RequestInfo | URL): string { return typeof k === 'string' ? k : k instanceof URL ? k.href : k.url; }
  async put(k: RequestInfo | URL, res: Response): Promise<void> {
    this.entries.set(this.key(k), { body: await res.arrayBuffer(), init: { status: res.status, headers: Object.fromEntries(res.headers) } });
  }
  async match(k: RequestInfo | URL): Promise<Response | undefined> {
    const e = this.entries.get(this.key(k));
    return e && new Response(e.body.slice(0), e.init);
  }
  async delete(k: RequestInfo | URL): Promise<boolean> { return this.entries.delete(this.key(k)); }
}
const stores = new Map<string, MemoryCache>();
(globalThis as unknown as { caches: unknown }).caches = {
  open: async (name: string) => { if (!stores.has(name)) stores.set(name, new MemoryCache()); return stores.get(name)!; },
};
(globalThis as unknown as { location: unknown }).location = { origin: APP };

let bucket: Server;
let base = '';
const seen: Array<{ path: string }> = [];
beforeAll(async () => {
  bucket = createServer((req, res) => {
    const url = new URL(req.url!, 'http://bucket');
    seen.push({ path: url.pathname });
    if (!url.searchParams.has('X-Goog-Signature')) { res.writeHead(403); res.end('missing signature'); return; }
    res.writeHead(200, { 'access-control-allow-origin': APP, vary: 'Origin', 'content-type': 'video/mp4', 'content-length': String(video.length), 'accept-ranges': 'bytes' });
    res.end(video);
  });
  await new Promise<void>((ok) => bucket.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(bucket.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => { bucket.closeAllConnections(); bucket.close(() => ok()); }));

const signed = (path: string, signature: string) => `${base}/bachata-media/${path}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Expires=3600&X-Goog-Signature=${signature}`;

/** createPartialResponse's contract: a 206 with the asked bytes of the full response. */
async function cut(request: Request, full: Response): Promise<Response> {
  const [, from, to] = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get('range')!)!;
  const body = await full.arrayBuffer();
  const end = to ? Number(to) : body.byteLength - 1;
  return new Response(body.slice(Number(from), end + 1), { status: 206, headers: { 'content-range': `bytes ${from}-${end}/${body.byteLength}` } });
}

describe('media cache keys', () => {
  it('name a file by its path on our origin and by origin and path elsewhere, never by its signature', () => {
    expect(mediaCacheKey('/media/output/v.mp4?exp=1&sig=a', APP)).toBe('/media/output/v.mp4');
    expect(mediaCacheKey(`${APP}/media/output/v.mp4?exp=2&sig=b`, APP)).toBe('/media/output/v.mp4');
    const gcs = 'https://storage.googleapis.com/bachata-media/output/user_1/choreography_t.mp4';
    expect(mediaCacheKey(`${gcs}?X-Goog-Signature=aaa`, APP)).toBe(gcs);
    expect(mediaCacheKey(`${gcs}?X-Goog-Signature=bbb`, APP)).toBe(gcs);
    expect(mediaCacheKey('https://storage.googleapis.com/other-bucket/output/user_1/choreography_t.mp4?X-Goog-Signature=a', APP)).not.toBe(gcs);
  });

  it('the service worker routes our /media/ and signed storage objects, nothing else', () => {
    expect(isMediaUrl(new URL(`${APP}/media/songs/a.mp3?sig=1`), APP)).toBe(true);
    expect(isMediaUrl(new URL('https://storage.googleapis.com/b/o.mp4?X-Goog-Signature=1'), APP)).toBe(true);
    expect(isMediaUrl(new URL('https://bachata-media.storage.googleapis.com/o.mp4'), APP)).toBe(true);
    expect(isMediaUrl(new URL(signed('o.mp4', 'x')), APP)).toBe(true);
    expect(isMediaUrl(new URL('https://cdn.example/media/songs/a.mp3?sig=1'), APP)).toBe(true);
    expect(isMediaUrl(new URL(`${APP}/graphql`), APP)).toBe(false);
    expect(isMediaUrl(new URL('https://fonts.example.com/a.woff2'), APP)).toBe(false);
  });
});

describe('keep offline with media in GCS', () => {
  const path = 'output/user_1/choreography_t.mp4';

  it('keeps the file fetched with CORS and answers later signed URLs, ranges included, without the network', async () => {
    await keepOffline([signed(path, 'first'), null]);
    expect(seen.at(-1)?.path).toBe(`/bachata-media/${path}`);
    expect(await isKeptOffline(signed(path, 'second'))).toBe(true);

    const cache = await caches.open(OFFLINE_MEDIA_CACHE);
    const offline = { cache, ownOrigin: APP, network: async (): Promise<Response> => { throw new TypeError('Failed to fetch (offline)'); }, partial: cut };
    // <video> asks for a range of the file under a fresh signature
    const ranged = await answerMediaRequest(new Request(signed(path, 'third'), { headers: { range: 'bytes=100-199' } }), offline);
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(video.subarray(100, 200))).toBe(true);
    const whole = await answerMediaRequest(new Request(signed(path, 'fourth')), offline);
    expect(Buffer.from(await whole.arrayBuffer()).equals(video)).toBe(true);
  });

  it('leaves files that were not kept to the network', async () => {
    const cache = await caches.open(OFFLINE_MEDIA_CACHE);
    const network = jest.fn(async (r: Request) => fetch(r));
    const res = await answerMediaRequest(new Request(signed('output/user_1/other.mp4', 'x')), { cache, ownOrigin: APP, network, partial: cut });
    expect(network).toHaveBeenCalledTimes(1);
    expect(res.status).toBe(200);
  });

  it('forgets a kept file under any signature', async () => {
    await forgetOffline([signed(path, 'fifth')]);
    expect(await isKeptOffline(signed(path, 'first'))).toBe(false);
  });

  it('reports a refused download instead of keeping an error page', async () => {
    await expect(keepOffline([`${base}/bachata-media/${path}`])).rejects.toThrow('Download failed (403)');
    expect(await isKeptOffline(`${base}/bachata-media/${path}`)).toBe(false);
  });
});
