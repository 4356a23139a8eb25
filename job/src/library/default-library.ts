import type { MediaStorage, MoveClip } from '@bachata/core';
import type { JobDatabase } from '../store/database';
import { buildGeneratedLibrary, GENERATED_MOVES, generatedMove, moveHash } from './generated';
import { upsertMoveRow } from './move-rows';

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
  // The definition's hash in `motion`: a changed move (new keyframes, tempo) is rendered and updated again.
  await upsertMoveRow(db, { move, videoPath: key, clipPath: key, motion: { generatedHash: moveHash(generatedMove(move.moveId)!) }, source: 'generated' });
}
