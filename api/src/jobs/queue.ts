/**
 * The video queue is the `choreography_tasks` rows in status `started` (the old app's `pending`)
 * that no job has claimed yet (`job_execution_name` empty). One statement claims the next one:
 *
 * - fair between dancers: each dancer's oldest waiting task is a candidate, and the candidate of the
 *   dancer with the fewest running tasks, then the one served longest ago (`task_queue_turns`, never
 *   served first), wins. So dancers take turns: one dancer's queue never delays another's video by
 *   more than one turn per dancer waiting, however long it is.
 * - in order within a dancer: oldest first.
 * - claimed once: the UPDATE only takes a row still unclaimed, so two apis on one database cannot
 *   both start it (and the job's lease would refuse the second anyway).
 *
 * $1: task ids this runner already runs; $2: the claim mark written to job_execution_name.
 * The measurement behind keeping this instead of a queue library is in docs/benchmarks.md.
 */
export const CLAIM_NEXT_TASK_SQL = `
WITH candidates AS (
  SELECT DISTINCT ON (t.user_id) t.task_id, t.user_id, t.created_at
  FROM choreography_tasks t
  WHERE t.status IN ('started', 'pending') AND t.job_execution_name IS NULL AND NOT (t.task_id = ANY($1::varchar[]))
  ORDER BY t.user_id, t.created_at, t.task_id
), next AS (
  SELECT c.task_id FROM candidates c
  LEFT JOIN task_queue_turns q ON q.user_id = c.user_id
  ORDER BY (SELECT count(*) FROM choreography_tasks r WHERE r.user_id = c.user_id AND r.status = 'running'),
           q.served_at NULLS FIRST, c.created_at, c.task_id
  LIMIT 1
), claimed AS (
  UPDATE choreography_tasks t SET attempts = coalesce(t.attempts, 0) + 1, job_execution_name = $2, updated_at = now()
  FROM next WHERE t.task_id = next.task_id AND t.status IN ('started', 'pending') AND t.job_execution_name IS NULL
  RETURNING t.task_id, t.user_id, t.attempts
), turn AS (
  INSERT INTO task_queue_turns (user_id, served_at) SELECT user_id, clock_timestamp() FROM claimed
  ON CONFLICT (user_id) DO UPDATE SET served_at = excluded.served_at
)
SELECT task_id, user_id, attempts FROM claimed`;

/** The same claim in plain arrival order (what the runner did before): kept for the benchmark. */
export const CLAIM_OLDEST_TASK_SQL = `
UPDATE choreography_tasks SET attempts = coalesce(attempts, 0) + 1, job_execution_name = $2, updated_at = now()
WHERE task_id = (SELECT task_id FROM choreography_tasks WHERE status IN ('started', 'pending') AND job_execution_name IS NULL
                 AND NOT (task_id = ANY($1::varchar[])) ORDER BY created_at, task_id LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING task_id, user_id, attempts`;
