import { embeddedPostgresSettings } from '@bachata/core';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createLogger } from '../logger';

/**
 * Admin command: `npm run admin:grant-instructor -- <username> [--revoke]`. The instructor role is
 * never changeable through the API (the old app let users promote themselves).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const username = args.find((a) => !a.startsWith('--'));
  const revoke = args.includes('--revoke');
  if (!username) {
    process.stderr.write('usage: npm run admin:grant-instructor -- <username> [--revoke]\n');
    process.exit(2);
  }
  const config = loadConfig();
  const log = createLogger('warn');
  let url = config.databaseUrl;
  let stop: (() => Promise<void>) | null = null;
  if (!url) {
    const port = embeddedPostgresSettings().port;
    url = `postgresql://postgres:postgres@127.0.0.1:${port}/bachata`;
    const probe = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
    try {
      await probe.connect();
      await probe.end();
    } catch {
      const db = await startEmbeddedPostgres(config.dataDir, port, log);
      stop = () => db.stop();
    }
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('UPDATE users SET is_instructor = $1 WHERE lower(username) = lower($2)', [!revoke, username]);
    if (!rowCount) {
      process.stderr.write(`No user named "${username}".\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`${username} is ${revoke ? 'no longer' : 'now'} an instructor.\n`);
    }
  } finally {
    await client.end();
    await stop?.();
  }
}

main().catch((e) => {
  process.stderr.write(`grant-instructor failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
