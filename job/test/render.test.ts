/**
 * The renderer for real: built-in moves drawn at the song's tempo and real clips from the original
 * library (normalised by the importer's rendition), checked with ffprobe and ffmpeg's frame hashes.
 * Frames at every move boundary are written to .data/test/frames/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MoveClip } from '@bachata/core';
import { generatedMove, toMoveClip } from '../src/library/generated';
import { makeRendition } from '../src/library/import/rendition';
import { ffprobe, planSegments, RenderAbortedError, RenderError, renderChoreography, renderTempFiles, type RenderChoreographyResult } from '../src/render';
import { clipFrames, framesSidecar, FRAMES_SIDECAR, referenceHash } from '../src/render/media';
import { makePlan, makeSong } from './render-helpers';

const FPS = 30;
const TICK = 1 / 15360;
const BPM = 128; // != every clip tempo (120, 144, the real clips' own): every piece is retimed
const SONG_SECONDS = 20;
const LEAD_IN = 1.3; // the first phrase starts after the song starts: a held pose fills it
const ORIGINAL = resolve(__dirname, '../../../shared/moves/original');
const FRAMES_DIR = resolve(__dirname, '../../.data/test/frames');

let root: string;
let song: string;
const builtIn: MoveClip[] = ['gen_basic_side', 'gen_golpes'].map((id) => toMoveClip(generatedMove(id)!, `library/generated/${id}.mp4`));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'render-'));
  song = join(root, 'song.wav');
  makeSong(song, SONG_SECONDS, BPM);
  mkdirSync(FRAMES_DIR, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Packet { pts: number; key: boolean }
function videoPackets(path: string): Packet[] {
  const csv = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v', '-show_entries', 'packet=pts_time,flags', '-of', 'csv=p=0', path]).toString();
  return csv.trim().split('\n').map((l) => l.split(',')).map(([t, f]) => ({ pts: Number(t), key: f.includes('K') }));
}

/** Decoded-frame hashes in order, every frame once (no frame-rate conversion). */
function frameHashes(path: string): string[] {
  const out = execFileSync('ffmpeg', ['-v', 'error', '-i', path, '-map', '0:v:0', '-fps_mode', 'passthrough', '-f', 'framemd5', '-'], { maxBuffer: 64 << 20 }).toString();
  return out.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(',').pop()!.trim());
}

const sourceMemo = new Map<string, string[]>();
const sourceHashes = (file: string) => sourceMemo.get(file) ?? sourceMemo.set(file, frameHashes(file)).get(file)!;

async function streamEnd(path: string, type: 'video' | 'audio'): Promise<number> {
  const p = await ffprobe(path);
  const s = p.streams.find((x) => x.codec_type === type)!;
  return Number(s.duration);
}

/** One frame at every boundary (and one just before it), written where a person can look at them. */
function saveBoundaryFrames(name: string, res: RenderChoreographyResult): string[] {
  for (const f of readdirSync(FRAMES_DIR)) if (f.startsWith(`${name}-`)) rmSync(join(FRAMES_DIR, f));
  const files: string[] = [];
  for (const s of res.segments) {
    const t = s.startFrame / FPS;
    const file = join(FRAMES_DIR, `${name}-${String(s.startFrame).padStart(5, '0')}-${s.source}-${s.moveId}.png`);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-ss', (t + 0.001).toFixed(3), '-i', res.videoPath, '-frames:v', '1', '-update', '1', file]);
    files.push(file);
  }
  return files;
}

/**
 * What every video must be: each piece starts on its phrase's frame (to the tick) with a keyframe,
 * every frame of its source appears once and in order with strictly increasing timestamps, and the
 * audio ends with the video.
 */
