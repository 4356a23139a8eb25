import type { EntityManager } from '@mikro-orm/postgresql';
import {
  MAX_COUNT_OFFSET_BEATS, isValidCountOffset, nearestBeatIndex, offsetForTheOneAt, type CountGrid,
} from '@bachata/core';
import { Song, SongCountCorrection } from '../../db/entities';
import { badInput } from '../../errors';
import { SongService } from '../songs/song.service';

const NOT_ANALYSED = 'This song has not been analysed yet: generate a choreography of it first, then fix its count.';

/** The count grid of a cached analysis, or null when it has none usable. */
function gridOf(analysis: unknown): CountGrid | null {
  const a = analysis as Partial<CountGrid> | null | undefined;
  if (!a || !Array.isArray(a.beats) || !Array.isArray(a.phrases) || a.beats.length === 0) return null;
  if (!a.beats.every((b) => typeof b === 'number' && Number.isFinite(b))) return null;
  return { beats: a.beats, phrases: a.phrases.filter((p) => typeof p === 'number' && Number.isFinite(p)) };
}

/**
 * Count corrections per dancer and song. A dancer corrects only songs they can see (the shared library
 * and their own uploads, else NOT_FOUND like a missing song), and a correction is theirs alone.
 */
export class CountCorrectionService {
  constructor(private readonly em: EntityManager) {}

  /** The dancer's offset for the song's current analysis (0: none, or made on an older analysis). */
  async offsetFor(userId: number, songId: number, analysisVersion: number | null | undefined): Promise<number> {
    if (analysisVersion == null) return 0;
    const row = await this.em.findOne(SongCountCorrection, { userId, songId, analysisVersion });
    return row?.offsetBeats ?? 0;
  }

  async set(userId: number, songId: string, offsetBeats: number): Promise<Song> {
    if (!isValidCountOffset(offsetBeats)) {
      throw badInput(`offsetBeats must be a whole number of beats from -${MAX_COUNT_OFFSET_BEATS} to ${MAX_COUNT_OFFSET_BEATS} (8 beats is the same count again).`, 'offsetBeats');
    }
    const song = await new SongService(this.em).get(userId, songId);
    if (song.analysisVersion == null) throw badInput(NOT_ANALYSED, 'songId');
    await this.store(userId, song, offsetBeats);
    return song;
  }

  /** "Set the 1 here": the beat nearest to `beatTime` (seconds) becomes a "1", relative to the song's own analysis. */
  async setTheOneAt(userId: number, songId: string, beatTime: number): Promise<Song> {
    const song = await new SongService(this.em).get(userId, songId);
    if (!Number.isFinite(beatTime) || beatTime < 0 || beatTime > song.duration + 1) {
      throw badInput(`beatTime must be a time in the song, from 0 to ${Math.round(song.duration)} seconds.`, 'beatTime');
    }
    if (song.analysisVersion == null) throw badInput(NOT_ANALYSED, 'songId');
    await this.em.populate(song, ['analysis']);
    const grid = gridOf(song.analysis);
    if (!grid) throw badInput(NOT_ANALYSED, 'songId');
    await this.store(userId, song, offsetForTheOneAt(grid, nearestBeatIndex(grid.beats, beatTime)));
    return song;
  }

  async clear(userId: number, songId: string): Promise<Song> {
    const song = await new SongService(this.em).get(userId, songId);
    await this.em.nativeDelete(SongCountCorrection, { userId, songId: song.id });
    return song;
  }

  private async store(userId: number, song: Song, offsetBeats: number): Promise<void> {
    const now = new Date();
    await this.em.upsert(SongCountCorrection,
      { userId, songId: song.id, offsetBeats, analysisVersion: song.analysisVersion!, createdAt: now, updatedAt: now },
      { onConflictFields: ['userId', 'songId'], onConflictMergeFields: ['offsetBeats', 'analysisVersion', 'updatedAt'] });
  }
}
