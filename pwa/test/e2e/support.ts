/**
 * What every browser test shares: the production build of the PWA, and Chromium launched the one way
 * these machines allow (Debian's /usr/bin/chromium, headless, no network of its own).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

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
