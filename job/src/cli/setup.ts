import { ensureDemoSongs } from '../demo/demo-songs';
import { ensureDefaultLibrary } from '../library/default-library';
import { loadJobConfig } from '../config';
import { JobDatabase } from '../store/database';

/**
 * First-start setup, run by the api's local runner before it starts tasks: the built-in move library
 * and the three demo songs. Does nothing when both are already there.
 */
async function main(): Promise<void> {
  const config = loadJobConfig();
  const db = new JobDatabase(config.databaseUrl);
  const log = (line: string) => process.stderr.write(`[setup] ${line}\n`);
  try {
    await ensureDemoSongs(db, config.storage, log);
    await ensureDefaultLibrary(db, config.storage, config.libraryBuildDir, log);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  process.stderr.write(`setup failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
