import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import type { Bucket, Storage, StorageOptions } from '@google-cloud/storage';
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

/**
 * Media in a Google Cloud Storage bucket (production on Cloud Run). Object names are the keys.
 * Uploads use a single multipart request: our largest objects are short rendered videos, well
 * below the size where resumable sessions pay off.
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
    await this.bucket.upload(localPath, {
      destination: k,
      resumable: false,
      // Stored bytes must equal the file's bytes, or sizes and Range offsets stop meaning anything.
      gzip: false,
      metadata: { contentType: contentType ?? contentTypeForKey(k) },
    });
  }

  async putBuffer(key: string, data: Buffer, contentType?: string): Promise<void> {
    const k = normaliseKey(key);
    await this.bucket.file(k).save(data, {
      resumable: false,
      gzip: false,
      metadata: { contentType: contentType ?? contentTypeForKey(k) },
    });
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
