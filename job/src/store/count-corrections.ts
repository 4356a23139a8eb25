import type { JobDatabase } from './database';

/**
 * The dancer's count correction for a song (song_count_corrections, owned by the api's migrations), or
 * 0. A correction made on another version of the song's analysis is relative to a grid that no longer
 * exists, so it does not apply.
 */
export async function countOffsetFor(db: JobDatabase, userId: number, songId: number, analysisVersion: number): Promise<number> {
  const { rows } = await db.query<{ offset_beats: number }>(
    `SELECT offset_beats FROM song_count_corrections WHERE user_id = $1 AND song_id = $2 AND analysis_version = $3`, [userId, songId, analysisVersion]);
  return rows[0]?.offset_beats ?? 0;
}

/** The plan note that tells the dancer the video follows their count. */
export function countCorrectionNote(offsetBeats: number): string {
  const n = Math.abs(offsetBeats);
  return `Counted with your correction: every "1" moved ${n} beat${n === 1 ? '' : 's'} ${offsetBeats > 0 ? 'later' : 'earlier'}.`;
}
