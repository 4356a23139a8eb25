/**
 * HTTP-level hardening on the real server: body errors answer 400/413 (not 500), and helmet's headers
 * are on every response and let GraphiQL and a PWA-shaped page work in real Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

let t: TestApp;
let dev: TestApp;
let pwa: TestApp;
let dist: string;
let pwaDist: string;
let browser: Browser;
beforeAll(async () => {
  // A page shaped like the built PWA: a module script file, a service worker, styles set from script,
  // GraphQL over fetch and graphql-ws, a data: image. Anything the policy blocks is reported.
  dist = mkdtempSync(join(tmpdir(), 'bb-pwa-shape-'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/app.css"></head>
<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`);
  writeFileSync(join(dist, 'app.css'), '#root { color: #7a1f3d; }');
  writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify({ name: 'shape', start_url: '/' }));
  writeFileSync(join(dist, 'sw.js'), `self.addEventListener('fetch', () => {});`);
  writeFileSync(join(dist, 'app.js'), `
    const done = {};
    const root = document.getElementById('root');
    root.style.padding = '4px';
    const img = new Image(); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; root.append(img);
    done.sw = await navigator.serviceWorker.register('/sw.js').then(() => true, (e) => String(e));
    done.http = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }).then((r) => r.json()).then((b) => b.data.__typename);
    done.ws = await new Promise((resolve) => {
      const s = new WebSocket(location.origin.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
      s.onopen = () => { resolve('open'); s.close(); };
      s.onerror = () => resolve('error');
    });
    window.__done = done;
  `);
  t = await startTestApp({ env: { PWA_DIST_DIR: dist } });
  // The real PWA as it ships (a production build), served by the api.
  pwaDist = mkdtempSync(join(tmpdir(), 'bb-pwa-dist-'));
  const pwaDir = join(__dirname, '..', '..', 'pwa');
  execFileSync(join(pwaDir, '..', 'node_modules', '.bin', 'vite'), ['build', '--outDir', pwaDist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: pwaDir, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  pwa = await startTestApp({ env: { PWA_DIST_DIR: pwaDist } });
  dev = await startTestApp({ env: { NODE_ENV: 'development' } });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await dev?.close();
  await pwa?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
  if (pwaDist) rmSync(pwaDist, { recursive: true, force: true });
});

describe('request bodies', () => {
  it('answers malformed JSON with 400 and a GraphQL-shaped error', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('answers a body over the limit with 413, with and without a Content-Length', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1100 * 1024) } });
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // Chunked: no length up front, the limit is hit while reading.
    const stream = new ReadableStream({ start(c) { for (let i = 0; i < 12; i++) c.enqueue(new TextEncoder().encode(i === 0 ? `{"query":"{ __typename }","x":"${'y'.repeat(100_000)}` : 'y'.repeat(100_000))); c.close(); } });
    const chunked = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    // And the server goes on answering.
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

describe('request paths', () => {
  it('answers a path that is not valid percent-encoding with 400, not 500 (media, uploads)', async () => {
    for (const path of ['/media/%E0%A4%A', '/media/a/%E0/b.mp4']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'This request could not be read.' } });
    }
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

describe('security headers (helmet)', () => {
  it('are on api responses', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/']) {
      const res = await fetch(`${t.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect([path, csp]).toEqual([path, expect.stringContaining("script-src 'self'")]);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests'); // plain-http LAN use outside production
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    }
    // Signed media may be embedded from another origin (PUBLIC_BASE_URL, a CDN): the signature guards it.
    const media = await fetch(`${t.url}/media/songs/none.mp3?exp=1&sig=x`);
    expect(media.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(media.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('let a PWA-shaped page run: module script, service worker, fetch, graphql-ws, inline styles from script', async () => {
    const ctx = await browser.newContext({ baseURL: t.url, serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    const response = await page.goto('/');
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(() => (globalThis as any).__done, null, { timeout: 20_000 });
    expect(await page.evaluate(() => (globalThis as any).__done)).toEqual({ sw: true, http: 'Query', ws: 'open' });
    expect(violations).toEqual([]);
    await ctx.close();
  });

  it('let the real PWA build run: service worker, login over GraphQL, no policy violation', async () => {
    const r = await pwa.gql(`mutation { register(username: "cspdancer", email: "csp@example.com", password: "Bachata-Steps-2026") { accessToken } }`);
    expect(r.errors).toBeUndefined();
    const ctx = await browser.newContext({ baseURL: pwa.url, serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto('/login');
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Username or email').fill('cspdancer');
    await page.getByLabel('Password').fill('Bachata-Steps-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20_000 });
    expect(await page.evaluate(() => (globalThis as any).navigator.serviceWorker.ready.then((reg: { active: unknown }) => !!reg.active))).toBe(true);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('GraphiQL (development) loads, introspects and renders under its own policy', async () => {
    const res = await fetch(`${dev.url}/graphiql`);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    const ctx = await browser.newContext({ baseURL: dev.url });
    const page = await ctx.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const introspected = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && r.status() === 200, { timeout: 30_000 });
    await page.goto('/graphiql');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await introspected;
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