async function expectExactVideo(res: RenderChoreographyResult, songSeconds: number): Promise<void> {
  const packets = videoPackets(res.videoPath);
  expect(packets.length).toBe(res.segments.reduce((n, s) => n + s.pieceFrames, 0));
  for (let i = 1; i < packets.length; i++) expect(packets[i].pts).toBeGreaterThan(packets[i - 1].pts);
  const hashes = frameHashes(res.videoPath);
  expect(hashes).toHaveLength(packets.length);
  let k = 0;
  for (const s of res.segments) {
    expect(Math.abs(packets[k].pts - s.startFrame / FPS)).toBeLessThanOrEqual(TICK * 1.01);
    expect(packets[k].key).toBe(true);
    // the piece's frames are its source's frames, one for one (stream copy: bit for bit)
    expect(hashes.slice(k, k + s.pieceFrames)).toEqual(sourceHashes(s.file).slice(s.firstFrame, s.firstFrame + s.pieceFrames));
    k += s.pieceFrames;
  }
  const v = await streamEnd(res.videoPath, 'video');
  const a = await streamEnd(res.videoPath, 'audio');
  expect(Math.abs(v - songSeconds)).toBeLessThanOrEqual(1 / FPS);
  expect(Math.abs(a - v)).toBeLessThanOrEqual(1 / FPS);
  expect(res.duration).toBeCloseTo(songSeconds, 5);
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
  it('holds the previous move\'s last frame over a bridge inside the song, then moves again on the new "1"', () => {
    const base = { moveId: 'm', label: 'basic_side', name: 'm', clip: 'c.mp4', beats: 8, clipStart: 0, clipEnd: 4, tempoRatio: 1, section: 'verse' as const, reason: '' };
    const segs = planSegments([
      { ...base, start: 0, end: 4 },
      { ...base, start: 4, end: 5, beats: 2, clipStart: 4, clipEnd: 4, hold: true },
      { ...base, start: 5, end: 9 },
    ], 9, FPS);
    expect(segs.map((s) => [s.hold, s.startFrame, s.frames, s.motionFrames, s.clipStart])).toEqual([[false, 0, 120, 120, 0], [true, 120, 30, 0, 4], [false, 150, 120, 120, 0]]);
  });
});

describe('a video of built-in moves', () => {
  it('draws each move at the song\'s tempo, puts every move on its phrase frame, and comes from the cache the second time', async () => {
    const out = join(root, 'out1');
    const cache = join(root, 'cache');
    const plan = makePlan(builtIn, BPM, LEAD_IN, 4);
    expect(plan.timeline.every((e) => Math.abs(e.tempoRatio - 1) > 0.05)).toBe(true);
    const progress: number[] = [];
    const res = await renderChoreography({ plan, audioPath: song, outDir: out, cacheDir: cache, size: '360p', onProgress: (f) => progress.push(f) });

    expect(res.segments.every((s) => s.source === 'drawn')).toBe(true);
    const v = (await ffprobe(res.videoPath)).streams.find((s) => s.codec_type === 'video')!;
    expect(v).toMatchObject({ codec_name: 'h264', width: 640, height: 360, pix_fmt: 'yuv420p' });
    await expectExactVideo(res, SONG_SECONDS);
    // drawn at 128 BPM, not stretched from 120 or 144: one drawn frame per output frame time (8 counts = 112.5 frames)
    const moves = res.segments.filter((s) => s.entry >= 0);
    expect(moves.map((s) => s.startFrame)).toEqual(plan.timeline.map((e) => Math.round(e.start * FPS)));
    for (const s of moves.slice(0, -1)) {
      expect(s.pieceFrames).toBe(Math.round((8 * 60 * FPS) / BPM));
      expect(Math.abs(s.pieceFrames - s.motionFrames)).toBeLessThanOrEqual(1);
    }
    expect(res.segments[0]).toMatchObject({ hold: true, startFrame: 0, frames: Math.round(LEAD_IN * FPS), pieceFrames: 1 });
    // where the render's seconds went (the job logs these; bench:job tabulates them): drawing took some, all stages are there
    expect(Object.keys(res.timings).sort()).toEqual(['audio', 'captions', 'copy', 'draw', 'pieces', 'reencode', 'sources']);
    expect(res.timings.draw).toBeGreaterThan(0);
    expect(res.timings.copy).toBeGreaterThan(0);
    // drawn with faster motion search, yet the same codec parameters as everything the job encodes: they join real renditions by copy
    const reference = await referenceHash(cache, 640, 360, FPS);
    for (const s of moves) expect((await clipFrames(s.file)).extradataHash).toBe(reference);

    const poster = readFileSync(res.posterPath);
    expect(poster.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(progress.length).toBeGreaterThan(2);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1] - 1e-9);
    expect(progress[progress.length - 1]).toBe(1);
    expect(renderTempFiles(out, cache)).toEqual([]);
    expect(saveBoundaryFrames('builtin', res)).toHaveLength(res.segments.length);

    // again: every piece and drawing from the cache, untouched
    const drawn = readdirSync(join(cache, 'drawn'));
    const mtimes = res.segments.map((s) => statSync(s.file).mtimeMs);
    const again = await renderChoreography({ plan, audioPath: song, outDir: join(root, 'out2'), cacheDir: cache });
    expect(again.segments.every((s) => s.cached)).toBe(true);
    expect(again.segments.map((s) => statSync(s.file).mtimeMs)).toEqual(mtimes);
    expect(readdirSync(join(cache, 'drawn'))).toEqual(drawn);
    expect(videoPackets(again.videoPath)).toHaveLength(videoPackets(res.videoPath).length);
  }, 300_000);

  it('stops ffmpeg on abort and leaves no temporary files', async () => {
    const out = join(root, 'out-abort');
    const cache = join(root, 'cache-abort');
    const plan = makePlan(builtIn, BPM, LEAD_IN, 4);
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
    writeFileSync(bad, 'this is not a wav file');
    const plan = makePlan(builtIn.slice(0, 1), BPM, 0, 1);
    const err = await renderChoreography({ plan, audioPath: bad, outDir: join(root, 'out-bad'), cacheDir: join(root, 'cache-bad') }).then(() => undefined, (e) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect(err.message).toBe('Rendering the video failed');
    expect(err.detail.length).toBeGreaterThan(10);
  }, 60_000);
});

