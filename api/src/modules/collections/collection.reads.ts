import type { Pool } from 'pg';
import type { SavedChoreography } from '../../db/entities';
import { pageWindow, toPage, type Page } from '../../graphql/connection';

/** The entity's data, as the list read returns it (no entity, no identity map). */
export type SavedRow = Pick<SavedChoreography, 'id' | 'title' | 'videoPath' | 'thumbnailPath' | 'difficulty' | 'duration' | 'musicInfo'
  | 'generationParameters' | 'createdAt' | 'notes' | 'taskId'>;

const ORDER: Record<string, string> = {
  newest: 'created_at DESC, id ASC',
  oldest: 'created_at ASC, id ASC',
  title: 'title ASC, id ASC',
  duration: 'duration DESC, id ASC',
};

/** Legacy difficulty spellings (low/medium/high) stored by the old app match their canonical value. */
const LEGACY_DIFFICULTY: Record<string, string> = { beginner: 'low', intermediate: 'medium', advanced: 'high' };

/** The columns each GraphQL field of SavedChoreography reads (the rest are small and always fetched). */
const JSON_COLUMNS: Array<[column: string, fields: string[]]> = [
  ['music_info', ['musicInfo']],
  ['generation_parameters', ['parameters', 'taskId', 'plan', 'analysis']],
];
const ALWAYS = 'id, title, video_path, thumbnail_path, difficulty, duration, created_at, notes, task_id';

/** One name per distinct statement text, so each pooled connection prepares it once. */
const statementNames = new Map<string, string>();
function prepared(text: string, values: unknown[]) {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `bb-saved-${statementNames.size}`));
  return { name, text, values };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a pg row, its columns known from the SELECT above
function toRow(r: Record<string, any>): SavedRow {
  return {
    id: r.id, title: r.title, videoPath: r.video_path, thumbnailPath: r.thumbnail_path, difficulty: r.difficulty, duration: r.duration,
    createdAt: r.created_at, notes: r.notes, taskId: r.task_id, musicInfo: r.music_info, generationParameters: r.generation_parameters,
  };
}

/**
 * One page of a dancer's collection and its total in one prepared statement (count(*) OVER ()),
 * reading only the JSON columns the selected `fields` need. A page past the end has no row to carry
 * the total; only then a second statement counts.
 */
export async function listSaved(pool: Pool, userId: number, args: { difficulty?: string | null; search?: string | null; sort?: string | null; first?: number | null; after?: string | null },
  fields: Set<string>): Promise<Page<SavedRow>> {
  const { offset, limit } = pageWindow(args.first, args.after);
  const values: unknown[] = [userId];
  let where = 'user_id = $1';
  if (args.difficulty) {
    values.push([args.difficulty, LEGACY_DIFFICULTY[args.difficulty] ?? args.difficulty]);
    where += ` AND difficulty = ANY($${values.length})`;
  }
  const search = args.search?.trim();
  if (search) {
    values.push(`%${search.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    where += ` AND title ILIKE $${values.length}`;
  }
  const count = async () => Number((await pool.query(prepared(`SELECT count(*) AS n FROM saved_choreographies WHERE ${where}`, values))).rows[0].n);
  if (limit === 0) return toPage([], await count(), offset);
  const columns = [ALWAYS, ...JSON_COLUMNS.filter(([, needs]) => needs.some((f) => fields.has(f))).map(([c]) => c)].join(', ');
  const { rows } = await pool.query(prepared(
    `SELECT ${columns}, count(*) OVER () AS total_count FROM saved_choreographies WHERE ${where}
     ORDER BY ${ORDER[args.sort ?? 'newest'] ?? ORDER.newest} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
    [...values, limit, offset]));
  const total = rows.length ? Number(rows[0].total_count) : offset > 0 ? await count() : 0;
  return toPage(rows.map(toRow), total, offset);
}
