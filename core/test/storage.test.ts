import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  GcsStorage,
  InvalidMediaKeyError,
  LocalDiskStorage,
  MediaNotFoundError,
  contentTypeForKey,
  createMediaStorage,
  normaliseKey,
} from '../src/storage';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let dir: string;
let root: string;
let storage: LocalDiskStorage;
// 100 KB of random bytes: several fs read chunks (64 KB each), so ranges cross a chunk boundary.
const payload = randomBytes(100_000);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bachata-storage-'));
  root = join(dir, 'media');
  storage = new LocalDiskStorage({ root, secret: 'test-secret-0123456789', publicBaseUrl: 'https://api.example.com/' });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LocalDiskStorage round trip', () => {
  it('stores a file, reports its size and type, downloads it and deletes it', async () => {
    const src = join(dir, 'upload.mp3');
    await writeFile(src, payload);
    await storage.putFile('songs/abc.mp3', src, 'audio/mpeg');

    expect(await readFile(join(root, 'songs', 'abc.mp3'))).toEqual(payload);
    expect(existsSync(src)).toBe(true); // the caller's file is copied, not taken away
    expect(await storage.stat('songs/abc.mp3')).toEqual({ size: payload.length, contentType: 'audio/mpeg' });

    const out = join(dir, 'work', 'deep', 'song.mp3');
    await storage.getToFile('songs/abc.mp3', out);
    expect(await readFile(out)).toEqual(payload);

    expect(await readAll(storage.createReadStream('songs/abc.mp3'))).toEqual(payload);

    await storage.delete('songs/abc.mp3');
    expect(await storage.stat('songs/abc.mp3')).toBeNull();
    await expect(storage.delete('songs/abc.mp3')).resolves.toBeUndefined(); // deleting twice is fine
  });

  it('writes buffers atomically and leaves no temp files behind', async () => {
    await storage.putBuffer('output/user_7/plan.json', Buffer.from('{"a":1}'));
    await storage.putBuffer('output/user_7/plan.json', Buffer.from('{"a":2}')); // overwrite
    expect(await readFile(join(root, 'output/user_7/plan.json'), 'utf8')).toBe('{"a":2}');
    expect(await readdir(join(root, 'output/user_7'))).toEqual(['plan.json']);
    expect(await storage.stat('output/user_7/plan.json')).toEqual({ size: 7, contentType: 'application/json' });
  });

  it('leaves the old object and no temp file when the source of putFile is missing', async () => {
    await storage.putBuffer('songs/keep.mp3', Buffer.from('old'));
    await expect(storage.putFile('songs/keep.mp3', join(dir, 'nope.mp3'))).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(root, 'songs/keep.mp3'), 'utf8')).toBe('old');
    expect(await readdir(join(root, 'songs'))).toEqual(['keep.mp3']);
  });
});

describe('LocalDiskStorage ranges', () => {
  beforeEach(async () => {
    await storage.putBuffer('videos/v.mp4', payload);
  });

  it.each([
    ['first byte', 0, 0],
    ['a middle slice across a read chunk', 65_000, 70_123],
    ['last byte', payload.length - 1, payload.length - 1],
    ['everything', 0, payload.length - 1],
  ])('reads %s (end inclusive)', async (_name, start, end) => {
    const got = await readAll(storage.createReadStream('videos/v.mp4', { start, end }));
    expect(got.length).toBe(end - start + 1);
    expect(got).toEqual(payload.subarray(start, end + 1));
  });

  it('refuses a backwards or negative range', () => {
    expect(() => storage.createReadStream('videos/v.mp4', { start: 10, end: 5 })).toThrow(RangeError);
    expect(() => storage.createReadStream('videos/v.mp4', { start: -1, end: 5 })).toThrow(RangeError);
  });
});

describe('missing media', () => {
  it('stat → null, getToFile → MediaNotFoundError, stream → MediaNotFoundError', async () => {
    expect(await storage.stat('songs/none.mp3')).toBeNull();
    const target = join(dir, 'out.mp3');
    await expect(storage.getToFile('songs/none.mp3', target)).rejects.toBeInstanceOf(MediaNotFoundError);
    expect(existsSync(target)).toBe(false);
    await expect(readAll(storage.createReadStream('songs/none.mp3'))).rejects.toBeInstanceOf(MediaNotFoundError);
  });

  it('a directory is not an object', async () => {
    await storage.putBuffer('songs/a.mp3', Buffer.from('x'));
    expect(await storage.stat('songs')).toBeNull();
    await expect(storage.getToFile('songs', join(dir, 'x'))).rejects.toBeInstanceOf(MediaNotFoundError);
  });
});

