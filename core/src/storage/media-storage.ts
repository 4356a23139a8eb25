import type { Readable } from 'node:stream';

export interface StoredObject {
  size: number;
  contentType: string;
}

export interface ByteRange {
  start: number;
  /** inclusive */
  end: number;
}

/**
 * One storage interface for all media (songs, clips, videos, posters), with a local-disk adapter
 * (default, under .data/media) and a Google Cloud Storage adapter. Keys are relative paths such as
 * `songs/abc.mp3` or `output/user_7/x.mp4`; legacy `gs://bucket/...` and absolute media-root paths
 * are normalised by `resolveKey`.
 */
export interface MediaStorage {
  readonly kind: 'local' | 'gcs';
  /** Normalise a stored path (legacy forms included) to a key of this storage. */
  resolveKey(path: string): string;
  putFile(key: string, localPath: string, contentType?: string): Promise<void>;
  putBuffer(key: string, data: Buffer, contentType?: string): Promise<void>;
  /** Download to a local file (the job works on local files). Throws MediaNotFoundError. */
  getToFile(key: string, localPath: string): Promise<void>;
  stat(key: string): Promise<StoredObject | null>;
  createReadStream(key: string, range?: ByteRange): Readable;
  delete(key: string): Promise<void>;
  /**
   * A short-lived URL a browser can fetch without an Authorization header (a <video> element cannot
   * send one). GCS: a V4 signed URL. Local: an api URL with an HMAC signature and expiry.
   * `now` is the signing time (default: the current time): the same key, lifetime and `now` give the
   * same URL, so a caller that signs as of the start of a window hands out one URL for the window.
   */
  signedUrl(key: string, expiresInSeconds: number, now?: Date): Promise<string>;
}

export class MediaNotFoundError extends Error {
  constructor(public readonly key: string) {
    super(`Media file not found: ${key}`);
    this.name = 'MediaNotFoundError';
  }
}

/** A key that would escape the storage root, or is not a usable object name at all. */
export class InvalidMediaKeyError extends Error {
  constructor(
    public readonly key: string,
    reason: string,
  ) {
    super(`Invalid media key "${key}": ${reason}`);
    this.name = 'InvalidMediaKeyError';
  }
}
