// Lighthouse 12.2.3 on the built PWA at phone emulation (Lighthouse's default mobile profile: Moto G
// Power viewport, simulated slow 4G and 4× CPU slowdown), in the system Chromium. Budgets per page:
// accessibility ≥ 95, best practices ≥ 95, performance ≥ 90. Run: `npm run bench:pwa`.
// The pages a visitor reaches without an account (home, log in, create account); the signed-in screens
// are covered by the browser tests' screenshots and jsdom/e2e accessibility checks.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const pwaDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(pwaDir, '..', 'node_modules', '.bin');
const out = mkdtempSync(join(tmpdir(), 'bb-lighthouse-'));
const PORT = 4173 + Math.floor(Math.random() * 500);
const BUDGET = { performance: 90, accessibility: 95, 'best-practices': 95 };
const PAGES = ['/', '/login', '/register'];

execFileSync(join(bin, 'vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: pwaDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
console.log(execFileSync('node', [join(pwaDir, 'scripts', 'bundle-size.mjs'), relative(pwaDir, out)], { encoding: 'utf8' }).trim());
const server = spawn(join(bin, 'vite'), ['preview', '--outDir', out, '--port', String(PORT), '--strictPort'], { cwd: pwaDir, stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not yet */ }
  await new Promise((r) => setTimeout(r, 200));
}

const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
let failed = false;
try {
  for (const path of PAGES) {
    const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGET) });
    const scores = Object.fromEntries(Object.keys(BUDGET).map((k) => [k, Math.round((lhr.categories[k].score ?? 0) * 100)]));
    const bad = Object.entries(BUDGET).filter(([k, min]) => scores[k] < min);
    console.log(`${path.padEnd(10)} ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(' · ')} · LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms · TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms · CLS ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)}${bad.length ? '  BELOW BUDGET' : ''}`);
    for (const [k] of bad) {
      for (const ref of lhr.categories[k].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`    ${k}: ${a.id} (${a.score}) ${a.title}`);
      }
    }
    failed ||= bad.length > 0;
  }
} finally {
  await chrome.kill();
  server.kill();
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
