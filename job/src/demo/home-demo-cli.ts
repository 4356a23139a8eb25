import { loadJobConfig } from '../config';
import { JobDatabase } from '../store/database';
import { ensureHomeDemo } from './home-demo';

/**
 * `node job/dist/demo/home-demo-cli.js`: makes the home page's demo video once (nothing to do when it
 * is stored). The api's local runner setup starts it in the background after the server is ready;
 * elsewhere (Cloud Run) run it once like the setup. Exit 0 when the demo is there, 1 when it failed.
 */
async function main(): Promise<void> {
  const config = loadJobConfig();
  const db = new JobDatabase(config.databaseUrl);
  const abort = new AbortController();
  process.on('SIGTERM', () => abort.abort('SIGTERM received'));
  const log = (line: string) => process.stderr.write(`[home-demo] ${line}\n`);
  try {
    const { made } = await ensureHomeDemo({ db, storage: config.storage, dataDir: config.dataDir, libraryBuildDir: config.libraryBuildDir, log, signal: abort.signal });
    if (!made) log('home demo already made');
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  process.stderr.write(`home demo failed: ${e instanceof Error ? e.stack ?? e.message : e}\n`);
  process.exit(1);
});
