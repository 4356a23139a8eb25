import { createHash, createVerify, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { CRC32C } from '@google-cloud/storage';
import { GcsStorage, InvalidMediaKeyError, MediaNotFoundError, createMediaStorage } from '../src/storage';

/**
 * A fake of the slice of the GCS JSON API the client library uses for our adapter: multipart
 * upload, object metadata, media download (with Range) and delete. It answers like GCS does,
 * including the crc32c/md5 hashes the client checks after uploads and full downloads.
 */
interface FakeObject {
  data: Buffer;
  contentType: string;
  generation: string;
}

class FakeGcs {
  readonly objects = new Map<string, FakeObject>(); // `${bucket}/${name}`
  readonly requests: Array<{ method: string; url: string; range?: string }> = [];
  /** flip a byte in the next full download, to prove the client's integrity check is on */
  corruptNextDownload = false;
  /** answer the next N requests with 503 (a transient GCS error) without doing anything */
  failNext = 0;
  /** store the next upload, then answer 503 as if the response were lost on the way back */
  loseNextUploadResponse = false;
  private generations = 0;
  private server!: Server;
  endpoint = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => this.error(res, 500, String(err)));
    });
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((ok) => this.server.close(ok));
  }

  private error(res: ServerResponse, code: number, message: string): void {
    if (res.headersSent) return void res.destroy();
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code, message, errors: [{ message, reason: code === 404 ? 'notFound' : 'invalid' }] } }));
  }

  private resource(bucket: string, name: string, o: FakeObject) {
    const crc = new CRC32C();
    crc.update(o.data);
    return {
      kind: 'storage#object',
      id: `${bucket}/${name}/${o.generation}`,
      name,
      bucket,
      generation: o.generation,
      metageneration: '1',
      contentType: o.contentType,
      size: String(o.data.length),
      md5Hash: createHash('md5').update(o.data).digest('base64'),
      crc32c: crc.toString(),
      timeCreated: new Date().toISOString(),
      updated: new Date().toISOString(),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url!, 'http://fake');
    this.requests.push({ method: req.method!, url: req.url!, range: req.headers.range });
    const body = await new Promise<Buffer>((ok, fail) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c)).on('end', () => ok(Buffer.concat(chunks))).on('error', fail);
    });
    if (this.failNext > 0) {
      this.failNext--;
      return this.error(res, 503, 'Service Unavailable (injected)');
    }

    const upload = url.pathname.match(/^\/upload\/storage\/v1\/b\/([^/]+)\/o$/);
    if (upload && req.method === 'POST') {
      if (url.searchParams.get('uploadType') !== 'multipart') return this.error(res, 400, 'fake supports multipart uploads only');
      const boundary = /boundary="?([^";]+)"?/.exec(req.headers['content-type'] ?? '')?.[1];
      if (!boundary) return this.error(res, 400, 'no multipart boundary');
      const [metaPart, mediaPart] = parseMultipart(body, boundary);
      if (!metaPart || !mediaPart) return this.error(res, 400, 'expected two parts');
      const meta = JSON.parse(metaPart.body.toString('utf8')) as { name?: string; contentType?: string };
      const name = url.searchParams.get('name') ?? meta.name;
      if (!name) return this.error(res, 400, 'no object name');
      const bucket = decodeURIComponent(upload[1]);
      // Preconditions as GCS checks them: 0 means "only if no live object", N "only if at generation N".
      const wanted = url.searchParams.get('ifGenerationMatch');
      const existing = this.objects.get(`${bucket}/${name}`);
      if (wanted !== null && wanted !== (existing?.generation ?? '0')) return this.error(res, 412, 'At least one of the pre-conditions you specified did not hold.');
      const obj: FakeObject = {
        data: mediaPart.body,
        contentType: meta.contentType ?? mediaPart.headers['content-type'] ?? 'application/octet-stream',
        generation: String(Date.now() * 1000 + ++this.generations),
      };
      this.objects.set(`${bucket}/${name}`, obj);
      if (this.loseNextUploadResponse) {
        this.loseNextUploadResponse = false;
        return this.error(res, 503, 'Service Unavailable (after the write)');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(this.resource(bucket, name, obj)));
    }

    const object = url.pathname.match(/^\/storage\/v1\/b\/([^/]+)\/o\/(.+)$/);
    if (!object) return this.error(res, 404, `fake has no route for ${req.method} ${url.pathname}`);
    const bucket = decodeURIComponent(object[1]);
    const name = decodeURIComponent(object[2]);
    const obj = this.objects.get(`${bucket}/${name}`);
    if (!obj) return this.error(res, 404, `No such object: ${bucket}/${name}`);

    if (req.method === 'DELETE') {
      this.objects.delete(`${bucket}/${name}`);
      res.writeHead(204);
      return void res.end();
    }
    if (req.method !== 'GET') return this.error(res, 405, 'method not allowed');
    if (url.searchParams.get('alt') !== 'media') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(this.resource(bucket, name, obj)));
    }

    const meta = this.resource(bucket, name, obj);
    const headers: Record<string, string> = {
      'content-type': obj.contentType,
      'x-goog-hash': `crc32c=${meta.crc32c},md5=${meta.md5Hash}`,
      'x-goog-stored-content-encoding': 'identity',
      'x-goog-generation': obj.generation,
      'accept-ranges': 'bytes',
    };
    const size = obj.data.length;
    const range = req.headers.range;
    if (!range) {
      let data = obj.data;
      if (this.corruptNextDownload) {
        this.corruptNextDownload = false;
        data = Buffer.from(data);
        data[0] ^= 0xff;
      }
      res.writeHead(200, { ...headers, 'content-length': String(size) });
      return void res.end(data);
    }
    const m = /^bytes=(\d*)-(\d*)$/.exec(range);
    if (!m || (m[1] === '' && m[2] === '')) return this.error(res, 400, `bad range ${range}`);
    let start: number;
    let end: number;
    if (m[1] === '') {
      start = Math.max(0, size - Number(m[2]));
      end = size - 1;
    } else {
      start = Number(m[1]);
      end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    }
    if (start >= size || end < start) {
      res.writeHead(416, { 'content-range': `bytes */${size}` });
      return void res.end();
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': String(end - start + 1) });
    res.end(obj.data.subarray(start, end + 1));
  }
}

