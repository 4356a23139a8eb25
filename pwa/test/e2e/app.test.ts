/** @jest-environment node */
/**
 * The PWA in real Chromium against the real API, PostgreSQL and video job (the api's local runner spawns
 * real job processes: analysis, planning, ffmpeg rendering), at a phone (412×915) and a desktop
 * (1440×900) size. Nothing is mocked.
 * Screenshots of each screen land in .data/test/screenshots/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPwa, launchChromium } from './support';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../../api/test/support/test-app';
import type { LocalJobRunner } from '../../../api/src/jobs/local-job-runner';

jest.setTimeout(300_000);

const pwaDir = join(__dirname, '..', '..');
const shots = join(pwaDir, '..', '.data', 'test', 'screenshots');
let t: TestApp;
let tmp: string;
let browser: Browser;
let audioFile: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'bb-e2e-'));
  mkdirSync(shots, { recursive: true });
  // The app as it ships: a production build, served by the API itself.
  buildPwa(join(tmp, 'dist'));
  // The real runner: first start builds the move library and the demo songs, then jobs run for real.
  // HOME_DEMO: the home page's demo video is made by the job in the background, as at `npm start`.
  t = await startTestApp({ realJobRunner: true, env: { PWA_DIST_DIR: join(tmp, 'dist'), HOME_DEMO: 'on' } });
  await (t.app.services.jobRunner as LocalJobRunner).whenReady();
  // A steady tone: a real audio file without a beat, which the job must refuse with a readable message.
  audioFile = join(tmp, 'Bachata del Sol.wav');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=40', '-ac', '1', '-ar', '22050', audioFile]);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A fresh profile per test (launchPersistentContext would be a user-data dir; a new context is the same: empty storage). */
async function newPage(size: { width: number; height: number }, phone: boolean): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: size, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1, baseURL: t.url, serviceWorkers: 'allow' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000); // fail at the step that hangs, well before jest's timeout
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  return { ctx, page, errors };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

/** The plan of a task, as the API returns it. */
async function planOf(taskId: string, username: string): Promise<{ timeline: Array<{ name: string; start: number; end: number; hold?: boolean }> }> {
  const login = await t.gql('mutation($u: String!, $p: String!) { login(usernameOrEmail: $u, password: $p) { accessToken } }', { u: username, p: 'Bachata-Steps-2026' });
  const r = await t.gql('query($id: ID!) { task(id: $id) { status progress result { plan } } }', { id: taskId }, login.data.login.accessToken);
  expect(r.data.task).toMatchObject({ status: 'COMPLETED', progress: 100 });
  return r.data.task.result.plan;
}

