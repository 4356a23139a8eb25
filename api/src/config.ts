import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { environment, intSetting, projectPaths, storageSettings, type Env } from '@bachata/core';

/**
 * The one config loader. Every variable the api reads is here and in .env.example.
 */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** project root (where .data/ lives) */
  rootDir: string;
  dataDir: string;
  /** empty → embedded PostgreSQL under .data/postgres */
  databaseUrl: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  passwordHashIterations: number;
  storage: {
    kind: 'local' | 'gcs';
    mediaRoot: string;
    gcsBucket: string;
    gcsApiEndpoint: string;
    urlSecret: string;
    publicBaseUrl: string;
    signedUrlTtlSeconds: number;
  };
  maxUploadBytes: number;
  /** total size of one dancer's uploaded songs */
  uploadQuotaBytes: number;
  jobRunner: 'local' | 'cloudrun' | 'none';
  jobConcurrency: number;
  /** HOME_DEMO: make the home page's demo video in the background (with the local runner; default on, off under NODE_ENV=test) */
  homeDemo: boolean;
  cloudRun: { projectId: string; region: string; jobName: string };
  reaper: { staleAfterSeconds: number; intervalSeconds: number; startTimeoutSeconds: number };
  /** per-dancer limits on video generation (answered RATE_LIMITED) */
  generationLimits: { maxActive: number; dailyLimit: number };
  /** how long running jobs get to stop on SIGTERM before they are killed */
  shutdownGraceSeconds: number;
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; maxDirectives: number; maxBodyBytes: number };
  /** Express `trust proxy`: which hops' X-Forwarded-For is believed (login lockouts key on the address). */
  trustProxy: boolean | number | string;
  /** Per access token: how long an account's active/revoked state is cached in-process. */
  sessionCheckCacheMs: number;
  ws: { maxSubscriptionsPerSocket: number; recheckSeconds: number };
  login: { maxFailuresPerAccountAddress: number; maxFailuresPerAddress: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  pwaDistDir: string;
  /** optional language model for describeChoreography (OpenAI-compatible chat endpoint); off without url and key */
  describeLlm: { url: string; model: string; apiKey: string; timeoutMs: number };
}

const int = intSetting;

/** api/src/config.ts or api/dist/config.js → project root two levels up. */
export const DEFAULT_ROOT = resolve(__dirname, '..', '..');

/** A secret kept under .data/ so development restarts keep tokens and signed URLs valid. */
function developmentSecret(dataDir: string, name: string): string {
  const file = join(dataDir, 'secrets', name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** TRUST_PROXY: true | false | a hop count | comma-separated addresses/subnets/names (Express's forms). */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw.trim() === '') return 'loopback';
  const v = raw.trim();
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

const WEAK_SECRETS = new Set(['', 'changeme', 'change-me', 'secret', 'development', 'dev']);

/** Without an argument: the process environment, with the project's `.env` (when present) filling gaps. */
export function loadConfig(env: Env = environment(DEFAULT_ROOT)): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  // Paths and storage are read by core for the api and the job alike, so both agree on them.
  const paths = projectPaths(env, DEFAULT_ROOT);
  const { rootDir, dataDir } = paths;
  const shared = storageSettings(env, paths);

  let jwtSecret = env.JWT_SECRET ?? '';
  if (nodeEnv === 'production') {
    if (WEAK_SECRETS.has(jwtSecret) || jwtSecret.length < 32) {
      throw new Error('JWT_SECRET must be set to a random string of at least 32 characters in production');
    }
  } else if (!jwtSecret) {
    jwtSecret = developmentSecret(dataDir, 'jwt-secret');
  }
  let urlSecret = env.MEDIA_URL_SECRET ?? '';
  if (!urlSecret) urlSecret = nodeEnv === 'production' ? jwtSecret + ':media' : developmentSecret(dataDir, 'media-url-secret');

  const jobRunner = (env.JOB_RUNNER ?? 'local') as AppConfig['jobRunner'];
  if (!['local', 'cloudrun', 'none'].includes(jobRunner)) throw new Error(`JOB_RUNNER must be local, cloudrun or none`);
  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];

  return {
    env: nodeEnv,
    port: int(env, 'PORT', 4000),
    host: env.HOST ?? '0.0.0.0',
    rootDir,
    dataDir,
    databaseUrl: env.DATABASE_URL ?? '',
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 60 * 60),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 7 * 24 * 60 * 60),
    passwordHashIterations: int(env, 'PASSWORD_HASH_ITERATIONS', 1_000_000),
    storage: {
      kind: shared.kind,
      mediaRoot: shared.mediaRoot,
      gcsBucket: shared.gcsBucket,
      gcsApiEndpoint: shared.gcsApiEndpoint,
      urlSecret,
      publicBaseUrl: env.PUBLIC_BASE_URL ?? '',
      signedUrlTtlSeconds: int(env, 'MEDIA_URL_TTL_SECONDS', 60 * 60),
    },
    maxUploadBytes: int(env, 'MAX_UPLOAD_MB', 50) * 1024 * 1024,
    uploadQuotaBytes: Math.round(int(env, 'UPLOAD_QUOTA_MB', 500) * 1024 * 1024),
    jobRunner,
    jobConcurrency: int(env, 'JOB_CONCURRENCY', 1),
    homeDemo: (env.HOME_DEMO ?? (env.NODE_ENV === 'test' ? 'off' : 'on')) !== 'off',
    cloudRun: {
      projectId: env.GOOGLE_CLOUD_PROJECT ?? '',
      region: env.CLOUD_RUN_REGION ?? 'us-central1',
      jobName: env.CLOUD_RUN_JOB ?? 'bachata-buddy-job',
    },
    reaper: {
      staleAfterSeconds: int(env, 'TASK_STALE_AFTER_SECONDS', 10 * 60),
      intervalSeconds: int(env, 'TASK_REAPER_INTERVAL_SECONDS', 60),
      startTimeoutSeconds: int(env, 'TASK_START_TIMEOUT_SECONDS', 10 * 60),
    },
    generationLimits: {
      maxActive: int(env, 'TASK_MAX_ACTIVE_PER_DANCER', 3),
      dailyLimit: int(env, 'TASK_DAILY_LIMIT_PER_DANCER', 50),
    },
    shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE_SECONDS', 3),
    graphql: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: int(env, 'GRAPHQL_MAX_COST', 2000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 30),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 1000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 50),
      maxBodyBytes: int(env, 'GRAPHQL_MAX_BODY_KB', 1024) * 1024,
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
    sessionCheckCacheMs: int(env, 'SESSION_CHECK_CACHE_MS', 5000),
    ws: {
      maxSubscriptionsPerSocket: int(env, 'WS_MAX_SUBSCRIPTIONS', 20),
      recheckSeconds: int(env, 'WS_AUTH_RECHECK_SECONDS', 30),
    },
    login: {
      maxFailuresPerAccountAddress: int(env, 'LOGIN_MAX_FAILURES', 5),
      maxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 50),
    },
    logLevel,
    pwaDistDir: resolve(rootDir, env.PWA_DIST_DIR ?? 'pwa/dist'),
    describeLlm: {
      url: env.DESCRIBE_LLM_URL ?? '',
      model: env.DESCRIBE_LLM_MODEL ?? '',
      apiKey: env.DESCRIBE_LLM_API_KEY ?? '',
      timeoutMs: int(env, 'DESCRIBE_LLM_TIMEOUT_MS', 4000),
    },
  };
}
