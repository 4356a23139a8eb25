/**
 * The whole path for real: the api's local runner spawns the job process, which builds the built-in
 * library and demo songs on first start, analyses, plans, renders with ffmpeg and stores the video,
 * writing progress rows that reach a graphql-ws subscriber through the trigger.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { LocalJobRunner } from '../../api/src/jobs/local-job-runner';
import { registerUser, startTestApp, type TestApp } from '../../api/test/support/test-app';

jest.setTimeout(300_000);

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp({ realJobRunner: true, env: { JOB_CONCURRENCY: '1' } });
  await (t.app.services.jobRunner as LocalJobRunner).whenReady();
  token = (await registerUser(t)).accessToken;
});
afterAll(async () => { await t?.close(); });

const GENERATE = `mutation($s: ID!, $seed: Int, $size: VideoSize) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: MEDIUM, style: ROMANTIC, seed: $seed, videoSize: $size }) { id status } }`;
const TASK = `query($id: ID!) { task(id: $id) { id status progress stage message result { videoUrl posterUrl duration plan analysis } } }`;

async function demoSongs(): Promise<Array<{ id: string; title: string; duration: number; bpm: number }>> {
  const r = await t.gql(`{ songs(first: 10) { edges { node { id title duration bpm isDemo } } } }`, {}, token);
  return r.data.songs.edges.map((e: any) => e.node).filter((s: any) => s.isDemo);
}

/** Follows a task over graphql-ws until it ends; returns every state seen. */
function followTask(taskId: string): Promise<any[]> {
  const client = createClient({ url: t.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
  const seen: any[] = [];
  return new Promise((resolve, reject) => {
    client.subscribe({ query: `subscription($id: ID!) { taskUpdated(taskId: $id) { status progress stage message } }`, variables: { id: taskId } }, {
      next: (v) => {
        if (v.errors) return reject(new Error(JSON.stringify(v.errors)));
        seen.push(v.data!.taskUpdated);
        const s = (v.data!.taskUpdated as any).status;
        if (s === 'COMPLETED' || s === 'FAILED') { void client.dispose(); resolve(seen); }
      },
      error: reject,
      complete: () => undefined,
    });
  });
}

function probe(file: string): any {
  return JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { encoding: 'utf8' }));
}

it('adds three synthesised demo songs and the built-in move library on first start', async () => {
  const songs = await demoSongs();
  expect(songs).toHaveLength(3);
  expect(new Set(songs.map((s) => s.bpm)).size).toBe(3);
  const { rows } = await t.app.services.pool.query(`SELECT count(*)::int AS n, count(DISTINCT label)::int AS labels FROM move_embeddings WHERE source = 'generated'`);
  expect(rows[0].n).toBeGreaterThanOrEqual(16);
  expect(rows[0].labels).toBeGreaterThanOrEqual(12);
  // Each row remembers its definition's hash, so a changed move is rendered again on the next start.
  const stale = await t.app.services.pool.query(`SELECT count(*)::int AS n FROM move_embeddings WHERE source = 'generated' AND motion->>'generatedHash' IS NULL`);
  expect(stale.rows[0].n).toBe(0);
});

it('generates a real choreography: live progress to 100, a video as long as the song, moves on phrase starts', async () => {
  const song = (await demoSongs()).sort((a, b) => a.duration - b.duration)[0];
  const task = (await t.gql(GENERATE, { s: song.id, seed: 7 }, token)).data.generateChoreography;
  const states = await followTask(task.id);
  const last = states.at(-1);
  expect(last).toMatchObject({ status: 'COMPLETED', progress: 100 });
  const stages = new Set(states.map((s) => s.stage));
  for (const stage of ['analysing', 'rendering', 'done']) expect(stages).toContain(stage);
  // progress only goes forward
  const progress = states.map((s) => s.progress);
  expect([...progress].sort((a, b) => a - b)).toEqual(progress);

  const r = (await t.gql(TASK, { id: task.id }, token)).data.task;
  const plan = r.result.plan;
  expect(plan.metrics.phraseAlignment).toBe(1);
  expect(plan.metrics.coverage).toBeGreaterThan(0.95);
  const phrases: number[] = r.result.analysis.phrases;
  for (const entry of plan.timeline.filter((e: any) => !e.hold)) {
    expect(phrases.some((p) => Math.abs(p - entry.start) < 1 / 30)).toBe(true);
  }

  const videoFile = join(t.config.storage.mediaRoot, 'output', `user_${(await t.gql('{ me { id } }', {}, token)).data.me.id}`, `choreography_${task.id}.mp4`);
  expect(existsSync(videoFile)).toBe(true);
  const info = probe(videoFile);
  const video = info.streams.find((s: any) => s.codec_type === 'video');
  const audio = info.streams.find((s: any) => s.codec_type === 'audio');
  expect(video).toMatchObject({ codec_name: 'h264', width: 640, height: 360 });
  expect(audio.codec_name).toBe('aac');
  const songSeconds = probe(join(t.config.storage.mediaRoot, (await t.app.services.pool.query('SELECT audio_path FROM songs WHERE id = $1', [song.id])).rows[0].audio_path)).format.duration;
  expect(Math.abs(Number(video.duration) - Number(songSeconds))).toBeLessThanOrEqual(1 / 30 + 0.03);
  expect(Math.abs(Number(audio.duration) - Number(video.duration))).toBeLessThanOrEqual(0.05);

  // The video plays through a signed URL with Range.
  const media = await fetch(t.url + r.result.videoUrl, { headers: { range: 'bytes=0-1023' } });
  expect(media.status).toBe(206);
  await media.arrayBuffer();

  // Running the job again for the finished task (a Cloud Run retry) changes nothing and exits 0.
  const before = (await t.app.services.pool.query('SELECT result, updated_at FROM choreography_tasks WHERE task_id = $1', [task.id])).rows[0];
  const rerun = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'with-swc.cjs'), join(__dirname, '..', 'src', 'main.ts')], {
    env: { ...process.env, TASK_ID: task.id, DATABASE_URL: t.db.url, DATA_DIR: t.dataDir, MEDIA_ROOT: t.config.storage.mediaRoot }, encoding: 'utf8' });
  expect(rerun.status).toBe(0);
  const after = (await t.app.services.pool.query('SELECT result, updated_at FROM choreography_tasks WHERE task_id = $1', [task.id])).rows[0];
  expect(after).toEqual(before);

  // A second choreography of the same song reuses the cached analysis; the dancer asked for 720p this time.
  const again = (await t.gql(GENERATE, { s: song.id, seed: 8, size: 'P720' }, token)).data.generateChoreography;
  const states2 = await followTask(again.id);
  expect(states2.at(-1).status).toBe('COMPLETED');
  expect(states2.some((s) => /analysis from last time/.test(s.message))).toBe(true);
  const plan2 = (await t.gql(TASK, { id: again.id }, token)).data.task.result.plan;
  expect(plan2.timeline.map((e: any) => e.moveId)).not.toEqual(plan.timeline.map((e: any) => e.moveId));
  const video2 = probe(join(t.config.storage.mediaRoot, 'output', `user_${(await t.gql('{ me { id } }', {}, token)).data.me.id}`, `choreography_${again.id}.mp4`))
    .streams.find((s: any) => s.codec_type === 'video');
  expect(video2).toMatchObject({ width: 1280, height: 720 });
});

