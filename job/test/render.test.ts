import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MoveClip } from '@bachata/core';
import { buildGeneratedLibrary } from '../src/library/generated';
import { ffprobe, planSegments, RenderAbortedError, RenderError, renderChoreography, renderTempFiles } from '../src/render';
import { makePlan, makeSong } from './render-helpers';

const FPS = 30;
const BPM = 128; // != every clip tempo (120 and 144): every piece is retimed
const SONG_SECONDS = 24;
const LEAD_IN = 1.3; // the first phrase starts after the song starts: a held pose fills it

let root: string;
let clips: MoveClip[];
let song: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'render-'));
  clips = await buildGeneratedLibrary(join(root, 'lib'), { moves: ['gen_basic_side', 'gen_golpes', 'gen_cross_body_lead'] });
  song = join(root, 'song.wav');
  makeSong(song, SONG_SECONDS, BPM);
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function keyframes(path: string): number[] {
  const csv = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v', '-show_entries', 'packet=pts_time,flags', '-of', 'csv=p=0', path]).toString();
  return csv.trim().split('\n').map((l) => l.split(',')).filter(([, f]) => f.includes('K')).map(([t]) => Math.round(Number(t) * FPS));
}

async function packets(path: string, type: 'video' | 'audio') {
  const p = await ffprobe(path, { extra: ['-count_packets'] });
  const s = p.streams.find((x) => x.codec_type === type);
  return { stream: s as (typeof p.streams)[number] & { nb_read_packets?: string }, format: p.format };
}

describe('planSegments', () => {
  it('puts every piece on the frame of its phrase, without drift over a long song', () => {
    const bpm = 127.3;
    const phrase = (8 * 60) / bpm;
    const timeline = Array.from({ length: 60 }, (_, i) => ({
      moveId: 'm', label: 'basic_side', name: 'm', clip: 'c.mp4', start: 2.17 + i * phrase, end: 2.17 + (i + 1) * phrase, beats: 8,
      clipStart: 0, clipEnd: 4, tempoRatio: bpm / 120, section: 'verse' as const, reason: '',
    }));
    const duration = 2.17 + 60 * phrase + 3.3;
    const segs = planSegments(timeline, duration, FPS);
    expect(segs[0]).toMatchObject({ hold: true, startFrame: 0, frames: Math.round(2.17 * FPS) });
    expect(segs.slice(1).map((s) => s.startFrame)).toEqual(timeline.map((e) => Math.round(e.start * FPS)));
    expect(segs.reduce((n, s) => n + s.frames, 0)).toBe(Math.round(duration * FPS));
    for (let i = 0; i + 1 < segs.length; i++) expect(segs[i].startFrame + segs[i].frames).toBe(segs[i + 1].startFrame);
  });
});

describe('planSegments with a planned hold', () => {
  it('turns a hold entry into a still piece and holds the last pose to the end of the song', () => {
    const base = { moveId: 'm', label: 'basic_side', name: 'm', clip: 'c.mp4', beats: 8, clipStart: 0, clipEnd: 4, tempoRatio: 1, section: 'intro' as const, reason: '' };
    const segs = planSegments([
      { ...base, start: 0, end: 0.9, hold: true },
      { ...base, start: 0.9, end: 4.9 },
    ], 6.5, FPS);
    expect(segs.map((s) => [s.hold, s.startFrame, s.frames, s.motionFrames])).toEqual([[true, 0, 27, 0], [false, 27, 168, 120]]);
  });
});

