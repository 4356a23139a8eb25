import type { Request, Response } from 'express';
import { pendingMigrations } from '../db/orm';
import type { AppServices } from '../services';

/** How long /readyz waits for the database before it answers "unreachable". */
const READY_TIMEOUT_MS = 2000;

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

/** Liveness: the process answers (no database involved, so an outage does not get it restarted). */
export function healthHandler() {
  return (_req: Request, res: Response) => { res.json({ status: 'ok' }); };
}

/**
 * Readiness: the api can serve requests now. False (503) while the database is away, while the
 * LISTEN connection behind live task updates is down (it reconnects by itself) and while
 * migrations are pending; true again within a second or two of the database coming back.
 */
export function readinessHandler(services: AppServices) {
  let migrationsApplied = false;
  return async (_req: Request, res: Response) => {
    try {
      await within(services.pool.query('SELECT 1'), READY_TIMEOUT_MS);
      if (!migrationsApplied) {
        const pending = await within(pendingMigrations(services.orm), READY_TIMEOUT_MS);
        if (pending.length) { res.status(503).json({ status: 'migrations pending', pending }); return; }
        migrationsApplied = true; // the schema does not go back: one check per process is enough
      }
    } catch {
      res.status(503).json({ status: 'database unreachable' });
      return;
    }
    if (!services.taskUpdates.connected) { res.status(503).json({ status: 'task updates reconnecting' }); return; }
    res.json({ status: 'ready' });
  };
}
