import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { environment } from '@bachata/core';
import { loadConfig } from '../src/config';
import { loadJobConfig } from '../../job/src/config';

const ROOT = resolve(__dirname, '..', '..');

/** `.env.example` as a user gets it after `cp .env.example .env`. */
function exampleEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return env;
}

describe('one configuration for the api and the job', () => {
  it('reads .env.example the same way in both: empty values are defaults, not the repository root', () => {
    const env = { ...exampleEnv(), NODE_ENV: 'test', DATABASE_URL: 'postgresql://x@127.0.0.1/db', JWT_SECRET: 'x'.repeat(40), MEDIA_URL_SECRET: 'y'.repeat(40) };
    const api = loadConfig(env);
    const job = loadJobConfig(env);
    expect(api.storage.mediaRoot).toBe(join(ROOT, '.data', 'media'));
    expect(job.storage.kind).toBe('local');
    expect((job.storage as unknown as { root: string }).root).toBe(api.storage.mediaRoot);
    expect(job.dataDir).toBe(api.dataDir);
    expect(job.libraryBuildDir).toBe(join(ROOT, '.data', 'library', 'generated'));
  });

  it('agrees on relative and absolute paths, and on BACHATA_ROOT', () => {
    const base = { NODE_ENV: 'test', DATABASE_URL: 'postgresql://x@127.0.0.1/db', JWT_SECRET: 'x'.repeat(40), MEDIA_URL_SECRET: 'y'.repeat(40) };
    for (const extra of [{ DATA_DIR: 'var/state' }, { MEDIA_ROOT: 'media-here' }, { MEDIA_ROOT: '/srv/media', DATA_DIR: '/srv/data' }, { BACHATA_ROOT: '/opt/bb', DATA_DIR: 'd' }]) {
      const env = { ...base, ...extra };
      const api = loadConfig(env);
      const job = loadJobConfig(env);
      expect({ extra, media: (job.storage as unknown as { root: string }).root, data: job.dataDir }).toEqual({ extra, media: api.storage.mediaRoot, data: api.dataDir });
    }
  });

  it('loads the project .env when present, never over what the environment already says', () => {
    const root = mkdtempSync(join(tmpdir(), 'bb-env-'));
    const keys = ['BB_TEST_FROM_FILE', 'BB_TEST_PRESET', 'BACHATA_ROOT'];
    const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
    try {
      writeFileSync(join(root, '.env'), 'BB_TEST_FROM_FILE=file\nBB_TEST_PRESET=file\n');
      process.env.BB_TEST_PRESET = 'environment';
      process.env.BACHATA_ROOT = root;
      const env = environment('/nonexistent');
      expect(env.BB_TEST_FROM_FILE).toBe('file');
      expect(env.BB_TEST_PRESET).toBe('environment');
    } finally {
      for (const k of keys) { if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k]; }
      rmSync(root, { recursive: true, force: true });
    }
  });
});
