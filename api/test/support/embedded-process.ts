import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export interface EmbeddedProcess {
  child: ChildProcess;
  url: string;
}

/** Runs api/test/support/start-embedded.ts in a child process; resolves with its URL or rejects with its error line. */
export function startEmbeddedProcess(dataDir: string, port: number, options: { modulesFrom?: string; env?: Record<string, string> } = {}): Promise<EmbeddedProcess> {
  const runner = resolve(__dirname, '..', '..', '..', 'scripts', 'with-swc.cjs');
  const child = spawn(process.execPath, [runner, join(__dirname, 'start-embedded.ts'), dataDir, String(port), options.modulesFrom ?? ''], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env },
  });
  return new Promise((ok, fail) => {
    let out = '', err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /ready (\S+)/.exec(out);
      if (m) ok({ child, url: m[1] });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.once('exit', (code) => fail(new Error(err.trim() || `embedded PostgreSQL process exited with ${code}`)));
  });
}

export function stopEmbeddedProcess(p: EmbeddedProcess): Promise<void> {
  return new Promise((ok) => {
    if (p.child.exitCode !== null) return ok();
    p.child.once('exit', () => ok());
    p.child.kill('SIGTERM');
  });
}
