import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { Session } from './auth/session';
import { SessionProvider } from './auth/AuthContext';
import { createApollo, createCache, createWs, persistCache, restoreCache, CACHE_KEY } from './apollo';
import { registerServiceWorker } from './pwa/register';
import { App, preloadRoute } from './App';
import './styles.css';
import './pages/instructor/instructor.css';
import './components/describe-it.css';

const session = new Session({
  endpoint: '/graphql',
  storage: localStorage,
  channel: 'BroadcastChannel' in window ? new BroadcastChannel('bb-session') : null,
  locks: navigator.locks ? { request: (name, cb) => navigator.locks.request(name, cb) } : null,
});
const ws = createWs(session, `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`);
const cache = createCache();
restoreCache(cache, localStorage);
persistCache(cache, localStorage);
const client = createApollo(session, ws, cache);

// A new access token (refresh, login, another tab) → the socket reconnects with it.
let lastToken: string | null = null;
session.subscribe((s) => {
  if (s.accessToken !== lastToken) { lastToken = s.accessToken; ws.restart(); }
  if (s.ready && !s.user) { localStorage.removeItem(CACHE_KEY); void client.clearStore(); }
});
// A returning dancer's session is ready at once with the stored profile (the refresh runs meanwhile),
// and the restored cache holds their lists: the first render is the screen itself.
void session.restore();
registerServiceWorker();

const render = () => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider session={session}>
      <ApolloProvider client={client}>
        <App ws={ws} />
      </ApolloProvider>
    </SessionProvider>
  </StrictMode>,
);
// Opening on the player (or another screen with its own chunk): its code first, then one render. When
// the chunk cannot load, render anyway: the page's Suspense fallback and error show as before.
const opening = preloadRoute(location.pathname);
if (opening) void opening.catch(() => undefined).then(render); else render();
