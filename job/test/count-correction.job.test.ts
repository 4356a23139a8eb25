/**
 * A dancer's count correction in a real job run: the real api stores it, the job (in process, real
 * PostgreSQL, essentia.js analysis, ffmpeg rendering) shifts the cached analysis before planning, and
 * every move of the new video starts on the corrected 8-counts. The song's cached analysis is kept.
 */
import { applyCountOffset, nearestBeatIndex, SONG_ANALYSIS_VERSION, type SongAnalysis } from '@bachata/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerUser, startTestApp, type TestApp } from '../../api/test/support/test-app';
import { runTask } from '../src/run-task';
import { JobDatabase } from '../src/store/database';
import { generateBachataTrack, writeWav } from '../src/synth';

jest.setTimeout(300_000);

let t: TestApp;
let db: JobDatabase;
let token: string;
let songId: string;
let work: string;
beforeAll(async () => {
  t = await startTestApp();
  db = new JobDatabase(t.db.url);
  work = mkdtempSync(join(tmpdir(), 'bb-count-'));
  const track = generateBachataTrack({ bpm: 126, duration: 34, seed: 5, introBars: 0, chorus: true, noise: 0 });
  const wav = join(work, 'song.wav');
  writeWav(wav, track.samples, track.sampleRate);
  await t.app.services.storage.putFile('songs/count-test.wav', wav, 'audio/wav');
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Count test', '', $1, 126, 'songs/count-test.wav', now(), now()) RETURNING id`,
    [track.samples.length / track.sampleRate]);
  songId = String(rows[0].id);
  token = (await registerUser(t)).accessToken;
});
afterAll(async () => {
  await db?.close();
  await t?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const GENERATE = `mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: MEDIUM, style: ROMANTIC, seed: 4 }) { id } }`;
const TASK = `query($id: ID!) { task(id: $id) { status message result { countOffsetBeats plan analysis } } }`;

/** Generates through the api (its runner only records), then runs the job for the task in this process. */
async function generateAndRun(): Promise<{ status: string; message: string; result: { countOffsetBeats: number; plan: any; analysis: any } }> {
  const id = (await t.gql(GENERATE, { s: songId }, token)).data.generateChoreography.id;
  const messages: string[] = [];
  const outcome = await runTask({
    taskId: id, db, storage: t.app.services.storage, dataDir: t.dataDir, renderSize: '360p', signal: new AbortController().signal, log: (l) => messages.push(l),
    libraryBuildDir: process.env.LIBRARY_BUILD_DIR ?? join(__dirname, '..', '..', '.data', 'test-cache', 'library'),
  });
  const task = (await t.gql(TASK, { id }, token)).data.task;
  const { rows } = await t.app.services.pool.query('SELECT error FROM choreography_tasks WHERE task_id = $1', [id]);
  expect({ outcome, status: task.status, error: rows[0].error }).toEqual({ outcome: 'completed', status: 'COMPLETED', error: null });
  return task;
}

const startsOf = (plan: any): number[] => plan.timeline.filter((e: any) => !e.hold).map((e: any) => e.start);
const onOneOf = (phrases: number[], t0: number) => phrases.some((p) => Math.abs(p - t0) < 1 / 30);

it('re-plans from the cached analysis with the dancer\'s correction: every move starts on the corrected 1', async () => {
  const first = await generateAndRun();
  expect(first.result.countOffsetBeats).toBe(0);
  expect(first.result.plan.countOffsetBeats).toBe(0);
  const cached = (await t.app.services.pool.query(`SELECT analysis, analysis_version FROM songs WHERE id = $1`, [songId])).rows[0];
  expect(cached.analysis_version).toBe(SONG_ANALYSIS_VERSION);
  const music = cached.analysis as SongAnalysis;
  for (const start of startsOf(first.result.plan)) expect(onOneOf(music.phrases, start)).toBe(true);

  // The dancer says the "1" is two beats later than the analysis found it.
  const set = await t.gql(`mutation($s: ID!) { setCountCorrection(songId: $s, offsetBeats: 2) { countOffsetBeats } }`, { s: songId }, token);
  expect(set.data.setCountCorrection.countOffsetBeats).toBe(2);
  const corrected = applyCountOffset(music, 2).phrases;

  const second = await generateAndRun();
  expect(second.result.countOffsetBeats).toBe(2);
  expect(second.result.plan.countOffsetBeats).toBe(2);
  expect(second.result.plan.notes).toContain('Counted with your correction: every "1" moved 2 beats later.');
  // The result's analysis is the corrected grid, so any player counts the way the moves were placed.
  expect(second.result.analysis.phrases).toEqual(corrected);
  const starts = startsOf(second.result.plan);
  const musicStarts = music.phrases.map((p) => nearestBeatIndex(music.beats, p));
  expect(starts.length).toBeGreaterThanOrEqual(3);
  for (const start of starts) {
    expect(onOneOf(corrected, start)).toBe(true);
    expect(onOneOf(music.phrases, start)).toBe(false);
    // exactly two beats after a phrase start of the music's own analysis
    expect(musicStarts).toContain(nearestBeatIndex(music.beats, start) - 2);
  }
  expect(second.result.plan.metrics.phraseAlignment).toBe(1);

  // The cache still holds the music's own analysis; the correction lives beside it.
  const after = (await t.app.services.pool.query(`SELECT analysis FROM songs WHERE id = $1`, [songId])).rows[0].analysis as SongAnalysis;
  expect(after.phrases).toEqual(music.phrases);
});

it('a correction made on another version of the analysis is not applied', async () => {
  await t.app.services.pool.query(`UPDATE song_count_corrections SET analysis_version = $2 WHERE song_id = $1`, [songId, SONG_ANALYSIS_VERSION + 1]);
  const task = await generateAndRun();
  expect(task.result.countOffsetBeats).toBe(0);
  const music = (await t.app.services.pool.query(`SELECT analysis FROM songs WHERE id = $1`, [songId])).rows[0].analysis as SongAnalysis;
  for (const start of startsOf(task.result.plan)) expect(onOneOf(music.phrases, start)).toBe(true);
});