const REAL = [
  { id: 'slow_basic', path: 'basic/slow_basic.mp4' },
  { id: 'ladyturn_right', path: 'ladyturn/ladyturn_right.mp4' },
];
const describeReal = existsSync(join(ORIGINAL, 'bachata_annotations.json')) ? describe : describe.skip;

describeReal('a video of real clips (the original library, as the importer normalises it)', () => {
  let clips: MoveClip[];
  let clips720: Map<string, string>;
  beforeAll(async () => {
    const notes = JSON.parse(readFileSync(join(ORIGINAL, 'bachata_annotations.json'), 'utf8')).clips as Array<{ clip_id: string; estimated_tempo: number }>;
    clips = [];
    clips720 = new Map();
    for (const r of REAL) {
      const file = join(root, 'real', `${r.id}.mp4`);
      const file720 = join(root, 'real', `${r.id}.720p.mp4`);
      mkdirSync(join(root, 'real'), { recursive: true });
      await makeRendition(join(ORIGINAL, r.path), { '360p': file, '720p': file720 });
      clips720.set(file, file720);
      let tempo = notes.find((n) => n.clip_id === r.id)!.estimated_tempo;
      while (tempo < 90) tempo *= 2;
      const duration = (8 * 60) / tempo; // the first 8 counts of the clip
      clips.push({ moveId: r.id, name: r.id, label: 'basic', difficulty: 'beginner', energy: 'medium', style: 'romantic', tempo, beats: 8, duration, offset: 0, clip: file });
    }
  }, 240_000);

  it('cuts every piece on its own frames with stream copy: phrase frames exact, every clip frame once, audio in sync', async () => {
    const plan = makePlan(clips, BPM, LEAD_IN, 4);
    expect(plan.timeline.every((e) => Math.abs(e.tempoRatio - 1) > 0.1)).toBe(true);
    const res = await renderChoreography({ plan, audioPath: song, outDir: join(root, 'real-out'), cacheDir: join(root, 'real-cache') });
    expect(res.segments.every((s) => s.source === 'copy')).toBe(true);
    await expectExactVideo(res, SONG_SECONDS);
    // a move's piece holds the clip's own frames for its 8 counts: round(8 × 60 / tempo × 30) of them
    for (const s of res.segments.filter((x) => x.entry >= 0)) {
      const clip = clips.find((c) => c.moveId === s.moveId)!;
      expect(s.pieceFrames).toBe(Math.round(clip.duration * FPS));
    }
    expect(saveBoundaryFrames('real-360p', res)).toHaveLength(res.segments.length);
    // the poster, taken from the source clip while the copy pass ran, is the video's frame at 3 s, byte for byte
    const fromVideo = join(root, 'poster-from-video.jpg');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-ss', '3.000', '-i', res.videoPath, '-frames:v', '1', '-q:v', '3', '-update', '1', fromVideo]);
    expect(readFileSync(res.posterPath).equals(readFileSync(fromVideo))).toBe(true);
  }, 240_000);

  it('reads a clip\'s packet list from the sidecar the importer writes, and ignores one that is not of this file', async () => {
    const file = clips[0].clip;
    const probed = await clipFrames(file);
    const copy = join(root, 'sidecar-clip.mp4');
    writeFileSync(copy, readFileSync(file));
    const sidecar = JSON.parse(await framesSidecar(copy));
    expect(sidecar.frames).toEqual(probed);
    // a sidecar that matches the file is read instead of probing (a marked one proves it)
    writeFileSync(`${copy}${FRAMES_SIDECAR}`, JSON.stringify({ ...sidecar, frames: { ...sidecar.frames, codec: 'from-sidecar' } }));
    expect((await clipFrames(copy)).codec).toBe('from-sidecar');
    // the other clip's sidecar beside this one: not its size or first bytes, so the clip is probed
    const other = join(root, 'sidecar-other.mp4');
    writeFileSync(other, readFileSync(clips[1].clip));
    writeFileSync(`${other}${FRAMES_SIDECAR}`, JSON.stringify({ ...sidecar, frames: { ...sidecar.frames, codec: 'from-sidecar' } }));
    expect((await clipFrames(other)).codec).toBe('h264');
  }, 60_000);

  it('at 720p copies the 720p renditions, and re-encodes (frame for frame) only a clip without one', async () => {
    const plan = makePlan(clips, BPM, LEAD_IN, 3);
    const res = await renderChoreography({
      plan, audioPath: song, outDir: join(root, 'real-720'), cacheDir: join(root, 'real-cache-720'), size: '720p',
      // the second clip has no 720p rendition: it must be scaled, so it is re-encoded
      resolveClip: (clip, size) => (size === '720p' && clip === clips[0].clip ? clips720.get(clip)! : clip),
    });
    const v = (await ffprobe(res.videoPath)).streams.find((s) => s.codec_type === 'video')!;
    expect(v).toMatchObject({ width: 1280, height: 720 });
    expect(res.segments.filter((s) => s.moveId === clips[0].moveId).every((s) => s.source === 'copy')).toBe(true);
    expect(res.segments.filter((s) => s.moveId === clips[1].moveId).every((s) => s.source === 'reencoded')).toBe(true);
    await expectExactVideo(res, SONG_SECONDS);
    for (const s of res.segments.filter((x) => x.entry >= 0)) {
      const clip = clips.find((c) => c.moveId === s.moveId)!;
      expect(s.pieceFrames).toBe(Math.round(clip.duration * FPS));
    }
    expect(saveBoundaryFrames('real-720p', res)).toHaveLength(res.segments.length);
  }, 300_000);
});

