/**
 * Everything that talks to the API, in one chunk the home page does not load: the Apollo client (HTTP
 * through the session's refreshing fetch, graphql-ws, the cache persisted in localStorage) and every
 * screen but the home page. main.tsx fetches it before the first render when the app opens elsewhere.
 */
import { useEffect, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { navigate, useLocation } from './router';
import { routeOf } from '@bachata/core/browser';
import { useSession, useSessionObject } from './auth/AuthContext';
import type { Session } from './auth/session';
import { createApollo, createCache, createWs, persistCache, restoreCache, type WsHandle } from './apollo';
import { Generate, Instructor, PlayerPage } from './lazy-pages';
import { Login } from './pages/Login';
import { Register } from './pages/Register';
import { Profile } from './pages/Profile';
import { Collections } from './pages/Collections';
import { Progress } from './pages/Progress';
import { NotFound } from './pages/NotFound';
import { History } from './pages/History';
import { HomeDemoLive } from './pages/HomeDemoLive';

type Connection = { client: ReturnType<typeof createApollo>; ws: WsHandle };
let connection: { session: Session; value: Connection } | null = null;

/** The one client of this page, made on first use (it restores the cache the last visit kept). */
function connectionFor(session: Session): Connection {
  if (connection?.session === session) return connection.value;
  const ws = createWs(session, `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`);
  const cache = createCache();
  restoreCache(cache, localStorage);
  persistCache(cache, localStorage);
  const client = createApollo(session, ws, cache);
  // A new access token (refresh, login, another tab) → the socket reconnects with it. Logged out → the
  // cache is emptied (main.tsx removes its stored copy, also when this chunk was never loaded).
  let lastToken = session.current.accessToken;
  session.subscribe((s) => {
    if (s.accessToken !== lastToken) { lastToken = s.accessToken; ws.restart(); }
    if (s.ready && !s.user) void client.clearStore();
  });
  connection = { session, value: { client, ws } };
  return connection.value;
}

function Connected({ children }: { children: ReactNode }) {
  return <ApolloProvider client={connectionFor(useSessionObject()).client}>{children}</ApolloProvider>;
}

function Protected({ children }: { children: ReactNode }) {
  const { user, ready } = useSession();
  const { href } = useLocation();
  useEffect(() => {
    if (ready && !user) navigate(`/login?next=${encodeURIComponent(href)}`, { replace: true });
  }, [ready, user, href]);
  if (!ready) return <p className="muted" role="status">Loading…</p>;
  return user ? <>{children}</> : null;
}

function routeElement(pathname: string, ws: WsHandle): ReactNode {
  const { screen, params } = routeOf(pathname);
  switch (screen) {
    case 'login': return <Login />;
    case 'register': return <Register />;
    case 'profile': return <Protected><Profile /></Protected>;
    case 'generate': return <Protected><Generate /></Protected>;
    case 'collections': return <Protected><Collections /></Protected>;
    case 'instructor': return <Protected><Instructor pathname={pathname} /></Protected>;
    case 'videos': return <Protected><History ws={ws} /></Protected>;
    case 'progress': return <Protected><Progress taskId={params.id} ws={ws} /></Protected>;
    case 'player-task': return <Protected><PlayerPage taskId={params.id} /></Protected>;
    case 'player': return <Protected><PlayerPage savedId={params.id} /></Protected>;
    default: return <NotFound />; // 'home' is App.tsx's own
  }
}

/** Every screen but the home page (App.tsx renders that one itself). */
export default function ConnectedRoutes({ pathname }: { pathname: string }) {
  const session = useSessionObject();
  return <Connected>{routeElement(pathname, connectionFor(session).ws)}</Connected>;
}

/** The home demo from the API (polled while the server makes it), when the page's HTML did not carry it. */
export function LiveHomeDemo() {
  return <Connected><HomeDemoLive /></Connected>;
}
