/** @jest-environment node */
/**
 * Fixing the count in real Chromium against the real API, PostgreSQL and video job, at a phone
 * (412×915) and a desktop (1440×900) size: a video made with a count shifted on purpose (+2 beats,
 * stored through the API) is fixed in the player — with the shift buttons on the phone, with
 * "Set the 1 here" on the desktop — and regenerated; every move of the new video starts on a "1" of
 * the music's own analysis. Nothing is mocked. Screenshots land in .data/test/screenshots/.
 */
import { join } from 'node:path';
import { startBrowserApp, type BrowserApp } from './support';
import type { Browser, Page } from 'playwright-core';
import { applyCountOffset, type SongAnalysis } from '@bachata/core';
import { registerUser, type TestApp } from '../../../api/test/support/test-app';

jest.setTimeout(600_000);

const pwaDir = join(__dirname, '..', '..');
const shots = join(pwaDir, '..', '.data', 'test', 'screenshots');
let t: TestApp;
let browser: Browser;
let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp('count');
  ({ t, browser } = app);
}, 300_000);

afterAll(async () => { await app?.close(); });

const GENERATE = `mutation($s: ID!, $seed: Int) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: MEDIUM, style: ROMANTIC, seed: $seed }) { id } }`;
type Plan = { countOffsetBeats?: number; timeline: Array<{ start: number; hold?: boolean }> };

