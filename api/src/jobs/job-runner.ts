/**
 * Where video jobs run: a child process on this machine (LocalJobRunner) or a Cloud Run job
 * execution (CloudRunJobRunner). The task row in the database is the source of truth for progress;
 * a runner only starts and stops work.
 */
export interface JobRunner {
  /** Hand a task to the runner. Resolves once accepted (not when finished). */
  start(task: { taskId: string; userId: number }): Promise<{ executionName?: string }>;
  /** Stop the task's execution if it runs; no error when it already ended. */
  cancel(task: { taskId: string; executionName?: string | null }): Promise<void>;
  close?(): Promise<void>;
}
