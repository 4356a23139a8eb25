import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { Session, SessionView } from './session';

const Ctx = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  useEffect(() => {
    const onStorage = (e: StorageEvent) => session.onStorage(e);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [session]);
  return <Ctx.Provider value={session}>{children}</Ctx.Provider>;
}

export function useSessionObject(): Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('SessionProvider missing');
  return s;
}

/** The user and readiness; a token refresh alone does not re-render (session.current has the token). */
export function useSession(): SessionView {
  const s = useSessionObject();
  return useSyncExternalStore((l) => s.subscribe(l), () => s.view);
}
