import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Film, GraduationCap, House, Library, Music, User, UserPlus } from 'lucide-react';
import { Link, matchPath, navigate, useLocation } from './router';
import { useSession, useSessionObject } from './auth/AuthContext';
import { useOnline } from './pwa/offline';
import { applyUpdate, onUpdateWaiting } from './pwa/register';
import type { WsHandle } from './apollo';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { Register } from './pages/Register';
import { Profile } from './pages/Profile';
import { Collections } from './pages/Collections';
import { Progress } from './pages/Progress';
import { NotFound } from './pages/NotFound';
import { canSeeInstructorArea } from './pages/instructor/access';
import { History } from './pages/History';

/**
 * A page loaded when first needed (React.lazy) that can also be loaded before the first render: a
 * React.lazy component always suspends on its first render, even when its module is already here, so
 * the "Loading…" fallback would paint first and the page a moment later. Once `preload` has resolved,
 * the page renders at once.
 */
function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
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

// The upload path and the player are the heavy parts: loaded when first needed.
const Generate = lazyPage(() => import('./pages/Generate'));
const PlayerPage = lazyPage(() => import('./pages/PlayerPage'));
const Instructor = lazyPage(() => import('./pages/instructor'));

/**
 * The code of the screen the app opens on (the player, Generate, the class plans), fetched before the
 * first render (main.tsx) so that render shows the screen itself, not "Loading…"; null when the entry
 * already has it.
 */
export function preloadRoute(pathname: string): Promise<unknown> | null {
  if (pathname.startsWith('/play/')) return PlayerPage.preload();
  if (pathname === '/generate') return Generate.preload();
  if (pathname === '/instructor' || pathname.startsWith('/instructor/')) return Instructor.preload();
  return null;
}

type IconType = ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
const NAV: Array<{ to: string; label: string; icon: IconType; auth?: boolean; instructor?: boolean }> = [
  { to: '/', label: 'Home', icon: House },
  { to: '/generate', label: 'Generate', icon: Music, auth: true },
  { to: '/videos', label: 'My videos', icon: Film, auth: true },
  { to: '/collections', label: 'Collection', icon: Library, auth: true },
  { to: '/instructor', label: 'Classes', icon: GraduationCap, auth: true, instructor: true },
  { to: '/profile', label: 'Profile', icon: User, auth: true },
];

function Protected({ children }: { children: ReactNode }) {
  const { user, ready } = useSession();
  const { href } = useLocation();
  useEffect(() => {
    if (ready && !user) navigate(`/login?next=${encodeURIComponent(href)}`, { replace: true });
  }, [ready, user, href]);
  if (!ready) return <p className="muted" role="status">Loading…</p>;
  return user ? <>{children}</> : null;
}

function routeFor(pathname: string, ws: WsHandle): { title: string; el: ReactNode } {
  let p: Record<string, string> | null;
  if (pathname === '/') return { title: 'Home', el: <Home /> };
  if (pathname === '/login') return { title: 'Log in', el: <Login /> };
  if (pathname === '/register') return { title: 'Create account', el: <Register /> };
  if (pathname === '/profile') return { title: 'Profile', el: <Protected><Profile /></Protected> };
  if (pathname === '/generate') return { title: 'Generate', el: <Protected><Generate /></Protected> };
  if (pathname === '/collections') return { title: 'Collection', el: <Protected><Collections /></Protected> };
  if (pathname === '/instructor' || pathname.startsWith('/instructor/')) return { title: 'Class plans', el: <Protected><Instructor pathname={pathname} /></Protected> };
  if (pathname === '/videos') return { title: 'My videos', el: <Protected><History ws={ws} /></Protected> };
  if ((p = matchPath('/tasks/:id', pathname))) return { title: 'Progress', el: <Protected><Progress taskId={p.id} ws={ws} /></Protected> };
  if ((p = matchPath('/play/task/:id', pathname))) return { title: 'Player', el: <Protected><PlayerPage taskId={p.id} /></Protected> };
  if ((p = matchPath('/play/:id', pathname))) return { title: 'Player', el: <Protected><PlayerPage savedId={p.id} /></Protected> };
  return { title: 'Not found', el: <NotFound /> };
}

export function App({ ws }: { ws: WsHandle }) {
  const { pathname } = useLocation();
  const { user } = useSession();
  const session = useSessionObject();
  const online = useOnline();
  const [updateWaiting, setUpdateWaiting] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => onUpdateWaiting(setUpdateWaiting), []);
  const route = routeFor(pathname, ws);
  useEffect(() => {
    document.title = `${route.title} · Bachata Buddy`;
    // After navigation, screen readers and keyboards start at the new page's heading.
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [pathname, route.title]);

  return (
    <div className="layout">
      <a className="skip" href="#main">Skip to content</a>
      <header className="topbar">
        <Link to="/" className="brand"><img src="/icons/icon.svg" alt="" width="28" height="28" /> Bachata Buddy</Link>
        <span className="spacer" />
        {user ? (
          <button type="button" className="btn ghost" onClick={() => { void session.logout(); navigate('/'); }}>Log out</button>
        ) : pathname !== '/login' && <Link to="/login" className="btn ghost">Log in</Link>}
      </header>
      <nav className="nav" aria-label="Main">
        <ul>
          {NAV.filter((n) => (!n.auth || user) && (!n.instructor || canSeeInstructorArea(user))).map((n) => (
            <li key={n.to}>
              <Link to={n.to} activeMatch={n.to === '/' ? '/' : n.to} className="navlink">
                <span className="navicon" aria-hidden="true"><n.icon size={22} aria-hidden="true" /></span><span>{n.label}</span>
              </Link>
            </li>
          ))}
          {!user && <li><Link to="/register" activeMatch="/register" className="navlink"><span className="navicon" aria-hidden="true"><UserPlus size={22} aria-hidden="true" /></span><span>Sign up</span></Link></li>}
        </ul>
      </nav>
      <div className="banners" aria-live="polite">
        {!online && <div className="banner offline" role="status">You are offline. Your collection and kept videos still work; generating and saving need a connection.</div>}
        {updateWaiting && (
          <div className="banner update" role="status">
            A new version of Bachata Buddy is ready. <button type="button" className="btn small" onClick={applyUpdate}>Reload</button>
          </div>
        )}
      </div>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<p className="muted" role="status">Loading…</p>}>{route.el}</Suspense>
      </main>
    </div>
  );
}
