/**
 * The choreography video. Each timeline piece takes the frames of its clip as they are and only gets
 * new timestamps (a slower move shows each frame a little longer, a faster one a little shorter), so
 * nothing is dropped or repeated and nothing is re-encoded: pieces are cut on a keyframe and written
 * with stream copy, joined with stream copy, and the song is muxed in as AAC. Re-encoding happens only
 * where the clip cannot be copied (see README.md); built-in moves are drawn at the song's own tempo.
 * Everything made is cached by what it is made of.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChoreographyPlan } from '@bachata/core';
import { frameCount, generatedMove, moveHash } from '../library/generated';
import { captionsAss } from './captions';
import { clipEncoder } from '../library/generated/clip-pool';
import { h264Args, mediaDuration, RenderAbortedError, RenderError, runFfmpeg } from '../media/ffmpeg';
import { clipFrames, referenceHash, TIME_BASE, type ClipFrames } from './media';
import { planSegments, type Segment } from './segments';

export const RENDER_FPS = 30;
/** Bump when piece making changes: old cached pieces are then not reused. */
export const SEGMENT_CACHE_VERSION = 2;
/** Built-in moves are drawn at the song's tempo rounded to this many BPM (one cached drawing per band). */
export const TEMPO_BAND = 1;
const TICKS_PER_FRAME = TIME_BASE / RENDER_FPS;


export type RenderSize = '360p' | '720p';
export const RENDER_SIZES: Record<RenderSize, [number, number]> = { '360p': [640, 360], '720p': [1280, 720] };

export interface RenderChoreographyOptions {
  plan: ChoreographyPlan;
  audioPath: string;
  outDir: string;
  cacheDir: string;
  size?: RenderSize;
  /** 0..1, from ffmpeg's own progress output */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** maps a timeline clip (storage key) to a local file at the output size when there is one; default: the clip is a path */
  resolveClip?: (clip: string, size: RenderSize) => string;
  /** draw built-in moves at the song's tempo (default true); false stretches their library clips like real ones */
  drawGenerated?: boolean;
  /** burn in the move names and counts (for sharing outside the app); re-encodes the video once */
  captions?: boolean;
}

/** How a piece was made: timestamps rewritten on the clip's own frames, or on re-encoded or drawn frames first. */
export type PieceSource = 'copy' | 'reencoded' | 'drawn';

export interface RenderedSegment extends Segment {
  /** the file the piece's frames are copied from (the clip, or its drawing or re-encode in the cache) */
  file: string;
  /** the piece's first frame in `file` (a keyframe) */
  firstFrame: number;
  /** nothing had to be drawn or re-encoded for it */
  cached: boolean;
  source: PieceSource;
  /** video frames in the piece (each clip frame once) */
  pieceFrames: number;
}

export interface RenderChoreographyResult {
  videoPath: string;
  posterPath: string;
  /** seconds of video (frames / fps) */
  duration: number;
  /** output frame times (duration × fps) */
  frames: number;
  segments: RenderedSegment[];
  /** seconds per stage: sources (packet lists, reference), draw, reencode, pieces (packet lists of what was made), audio (waiting for the song's AAC), copy (with the poster), captions */
  timings: Record<string, number>;
}

export const VIDEO_FILE = 'choreography.mp4';
export const POSTER_FILE = 'poster.jpg';

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify({ v: SEGMENT_CACHE_VERSION, ...(v as object) })).digest('hex').slice(0, 24);

function fileId(path: string) {
  const st = statSync(path);
  return { path: resolve(path), bytes: st.size, mtime: Math.round(st.mtimeMs) };
}

/** The first frame at or after `t` (within half a frame). */
function frameAt(info: ClipFrames, t: number): number {
  const eps = 0.5 / RENDER_FPS;
  const i = info.pts.findIndex((p) => p >= t - eps);
  return i < 0 ? info.pts.length : i;
}

