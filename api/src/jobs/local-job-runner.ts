import { spawn, type ChildProcess } from 'node:child_process';
import type { Pool } from 'pg';
import type { Logger } from '../logger';
import type { JobRunner } from './job-runner';

export interface LocalJobRunnerOptions {
  pool: Pool;
  /** the command that runs one task, e.g. ['node', 'job/dist/main.js']; TASK_ID and USER_ID come by env */
  command: string[];
  /** run once before the first task: builds the move library and adds the demo songs on a fresh install */
  setupCommand?: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  concurrency: number;
  /** a task whose process died unfinished is retried until it has had this many attempts */
  maxAttempts?: number;
  log: Logger;
}

export const DIED_MESSAGE = 'The video job stopped unexpectedly. Please try again.';

/**
 * The default runner: one child process per task, at most `concurrency` at once. The queue is the
 * database itself (tasks in status `started`, oldest first), so tasks waiting when the api stops start
 * when it comes back, and nothing is lost in memory.
 */
export class LocalJobRunner implements JobRunner {
  private running = new Map<string, ChildProcess>();
  private pumping: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly maxAttempts: number;

  constructor(private readonly opts: LocalJobRunnerOptions) {
    this.maxAttempts = opts.maxAttempts ?? 2;
  }

  private setupDone: Promise<void> = Promise.resolve();

  /**
   * First start: run the setup program (library + demo songs), then requeue or fail the tasks a
   * previous api process left `running` (their job died with it), then start the queue.
   */
  async recover(): Promise<void> {
    if (this.opts.setupCommand) {
      this.setupDone = this.runSetup(this.opts.setupCommand);
      await this.setupDone;
    }
    await this.opts.pool.query(
      `UPDATE choreography_tasks SET status = 'failed', stage = 'failed', message = $1, error = 'job process lost when the api stopped', updated_at = now()
       WHERE status = 'running' AND coalesce(attempts, 0) >= $2`, [DIED_MESSAGE, this.maxAttempts]);
    await this.opts.pool.query(
      `UPDATE choreography_tasks SET status = 'started', stage = 'queued', message = 'Waiting to try again…', updated_at = now()
       WHERE status = 'running'`);
    this.kick();
  }

  private runSetup([cmd, ...args]: string[]): Promise<void> {
    return new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(cmd, args, { cwd: this.opts.cwd, env: { ...process.env, ...this.opts.env }, stdio: ['ignore', 'inherit', 'inherit'] });
      child.once('error', (e) => { this.opts.log.error('setup could not start', { error: e.message }); resolve(); });
      child.once('exit', (code) => {
        if (code === 0) this.opts.log.info('move library and demo songs ready', { ms: Date.now() - started });
        else this.opts.log.error('setup failed; tasks will report what is missing', { code });
        resolve();
      });
    });
  }

  /** Resolves when the first-start setup has finished (at once when there is none). */
  whenReady(): Promise<void> {
    return this.setupDone;
  }

  async start(_task: { taskId: string; userId: number }): Promise<{ executionName?: string }> {
    this.kick();
    return {};
  }

  async cancel(task: { taskId: string }): Promise<void> {
    const child = this.running.get(task.taskId);
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    timer.unref();
    child.once('exit', () => clearTimeout(timer));
  }

  /** Number of job processes alive now. */
  get active(): number {
    return this.running.size;
  }

  private kick(): void {
    if (this.closed) return;
    if (this.pumping) { this.again = true; return; }
    this.pumping = this.pump()
      .catch((e) => this.opts.log.error('local job runner could not start queued tasks', { error: e }))
      .finally(() => {
        this.pumping = null;
        if (this.again) { this.again = false; this.kick(); }
      });
  }

  private async pump(): Promise<void> {
    await this.setupDone;
    while (!this.closed && this.running.size < this.opts.concurrency) {
      const busy = [...this.running.keys()];
      const { rows } = await this.opts.pool.query(
        `UPDATE choreography_tasks SET attempts = coalesce(attempts, 0) + 1
         WHERE task_id = (SELECT task_id FROM choreography_tasks WHERE status IN ('started', 'pending') AND NOT (task_id = ANY($1::varchar[]))
                          ORDER BY created_at, task_id LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING task_id, user_id, attempts`, [busy]);
      if (!rows.length) return;
      this.spawnJob(rows[0].task_id, Number(rows[0].user_id));
    }
  }

  private spawnJob(taskId: string, userId: number): void {
    const [cmd, ...args] = this.opts.command;
    const child = spawn(cmd, args, {
      cwd: this.opts.cwd,
      env: { ...process.env, ...this.opts.env, TASK_ID: taskId, USER_ID: String(userId) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    this.running.set(taskId, child);
    this.opts.log.info('job started', { taskId, pid: child.pid });
    let settled = false;
    const done = (code: number | null, signal: NodeJS.Signals | null, error?: Error) => {
      if (settled) return;
      settled = true;
      this.running.delete(taskId);
      this.opts.log.info('job exited', { taskId, code, signal, error: error?.message });
      this.afterExit(taskId, error ? `could not start the job process: ${error.message}` : `job process exited with ${signal ?? `code ${code}`}`)
        .catch((e) => this.opts.log.error('could not settle task after job exit', { taskId, error: e }))
        .finally(() => this.kick());
    };
    child.once('error', (e) => done(null, null, e));
    child.once('exit', (code, signal) => done(code, signal));
  }

  /** A job that exits leaves its task completed or failed; if not, retry once or fail it with a message. */
  private async afterExit(taskId: string, detail: string): Promise<void> {
    const { rows } = await this.opts.pool.query(`SELECT status, coalesce(attempts, 0) AS attempts FROM choreography_tasks WHERE task_id = $1`, [taskId]);
    const task = rows[0];
    if (!task || task.status === 'completed' || task.status === 'failed') return;
    if (task.attempts < this.maxAttempts && !this.closed) {
      await this.opts.pool.query(
        `UPDATE choreography_tasks SET status = 'started', stage = 'queued', message = 'The video job stopped; trying again…', updated_at = now()
         WHERE task_id = $1 AND status IN ('started', 'running')`, [taskId]);
    } else {
      await this.opts.pool.query(
        `UPDATE choreography_tasks SET status = 'failed', stage = 'failed', message = $2, error = $3, updated_at = now()
         WHERE task_id = $1 AND status IN ('started', 'running')`, [taskId, DIED_MESSAGE, detail]);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const child of this.running.values()) child.kill('SIGTERM');
    await this.pumping;
  }
}
