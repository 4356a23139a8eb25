import { toDifficulty, toEnergyLevel, toMoveFamily, toStyle, toTaskStatus } from '@bachata/core';
import type { Pool } from 'pg';
import type { ChoreographyTask } from '../../db/entities';
import { DifficultyValue, EnergyLevelValue, MoveFamilyValue, StyleValue, TaskStatusValue, VideoSizeValue } from '../../graphql/enums';
import type { GenerationParameters, TaskType } from './task.types';

function families(v: unknown): MoveFamilyValue[] {
  return Array.isArray(v) ? v.map((x) => toMoveFamily(String(x))).filter((f) => f !== undefined) as MoveFamilyValue[] : [];
}

/** Reads parameters from new rows ({difficulty, energyLevel, style, seed}) and legacy ones (energy_level). */
export function readParameters(raw: Record<string, unknown> | null | undefined): GenerationParameters | null {
  if (!raw) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    difficulty: (toDifficulty(str(raw.difficulty)) ?? null) as DifficultyValue | null,
    energyLevel: (toEnergyLevel(str(raw.energyLevel ?? raw.energy_level)) ?? null) as EnergyLevelValue | null,
    style: (toStyle(str(raw.style)) ?? null) as StyleValue | null,
    seed: typeof raw.seed === 'number' ? raw.seed : null,
    preferMoves: families(raw.preferMoves),
    avoidMoves: families(raw.avoidMoves),
    videoSize: raw.videoSize === '360p' || raw.videoSize === '720p' ? (raw.videoSize as VideoSizeValue) : null,
    captions: typeof raw.captions === 'boolean' ? raw.captions : null,
  };
}

/** A legacy failed row may carry only a technical `error`; the dancer still gets a sentence. */
export const FAILED_WITHOUT_MESSAGE = 'The video could not be made. Please try again.';

export function toTaskType(task: ChoreographyTask): TaskType {
  return {
    id: task.taskId,
    status: (toTaskStatus(task.status) ?? 'failed') as TaskStatusValue,
    progress: task.progress,
    stage: task.stage,
    // The technical `error` column stays on the server (log, database): it names paths and commands.
    message: task.message || (task.status === 'failed' ? FAILED_WITHOUT_MESSAGE : ''),
    songId: task.songId != null ? String(task.songId) : null,
    parameters: readParameters(task.parameters),
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    userId: task.userId,
    rawResult: task.result ?? null,
  };
}

/** Storage keys of a task result, new shape ({video, poster}) or the old app's ({output_path, video_url}). */
export function resultKeys(result: Record<string, unknown>): { video: string | null; poster: string | null } {
  const s = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    video: s(result.video) ?? s(result.output_path) ?? s(result.video_url),
    poster: s(result.poster) ?? s(result.thumbnail_path),
  };
}

/** A task row (snake_case columns, any subset) as the entity shape the mapper reads, without an entity manager. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a pg row, its columns known from the SELECT below
export function rowToTask(r: Record<string, any>): ChoreographyTask {
  // A plain object: on the entity's prototype every assignment would go through MikroORM's setters.
  return {
    taskId: r.task_id, status: r.status, progress: r.progress, stage: r.stage, message: r.message, result: r.result, error: r.error,
    createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at), userId: Number(r.user_id), songId: r.song_id,
    parameters: r.parameters, jobExecutionName: r.job_execution_name, attempts: r.attempts,
  } as ChoreographyTask;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TASK_COLUMNS = 'task_id, status, progress, stage, message, created_at, updated_at, user_id, song_id';
const TASK_READS = [false, true].flatMap((parameters) => [false, true].map((result) => ({
  name: `bb-task-${Number(parameters)}${Number(result)}`,
  text: `SELECT ${TASK_COLUMNS}${parameters ? ', parameters' : ''}${result ? ', result' : ''} FROM choreography_tasks WHERE task_id = $1 AND user_id = $2`,
})));

/**
 * One of the dancer's tasks in one prepared statement, reading the JSON columns (the result can be
 * large: plan and analysis) only when the selected `fields` need them; null when not theirs or absent.
 */
export async function readTask(pool: Pool, userId: number, taskId: string, fields: Set<string>): Promise<ChoreographyTask | null> {
  if (!UUID.test(taskId)) return null;
  const { name, text } = TASK_READS[Number(fields.has('parameters')) * 2 + Number(fields.has('result'))];
  const { rows } = await pool.query({ name, text, values: [taskId, userId] });
  return rows[0] ? rowToTask(rows[0]) : null;
}
