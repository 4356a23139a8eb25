/**
 * Moves from the `move_embeddings` table (owned by the api's migrations): the old app's columns plus
 * the nullable columns an import fills (label, tempo, beats, clip_offset, positions, clip_path, poses).
 * Plain SQL; the embeddings are never read, the planner does not use them.
 */
import { Pool, type PoolConfig } from 'pg';
import type { MoveClip, MoveIndex, MoveQuery } from '@bachata/core';
import {
  collectMoves,
  difficultySpellings,
  labelSpellings,
  styleSpellings,
  type StoredMove,
  type StoredMoveOptions,
} from './stored-move';

export interface PostgresMoveIndexOptions extends StoredMoveOptions {
  /** where skipped rows are reported (default: stderr) */
  log?: (line: string) => void;
}

interface MoveRow {
  move_id: string;
  move_name: string;
  video_path: string;
  difficulty: string;
  energy_level: string;
  style: string;
  duration: number;
  label: string | null;
  tempo: number | null;
  beats: number | null;
  clip_offset: number | null;
  start_position: string | null;
  end_position: string | null;
  clip_path: string | null;
  pose_start: unknown;
  pose_end: unknown;
  source: string | null;
}

const COLUMNS = `move_id, move_name, video_path, difficulty, energy_level, style, duration, label, tempo, beats,
  clip_offset, start_position, end_position, clip_path, pose_start, pose_end, source`;

/** The SQL and parameters for a query; legacy spellings of each wanted value are matched too. */
export function moveQuerySql(q: MoveQuery): { text: string; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  const any = (expr: string, list: string[]) => {
    values.push(list.map((s) => s.toLowerCase()));
    where.push(`lower(trim(${expr})) = ANY($${values.length}::text[])`);
  };
  if (q.difficulty?.length) any('difficulty', difficultySpellings(q.difficulty));
  if (q.energy?.length) any('energy_level', [...q.energy]);
  // A row without a style gets one derived from its clip after reading, so it passes this pre-filter.
  if (q.style?.length) {
    values.push(styleSpellings(q.style).map((s) => s.toLowerCase()));
    where.push(`(coalesce(trim(style), '') = '' OR lower(trim(style)) = ANY($${values.length}::text[]))`);
  }
  // Legacy rows have no label: their category is the folder of video_path, checked after mapping.
  if (q.labels?.length) {
    values.push(labelSpellings(q.labels));
    where.push(`(label IS NULL OR lower(label) = ANY($${values.length}::text[]))`);
  }
  const text = `SELECT ${COLUMNS} FROM move_embeddings${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY move_id`;
  return { text, values };
}

export class PostgresMoveIndex implements MoveIndex {
  private readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly options: PostgresMoveIndexOptions;
  /** rows skipped by the last find(), one human line each */
  problems: string[] = [];
  private readonly logged = new Set<string>();

  constructor(connection: string | PoolConfig | Pool, options: PostgresMoveIndexOptions = {}) {
    if (connection instanceof Pool) {
      this.pool = connection;
      this.ownsPool = false;
    } else {
      this.pool = new Pool(typeof connection === 'string' ? { connectionString: connection, max: 2, application_name: 'bachata-move-index' } : connection);
      // An idle connection the server drops (a restart, pg_terminate_backend, a proxy's idle timeout)
      // emits 'error' on the pool; unheard, that kills the process. The pool replaces it on the next query.
      this.pool.on('error', () => undefined);
      this.ownsPool = true;
    }
    this.options = options;
  }

  async find(query: MoveQuery): Promise<MoveClip[]> {
    const { text, values } = moveQuerySql(query);
    const { rows } = await this.pool.query<MoveRow>(text, values);
    const stored = rows.map((r): StoredMove => ({
      moveId: r.move_id,
      moveName: r.move_name,
      label: r.label,
      videoPath: r.video_path,
      clipPath: r.clip_path,
      difficulty: r.difficulty,
      energy: r.energy_level,
      style: r.style,
      duration: r.duration,
      tempo: r.tempo,
      beats: r.beats,
      offset: r.clip_offset,
      startPosition: r.start_position,
      endPosition: r.end_position,
      poseStart: r.pose_start,
      poseEnd: r.pose_end,
      source: r.source,
    }));
    const { moves, problems } = collectMoves(stored, query, this.options, this.logged);
    this.problems = problems;
    return moves;
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
