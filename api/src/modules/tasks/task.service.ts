import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ChoreographyTask } from '../../db/entities';
import { badInput, notFound } from '../../errors';
import { pageWindow, toPage, type Page } from '../../graphql/connection';
import type { JobRunner } from '../../jobs/job-runner';
import type { Logger } from '../../logger';
import { SongService } from '../songs/song.service';
import { findPage } from '../../db/find-page';
import { checkGenerationLimits, DAY_MS, KeyedSerializer, type GenerationLimits } from './task-limits';

export const CANCELLED_MESSAGE = 'Cancelled by user';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GenerateInput {
  songId: string;
  difficulty: string;
  energyLevel: string;
  style: string;
  seed?: number | null;
  preferMoves?: string[] | null;
  avoidMoves?: string[] | null;
  videoSize?: string | null;
  captions?: boolean | null;
}

/** Namespace of the advisory locks that serialise one dancer's generate requests across api processes. */
const GENERATE_LOCK_NAMESPACE = 0x6262; // 'bb'
const perDancer = new KeyedSerializer();

export const DEFAULT_LIMITS: GenerationLimits = { maxActive: 3, dailyLimit: 50 };

export class TaskService {
  constructor(private readonly em: EntityManager, private readonly runner: JobRunner, private readonly log: Logger,
    private readonly limits: GenerationLimits = DEFAULT_LIMITS) {}

  async generate(userId: number, input: GenerateInput): Promise<ChoreographyTask> {
    const song = await new SongService(this.em).get(userId, input.songId);
    if (input.seed != null && (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > 2 ** 31 - 1)) {
      throw badInput('seed must be a whole number between 0 and 2147483647.', 'seed');
    }
    const seed = input.seed ?? Math.floor(Math.random() * 2 ** 31);
    const preferMoves = [...new Set(input.preferMoves ?? [])];
    const avoidMoves = [...new Set(input.avoidMoves ?? [])];
    if (preferMoves.some((f) => avoidMoves.includes(f))) throw badInput('A kind of figure cannot be both preferred and avoided.', 'preferMoves');
    // Count and insert under one lock per dancer, so a burst of concurrent requests cannot all see
    // room for one more.
    const task = await perDancer.run(userId, () => this.em.transactional(async (em) => {
      await em.execute('SELECT pg_advisory_xact_lock(?, ?)', [GENERATE_LOCK_NAMESPACE, userId]);
      const now = new Date();
      const [usage] = await em.execute<Array<{ active: string; today: string }>>(
        `SELECT count(*) FILTER (WHERE status IN ('started', 'pending', 'running')) AS active,
                count(*) FILTER (WHERE created_at > ?) AS today
         FROM choreography_tasks WHERE user_id = ?`, [new Date(now.getTime() - DAY_MS), userId]);
      const createdToday = Number(usage.today);
      let blockingCreatedAt: Date | null = null;
      if (createdToday >= this.limits.dailyLimit) {
        const [row] = await em.execute<Array<{ created_at: Date }>>(
          `SELECT created_at FROM choreography_tasks WHERE user_id = ? AND created_at > ? ORDER BY created_at OFFSET ? LIMIT 1`,
          [userId, new Date(now.getTime() - DAY_MS), createdToday - this.limits.dailyLimit]);
        blockingCreatedAt = row ? new Date(row.created_at) : null;
      }
      const refused = checkGenerationLimits({ active: Number(usage.active), createdToday, blockingCreatedAt }, this.limits, now);
      if (refused) throw refused;
      const created = em.create(ChoreographyTask, {
        taskId: randomUUID(), status: 'started', progress: 0, stage: 'queued',
        message: 'Waiting for the video job to start…', userId, songId: song.id,
        parameters: {
          songId: song.id, difficulty: input.difficulty, energyLevel: input.energyLevel, style: input.style, seed,
          // Only when asked for: rows stay in the old app's shape otherwise.
          ...(preferMoves.length ? { preferMoves } : {}), ...(avoidMoves.length ? { avoidMoves } : {}),
          ...(input.videoSize ? { videoSize: input.videoSize } : {}), ...(input.captions ? { captions: true } : {}),
        },
        attempts: 0, createdAt: now, updatedAt: now,
      });
      await em.flush();
      return created;
    }));
    this.em.merge(task);
    try {
      const { executionName } = await this.runner.start({ taskId: task.taskId, userId });
      if (executionName) {
        await this.em.nativeUpdate(ChoreographyTask, { taskId: task.taskId }, { jobExecutionName: executionName });
        task.jobExecutionName = executionName;
      }
    } catch (e) {
      this.log.error('job runner refused a task', { taskId: task.taskId, error: e });
      await this.fail(task.taskId, 'The video job could not be started. Please try again.', (e as Error).message);
      await this.em.refresh(task);
    }
    return task;
  }

  async get(userId: number, id: string): Promise<ChoreographyTask> {
    if (!UUID.test(id)) throw notFound('Task');
    const task = await this.em.findOne(ChoreographyTask, { taskId: id, userId });
    if (!task) throw notFound('Task');
    return task;
  }

  async list(userId: number, status: string | null | undefined, first?: number | null, after?: string | null): Promise<Page<ChoreographyTask>> {
    const { offset, limit } = pageWindow(first, after);
    const where = status ? { userId, status: status === 'started' ? { $in: ['started', 'pending'] } : status } : { userId };
    const [items, total] = await findPage(this.em, ChoreographyTask, where, { orderBy: [{ createdAt: 'DESC' }, { taskId: 'DESC' }], offset, limit });
    return toPage(items, total, offset);
  }

  /** Only waiting or running tasks can be cancelled; they end failed with "Cancelled by user". */
  async cancel(userId: number, id: string): Promise<ChoreographyTask> {
    const task = await this.get(userId, id);
    const updated = await this.em.nativeUpdate(ChoreographyTask,
      { taskId: task.taskId, status: { $in: ['started', 'running', 'pending'] } },
      { status: 'failed', stage: 'failed', message: CANCELLED_MESSAGE, error: 'cancelled', updatedAt: new Date() });
    if (!updated) throw badInput(`This task is already ${task.status}; only waiting or running tasks can be cancelled.`, 'id');
    await this.em.refresh(task);
    try {
      await this.runner.cancel({ taskId: task.taskId, executionName: task.jobExecutionName });
    } catch (e) {
      this.log.warn('job runner could not cancel', { taskId: task.taskId, error: e });
    }
    return task;
  }

  private async fail(taskId: string, message: string, error: string): Promise<void> {
    await this.em.nativeUpdate(ChoreographyTask, { taskId }, { status: 'failed', stage: 'failed', message, error, updatedAt: new Date() });
  }
}
