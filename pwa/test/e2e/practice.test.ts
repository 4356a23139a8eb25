/** @jest-environment node */
/**
 * Practising with the PWA in real Chromium against the real API, PostgreSQL and video job, at a phone
 * (412×915) and a desktop (1440×900) size: auto-save, My videos (live status, delete, save), the
 * practice timeline (seek, tap a move, drag an A–B loop), captions, fullscreen, collection stats after
 * an edit, and a saved-but-not-kept choreography offline. Nothing is mocked. Screenshots of every
 * screen land in .data/test/screenshots/.
 */
import { join } from 'node:path';
import { startBrowserApp, type BrowserApp } from './support';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registerUser, type TestApp } from '../../../api/test/support/test-app';

jest.setTimeout(900_000);

const pwaDir = join(__dirname, '..', '..');
const shots = join(pwaDir, '..', '.data', 'test', 'screenshots');
let t: TestApp;
let browser: Browser;
let app: BrowserApp;
let dancer: Awaited<ReturnType<typeof registerUser>>;
let song: { id: string; title: string };

beforeAll(async () => {
  app = await startBrowserApp('practice', ['--autoplay-policy=no-user-gesture-required']);
  ({ t, browser } = app);
  dancer = await registerUser(t, `practiser_${Date.now() % 100000}`);
  const songs = await t.gql(`{ songs(first: 10) { edges { node { id title duration isDemo } } } }`, {}, dancer.accessToken);
  song = songs.data.songs.edges.map((e: { node: { id: string; title: string; duration: number; isDemo: boolean } }) => e.node).filter((s: { isDemo: boolean }) => s.isDemo).sort((a: { duration: number }, b: { duration: number }) => a.duration - b.duration)[0];
}, 300_000);

afterAll(async () => { await app?.close(); });

async function newPage(size: { width: number; height: number }, phone: boolean): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: size, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1, baseURL: t.url, serviceWorkers: 'allow' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  return { ctx, page, errors };
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(shots, `${name}.png`), fullPage });

type Plan = { timeline: Array<{ name: string; start: number; end: number; hold?: boolean }>; notes: string[] };
async function planOf(taskId: string): Promise<Plan> {
  const r = await t.gql('query($id: ID!) { task(id: $id) { result { plan } } }', { id: taskId }, dancer.accessToken);
  return r.data.task.result.plan;
}
const collection = async () => (await t.gql('{ collections { totalCount edges { node { id title difficulty } } } }', {}, dancer.accessToken)).data.collections;

async function logIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username or email').fill(dancer.username);
  await page.getByLabel('Password').fill(dancer.password);
  await shot(page, `practice-${page.viewportSize()!.width}-login`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: /Hola/ }).waitFor();
}

