/**
 * Imported moves in `move_embeddings`, with the columns the built-in library uses (default-library.ts):
 * the old app's NOT NULL columns filled sensibly, the new ones with what the planner needs.
 */
import type { DancerPose, MoveClip } from '@bachata/core';
import type { JobDatabase } from '../../store/database';

/** What an import remembers about the source, to skip encoding an unchanged clip again. */
export interface ImportFingerprint {
  sourceSha256: string;
  sourceSize: number;
  renditionSize: number;
  rendition: string;
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
export async function upsertImportedMove(db: JobDatabase, m: ImportedMove): Promise<boolean> {
  // As for generated moves, the legacy pose "embedding" is the start pose flattened (empty without poses).
  const poseEmbedding = m.poseStart ? [...m.poseStart.lead, ...m.poseStart.follow].flat() : [];
  const { rowCount } = await db.query(
    `INSERT INTO move_embeddings (move_id, move_name, video_path, pose_embedding, audio_embedding, text_embedding, difficulty, energy_level, style,
       duration, created_at, updated_at, label, tempo, beats, clip_offset, start_position, end_position, clip_path, pose_start, pose_end, motion, source)
     VALUES ($1, $2, $3, $4, '[]', '[]', $5, $6, $7, $8, now(), now(), $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 'imported')
     ON CONFLICT (move_id) DO UPDATE SET move_name = EXCLUDED.move_name, video_path = EXCLUDED.video_path, pose_embedding = EXCLUDED.pose_embedding,
       difficulty = EXCLUDED.difficulty, energy_level = EXCLUDED.energy_level, style = EXCLUDED.style, duration = EXCLUDED.duration,
       updated_at = now(), label = EXCLUDED.label, tempo = EXCLUDED.tempo, beats = EXCLUDED.beats, clip_offset = EXCLUDED.clip_offset,
       start_position = COALESCE(EXCLUDED.start_position, move_embeddings.start_position),
       end_position = COALESCE(EXCLUDED.end_position, move_embeddings.end_position), clip_path = EXCLUDED.clip_path,
       pose_start = EXCLUDED.pose_start, pose_end = EXCLUDED.pose_end, motion = EXCLUDED.motion, source = 'imported'
     WHERE move_embeddings.source IS DISTINCT FROM 'generated'`,
    [m.moveId, m.name, m.videoPath, JSON.stringify(poseEmbedding), m.difficulty, m.energy, m.style, m.duration, m.label, m.tempo, m.beats,
      m.offset ?? 0, m.startPosition ?? null, m.endPosition ?? null, m.clip, m.poseStart ? JSON.stringify(m.poseStart) : null,
      m.poseEnd ? JSON.stringify(m.poseEnd) : null, JSON.stringify(m.motion)]);
  return (rowCount ?? 0) > 0;
}