function parseMultipart(body: Buffer, boundary: string): Array<{ headers: Record<string, string>; body: Buffer }> {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Array<{ headers: Record<string, string>; body: Buffer }> = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const from = at + delimiter.length;
    if (body.subarray(from, from + 2).toString() === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, from);
    if (next < 0) break;
    let part = body.subarray(from, next);
    if (part.subarray(0, 2).toString() === '\r\n') part = part.subarray(2);
    if (part.subarray(-2).toString() === '\r\n') part = part.subarray(0, -2);
    const split = part.indexOf('\r\n\r\n');
    const headers: Record<string, string> = {};
    for (const line of part.subarray(0, split).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: part.subarray(split + 4) });
    at = next;
  }
  return parts;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const BUCKET = 'bachata-test-media';
const CLIENT_EMAIL = 'media-signer@bachata-test.iam.gserviceaccount.com';
let fake: FakeGcs;
let storage: GcsStorage;
let dir: string;
let publicKey: KeyObject;
const payload = randomBytes(300_000);

beforeAll(async () => {
  fake = new FakeGcs();
  await fake.start();
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  publicKey = keys.publicKey;
  storage = new GcsStorage({
    bucket: BUCKET,
    apiEndpoint: fake.endpoint,
    projectId: 'bachata-test',
    credentials: {
      client_email: CLIENT_EMAIL,
      private_key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'bachata-gcs-'));
});
afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fake.objects.clear();
  fake.requests.length = 0;
  fake.failNext = 0;
  fake.loseNextUploadResponse = false;
});

