/// <reference lib="webworker" />
/**
 * The service worker. Rules:
 * - the app shell is precached (list injected at build time) and navigation falls back to index.html;
 * - GraphQL is network only: mutations must never be answered from a cache (offline reads come from the
 *   persisted Apollo cache in the page, not from here);
 * - media (/media/… here, or signed objects on a storage origin such as storage.googleapis.com) is
 *   served from the "offline-media" cache only when the dancer pressed "Keep offline" (the page puts the
 *   file there itself); Range requests are answered from the cached full response, which <video> needs
 *   for seeking;
 * - POST /share-target (manifest share_target) keeps the shared audio and opens the upload screen.
 */
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { NetworkOnly, NetworkFirst } from 'workbox-strategies';
import { createPartialResponse } from 'workbox-range-requests';
import { OFFLINE_MEDIA_CACHE, SHARED_FILES_CACHE, isMediaUrl } from './pwa/cache-names';
import { answerMediaRequest } from './pwa/media-route';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// The page asks the waiting worker to take over when the dancer accepts the update.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// SPA navigation: the precached index.html, except API and media paths.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), {
  denylist: [/^\/graphql/, /^\/api\//, /^\/media\//, /^\/share-target/],
}));

registerRoute(({ url }) => url.pathname === '/graphql', new NetworkOnly(), 'POST');
registerRoute(({ url }) => url.pathname === '/graphql', new NetworkOnly(), 'GET');
registerRoute(({ url }) => url.pathname.startsWith('/api/'), new NetworkOnly(), 'POST');

// Kept media: matched by origin and path (the signature in the query changes with every API answer).
// <video> asks for byte ranges; workbox's createPartialResponse (the core of RangeRequestsPlugin) cuts
// them from the cached full file, so seeking works offline, for GCS URLs as for our own.
registerRoute(({ url }) => isMediaUrl(url, self.location.origin), async ({ request }) => answerMediaRequest(request, {
  cache: await caches.open(OFFLINE_MEDIA_CACHE),
  ownOrigin: self.location.origin,
  network: (r) => fetch(r),
  partial: createPartialResponse,
}));

// Icons and other same-origin GETs not in the precache (e.g. screenshots): fresh when online.
registerRoute(({ url, request }) => url.origin === self.location.origin && request.destination === 'image', new NetworkFirst({ cacheName: 'images' }));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.pathname !== '/share-target') return;
  event.respondWith((async () => {
    const form = await event.request.formData();
    const file = form.getAll('audio').find((f): f is File => f instanceof File);
    if (file) {
      const cache = await caches.open(SHARED_FILES_CACHE);
      await cache.put('/shared/audio', new Response(file, { headers: { 'content-type': file.type, 'x-file-name': encodeURIComponent(file.name) } }));
    }
    return Response.redirect('/generate?shared=1', 303);
  })());
});
