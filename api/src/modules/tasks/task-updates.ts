import { Client, type Pool } from 'pg';
import type { ChoreographyTask } from '../../db/entities';
import { rowToTask } from './task.mapper';
import type { Logger } from '../../logger';
import { PUSH, type PushableSource, type PushSink } from '../../graphql/shared-subscribe';

export const TASK_UPDATE_CHANNEL = 'choreography_task_updates';

/** The small NOTIFY payload written by the trigger on choreography_tasks. */
export interface TaskUpdateNotice {
  taskId: string;
  userId: number;
  status: string;
  progress: number;
  stage: string;
  message: string;
  updatedAt: string;
  /**
   * the whole row, read once per notice for every subscriber (null if it was deleted meanwhile); only
   * the notice's own fields when none of its listeners needs more (see `subscribe`)
   */
  task: ChoreographyTask | null;
}

const ROW_SQL = `SELECT task_id, status, progress, stage, message, result, error, created_at, updated_at, user_id, song_id,
  parameters, job_execution_name, attempts FROM choreography_tasks WHERE task_id = $1`;

type Listener = (notice: TaskUpdateNotice) => void;

/**
 * One LISTEN connection per api process, fanned out to every subscription in memory. When the
 * connection drops it reconnects with backoff; on reconnect it replays, as notices, every task row
 * updated while it was away, so a subscriber loses nothing.
 */
export class TaskUpdateHub {
  private client: Client | null = null;
  private listeners = new Set<Listener>();
  private closed = false;
  private disconnectedAt: Date | null = null;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private connectedWaiters: Array<() => void> = [];
  connected = false;

  /** Notices whose row read or fan-out is still under way, in arrival order. */
  private delivering: Promise<void> = Promise.resolve();

  /**
   * `reads`: the pool that reads the rows of notices, so the LISTEN connection only listens (without
   * it, the LISTEN connection reads them too).
   */
  constructor(private readonly databaseUrl: string, private readonly log: Logger, private readonly reads: Pool | null = null) {}

  /**
   * One read of the row per notice, shared by every subscriber of it; reads run at once, but notices
   * are emitted in the order they arrived, each off the pg client's socket handler.
   * The row may already be newer than this notice (writes come fast): the notice's own status,
   * progress, stage and message win, so every step reaches subscribers, not only the last one.
   */
  private deliver(raw: Record<string, unknown>, row: Promise<{ rows: Array<Record<string, unknown>> }>): void {
    row.catch(() => undefined);
    this.reading++;
    this.delivering = this.delivering.then(async () => {
      let rows;
      try {
        ({ rows } = await row);
      } catch (e) {
        this.log.warn('could not read an updated task', { error: (e as Error).message });
        return;
      }
      const notice = { ...(raw as unknown as TaskUpdateNotice), userId: Number(raw.userId), progress: Number(raw.progress) };
      const task = rows[0] ? rowToTask({ ...rows[0], status: notice.status, progress: notice.progress, stage: notice.stage, message: notice.message, updated_at: notice.updatedAt }) : null;
      this.emit({ ...notice, task });
    }).finally(() => { this.reading--; });
  }

  /** Notices whose row is still being read (those after them wait, to keep arrival order). */
  private reading = 0;

