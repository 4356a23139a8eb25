import type { MoveClip } from '@bachata/core';
import type { JobDatabase } from '../store/database';

export interface MoveRow {
  move: MoveClip;
  /** the old app's video_path column (the source path); the rendition the renderer uses is `clipPath` */
  videoPath: string;
  clipPath: string;
  motion: unknown;
  source: 'generated' | 'imported';
}

/**
 * Insert or update one move of the library in `move_embeddings`, by move id. The legacy embedding
 * columns stay as the old app expects them (the pose "embedding" is the start pose flattened). An
 * imported clip never takes over a built-in (generated) move; a row without positions keeps the ones
 * it had. Returns false when nothing was written.
 */
export async function upsertMoveRow(db: JobDatabase, r: MoveRow): Promise<boolean> {
  const m = r.move;
  const poseEmbedding = m.poseStart ? [...m.poseStart.lead, ...m.poseStart.follow].flat() : [];
  const { rowCount } = await db.query(
    `INSERT INTO move_embeddings (move_id, move_name, video_path, pose_embedding, audio_embedding, text_embedding, difficulty, energy_level, style,
       duration, created_at, updated_at, label, tempo, beats, clip_offset, start_position, end_position, clip_path, pose_start, pose_end, motion, source)
     VALUES ($1, $2, $3, $4, '[]', '[]', $5, $6, $7, $8, now(), now(), $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
     ON CONFLICT (move_id) DO UPDATE SET move_name = EXCLUDED.move_name, video_path = EXCLUDED.video_path, pose_embedding = EXCLUDED.pose_embedding,
       difficulty = EXCLUDED.difficulty, energy_level = EXCLUDED.energy_level, style = EXCLUDED.style, duration = EXCLUDED.duration,
       updated_at = now(), label = EXCLUDED.label, tempo = EXCLUDED.tempo, beats = EXCLUDED.beats, clip_offset = EXCLUDED.clip_offset,
       start_position = COALESCE(EXCLUDED.start_position, move_embeddings.start_position),
       end_position = COALESCE(EXCLUDED.end_position, move_embeddings.end_position), clip_path = EXCLUDED.clip_path,
       pose_start = EXCLUDED.pose_start, pose_end = EXCLUDED.pose_end, motion = EXCLUDED.motion, source = EXCLUDED.source
     WHERE EXCLUDED.source = 'generated' OR move_embeddings.source IS DISTINCT FROM 'generated'`,
    [m.moveId, m.name, r.videoPath, JSON.stringify(poseEmbedding), m.difficulty, m.energy, m.style, m.duration, m.label, m.tempo, m.beats,
      m.offset ?? 0, m.startPosition ?? null, m.endPosition ?? null, r.clipPath, m.poseStart ? JSON.stringify(m.poseStart) : null,
      m.poseEnd ? JSON.stringify(m.poseEnd) : null, JSON.stringify(r.motion), r.source]);
  return (rowCount ?? 0) > 0;
}
