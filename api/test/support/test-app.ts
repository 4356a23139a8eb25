import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/app';
import { bootstrap, type Bootstrapped } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { JobRunner } from '../../src/jobs/job-runner';
import { createTestDatabase, type TestDatabase } from './database';
import { RecordingJobRunner } from './recording-runner';

export interface TestApp {
  url: string;
  db: TestDatabase;
  app: Bootstrapped;
  server: RunningServer;
  runner: RecordingJobRunner;
  config: AppConfig;
  dataDir: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null, headers?: Record<string, string>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, any> }>; status: number }>;
  close(): Promise<void>;
}

/**
 * The real api on a real PostgreSQL database of its own, on a random port, with a temporary data dir.
 * `beforeMigrate` lets a test put legacy tables in place before migrations run.
 */
export async function startTestApp(opts: { env?: Record<string, string>; beforeMigrate?: (url: string) => Promise<void>; runner?: JobRunner; realJobRunner?: boolean } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  if (opts.beforeMigrate) await opts.beforeMigrate(db.url);
  const dataDir = mkdtempSync(join(tmpdir(), 'bb-api-'));
  const config = loadConfig({
    NODE_ENV: 'test', DATABASE_URL: db.url, DATA_DIR: dataDir, PASSWORD_HASH_ITERATIONS: '1000', LOG_LEVEL: 'error',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789', ...opts.env,
  });
  const runner = (opts.runner as RecordingJobRunner) ?? new RecordingJobRunner();
  // Test apps with real jobs share one rendering of the built-in library (each still registers it in its own database).
  if (opts.realJobRunner) process.env.LIBRARY_BUILD_DIR ??= join(__dirname, '..', '..', '..', '.data', 'test-cache', 'library');
  // realJobRunner: the production runner chosen by JOB_RUNNER (default local: real job processes).
  const app = await bootstrap(config, createLogger('error'), { jobRunner: opts.realJobRunner ? undefined : runner, reaper: false });
  const server = await startServer(app.services, 0, '127.0.0.1');
  const gql: TestApp['gql'] = async (query, variables, token, headers) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as any;
    return { ...body, status: res.status };
  };
  return {
    url: server.url, db, app, server, runner, config, dataDir, gql,
    close: async () => {
      await server.close();
      await app.shutdown();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** Registers a fresh user and returns its tokens. */
export async function registerUser(t: TestApp, name = `dancer${++counter}${Date.now() % 100000}`) {
  const r = await t.gql(`mutation($u: String!, $e: String!, $p: String!) { register(username: $u, email: $e, password: $p) { accessToken refreshToken user { id username } } }`,
    { u: name, e: `${name}@example.com`, p: 'Bachata-Steps-2026' });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { ...r.data.register, username: name, password: 'Bachata-Steps-2026' } as { accessToken: string; refreshToken: string; user: { id: string; username: string }; username: string; password: string };
}
