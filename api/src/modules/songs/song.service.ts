import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Song } from '../../db/entities';
import { badInput, notFound } from '../../errors';
import { pageWindow, toPage, type Page } from '../../graphql/connection';
import type { SongType } from './song.types';
import { findPage } from '../../db/find-page';

export function toSongType(song: Song, viewerId: number): SongType {
  return {
    id: String(song.id), title: song.title, artist: song.artist, duration: song.duration, bpm: song.bpm ?? null,
    genre: song.genre ?? null, isUpload: song.ownerId != null && song.ownerId === viewerId, isDemo: song.isDemo ?? false,
    analysed: song.analysisVersion != null, createdAt: song.createdAt, audioKey: song.audioPath,
  };
}

/** Songs a user may see: the shared library (no owner) and their own uploads. */
export function visibleTo(userId: number): FilterQuery<Song> {
  return { $or: [{ ownerId: null }, { ownerId: userId }] };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export class SongService {
  constructor(private readonly em: EntityManager) {}

  async list(userId: number, args: { search?: string | null; genre?: string | null; bpmMin?: number | null; bpmMax?: number | null; first?: number | null; after?: string | null }): Promise<Page<Song>> {
    const { offset, limit } = pageWindow(args.first, args.after);
    if (args.bpmMin != null && args.bpmMax != null && args.bpmMin > args.bpmMax) throw badInput('bpmMin must not be greater than bpmMax.', 'bpmMin');
    const and: FilterQuery<Song>[] = [visibleTo(userId)];
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      and.push({ $or: [{ title: { $ilike: like } }, { artist: { $ilike: like } }] });
    }
    if (args.genre?.trim()) and.push({ genre: { $ilike: escapeLike(args.genre.trim()) } });
    if (args.bpmMin != null) and.push({ bpm: { $gte: args.bpmMin } });
    if (args.bpmMax != null) and.push({ bpm: { $lte: args.bpmMax } });
    const [items, total] = await findPage(this.em, Song, { $and: and }, {
      orderBy: [{ isDemo: 'DESC NULLS LAST' }, { title: 'ASC' }, { id: 'ASC' }], offset, limit,
    });
    return toPage(items, total, offset);
  }

  async get(userId: number, id: string | number): Promise<Song> {
    const numeric = Number(id);
    if (!Number.isInteger(numeric) || numeric <= 0) throw notFound('Song');
    const song = await this.em.findOne(Song, { $and: [{ id: numeric }, visibleTo(userId)] });
    if (!song) throw notFound('Song');
    return song;
  }
}