describe('GcsStorage against a fake GCS endpoint', () => {
  it('uploads a file with one multipart request and reports it in stat', async () => {
    const src = join(dir, 'song.mp3');
    await writeFile(src, payload);
    await storage.putFile('songs/abc.mp3', src);

    const stored = fake.objects.get(`${BUCKET}/songs/abc.mp3`);
    expect(stored?.data.equals(payload)).toBe(true);
    expect(stored?.contentType).toBe('audio/mpeg'); // from the extension
    expect(fake.requests.filter((r) => r.url.startsWith('/upload/'))).toHaveLength(1);
    expect(await storage.stat('songs/abc.mp3')).toEqual({ size: payload.length, contentType: 'audio/mpeg' });
  });

  it('uploads a buffer with an explicit content type', async () => {
    await storage.putBuffer('output/user_7/poster', Buffer.from('png-bytes'), 'image/png');
    expect(fake.objects.get(`${BUCKET}/output/user_7/poster`)?.contentType).toBe('image/png');
    expect(await storage.stat('output/user_7/poster')).toEqual({ size: 9, contentType: 'image/png' });
  });

  it.each([
    ['first byte', 0, 0],
    ['a middle slice', 123_456, 200_001],
    ['last byte', payload.length - 1, payload.length - 1],
  ])('reads %s with a Range request', async (_name, start, end) => {
    await storage.putBuffer('videos/v.mp4', payload);
    const got = await readAll(storage.createReadStream('videos/v.mp4', { start, end }));
    expect(got.equals(payload.subarray(start, end + 1))).toBe(true);
    expect(fake.requests.at(-1)?.range).toBe(`bytes=${start}-${end}`);
  });

  it('streams a whole object', async () => {
    await storage.putBuffer('videos/v.mp4', payload);
    expect((await readAll(storage.createReadStream('videos/v.mp4'))).equals(payload)).toBe(true);
  });

  it('downloads to a local file', async () => {
    await storage.putBuffer('songs/abc.mp3', payload);
    const target = join(dir, 'work', 'input.mp3');
    await storage.getToFile('songs/abc.mp3', target);
    expect((await readFile(target)).equals(payload)).toBe(true);
    expect((await readdir(join(dir, 'work'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a corrupted download and leaves nothing at the target', async () => {
    await storage.putBuffer('songs/abc.mp3', payload);
    fake.corruptNextDownload = true;
    const target = join(dir, 'corrupt', 'input.mp3');
    await expect(storage.getToFile('songs/abc.mp3', target)).rejects.toMatchObject({ code: 'CONTENT_DOWNLOAD_MISMATCH' });
    expect(existsSync(target)).toBe(false);
    expect(await readdir(join(dir, 'corrupt'))).toEqual([]);
  });

  it('deletes, and deleting a missing object is fine', async () => {
    await storage.putBuffer('songs/abc.mp3', payload);
    await storage.delete('songs/abc.mp3');
    expect(fake.objects.size).toBe(0);
    expect(await storage.stat('songs/abc.mp3')).toBeNull();
    await expect(storage.delete('songs/abc.mp3')).resolves.toBeUndefined();
  });

  it('maps a missing object to null / MediaNotFoundError', async () => {
    expect(await storage.stat('songs/none.mp3')).toBeNull();
    const target = join(dir, 'missing.mp3');
    await expect(storage.getToFile('songs/none.mp3', target)).rejects.toBeInstanceOf(MediaNotFoundError);
    expect(existsSync(target)).toBe(false);
    await expect(readAll(storage.createReadStream('songs/none.mp3', { start: 0, end: 9 }))).rejects.toBeInstanceOf(MediaNotFoundError);
  });

  it('refuses traversal keys before any request', async () => {
    await expect(storage.putBuffer('../x.mp3', Buffer.from('x'))).rejects.toThrow(InvalidMediaKeyError);
    await expect(storage.stat('/etc/passwd')).rejects.toThrow(InvalidMediaKeyError);
    expect(fake.requests).toHaveLength(0);
  });

  it('resolves gs:// paths of the old app to object names', () => {
    expect(storage.resolveKey(`gs://${BUCKET}/output/user_7/choreography_x.mp4`)).toBe('output/user_7/choreography_x.mp4');
    expect(storage.resolveKey('/app/media/songs/foo.mp3')).toBe('songs/foo.mp3');
  });
});

describe('GcsStorage on a flaky GCS', () => {
  // the client backs off about 1 s, 2 s, 4 s between attempts
  jest.setTimeout(60_000);
  const uploads = () => fake.requests.filter((r) => r.url.startsWith('/upload/'));

  it('retries an upload that met a transient 503, writing the object once', async () => {
    const src = join(dir, 'video.mp4');
    await writeFile(src, payload);
    fake.failNext = 1;
    await storage.putFile('output/user_1/choreography_a.mp4', src);
    expect(fake.objects.get(`${BUCKET}/output/user_1/choreography_a.mp4`)?.data.equals(payload)).toBe(true);
    expect(uploads()).toHaveLength(2);
    // create-only: a retry can never replace an object someone else wrote in between
    for (const u of uploads()) expect(new URL(u.url, 'http://x').searchParams.get('ifGenerationMatch')).toBe('0');
    fake.failNext = 1;
    await storage.putBuffer('output/user_1/poster.jpg', Buffer.from('jpeg'), 'image/jpeg');
    expect(fake.objects.get(`${BUCKET}/output/user_1/poster.jpg`)?.data.toString()).toBe('jpeg');
  });

  it('a retry of an upload whose response was lost does not write again', async () => {
    fake.loseNextUploadResponse = true;
    await storage.putBuffer('songs/new.mp3', payload);
    const stored = fake.objects.get(`${BUCKET}/songs/new.mp3`)!;
    expect(stored.data.equals(payload)).toBe(true);
    // first attempt landed; the retry failed its precondition; our bytes were found: no second write
    const generation = stored.generation;
    expect(uploads().length).toBe(2);
    expect(fake.objects.get(`${BUCKET}/songs/new.mp3`)!.generation).toBe(generation);
  });

  it('replaces an existing object, under a precondition on the generation it replaces', async () => {
    await storage.putBuffer('library/generated/basic.mp4', Buffer.from('old clip'));
    const old = fake.objects.get(`${BUCKET}/library/generated/basic.mp4`)!.generation;
    fake.requests.length = 0;
    await storage.putBuffer('library/generated/basic.mp4', Buffer.from('new clip'));
    expect(fake.objects.get(`${BUCKET}/library/generated/basic.mp4`)!.data.toString()).toBe('new clip');
    expect(uploads().map((u) => new URL(u.url, 'http://x').searchParams.get('ifGenerationMatch'))).toEqual(['0', old]);
    // the same bytes again: nothing is rewritten
    fake.requests.length = 0;
    await storage.putBuffer('library/generated/basic.mp4', Buffer.from('new clip'));
    expect(uploads()).toHaveLength(1);
  });

  it('keeps retrying other requests after an upload (the shared client is not left with retries off)', async () => {
    await storage.putBuffer('songs/a.mp3', Buffer.from('abc'));
    fake.failNext = 1;
    expect(await storage.stat('songs/a.mp3')).toEqual({ size: 3, contentType: 'audio/mpeg' });
    fake.failNext = 1;
    const target = join(dir, 'retried', 'a.mp3');
    await storage.getToFile('songs/a.mp3', target);
    expect((await readFile(target)).toString()).toBe('abc');
  });

  it('gives up on a GCS that stays unavailable, with the error', async () => {
    fake.failNext = 100;
    await expect(storage.putBuffer('songs/b.mp3', Buffer.from('b'))).rejects.toMatchObject({ code: 503 });
    expect(fake.objects.has(`${BUCKET}/songs/b.mp3`)).toBe(false);
  });
});

describe('GcsStorage signed URLs', () => {
  it('produces a V4 signed read URL that the service account key really signed', async () => {
    // The client refuses expiry times before the real clock, so sign "tomorrow", on a whole second.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000 + 24 * 3600 * 1000);
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''); // 20260501T120000Z
    const day = stamp.slice(0, 8);
    const url = new URL(await storage.signedUrl('output/user_7/choreo x.mp4', 900, now));
    const q = url.searchParams;

    expect(url.origin).toBe(fake.endpoint);
    expect(url.pathname).toBe(`/${BUCKET}/output/user_7/choreo%20x.mp4`);
    expect(q.get('X-Goog-Algorithm')).toBe('GOOG4-RSA-SHA256');
    expect(q.get('X-Goog-Expires')).toBe('900');
    expect(q.get('X-Goog-Date')).toBe(stamp);
    expect(q.get('X-Goog-Credential')).toBe(`${CLIENT_EMAIL}/${day}/auto/storage/goog4_request`);
    expect(q.get('X-Goog-SignedHeaders')).toBe('host');
    const signature = q.get('X-Goog-Signature')!;
    expect(signature).toMatch(/^[0-9a-f]{512}$/); // RSA-2048 → 256 bytes

    // Rebuild the string-to-sign as GCS does and check it against the public key.
    const canonicalQuery = [...q.entries()]
      .filter(([k]) => k !== 'X-Goog-Signature')
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .sort()
      .join('&');
    const canonicalRequest = ['GET', url.pathname, canonicalQuery, `host:${url.hostname}\n`, 'host', 'UNSIGNED-PAYLOAD'].join('\n');
    const stringToSign = [
      'GOOG4-RSA-SHA256',
      stamp,
      `${day}/auto/storage/goog4_request`,
      createHash('sha256').update(canonicalRequest).digest('hex'),
    ].join('\n');
    const verify = createVerify('RSA-SHA256').update(stringToSign);
    expect(verify.verify(publicKey, Buffer.from(signature, 'hex'))).toBe(true);
    expect(fake.requests).toHaveLength(0); // signing is local, no round trip
  });

  it('refuses lifetimes GCS would reject', async () => {
    await expect(storage.signedUrl('songs/a.mp3', 8 * 24 * 3600)).rejects.toThrow(RangeError);
    await expect(storage.signedUrl('songs/a.mp3', 0)).rejects.toThrow(RangeError);
  });
});

describe('createMediaStorage with STORAGE=gcs', () => {
  it('talks to the configured endpoint and bucket', async () => {
    const s = createMediaStorage({ kind: 'gcs', gcsBucket: 'other-bucket', gcsApiEndpoint: fake.endpoint });
    await s.putBuffer('songs/a.mp3', Buffer.from('abc'));
    expect(fake.objects.get('other-bucket/songs/a.mp3')?.data.toString()).toBe('abc');
    expect(await s.stat('songs/a.mp3')).toEqual({ size: 3, contentType: 'audio/mpeg' });
  });
});
