import { createMediaStorage, environment, projectPaths, setting, storageSettings, type Env, type MediaStorage } from '@bachata/core';
import { resolve } from 'node:path';
import { moveIndexSettings, type MoveIndexSettings } from './library/move-index';

/** What the job reads from its environment (set by the api's runners or Cloud Run). */
export interface JobConfig {
  databaseUrl: string;
  dataDir: string;
  /** where the built-in library's clips are rendered (reused across installs when shared) */
  libraryBuildDir: string;
  renderSize: '360p' | '720p';
  storage: MediaStorage;
  /** MOVE_INDEX and its Elasticsearch settings, checked here so a wrong value stops the job before a task starts */
  moveIndex: MoveIndexSettings;
  /** USER_ID: the owner of TASK_ID, as the api's runners pass it */
  userId?: number;
}

/** job/src or job/dist → project root two levels up. */
const DEFAULT_ROOT = resolve(__dirname, '..', '..');

/** Without an argument: the process environment, with the project's `.env` (when present) filling gaps. */
export function loadJobConfig(env: Record<string, string | undefined> = environment(DEFAULT_ROOT)): JobConfig {
  // Paths and storage are read by core, as the api reads them.
  const paths = projectPaths(env, DEFAULT_ROOT);
  const shared = storageSettings(env, paths);
  const databaseUrl = setting(env, 'DATABASE_URL');
  if (!databaseUrl) throw new Error('DATABASE_URL is required (the api passes it to the job)');
  const size = setting(env, 'RENDER_SIZE') ?? '360p';
  if (size !== '360p' && size !== '720p') throw new Error(`RENDER_SIZE must be 360p or 720p, got "${size}"`);
  const userId = env.USER_ID ? Number(env.USER_ID) : undefined;
  if (userId !== undefined && !Number.isSafeInteger(userId)) throw new Error(`USER_ID must be a user id, got "${env.USER_ID}"`);
  return {
    databaseUrl,
    dataDir: paths.dataDir,
    libraryBuildDir: paths.libraryBuildDir,
    renderSize: size,
    moveIndex: moveIndexSettings(env),
    userId,
    storage: createMediaStorage({
      kind: shared.kind, mediaRoot: shared.mediaRoot, gcsBucket: shared.gcsBucket,
      gcsApiEndpoint: shared.gcsApiEndpoint, gcsProjectId: shared.gcsProjectId || undefined,
      // The job never signs URLs; the api does. Local storage still wants a key.
      urlSecret: env.MEDIA_URL_SECRET || 'unused-by-the-job',
    }),
  };
}

/** The job's environment: the process's, with the project's `.env` (when present) filling gaps. */
export function jobEnvironment(): Env {
  return environment(DEFAULT_ROOT);
}

/** What one job process is told about its task and run (set by the api's runners or Cloud Run). */
export interface JobRunSettings {
  /** TASK_ID: the task to run (`npm run job -- <id>` passes it as an argument instead) */
  taskId?: string;
  /** JOB_RUNNER_ID, or `cloudrun:<CLOUD_RUN_EXECUTION>` on Cloud Run: who holds the task's lease */
  runnerId: string | null;
  /** JOB_LEASE_SECONDS (default 90) */
  leaseSeconds: number;
  /** MOVE_LIBRARY: which library the planner draws from (see chooseLibrary) */
  moveLibrary?: string;
  /** POSE_MODEL: the pose model file for library imports */
  poseModel?: string;
  /** DEBUG: print stack traces of failures */
  debug: boolean;
}

export function jobRunSettings(env: Env = jobEnvironment()): JobRunSettings {
  // each variable read by its own name (env.TASK_ID, …), so the deploy test's scan of what the job reads sees them
  const v = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);
  const execution = v(env.CLOUD_RUN_EXECUTION);
  return {
    taskId: v(env.TASK_ID),
    runnerId: v(env.JOB_RUNNER_ID) ?? (execution ? `cloudrun:${execution}` : null),
    leaseSeconds: Number(v(env.JOB_LEASE_SECONDS) ?? 90),
    moveLibrary: v(env.MOVE_LIBRARY),
    poseModel: v(env.POSE_MODEL),
    debug: Boolean(v(env.DEBUG)),
  };
}