/** Generates a choreography of the demo song from the Generate page and follows it to the player. */
async function generateInTheApp(page: Page, label: string): Promise<string> {
  await page.getByRole('link', { name: /Generate/ }).first().click();
  await page.getByRole('radio', { name: new RegExp(song.title) }).check();
  // Hear the song before choosing it: a few seconds from a third of the way in, and a tap stops it.
  const hear = page.getByRole('button', { name: `Hear ${song.title}` });
  await hear.click();
  const stop = page.getByRole('button', { name: `Stop ${song.title}` });
  await stop.waitFor();
  await page.waitForTimeout(1000);
  expect(await stop.getAttribute('aria-pressed')).toBe('true');
  expect(await page.locator('.songs [role="alert"]').count()).toBe(0);
  await stop.click();
  await hear.waitFor();
  await shot(page, `practice-${label}-generate`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForURL(/\/tasks\//);
  await page.getByText('Live updates').waitFor();
  await page.waitForTimeout(1500);
  await shot(page, `practice-${label}-progress`);
  // The bar's percent and the text agree: the text carries no percent of its own.
  expect(await page.locator('.message').textContent()).not.toMatch(/\d\s*%/);
  await page.waitForURL(/\/play\/task\//, { timeout: 400_000 });
  return page.url().split('/').pop()!;
}

/** The practice timeline, captions and fullscreen on an open player. */
async function practise(page: Page, label: string, plan: Plan, phone: boolean) {
  const video = page.locator('video');
  await video.evaluate((v: HTMLVideoElement) => new Promise((ok) => (v.readyState >= 1 ? ok(null) : v.addEventListener('loadedmetadata', () => ok(null), { once: true }))));
  const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
  // Elapsed / total time.
  await page.locator('.pt-time').filter({ hasText: new RegExp(`/ ${Math.floor(Math.round(duration) / 60)}:${String(Math.round(duration) % 60).padStart(2, '0')}$`) }).waitFor();
  // Sections are coloured and labelled, 8-count ticks and one block per move.
  expect(await page.locator('.pt-section').count()).toBeGreaterThan(0);
  expect(await page.locator('.pt-phrase').count()).toBeGreaterThan(3);
  expect(await page.locator('.pt-move').count()).toBe(plan.timeline.length);
  expect(await page.locator('.pt-energy').getAttribute('d')).toMatch(/^M0,40 .* Z$/);

  // Seek: a tap at 60 % of the overview bar.
  const bar = (await page.locator('.pt-overview').boundingBox())!;
  await page.mouse.click(bar.x + bar.width * 0.6, bar.y + bar.height / 2);
  await page.waitForFunction((d) => Math.abs((document.querySelector('video') as HTMLVideoElement).currentTime - d * 0.6) < d * 0.05, duration);
  expect(await page.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuetext')).toMatch(/^\d+:\d\d of \d+:\d\d/);

  // Tap a move block: that move loops.
  const i = plan.timeline.findIndex((m, k) => k > 0 && !m.hold);
  const block = page.locator('.pt-move').nth(i);
  await block.scrollIntoViewIfNeeded();
  if (phone) await block.tap(); else await block.click();
  await page.locator('.pt-move.looped').waitFor();
  expect(await page.locator('.timeline button.move').nth(i).getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByRole('button', { name: 'Loop current move' }).getAttribute('aria-pressed')).toBe('true');
  await shot(page, `practice-${label}-player-move-loop`);

  // Drag from that block across two more: an A–B loop over whole moves; the Loop button is not lit.
  await video.evaluate((v: HTMLVideoElement) => v.pause());
  const j = Math.min(i + 2, plan.timeline.length - 1);
  const a = (await block.boundingBox())!;
  const b = (await page.locator('.pt-move').nth(j).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x + b.width / 2) / 2, a.y + a.height / 2, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
  const { start, end } = { start: plan.timeline[i].start, end: plan.timeline[j].end };
  await page.locator('.player-status').filter({ hasText: /looping \d+:\d\d–\d+:\d\d/ }).waitFor();
  expect(await page.getByRole('button', { name: 'Loop current move' }).getAttribute('aria-pressed')).toBe('false');
  expect(await page.getByRole('button', { name: 'A–B on' }).getAttribute('aria-pressed')).toBe('true');
  await video.evaluate((v: HTMLVideoElement, e: number) => { v.currentTime = e - 0.3; void v.play(); }, end);
  await page.waitForFunction(([s, e]) => {
    const now = (document.querySelector('video') as HTMLVideoElement).currentTime;
    return now >= s - 0.05 && now < e - 0.6;
  }, [start, end], { timeout: 15_000 });
  await shot(page, `practice-${label}-player-ab-loop`);

  // Captions: the counts and the move on every beat, as a text track.
  await page.getByRole('button', { name: 'Captions' }).click();
  expect(await video.evaluate((v: HTMLVideoElement) => [v.textTracks.length, v.textTracks[0].kind, v.textTracks[0].mode])).toEqual([1, 'captions', 'showing']);
  await page.waitForFunction(() => {
    const cue = (document.querySelector('video') as HTMLVideoElement).textTracks[0].activeCues?.[0] as VTTCue | undefined;
    return !!cue && /^.+ · [1-8]$/.test(cue.text);
  }, null, { timeout: 15_000 });
  await shot(page, `practice-${label}-player-captions`);

  // Fullscreen: the video with the count, the captions and the controls over it.
  await page.getByRole('button', { name: 'Fullscreen' }).click();
  await page.waitForFunction(() => document.fullscreenElement?.classList.contains('stage-box'));
  const overlay = page.getByRole('toolbar', { name: 'Fullscreen controls' });
  await overlay.waitFor();
  expect(await page.locator('.stage-box .count').isVisible()).toBe(true);
  await page.waitForTimeout(500);
  await shot(page, `practice-${label}-player-fullscreen`);
  await overlay.getByRole('button', { name: 'Exit fullscreen' }).click();
  await page.waitForFunction(() => !document.fullscreenElement);
  await video.evaluate((v: HTMLVideoElement) => v.pause());
  // A–B: the third tap clears.
  await page.getByRole('button', { name: 'A–B on' }).click();
  expect(await page.locator('.player-status').textContent()).not.toMatch(/looping/);
}

describe('practising', () => {
  it('at phone size: auto-save, timeline, captions, fullscreen, My videos live, stats after an edit, offline plan', async () => {
    const label = 'phone';
    const { ctx, page, errors } = await newPage({ width: 412, height: 915 }, true);
    await logIn(page);
    await shot(page, `practice-${label}-home`);
    // The preference is on by default.
    await page.getByRole('link', { name: /Profile/ }).first().click();
    expect(await page.getByLabel('Save finished choreographies to my collection automatically').isChecked()).toBe(true);
    await shot(page, `practice-${label}-profile`);

    const taskId = await generateInTheApp(page, label);
    // Saved automatically: the player offers to rename it, and it is in the collection.
    await page.getByRole('heading', { name: 'In your collection' }).waitFor();
    const saved = await collection();
    expect(saved.totalCount).toBe(1);
    const plan = await planOf(taskId);
    await shot(page, `practice-${label}-player`);
    await practise(page, label, plan, true);
    // Held sideways: the video on the left, the timeline and controls beside it.
    await page.setViewportSize({ width: 915, height: 412 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const [videoBox, timelineBox] = [await page.locator('.stage-box').boundingBox(), await page.locator('.pt').boundingBox()];
    expect(timelineBox!.x).toBeGreaterThanOrEqual(videoBox!.x + videoBox!.width - 1);
    await shot(page, `practice-${label}-player-landscape`);
    await page.setViewportSize({ width: 412, height: 915 });

    // My videos: newest first, live status over the subscription, delete.
    const running = (await t.gql(`mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: LOW, style: PLAYFUL }) { id } }`, { s: song.id }, dancer.accessToken)).data.generateChoreography.id;
    await page.getByRole('link', { name: /My videos/ }).first().click();
    await page.getByRole('heading', { name: 'My videos' }).waitFor();
    const rows = page.locator('.history-item');
    await rows.first().locator('.badge').filter({ hasText: /Waiting|Making/ }).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).locator('.badge').textContent()).toBe('Ready');
    await rows.nth(1).getByText('In your collection').waitFor();
    await shot(page, `practice-${label}-videos-running`);
    await t.gql(`mutation($id: ID!) { cancelTask(id: $id) { id } }`, { id: running }, dancer.accessToken);
    await rows.first().locator('.badge').filter({ hasText: 'Cancelled' }).waitFor(); // no reload: the subscription
    await shot(page, `practice-${label}-videos`);
    page.once('dialog', (d) => void d.accept());
    await rows.first().getByRole('button', { name: /^Delete / }).click();
    await page.waitForFunction(() => document.querySelectorAll('.history-item').length === 1);
    expect((await t.gql(`query($id: ID!) { task(id: $id) { id } }`, { id: running }, dancer.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    // A saved one cannot be deleted from the history (the collection plays from it): no button.
    expect(await rows.first().getByRole('button', { name: /^Delete / }).count()).toBe(0);

    // Collection stats follow an edit at once (they were stale until a reload).
    await page.getByRole('link', { name: /Collection/ }).first().click();
    const stat = (name: string) => page.locator('.stats div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd');
    await stat('Beginner').filter({ hasText: '1' }).waitFor();
    expect(await stat('Advanced').textContent()).toBe('0');
    await shot(page, `practice-${label}-collections`);
    const title = saved.edges[0].node.title;
    await page.getByRole('button', { name: `Edit ${title}` }).click();
    const form = page.getByRole('form', { name: `Edit ${title}` });
    await form.getByLabel('Difficulty').selectOption('ADVANCED');
    await form.getByRole('button', { name: 'Save' }).click();
    await stat('Advanced').filter({ hasText: '1' }).waitFor();
    expect(await stat('Beginner').textContent()).toBe('0');
    expect(await page.locator('.tile img').count()).toBe(1);
    await shot(page, `practice-${label}-collections-edited`);

    // Offline: the saved choreography was not kept, yet its moves and counts open (the plan is cached).
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((_, no) => setTimeout(() => no(new Error('no service worker')), 10_000))]));
    await page.reload();
    await page.getByRole('link', { name: title }).waitFor();
    await page.waitForTimeout(2500); // the plans are fetched in the background, the cache persisted once a second
    await ctx.setOffline(true);
    await page.reload();
    await page.getByText('You are offline.').waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await page.locator('.timeline button.move').count()).toBe(plan.timeline.length);
    await page.getByText('Not kept: the video needs a connection.').waitFor();
    await page.getByText(/This video was not kept offline/).waitFor();
    await shot(page, `practice-${label}-offline-player`);
    await ctx.setOffline(false);

    // Not-found screens: a task address that does not exist is a not-found page, not a progress screen.
    await page.goto(`/tasks/${crypto.randomUUID()}`);
    await page.getByRole('heading', { name: 'Choreography not found' }).waitFor();
    expect(await page.locator('progress').count()).toBe(0);
    await shot(page, `practice-${label}-task-not-found`);
    await page.goto(`/play/${crypto.randomUUID()}`);
    await page.getByRole('heading', { name: 'Video not found' }).waitFor();
    // Every button and link of the menu is a 44 px touch target.
    for (const box of await page.locator('.nav a, main .btn').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('at desktop size: auto-save off is respected, save from My videos, timeline by mouse, captions, fullscreen', async () => {
    const label = 'desktop';
    const { ctx, page, errors } = await newPage({ width: 1440, height: 900 }, false);
    await logIn(page);
    await shot(page, `practice-${label}-home`);
    await page.getByRole('link', { name: /Profile/ }).first().click();
    // A controlled checkbox: it changes when the server has stored the preference.
    await page.getByLabel('Save finished choreographies to my collection automatically').click();
    await page.getByText('Preferences saved.').waitFor();
    expect(await page.getByLabel('Save finished choreographies to my collection automatically').isChecked()).toBe(false);
    await shot(page, `practice-${label}-profile`);
    const before = (await collection()).totalCount;

    const taskId = await generateInTheApp(page, label);
    await page.getByRole('heading', { name: 'Save to collection' }).waitFor();
    expect((await collection()).totalCount).toBe(before);
    const plan = await planOf(taskId);
    await shot(page, `practice-${label}-player`);
    await practise(page, label, plan, false);

    await page.getByRole('link', { name: /My videos/ }).first().click();
    const rows = page.locator('.history-item');
    await rows.first().locator('.badge').filter({ hasText: 'Ready' }).waitFor();
    await shot(page, `practice-${label}-videos`);
    await rows.first().getByRole('button', { name: /to the collection$/ }).click();
    await rows.first().getByText('In your collection').waitFor();
    expect((await collection()).totalCount).toBe(before + 1);
    await page.getByRole('link', { name: /Collection/ }).first().click();
    await page.locator('.stats').waitFor();
    await page.locator('.stats div').filter({ hasText: /^Saved/ }).locator('dd').filter({ hasText: String(before + 1) }).waitFor();
    await shot(page, `practice-${label}-collections`);
    await page.goto(`/tasks/${crypto.randomUUID()}`);
    await page.getByRole('heading', { name: 'Choreography not found' }).waitFor();
    await shot(page, `practice-${label}-task-not-found`);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
