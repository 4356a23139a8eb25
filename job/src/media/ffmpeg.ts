/**
 * The one way this job talks to ffmpeg: spawn the system binary, read its own `-progress` output,
 * stop it on abort, and turn a failure into a RenderError that keeps the end of ffmpeg's stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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

const STDERR_TAIL = 4000;

function stop(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const t = setTimeout(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); }, 2000);
  t.unref();
}

/** Runs ffmpeg with `args` (without the binary name); rejects with RenderError. */
export function runFfmpeg(args: string[], run: FfmpegRun = {}): Promise<void> {
  if (run.signal?.aborted) return Promise.reject(new RenderAbortedError());
  const full = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-progress', 'pipe:1', '-nostats', ...args];
  if (run.feed) full.splice(full.indexOf('-nostdin'), 1);
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', full, { stdio: [run.feed ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let aborted = false;
    let outBuf = '';
    child.stderr!.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-STDERR_TAIL); });
    child.stdout!.on('data', (d: Buffer) => {
      outBuf += d.toString();
      let nl: number;
      while ((nl = outBuf.indexOf('\n')) >= 0) {
        const line = outBuf.slice(0, nl).trim();
        outBuf = outBuf.slice(nl + 1);
        if (line.startsWith('out_time_us=')) {
          const us = Number(line.slice(12));
          if (Number.isFinite(us) && us >= 0) run.onTime?.(us / 1e6);
        }
      }
    });
    const onAbort = () => { aborted = true; stop(child); };
    run.signal?.addEventListener('abort', onAbort, { once: true });
    let feedError: unknown;
    if (run.feed) {
      const stdin = child.stdin!;
      stdin.on('error', () => { /* ffmpeg exited early; its exit code and stderr tell why */ });
      run.feed(stdin).then(() => stdin.end(), (e) => { feedError = e; stdin.destroy(); stop(child); });
    }
    child.on('error', (e) => {
      run.signal?.removeEventListener('abort', onAbort);
      reject(new RenderError('Rendering the video failed', `could not start ffmpeg: ${e.message}`));
    });
    child.on('close', (code, sig) => {
      run.signal?.removeEventListener('abort', onAbort);
      if (aborted) return reject(new RenderAbortedError());
      if (code === 0 && !feedError) return resolve();
      const why = feedError ? `frame writer failed: ${String((feedError as Error)?.message ?? feedError)}\n` : '';
      reject(new RenderError('Rendering the video failed', `${why}ffmpeg ${full.join(' ')}\nexit ${code ?? sig}\n${stderr.trim()}`));
    });
  });
}

export interface ProbeStream { codec_type: string; codec_name: string; width?: number; height?: number; r_frame_rate?: string; nb_frames?: string; nb_read_frames?: string; duration?: string; pix_fmt?: string }
export interface Probe { format: { duration: string }; streams: ProbeStream[] }

/** ffprobe's JSON for a media file (`countFrames` decodes to count frames exactly). */
export function ffprobe(path: string, opts: { countFrames?: boolean; extra?: string[] } = {}): Promise<Probe & Record<string, unknown>> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...(opts.countFrames ? ['-count_frames'] : []), ...(opts.extra ?? []), path];
  return new Promise((resolve, reject) => {
    const child = spawn('ffprobe', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-STDERR_TAIL); });
    child.on('error', (e) => reject(new RenderError('Reading the media file failed', e.message)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new RenderError('Reading the media file failed', `ffprobe ${args.join(' ')}\n${err}`));
      try { resolve(JSON.parse(Buffer.concat(out).toString())); } catch (e) { reject(new RenderError('Reading the media file failed', String(e))); }
    });
  });
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
