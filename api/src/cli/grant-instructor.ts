import { embeddedPostgresSettings } from '@bachata/core';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { useEmbeddedPostgres } from '../db/embedded-postgres';
import { createLogger } from '../logger';

/**
 * Admin command: `npm run admin:grant-instructor -- <username> [--revoke]`. The instructor role is
 * never changeable through the API (the old app let users promote themselves).
 */
async function main(): Promise<number> {
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
    // The one npm start runs, or one started for this command (as the library import does).
    const db = await useEmbeddedPostgres(config.dataDir, embeddedPostgresSettings().port, log);
    url = db.url;
    stop = () => db.stop();
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('UPDATE users SET is_instructor = $1 WHERE lower(username) = lower($2)', [!revoke, username]);
    if (!rowCount) {
      process.stderr.write(`No user named "${username}".\n`);
      return 1;
    }
    process.stdout.write(`${username} is ${revoke ? 'no longer' : 'now'} an instructor.\n`);
    return 0;
  } finally {
    await client.end();
    await stop?.();
  }
}

// An explicit exit code: embedded-postgres's exit hook ends the process with 0 after stop(), whatever exitCode says.
main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`grant-instructor failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
