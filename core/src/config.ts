import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The settings the api and the job share, read one way for both: an empty value counts as unset
 * (`.env.example` lists every variable with an empty default), paths are relative to the project
 * root, and a `.env` file at the root fills in what the environment does not set.
 */
export type Env = Record<string, string | undefined>;

/** The value of `name`, or undefined when it is missing or empty. */
export function setting(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

export function intSetting(env: Env, name: string, fallback: number): number {
  const raw = setting(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${raw}"`);
  return n;
}

/**
 * Loads `<root>/.env` into `process.env` when the file exists (Node's own dotenv parser). Variables
 * already set in the environment win, as with `process.loadEnvFile`.
 */
export function loadDotEnv(root: string): boolean {
  const file = join(root, '.env');
  if (!existsSync(file)) return false;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
  return true;
}

export interface ProjectPaths {
  rootDir: string;
  /** DATA_DIR: embedded database, media, secrets, caches */
  dataDir: string;
  /** MEDIA_ROOT: local media storage */
  mediaRoot: string;
  /** LIBRARY_BUILD_DIR: where the built-in move library's clips are rendered */
  libraryBuildDir: string;
}

/** Where things live. `defaultRoot` is the caller's guess (two levels above its dist/src folder); BACHATA_ROOT wins. */
export function projectPaths(env: Env, defaultRoot: string): ProjectPaths {
  const rootDir = resolve(setting(env, 'BACHATA_ROOT') ?? defaultRoot);
  const dataDir = resolve(rootDir, setting(env, 'DATA_DIR') ?? '.data');
  return {
    rootDir,
    dataDir,
    mediaRoot: resolve(rootDir, setting(env, 'MEDIA_ROOT') ?? join(dataDir, 'media')),
    libraryBuildDir: resolve(rootDir, setting(env, 'LIBRARY_BUILD_DIR') ?? join(dataDir, 'library', 'generated')),
  };
}

export interface StorageSettings {
  kind: 'local' | 'gcs';
  mediaRoot: string;
  gcsBucket: string;
  gcsApiEndpoint: string;
  gcsProjectId: string;
}

/** STORAGE and its settings, the same for the api (which signs URLs) and the job (which writes media). */
export function storageSettings(env: Env, paths: ProjectPaths): StorageSettings {
  const kind = (setting(env, 'STORAGE') ?? 'local') as StorageSettings['kind'];
  if (kind !== 'local' && kind !== 'gcs') throw new Error(`STORAGE must be local or gcs, got "${kind}"`);
  return {
    kind,
    mediaRoot: paths.mediaRoot,
    gcsBucket: setting(env, 'GCS_BUCKET') ?? '',
    gcsApiEndpoint: setting(env, 'GCS_API_ENDPOINT') ?? '',
    gcsProjectId: setting(env, 'GOOGLE_CLOUD_PROJECT') ?? '',
  };
}

/** `process.env` after `<root>/.env` (root: BACHATA_ROOT or `defaultRoot`) filled in what it lacks. */
export function environment(defaultRoot: string): Env {
  loadDotEnv(resolve(setting(process.env, 'BACHATA_ROOT') ?? defaultRoot));
  return process.env;
}

/** FFMPEG_PATH / FFPROBE_PATH: the media binaries (default: `ffmpeg` and `ffprobe` looked up on PATH). */
export function mediaToolPaths(env: Env = process.env): { ffmpeg: string; ffprobe: string; searchPath: string } {
  return { ffmpeg: setting(env, 'FFMPEG_PATH') ?? 'ffmpeg', ffprobe: setting(env, 'FFPROBE_PATH') ?? 'ffprobe', searchPath: env.PATH ?? '' };
}