it('ends failed with a readable message when the song file is missing', async () => {
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Ghost', '', 60, 120, 'songs/not-there.mp3', now(), now()) RETURNING id`);
  const task = (await t.gql(GENERATE, { s: String(rows[0].id) }, token)).data.generateChoreography;
  const states = await followTask(task.id);
  expect(states.at(-1)).toMatchObject({ status: 'FAILED', message: 'The song\'s audio file is missing. Please upload it again.' });
  // The technical detail stays in the database for the server's own use (it is not in the schema).
  expect((await t.app.services.pool.query('SELECT error FROM choreography_tasks WHERE task_id = $1', [task.id])).rows[0].error).toMatch(/not found/i);
});

it('ends failed with "Saving the video failed" when storage refuses the video', async () => {
  const me = (await t.gql('{ me { id } }', {}, token)).data.me.id;
  const dir = join(t.config.storage.mediaRoot, 'output', `user_${me}`);
  // Storage cannot write there: a file stands where the user's output folder should be.
  const moved = `${dir}.aside`;
  renameSync(dir, moved);
  writeFileSync(dir, 'not a folder');
  try {
    const song = (await demoSongs())[0];
    const task = (await t.gql(GENERATE, { s: song.id, seed: 3 }, token)).data.generateChoreography;
    const states = await followTask(task.id);
    expect(states.at(-1)).toMatchObject({ status: 'FAILED', message: 'Saving the video failed. Please try again.' });
  } finally {
    rmSync(dir, { force: true });
    renameSync(moved, dir);
  }
});

it('ends failed with "Rendering the video failed" when ffmpeg cannot read the clips', async () => {
  // built-in moves are drawn at the song's tempo into the segment cache: the clips this video reads are
  // the drawings the previous test's video (same song, same seed) left there
  const clips = join(t.dataDir, 'cache', 'segments', 'drawn');
  const saved = join(t.dataDir, 'clips-aside');
  expect(readdirSync(clips).length).toBeGreaterThan(0);
  cpSync(clips, saved, { recursive: true });
  for (const f of readdirSync(clips)) writeFileSync(join(clips, f), 'not a video');
  try {
    const song = (await demoSongs())[0];
    const task = (await t.gql(GENERATE, { s: song.id, seed: 3 }, token)).data.generateChoreography;
    const states = await followTask(task.id);
    expect(states.at(-1)).toMatchObject({ status: 'FAILED', message: 'Rendering the video failed. Please try again.' });
    expect((await t.app.services.pool.query('SELECT error FROM choreography_tasks WHERE task_id = $1', [task.id])).rows[0].error).toMatch(/ffmpeg|Invalid data|moov/i);
  } finally {
    rmSync(clips, { recursive: true, force: true });
    cpSync(saved, clips, { recursive: true });
  }
});

it('cancel stops the running job and leaves the task failed "Cancelled by user" with no temporary files', async () => {
  const song = (await demoSongs()).sort((a, b) => b.duration - a.duration)[0];
  const task = (await t.gql(GENERATE, { s: song.id, seed: 99 }, token)).data.generateChoreography;
  for (let i = 0; i < 600; i++) {
    const s = (await t.gql(TASK, { id: task.id }, token)).data.task;
    if (s.status === 'RUNNING') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const c = await t.gql(`mutation($id: ID!) { cancelTask(id: $id) { status message } }`, { id: task.id }, token);
  expect(c.data.cancelTask).toEqual({ status: 'FAILED', message: 'Cancelled by user' });
  const runner = t.app.services.jobRunner as LocalJobRunner;
  for (let i = 0; i < 100 && runner.active > 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(runner.active).toBe(0);
  const final = (await t.gql(TASK, { id: task.id }, token)).data.task;
  expect(final).toMatchObject({ status: 'FAILED', message: 'Cancelled by user' });
  expect(readdirSync(t.dataDir).filter((f) => f.startsWith('tmp-job-'))).toEqual([]);
});
