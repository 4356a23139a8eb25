import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ChoreographyTask } from '../../db/entities';
import { badInput, notFound } from '../../errors';
import { pageWindow, toPage, type Page } from '../../graphql/connection';
import type { JobRunner } from '../../jobs/job-runner';
import type { Logger } from '../../logger';
import { SongService } from '../songs/song.service';
import { findPage } from '../../db/find-page';

export const CANCELLED_MESSAGE = 'Cancelled by user';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GenerateInput {
  songId: string;
  difficulty: string;
  energyLevel: string;
  style: string;
  seed?: number | null;
  videoSize?: string | null;
  captions?: boolean | null;
}

export class TaskService {
  constructor(private readonly em: EntityManager, private readonly runner: JobRunner, private readonly log: Logger) {}

  async generate(userId: number, input: GenerateInput): Promise<ChoreographyTask> {
    const song = await new SongService(this.em).get(userId, input.songId);
    if (input.seed != null && (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > 2 ** 31 - 1)) {
      throw badInput('seed must be a whole number between 0 and 2147483647.', 'seed');
    }
    const seed = input.seed ?? Math.floor(Math.random() * 2 ** 31);
    const now = new Date();
    const task = this.em.create(ChoreographyTask, {
      taskId: randomUUID(), status: 'started', progress: 0, stage: 'queued',
      message: 'Waiting for the video job to start…', userId, songId: song.id,
      parameters: { songId: song.id, difficulty: input.difficulty, energyLevel: input.energyLevel, style: input.style, seed, ...(input.videoSize ? { videoSize: input.videoSize } : {}), ...(input.captions ? { captions: true } : {}) },
      attempts: 0, createdAt: now, updatedAt: now,
    });
    await this.em.flush();
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