/** Polls the task through the API until it ends; returns its result. */
async function finished(taskId: string, token: string): Promise<{ countOffsetBeats: number; plan: Plan; analysis: { phrases: number[] } }> {
  for (let i = 0; i < 600; i++) {
    const r = await t.gql(`query($id: ID!) { task(id: $id) { status message result { countOffsetBeats plan analysis } } }`, { id: taskId }, token);
    const task = r.data.task;
    if (task.status === 'COMPLETED') return task.result;
    if (task.status === 'FAILED') throw new Error(`task failed: ${task.message}`);
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error('task did not finish');
}

async function generate(songId: string, token: string, seed: number) {
  return finished((await t.gql(GENERATE, { s: songId, seed }, token)).data.generateChoreography.id, token);
}

const moveStarts = (plan: Plan) => plan.timeline.filter((e) => !e.hold).map((e) => e.start);
const onA1 = (phrases: readonly number[], start: number) => phrases.some((p) => Math.abs(p - start) < 1 / 30);

/** Pauses the video at time `at` and waits until the player shows that moment. */
async function pauseAt(page: Page, at: number) {
  await page.locator('video').evaluate((v: HTMLVideoElement, time: number) => new Promise<void>((ok) => {
    const go = () => { v.pause(); v.addEventListener('seeked', () => ok(), { once: true }); v.currentTime = time; };
    if (v.readyState >= 1) go(); else v.addEventListener('loadedmetadata', go, { once: true });
  }), at);
}
/** The dancer's stored correction, once the player's writes have landed (they go out one after another). */
async function storedOffset(song: string, token: string): Promise<number> {
  let offset = NaN;
  for (let i = 0; i < 40; i++) {
    offset = (await t.gql(`query($s: ID!) { song(id: $s) { countOffsetBeats } }`, { s: song }, token)).data.song.countOffsetBeats;
    if (offset === 0) break;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  return offset;
}
const countShown = (page: Page) => page.locator('.count').getAttribute('aria-label');

let songId: string;
let music: SongAnalysis;

for (const [label, size, phone] of [['phone', { width: 412, height: 915 }, true], ['desktop', { width: 1440, height: 900 }, false]] as const) {
  it(`at ${label} size: a count shifted on purpose is fixed in the player and the regenerated moves start on the 1`, async () => {
    const dancer = await registerUser(t, `counter_${label}_${Date.now() % 100000}`);
    const token = dancer.accessToken;
    if (!songId) {
      const songs = await t.gql(`{ songs(first: 10) { edges { node { id duration isDemo } } } }`, {}, token);
      songId = songs.data.songs.edges.map((e: any) => e.node).filter((s: any) => s.isDemo).sort((a: any, b: any) => a.duration - b.duration)[0].id;
      await generate(songId, token, 5); // the first generation analyses the song (cached from then on)
      music = (await t.app.services.pool.query(`SELECT analysis FROM songs WHERE id = $1`, [songId])).rows[0].analysis;
    }

    // The count shifted on purpose: every "1" two beats late, and a video made with it.
    expect((await t.gql(`mutation($s: ID!) { setCountCorrection(songId: $s, offsetBeats: 2) { countOffsetBeats } }`, { s: songId }, token)).data.setCountCorrection.countOffsetBeats).toBe(2);
    const wrongTask = (await t.gql(GENERATE, { s: songId, seed: 9 }, token)).data.generateChoreography.id;
    const wrong = await finished(wrongTask, token);
    expect(wrong.countOffsetBeats).toBe(2);
    const shifted = applyCountOffset(music, 2).phrases;
    expect(moveStarts(wrong.plan).every((s) => onA1(shifted, s) && !onA1(music.phrases, s))).toBe(true);

    const ctx = await browser.newContext({ viewport: size, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1, baseURL: t.url });
    const page = await ctx.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });

    await page.goto(`/play/task/${wrongTask}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Username or email').fill(dancer.username);
    await page.getByLabel('Password').fill(dancer.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(new RegExp(`/play/task/${wrongTask}$`));
    await page.getByRole('heading', { name: 'Fix the count' }).waitFor();
    await page.getByText('Every 1 moved 2 beats later.').waitFor();

    // On a "1" of the music the shifted video counts "7".
    const one = music.phrases[3];
    await pauseAt(page, one + 0.03);
    await page.waitForFunction(() => document.querySelector('.count')?.getAttribute('aria-label') === 'Count 7');
    await page.getByRole('heading', { name: 'Fix the count' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `count-${label}-1-shifted.png`), fullPage: true });

    if (phone) {
      await page.getByRole('button', { name: 'One beat earlier' }).tap();
      expect(await countShown(page)).toBe('Count 8');
      await page.getByRole('button', { name: 'One beat earlier' }).tap();
    } else {
      // Keyboard: Tab reaches the button, Enter presses it.
      await page.getByRole('button', { name: 'One bar later' }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Set the 1 here');
      await page.keyboard.press('Enter');
    }
    // The counts follow at once, before any regeneration.
    expect(await countShown(page)).toBe('Count 1');
    await page.getByText('Counting where the analysis found the 1.').waitFor();
    // …and the correction is stored for this dancer.
    expect(await storedOffset(songId, token)).toBe(0);
    await page.getByRole('button', { name: 'Regenerate with this count' }).waitFor();
    const buttonBox = await page.getByRole('button', { name: 'Set the 1 here' }).boundingBox();
    expect(buttonBox!.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: join(shots, `count-${label}-2-fixed.png`), fullPage: true });
    await page.getByRole('heading', { name: 'Fix the count' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `count-${label}-2-fixed-viewport.png`) });

    await page.getByRole('button', { name: 'Regenerate with this count' }).click();
    await page.waitForURL(/\/tasks\//);
    const newTask = page.url().split('/').pop()!;
    await page.waitForURL(new RegExp(`/play/task/${newTask}$`), { timeout: 240_000 });
    const fixed = await finished(newTask, token);
    expect(fixed.countOffsetBeats).toBe(0);
    const starts = moveStarts(fixed.plan);
    expect(starts.length).toBeGreaterThanOrEqual(3);
    for (const start of starts) expect(onA1(music.phrases, start)).toBe(true);
    // The same options as the video it replaces.
    const params = await t.gql(`query($a: ID!, $b: ID!) { a: task(id: $a) { parameters { difficulty energyLevel style seed } } b: task(id: $b) { parameters { difficulty energyLevel style seed } } }`, { a: wrongTask, b: newTask }, token);
    expect(params.data.b.parameters).toEqual(params.data.a.parameters);

    await page.getByRole('heading', { name: 'Fix the count' }).waitFor();
    await pauseAt(page, one + 0.03);
    await page.waitForFunction(() => document.querySelector('.count')?.getAttribute('aria-label') === 'Count 1');
    expect(await page.getByRole('button', { name: 'Regenerate with this count' }).count()).toBe(0);
    await page.screenshot({ path: join(shots, `count-${label}-3-regenerated.png`), fullPage: true });
    expect(errors).toEqual([]);
    await ctx.close();
  });
}