async function mapLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => { for (let it = queue.shift(); it !== undefined; it = queue.shift()) await fn(it); };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** One piece in the joined video: `count` frames of `file` from frame `first`, over its output frame times. */
export interface JoinPiece { file: string; firstPts: number; lastPts: number; count: number; startTicks: number; motionTicks: number; totalTicks: number; /** the source times of its frames (default: 30 fps from firstPts) */ framePts?: number[] }

/**
 * ffmpeg's expression for the new timestamp (ticks) of the video's packet number `x`: piece by piece,
 * frame i of a piece's n frames at start + round(i·M/n); at the end of the video its total length. A
 * flat sum of `between` terms, not nested ifs, so a long song stays within the evaluator's depth.
 */
export function timestampExpr(pieces: JoinPiece[], x: string): string {
  const terms: string[] = [];
  let first = 0;
  for (const p of pieces) {
    terms.push(`between(${x},${first},${first + p.count - 1})*(${p.startTicks}+round((${x}-${first})*${p.motionTicks}/${p.count}))`);
    first += p.count;
  }
  const last = pieces[pieces.length - 1];
  terms.push(`gte(${x},${first})*${last.startTicks + last.totalTicks}`);
  return terms.join('+');
}

/** The concat list: each piece's frames, from a quarter frame past its keyframe (the seek lands on it) to half a frame past its last. */
export function concatList(pieces: JoinPiece[]): string {
  const q = (f: string) => `'${f.replace(/'/g, "'\\''")}'`;
  return pieces.map((p) => `file ${q(p.file)}\ninpoint ${(p.firstPts + 0.25 / RENDER_FPS).toFixed(6)}\noutpoint ${(p.lastPts + 0.5 / RENDER_FPS).toFixed(6)}\n`).join('');
}

/** Frames [first, end) of a clip re-encoded at the output size, frame for frame (for clips that cannot be copied). */
function reencodeArgs(src: string, first: number, end: number, w: number, h: number, out: string): string[] {
  const vf = `trim=start_frame=${first}:end_frame=${end},setpts=PTS-STARTPTS,fps=${RENDER_FPS},scale=${w}:${h}:flags=bicubic,setsar=1,format=yuv420p`;
  return ['-i', src, '-map', '0:v:0', '-vf', vf, ...h264Args(RENDER_FPS), '-f', 'mp4', out];
}

