import { Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { Film, GraduationCap, House, Library, Music, User, UserPlus } from 'lucide-react';
import { Link, navigate, useLocation } from './router';
import { useSession, useSessionObject } from './auth/AuthContext';
import { useOnline } from './pwa/offline';
import { applyUpdate, onUpdateWaiting } from './pwa/register';
import { Home } from './pages/Home';
import { canSeeInstructorArea } from './pages/instructor/access';
import { ConnectedRoutes } from './lazy-pages';
import { routeOf } from '@bachata/core/browser';

type IconType = ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
const NAV: Array<{ to: string; label: string; icon: IconType; auth?: boolean; instructor?: boolean }> = [
  { to: '/', label: 'Home', icon: House },
  { to: '/generate', label: 'Generate', icon: Music, auth: true },
  { to: '/videos', label: 'My videos', icon: Film, auth: true },
  { to: '/collections', label: 'Collection', icon: Library, auth: true },
  { to: '/instructor', label: 'Classes', icon: GraduationCap, auth: true, instructor: true },
  { to: '/profile', label: 'Profile', icon: User, auth: true },
];

export function App() {
  const { pathname } = useLocation();
  const { user } = useSession();
  const session = useSessionObject();
  const online = useOnline();
  const [updateWaiting, setUpdateWaiting] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => onUpdateWaiting(setUpdateWaiting), []);
  const { title } = routeOf(pathname);
  const navigated = useRef(false);
  useEffect(() => {
    document.title = `${title} · Bachata Buddy`;
    // After navigation, screen readers and keyboards start at the new page's heading. Not on the page
    // the app opens on: there they start at the top anyway, and the focus forced a second style and
    // layout of the whole page right after the first paint (Lighthouse: part of the home page's TBT).
    if (navigated.current) mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    navigated.current = true;
  }, [pathname, title]);

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
        <Suspense fallback={<p className="muted" role="status">Loading…</p>}>{pathname === '/' ? <Home /> : <ConnectedRoutes pathname={pathname} />}</Suspense>
      </main>
    </div>
  );
}
