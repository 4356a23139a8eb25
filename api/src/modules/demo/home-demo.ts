import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import type { AppServices } from '../../services';
import { childProcessEnv, HOME_DEMO_MANIFEST, jobLaunchSettings, readHomeDemoManifest, type HomeDemoManifest } from '@bachata/core';
import { jobEnv, jobProgram } from '../../jobs/create-job-runner';
import { LocalJobRunner } from '../../jobs/local-job-runner';
import { signingTime } from '../../media/media-service';

/**
 * The home page's demo video, made by the job (job/src/demo/home-demo.ts) and read here from the
 * manifest it writes last under the media root. The api never imports job code: the manifest's key,
 * shape and reader live in core.
 */

export type HomeDemoState = { status: 'ready'; manifest: HomeDemoManifest } | { status: 'preparing' | 'unavailable' };

/**
 * The demo's signed URLs live two hours and are the same for everyone within a half-hour window
 * (`signingTime`): the page's preload and the app's own query name the same file, browsers cache it,
 * and a link the page carries stays valid at least 1.5 h (the PWA uses an inline demo for 45 min).
 */
const DEMO_URL_TTL_SECONDS = 2 * 3600;

/** What the home page shows of a ready demo (the GraphQL type's fields). */
export interface HomeDemoView {
  title: string; artist: string; bpm: number; duration: number; videoUrl: string; posterUrl: string;
  moves: HomeDemoManifest['moves'];
}

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

  /** The ready demo with its signed URLs, or null. */
  async view(): Promise<HomeDemoView | null> {
    const state = await this.state();
    if (state.status !== 'ready') return null;
    const m = state.manifest;
    const { storage } = this.services;
    // One link per file for a quarter of the TTL (media-service.ts), so the page's HTML stays cacheable.
    const sign = (key: string) => storage.signedUrl(storage.resolveKey(key), DEMO_URL_TTL_SECONDS, signingTime(DEMO_URL_TTL_SECONDS));
    const [videoUrl, posterUrl] = await Promise.all([sign(m.video), sign(m.poster)]);
    return { title: m.title, artist: m.artist, bpm: m.bpm, duration: m.duration, videoUrl, posterUrl, moves: m.moves };
  }

  /**
   * The home page's HTML with the ready demo in it: a preload of its poster (the page's largest image)
   * and the demo itself as JSON, so the page shows it without waiting for the app's query.
   */
  async homeHtml(indexHtml: string): Promise<string> {
    const view = await this.view().catch(() => null);
    if (!view) return indexHtml;
    const json = JSON.stringify({ status: 'READY', ...view }).replace(/</g, '\\u003c');
    const attr = view.posterUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return indexHtml.replace('</head>', `<link rel="preload" as="image" href="${attr}" fetchpriority="high"><script type="application/json" id="home-demo">${json}</script></head>`);
  }

  private async read(): Promise<HomeDemoManifest | null> {
    const { storage } = this.services;
    const m = await readHomeDemoManifest(storage, storage.resolveKey(HOME_DEMO_MANIFEST));
    if (!m) return null;
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
    const [cmd, ...args] = jobLaunchSettings().homeDemoCommand ?? jobProgram(config.rootDir, 'demo/home-demo-cli');
    const child = spawn(cmd, args, { cwd: config.rootDir, env: childProcessEnv(jobEnv(config, config.databaseUrl)), stdio: ['ignore', 'ignore', 'pipe'] });
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