describe('captions for sharing', () => {
  it('burns in the move name and the counts, keeping every frame and its timestamp', async () => {
    const short = join(root, 'short.wav');
    makeSong(short, 8, BPM);
    const plan = makePlan(builtIn.slice(0, 1), BPM, 0.5, 2);
    const cache = join(root, 'cache-captions');
    const plain = await renderChoreography({ plan, audioPath: short, outDir: join(root, 'plain'), cacheDir: cache });
    const captioned = await renderChoreography({ plan, audioPath: short, outDir: join(root, 'captioned'), cacheDir: cache, captions: true });
    const a = videoPackets(plain.videoPath), b = videoPackets(captioned.videoPath);
    expect(b.map((p) => p.pts)).toEqual(a.map((p) => p.pts));
    expect(Math.abs((await streamEnd(captioned.videoPath, 'audio')) - (await streamEnd(captioned.videoPath, 'video')))).toBeLessThanOrEqual(1 / FPS);
    // one second into the first move: the bottom corners carry text, the top of the frame is the same picture
    const gray = (file: string) => execFileSync('ffmpeg', ['-v', 'error', '-ss', '1.5', '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1']);
    const p = gray(plain.videoPath), c = gray(captioned.videoPath);
    const diff = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (Math.abs(p[y * 640 + x] - c[y * 640 + x]) > 40) n++;
      return n;
    };
    expect(diff(0, 300, 320, 360)).toBeGreaterThan(200); // the move's name
    expect(diff(560, 260, 640, 360)).toBeGreaterThan(100); // the count
    expect(diff(0, 0, 640, 200)).toBeLessThan(200);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-ss', '1.5', '-i', captioned.videoPath, '-frames:v', '1', '-update', '1', join(FRAMES_DIR, 'builtin-captions.png')]);
  }, 180_000);
});
