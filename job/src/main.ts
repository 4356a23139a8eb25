import { loadJobConfig } from './config';
import { runTask } from './run-task';
import { JobDatabase } from './store/database';

/**
 * The video job for one task: `TASK_ID=<id> node job/dist/main.js` (Cloud Run Jobs, docker compose)
 * or `npm run job -- <taskId>`. Exit code 0 when the task completed (or had nothing to do), 1 when it
 * ended failed. SIGTERM (cancel, or Cloud Run stopping the execution) stops ffmpeg and cleans up.
 */
async function main(): Promise<number> {
  const taskId = process.argv[2] ?? process.env.TASK_ID;
  if (!taskId) {
    process.stderr.write('usage: TASK_ID=<id> node job/dist/main.js   or   npm run job -- <taskId>\n');
    return 2;
  }
  const config = loadJobConfig();
  const db = new JobDatabase(config.databaseUrl);
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const log = (line: string) => process.stderr.write(`[job ${taskId.slice(0, 8)}] ${line}\n`);
  try {
    const outcome = await runTask({ taskId, db, storage: config.storage, dataDir: config.dataDir, libraryBuildDir: config.libraryBuildDir, renderSize: config.renderSize, signal: abort.signal, log, userId: config.userId });
    return outcome === 'failed' ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`job failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
