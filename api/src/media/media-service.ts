import type { MediaStorage } from '@bachata/core';

/**
 * Media reaches browsers only through short-lived signed URLs, and resolvers only hand those out after
 * their owner checks: a URL is the proof that its holder may read that one file until it expires.
 */
export class MediaService {
  constructor(private readonly storage: MediaStorage, private readonly ttlSeconds: number) {}

  async exists(path: string): Promise<boolean> {
    try {
      return (await this.storage.stat(this.storage.resolveKey(path))) !== null;
    } catch {
      return false;
    }
  }

  /** A signed URL, or null when the file is missing (a clear "missing" state instead of a broken link). */
  async urlIfExists(path: string): Promise<string | null> {
    if (!(await this.exists(path))) return null;
    return this.storage.signedUrl(this.storage.resolveKey(path), this.ttlSeconds);
  }
}
