/**
 * The choreography video: each timeline piece is cut from its clip and retimed to the song's tempo
 * (cached by what it is made of), the pieces are joined with stream copy, the song is muxed in as AAC,
 * and a poster is taken a few seconds in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChoreographyPlan } from '@bachata/core';
import { h264Args, mediaDuration, RenderAbortedError, RenderError, runFfmpeg } from './ffmpeg';
import { planSegments, type Segment } from './segments';

export const RENDER_FPS = 30;
/** Bump when piece encoding changes: old cached pieces are then not reused. */
export const SEGMENT_CACHE_VERSION = 1;

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
  /** maps a timeline clip (storage key) to a local file; default: the clip is a path */
  resolveClip?: (clip: string) => string;
}

export interface RenderedSegment extends Segment {
  file: string;
  cached: boolean;
}

export interface RenderChoreographyResult {
  videoPath: string;
  posterPath: string;
  /** seconds of video (frames / fps) */
  duration: number;
  frames: number;
  segments: RenderedSegment[];
}

export const VIDEO_FILE = 'choreography.mp4';
export const POSTER_FILE = 'poster.jpg';

function segmentKey(seg: Segment, clipPath: string, size: RenderSize): string {
  const st = statSync(clipPath);
  const speed = seg.hold ? 0 : (seg.clipEnd - seg.clipStart) / (seg.motionFrames / RENDER_FPS);
  return createHash('sha256').update(JSON.stringify({
    v: SEGMENT_CACHE_VERSION, clip: resolve(clipPath), bytes: st.size, mtime: Math.round(st.mtimeMs),
    cs: seg.clipStart.toFixed(4), ce: seg.clipEnd.toFixed(4), ratio: speed.toFixed(6), frames: seg.frames,
    motion: seg.motionFrames, hold: seg.hold, size,
  })).digest('hex').slice(0, 24);
}

function segmentArgs(seg: Segment, clipPath: string, size: RenderSize, out: string): string[] {
  const [w, h] = RENDER_SIZES[size];
  const scale = `scale=${w}:${h}:flags=bicubic,setsar=1,format=yuv420p`;
  // the clone padding guarantees enough frames; -frames:v cuts to the exact count
  const pad = `tpad=stop_mode=clone:stop=${seg.frames + 2}`;
  let vf: string;
  const input: string[] = [];
  if (seg.hold) {
    input.push('-ss', seg.clipStart.toFixed(4), '-i', clipPath);
    vf = `trim=end_frame=1,setpts=PTS-STARTPTS,${scale},${pad}`;
  } else {
    const span = Math.max(1e-3, seg.clipEnd - seg.clipStart);
    const stretch = seg.motionFrames / RENDER_FPS / span;
    input.push('-i', clipPath);
    vf = `trim=start=${seg.clipStart.toFixed(4)}:end=${seg.clipEnd.toFixed(4)},setpts=(PTS-STARTPTS)*${stretch.toFixed(6)},fps=${RENDER_FPS},${scale},${pad}`;
  }
  return [...input, '-vf', vf, '-frames:v', String(seg.frames), ...h264Args(RENDER_FPS), '-f', 'mp4', out];
}

