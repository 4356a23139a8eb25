/**
 * Imported moves in `move_embeddings`, with the columns the built-in library uses (default-library.ts):
 * the old app's NOT NULL columns filled sensibly, the new ones with what the planner needs.
 */
import type { DancerPose, MoveClip } from '@bachata/core';
import type { JobDatabase } from '../../store/database';
import { upsertMoveRow } from '../move-rows';

/** What an import remembers about the source, to skip encoding an unchanged clip again. */
export interface ImportFingerprint {
  sourceSha256: string;
  sourceSize: number;
  renditionSize: number;
  rendition: string;
  /** the rendition was made with a pose model at hand (framed on the couple when one was found) */
  framedByPose?: boolean;
  /** the part of the source the rendition shows, when framed on the couple (source pixels) */
  frame?: { x: number; y: number; w: number; h: number };
}

/** The `motion` column of an imported move: the motion summary (when poses ran) and the fingerprint. */
export type ImportedMotion = Record<string, unknown> & { import: ImportFingerprint };

export interface ImportedRow {
  move_id: string;
  source: string | null;
  move_name: string;
  video_path: string;
  clip_path: string | null;
  label: string | null;
  difficulty: string;
  energy_level: string;
  style: string;
  duration: number;
  tempo: number | null;
  beats: number | null;
  pose_start: DancerPose | null;
  pose_end: DancerPose | null;
  motion: Partial<ImportedMotion> | null;
}

export async function readMoveRow(db: JobDatabase, moveId: string): Promise<ImportedRow | undefined> {
  const { rows } = await db.query<ImportedRow>(
    `SELECT move_id, source, move_name, video_path, clip_path, label, difficulty, energy_level, style, duration, tempo, beats, pose_start, pose_end, motion
     FROM move_embeddings WHERE move_id = $1`, [moveId]);
  return rows[0];
}

export interface ImportedMove extends MoveClip {
  /** the clip's path in the annotation directory (the old app's video_path) */
  videoPath: string;
  motion: ImportedMotion;
}

/** Insert or update by move id; never takes over a built-in (generated) move. Returns false when it would. */
export function upsertImportedMove(db: JobDatabase, m: ImportedMove): Promise<boolean> {
  const { videoPath, motion, ...move } = m;
  return upsertMoveRow(db, { move, videoPath, clipPath: m.clip, motion, source: 'imported' });
}
