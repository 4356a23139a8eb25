import type { MediaStorage } from '@bachata/core';
import type { Pool } from 'pg';
import type { AppConfig } from './config';
import type { Orm } from './db/orm';
import type { JobRunner } from './jobs/job-runner';
import type { Logger } from './logger';
import type { MediaService } from './media/media-service';
import type { TaskUpdateHub } from './modules/tasks/task-updates';

/** Everything a request handler may use, built once per process (tests build their own). */
export interface AppServices {
  config: AppConfig;
  orm: Orm;
  /** plain pg pool for the few raw statements (readiness, reaper, runner queue) */
  pool: Pool;
  storage: MediaStorage;
  media: MediaService;
  jobRunner: JobRunner;
  taskUpdates: TaskUpdateHub;
  log: Logger;
}
