import { jobLaunchSettings } from '@bachata/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import type { JobRunner } from './job-runner';
import { LocalJobRunner } from './local-job-runner';

/**
 * A job-workspace program as a separate process (the api never imports job code): the built file, or
 * its TypeScript source through the swc runner when the project is not built (tests, development).
 */
export function jobProgram(rootDir: string, relative: string): string[] {
  const built = join(rootDir, 'job', 'dist', `${relative}.js`);
  if (existsSync(built) && !jobLaunchSettings().fromSource) return [process.execPath, built];
  return [process.execPath, join(rootDir, 'scripts', 'with-swc.cjs'), join(rootDir, 'job', 'src', `${relative}.ts`)];
}

/** The command that runs one task locally (JOB_COMMAND overrides it). */
export function localJobCommand(rootDir: string): string[] {
  return jobLaunchSettings().command ?? jobProgram(rootDir, 'main');
}

/** First-start setup (JOB_SETUP_COMMAND overrides it; `none` skips it when the library and demo songs exist). */
export function setupCommand(rootDir: string): string[] | undefined {
  const custom = jobLaunchSettings().setupCommand;
  if (custom === 'none') return undefined;
  return custom ?? jobProgram(rootDir, 'cli/setup');
}

/** What a local job-workspace program is told: the database, the data dir and the storage. */
export function jobEnv(config: AppConfig, databaseUrl: string): Record<string, string | undefined> {
  return { DATABASE_URL: databaseUrl, DATA_DIR: config.dataDir, LIBRARY_BUILD_DIR: jobLaunchSettings().libraryBuildDir, STORAGE: config.storage.kind, MEDIA_ROOT: config.storage.mediaRoot, GCS_BUCKET: config.storage.gcsBucket, GCS_API_ENDPOINT: config.storage.gcsApiEndpoint };
}

/** A runner that accepts tasks and starts nothing (JOB_RUNNER=none: an api without video jobs). */
class NoJobRunner implements JobRunner {
  async start(): Promise<{ executionName?: string }> { return {}; }
  async cancel(): Promise<void> {}
}

export function createJobRunner(config: AppConfig, deps: { pool: Pool; databaseUrl: string; log: Logger }): JobRunner {
  switch (config.jobRunner) {
    case 'cloudrun': {
      // Loaded only when chosen: the Google client libraries are heavy and unused locally.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy, synchronous load
      const { CloudRunJobRunner } = require('./cloud-run-runner') as typeof import('./cloud-run-runner');
      return new CloudRunJobRunner({ projectId: config.cloudRun.projectId, region: config.cloudRun.region, jobName: config.cloudRun.jobName });
    }
    case 'none':
      return new NoJobRunner();
    default: {
      const runner = new LocalJobRunner({
        pool: deps.pool, command: localJobCommand(config.rootDir), setupCommand: setupCommand(config.rootDir), cwd: config.rootDir, concurrency: config.jobConcurrency,
        shutdownGraceMs: config.shutdownGraceSeconds * 1000,
        env: jobEnv(config, deps.databaseUrl),
        log: deps.log.child({ component: 'local-job-runner' }),
      });
      void runner.recover().catch((e) => deps.log.error('local job runner recovery failed', { error: e }));
      return runner;
    }
  }
}
