/** Shared by the page and the service worker. */
export const OFFLINE_MEDIA_CACHE = 'offline-media-v1';
export const SHARED_FILES_CACHE = 'shared-files-v1';

/** Media URLs carry a signature that changes with every API answer; the path names the file. */
export function mediaCacheKey(url: string): string {
  const u = new URL(url, 'http://x');
  return u.pathname;
}
