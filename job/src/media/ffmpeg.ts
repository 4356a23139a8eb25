/**
 * The job's face of the one ffmpeg/ffprobe wrapper (`@bachata/core`'s ffmpeg module, built on
 * fluent-ffmpeg; see ./README.md): ffmpeg with its own `-progress` output, stopped on abort, a failure
 * turned into a RenderError that keeps the end of ffmpeg's stderr.
 */
import { execFfmpeg, MediaToolMissingError, probeMedia, ProbeFailedError, type ProbeData } from '@bachata/core';
import type { Writable } from 'node:stream';

export class RenderError extends Error {
  /** technical detail for logs: the command and the tail of ffmpeg's stderr */
  readonly detail: string;
  constructor(message: string, detail: string) {
    super(message);
    this.name = 'RenderError';
    this.detail = detail;
  }
}

export class RenderAbortedError extends RenderError {
  constructor() {
    super('Rendering the video was cancelled', 'aborted by signal');
    this.name = 'RenderAbortedError';
  }
}

export interface FfmpegRun {
  /** called with the seconds of output written so far (ffmpeg's out_time_us) */
  onTime?: (seconds: number) => void;
  signal?: AbortSignal;
  /** writes the input (raw frames) to ffmpeg's stdin; resolve when done, ffmpeg's stdin is closed after */
  feed?: (stdin: Writable) => Promise<void>;
}

/** Runs ffmpeg with `args` (without the binary name); rejects with RenderError. */
export async function runFfmpeg(args: string[], run: FfmpegRun = {}): Promise<void> {
  if (run.signal?.aborted) throw new RenderAbortedError();
  const full = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-progress', 'pipe:1', '-nostats', ...args];
  if (run.feed) full.splice(full.indexOf('-nostdin'), 1);
  let r;
  try {
    r = await execFfmpeg(full, {
      signal: run.signal, feed: run.feed,
      onStdoutLine: (line) => {
        if (!line.startsWith('out_time_us=')) return;
        const us = Number(line.slice(12));
        if (Number.isFinite(us) && us >= 0) run.onTime?.(us / 1e6);
      },
    });
  } catch (e) {
    if (e instanceof MediaToolMissingError) throw new RenderError('Rendering the video failed', e.message);
    throw e;
  }
  if (r.aborted) throw new RenderAbortedError();
  if (r.code === 0 && r.feedError === undefined) return;
  const why = r.feedError !== undefined ? `frame writer failed: ${String((r.feedError as Error)?.message ?? r.feedError)}\n` : '';
  throw new RenderError('Rendering the video failed', `${why}ffmpeg ${r.args.join(' ')}\nexit ${r.code ?? r.signal}\n${r.stderr.trim()}`);
}

export type ProbeStream = ProbeData['streams'][number];
export type Probe = ProbeData;

/**
 * ffprobe's streams and format of a media file (`countFrames` decodes to count frames exactly).
 * Numeric fields come as numbers, rates as "30/1" (fluent-ffmpeg's parse of ffprobe's report).
 */
export async function ffprobe(path: string, opts: { countFrames?: boolean; extra?: string[] } = {}): Promise<Probe> {
  const options = [...(opts.countFrames ? ['-count_frames'] : []), ...(opts.extra ?? [])];
  try {
    return await probeMedia(path, options);
  } catch (e) {
    if (e instanceof ProbeFailedError) throw new RenderError('Reading the media file failed', `ffprobe ${[...options, path].join(' ')}\n${e.stderr}`);
    throw new RenderError('Reading the media file failed', (e as Error).message);
  }
}

/** Duration of a media file in seconds (container duration). */
export async function mediaDuration(path: string): Promise<number> {
  const p = await ffprobe(path);
  return Number(p.format.duration);
}

/** Encoder settings every video piece shares, so pieces concatenate with stream copy. */
export function h264Args(fps = 30): string[] {
  return [
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '22', '-pix_fmt', 'yuv420p', '-profile:v', 'high',
    '-r', String(fps), '-g', String(fps), '-keyint_min', String(fps), '-sc_threshold', '0', '-bf', '0',
    '-video_track_timescale', '15360', '-an',
  ];
}
