/**
 * The code the app loads when first needed. The entry holds the shell and the home page only: React,
 * the session, the router and the home demo from the page's HTML. Everything that talks to the API
 * (Apollo Client, graphql-ws, the typed documents, every other screen) is in `connected.tsx` and the
 * heavier screens' own chunks, so a visitor's first paint of `/` waits for none of it (Lighthouse on
 * `/`: the entry's evaluation and its first render were most of the page's main-thread work).
 */
import { lazy, useState, type ComponentType } from 'react';
import { isChunkedScreen, routeOf, type ChunkedScreen } from '@bachata/core/browser';

/**
 * A page loaded when first needed (React.lazy) that can also be loaded before the first render: a
 * React.lazy component always suspends on its first render, even when its module is already here, so
 * the "Loading…" fallback would paint first and the page a moment later. Once `preload` has resolved,
 * the page renders at once.
 */
export function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = () => (pending ??= load().then((m) => { loaded = m.default; }));
  const Lazy = lazy(load);
  function Page(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount the page.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Page, { preload });
}

/** Every screen but the home page, under the Apollo client (connected.tsx). */
export const ConnectedRoutes = lazyPage(() => import('./connected'));
/** The home demo asked from the API, when the page's HTML did not carry it (the server is still making it). */
export const LiveHomeDemo = lazyPage<object>(async () => ({ default: (await import('./connected')).LiveHomeDemo }));

// The upload path, the player and the class plans are the heavy parts: chunks of their own.
export const Generate = lazyPage(() => import('./pages/Generate'));
export const PlayerPage = lazyPage(() => import('./pages/PlayerPage'));
export const Instructor = lazyPage(() => import('./pages/instructor'));

/** The screens with a chunk of their own (core's `SCREEN_CHUNKS`, which the api names in their HTML): the same keys, checked by the type. */
const CHUNKED: Record<ChunkedScreen, { preload: () => Promise<unknown> }> = { player: PlayerPage, 'player-task': PlayerPage, generate: Generate, instructor: Instructor };

/**
 * The code of the screen the app opens on, fetched before the first render (main.tsx) so that render
 * shows the screen itself, not "Loading…"; null on the home page, which the entry already has. The
 * player's (Generate's, the class plans') chunk is fetched beside the connected one, not after it.
 */
export function preloadRoute(pathname: string): Promise<unknown> | null {
  const { screen } = routeOf(pathname);
  if (screen === 'home') return null;
  const page = isChunkedScreen(screen) ? CHUNKED[screen] : null;
  return Promise.all([ConnectedRoutes.preload(), page?.preload()]);
}
