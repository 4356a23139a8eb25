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
    return this.storage.signedUrl(this.storage.resolveKey(path), this.ttlSeconds, signingTime(this.ttlSeconds));
  }

  /**
   * The same answers, each file looked up at most once per request: videoStatus and videoUrl of one
   * item share a stat. Nothing outlives the request, so a file removed since is missing on the next one.
   */
  forRequest(): MediaService {
    const seen = new Map<string, Promise<boolean>>();
    const view = Object.create(this) as MediaService;
    view.exists = (path: string) => {
      let hit = seen.get(path);
      if (!hit) seen.set(path, (hit = this.exists(path)));
      return hit;
    };
    return view;
  }
}

/**
 * URLs are signed as of the start of the current window of a quarter of their lifetime: every answer in
 * that window hands out the same URL for a file, so the browser's HTTP cache (the media route sends
 * `Cache-Control: private, max-age=3600`) keeps a poster or a video across visits and re-renders instead
 * of fetching it again under a new signature. Each URL stays valid for at least three quarters of
 * `MEDIA_URL_TTL_SECONDS` after it is handed out, and never longer than the TTL after its window began.
 */
export function signingTime(ttlSeconds: number, nowMs = Date.now()): Date {
  const window = Math.max(1, Math.floor(ttlSeconds / 4));
  return new Date(Math.floor(nowMs / 1000 / window) * window * 1000);
}

const perRequest = new WeakMap<object, MediaService>();

/** The request's (or subscription operation's) own view of the media service; see forRequest. */
export function requestMedia(ctx: { services: { media: MediaService } }): MediaService {
  let media = perRequest.get(ctx);
  if (!media) perRequest.set(ctx, (media = ctx.services.media.forRequest()));
  return media;
}
