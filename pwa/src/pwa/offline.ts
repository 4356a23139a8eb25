import { useSyncExternalStore } from 'react';
import { OFFLINE_MEDIA_CACHE, mediaCacheKey } from './cache-names';

export function useOnline(): boolean {
  return useSyncExternalStore((l) => {
    window.addEventListener('online', l); window.addEventListener('offline', l);
    return () => { window.removeEventListener('online', l); window.removeEventListener('offline', l); };
  }, () => navigator.onLine);
}

const own = () => (typeof location === 'undefined' ? undefined : location.origin);

/**
 * "Keep offline": the whole file goes into the media cache; the service worker answers Range requests
 * from it. Media on a storage origin (GCS) is fetched with CORS (the bucket allows the app's origin,
 * deploy/gcs-cors.json), so the cached copy is a readable response, not an opaque one.
 */
export async function keepOffline(urls: Array<string | null | undefined>): Promise<void> {
  const cache = await caches.open(OFFLINE_MEDIA_CACHE);
  for (const url of urls) {
    if (!url) continue;
    const res = await fetch(url, { mode: 'cors', credentials: 'same-origin' });
    if (!res.ok) throw new Error(`Download failed (${res.status})`);
    await cache.put(mediaCacheKey(url, own()), res);
  }
}

export async function isKeptOffline(url: string | null | undefined): Promise<boolean> {
  if (!url || typeof caches === 'undefined') return false;
  const cache = await caches.open(OFFLINE_MEDIA_CACHE);
  return !!(await cache.match(mediaCacheKey(url, own())));
}

export async function forgetOffline(urls: Array<string | null | undefined>): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(OFFLINE_MEDIA_CACHE);
  for (const url of urls) if (url) await cache.delete(mediaCacheKey(url, own()));
}
