/**
 * What every browser test shares: the production build of the PWA, and Chromium launched the one way
 * these machines allow (Debian's /usr/bin/chromium, headless, no network of its own).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../../api/test/support/test-app';
import type { LocalJobRunner } from '../../../api/src/jobs/local-job-runner';

export const pwaDir = join(__dirname, '..', '..');
export const screenshotsDir = join(pwaDir, '..', '.data', 'test', 'screenshots');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Builds the PWA for production into `outDir` (jest's NODE_ENV=test would make a dev build). */
export function buildPwa(outDir: string): void {
  execFileSync(join(pwaDir, '..', 'node_modules', '.bin', 'vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: pwaDir, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}

/** Chromium with a fresh profile; `extraArgs` e.g. `--autoplay-policy=no-user-gesture-required`. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface BrowserApp {
  /** the real api (real job runner, one job at a time) serving this build of the PWA */
  t: TestApp;
  browser: Browser;
  /** a temporary folder of the test's own (the build lives in `dist/` inside it) */
  tmp: string;
  close(): Promise<void>;
}

/** A production build of the PWA served by the real api with real video jobs, and Chromium to drive it. */
export async function startBrowserApp(name: string, chromiumArgs: string[] = []): Promise<BrowserApp> {
  const tmp = mkdtempSync(join(tmpdir(), `bb-e2e-${name}-`));
  mkdirSync(screenshotsDir, { recursive: true });
  buildPwa(join(tmp, 'dist'));
  const t = await startTestApp({ realJobRunner: true, env: { PWA_DIST_DIR: join(tmp, 'dist'), JOB_CONCURRENCY: '1' } });
  await (t.app.services.jobRunner as LocalJobRunner).whenReady();
  const browser = await launchChromium(chromiumArgs);
  return {
    t, browser, tmp,
    close: async () => {
      await browser.close();
      await t.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
