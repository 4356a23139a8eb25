import type { TaskResult, TaskStage } from '@bachata/core';
import { autoSaveInsert, autoSaveValues, type AutoSaveEntry } from './auto-save';
import type { JobDatabase } from './database';

export interface TaskRow {
  taskId: string;
  userId: number;
  songId: number | null;
  status: string;
  message: string;
  parameters: Record<string, unknown>;
}

export interface SongRow {
  id: number;
  title: string;
  artist: string;
  audioPath: string;
  bpm: number | null;
  analysis: unknown;
  analysisVersion: number | null;
}

/**
 * The job's few writes to the api's tables. Every write bumps updated_at, which fires the api's
 * trigger, so subscribers see each step. Writes never resurrect a task that was cancelled meanwhile,
 * and with a lease owner they are fenced: a process whose lease was revoked (the api shutting down,
 * the reaper) or taken over writes nothing.
 */
export class TaskStore {
  constructor(private readonly db: JobDatabase, private readonly leaseOwner: string | null = null) {}

  /** `AND <this process still holds the task's lease>`, with the owner as parameter $n. */
  private fence(n: number): string {
    return ` AND ($${n}::text IS NULL OR EXISTS (SELECT 1 FROM task_leases l WHERE l.task_id = choreography_tasks.task_id AND l.owner = $${n}::text))`;
  }

  async task(taskId: string): Promise<TaskRow | null> {
    const { rows } = await this.db.query(`SELECT task_id, user_id, song_id, status, message, parameters FROM choreography_tasks WHERE task_id = $1`, [taskId]);
    const r = rows[0];
    return r ? { taskId: r.task_id, userId: Number(r.user_id), songId: r.song_id, status: r.status, message: r.message, parameters: r.parameters ?? {} } : null;
  }

  async song(songId: number): Promise<SongRow | null> {
    const { rows } = await this.db.query(`SELECT id, title, artist, audio_path, bpm, analysis, analysis_version FROM songs WHERE id = $1`, [songId]);
    const r = rows[0];
    return r ? { id: r.id, title: r.title, artist: r.artist, audioPath: r.audio_path, bpm: r.bpm, analysis: r.analysis, analysisVersion: r.analysis_version } : null;
  }

  /** started → running; false when the task is no longer waiting or running (cancelled, or done by an earlier run). */
  async start(taskId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE choreography_tasks SET status = 'running', progress = 1, stage = 'analysing', message = 'Listening to the music…', error = NULL, updated_at = now()
       WHERE task_id = $1 AND status IN ('started', 'pending', 'running')${this.fence(2)}`, [taskId, this.leaseOwner]);
    return rowCount === 1;
  }

  /** false when the task was cancelled meanwhile (the job should stop). */
  async progress(taskId: string, progress: number, stage: TaskStage, message: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE choreography_tasks SET progress = $2, stage = $3, message = $4, updated_at = now() WHERE task_id = $1 AND status = 'running'${this.fence(5)}`,
      [taskId, Math.max(0, Math.min(99, Math.round(progress))), stage, message, this.leaseOwner]);
    return rowCount === 1;
  }

  /**
   * running → completed; with `autoSave`, the same statement also saves it to the dancer's collection
   * when their preference is on (see auto-save.ts). false when the task was cancelled meanwhile.
   */
  async complete(taskId: string, result: TaskResult, autoSave?: AutoSaveEntry): Promise<boolean> {
    const update = `UPDATE choreography_tasks SET status = 'completed', progress = 100, stage = 'done', message = 'Your choreography is ready!', result = $2, error = NULL, updated_at = now()
       WHERE task_id = $1 AND status = 'running'${this.fence(3)}`;
    if (!autoSave) {
      const { rowCount } = await this.db.query(update, [taskId, JSON.stringify(result), this.leaseOwner]);
      return rowCount === 1;
    }
    const { rows } = await this.db.query(
      `WITH done AS (${update} RETURNING task_id, user_id), saved AS (${autoSaveInsert(4)})
       SELECT (SELECT count(*) FROM done)::int AS completed`, [taskId, JSON.stringify(result), this.leaseOwner, ...autoSaveValues(autoSave)]);
    return rows[0].completed === 1;
  }

  async fail(taskId: string, message: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE choreography_tasks SET status = 'failed', stage = 'failed', message = $2, error = $3, updated_at = now()
       WHERE task_id = $1 AND status IN ('started', 'pending', 'running')${this.fence(4)}`, [taskId, message, error.slice(0, 4000), this.leaseOwner]);
  }

  async saveAnalysis(songId: number, analysis: unknown, version: number, bpm: number): Promise<void> {
    await this.db.query(`UPDATE songs SET analysis = $2, analysis_version = $3, bpm = coalesce(bpm, $4), updated_at = now() WHERE id = $1`,
      [songId, JSON.stringify(analysis), version, Math.round(bpm)]);
  }
}
