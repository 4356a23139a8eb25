import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  pid: number;
  dataDir: string;
  /** everything the process wrote to stdout and stderr so far */
  output(): string;
  /** resolves with the exit code (or signal name) and how long after `since` it came */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<{ data?: T; errors?: any[]; status: number }>;
}

/**
 * The real api as its own process (`node scripts/with-swc.cjs api/src/main.ts`, what `npm start`
 * runs from source) on a random port, so tests can kill its connections, signal it and watch it exit.
 */
export async function spawnApi(env: Record<string, string>, dataDir = mkdtempSync(join(tmpdir(), 'bb-api-proc-'))): Promise<ApiProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'with-swc.cjs'), join(ROOT, 'api', 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir, PASSWORD_HASH_ITERATIONS: '1000',
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789', JOB_RUNNER: 'none', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => { out += c; });
  child.stderr!.on('data', (c) => { out += c; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`api did not start:\n${out}`)), 120_000);
    const look = () => {
      const m = /"msg":"Bachata Buddy is running[^\n]*"port":(\d+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    };
    child.stdout!.on('data', look);
    void exited.then(() => { clearTimeout(timer); reject(new Error(`api exited before it started:\n${out}`)); });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    child, url, pid: child.pid!, dataDir, output: () => out, exited,
    gql: async (query, variables, token) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as any), status: res.status };
    },
  };
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `pred` every 100 ms until it holds (a generous deadline: the machine is shared and slow). */
export async function until(pred: () => Promise<boolean> | boolean, ms = 30_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function register(api: ApiProcess, name: string): Promise<{ token: string; id: number }> {
  const r = await api.gql(`mutation($u: String!, $e: String!, $p: String!) { register(username: $u, email: $e, password: $p) { accessToken user { id } } }`,
    { u: name, e: `${name}@example.com`, p: 'Bachata-Steps-2026' });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { token: r.data.register.accessToken, id: Number(r.data.register.user.id) };
}
