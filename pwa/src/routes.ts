import { matchPath } from './router';

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
 * The one table of the app's paths: App.tsx takes the title from it, connected.tsx the screen, and
 * lazy-pages.tsx which chunk to fetch before the first render. (The api names the same chunks in a
 * screen's HTML and keeps its own copy of the three chunked screens' paths: api/src/http/pwa-preload.ts.)
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