/** AAC settings of the song in every video: ffmpeg's fast AAC coder (a third of the default coder's CPU). */
export const AUDIO_ARGS = ['-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '128k', '-ac', '2'];

const songDurations = new Map<string, Promise<number>>();
const songAudios = new Map<string, Promise<string>>();
const memo = <T>(m: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
  let p = m.get(key);
  if (!p) {
    p = make();
    m.set(key, p);
    p.catch(() => m.delete(key));
  }
  return p;
};

function songDuration(audioPath: string): Promise<number> {
  return memo(songDurations, JSON.stringify(fileId(audioPath)), async () => {
    let d: number;
    try {
      d = await mediaDuration(audioPath);
    } catch (e) {
      throw new RenderError('Rendering the video failed', `cannot read the song: ${(e as RenderError).detail ?? e}`);
    }
    if (!(d > 0)) throw new RenderError('Rendering the video failed', `song has no duration: ${audioPath}`);
    return d;
  });
}

/**
 * The song as the video's AAC track, cut to the video's length (whole frames: it does not depend on
 * the plan), cached per song file in `cacheDir`; one encode per process even when asked twice.
 */
function songAudio(audioPath: string, cacheDir: string, signal?: AbortSignal): Promise<string> {
  return memo(songAudios, `${cacheDir}:${JSON.stringify(fileId(audioPath))}`, async () => {
    const frames = Math.round((await songDuration(audioPath)) * RENDER_FPS);
    const aac = join(cacheDir, `audio-${hash({ audio: fileId(audioPath), frames, codec: AUDIO_ARGS })}.m4a`);
    if (existsSync(aac)) return aac;
    mkdirSync(cacheDir, { recursive: true });
    const tmp = join(cacheDir, `.${randomBytes(6).toString('hex')}.tmp.m4a`);
    try {
      await runFfmpeg(['-t', (frames / RENDER_FPS).toFixed(4), '-i', audioPath, '-map', '0:a:0', ...AUDIO_ARGS, '-f', 'mp4', tmp], { signal });
      renameSync(tmp, aac);
    } finally {
      rmSync(tmp, { force: true });
    }
    return aac;
  });
}

/**
 * What a render needs before its plan exists, started by the job as soon as it has the song so it
 * runs alongside the music analysis (two cores): the song's AAC track and the encoder's reference
 * parameters at the output size. renderChoreography awaits the same work; errors surface there.
 */
export function prepareRender(opts: { audioPath: string; cacheDir: string; size?: RenderSize; signal?: AbortSignal }): Promise<void> {
  const [w, h] = RENDER_SIZES[opts.size ?? '360p'];
  const work = Promise.all([songAudio(opts.audioPath, opts.cacheDir, opts.signal), referenceHash(opts.cacheDir, w, h, RENDER_FPS)]).then(() => undefined);
  work.catch(() => undefined);
  return work;
}

/** The source frame the joined video shows first at or after `ticks`: its file and its time there. */
export function posterFrame(pieces: JoinPiece[], ticks: number): { file: string; pts: number } | undefined {
  for (const p of pieces) {
    for (let i = 0; i < p.count; i++) {
      if (p.startTicks + Math.round((i * p.motionTicks) / p.count) < ticks) continue;
      return { file: p.file, pts: p.framePts?.[i] ?? p.firstPts + i / RENDER_FPS };
    }
  }
  return undefined;
}

interface Draw { moveId: string; tempo: number; frames: number; file: string }
interface Reencode { src: string; first: number; end: number; file: string }
interface Plan {
  seg: Segment;
  /** where the frames come from, before any re-encode */
  src: string;
  first: number;
  end: number;
  source: PieceSource;
  draw?: Draw;
}

export async function renderChoreography(opts: RenderChoreographyOptions): Promise<RenderChoreographyResult> {
  const { plan, audioPath, outDir, cacheDir, signal } = opts;
  const size = opts.size ?? '360p';
  const [w, h] = RENDER_SIZES[size];
  const resolveClip = opts.resolveClip ?? ((c: string) => c);
  let reported = 0;
  // never backwards: the share of each stage is an estimate
  const report = (f: number) => { reported = Math.max(reported, Math.max(0, Math.min(1, f))); opts.onProgress?.(reported); };
  if (signal?.aborted) throw new RenderAbortedError();
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });

  // the song's AAC track does not depend on the plan: it may already be under way (prepareRender)
  const audio = songAudio(audioPath, cacheDir, signal);
  audio.catch(() => undefined);
  const segments = planSegments(plan.timeline, await songDuration(audioPath), RENDER_FPS);
  if (!segments.length) throw new RenderError('Rendering the video failed', 'the plan has no timeline entries');
  const totalFrames = segments.reduce((n, s) => n + s.frames, 0);

  const work = join(outDir, `.render-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(work, { recursive: true });
  const temps = new Set<string>();
  const tmpIn = (dir: string) => { const t = join(dir, `.${randomBytes(6).toString('hex')}.tmp.mp4`); temps.add(t); return t; };
  // one failing ffmpeg stops the others too, so nothing keeps writing after cleanup
  const inner = new AbortController();
  const stopAll = () => inner.abort();
  signal?.addEventListener('abort', stopAll, { once: true });
  const guard = async <T>(p: Promise<T>): Promise<T> => {
    try { return await p; } catch (e) { inner.abort(); throw signal?.aborted ? new RenderAbortedError() : e; }
  };
  const encoder = { current: undefined as ReturnType<typeof clipEncoder>[] | undefined };
  const timings: Record<string, number> = {};
  let lap = process.hrtime.bigint();
  const mark = (name: string) => { const now = process.hrtime.bigint(); timings[name] = Math.round(Number(now - lap) / 1e6) / 1000; lap = now; };
  try {
    // 1. where each piece's frames come from
    const drawDir = join(cacheDir, 'drawn');
    const draws = new Map<string, Draw>();
    const plans: Plan[] = [];
    const songBpm = plan.analysis?.bpm;
    for (const seg of segments) {
      const move = opts.drawGenerated === false ? undefined : generatedMove(seg.moveId);
      if (move) {
        // the song's tempo over this piece (the plan's ratio is of seconds, not of rounded frames)
        const songTempo = !seg.hold && seg.tempoRatio > 0 ? move.tempo * seg.tempoRatio : songBpm ?? move.tempo;
        const band = Math.max(40, Math.round(songTempo / TEMPO_BAND) * TEMPO_BAND);
        const frames = frameCount({ beats: move.beats, tempo: band }, RENDER_FPS);
        const file = join(drawDir, `${move.moveId}-${moveHash(move)}-${band}bpm-${size}.mp4`);
        const draw = draws.get(file) ?? { moveId: move.moveId, tempo: band, frames, file };
        draws.set(file, draw);
        // clip seconds at the reference tempo → frames of the drawing (the whole move is the whole drawing)
        const moveSeconds = (move.beats * 60) / move.tempo;
        const scale = (t: number) => Math.round((t / moveSeconds) * frames);
        const first = Math.min(frames - 1, scale(seg.clipStart));
        const end = seg.hold ? first + 1 : Math.max(first + 1, Math.min(frames, scale(seg.clipEnd)));
        plans.push({ seg, src: file, first, end, source: 'drawn', draw });
        continue;
      }
      const clipPath = resolveClip(seg.clip, size);
      if (!existsSync(clipPath)) throw new RenderError('Rendering the video failed', `clip not found: ${seg.clip}`);
      plans.push({ seg, src: clipPath, first: 0, end: 0, source: 'copy' });
    }

    const toDraw = [...draws.values()].filter((d) => !existsSync(d.file));
    const ref = await referenceHash(cacheDir, w, h, RENDER_FPS);
    // clips that cannot be copied as they are: which frames, and the re-encode that makes them copyable
    const reencodes = new Map<string, Reencode>();
    // the clips' packet lists, a few ffprobe at a time (cached on disk for the next video)
    await mapLimited([...new Set(plans.filter((p) => p.source !== 'drawn').map((p) => p.src))], 4, async (src) => { await clipFrames(src, cacheDir); });
    for (const p of plans) {
      if (p.source === 'drawn') continue;
      const info = await clipFrames(p.src, cacheDir);
      if (!info.pts.length) throw new RenderError('Rendering the video failed', `clip has no frames: ${p.seg.clip}`);
      p.first = Math.min(info.pts.length - 1, frameAt(info, p.seg.clipStart));
      p.end = p.seg.hold ? p.first + 1 : Math.max(p.first + 1, frameAt(info, p.seg.clipEnd));
      const copyable = info.codec === 'h264' && info.width === w && info.height === h && info.extradataHash === ref
        && !info.hasBFrames && info.timeBase === `1/${TIME_BASE}` && info.keyframe[p.first];
      if (copyable) continue;
      const file = join(cacheDir, `frames-${hash({ clip: fileId(p.src), first: p.first, end: p.end, size })}.mp4`);
      reencodes.set(file, { src: p.src, first: p.first, end: p.end, file });
      p.src = file;
      p.first = 0;
      p.end = -1; // all frames of the re-encode, known once it exists
      p.source = 'reencoded';
    }
    const toReencode = [...reencodes.values()].filter((r) => !existsSync(r.file));
    mark('sources');

    // progress: drawing and re-encoding by frames, each copied piece as a few frames' worth
    const work0 = toDraw.reduce((n, d) => n + d.frames, 0) + toReencode.reduce((n, r) => n + (r.end - r.first), 0);
    const totalWork = work0 || 1;
    const done = new Map<string, number>();
    const pieceShare = 0.85;
    const progress = () => report((pieceShare * [...done.values()].reduce((a, b) => a + b, 0)) / totalWork);

    // 2. draw built-in moves at the song's tempo (two worker threads) and re-encode what cannot be copied
    if (toDraw.length) {
      mkdirSync(drawDir, { recursive: true });
      const pool = Array.from({ length: Math.min(2, toDraw.length) }, () => clipEncoder());
      encoder.current = pool;
      const queue = [...toDraw];
      await Promise.all(pool.map(async (enc) => {
        for (let d = queue.shift(); d; d = queue.shift()) {
          const tmp = tmpIn(drawDir);
          await guard(enc.encode(d.moveId, tmp, inner.signal, { tempo: d.tempo, width: w, height: h }));
          renameSync(tmp, d.file);
          temps.delete(tmp);
          // its packet list now, while the other worker still draws (the copy pass needs it)
          void clipFrames(d.file, cacheDir).catch(() => undefined);
          done.set(d.file, d.frames);
          progress();
        }
      }));
    }
    mark('draw');
    await mapLimited(toReencode, 2, async (r) => {
      const tmp = tmpIn(cacheDir);
      await guard(runFfmpeg(reencodeArgs(r.src, r.first, r.end, w, h, tmp), {
        signal: inner.signal, onTime: (t) => { done.set(r.file, Math.min(r.end - r.first, t * RENDER_FPS)); progress(); },
      }));
      renameSync(tmp, r.file);
      temps.delete(tmp);
      done.set(r.file, r.end - r.first);
      progress();
    });
    if (signal?.aborted) throw new RenderAbortedError();
    mark('reencode');

    // 3. one pass: every piece's own frames by stream copy, each packet's timestamp rewritten (setts), the song muxed in
    await mapLimited([...new Set(plans.map((p) => p.src))], 4, async (src) => { await clipFrames(src, cacheDir); });
    const rendered: RenderedSegment[] = [];
    const pieces: JoinPiece[] = [];
    for (const p of plans) {
      const info = await clipFrames(p.src, cacheDir);
      if (p.end < 0) p.end = p.seg.hold ? 1 : info.pts.length;
      if (!info.keyframe[p.first]) throw new RenderError('Rendering the video failed', `${p.src} has no keyframe at frame ${p.first}`);
      const count = Math.max(1, Math.min(info.pts.length, p.end) - p.first);
      const totalTicks = p.seg.frames * TICKS_PER_FRAME;
      pieces.push({
        file: p.src, firstPts: info.pts[p.first], lastPts: info.pts[p.first + count - 1], count, framePts: info.pts.slice(p.first, p.first + count),
        startTicks: p.seg.startFrame * TICKS_PER_FRAME, motionTicks: p.seg.hold ? totalTicks : p.seg.motionFrames * TICKS_PER_FRAME, totalTicks,
      });
      const made = p.draw ? toDraw.includes(p.draw) : p.source === 'reencoded' && toReencode.some((r) => r.file === p.src);
      rendered.push({ ...p.seg, clip: p.source === 'drawn' ? p.seg.clip : resolveClip(p.seg.clip, size), file: p.src, firstFrame: p.first, cached: !made, source: p.source, pieceFrames: count });
    }
    // the song as AAC once per song (a second video of it copies the audio too)
    const videoDuration = totalFrames / RENDER_FPS;
    mark('pieces');
    const aac = await guard(audio);
    mark('audio');
    report(pieceShare);
    const list = join(work, 'pieces.txt');
    writeFileSync(list, concatList(pieces));
    const videoTmp = join(work, VIDEO_FILE);
    const ts = timestampExpr(pieces, 'N');
    const setts = `setts=time_base=1/${TIME_BASE}:ts=${ts}:duration=${timestampExpr(pieces, '(N+1)')}-(${ts})`.replace(/,/g, '\\,');
    const copyPass = runFfmpeg([
      '-f', 'concat', '-safe', '0', '-i', list, '-i', aac,
      '-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy', '-bsf:v', setts, '-c:a', 'copy',
      '-video_track_timescale', String(TIME_BASE), '-movflags', '+faststart', '-f', 'mp4', videoTmp,
    ], { signal: inner.signal, onTime: (t) => report(pieceShare + (0.97 - pieceShare) * Math.min(1, t / videoDuration)) });
    // 5. poster from a moment where the couple is already dancing: the video's first frame from then
    // on is a frame of one piece's source, so it is taken from there while the copy pass runs (with
    // captions, from the captioned video afterwards)
    const posterTmp = join(work, POSTER_FILE);
    const at = Math.min(3, videoDuration / 2);
    const posterArgs = (file: string, t: number) => ['-ss', t.toFixed(6), '-i', file, '-frames:v', '1', '-q:v', '3', '-update', '1', posterTmp];
    const shown = opts.captions ? undefined : posterFrame(pieces, Math.round(at * TIME_BASE));
    await Promise.all([guard(copyPass), shown && guard(runFfmpeg(posterArgs(shown.file, shown.pts - 0.25 / RENDER_FPS), { signal: inner.signal }))]);

    mark('copy');
    // 4. captions burned in on request: the one full re-encode, every frame kept with its timestamp
    if (opts.captions) {
      const ass = join(work, 'captions.ass');
      writeFileSync(ass, captionsAss(plan.timeline, w, h));
      const captioned = join(work, `captioned-${VIDEO_FILE}`);
      // the job's encoder settings without a fixed rate (the frames keep their own times) and with the audio copied
      const encoder = h264Args(RENDER_FPS).filter((a, i, all) => a !== '-r' && all[i - 1] !== '-r' && a !== '-an');
      await runFfmpeg(['-i', videoTmp, '-map', '0:v:0', '-map', '0:a:0', '-vf', `subtitles=${ass.replace(/[\\':,;[\]]/g, '\\$&')}`, '-fps_mode', 'passthrough',
        '-enc_time_base', `1/${TIME_BASE}`, ...encoder, '-c:a', 'copy', '-video_track_timescale', String(TIME_BASE), '-movflags', '+faststart', '-f', 'mp4', captioned], { signal });
      renameSync(captioned, videoTmp);
    }

    if (!shown) await runFfmpeg(posterArgs(videoTmp, at), { signal });
    mark('captions');

    const videoPath = join(outDir, VIDEO_FILE);
    const posterPath = join(outDir, POSTER_FILE);
    renameSync(videoTmp, videoPath);
    renameSync(posterTmp, posterPath);
    report(1);
    return { videoPath, posterPath, duration: videoDuration, frames: totalFrames, segments: rendered, timings };
  } catch (e) {
    // a failed render leaves no encode behind: the song's AAC stops with the signal or finishes into the cache
    await audio.then(() => undefined, () => undefined);
    throw e;
  } finally {
    signal?.removeEventListener('abort', stopAll);
    await Promise.all((encoder.current ?? []).map((e) => e.close().catch(() => undefined)));
    rmSync(work, { recursive: true, force: true });
    for (const t of temps) rmSync(t, { force: true });
  }
}

/** Temporary files a render may leave while it runs (for cleanup checks). */
export function renderTempFiles(outDir: string, cacheDir: string): string[] {
  const list = (d: string, re: RegExp) => (existsSync(d) ? readdirSync(d).filter((f) => re.test(f)).map((f) => join(d, f)) : []);
  return [...list(outDir, /^\.render-/), ...list(cacheDir, /\.tmp\.(mp4|m4a)$/), ...list(join(cacheDir, 'drawn'), /\.tmp\.mp4$/)];
}
