import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { JobDatabase } from './database';

/** Exit status of a job process that refused a task because another live process holds its lease. */
export const LEASE_REFUSED_EXIT = 75;

export interface LeaseHolder {
  owner: string;
  host: string;
  pid: number;
  runner: string | null;
  expiresAt: Date;
}

export class LeaseRefusedError extends Error {
  constructor(public readonly taskId: string, public readonly holder: LeaseHolder) {
    super(`task ${taskId} is already being worked on by pid ${holder.pid} on ${holder.host} (lease until ${holder.expiresAt.toISOString()}); refusing to run it twice`);
  }
}

/** Whether a process with this pid exists on this machine (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LeaseOptions {
  taskId: string;
  /**
   * Who started this process: the local api's runner id (JOB_RUNNER_ID, so a restarted api finds
   * orphans) or `cloudrun:<execution>`. Cloud Run runs a retry of an execution's task only after the
   * previous attempt ended, so a lease of the same execution is taken over at once.
   */
  runner?: string | null;
  workDir?: string | null;
  ttlSeconds: number;
  /** called once when a heartbeat finds the lease taken or gone: the job must stop writing */
  onLost: (reason: string) => void;
}

/**
 * A task's lease: one row in `task_leases` owned by this process. Acquiring fails while another
 * owner's lease is unexpired, unless that owner is a dead process on this same machine. Heartbeats
 * extend it; every task write the job makes is fenced on still owning it (see TaskStore).
 */
export class TaskLease {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  private timer: NodeJS.Timeout | null = null;
  private lost = false;

  constructor(private readonly db: JobDatabase, private readonly o: LeaseOptions) {}

  async acquire(): Promise<void> {
    const host = hostname();
    for (let attempt = 0; attempt < 2; attempt++) {
      const { rows } = await this.db.query(
        `INSERT INTO task_leases (task_id, owner, runner, host, pid, work_dir, acquired_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now(), now() + make_interval(secs => $7::int))
         ON CONFLICT (task_id) DO UPDATE SET owner = excluded.owner, runner = excluded.runner, host = excluded.host, pid = excluded.pid,
           work_dir = excluded.work_dir, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
         WHERE task_leases.expires_at < now() OR task_leases.owner = excluded.owner
            OR (excluded.runner LIKE 'cloudrun:%' AND task_leases.runner = excluded.runner)
         RETURNING owner`,
        [this.o.taskId, this.owner, this.o.runner ?? null, host, process.pid, this.o.workDir ?? null, this.o.ttlSeconds]);
      if (rows.length) break;
      const holder = await this.holder();
      if (!holder) continue; // released meanwhile: try once more
      // A process killed with SIGKILL on this machine leaves its lease behind; nobody works under it.
      if (holder.host === host && holder.pid !== process.pid && !processAlive(holder.pid) && attempt === 0) {
        await this.db.query(`DELETE FROM task_leases WHERE task_id = $1 AND owner = $2`, [this.o.taskId, holder.owner]);
        continue;
      }
      throw new LeaseRefusedError(this.o.taskId, holder);
    }
    const beat = Math.max(1000, (this.o.ttlSeconds * 1000) / 4);
    this.timer = setInterval(() => void this.heartbeat(), beat);
    this.timer.unref();
  }

  private async holder(): Promise<LeaseHolder | null> {
    const { rows } = await this.db.query(`SELECT owner, host, pid, runner, expires_at FROM task_leases WHERE task_id = $1`, [this.o.taskId]);
    const r = rows[0];
    return r ? { owner: r.owner, host: r.host, pid: r.pid, runner: r.runner, expiresAt: new Date(r.expires_at) } : null;
  }

  private async heartbeat(): Promise<void> {
    if (this.lost) return;
    try {
      const { rowCount } = await this.db.query(
        `UPDATE task_leases SET expires_at = now() + make_interval(secs => $3::int) WHERE task_id = $1 AND owner = $2`,
        [this.o.taskId, this.owner, this.o.ttlSeconds]);
      if (rowCount === 0) this.markLost('the lease was taken over or revoked');
    } catch {
      // The database is away (the query already retried): the next beat tries again; writes are fenced anyway.
    }
  }

  private markLost(reason: string): void {
    if (this.lost) return;
    this.lost = true;
    this.stopHeartbeat();
    this.o.onLost(reason);
  }

  stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Gives the lease up (only if still ours). */
  async release(): Promise<void> {
    this.stopHeartbeat();
    await this.db.query(`DELETE FROM task_leases WHERE task_id = $1 AND owner = $2`, [this.o.taskId, this.owner]).catch(() => undefined);
  }
}