describe('path traversal', () => {
  it.each([
    '../secret.txt',
    'songs/../../secret.txt',
    'songs/..',
    '..',
    '/etc/passwd',
    'songs\\..\\..\\x',
    '',
    '   ',
    'a\0b',
  ])('rejects %j in every operation', async (key) => {
    expect(() => storage.pathFor(key)).toThrow(InvalidMediaKeyError);
    await expect(storage.putBuffer(key, Buffer.from('x'))).rejects.toThrow(InvalidMediaKeyError);
    await expect(storage.stat(key)).rejects.toThrow(InvalidMediaKeyError);
    await expect(storage.getToFile(key, join(dir, 'x'))).rejects.toThrow(InvalidMediaKeyError);
    await expect(storage.delete(key)).rejects.toThrow(InvalidMediaKeyError);
    expect(() => storage.createReadStream(key)).toThrow(InvalidMediaKeyError);
    await expect(storage.signedUrl(key, 60)).rejects.toThrow(InvalidMediaKeyError);
  });

  it('names the problem in the error message', () => {
    expect(() => storage.pathFor('songs/../../x')).toThrow('Invalid media key "songs/../../x": path traversal ("..") is not allowed');
    expect(() => storage.pathFor('/etc/passwd')).toThrow(/absolute path outside the media root/);
  });

  it('accepts an absolute path inside the root and canonicalises odd but harmless keys', async () => {
    expect(storage.pathFor(join(root, 'songs/a.mp3'))).toBe(join(root, 'songs', 'a.mp3'));
    expect(storage.pathFor('songs//./a.mp3')).toBe(join(root, 'songs', 'a.mp3'));
    // a sibling directory that merely shares the root's name prefix is outside
    expect(() => storage.pathFor(`${root}-evil/a.mp3`)).toThrow(InvalidMediaKeyError);
    expect(() => storage.pathFor(root)).toThrow(InvalidMediaKeyError);
  });
});

describe('resolveKey (paths stored by the old app)', () => {
  it.each([
    ['songs/foo.mp3', 'songs/foo.mp3'],
    ['output/user_7/choreography_x.mp4', 'output/user_7/choreography_x.mp4'],
    ['/app/media/songs/foo.mp3', 'songs/foo.mp3'],
    ['/home/old/bachata/data/media/output/user_7/c.mp4', 'output/user_7/c.mp4'],
    ['media/songs/foo.mp3', 'songs/foo.mp3'],
    ['./media/songs/foo.mp3', 'songs/foo.mp3'],
    ['/songs/foo.mp3', 'songs/foo.mp3'],
    ['gs://bachata-buddy-media/songs/foo.mp3', 'songs/foo.mp3'],
    ['gs://other-bucket/output/user_7/choreography_x.mp4', 'output/user_7/choreography_x.mp4'],
    ['  songs/foo.mp3 ', 'songs/foo.mp3'],
    // a folder called media inside a relative key is just a folder
    ['output/media/x.mp4', 'output/media/x.mp4'],
  ])('%s → %s', (legacy, key) => {
    expect(storage.resolveKey(legacy)).toBe(key);
  });

  it('strips the current root even when it is not called media', () => {
    const s = new LocalDiskStorage({ root: join(dir, 'store'), secret: 's3cret' });
    expect(s.resolveKey(join(dir, 'store', 'songs', 'foo.mp3'))).toBe('songs/foo.mp3');
  });

  it('still refuses traversal hidden in a legacy path', () => {
    expect(() => storage.resolveKey('/app/media/../../etc/passwd')).toThrow(InvalidMediaKeyError);
    expect(() => storage.resolveKey('gs://b/../x')).toThrow(InvalidMediaKeyError);
    expect(() => storage.resolveKey('gs://bucket/')).toThrow(InvalidMediaKeyError);
  });

  it('resolves to a key the storage can read', async () => {
    await storage.putBuffer('songs/foo.mp3', Buffer.from('la'));
    const key = storage.resolveKey('/app/media/songs/foo.mp3');
    expect((await storage.stat(key))?.size).toBe(2);
  });
});

