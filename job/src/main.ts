import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { redactUrlPasswords } from '@bachata/core';
import { jobRunSettings, loadJobConfig } from './config';
import { jobWorkDir, runTask } from './run-task';
import { JobDatabase } from './store/database';
import { LEASE_REFUSED_EXIT, LeaseRefusedError, TaskLease } from './store/lease';
import { TaskStore } from './store/task-store';

/**
 * After SIGTERM the job stops at its next step; a step that cannot be interrupted (an ffmpeg decode
 * stuck on a file that never ends) gets this long before the job fails the task and exits anyway.
 */
const STOP_GRACE_MS = 2000;

/**
 * The video job for one task: `TASK_ID=<id> node job/dist/main.js` (Cloud Run Jobs, docker compose)
 * or `npm run job -- <taskId>`. Exit code 0 when the task completed (or had nothing to do), 1 when it
 * ended failed, 75 when another live process holds the task's lease (nothing was touched).
 * SIGTERM (cancel, shutdown, or Cloud Run stopping the execution) stops ffmpeg and cleans up.
 */
/**
 * This process's own children (Linux /proc): what a step that would not stop (ffmpeg blocked on a
 * read ignores SIGTERM) leaves behind when the job exits without the api's process-group kill
 * (`npm run job`, docker compose, Cloud Run).
 */
function killChildren(): void {
  let entries: string[];
  try { entries = readdirSync('/proc'); } catch { return; }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) process.kill(Number(pid), 'SIGKILL');
    } catch { /* gone meanwhile */ }
  }
}

async function main(): Promise<number> {
  const run = jobRunSettings();
  const taskId = process.argv[2] ?? run.taskId;
  if (!taskId) {
    process.stderr.write('usage: TASK_ID=<id> node job/dist/main.js   or   npm run job -- <taskId>\n');
    return 2;
  }
  const config = loadJobConfig();
  const db = new JobDatabase(config.databaseUrl);
  const abort = new AbortController();
  const log = (line: string) => process.stderr.write(`[job ${taskId.slice(0, 8)}] ${redactUrlPasswords(line)}\n`);
  const workDir = jobWorkDir(config.dataDir, taskId);
  const lease = new TaskLease(db, {
    taskId, runner: run.runnerId, workDir, ttlSeconds: run.leaseSeconds,
    onLost: (reason) => { log(`lease lost (${reason}); stopping`); abort.abort(`lease lost: ${reason}`); },
  });
  const onSignal = (signal: string) => {
    abort.abort(`${signal} received`);
    setTimeout(() => {
      log(`still busy ${STOP_GRACE_MS} ms after ${signal}; failing the task and exiting`);
      void new TaskStore(db, lease.owner).fail(taskId, 'The generation was stopped.', `${signal} received; the running step did not stop`)
        .catch(() => undefined).then(() => lease.release()).finally(() => { killChildren(); process.exit(1); });
    }, STOP_GRACE_MS);
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  try {
    await lease.acquire();
  } catch (e) {
    await db.close();
    if (e instanceof LeaseRefusedError) {
      log(e.message);
      return LEASE_REFUSED_EXIT;
    }
    throw e;
  }
  // Whatever ends this process from here on (even an uncaught error), the temporary folder goes with it.
  process.once('exit', () => rmSync(workDir, { recursive: true, force: true }));
  try {
    const outcome = await runTask({
      taskId, db, storage: config.storage, dataDir: config.dataDir, libraryBuildDir: config.libraryBuildDir, renderSize: config.renderSize,
      signal: abort.signal, log, leaseOwner: lease.owner, userId: config.userId,
    });
    return outcome === 'failed' ? 1 : 0;
  } finally {
    await lease.release();
    await db.close();
  }
}

main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`job failed: ${redactUrlPasswords(e instanceof Error ? e.message : String(e))}\n`);
  process.exit(1);
});
