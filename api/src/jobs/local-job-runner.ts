import { childProcessEnv } from '@bachata/core';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { Logger } from '../logger';
import type { JobRunner } from './job-runner';
import { CLAIM_NEXT_TASK_SQL } from './queue';

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
  /** how long a job gets to stop after SIGTERM (cancel, reaper, shutdown) before SIGKILL */
  killAfterMs?: number;
  /** on shutdown, how long jobs get after SIGTERM before SIGKILL */
  shutdownGraceMs?: number;
  log: Logger;
}

export const DIED_MESSAGE = 'The video job stopped unexpectedly. Please try again.';
export const SHUTDOWN_REQUEUED_MESSAGE = 'Waiting: the server restarted, your video will be made when it is back…';
/** Exit status of a job that refused its task because another live process holds the lease (job/src/store/lease.ts). */
export const LEASE_REFUSED_EXIT = 75;

/** The job's temporary folder for a task (job/src/run-task.ts `jobWorkDir`: the same name). */
export function jobWorkDir(dataDir: string, taskId: string): string {
  return join(dataDir, `tmp-job-${taskId}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether pid is the job process of this task (guards against a pid reused by another program). */
function isJobOf(pid: number, taskId: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`TASK_ID=${taskId}`);
  } catch {
    return false; // gone, or not Linux: never signal a process we cannot identify
  }
}

/**
 * Signals a job's whole process group (it is spawned detached, as a group leader), so ffmpeg and the
 * render workers it started stop with it instead of living on.
 */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try { process.kill(pid, signal); } catch { /* already gone */ }
  }
}

function waitForExit(pid: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const end = Date.now() + ms;
    const tick = () => {
      if (!alive(pid)) return resolve(true);
      if (Date.now() > end) return resolve(false);
      setTimeout(tick, 50);
    };
    tick();
  });
}

interface RunningJob {
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * The default runner: one child process per task, at most `concurrency` at once. The queue is the
 * database itself (tasks in status `started`), taken in turn per dancer (see ./queue.ts), so tasks
 * waiting when the api stops start when it comes back, and nothing is lost in memory.
 *
 * Each job holds a lease on its task (`task_leases`, written by the job) naming this runner, so a
 * later api finds and stops the jobs a killed one left behind.
 */
export class LocalJobRunner implements JobRunner {
  /** identifies this api process in the leases of the jobs it spawns: host:pid:random */
  readonly runnerId = `${hostname()}:${process.pid}:${randomUUID()}`;
  private running = new Map<string, RunningJob>();
  private pumping: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private closing: Promise<void> | null = null;
  private setupChild: ChildProcess | null = null;
  private readonly maxAttempts: number;
  private readonly killAfterMs: number;

  constructor(private readonly opts: LocalJobRunnerOptions) {
    this.maxAttempts = opts.maxAttempts ?? 2;
    this.killAfterMs = opts.killAfterMs ?? 10_000;
  }

  private setupDone: Promise<void> = Promise.resolve();

  private workDir(taskId: string): string | null {
    return this.opts.env.DATA_DIR ? jobWorkDir(this.opts.env.DATA_DIR, taskId) : null;
  }

  /**
   * First start: stop the jobs a previous api process on this machine left running (killed with
   * SIGKILL, its children live on), run the setup program (library + demo songs), then requeue or
   * fail the tasks left `running` with no live lease, then start the queue.
   */
  async recover(): Promise<void> {
    // Set at once: whenReady() and the queue wait for the orphans and the setup alike.
    const setup = this.opts.setupCommand;
    this.setupDone = (async () => {
      await this.stopOrphans().catch((e) => this.opts.log.error('could not stop orphaned jobs', { error: e }));
      if (setup && !this.closed) await this.runSetup(setup);
    })();
    await this.setupDone;
    if (this.closed) return;
    const noLiveLease = `NOT EXISTS (SELECT 1 FROM task_leases l WHERE l.task_id = choreography_tasks.task_id AND l.expires_at > now())`;
    await this.opts.pool.query(
      `UPDATE choreography_tasks SET status = 'failed', stage = 'failed', message = $1, error = 'job process lost when the api stopped', updated_at = now()
       WHERE status = 'running' AND coalesce(attempts, 0) >= $2 AND ${noLiveLease}`, [DIED_MESSAGE, this.maxAttempts]);
    await this.opts.pool.query(
      `UPDATE choreography_tasks SET status = 'started', stage = 'queued', message = 'Waiting to try again…', job_execution_name = NULL, updated_at = now()
       WHERE status = 'running' AND ${noLiveLease}`);
    // Claimed by a previous api but never started: back in the queue as plain waiting tasks.
    await this.opts.pool.query(
      `UPDATE choreography_tasks SET job_execution_name = NULL WHERE status IN ('started', 'pending') AND job_execution_name LIKE 'local:%'`);
    this.kick();
  }

  /**
   * Jobs on this machine whose lease names another runner whose api process is gone. Their leases
   * are revoked first (so their last writes are fenced off), then they get SIGTERM, then SIGKILL.
   * Returns the task ids that were stopped.
   */
  async stopOrphans(): Promise<string[]> {
    const { rows } = await this.opts.pool.query(
      `SELECT task_id, owner, runner, pid, work_dir FROM task_leases WHERE host = $1 AND runner IS NOT NULL AND runner <> $2`, [hostname(), this.runnerId]);
    const stopped: string[] = [];
    await Promise.all(rows.map(async (r) => {
      const apiPid = Number(String(r.runner).split(':').at(-2));
      if (Number.isInteger(apiPid) && apiPid !== process.pid && alive(apiPid)) return; // another api's job, still looked after
      await this.opts.pool.query(`DELETE FROM task_leases WHERE task_id = $1 AND owner = $2`, [r.task_id, r.owner]);
      if (alive(r.pid) && isJobOf(r.pid, r.task_id)) {
        this.opts.log.warn('stopping a job left running by a previous api process', { taskId: r.task_id, pid: r.pid });
        signalGroup(r.pid, 'SIGTERM');
        await waitForExit(r.pid, this.killAfterMs);
        // The job may be gone while a child of its group (ffmpeg stuck on a read) is not.
        signalGroup(r.pid, 'SIGKILL');
        await waitForExit(r.pid, 2000);
      }
      if (r.work_dir) rmSync(r.work_dir, { recursive: true, force: true });
      stopped.push(r.task_id);
    }));
    return stopped;
  }

  private runSetup([cmd, ...args]: string[]): Promise<void> {
    return new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(cmd, args, { cwd: this.opts.cwd, env: childProcessEnv(this.opts.env), stdio: ['ignore', 'inherit', 'inherit'] });
      this.setupChild = child;
      child.once('error', (e) => { this.setupChild = null; this.opts.log.error('setup could not start', { error: e.message }); resolve(); });
      child.once('exit', (code, signal) => {
        this.setupChild = null;
        if (code === 0) this.opts.log.info('move library and demo songs ready', { ms: Date.now() - started });
        else if (!this.closed) this.opts.log.error('setup failed; tasks will report what is missing', { code, signal });
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

  /** SIGTERM, then SIGKILL if the job has not stopped after `killAfterMs`; resolves when it exited. */
  async cancel(task: { taskId: string }): Promise<void> {
    const job = this.running.get(task.taskId);
    if (!job) return;
    this.terminate(job);
  }

  private terminate(job: RunningJob, graceMs = this.killAfterMs): Promise<void> {
    const pid = job.child.pid;
    if (!pid) return job.exited;
    signalGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
    timer.unref();
    return job.exited.finally(() => {
      clearTimeout(timer);
      // Anything of the group still there (a child that ignored SIGTERM) goes with its leader.
      signalGroup(pid, 'SIGKILL');
    });
  }

  /** Number of job processes alive now. */
  get active(): number {
    return this.running.size;
  }

  /** Pids of the job processes alive now. */
  get pids(): number[] {
    return [...this.running.values()].map((j) => j.child.pid!).filter(Boolean);
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
      const { rows } = await this.opts.pool.query(CLAIM_NEXT_TASK_SQL, [[...this.running.keys()], `local:${this.runnerId}`]);
      if (!rows.length) return;
      if (this.closed) {
        // Claimed while shutting down: give it back untouched.
        await this.opts.pool.query(`UPDATE choreography_tasks SET attempts = attempts - 1, job_execution_name = NULL WHERE task_id = $1`, [rows[0].task_id]);
        return;
      }
      this.spawnJob(rows[0].task_id, Number(rows[0].user_id));
    }
  }

  private spawnJob(taskId: string, userId: number): void {
    const [cmd, ...args] = this.opts.command;
    const child = spawn(cmd, args, {
      cwd: this.opts.cwd,
      env: childProcessEnv({ ...this.opts.env, TASK_ID: taskId, USER_ID: String(userId), JOB_RUNNER_ID: this.runnerId }),
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group: cancel, the reaper and shutdown signal the job and everything it started.
      detached: true,
    });
    let resolveExited!: () => void;
    const exited = new Promise<void>((r) => { resolveExited = r; });
    this.running.set(taskId, { child, exited });
    this.opts.log.info('job started', { taskId, pid: child.pid });
    let settled = false;
    const done = (code: number | null, signal: NodeJS.Signals | null, error?: Error) => {
      if (settled) return;
      settled = true;
      this.opts.log.info('job exited', { taskId, code, signal, error: error?.message });
      this.afterExit(taskId, child.pid, code, error ? `could not start the job process: ${error.message}` : `job process exited with ${signal ?? `code ${code}`}`)
        .catch((e) => this.opts.log.error('could not settle task after job exit', { taskId, error: e }))
        .finally(() => {
          this.running.delete(taskId);
          resolveExited();
          this.kick();
        });
    };
    child.once('error', (e) => done(null, null, e));
    child.once('exit', (code, signal) => done(code, signal));
  }

  /**
   * A job that exits leaves its task completed or failed; if not, retry once or fail it with a
   * message. Whatever a killed job left (its lease, its temporary folder) goes. A job that refused
   * its task because another live process holds it leaves everything to that process.
   */
  private async afterExit(taskId: string, pid: number | undefined, code: number | null, detail: string): Promise<void> {
    if (code === LEASE_REFUSED_EXIT) {
      this.opts.log.warn('job refused its task: another process holds the lease', { taskId });
      return;
    }
    if (pid) await this.opts.pool.query(`DELETE FROM task_leases WHERE task_id = $1 AND host = $2 AND pid = $3`, [taskId, hostname(), pid]);
    const dir = this.workDir(taskId);
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (this.closed) return; // shutdown already put the task back in the queue
    const { rows } = await this.opts.pool.query(`SELECT status, coalesce(attempts, 0) AS attempts FROM choreography_tasks WHERE task_id = $1`, [taskId]);
    const task = rows[0];
    if (!task || task.status === 'completed' || task.status === 'failed') return;
    if (task.attempts < this.maxAttempts) {
      await this.opts.pool.query(
        `UPDATE choreography_tasks SET status = 'started', stage = 'queued', message = 'The video job stopped; trying again…', job_execution_name = NULL, updated_at = now()
         WHERE task_id = $1 AND status IN ('started', 'running')`, [taskId]);
    } else {
      await this.opts.pool.query(
        `UPDATE choreography_tasks SET status = 'failed', stage = 'failed', message = $2, error = $3, updated_at = now()
         WHERE task_id = $1 AND status IN ('started', 'running')`, [taskId, DIED_MESSAGE, detail]);
    }
  }

  /**
   * Shutdown: no new claims; every running task goes back to the queue (its attempt not counted:
   * the server stopped, not the job) with its lease revoked so the job's last writes are fenced;
   * then SIGTERM to every job, SIGKILL after `graceMs`, and their temporary folders removed.
   */
  close(graceMs = this.opts.shutdownGraceMs ?? 3000): Promise<void> {
    this.closing ??= this.shutdown(graceMs);
    return this.closing;
  }

  private async shutdown(graceMs: number): Promise<void> {
    this.closed = true;
    this.setupChild?.kill('SIGTERM');
    await this.pumping;
    const ids = [...this.running.keys()];
    if (ids.length) {
      try {
        await this.opts.pool.query(
          `UPDATE choreography_tasks SET status = 'started', stage = 'queued', message = $2, job_execution_name = NULL,
             attempts = greatest(coalesce(attempts, 1) - 1, 0), updated_at = now()
           WHERE task_id = ANY($1::varchar[]) AND status IN ('started', 'pending', 'running')`, [ids, SHUTDOWN_REQUEUED_MESSAGE]);
        await this.opts.pool.query(`DELETE FROM task_leases WHERE task_id = ANY($1::varchar[])`, [ids]);
      } catch (e) {
        // Database away: the jobs still get SIGTERM below; whatever they cannot write, the next start
        // sets right (a `running` task without a live lease is requeued).
        this.opts.log.warn('could not requeue running tasks at shutdown', { error: e });
      }
    }
    await Promise.all([...this.running.values()].map((job) => this.terminate(job, graceMs)));
  }
}