  /**
   * A notice that nobody needs the row of: its task is the notice's own fields (the columns a
   * subscriber listening with `needsRow: false` may select), emitted at once, off the database path,
   * unless a notice before it still waits for its row.
   */
  private deliverNotice(raw: Record<string, unknown>): void {
    const notice = { ...(raw as unknown as TaskUpdateNotice), userId: Number(raw.userId), progress: Number(raw.progress) };
    const task = { taskId: notice.taskId, userId: notice.userId, status: notice.status, progress: notice.progress, stage: notice.stage, message: notice.message,
      updatedAt: new Date(notice.updatedAt) } as ChoreographyTask;
    const emit = () => this.emit({ ...notice, task });
    if (this.reading === 0) emit();
    else this.delivering = this.delivering.then(emit);
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'bachata-api-listen' });
    client.on('notification', (msg) => {
      if (msg.channel !== TASK_UPDATE_CHANNEL || !msg.payload) return;
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(msg.payload);
      } catch (e) {
        this.log.warn('unreadable task notification', { error: e });
        return;
      }
      const wanted = this.wantedBy(Number(raw.userId));
      if (wanted === 'nobody') return;
      if (wanted === 'notice') { this.deliverNotice(raw); return; }
      const reads = this.reads;
      // A pooled connection killed mid-read is replaced by the pool: one more try before giving up.
      this.deliver(raw, reads ? reads.query(ROW_SQL, [raw.taskId]).catch(() => reads.query(ROW_SQL, [raw.taskId])) : client.query(ROW_SQL, [raw.taskId]));
    });
    client.on('error', (e) => this.onDrop(client, e));
    client.on('end', () => this.onDrop(client));
    await client.connect();
    await client.query(`LISTEN ${TASK_UPDATE_CHANNEL}`);
    this.client = client;
    this.connected = true;
    this.attempt = 0;
    const since = this.disconnectedAt;
    this.disconnectedAt = null;
    if (since) await this.replaySince(client, since);
    this.connectedWaiters.splice(0).forEach((w) => w());
  }

  private onDrop(client: Client, error?: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.connected = false;
    // Replay from a little before the drop: notices in flight may have been lost.
    this.disconnectedAt = new Date(Date.now() - 2000);
    this.log.warn('task update LISTEN connection lost; reconnecting', { error: error?.message });
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = Math.min(5000, 100 * 2 ** this.attempt++);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((e) => {
        this.log.warn('task update LISTEN reconnect failed', { error: e.message, attempt: this.attempt });
        this.scheduleReconnect();
      });
    }, delay);
  }

  private async replaySince(client: Client, since: Date): Promise<void> {
    const { rows } = await client.query(ROW_SQL.replace('WHERE task_id = $1', 'WHERE updated_at >= $1 ORDER BY updated_at'), [since]);
    for (const r of rows) {
      this.emit({ taskId: r.task_id, userId: Number(r.user_id), status: r.status, progress: r.progress, stage: r.stage, message: r.message, updatedAt: new Date(r.updated_at).toISOString(), task: rowToTask(r) });
    }
  }

  /** Resolves when the LISTEN connection is up (immediately if it is). */
  whenConnected(): Promise<void> {
    return this.connected ? Promise.resolve() : new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /** The backend pid of the LISTEN connection (tests kill it with pg_terminate_backend). */
  async backendPid(): Promise<number> {
    await this.whenConnected();
    const { rows } = await this.client!.query('SELECT pg_backend_pid() AS pid');
    return rows[0].pid;
  }

  private listenerUsers = new Map<Listener, { userId: number | null; needsRow: boolean }>();

  /**
   * Who listens to a user's notices: nobody (dropped before any read), only listeners that need
   * no more than the notice, or some that need the whole row (read once for all).
   */
  private wantedBy(userId: number): 'nobody' | 'notice' | 'row' {
    let wanted: 'nobody' | 'notice' = 'nobody';
    for (const l of this.listenerUsers.values()) {
      if (l.userId !== null && l.userId !== userId) continue;
      if (l.needsRow) return 'row';
      wanted = 'notice';
    }
    return wanted;
  }

  private emit(notice: TaskUpdateNotice): void {
    for (const l of this.listeners) {
      try { l(notice); } catch (e) { this.log.error('task update listener failed', { error: e }); }
    }
  }

  /**
   * An async iterator of notices passing `filter`; ends when the consumer returns. It can also push
   * (`PUSH`): then each notice goes to the sink synchronously, within this hub's fan-out.
   * `needsRow: false`: this listener reads only the notice's own fields of `task` (id, status,
   * progress, stage, message, updatedAt); when no listener of a notice needs more, no row is read.
   */
  subscribe(filter: (n: TaskUpdateNotice) => boolean, userId: number | null = null, opts: { needsRow?: boolean } = {}): PushableSource<TaskUpdateNotice> {
    const queue: TaskUpdateNotice[] = [];
    let wake: ((r: IteratorResult<TaskUpdateNotice>) => void) | null = null;
    let sink: PushSink<TaskUpdateNotice> | null = null;
    let done = false;
    const listener: Listener = (n) => {
      if (done || !filter(n)) return;
      if (sink) sink.next(n);
      else if (wake) { const w = wake; wake = null; w({ value: n, done: false }); } else queue.push(n);
    };
    this.listeners.add(listener);
    this.listenerUsers.set(listener, { userId, needsRow: opts.needsRow ?? true });
    const finish = (): Promise<IteratorResult<TaskUpdateNotice>> => {
      done = true;
      this.listeners.delete(listener);
      this.listenerUsers.delete(listener);
      if (wake) { const w = wake; wake = null; w({ value: undefined, done: true }); }
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { wake = resolve; });
      },
      return: finish,
      throw: (e) => { finish(); return Promise.reject(e); },
      [Symbol.asyncIterator]() { return this; },
      [PUSH](to) {
        sink = to;
        for (const n of queue.splice(0)) to.next(n);
      },
    };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const c = this.client;
    this.client = null;
    this.connected = false;
    if (c) await c.end().catch(() => undefined);
  }
}
