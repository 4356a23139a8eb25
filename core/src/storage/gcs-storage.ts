import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import type { Bucket, PreconditionOptions, Storage, StorageOptions } from '@google-cloud/storage';
import { contentTypeForKey } from './content-types';
import { normaliseKey, resolveLegacyPath } from './keys';
import { MediaNotFoundError, type ByteRange, type MediaStorage, type StoredObject } from './media-storage';

/** GCS refuses V4 signatures that live longer than a week. */
export const MAX_SIGNED_URL_SECONDS = 7 * 24 * 60 * 60;

export interface GcsStorageOptions {
  bucket: string;
  /** e.g. `http://127.0.0.1:4443` for an emulator or a test double; '' → Google's endpoint */
  apiEndpoint?: string;
  projectId?: string;
  /**
   * Service-account key material. Leave unset in production: the client then finds credentials
   * the usual way (GOOGLE_APPLICATION_CREDENTIALS, the metadata server on Cloud Run).
   */
  credentials?: { client_email: string; private_key: string };
  /** an already configured client (shares its connection pool with other users) */
  storage?: Storage;
}

function httpStatus(err: unknown): number | undefined {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

const PRECONDITION_FAILED = 412;

async function md5OfFile(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

/**
 * Media in a Google Cloud Storage bucket (production on Cloud Run). Object names are the keys.
 * Uploads use a single multipart request: our largest objects are short rendered videos, well
 * below the size where resumable sessions pay off.
 *
 * Every upload carries an `ifGenerationMatch` precondition. Without one the client library never
 * retries an upload (a retry could write twice) and, worse, switches retries off on the shared client
 * for every later request. With it, a transient 503 is retried, and a retry of a write that had in fact
 * landed fails its precondition instead of writing again (we then find our own bytes and are done).
 */
export class GcsStorage implements MediaStorage {
  readonly kind = 'gcs' as const;
  readonly bucketName: string;
  private readonly bucket: Bucket;

  constructor(options: GcsStorageOptions) {
    if (!options?.bucket) throw new Error('GcsStorage needs a bucket name (GCS_BUCKET)');
    this.bucketName = options.bucket;
    let storage = options.storage;
    if (!storage) {
      // Required here, not at the top: every user of @bachata/core would otherwise load the whole
      // GCS client (and its HTTP stack) even when media lives on the local disk.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Storage: StorageClient } = require('@google-cloud/storage') as typeof import('@google-cloud/storage');
      const clientOptions: StorageOptions = {};
      if (options.apiEndpoint) clientOptions.apiEndpoint = options.apiEndpoint;
      if (options.projectId) clientOptions.projectId = options.projectId;
      if (options.credentials) clientOptions.credentials = options.credentials;
      storage = new StorageClient(clientOptions);
    }
    this.bucket = storage.bucket(options.bucket);
  }

  resolveKey(path: string): string {
    return resolveLegacyPath(path);
  }

  async putFile(key: string, localPath: string, contentType?: string): Promise<void> {
    const k = normaliseKey(key);
    await this.write(k, () => md5OfFile(localPath), (preconditionOpts) => this.bucket.upload(localPath, {
      destination: k,
      resumable: false,
      // Stored bytes must equal the file's bytes, or sizes and Range offsets stop meaning anything.
      gzip: false,
      metadata: { contentType: contentType ?? contentTypeForKey(k) },
      preconditionOpts,
    }).then(() => undefined));
  }

  async putBuffer(key: string, data: Buffer, contentType?: string): Promise<void> {
    const k = normaliseKey(key);
    await this.write(k, async () => createHash('md5').update(data).digest('base64'), (preconditionOpts) => this.bucket.file(k).save(data, {
      resumable: false,
      gzip: false,
      metadata: { contentType: contentType ?? contentTypeForKey(k) },
      preconditionOpts,
    }));
  }

  /**
   * Create-only first (`ifGenerationMatch: 0`, one request for a new key). When the object exists —
   * put there by an earlier attempt of this very write, or an older version — the stored MD5 tells
   * which: our bytes mean done; other bytes are replaced under a precondition on the generation we saw.
   */
  private async write(k: string, md5: () => Promise<string>, upload: (pre: PreconditionOptions) => Promise<void>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      let generation = 0;
      if (attempt > 0) {
        const [metadata] = await this.bucket.file(k).getMetadata().catch((err: unknown) => {
          if (httpStatus(err) === 404) return [{ generation: 0, md5Hash: undefined }];
          throw err;
        });
        if (metadata.md5Hash && metadata.md5Hash === (await md5())) return;
        generation = Number(metadata.generation ?? 0);
      }
      try {
        await upload({ ifGenerationMatch: generation });
        return;
      } catch (err) {
        // Two rounds: create, then overwrite what we saw; a third 412 means someone else keeps writing.
        if (httpStatus(err) !== PRECONDITION_FAILED || attempt >= 2) throw err;
      }
    }
  }

  async getToFile(key: string, localPath: string): Promise<void> {
    const k = normaliseKey(key);
    const target = resolve(localPath);
    await mkdir(dirname(target), { recursive: true });
    // Download next to the target and rename, so a failed download leaves no truncated file behind.
    const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await this.bucket.file(k).download({ destination: tmp });
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      if (httpStatus(err) === 404) throw new MediaNotFoundError(k);
      throw err;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    const k = normaliseKey(key);
    try {
      const [metadata] = await this.bucket.file(k).getMetadata();
      return {
        size: Number(metadata.size ?? 0),
        contentType: metadata.contentType || contentTypeForKey(k),
      };
    } catch (err) {
      if (httpStatus(err) === 404) return null;
      throw err;
    }
  }

  /** `range.end` is inclusive. A missing object errors the stream with MediaNotFoundError. */
  createReadStream(key: string, range?: ByteRange): Readable {
    const k = normaliseKey(key);
    if (range && (!Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.end < range.start)) {
      throw new RangeError(`Invalid byte range ${range.start}-${range.end}`);
    }
    const source = this.bucket.file(k).createReadStream(range ? { start: range.start, end: range.end } : {});
    const out = new PassThrough();
    source.on('error', (err) => out.destroy(httpStatus(err) === 404 ? new MediaNotFoundError(k) : err));
    out.on('close', () => source.destroy());
    source.pipe(out);
    return out;
  }

  async delete(key: string): Promise<void> {
    await this.bucket.file(normaliseKey(key)).delete({ ignoreNotFound: true });
  }

  /** A V4 signed GET URL, valid without any Google credentials on the browser side. */
  async signedUrl(key: string, expiresInSeconds: number, now: Date = new Date()): Promise<string> {
    const k = normaliseKey(key);
    if (!Number.isFinite(expiresInSeconds) || expiresInSeconds <= 0 || expiresInSeconds > MAX_SIGNED_URL_SECONDS) {
      throw new RangeError(`expiresInSeconds must be between 1 and ${MAX_SIGNED_URL_SECONDS}, got ${expiresInSeconds}`);
    }
    const [url] = await this.bucket.file(k).getSignedUrl({
      version: 'v4',
      action: 'read',
      accessibleAt: now,
      expires: now.getTime() + Math.ceil(expiresInSeconds) * 1000,
    });
    return url;
  }
}
