import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Session } from './auth/session';
import { SessionProvider } from './auth/AuthContext';
import { CACHE_KEY } from './cache-key';
import { registerServiceWorker } from './pwa/register';
import { App } from './App';
import { preloadRoute } from './lazy-pages';
import './styles.css';
import './pages/instructor/instructor.css';
import './components/describe-it.css';

const session = new Session({
  endpoint: '/graphql',
  storage: localStorage,
  channel: 'BroadcastChannel' in window ? new BroadcastChannel('bb-session') : null,
  locks: navigator.locks ? { request: (name, cb) => navigator.locks.request(name, cb) } : null,
});
// Logged out: the stored Apollo cache goes (connected.tsx empties the client's, when it is loaded).
session.subscribe((s) => { if (s.ready && !s.user) localStorage.removeItem(CACHE_KEY); });
// A returning dancer's session is ready at once with the stored profile (the refresh runs meanwhile),
// and the cache connected.tsx restores holds their lists: the first render is the screen itself.
void session.restore();
registerServiceWorker();

const render = () => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider session={session}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
// Opening anywhere but the home page: the connected chunk (and the player's, Generate's, …) first, then
// one render. When a chunk cannot load, render anyway: the page's Suspense fallback and error show as before.
const opening = preloadRoute(location.pathname);
if (opening) void opening.catch(() => undefined).then(render); else render();
