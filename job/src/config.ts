import { createMediaStorage, type MediaStorage } from '@bachata/core';
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

export function loadJobConfig(env: Record<string, string | undefined> = process.env): JobConfig {
  const root = resolve(__dirname, '..', '..');
  const dataDir = resolve(root, env.DATA_DIR ?? '.data');
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required (the api passes it to the job)');
  const size = env.RENDER_SIZE ?? '360p';
  if (size !== '360p' && size !== '720p') throw new Error(`RENDER_SIZE must be 360p or 720p, got "${size}"`);
  const kind = (env.STORAGE ?? 'local') as 'local' | 'gcs';
  const userId = env.USER_ID ? Number(env.USER_ID) : undefined;
  if (userId !== undefined && !Number.isSafeInteger(userId)) throw new Error(`USER_ID must be a user id, got "${env.USER_ID}"`);
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir,
    libraryBuildDir: resolve(root, env.LIBRARY_BUILD_DIR || resolve(dataDir, 'library', 'generated')),
    renderSize: size,
    moveIndex: moveIndexSettings(env),
    userId,
    storage: createMediaStorage({
      kind, mediaRoot: resolve(root, env.MEDIA_ROOT || resolve(dataDir, 'media')), gcsBucket: env.GCS_BUCKET,
      gcsApiEndpoint: env.GCS_API_ENDPOINT, gcsProjectId: env.GOOGLE_CLOUD_PROJECT,
      // The job never signs URLs; the api does. Local storage still wants a key.
      urlSecret: env.MEDIA_URL_SECRET || 'unused-by-the-job',
    }),
  };
}
