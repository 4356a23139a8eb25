import { createMediaStorage, environment, projectPaths, setting, storageSettings, type MediaStorage } from '@bachata/core';
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
