/** @jest-environment node */
/**
 * The instructor area and "Describe it" in real Chromium against the real API, PostgreSQL and video
 * job: generate from a described request, build a class plan from two saved choreographies, reorder
 * it by drag and by keyboard, export the PDF (opened with pdftotext) and the HTML sheet, practise the
 * plan in the player. Screenshots at 1440×900 and 412×915 land in .data/test/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserApp, type BrowserApp } from './support';
import type { Browser, Page } from 'playwright-core';
import { registerUser, type TestApp } from '../../../api/test/support/test-app';

jest.setTimeout(600_000);

const pwaDir = join(__dirname, '..', '..');
const shots = join(pwaDir, '..', '.data', 'test', 'screenshots');
let t: TestApp;
let tmp: string;
let browser: Browser;
let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp('instructor');
  ({ t, browser, tmp } = app);
}, 300_000);

afterAll(async () => { await app?.close(); });

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `instructor-${name}.png`), fullPage: false });

async function finished(taskId: string, token: string): Promise<{ plan: { parameters: Record<string, unknown>; timeline: Array<{ label: string; hold?: boolean }> } }> {
  for (let i = 0; i < 900; i++) {
    const r = await t.gql(`query($id: ID!) { task(id: $id) { status message result { plan } } }`, { id: taskId }, token);
    if (r.data.task.status === 'COMPLETED') return r.data.task.result;
    if (r.data.task.status === 'FAILED') throw new Error(`task failed: ${r.data.task.message}`);
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error('task did not finish');
}

async function login(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Username or email').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Asks again until the answer is `want` (the reorder reaches the server just after the list moves). */
async function until<T>(get: () => Promise<T>, want: T) {
  let got: T | undefined;
  for (let i = 0; i < 40; i++) {
    got = await get();
    if (JSON.stringify(got) === JSON.stringify(want)) return;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  expect(got).toEqual(want);
}

const seqTitles = (page: Page) => page.locator('ol.sequences > li .seq-title a').allTextContents();

describe('instructor area and "Describe it"', () => {
  let teacher: Awaited<ReturnType<typeof registerUser>>;
  let planId = '';

  it('describe → generate; two saved choreographies → class plan → reorder → PDF/HTML export → practise (desktop)', async () => {
    teacher = await registerUser(t);
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, baseURL: t.url, acceptDownloads: true });
    const page = await ctx.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    // A dancer who is not an instructor sees no Classes entry.
    await login(page, teacher.username, teacher.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Collection/ }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Classes/ }).count()).toBe(0);
    await t.app.services.pool.query('UPDATE users SET is_instructor = true WHERE id = $1', [Number(teacher.user.id)]);

    // The second choreography is made through the API while the first is described in the browser
    // (one job at a time: it is queued first and done first).
    const songs = await t.gql('{ songs(first: 10) { edges { node { id title } } } }', {}, teacher.accessToken);
    const guira = songs.data.songs.edges.map((e: { node: { id: string; title: string } }) => e.node).find((s: { title: string }) => /Güira/.test(s.title));
    const other = await t.gql(`mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: MEDIUM, style: PLAYFUL, seed: 3 }) { id } }`, { s: guira.id }, teacher.accessToken);
    const otherTask = other.data.generateChoreography.id as string;

    // Describe it: type, read the understood options with their reasons, generate.
    await page.getByRole('link', { name: /Generate/ }).first().click();
    await page.getByLabel('The dance you want, in your own words').fill('a sensual bachata for beginners, not too fast, lots of body waves');
    await page.getByRole('button', { name: 'Understand' }).click();
    const understood = page.getByRole('form', { name: 'Understood options' });
    await understood.waitFor();
    expect(await page.locator('#dx-difficulty').inputValue()).toBe('BEGINNER');
    expect(await page.locator('#dx-energy').inputValue()).toBe('LOW');
    expect(await page.locator('#dx-style').inputValue()).toBe('SENSUAL');
    expect(await page.locator('#dx-song option:checked').textContent()).toMatch(/Luna de Santiago/);
    await understood.getByText('“beginners” → beginner').waitFor();
    await understood.getByText('more body waves').waitFor();
    await understood.getByRole('button', { name: 'Stop preferring body waves' }).waitFor();
    await shot(page, 'desktop-01-describe');
    await understood.getByRole('button', { name: 'Generate this' }).click();
    await page.waitForURL(/\/tasks\//);
    const describedTask = page.url().split('/').pop()!;
    await page.waitForURL(/\/play\/task\//, { timeout: 400_000 });
    const described = await finished(describedTask, teacher.accessToken);
    expect(described.plan.parameters).toMatchObject({ difficulty: 'beginner', energy: 'low', style: 'sensual', preferMoves: ['body_wave'] });
    // The wish was honoured: the built-in library's body wave is danced.
    expect(described.plan.timeline.some((e) => !e.hold && /body_?wave/.test(e.label))).toBe(true);
    await page.getByLabel('Title').fill('Sensual Waves');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/play\/[0-9a-f-]{36}$/);
    await finished(otherTask, teacher.accessToken);
    // Nobody watched it finish: the server saved it (the account's auto-save default); it only gets a name.
    const auto = await t.gql(`query($id: ID!) { task(id: $id) { savedChoreographyId } }`, { id: otherTask }, teacher.accessToken);
    expect(auto.data.task.savedChoreographyId).toEqual(expect.any(String));
    const saved = await t.gql(`mutation($id: ID!) { updateChoreography(id: $id, title: "Playful Turns") { id } }`, { id: auto.data.task.savedChoreographyId }, teacher.accessToken);
    expect(saved.errors).toBeUndefined();

    // The Classes entry appears once the account is an instructor (after logging in again).
    await page.getByRole('button', { name: 'Log out' }).click();
    await login(page, teacher.username, teacher.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Classes/ }).click();
    await page.getByRole('heading', { name: 'Class plans' }).waitFor();
    await page.getByLabel('Title').fill('Monday Beginners');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.waitForURL(/\/instructor\/plans\/[0-9a-f-]{36}$/);
    planId = page.url().split('/').pop()!;

    // Add both from the collection.
    await page.getByRole('button', { name: 'Add Sensual Waves' }).click();
    await page.getByText('Added Sensual Waves.').waitFor();
    await page.getByRole('button', { name: 'Add Playful Turns' }).click();
    await page.getByText('Added Playful Turns.').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('ol.sequences > li').length === 2);
    expect(await seqTitles(page)).toEqual(['Sensual Waves', 'Playful Turns']);
    await page.getByLabel('Minutes', { exact: false }).first().fill('12');
    await page.getByLabel('Notes for Sensual Waves').fill('Slow down the waves');
    await page.getByLabel('Notes for Sensual Waves').blur();
    await page.locator('dl[aria-label="Summary"]').getByText('12 min').waitFor();
    await shot(page, 'desktop-02-plan-editor');

    // Drag the second above the first (pointer on the handle).
    const order = async () => (await t.gql(`query($id: ID!) { classPlan(id: $id) { sequences { choreography { title } } } }`, { id: planId }, teacher.accessToken)).data.classPlan.sequences.map((s: { choreography: { title: string } }) => s.choreography.title);
    const from = await page.getByRole('button', { name: /Reorder Playful Turns/ }).boundingBox();
    const to = await page.locator('ol.sequences > li').first().boundingBox();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(to!.x + 40, to!.y + 8, { steps: 8 });
    await shot(page, 'desktop-03-dragging');
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('ol.sequences > li .seq-title a')?.textContent === 'Playful Turns');
    await page.getByText('Playful Turns moved to position 1 of 2.').waitFor({ state: 'attached' });
    await until(order, ['Playful Turns', 'Sensual Waves']);

    // And back with the keyboard on the focused handle.
    await page.getByRole('button', { name: /Reorder Playful Turns/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('ol.sequences > li .seq-title a')?.textContent === 'Sensual Waves');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Reorder Playful Turns, position 2 of 2/);
    await until(order, ['Sensual Waves', 'Playful Turns']);

    // Export: the PDF downloads and opens, with the plan's and both choreographies' titles.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('Monday Beginners.pdf');
    const pdfPath = join(tmp, 'sheet.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdfPath, '-']).toString('utf8');
    expect(text).toContain('Monday Beginners');
    expect(text).toContain('Sensual Waves');
    expect(text).toContain('Playful Turns');
    expect(text.indexOf('Sensual Waves')).toBeLessThan(text.indexOf('Playful Turns'));
    // The printable HTML opens in a new tab.
    const [sheet] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open printable sheet' }).click()]);
    await sheet.waitForURL(/^blob:/);
    await sheet.getByText('Playful Turns').first().waitFor();
    await shot(sheet, 'desktop-04-class-sheet');
    await sheet.close();

    // Practise this plan: one after the other in the player.
    await page.getByRole('link', { name: /Practise this plan/ }).click();
    await page.waitForURL(/\/play\/[0-9a-f-]{36}\?plan=/);
    const queue = page.getByRole('navigation', { name: 'Class plan' });
    await queue.getByText(/1 of 2/).waitFor();
    await page.getByRole('heading', { name: 'Sensual Waves' }).waitFor();
    await shot(page, 'desktop-05-practise');
    // The end of the first video starts the next one.
    await page.locator('video').evaluate((v: HTMLVideoElement) => new Promise<void>((ok) => {
      const go = () => { v.muted = true; v.currentTime = Math.max(0, v.duration - 0.3); void v.play(); ok(); };
      if (v.readyState >= 1) go(); else v.addEventListener('loadedmetadata', go, { once: true });
    }));
    await page.getByRole('heading', { name: 'Playful Turns' }).waitFor({ timeout: 30_000 });
    await queue.getByText(/2 of 2/).waitFor();
    await queue.getByText('Last one in the plan.').waitFor();

    // The list with its difficulty filter.
    await page.goto('/instructor');
    await page.getByRole('link', { name: 'Monday Beginners' }).waitFor();
    await page.getByLabel('Filter by difficulty').selectOption('ADVANCED');
    await page.getByText('No plans at this difficulty.').waitFor();
    await page.getByLabel('Filter by difficulty').selectOption('');
    await page.getByRole('link', { name: 'Monday Beginners' }).waitFor();
    await shot(page, 'desktop-06-plans');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('the same screens at phone size', async () => {
    expect(planId).not.toBe('');
    const ctx = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, baseURL: t.url });
    const page = await ctx.newPage();
    page.setDefaultTimeout(20_000);
    await login(page, teacher.username, teacher.password);
    await page.goto('/instructor');
    await page.getByRole('link', { name: 'Monday Beginners' }).waitFor();
    await shot(page, 'phone-01-plans');
    await page.getByRole('link', { name: 'Monday Beginners' }).click();
    await page.getByRole('heading', { name: 'Monday Beginners' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('ol.sequences > li').length === 2);
    // Buttons reorder too (touch screens without a keyboard).
    await page.getByRole('button', { name: 'Move Playful Turns up' }).click();
    await page.waitForFunction(() => document.querySelector('ol.sequences > li .seq-title a')?.textContent === 'Playful Turns');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'phone-02-plan-editor');
    await page.locator('ol.sequences').scrollIntoViewIfNeeded();
    await shot(page, 'phone-03-sequences');
    await page.goto('/generate');
    await page.getByLabel('The dance you want, in your own words').fill('algo romántico y tranquilo para principiantes, sin vueltas');
    await page.getByRole('button', { name: 'Understand' }).click();
    await page.getByRole('form', { name: 'Understood options' }).waitFor();
    expect(await page.locator('#dx-style').inputValue()).toBe('ROMANTIC');
    await page.getByRole('button', { name: 'Stop avoiding vueltas' }).waitFor();
    await page.getByRole('form', { name: 'Understood options' }).scrollIntoViewIfNeeded();
    await shot(page, 'phone-04-describe');
    // Nothing overflows sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    await ctx.close();
  });
});