describe('signed URLs', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const nowSec = Math.floor(now.getTime() / 1000);

  function parse(url: string) {
    const u = new URL(url);
    expect(u.pathname.startsWith('/media/')).toBe(true);
    const key = decodeURIComponent(u.pathname.slice('/media/'.length));
    return { u, key, exp: u.searchParams.get('exp'), sig: u.searchParams.get('sig') };
  }

  it('has the documented shape and verifies', async () => {
    const url = await storage.signedUrl('output/user_7/choreo x.mp4', 600, now);
    expect(url).toMatch(/^https:\/\/api\.example\.com\/media\/output\/user_7\/choreo%20x\.mp4\?exp=\d+&sig=[0-9a-f]{64}$/);
    const { key, exp, sig } = parse(url);
    expect(key).toBe('output/user_7/choreo x.mp4');
    expect(Number(exp)).toBe(nowSec + 600);
    expect(storage.verifySignedRequest(key, exp!, sig!, now)).toBe(true);
    expect(storage.verifySignedRequest(key, Number(exp), sig!, new Date(now.getTime() + 599_000))).toBe(true);
  });

  it('rejects a tampered key, expiry or signature', async () => {
    const { key, exp, sig } = parse(await storage.signedUrl('songs/a.mp3', 600, now));
    expect(storage.verifySignedRequest('songs/b.mp3', exp!, sig!, now)).toBe(false);
    expect(storage.verifySignedRequest(key, String(Number(exp) + 3600), sig!, now)).toBe(false);
    const flipped = (sig![0] === 'a' ? 'b' : 'a') + sig!.slice(1);
    expect(storage.verifySignedRequest(key, exp!, flipped, now)).toBe(false);
    expect(storage.verifySignedRequest(key, exp!, sig!.slice(0, 10), now)).toBe(false);
    expect(storage.verifySignedRequest(key, exp!, undefined, now)).toBe(false);
    expect(storage.verifySignedRequest(key, 'soon', sig!, now)).toBe(false);
    expect(storage.verifySignedRequest('../songs/a.mp3', exp!, sig!, now)).toBe(false);
  });

  it('rejects an expired URL', async () => {
    const { key, exp, sig } = parse(await storage.signedUrl('songs/a.mp3', 60, now));
    expect(storage.verifySignedRequest(key, exp!, sig!, new Date(now.getTime() + 60_000))).toBe(false);
    expect(storage.verifySignedRequest(key, exp!, sig!, new Date(now.getTime() + 3_600_000))).toBe(false);
    // epoch milliseconds work as well as a Date
    expect(storage.verifySignedRequest(key, exp!, sig!, now.getTime() + 59_000)).toBe(true);
    expect(storage.verifySignedRequest(key, exp!, sig!, now.getTime() + 60_000)).toBe(false);
  });

  it('does not verify with another secret', async () => {
    const { key, exp, sig } = parse(await storage.signedUrl('songs/a.mp3', 60, now));
    const other = new LocalDiskStorage({ root, secret: 'another-secret' });
    expect(other.verifySignedRequest(key, exp!, sig!, now)).toBe(false);
  });

  it('is relative without a public base URL, and signs the canonical key', async () => {
    const s = new LocalDiskStorage({ root, secret: 'k', publicBaseUrl: '' });
    const url = await s.signedUrl('songs//./a.mp3', 60, now);
    expect(url).toMatch(/^\/media\/songs\/a\.mp3\?exp=\d+&sig=[0-9a-f]{64}$/);
    const q = new URLSearchParams(url.split('?')[1]);
    expect(s.verifySignedRequest('songs/a.mp3', q.get('exp'), q.get('sig'), now)).toBe(true);
  });

  it('refuses a non-positive lifetime', async () => {
    await expect(storage.signedUrl('songs/a.mp3', 0)).rejects.toThrow(RangeError);
  });
});

describe('content types', () => {
  it.each([
    ['a.mp3', 'audio/mpeg'],
    ['a.wav', 'audio/wav'],
    ['a.m4a', 'audio/mp4'],
    ['a.aac', 'audio/aac'],
    ['a.ogg', 'audio/ogg'],
    ['a.flac', 'audio/flac'],
    ['x/a.MP4', 'video/mp4'],
    ['a.jpg', 'image/jpeg'],
    ['a.png', 'image/png'],
    ['a.json', 'application/json'],
    ['noext', 'application/octet-stream'],
    ['dir.mp3/file', 'application/octet-stream'],
  ])('%s → %s', (key, type) => {
    expect(contentTypeForKey(key)).toBe(type);
  });
});

describe('normaliseKey', () => {
  it('keeps a clean key and tidies slashes', () => {
    expect(normaliseKey('songs/a.mp3')).toBe('songs/a.mp3');
    expect(normaliseKey('songs/./a.mp3/')).toBe('songs/a.mp3');
  });
});

describe('createMediaStorage', () => {
  it('builds local storage with the given root, secret and base URL', async () => {
    const s = createMediaStorage({ kind: 'local', mediaRoot: root, urlSecret: 'abc', publicBaseUrl: 'http://x' });
    expect(s).toBeInstanceOf(LocalDiskStorage);
    expect(s.kind).toBe('local');
    expect((s as LocalDiskStorage).root).toBe(root);
    expect(await s.signedUrl('a.mp3', 5)).toMatch(/^http:\/\/x\/media\/a\.mp3\?/);
  });

  it('defaults the local root to .data/media', () => {
    const s = createMediaStorage({ kind: 'local', urlSecret: 'abc' }) as LocalDiskStorage;
    expect(s.root).toBe(join(process.cwd(), '.data', 'media'));
  });

  it('builds GCS storage for a bucket', () => {
    const s = createMediaStorage({ kind: 'gcs', gcsBucket: 'bucket-1', gcsApiEndpoint: 'http://127.0.0.1:1' });
    expect(s).toBeInstanceOf(GcsStorage);
    expect(s.kind).toBe('gcs');
  });

  it('explains missing settings', () => {
    expect(() => createMediaStorage({ kind: 'gcs' })).toThrow(/GCS_BUCKET/);
    expect(() => createMediaStorage({ kind: 'local' })).toThrow(/secret/);
    expect(() => createMediaStorage({ kind: 'ftp' } as never)).toThrow(/Unknown storage kind "ftp"/);
  });
});
