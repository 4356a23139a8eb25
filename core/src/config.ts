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

/**
 * The process environment as a settings source: the one read of `process.env` outside this module's
 * loaders (a test greps the sources for any other). Pass it to the readers here; `environment()`
 * returns the same object after `.env` filled it in.
 */
export function currentEnv(): Env {
  return process.env;
}

/** The environment of a child process: this process's own, with `extra` on top (an undefined value is left out). */
export function childProcessEnv(extra: Env = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== undefined) out[k] = v;
  return out;
}

export interface EmbeddedPostgresSettings {
  /** EMBEDDED_PG_PORT (default 54329) */
  port: number;
  /** EMBEDDED_PG_SHARED_DIR: where root keeps the cluster the postgres user cannot reach in the project */
  sharedDir: string;
}

/** The embedded PostgreSQL used when DATABASE_URL is empty (the api, `npm start` and every CLI). */
export function embeddedPostgresSettings(env: Env = process.env): EmbeddedPostgresSettings {
  return { port: intSetting(env, 'EMBEDDED_PG_PORT', 54329), sharedDir: setting(env, 'EMBEDDED_PG_SHARED_DIR') ?? '/var/lib/bachata-buddy' };
}

export interface JobLaunchSettings {
  /** JOB_FROM_SOURCE=1: run the job from its TypeScript source even when job/dist exists */
  fromSource: boolean;
  /** JOB_COMMAND: the command that runs one task, split on spaces */
  command?: string[];
  /** JOB_SETUP_COMMAND: the first-start setup command; 'none' skips it */
  setupCommand?: string[] | 'none';
  /** LIBRARY_BUILD_DIR as given (the job resolves it against the project root) */
  libraryBuildDir?: string;
  /** HOME_DEMO_COMMAND: the program that makes the home page's demo (tests point it at a stand-in) */
  homeDemoCommand?: string[];
}

/** How the api's local runner starts job processes. */
export function jobLaunchSettings(env: Env = process.env): JobLaunchSettings {
  const words = (name: string) => { const v = setting(env, name); return v === undefined ? undefined : v.split(' ').filter(Boolean); };
  const setup = setting(env, 'JOB_SETUP_COMMAND');
  return {
    fromSource: setting(env, 'JOB_FROM_SOURCE') === '1',
    command: words('JOB_COMMAND'),
    setupCommand: setup?.trim() === 'none' ? 'none' : words('JOB_SETUP_COMMAND'),
    libraryBuildDir: setting(env, 'LIBRARY_BUILD_DIR'),
    homeDemoCommand: words('HOME_DEMO_COMMAND'),
  };
}