for (const [label, size, phone] of [['phone', { width: 412, height: 915 }, true], ['desktop', { width: 1440, height: 900 }, false]] as const) {
  describe(`at ${label} size`, () => {
    const username = `dancer_${label}_${Date.now() % 100000}`;
    const password = 'Bachata-Steps-2026';

    it('the home page shows the demo the product made itself: placeholder while it is made, then video, poster and moves', async () => {
      const { ctx, page, errors } = await newPage(size, phone);
      await page.goto('/');
      await page.getByRole('heading', { name: 'See it dance' }).waitFor();
      if (await page.getByRole('status').filter({ hasText: 'being made right now' }).isVisible()) await shot(page, `${label}-00-home-demo-preparing`);
      // The page asks again by itself while the demo is being made (no reload).
      const video = page.locator('video.demo-frame');
      await video.waitFor({ timeout: 280_000 });
      const demo = (await t.gql('{ homeDemo { status videoUrl posterUrl moves { name start } } }')).data.homeDemo;
      expect(demo.status).toBe('READY');
      const poster = await video.getAttribute('poster');
      // signed like any media URL (the expiry may differ by a second from our own query's)
      expect(poster!.split('?')[0]).toBe(demo.posterUrl.split('?')[0]);
      expect(poster).toMatch(/^\/media\/demo\/home\/.*\.jpg\?exp=\d+&sig=/);
      expect((await page.request.get(poster!)).headers()['content-type']).toBe('image/jpeg');
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      const moves = page.locator('.demo-move');
      expect(await moves.count()).toBe(demo.moves.length);
      expect(await moves.first().textContent()).toContain(demo.moves[0].name);
      await shot(page, `${label}-00-home-demo`);
      await page.screenshot({ path: join(shots, `${label}-00-home-demo-full.png`), fullPage: true });
      // A move of the list plays the video from that move.
      await moves.nth(1).click();
      await page.waitForFunction((t0) => { const v = document.querySelector('video.demo-frame') as HTMLVideoElement; return v.currentTime >= t0 && v.readyState >= 2; }, demo.moves[1].start, { timeout: 20_000 });
      const box = (await video.boundingBox())!;
      expect(box.width).toBeGreaterThan(size.width * 0.4);
      expect(errors).toEqual([]);
      await ctx.close();
    }, 300_000);

    it('register → log in → generate (upload, songs listed) → player → save → collection → offline shell', async () => {
      const { ctx, page, errors } = await newPage(size, phone);
      // (The first visit is /register: the API's SPA fallback `/*path` does not match "/" itself.)
      await page.goto('/register');
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Email').fill(`${username}@example.com`);
      await page.getByLabel('Password', { exact: true }).fill('1234');
      await page.getByLabel('Password', { exact: true }).blur();
      await page.getByText('At least 8 characters. Not only digits.').waitFor();
      await shot(page, `${label}-02-register-validation`);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Repeat password').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: /Hola/ }).waitFor();
      await shot(page, `${label}-01-home`);

      // Log out; a protected page sends us to log in and back.
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.goto('/collections');
      await page.waitForURL(/\/login\?next=%2Fcollections/);
      await page.getByLabel('Username or email').fill(username);
      await page.getByLabel('Password').fill('wrong-password-1');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByText('Wrong username/email or password.').waitFor();
      await shot(page, `${label}-03-login-error`);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(/\/collections$/);
      await page.getByText('Nothing saved yet.').waitFor();
      expect(await page.getByRole('link', { name: /Collection/ }).getAttribute('aria-current')).toBe('page');

      // Profile & preferences.
      await page.getByRole('link', { name: /Profile/ }).first().click();
      await page.getByLabel('Default difficulty').selectOption('INTERMEDIATE');
      await page.getByText('Preferences saved.').waitFor();
      await shot(page, `${label}-03b-profile`);

      // Server field errors land at the field: registering the same username again (other tab profile).
      const other = await newPage(size, phone);
      await other.page.goto('/register');
      await other.page.getByLabel('Username').fill(username);
      await other.page.getByLabel('Email').fill(`other_${username}@example.com`);
      await other.page.getByLabel('Password', { exact: true }).fill(password);
      await other.page.getByLabel('Repeat password').fill(password);
      await other.page.getByRole('button', { name: 'Create account' }).click();
      await other.page.getByText('That username is taken.').waitFor();
      expect(await other.page.getByLabel('Username').getAttribute('aria-invalid')).toBe('true');
      await other.ctx.close();

      // Generate: upload a song with progress, it appears in the library and is selected.
      await page.getByRole('link', { name: /Generate/ }).first().click();
      await page.getByRole('heading', { name: 'Generate a choreography' }).waitFor();
      expect(await page.getByLabel('Difficulty').inputValue()).toBe('INTERMEDIATE'); // the preference is the default
      if (phone) {
        // The API's own error for a song under 30 s is shown at the upload form.
        const short = join(tmp, 'Too short.wav');
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=5', '-ac', '1', '-ar', '22050', short]);
        await page.getByLabel('Audio file').setInputFiles(short);
        await page.getByRole('button', { name: 'Upload', exact: true }).click();
        const err = page.locator('#upload-error');
        await err.waitFor();
        expect(await err.textContent()).toMatch(/30 s|30 seconds|too short/i);
        expect(await page.getByLabel('Audio file').getAttribute('aria-invalid')).toBe('true');
        await shot(page, `${label}-04a-upload-error`);
      }
      await page.getByLabel('Audio file').setInputFiles(audioFile);
      await page.getByRole('button', { name: 'Upload', exact: true }).click();
      await page.getByRole('radio', { name: /Bachata del Sol/ }).waitFor();
      expect(await page.getByRole('radio', { name: /Bachata del Sol/ }).isChecked()).toBe(true);
      await page.getByText('Uploaded “Bachata del Sol”. It is selected: choose the options and press Start.').waitFor();
      expect(await page.getByText(/^\d+ songs?$/).textContent()).toMatch(/4 songs/); // three demo songs + the upload
      expect(await page.locator('#difficulty option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']);
      expect(await page.locator('#style option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['ROMANTIC', 'SENSUAL', 'ENERGETIC', 'PLAYFUL']);
      await page.getByLabel('Style').selectOption('SENSUAL');
      await shot(page, `${label}-04-generate`);
      await page.getByRole('button', { name: 'Start' }).click();

      // Progress, live over graphql-ws: the real job listens to the tone, finds no beat and says so.
      await page.waitForURL(/\/tasks\//);
      await page.getByText('Live updates').waitFor();
      await page.getByText('This one did not work out.').waitFor({ timeout: 60_000 });
      await page.getByText(/could not find a steady beat/).first().waitFor();
      await shot(page, `${label}-05-progress-failed`);

      // No WebSocket (a proxy that drops it): the page falls back to polling every 2 s.
      const noWs = await ctx.newPage();
      await noWs.routeWebSocket(/\/graphql/, (socket) => socket.close({ code: 1011, reason: 'blocked by the test' }));
      await noWs.goto(page.url());
      await noWs.getByText('Live updates unavailable: checking every 2 seconds.').waitFor();
      await noWs.getByText('This one did not work out.').waitFor();
      await noWs.close();

      // A demo song: start, cancel while it runs, then try again and follow it to the player.
      await page.getByRole('link', { name: /Generate/ }).first().click();
      await page.getByRole('radio', { name: /Luna de Santiago/ }).check();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.waitForURL(/\/tasks\//);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('heading', { name: 'Cancelled' }).waitFor(); // a cancel is its own state, not "did not work out"
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByText('Live updates').waitFor();
      const progressSeen = new Set<string>();
      const watch = setInterval(() => {
        void page.locator('progress').evaluate((p: HTMLProgressElement) => p.value).then((v) => progressSeen.add(String(v)), () => undefined);
      }, 150);
      await page.waitForTimeout(1200);
      await shot(page, `${label}-05-progress`);
      await page.waitForURL(/\/play\/task\//, { timeout: 180_000 });
      clearInterval(watch);
      expect(progressSeen.size).toBeGreaterThan(1); // the bar moved live
      const taskId = page.url().split('/').pop()!;
      const plan = await planOf(taskId, username);

      // The video plays.
      const video = page.locator('video');
      await video.evaluate((v: HTMLVideoElement) => new Promise((ok) => (v.readyState >= 2 ? ok(null) : v.addEventListener('loadeddata', () => ok(null), { once: true }))));
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 0.5, null, { timeout: 15_000 });

      // Loop one move: playback comes back to the move's start after its end.
      const moves = page.locator('.timeline button.move');
      const index = plan.timeline.findIndex((m, i) => i > 0 && !m.hold);
      const move = plan.timeline[index];
      await moves.nth(index).click();
      expect(await moves.nth(index).getAttribute('aria-pressed')).toBe('true');
      await video.evaluate((v: HTMLVideoElement, end: number) => { v.currentTime = end - 0.3; void v.play(); }, move.end);
      await page.waitForFunction(([start, end]) => {
        const t = (document.querySelector('video') as HTMLVideoElement).currentTime;
        return t >= start && t < end - 0.6;
      }, [move.start, move.end], { timeout: 10_000 });
      await page.getByRole('radio', { name: '0.5×' }).click();
      expect(await video.evaluate((v: HTMLVideoElement) => [v.playbackRate, v.preservesPitch, v.getAttribute('crossorigin')])).toEqual([0.5, true, 'anonymous']);
      await page.waitForTimeout(600);
      await shot(page, `${label}-06-player`);
      await page.getByLabel('Title').fill(`Sensual practice ${label}`);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL(/\/play\/[0-9a-f-]+$/);
      await page.getByRole('heading', { name: `Sensual practice ${label}` }).waitFor();
      await page.getByRole('button', { name: 'Keep offline' }).click();
      await page.getByRole('button', { name: '✓ Kept offline' }).waitFor();

      // Collection grid.
      await page.getByRole('link', { name: /Collection/ }).first().click();
      await page.getByRole('link', { name: `Sensual practice ${label}` }).waitFor();
      await page.locator('.stats').waitFor();
      await shot(page, `${label}-07-collections`);

      // Installability: a valid manifest and a service worker controlling the page.
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
        return href ? (await fetch(href)).json() : null;
      });
      expect(manifest).toMatchObject({ name: 'Bachata Buddy', short_name: expect.any(String), display: 'standalone', start_url: '/', display_override: ['window-controls-overlay'] });
      expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes}/${i.purpose}`)).toEqual(expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']));
      expect(manifest.share_target).toMatchObject({ action: '/share-target', method: 'POST', enctype: 'multipart/form-data' });
      for (const icon of manifest.icons) expect((await page.request.get(icon.src)).headers()['content-type']).toBe('image/png');
      for (const s of manifest.screenshots) expect((await page.request.get(s.src)).headers()['content-type']).toBe('image/png');
      await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((_, no) => setTimeout(() => no(new Error('no service worker')), 10_000))]));
      await page.reload();
      await page.getByRole('link', { name: `Sensual practice ${label}` }).waitFor();
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await page.waitForTimeout(1500); // the cache is persisted at most once a second

      // Offline: the app shell from the service worker, the banner, and the collection from the persisted cache.
      await ctx.setOffline(true);
      await page.reload();
      await page.getByText('You are offline.').waitFor();
      await page.getByRole('link', { name: `Sensual practice ${label}` }).waitFor();
      expect(await page.getByRole('button', { name: 'Delete all…' }).isDisabled()).toBe(true);
      await shot(page, `${label}-08-offline-collections`);
      // The saved plan opens offline too, and the kept video is answered by the service worker.
      await page.getByRole('link', { name: `Sensual practice ${label}` }).click();
      await page.locator('.timeline button.move').first().waitFor();
      const videoOk = await page.evaluate(async () => {
        const v = document.querySelector('video')!;
        const r = await fetch(v.currentSrc || v.src, { headers: { range: 'bytes=0-99' } });
        return [r.status, (await r.arrayBuffer()).byteLength];
      });
      expect(videoOk).toEqual([206, 100]);
      // …and the kept video plays offline.
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 0.5, null, { timeout: 15_000 });
      await shot(page, `${label}-09-offline-player`);
      await page.goto('/no-such-page').catch(() => undefined);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await ctx.setOffline(false);

      // Share target: another app POSTs an audio file; the service worker keeps it and opens the upload form.
      const shared = await page.evaluate(async (bytes) => {
        const form = new FormData();
        form.append('audio', new File([new Uint8Array(bytes)], 'Shared song.wav', { type: 'audio/wav' }));
        const r = await fetch('/share-target', { method: 'POST', body: form });
        return r.url;
      }, [...readFileSync(audioFile).subarray(0, 2048)]);
      expect(shared).toMatch(/\/generate\?shared=1$/);
      await page.goto('/generate?shared=1');
      await page.getByText(/Shared song\.wav · /).waitFor();

      // Two tabs of the same profile stay consistent: logging out in one logs out the other.
      const second = await ctx.newPage();
      await second.goto('/collections');
      await second.getByRole('link', { name: `Sensual practice ${label}` }).waitFor();
      if (!phone) {
        // Edit and delete with confirmation (desktop run only: the flow is the same).
        await second.getByRole('button', { name: `Edit Sensual practice ${label}` }).click();
        await second.getByLabel('Title', { exact: true }).fill('Renamed practice');
        await second.getByRole('button', { name: 'Save' }).click();
        await second.getByRole('link', { name: 'Renamed practice' }).waitFor();
        second.once('dialog', (d) => void d.dismiss());
        await second.getByRole('button', { name: 'Delete Renamed practice' }).click();
        await second.getByRole('link', { name: 'Renamed practice' }).waitFor();
        second.once('dialog', (d) => void d.accept());
        await second.getByRole('button', { name: 'Delete all…' }).click();
        await second.getByText('Deleted 1 choreographies.').waitFor();
        await second.getByText('Nothing saved yet.').waitFor();
      }
      await page.getByRole('button', { name: 'Log out' }).click();
      await second.getByRole('button', { name: 'Log in' }).or(second.getByRole('link', { name: 'Log in' })).first().waitFor();
      await second.waitForURL(/\/login/);
      expect(errors).toEqual([]);
      await ctx.close();
    });
  });
}
