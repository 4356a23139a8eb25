import { createMediaStorage, embeddedPostgresSettings } from '@bachata/core';
import { Pool } from 'pg';
import type { AppConfig } from './config';
import { initOrm, migrate } from './db/orm';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import type { JobRunner } from './jobs/job-runner';
import { createJobRunner } from './jobs/create-job-runner';
import type { Logger } from './logger';
import { MediaService } from './media/media-service';
import { TaskUpdateHub } from './modules/tasks/task-updates';
import { startTaskReaper } from './modules/tasks/task-reaper';
import type { AppServices } from './services';

export interface Bootstrapped {
  services: AppServices;
  embedded: EmbeddedDatabase | null;
  shutdown(): Promise<void>;
}

/**
 * Builds every service the api needs: the database (DATABASE_URL or an embedded PostgreSQL under
 * .data/), migrations, storage, the LISTEN hub, the job runner and the reaper.
 */
export async function bootstrap(config: AppConfig, log: Logger, opts: { jobRunner?: JobRunner; reaper?: boolean } = {}): Promise<Bootstrapped> {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, embeddedPostgresSettings().port, log);
    databaseUrl = embedded.url;
    log.info('embedded PostgreSQL started', { dataDir: config.dataDir });
  }
  const orm = await initOrm(databaseUrl);
  const applied = await migrate(orm);
  if (applied.length) log.info('migrations applied', { migrations: applied });
  const pool = createApiPool(databaseUrl, log);
  const storage = createMediaStorage({
    kind: config.storage.kind, mediaRoot: config.storage.mediaRoot, gcsBucket: config.storage.gcsBucket,
    gcsApiEndpoint: config.storage.gcsApiEndpoint, urlSecret: config.storage.urlSecret, publicBaseUrl: config.storage.publicBaseUrl,
    gcsProjectId: config.cloudRun.projectId,
  });
  const taskUpdates = new TaskUpdateHub(databaseUrl, log, pool);
  await taskUpdates.start();
  const jobRunner = opts.jobRunner ?? createJobRunner(config, { pool, databaseUrl, log });
  const services: AppServices = {
    config: { ...config, databaseUrl }, orm, pool, storage,
    media: new MediaService(storage, config.storage.signedUrlTtlSeconds), jobRunner, taskUpdates, log,
  };
  const stopReaper = opts.reaper === false ? () => undefined
    : startTaskReaper(pool, config.reaper.staleAfterSeconds, config.reaper.intervalSeconds, log, { startTimeoutSeconds: config.reaper.startTimeoutSeconds, runner: jobRunner });
  let shuttingDown: Promise<void> | null = null;
  return {
    services,
    embedded,
    // Once, whoever calls it: jobs stopped first (they may still write through the pools), then every pool.
    shutdown: () => shuttingDown ??= (async () => {
      stopReaper();
      await jobRunner.close?.().catch((e) => log.warn('job runner close failed', { error: e }));
      await taskUpdates.close();
      await pool.end().catch(() => undefined);
      await orm.close(true).catch(() => undefined);
      if (embedded) await embedded.stop();
    })(),
  };
}

/**
 * The api's plain pg pool. A connection that PostgreSQL drops while idle (restart, failover,
 * pg_terminate_backend) emits 'error' on the pool; without a listener that is an uncaught exception
 * and the process exits. The pool discards the dead client and opens a new one on the next query.
 */
export function createApiPool(databaseUrl: string, log: Logger): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max: 5, application_name: 'bachata-api', connectionTimeoutMillis: 5000 });
  pool.on('error', (e) => log.warn('idle database connection lost; it will be replaced', { error: e.message, code: (e as { code?: string }).code }));
  return pool;
}
