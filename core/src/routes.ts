/**
 * The PWA's paths and screens, shared by the PWA (which screen and title a path is, which code to fetch
 * first) and the api (which chunks to name in a screen's HTML). Pure: no DOM, no Node APIs.
 */

/**
 * The parameters of `pathname` when it matches `pattern` ("/play/:id"), else null. A parameter that is
 * not valid percent-encoding ("/play/%E0") matches nothing: the path is typed by anyone, and the api
 * reads it for every screen's HTML.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = pathname.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) {
      const value = decoded(s[i]);
      if (value === null) return null;
      params[p[i].slice(1)] = value;
    } else if (p[i] !== s[i]) return null;
  }
  return params;
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The app's screens. */
export type Screen =
  | 'home' | 'login' | 'register' | 'profile' | 'generate' | 'collections' | 'instructor' | 'videos'
  | 'progress' | 'player-task' | 'player' | 'not-found';

export interface Route {
  screen: Screen;
  /** the document title's first part */
  title: string;
  /** path parameters (`:id`) */
  params: Record<string, string>;
}

const instructorMatch = (p: string) => (p === '/instructor' || p.startsWith('/instructor/') ? {} : null);

/**
 * The one table of the app's paths: the PWA's App.tsx takes the title from it, connected.tsx the
 * screen, and lazy-pages.tsx which chunk to fetch before the first render; the api names the same
 * chunks in a screen's HTML (api/src/http/pwa-preload.ts, through `SCREEN_CHUNKS`).
 */
const TABLE: Array<[Screen, string, (pathname: string) => Record<string, string> | null]> = [
  ['home', 'Home', (p) => (p === '/' ? {} : null)],
  ['login', 'Log in', (p) => matchPath('/login', p)],
  ['register', 'Create account', (p) => matchPath('/register', p)],
  ['profile', 'Profile', (p) => matchPath('/profile', p)],
  ['generate', 'Generate', (p) => matchPath('/generate', p)],
  ['collections', 'Collection', (p) => matchPath('/collections', p)],
  ['instructor', 'Class plans', instructorMatch],
  ['videos', 'My videos', (p) => matchPath('/videos', p)],
  ['progress', 'Progress', (p) => matchPath('/tasks/:id', p)],
  ['player-task', 'Player', (p) => matchPath('/play/task/:id', p)],
  ['player', 'Player', (p) => matchPath('/play/:id', p)],
];

export function routeOf(pathname: string): Route {
  for (const [screen, title, match] of TABLE) {
    const params = match(pathname);
    if (params) return { screen, title, params };
  }
  return { screen: 'not-found', title: 'Not found', params: {} };
}

/**
 * The screens whose code is a chunk of its own (beside `src/connected.tsx`, which every screen but the
 * home page needs), by their module in the PWA's sources: the key of that chunk in Vite's build
 * manifest. pwa/src/lazy-pages.tsx loads exactly these (its table is typed on this one's keys).
 */
export const SCREEN_CHUNKS = {
  player: 'src/pages/PlayerPage.tsx',
  'player-task': 'src/pages/PlayerPage.tsx',
  generate: 'src/pages/Generate.tsx',
  instructor: 'src/pages/instructor/index.tsx',
} as const satisfies Partial<Record<Screen, string>>;

export type ChunkedScreen = keyof typeof SCREEN_CHUNKS;

/** Whether `screen`'s code is a chunk of its own (one of `SCREEN_CHUNKS`). */
export function isChunkedScreen(screen: Screen): screen is ChunkedScreen {
  return Object.hasOwn(SCREEN_CHUNKS, screen);
}
