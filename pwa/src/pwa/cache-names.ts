/** Shared by the page and the service worker. */
export const OFFLINE_MEDIA_CACHE = 'offline-media-v1';
export const SHARED_FILES_CACHE = 'shared-files-v1';

/**
 * Media URLs carry a signature that changes with every API answer (the api's HMAC, or a GCS V4
 * signature), so the cache key leaves the query out: the path names the file on our own origin,
 * origin and path on a storage origin (media in GCS lives on storage.googleapis.com).
 */
export function mediaCacheKey(url: string, ownOrigin = 'http://x'): string {
  const u = new URL(url, ownOrigin);
  return u.origin === new URL(ownOrigin).origin ? u.pathname : `${u.origin}${u.pathname}`;
}

/**
 * A request the kept-media route answers: signed /media/ files (here, or under PUBLIC_BASE_URL on
 * another origin), or signed objects of a storage bucket.
 */
export function isMediaUrl(url: URL, ownOrigin: string): boolean {
  if (url.pathname.startsWith('/media/')) return true;
  if (url.origin === ownOrigin) return false;
  return url.searchParams.has('X-Goog-Signature') || url.hostname === 'storage.googleapis.com' || url.hostname.endsWith('.storage.googleapis.com');
}
