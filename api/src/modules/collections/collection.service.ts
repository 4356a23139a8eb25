import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { DIFFICULTIES, toDifficulty } from '@bachata/core';
import { ChoreographyTask, SavedChoreography, Song } from '../../db/entities';
import { badInput, conflict, notFound } from '../../errors';
import { pageWindow, toPage, type Page } from '../../graphql/connection';
import { resultKeys } from '../tasks/task.mapper';
import { findPage } from '../../db/find-page';
import { removeFromClassPlans } from '../class-plans/class-plan.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORTS: Record<string, QueryOrderMap<SavedChoreography>[]> = {
  newest: [{ createdAt: 'DESC' }, { id: 'ASC' }],
  oldest: [{ createdAt: 'ASC' }, { id: 'ASC' }],
  title: [{ title: 'ASC' }, { id: 'ASC' }],
  duration: [{ duration: 'DESC' }, { id: 'ASC' }],
};

/** Legacy difficulty spellings (low/medium/high) stored by the old app match their canonical value. */
function difficultyValues(d: string): string[] {
  const legacy: Record<string, string> = { beginner: 'low', intermediate: 'medium', advanced: 'high' };
  return [d, legacy[d]];
}

function validTitle(title: string): string {
  const t = title.trim();
  if (!t || t.length > 200) throw badInput('Title must have 1–200 characters.', 'title');
  return t;
}

function validNotes(notes: string): string {
  if (notes.length > 5000) throw badInput('Notes can have at most 5000 characters.', 'notes');
  return notes;
}

export class CollectionService {
  constructor(private readonly em: EntityManager) {}

  async save(userId: number, input: { taskId: string; title?: string | null; difficulty?: string | null; notes?: string | null }): Promise<SavedChoreography> {
    if (!UUID.test(input.taskId)) throw notFound('Task');
    const task = await this.em.findOne(ChoreographyTask, { taskId: input.taskId, userId });
    if (!task) throw notFound('Task');
    if (task.status !== 'completed' || !task.result) throw badInput('Only a completed choreography can be saved.', 'taskId');
    if (await this.em.count(SavedChoreography, { taskId: task.taskId })) throw conflict('This choreography is already in your collection.', 'taskId');
    const keys = resultKeys(task.result);
    if (!keys.video) throw badInput('This task has no video to save.', 'taskId');
    const params = (task.parameters ?? {}) as Record<string, unknown>;
    const song = task.songId ? await this.em.findOne(Song, { id: task.songId }) : null;
    const difficulty = input.difficulty ?? toDifficulty(String(params.difficulty ?? '')) ?? 'beginner';
    const result = task.result as Record<string, unknown>;
    const analysis = (result.analysis ?? {}) as Record<string, unknown>;
    const saved = this.em.create(SavedChoreography, {
      userId, taskId: task.taskId, difficulty,
      title: validTitle(input.title ?? `${song?.title ?? 'Choreography'} - ${difficulty[0].toUpperCase()}${difficulty.slice(1)}`),
      notes: input.notes != null ? validNotes(input.notes) : null,
      videoPath: keys.video, thumbnailPath: keys.poster,
      duration: typeof result.duration === 'number' ? result.duration : song?.duration ?? 0,
      // Same shapes the old app wrote, so it can still list these rows.
      musicInfo: { title: song?.title ?? '', artist: song?.artist ?? '', tempo: analysis.bpm ?? song?.bpm ?? null, song_id: song?.id ?? null },
      generationParameters: { task_id: task.taskId, energy_level: params.energyLevel, style: params.style, difficulty: params.difficulty, seed: params.seed },
      createdAt: new Date(),
    });
    try {
      await this.em.flush();
    } catch (e) {
      if ((e as { code?: string }).code === '23505' || /unique/i.test((e as Error).message)) throw conflict('This choreography is already in your collection.', 'taskId');
      throw e;
    }
    return saved;
  }

  async list(userId: number, args: { difficulty?: string | null; search?: string | null; sort?: string | null; first?: number | null; after?: string | null }): Promise<Page<SavedChoreography>> {
    const { offset, limit } = pageWindow(args.first, args.after);
    const where: FilterQuery<SavedChoreography> = { userId };
    if (args.difficulty) where.difficulty = { $in: difficultyValues(args.difficulty) };
    if (args.search?.trim()) where.title = { $ilike: `%${args.search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%` };
    const [items, total] = await findPage(this.em, SavedChoreography, where, { orderBy: SORTS[args.sort ?? 'newest'] ?? SORTS.newest, offset, limit });
    return toPage(items, total, offset);
  }

  async get(userId: number, id: string): Promise<SavedChoreography> {
    if (!UUID.test(id)) throw notFound('Choreography');
    const saved = await this.em.findOne(SavedChoreography, { id, userId });
    if (!saved) throw notFound('Choreography');
    return saved;
  }

  async update(userId: number, id: string, input: { title?: string | null; difficulty?: string | null; notes?: string | null }): Promise<SavedChoreography> {
    const saved = await this.get(userId, id);
    if (input.title != null) saved.title = validTitle(input.title);
    if (input.difficulty != null) saved.difficulty = input.difficulty;
    if (input.notes != null) saved.notes = validNotes(input.notes);
    await this.em.flush();
    return saved;
  }

  /** Removes the collection entry; the video stays with its task (the task result still points to it). */
  async delete(userId: number, id: string): Promise<boolean> {
    const saved = await this.get(userId, id);
    await removeFromClassPlans(this.em, [saved.id]);
    await this.em.remove(saved).flush();
    return true;
  }

  async deleteAll(userId: number): Promise<number> {
    const ids = (await this.em.find(SavedChoreography, { userId }, { fields: ['id'] })).map((s) => s.id);
    if (!ids.length) return 0;
    await removeFromClassPlans(this.em, ids);
    return this.em.nativeDelete(SavedChoreography, { userId });
  }

  async stats(userId: number): Promise<{ totalCount: number; byDifficulty: Array<{ difficulty: string; count: number }>; totalDuration: number; recentCount: number }> {
    const rows: Array<{ difficulty: string; count: string; duration: string; recent: string }> = await this.em.getConnection().execute(
      `SELECT difficulty, count(*) AS count, coalesce(sum(duration), 0) AS duration,
              count(*) FILTER (WHERE created_at > now() - interval '30 days') AS recent
       FROM saved_choreographies WHERE user_id = ? GROUP BY difficulty`, [userId]);
    const counts = new Map<string, number>(DIFFICULTIES.map((d) => [d, 0]));
    let totalCount = 0, totalDuration = 0, recentCount = 0;
    for (const r of rows) {
      const d = toDifficulty(r.difficulty) ?? 'beginner';
      counts.set(d, (counts.get(d) ?? 0) + Number(r.count));
      totalCount += Number(r.count);
      totalDuration += Number(r.duration);
      recentCount += Number(r.recent);
    }
    return { totalCount, totalDuration, recentCount, byDifficulty: [...counts].map(([difficulty, count]) => ({ difficulty, count })) };
  }
}
