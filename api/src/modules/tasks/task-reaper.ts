import type { Pool } from 'pg';
import type { Logger } from '../../logger';

export const STALE_TASK_MESSAGE = 'The generation stopped responding';

/** Marks tasks `failed` that are `running` with no update for `staleAfterSeconds`. Returns how many. */
export async function reapStaleTasks(pool: Pool, staleAfterSeconds: number): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE choreography_tasks SET status = 'failed', stage = 'failed', message = $1,
       error = 'No progress for ' || $2::int || ' seconds', updated_at = now()
     WHERE status = 'running' AND updated_at < now() - make_interval(secs => $2::int)`,
    [STALE_TASK_MESSAGE, staleAfterSeconds]);
  return rowCount ?? 0;
}

export function startTaskReaper(pool: Pool, staleAfterSeconds: number, intervalSeconds: number, log: Logger): () => void {
  const timer = setInterval(() => {
    reapStaleTasks(pool, staleAfterSeconds)
      .then((n) => { if (n) log.warn('reaped stale tasks', { count: n }); })
      .catch((e) => log.error('task reaper failed', { error: e }));
  }, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