export async function renderChoreography(opts: RenderChoreographyOptions): Promise<RenderChoreographyResult> {
  const { plan, audioPath, outDir, cacheDir, signal } = opts;
  const size = opts.size ?? '360p';
  const resolveClip = opts.resolveClip ?? ((c: string) => c);
  const report = (f: number) => opts.onProgress?.(Math.max(0, Math.min(1, f)));
  if (signal?.aborted) throw new RenderAbortedError();
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });

  let songDuration: number;
  try {
    songDuration = await mediaDuration(audioPath);
  } catch (e) {
    throw new RenderError('Rendering the video failed', `cannot read the song: ${(e as RenderError).detail ?? e}`);
  }
  if (!(songDuration > 0)) throw new RenderError('Rendering the video failed', `song has no duration: ${audioPath}`);
  const segments = planSegments(plan.timeline, songDuration, RENDER_FPS);
  if (!segments.length) throw new RenderError('Rendering the video failed', 'the plan has no timeline entries');
  const totalFrames = segments.reduce((n, s) => n + s.frames, 0);

  const work = join(outDir, `.render-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(work, { recursive: true });
  const temps = new Set<string>();
  // one failing piece stops the other ffmpeg too, so nothing keeps writing after cleanup
  const inner = new AbortController();
  const stopAll = () => inner.abort();
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    // 1. pieces, from cache or rendered (two ffmpeg at a time)
    const rendered: RenderedSegment[] = segments.map((s) => {
      const clipPath = resolveClip(s.clip);
      if (!existsSync(clipPath)) throw new RenderError('Rendering the video failed', `clip not found: ${s.clip}`);
      const file = join(cacheDir, `${segmentKey(s, clipPath, size)}.mp4`);
      return { ...s, clip: clipPath, file, cached: existsSync(file) };
    });
    const toRender = rendered.filter((s) => !s.cached);
    // identical pieces (a repeated move) are rendered once
    const unique = [...new Map(toRender.map((s) => [s.file, s])).values()];
    const renderFrames = unique.reduce((n, s) => n + s.frames, 0) || 1;
    const done = new Map<string, number>();
    const pieceShare = unique.length ? 0.85 : 0;
    const progress = () => report((pieceShare * [...done.values()].reduce((a, b) => a + b, 0)) / renderFrames);
    const queue = [...unique];
    const worker = async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        const seg = s;
        const tmp = join(cacheDir, `.${randomBytes(6).toString('hex')}.tmp.mp4`);
        temps.add(tmp);
        await runFfmpeg(segmentArgs(seg, seg.clip, size, tmp), {
          signal: inner.signal,
          onTime: (t) => { done.set(seg.file, Math.min(seg.frames, t * RENDER_FPS)); progress(); },
        });
        renameSync(tmp, seg.file);
        temps.delete(tmp);
        done.set(seg.file, seg.frames);
        progress();
      }
    };
    const guarded = () => worker().catch((e) => { inner.abort(); throw e; });
    const results = await Promise.allSettled([guarded(), guarded()]);
    if (signal?.aborted) throw new RenderAbortedError();
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof RenderAbortedError))
      ?? results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;

    // 2. join with stream copy and mux the song
    const list = join(work, 'pieces.txt');
    writeFileSync(list, rendered.map((s) => `file '${s.file.replace(/'/g, "'\\''")}'\n`).join(''));
    const videoTmp = join(work, VIDEO_FILE);
    const videoDuration = totalFrames / RENDER_FPS;
    await runFfmpeg([
      '-f', 'concat', '-safe', '0', '-i', list, '-i', audioPath,
      '-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy', '-c:a', 'aac', '-b:a', '128k', '-ac', '2',
      '-t', videoDuration.toFixed(4), '-movflags', '+faststart', '-f', 'mp4', videoTmp,
    ], { signal, onTime: (t) => report(pieceShare + (0.97 - pieceShare) * Math.min(1, t / videoDuration)) });

    // 3. poster from a moment where the couple is already dancing
    const posterTmp = join(work, POSTER_FILE);
    const at = Math.min(3, videoDuration / 2);
    await runFfmpeg(['-ss', at.toFixed(3), '-i', videoTmp, '-frames:v', '1', '-q:v', '3', '-update', '1', posterTmp], { signal });

    const videoPath = join(outDir, VIDEO_FILE);
    const posterPath = join(outDir, POSTER_FILE);
    renameSync(videoTmp, videoPath);
    renameSync(posterTmp, posterPath);
    report(1);
    return { videoPath, posterPath, duration: videoDuration, frames: totalFrames, segments: rendered };
  } finally {
    signal?.removeEventListener('abort', stopAll);
    rmSync(work, { recursive: true, force: true });
    for (const t of temps) rmSync(t, { force: true });
  }
}

/** Temporary files a render may leave while it runs (for cleanup checks). */
export function renderTempFiles(outDir: string, cacheDir: string): string[] {
  const list = (d: string, re: RegExp) => (existsSync(d) ? readdirSync(d).filter((f) => re.test(f)).map((f) => join(d, f)) : []);
  return [...list(outDir, /^\.render-/), ...list(cacheDir, /\.tmp\.mp4$/)];
}
