import { createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { createReadStream as fsCreateReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat as fsStat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { contentTypeForKey } from './content-types';
import { normaliseKey, resolveLegacyPath } from './keys';
import {
  InvalidMediaKeyError,
  MediaNotFoundError,
  type ByteRange,
  type MediaStorage,
  type StoredObject,
} from './media-storage';

export const DEFAULT_MEDIA_ROOT = '.data/media';

export interface LocalDiskStorageOptions {
  /** directory holding all media; default `.data/media` (relative to the process cwd) */
  root?: string;
  /** HMAC key for signed URLs */
  secret: string;
  /** origin the browser reaches the api on, e.g. `https://api.example.com`; '' → relative URLs */
  publicBaseUrl?: string;
}

function isNotFound(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Encode each segment but keep the slashes, so the URL path mirrors the key. */
export function encodeKeyForUrl(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

function checkRange(range: ByteRange | undefined): void {
  if (!range) return;
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`Invalid byte range ${start}-${end}`);
  }
}

/**
 * Media on the local disk, for development and single-machine installs. Every write goes to a
 * temporary file next to the target and is renamed into place, so a reader (or a crash) never sees
 * half a video.
 */
export class LocalDiskStorage implements MediaStorage {
  readonly kind = 'local' as const;
  readonly root: string;
  /** imported once: a string key is re-imported on every createHmac call, per signed URL */
  private readonly hmacKey: KeyObject;
  private readonly publicBaseUrl: string;

  constructor(options: LocalDiskStorageOptions) {
    if (!options?.secret) throw new Error('LocalDiskStorage needs a secret to sign media URLs');
    this.root = resolve(options.root || DEFAULT_MEDIA_ROOT);
    this.hmacKey = createSecretKey(Buffer.from(options.secret, 'utf8'));
    this.publicBaseUrl = (options.publicBaseUrl ?? '').replace(/\/+$/, '');
  }

  resolveKey(path: string): string {
    return resolveLegacyPath(path, [this.root]);
  }

  /** Absolute file path of a key, refusing anything that would land outside the root. */
  pathFor(key: string): string {
    let k = key;
    if (typeof k === 'string' && isAbsolute(k)) {
      const rel = relative(this.root, resolve(k));
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        throw new InvalidMediaKeyError(key, `absolute path outside the media root ${this.root}`);
      }
      k = rel.split(sep).join('/');
    }
    const full = join(this.root, ...normaliseKey(k).split('/'));
    // normaliseKey already refuses "..", this is the belt to its braces.
    if (!full.startsWith(this.root + sep)) throw new InvalidMediaKeyError(key, 'outside the media root');
    return full;
  }

  /** A sibling temp name: same directory, so the final rename never crosses a filesystem. */
  private tempFor(target: string): string {
    return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  }

  private async writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
    await mkdir(dirname(target), { recursive: true });
    const tmp = this.tempFor(target);
    try {
      await write(tmp);
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
  }

  async putFile(key: string, localPath: string, _contentType?: string): Promise<void> {
    const target = this.pathFor(key);
    await this.writeAtomically(target, (tmp) => copyFile(localPath, tmp));
  }

  async putBuffer(key: string, data: Buffer, _contentType?: string): Promise<void> {
    const target = this.pathFor(key);
    await this.writeAtomically(target, (tmp) => writeFile(tmp, data));
  }

  async getToFile(key: string, localPath: string): Promise<void> {
    const source = this.pathFor(key);
    if (!(await this.stat(key))) throw new MediaNotFoundError(key);
    const target = resolve(localPath);
    try {
      await this.writeAtomically(target, (tmp) => copyFile(source, tmp));
    } catch (err) {
      // deleted between stat and copy
      if (isNotFound(err)) throw new MediaNotFoundError(key);
      throw err;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    const path = this.pathFor(key);
    try {
      const s = await fsStat(path);
      if (!s.isFile()) return null;
      return { size: s.size, contentType: contentTypeForKey(path) };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  /** `range.end` is inclusive, as in HTTP Range and fs.createReadStream. A missing file errors the stream with MediaNotFoundError. */
  createReadStream(key: string, range?: ByteRange): Readable {
    const path = this.pathFor(key);
    checkRange(range);
    const out = new PassThrough();
    const source = fsCreateReadStream(path, range ? { start: range.start, end: range.end } : {});
    source.on('error', (err) => out.destroy(isNotFound(err) ? new MediaNotFoundError(key) : err));
    // The consumer going away (client closed the connection) must close the file too.
    out.on('close', () => source.destroy());
    source.pipe(out);
    return out;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }

  private signature(key: string, exp: number): string {
    // The newline keeps key and expiry apart: "a.mp3"+"17…" can never collide with "a.mp"+"317…".
    return createHmac('sha256', this.hmacKey).update(`${key}\n${exp}`).digest('hex');
  }

  /** `${publicBaseUrl}/media/<key>?exp=<unix seconds>&sig=<hex HMAC-SHA256>` */
  /** `now`: a Date or epoch milliseconds (Date.now()); for tests. */
  async signedUrl(key: string, expiresInSeconds: number, now: Date | number = Date.now()): Promise<string> {
    const k = normaliseKey(key);
    if (!Number.isFinite(expiresInSeconds) || expiresInSeconds <= 0) {
      throw new RangeError(`expiresInSeconds must be positive, got ${expiresInSeconds}`);
    }
    const exp = Math.floor(new Date(now).getTime() / 1000) + Math.ceil(expiresInSeconds);
    return `${this.publicBaseUrl}/media/${encodeKeyForUrl(k)}?exp=${exp}&sig=${this.signature(k, exp)}`;
  }

  /**
   * Check the `exp` and `sig` query parameters of a `/media/<key>` request. `key` is the decoded
   * path after `/media/`. Never throws: anything malformed is simply not a valid signature.
   * `now`: a Date or epoch milliseconds (Date.now()).
   */
  verifySignedRequest(key: string, exp: string | number | undefined | null, sig: string | undefined | null, now: Date | number = Date.now()): boolean {
    let k: string;
    try {
      k = normaliseKey(key);
    } catch {
      return false;
    }
    const expStr = String(exp ?? '');
    if (!/^\d{1,12}$/.test(expStr) || typeof sig !== 'string' || !/^[0-9a-f]{64}$/i.test(sig)) return false;
    const expNum = Number(expStr);
    if (expNum <= Math.floor(new Date(now).getTime() / 1000)) return false;
    const expected = Buffer.from(this.signature(k, expNum), 'hex');
    return timingSafeEqual(expected, Buffer.from(sig, 'hex'));
  }
}
