/**
 * The poster: a representative frame of each video, from the middle of its most energetic move,
 * chosen by ffmpeg's thumbnail filter. Real renders of built-in moves, real ffmpeg; the posters are
 * written to .data/test/frames/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MoveClip } from '@bachata/core';
import { generatedMove, toMoveClip } from '../src/library/generated';
import { renderChoreography } from '../src/render';
import { POSTER_WINDOW_FRAMES, posterMoment, writePoster } from '../src/render/poster';
import { makePlan, makeSong } from './render-helpers';

const BPM = 120;
const SONG_SECONDS = 18;
const FRAMES_DIR = resolve(__dirname, '../../.data/test/frames');
const clips = (ids: string[]): MoveClip[] => ids.map((id) => toMoveClip(generatedMove(id)!, `library/generated/${id}.mp4`));

let root: string;
let song: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'poster-'));
  song = join(root, 'song.wav');
  makeSong(song, SONG_SECONDS, BPM);
  mkdirSync(FRAMES_DIR, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A frame as 32×18 grey pixels (enough to tell two poses apart, blind to JPEG noise). */
function grey(file: string, at?: number): Buffer {
  return execFileSync('ffmpeg', ['-v', 'error', ...(at !== undefined ? ['-ss', at.toFixed(3)] : []), '-i', file, '-frames:v', '1', '-vf', 'scale=32:18,format=gray', '-f', 'rawvideo', '-']);
}
/** The window's frames, grey and small like `grey`. */
function windowFrames(file: string, from: number): Buffer[] {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-ss', from.toFixed(3), '-i', file, '-frames:v', String(POSTER_WINDOW_FRAMES), '-vf', 'scale=32:18,format=gray', '-f', 'rawvideo', '-']);
  return Array.from({ length: raw.length / 576 }, (_, k) => raw.subarray(k * 576, (k + 1) * 576));
}
const diff = (a: Buffer, b: Buffer) => a.reduce((s, x, i) => s + Math.abs(x - b[i]), 0) / a.length;

describe('posterMoment', () => {
  const plan = makePlan(clips(['gen_basic_side', 'gen_golpes', 'gen_ladys_right_turn']), BPM, 1, 6);
  const beats = Array.from({ length: 36 }, (_, i) => 1 + (i * 60) / BPM);

  it('is the middle of the move with the most energy', () => {
    const third = plan.timeline[2];
    const energy = beats.map((t) => (t >= third.start && t < third.end ? 0.9 : 0.3));
    const m = posterMoment(plan, SONG_SECONDS, beats, energy);
    expect(m.entry).toBe(third);
    expect(m.at).toBeCloseTo((third.start + third.end) / 2, 6);
    expect(m.energy).toBeCloseTo(0.9, 6);
  });

  it('without the song\'s energy takes the longest move, never the held pose, and stays inside the video', () => {
    const held = { ...plan, timeline: [{ ...plan.timeline[0], hold: true, start: 0, end: 1 }, ...plan.timeline] };
    const m = posterMoment(held, SONG_SECONDS);
    expect(m.entry?.hold).toBeUndefined();
    const longest = Math.max(...plan.timeline.map((e) => e.end - e.start));
    expect(m.entry!.end - m.entry!.start).toBeCloseTo(longest, 6);
    expect(posterMoment({ timeline: [] }, 10)).toEqual({ at: 5, entry: null, energy: null });
    const late = posterMoment({ timeline: [{ ...plan.timeline[0], start: 9, end: 30 }] }, 10);
    expect(late.at).toBeLessThan(10);
  });
});

describe('writePoster on a real render', () => {
  it('gives two choreographies two different posters, each a frame from the middle of its most energetic move', async () => {
    const cache = join(root, 'cache');
    const a = makePlan(clips(['gen_basic_side', 'gen_ladys_right_turn']), BPM, 1, 4);
    const b = makePlan(clips(['gen_basic_side', 'gen_dip']), BPM, 1, 4);
    const posters: string[] = [];
    for (const [name, plan] of [['a', a], ['b', b]] as const) {
      const res = await renderChoreography({ plan, audioPath: song, outDir: join(root, name), cacheDir: cache, size: '360p' });
      const beats = Array.from({ length: 34 }, (_, i) => 1 + (i * 60) / BPM);
      // the second move (the turn in one, the dip in the other) is where the song is loudest
      const energy = beats.map((t) => (t >= plan.timeline[1].start && t < plan.timeline[1].end ? 0.8 : 0.2));
      const m = posterMoment(plan, res.duration, beats, energy);
      expect(m.entry).toBe(plan.timeline[1]);
      const poster = join(root, `${name}-poster.jpg`);
      await writePoster(res.videoPath, m.at, poster);
      copyFileSync(poster, join(FRAMES_DIR, `poster-${name}.jpg`));
      // the poster is one of the frames of the window around the moment: closer to them than to the render's 3 s frame
      const p = grey(poster);
      const inWindow = Math.min(...windowFrames(res.videoPath, m.at - POSTER_WINDOW_FRAMES / 30 / 2).map((f) => diff(p, f)));
      expect(inWindow).toBeLessThan(4);
      expect(diff(p, grey(res.posterPath))).toBeGreaterThan(inWindow);
      posters.push(poster);
    }
    // the turn and the dip are different pictures
    expect(diff(grey(posters[0]), grey(posters[1]))).toBeGreaterThan(4);
  }, 300_000);
});
