import { Client } from 'pg';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { startEmbeddedProcess } from './embedded-process';

/**
 * Tests need a PostgreSQL server to create their databases on: TEST_DATABASE_URL, else the machine's
 * server on 127.0.0.1:5432, else an embedded one started here in its own process (stopped in teardown).
 */
export default async function globalSetup(): Promise<void> {
  // TEST_EMBEDDED_PG=1 skips the machine's server (to check the embedded fallback).
  const candidates = process.env.TEST_EMBEDDED_PG === '1' ? [] : [process.env.TEST_DATABASE_URL, 'postgresql://postgres@127.0.0.1:5432/postgres'].filter(Boolean) as string[];
  for (const url of candidates) {
    const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.end();
      process.env.TEST_DATABASE_URL = url;
      return;
    } catch {
      await c.end().catch(() => undefined);
    }
  }
  const dir = join(__dirname, '..', '..', '..', '.data', 'test-postgres');
  rmSync(dir, { recursive: true, force: true });
  const db = await startEmbeddedProcess(dir, 54331);
  (globalThis as any).__EMBEDDED_PG__ = db;
  process.env.TEST_DATABASE_URL = db.url.replace(/\/bachata$/, '/postgres');
  process.stderr.write('tests: no PostgreSQL on 127.0.0.1:5432, using an embedded one on port 54331\n');
}
