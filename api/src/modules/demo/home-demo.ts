import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import type { AppServices } from '../../services';
import { jobEnv, jobProgram } from '../../jobs/create-job-runner';
import { LocalJobRunner } from '../../jobs/local-job-runner';

/**
 * The home page's demo video, made by the job (job/src/demo/home-demo.ts) and read here from the
 * manifest it writes last under the media root. The api never imports job code: the key and the
 * manifest's shape are the job's, repeated here (the e2e test reads one through the other).
 */
export const HOME_DEMO_MANIFEST = 'demo/home/demo.json';

export interface HomeDemoManifest {
  version: number;
  title: string;
  artist: string;
  bpm: number;
  duration: number;
  video: string;
  poster: string;
  moves: Array<{ name: string; start: number; end: number; section: string; beats: number }>;
}

export type HomeDemoState = { status: 'ready'; manifest: HomeDemoManifest } | { status: 'preparing' | 'unavailable' };

/** How long a "not there yet" answer is reused before the storage is asked again. */
const MISSING_RECHECK_MS = 2000;

/** One per api process: the manifest once read, and the background render this process started. */
export class HomeDemo {
  private manifest: HomeDemoManifest | null = null;
  private checked = 0;
  private rendering: ChildProcess | null = null;
  private failed = false;

  constructor(private readonly services: AppServices) {}

  /** Whether this process makes the demo: a local job runner, and HOME_DEMO not off. */
  get makesIt(): boolean {
    return this.services.config.homeDemo && this.services.jobRunner instanceof LocalJobRunner;
  }

  async state(): Promise<HomeDemoState> {
    if (!this.manifest && Date.now() - this.checked > MISSING_RECHECK_MS) {
      this.checked = Date.now();
      this.manifest = await this.read().catch((e) => {
        this.services.log.warn('home demo manifest unreadable', { error: (e as Error).message });
        return null;
      });
    }
    if (this.manifest) return { status: 'ready', manifest: this.manifest };
    // Elsewhere (Cloud Run) the demo is made by running the job's home-demo program once.
    return { status: this.rendering || (this.makesIt && !this.failed) ? 'preparing' : 'unavailable' };
  }

  private async read(): Promise<HomeDemoManifest | null> {
    const { storage } = this.services;
    const key = storage.resolveKey(HOME_DEMO_MANIFEST);
    if (!(await storage.stat(key))) return null;
    const chunks: Buffer[] = [];
    for await (const c of storage.createReadStream(key)) chunks.push(c as Buffer);
    const m = JSON.parse(Buffer.concat(chunks).toString('utf8')) as HomeDemoManifest;
    // Only when both files are there (a manifest of a demo whose files were removed is not ready).
    return (await storage.stat(storage.resolveKey(m.video))) && (await storage.stat(storage.resolveKey(m.poster))) ? m : null;
  }

  /**
   * After the server is ready and the runner's setup has run: starts the job's home-demo program in
   * the background, at a lower CPU priority than the dancers' videos, unless the demo is stored.
   */
  async startInBackground(): Promise<void> {
    if (!this.makesIt) return;
    await (this.services.jobRunner as LocalJobRunner).whenReady();
    if ((await this.state()).status === 'ready' || this.rendering || this.closed) return;
    const { config, log } = this.services;
    const [cmd, ...args] = process.env.HOME_DEMO_COMMAND?.split(' ').filter(Boolean) ?? jobProgram(config.rootDir, 'demo/home-demo-cli');
    const child = spawn(cmd, args, { cwd: config.rootDir, env: { ...process.env, ...jobEnv(config, config.databaseUrl) }, stdio: ['ignore', 'ignore', 'pipe'] });
    this.rendering = child;
    try { if (child.pid) setPriority(child.pid, 10); } catch { /* not allowed here: same priority */ }
    let err = '';
    child.stderr!.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-4000); });
    const started = Date.now();
    log.info('home demo: rendering in the background');
    await new Promise<void>((resolve) => {
      child.on('error', (e) => { err += e.message; });
      child.on('close', (code) => {
        this.rendering = null;
        this.checked = 0;
        if (code === 0) log.info('home demo ready', { seconds: Math.round((Date.now() - started) / 1000) });
        else if (!this.closed) {
          this.failed = true;
          log.error('home demo render failed', { code, stderr: err.trim() });
        }
        resolve();
      });
    });
  }

  private closed = false;

  close(): void {
    this.closed = true;
    this.rendering?.kill('SIGTERM');
  }
}

const demos = new WeakMap<AppServices, HomeDemo>();

export function homeDemoOf(services: AppServices): HomeDemo {
  let d = demos.get(services);
  if (!d) demos.set(services, (d = new HomeDemo(services)));
  return d;
}
