import type { MediaStorage, MoveClip } from '@bachata/core';
import type { JobDatabase } from '../store/database';
import { buildGeneratedLibrary, GENERATED_MOVES, generatedMove, moveHash } from './generated';

// Serialises library builds between the api's setup and job processes.
const LIBRARY_LOCK = 741001;

export function generatedClipKey(moveId: string): string {
  return `library/generated/${moveId}.mp4`;
}

/** How many generated moves the database has that match their current definition and whose clips exist. */
async function installedGeneratedMoves(db: JobDatabase, storage: MediaStorage): Promise<number> {
  const { rows } = await db.query(`SELECT move_id, clip_path, motion FROM move_embeddings WHERE source = 'generated'`);
  const current = new Map(GENERATED_MOVES.map((m) => [m.moveId, moveHash(m)]));
  let present = 0;
  for (const r of rows) {
    if (r.motion?.generatedHash !== current.get(r.move_id)) continue;
    if (r.clip_path && (await storage.stat(r.clip_path))) present++;
  }
  return present;
}

/**
 * The built-in library, so a fresh install can generate a choreography without any download: rendered
 * once into `buildDir` (default <dataDir>/library/generated), stored in media storage and registered in move_embeddings
 * (source = 'generated'), updating rows instead of duplicating them.
 */
export async function ensureDefaultLibrary(db: JobDatabase, storage: MediaStorage, buildDir: string, log: (line: string) => void = () => undefined): Promise<number> {
  if ((await installedGeneratedMoves(db, storage)) >= GENERATED_MOVES.length) return 0;
  const client = await db.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LIBRARY_LOCK]);
    if ((await installedGeneratedMoves(db, storage)) >= GENERATED_MOVES.length) return 0;
    log(`building the built-in move library (${GENERATED_MOVES.length} moves)…`);
    const started = Date.now();
    const moves = await buildGeneratedLibrary(buildDir);
    for (const move of moves) await registerGeneratedMove(db, storage, move);
    log(`built-in move library ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return moves.length;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LIBRARY_LOCK]).catch(() => undefined);
    client.release();
  }
}

async function registerGeneratedMove(db: JobDatabase, storage: MediaStorage, move: MoveClip): Promise<void> {
  const key = generatedClipKey(move.moveId);
  await storage.putFile(key, move.clip, 'video/mp4');
  // The pose "embedding" of a generated move is its ground-truth start pose, flattened.
  const poseEmbedding = move.poseStart ? [...move.poseStart.lead, ...move.poseStart.follow].flat() : [];
  await db.query(
    `INSERT INTO move_embeddings (move_id, move_name, video_path, pose_embedding, audio_embedding, text_embedding, difficulty, energy_level, style,
       duration, created_at, updated_at, label, tempo, beats, clip_offset, start_position, end_position, clip_path, pose_start, pose_end, motion, source)
     VALUES ($1, $2, $3, $4, '[]', '[]', $5, $6, $7, $8, now(), now(), $9, $10, $11, $12, $13, $14, $3, $15, $16, $17, 'generated')
     ON CONFLICT (move_id) DO UPDATE SET move_name = EXCLUDED.move_name, video_path = EXCLUDED.video_path, pose_embedding = EXCLUDED.pose_embedding,
       difficulty = EXCLUDED.difficulty, energy_level = EXCLUDED.energy_level, style = EXCLUDED.style, duration = EXCLUDED.duration,
       updated_at = now(), label = EXCLUDED.label, tempo = EXCLUDED.tempo, beats = EXCLUDED.beats, clip_offset = EXCLUDED.clip_offset,
       start_position = EXCLUDED.start_position, end_position = EXCLUDED.end_position, clip_path = EXCLUDED.clip_path,
       pose_start = EXCLUDED.pose_start, pose_end = EXCLUDED.pose_end, motion = EXCLUDED.motion, source = 'generated'`,
    [move.moveId, move.name, key, JSON.stringify(poseEmbedding), move.difficulty, move.energy, move.style, move.duration, move.label, move.tempo,
      move.beats, move.offset ?? 0, move.startPosition ?? null, move.endPosition ?? null, JSON.stringify(move.poseStart ?? null), JSON.stringify(move.poseEnd ?? null),
      // The definition's hash: a changed move (new keyframes, tempo) is re-rendered and updated.
      JSON.stringify({ generatedHash: moveHash(generatedMove(move.moveId)!) })]);
}
