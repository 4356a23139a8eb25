import type { Pool } from 'pg';
import type { JobRunner } from '../../jobs/job-runner';
import type { Logger } from '../../logger';

export const STALE_TASK_MESSAGE = 'The generation stopped responding';
export const NEVER_STARTED_MESSAGE = 'The video job did not start. Please try again.';

export interface ReapOptions {
  /** a task handed to a job (job_execution_name set) still `started` after this long never began */
  startTimeoutSeconds?: number;
  /** stops the reaped tasks' executions: kills the hung process, cancels the Cloud Run execution */
  runner?: JobRunner;
  log?: Logger;
}

/**
 * Fails the tasks whose job is lost: `running` with no update for `staleAfterSeconds` (hung), or
 * handed to a job that never began for `startTimeoutSeconds` (a Cloud Run execution that never
 * started, a local process stuck before its first write). Their executions are stopped too, so a
 * hung process does not hold a job slot. Returns how many were reaped.
 */
export async function reapStaleTasks(pool: Pool, staleAfterSeconds: number, o: ReapOptions = {}): Promise<number> {
  const { rows } = await pool.query(
    `UPDATE choreography_tasks SET status = 'failed', stage = 'failed',
       message = CASE WHEN status = 'running' THEN $1 ELSE $3 END,
       error = CASE WHEN status = 'running' THEN 'No progress for ' || $2::int || ' seconds'
                    ELSE 'The job execution ' || job_execution_name || ' did not start within ' || $4::int || ' seconds' END,
       updated_at = now()
     WHERE (status = 'running' AND updated_at < now() - make_interval(secs => $2::int))
        OR (status IN ('started', 'pending') AND job_execution_name IS NOT NULL AND updated_at < now() - make_interval(secs => $4::int))
     RETURNING task_id, job_execution_name`,
    [STALE_TASK_MESSAGE, staleAfterSeconds, NEVER_STARTED_MESSAGE, o.startTimeoutSeconds ?? 600]);
  if (o.runner) {
    for (const r of rows) {
      try {
        await o.runner.cancel({ taskId: r.task_id, executionName: r.job_execution_name });
      } catch (e) {
        o.log?.warn('could not stop a reaped task\'s execution', { taskId: r.task_id, error: e });
      }
    }
  }
  return rows.length;
}

export function startTaskReaper(pool: Pool, staleAfterSeconds: number, intervalSeconds: number, log: Logger, o: Omit<ReapOptions, 'log'> = {}): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    reapStaleTasks(pool, staleAfterSeconds, { ...o, log })
      .then((n) => { if (n) log.warn('reaped stale tasks', { count: n }); })
      .catch((e) => log.warn('task reaper failed', { error: e }))
      .finally(() => { running = false; });
  }, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
