import { rateLimited, type AppError } from '../../errors';

/** Per-dancer limits on video generation (TASK_MAX_ACTIVE_PER_DANCER, TASK_DAILY_LIMIT_PER_DANCER). */
export interface GenerationLimits {
  /** tasks waiting or running at once */
  maxActive: number;
  /** tasks created in any 24 hours */
  dailyLimit: number;
}

export interface DancerUsage {
  /** the dancer's tasks now waiting or running */
  active: number;
  /** created in the last 24 hours, oldest first (only the first few are needed) */
  createdToday: number;
  /** when the task that has to leave the 24-hour window before another is allowed was created */
  blockingCreatedAt: Date | null;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A hint for clients when the wait depends on a running video: about how long one takes. */
export const ACTIVE_RETRY_SECONDS = 60;

function inWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** null when the dancer may queue another video; else the RATE_LIMITED error saying when to try again. */
export function checkGenerationLimits(usage: DancerUsage, limits: GenerationLimits, now = new Date()): AppError | null {
  if (usage.active >= limits.maxActive) {
    const n = limits.maxActive;
    return rateLimited(
      `You already have ${n} video${n === 1 ? '' : 's'} waiting or being made, the most at once. Try again as soon as one of them is finished.`,
      ACTIVE_RETRY_SECONDS);
  }
  if (usage.createdToday >= limits.dailyLimit) {
    const freeAt = usage.blockingCreatedAt ? usage.blockingCreatedAt.getTime() + DAY_MS : now.getTime() + DAY_MS;
    const seconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
    return rateLimited(
      `You have made ${limits.dailyLimit} videos in the last 24 hours, the most per day. Try again in ${inWords(seconds)} (at ${new Date(freeAt).toISOString().slice(11, 16)} UTC).`,
      seconds);
  }
  return null;
}

/**
 * Runs `fn` for one key at a time in this process: one dancer's burst of requests waits here in
 * memory instead of holding database connections that other dancers' requests need.
 */
export class KeyedSerializer {
  private tails = new Map<string | number, Promise<unknown>>();

  run<T>(key: string | number, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const result = prev.then(fn, fn);
    const tail = result.then(() => undefined, () => undefined);
    this.tails.set(key, tail);
    void tail.then(() => { if (this.tails.get(key) === tail) this.tails.delete(key); });
    return result;
  }
}
