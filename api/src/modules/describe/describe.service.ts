import type { EntityManager } from '@mikro-orm/postgresql';
import { toDifficulty, type DescribeDefaults, type SongCandidate } from '@bachata/core';
import { User } from '../../db/entities';
import { badInput } from '../../errors';

/** Longest request accepted; longer text is refused, not cut, so the dancer knows. */
export const MAX_REQUEST_LENGTH = 500;
/** Songs considered for a choice: the library and the dancer's uploads, newest uploads first. */
const MAX_CANDIDATES = 500;

export class DescribeService {
  constructor(private readonly em: EntityManager) {}

  checkRequest(text: string): string {
    const trimmed = text.trim();
    if (!trimmed) throw badInput('Describe the dance you want in a few words.', 'text');
    if (trimmed.length > MAX_REQUEST_LENGTH) throw badInput(`Keep the description under ${MAX_REQUEST_LENGTH} characters.`, 'text');
    return trimmed;
  }

  /** The songs the dancer may use, with tempo and (when analysed) mean energy, in one query. */
  async candidates(userId: number): Promise<SongCandidate[]> {
    const rows: Array<{ id: number; title: string; artist: string; bpm: number | null; energy: number | null; owner_id: number | null }> = await this.em.getConnection().execute(
      `SELECT id, title, artist, bpm, owner_id,
              CASE WHEN jsonb_typeof(analysis::jsonb -> 'energy') = 'array'
                   THEN (SELECT avg(e::float8) FROM jsonb_array_elements_text(analysis::jsonb -> 'energy') AS e) END AS energy
         FROM songs WHERE owner_id IS NULL OR owner_id = ?
        ORDER BY owner_id IS NULL, id DESC LIMIT ${MAX_CANDIDATES}`, [userId]);
    return rows.map((r) => ({
      id: String(r.id), title: r.title, artist: r.artist ?? '', bpm: r.bpm, isUpload: r.owner_id != null,
      energy: r.energy == null || !Number.isFinite(Number(r.energy)) ? null : Number(r.energy),
    }));
  }

  async defaults(userId: number): Promise<DescribeDefaults> {
    const user = await this.em.findOne(User, { id: userId });
    const difficulty = toDifficulty(String(user?.preferences?.defaultDifficulty ?? ''));
    return difficulty ? { difficulty } : {};
  }
}
