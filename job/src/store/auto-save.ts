/**
 * "Save finished choreographies automatically", on the server: the job that completes a task also
 * puts it into the dancer's collection when their preference says so, in the same statement as the
 * completion (so whoever sees the task completed sees it saved, even with the app closed).
 *
 * The row has the shapes the api's CollectionService.save writes (title "<song> - <Difficulty>",
 * the old app's music_info and generation_parameters), so both kinds of entry list alike.
 */
import type { PlanParameters, TaskResult } from '@bachata/core';

export interface AutoSaveEntry {
  title: string;
  difficulty: string;
  duration: number;
  video: string;
  poster: string | null;
  musicInfo: { title: string; artist: string; tempo: number | null; song_id: number | null };
  generationParameters: { task_id: string; energy_level: unknown; style: unknown; difficulty: unknown; seed: unknown };
}

/** The collection entry of a completed task (used only when the dancer's preference is on). */
export function autoSaveEntry(taskId: string, raw: Record<string, unknown>, params: PlanParameters, song: { id: number; title: string; artist: string; bpm: number | null }, result: TaskResult): AutoSaveEntry {
  const d = params.difficulty;
  return {
    title: `${song.title || 'Choreography'} - ${d[0].toUpperCase()}${d.slice(1)}`.slice(0, 200),
    difficulty: d,
    duration: result.duration,
    video: result.video,
    poster: result.poster,
    musicInfo: { title: song.title ?? '', artist: song.artist ?? '', tempo: result.analysis.bpm ?? song.bpm ?? null, song_id: song.id },
    generationParameters: { task_id: taskId, energy_level: raw.energyLevel, style: raw.style, difficulty: raw.difficulty, seed: raw.seed },
  };
}

/**
 * An INSERT … SELECT for a CTE named `done` (the completed task row: task_id, user_id): one entry,
 * only when the user's autoSaveChoreographies preference is on (missing counts as on, the api's
 * default), never a second one for the task. Parameters $n..$n+6 are the entry's values.
 */
export function autoSaveInsert(n: number): string {
  const p = (k: number) => `$${n + k}`;
  return `INSERT INTO saved_choreographies (id, title, video_path, thumbnail_path, difficulty, duration, music_info, generation_parameters, created_at, user_id, task_id)
    SELECT gen_random_uuid(), ${p(0)}::text, ${p(1)}::text, ${p(2)}::text, ${p(3)}::text, ${p(4)}::double precision, ${p(5)}::jsonb, ${p(6)}::jsonb, now(), done.user_id, done.task_id
    FROM done JOIN users u ON u.id = done.user_id
    WHERE coalesce((u.preferences ->> 'autoSaveChoreographies')::boolean, true)
    ON CONFLICT (task_id) DO NOTHING RETURNING id`;
}

export function autoSaveValues(e: AutoSaveEntry): unknown[] {
  return [e.title, e.video, e.poster, e.difficulty, e.duration, JSON.stringify(e.musicInfo), JSON.stringify(e.generationParameters)];
}
