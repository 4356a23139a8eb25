import { mediaCacheKey } from './cache-names';

export interface MediaRouteDeps {
  /** the offline-media cache (the page put the kept files there) */
  cache: Pick<Cache, 'match'>;
  ownOrigin: string;
  network: (request: Request) => Promise<Response>;
  /** cuts the asked byte range from a full response (workbox's createPartialResponse) */
  partial: (request: Request, full: Response) => Promise<Response>;
}

/**
 * Kept media first, the network otherwise. <video> asks for byte ranges, also for a file on another
 * origin; a kept file answers them from its full copy, so seeking works offline. The response of
 * a cross-origin file was fetched with CORS when kept, so the page may use it for any request mode.
 */
export async function answerMediaRequest(request: Request, deps: MediaRouteDeps): Promise<Response> {
  const kept = await deps.cache.match(mediaCacheKey(request.url, deps.ownOrigin));
  if (!kept) return deps.network(request);
  return request.headers.has('range') ? deps.partial(request, kept) : kept;
}
