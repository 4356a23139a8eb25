/** A tiny history router: the app has a handful of routes and needs no library for them. */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(to: string, opts: { replace?: boolean } = {}) {
  if (opts.replace) history.replaceState(null, '', to); else history.pushState(null, '', to);
  notify();
  window.scrollTo?.(0, 0);
}

export function useLocation(): { pathname: string; search: URLSearchParams; href: string } {
  const href = useSyncExternalStore((l) => { listeners.add(l); return () => listeners.delete(l); }, () => location.pathname + location.search);
  const url = new URL(href, 'http://x');
  return { pathname: url.pathname, search: url.searchParams, href };
}

/** Matches "/tasks/:id" style patterns; returns the params or null (the route table's own, in core). */
export { matchPath } from '@bachata/core/browser';

export function Link({ to, activeMatch, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; activeMatch?: string }) {
  const { pathname } = useLocation();
  const active = activeMatch ? pathname === activeMatch || pathname.startsWith(activeMatch + '/') : false;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={onClick} aria-current={active ? 'page' : undefined} {...rest} />;
}