describe('renderChoreography', () => {
  it('renders a song-long video: phrase-aligned pieces, AAC audio, poster, progress; a second render comes from the cache', async () => {
    const out = join(root, 'out1');
    const cache = join(root, 'cache');
    const plan = makePlan(clips, BPM, LEAD_IN, 5);
    expect(plan.timeline.every((e) => Math.abs(e.tempoRatio - 1) > 0.05)).toBe(true);
    const progress: number[] = [];
    const res = await renderChoreography({ plan, audioPath: song, outDir: out, cacheDir: cache, size: '360p', onProgress: (f) => progress.push(f) });

    const v = await packets(res.videoPath, 'video');
    const a = await packets(res.videoPath, 'audio');
    const songDuration = SONG_SECONDS;
    expect(v.stream).toMatchObject({ codec_name: 'h264', width: 640, height: 360, pix_fmt: 'yuv420p', r_frame_rate: '30/1' });
    expect(Number(v.stream.nb_read_packets)).toBe(Math.round(songDuration * FPS));
    expect(Math.abs(Number(v.stream.duration) - songDuration)).toBeLessThanOrEqual(1 / FPS);
    expect(a.stream.codec_name).toBe('aac');
    expect(Math.abs(Number(a.stream.duration) - Number(v.stream.duration))).toBeLessThanOrEqual(1 / FPS);
    expect(res.duration).toBeCloseTo(songDuration, 5);

    // each timeline entry starts on its phrase's frame, and a keyframe (a piece boundary) sits there
    const entries = res.segments.filter((s) => s.entry >= 0);
    expect(entries.map((s) => s.startFrame)).toEqual(plan.timeline.map((e) => Math.round(e.start * FPS)));
    expect(res.segments[0]).toMatchObject({ hold: true, startFrame: 0, frames: Math.round(LEAD_IN * FPS) });
    const keys = new Set(keyframes(res.videoPath));
    for (const s of res.segments) expect(keys.has(s.startFrame)).toBe(true);
    // each cached piece holds exactly its frames
    for (const s of res.segments) expect(Number((await packets(s.file, 'video')).stream.nb_read_packets)).toBe(s.frames);
    // the motion of an entry spans its beats: 8 counts at 128 BPM = 3.75 s = 112.5 frames
    const first = entries[0];
    expect(first.motionFrames).toBe(Math.round(plan.timeline[0].end * FPS) - Math.round(plan.timeline[0].start * FPS));

    const poster = readFileSync(res.posterPath);
    expect(poster.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(progress.length).toBeGreaterThan(2);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1] - 1e-9);
    expect(progress[progress.length - 1]).toBe(1);
    expect(renderTempFiles(out, cache)).toEqual([]);

    // again: every piece from the cache, untouched, and quicker
    const mtimes = res.segments.map((s) => statSync(s.file).mtimeMs);
    const t0 = Date.now();
    const again = await renderChoreography({ plan, audioPath: song, outDir: join(root, 'out2'), cacheDir: cache });
    const secondMs = Date.now() - t0;
    expect(again.segments.every((s) => s.cached)).toBe(true);
    expect(again.segments.map((s) => statSync(s.file).mtimeMs)).toEqual(mtimes);
    expect(Number((await packets(again.videoPath, 'video')).stream.nb_read_packets)).toBe(Math.round(songDuration * FPS));
    expect(secondMs).toBeLessThan(60_000);
  }, 180_000);

  it('scales to 720p on request', async () => {
    const plan = makePlan(clips.slice(0, 1), BPM, 0, 1);
    const short = join(root, 'short.wav');
    makeSong(short, 4, BPM);
    const res = await renderChoreography({ plan, audioPath: short, outDir: join(root, 'out720'), cacheDir: join(root, 'cache720'), size: '720p' });
    const v = await packets(res.videoPath, 'video');
    expect(v.stream).toMatchObject({ width: 1280, height: 720 });
    expect(Number(v.stream.nb_read_packets)).toBe(4 * FPS);
  }, 120_000);

  it('stops ffmpeg on abort and leaves no temporary files', async () => {
    const out = join(root, 'out-abort');
    const cache = join(root, 'cache-abort');
    const plan = makePlan(clips, BPM, LEAD_IN, 5);
    const ctl = new AbortController();
    const p = renderChoreography({ plan, audioPath: song, outDir: out, cacheDir: cache, signal: ctl.signal, onProgress: (f) => { if (f > 0) ctl.abort(); } });
    const err = await p.then(() => undefined, (e) => e);
    expect(err).toBeInstanceOf(RenderAbortedError);
    expect(err).toBeInstanceOf(RenderError);
    expect(renderTempFiles(out, cache)).toEqual([]);
    expect(existsSync(join(out, 'choreography.mp4'))).toBe(false);
    expect(readdirSync(cache).filter((f) => f.includes('tmp'))).toEqual([]);
  }, 120_000);

  it('reports a failing ffmpeg as a RenderError with the technical detail', async () => {
    const bad = join(root, 'not-audio.wav');
    require('node:fs').writeFileSync(bad, 'this is not a wav file');
    const plan = makePlan(clips.slice(0, 1), BPM, 0, 1);
    const err = await renderChoreography({ plan, audioPath: bad, outDir: join(root, 'out-bad'), cacheDir: join(root, 'cache-bad') }).then(() => undefined, (e) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect(err.message).toBe('Rendering the video failed');
    expect(err.detail.length).toBeGreaterThan(10);
  }, 60_000);
});
