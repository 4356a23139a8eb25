/**
 * The one way the api and the job start ffmpeg and ffprobe (job/src/media/README.md says why it is
 * built this way). ffmpeg always runs through a fluent-ffmpeg command; ffprobe through
 * fluent-ffmpeg's `ffprobe` when its parsed streams and format are what the caller wants, and through
 * `execFfprobe` (the only other spawn) when the caller needs ffprobe's JSON of packets or a time
 * limit, which fluent-ffmpeg's text parser and unkillable probe cannot give.
 *
 * Nothing here throws for a non-zero exit: the result carries the exit code and the end of stderr, and
 * each caller turns that into its own error. Only a binary that cannot be started rejects.
 */
import ffmpeg from 'fluent-ffmpeg';
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Writable } from 'node:stream';
import { mediaToolPaths } from './config';

export type MediaTool = 'ffmpeg' | 'ffprobe';

/** The binary could not be started at all (not installed, not on PATH, not executable). */
export class MediaToolMissingError extends Error {
  readonly code: string | undefined;
  constructor(readonly tool: MediaTool, cause: Error & { code?: string }) {
    super(`could not start ${tool}: ${cause.message}`, { cause });
    this.name = 'MediaToolMissingError';
    this.code = cause.code;
  }
}

export interface MediaToolOptions {
  /** aborting stops the process (SIGTERM, SIGKILL two seconds later); the result says `aborted` */
  signal?: AbortSignal;
  /** past this the process is killed (SIGKILL); the result says `timedOut` */
  timeoutMs?: number;
  /** characters of stderr kept (the end of it); default 4000 */
  stderrTail?: number;
  /** keep stdout in `result.stdout` (default false: stdout is only passed to `onStdoutLine`) */
  captureStdout?: boolean;
  /** more stdout than this: the process is killed (SIGKILL), `result.overflow`, `stdout` empty */
  maxStdoutBytes?: number;
}

export interface FfmpegOptions extends MediaToolOptions {
  /** each line ffmpeg writes to stdout (with `-progress pipe:1`: its progress report) */
  onStdoutLine?: (line: string) => void;
  /** writes ffmpeg's stdin (raw frames); stdin is closed when it resolves; a rejection stops ffmpeg */
  feed?: (stdin: Writable) => Promise<void>;
}

export interface MediaToolResult {
  /** the arguments the binary ran with */
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  /** the end of stderr */
  stderr: string;
  aborted: boolean;
  timedOut: boolean;
  overflow: boolean;
  /** what `feed` rejected with */
  feedError?: unknown;
}

/** Did it run to a clean exit (code 0, not stopped, no feed error)? */
export function succeeded(r: MediaToolResult): boolean {
  return r.code === 0 && !r.aborted && !r.timedOut && !r.overflow && r.feedError === undefined;
}

const DEFAULT_STDERR_TAIL = 4000;

/**
 * Is `name` (a path, or a command looked up on PATH) an executable file? Checked before every run (a
 * few stat calls): a binary removed while the api runs must not reach fluent-ffmpeg's spawn (below).
 */
function executable(name: string, searchPath: string): boolean {
  const candidates = name.includes('/') ? [name] : searchPath.split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return true;
    } catch { /* not here */ }
  }
  return false;
}

/**
 * The binaries from FFMPEG_PATH / FFPROBE_PATH (default: `ffmpeg`/`ffprobe` on PATH), set for
 * fluent-ffmpeg too. A binary that is not there is refused before anything is spawned: fluent-ffmpeg
 * 2.1.3 throws a TypeError out of its child's 'error' handler when the spawn fails (processor.js
 * endCB without its output rings), which would take the whole process down.
 */
function binary(tool: MediaTool): string {
  const paths = mediaToolPaths();
  ffmpeg.setFfmpegPath(paths.ffmpeg);
  ffmpeg.setFfprobePath(paths.ffprobe);
  const path = paths[tool];
  if (!executable(path, paths.searchPath)) {
    throw new MediaToolMissingError(tool, Object.assign(new Error(`${path} not found (install ffmpeg, or set ${tool === 'ffmpeg' ? 'FFMPEG_PATH' : 'FFPROBE_PATH'})`), { code: 'ENOENT' }));
  }
  return path;
}

function stopGently(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const t = setTimeout(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); }, 2000);
  t.unref();
}

/** A sink for fluent-ffmpeg's stdout pipe that never emits 'close' (fluent-ffmpeg reads an early 'close' as failure). */
function sink(): Writable {
  return new Writable({ emitClose: false, write(_chunk, _enc, cb) { cb(); } });
}

/**
 * Watches a started process: stderr tail, stdout (captured, bounded, or split in lines), abort,
 * timeout. `done` resolves with the result once the process has exited and its pipes are closed.
 */
function supervise(child: ChildProcess, args: string[], opts: FfmpegOptions, state: { aborted: boolean }) {
  const tailSize = opts.stderrTail ?? DEFAULT_STDERR_TAIL;
  let stderr = '';
  const out: Buffer[] = [];
  let outBytes = 0;
  let overflow = false;
  let timedOut = false;
  let lineBuf = '';
  child.stderr?.on('data', (d: Buffer | string) => { stderr = (stderr + d.toString()).slice(-tailSize); });
  child.stdout?.on('data', (d: Buffer) => {
    if (overflow) return;
    outBytes += d.length;
    if (opts.maxStdoutBytes !== undefined && outBytes > opts.maxStdoutBytes) {
      overflow = true;
      out.length = 0;
      child.kill('SIGKILL');
      return;
    }
    if (opts.captureStdout) out.push(d);
    if (opts.onStdoutLine) {
      lineBuf += d.toString();
      let nl: number;
      while ((nl = lineBuf.indexOf('\n')) >= 0) {
        const line = lineBuf.slice(0, nl).trim();
        lineBuf = lineBuf.slice(nl + 1);
        if (line) opts.onStdoutLine(line);
      }
    }
  });
  const onAbort = () => { state.aborted = true; stopGently(child); };
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = opts.timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opts.timeoutMs) : undefined;
  let feedError: unknown;
  if (opts.feed && child.stdin) {
    const stdin = child.stdin;
    stdin.on('error', () => { /* the process exited early; its exit code and stderr tell why */ });
    opts.feed(stdin).then(() => stdin.end(), (e: unknown) => { feedError = e ?? new Error('feed failed'); stdin.destroy(); stopGently(child); });
  } else {
    child.stdin?.on('error', () => undefined);
    child.stdin?.end();
  }
  const done = new Promise<MediaToolResult>((resolve) => {
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({
        args, code, signal, stdout: Buffer.concat(out), stderr, aborted: state.aborted, timedOut, overflow,
        ...(feedError !== undefined ? { feedError } : {}),
      });
    });
  });
  return { done, cleanup: () => { if (timer) clearTimeout(timer); opts.signal?.removeEventListener('abort', onAbort); } };
}

/** The stdout targets ffmpeg understands that this wrapper hands to fluent-ffmpeg as a stream. */
const STDOUT_TARGETS = new Set(['pipe:1', 'pipe:', '-']);

/**
 * Adds options one argument each, as given. fluent-ffmpeg splits a lone "a b" option in two, never
 * options passed as separate arguments, so a lone option with one space is refused as ambiguous.
 */
function addOptions(add: (...options: string[]) => unknown, options: readonly string[]): void {
  if (options.length === 0) return;
  if (options.length === 1 && options[0].split(' ').length === 2) throw new Error(`ffmpeg: a lone option with a space is ambiguous: ${options[0]}`);
  add(...options);
}

/** Every format is there as far as fluent-ffmpeg's pre-check knows (see skipCapabilityChecks). */
const ANY_FORMAT = new Proxy({}, { has: () => true, get: () => ({ canDemux: true, canMux: true, description: '' }) });

/**
 * Before running a command fluent-ffmpeg asks the binary for its formats and encoders (`ffmpeg
 * -formats`, `ffmpeg -encoders`, once per process) and refuses a `-f` it did not find there. Its
 * parser does not know the device column ffmpeg 7 added to that table, so it refuses `-f lavfi` with
 * any newer ffmpeg (fluent-ffmpeg#1276, never released). ffmpeg checks the same itself and says so on
 * stderr, which every caller keeps, so the pre-check is skipped: no extra processes, no false refusal.
 */
function skipCapabilityChecks(command: ffmpeg.FfmpegCommand): void {
  const own = command as unknown as { availableFormats: (cb: (err: null, data: unknown) => void) => void; availableEncoders: (cb: (err: null, data: unknown) => void) => void };
  own.availableFormats = (cb) => cb(null, ANY_FORMAT);
  own.availableEncoders = (cb) => cb(null, {});
}

/**
 * A fluent-ffmpeg command for an ffmpeg argument list: each `-i <source>` with the options before it
 * is an input, what follows the last input is the output's options and, last, its target (`pipe:1`
 * or `-` become fluent's stream output, so fluent-ffmpeg does not buffer stdout as text). fluent-ffmpeg
 * adds `-y` for file outputs.
 */
export function ffmpegCommand(args: readonly string[]): ffmpeg.FfmpegCommand {
  const command = ffmpeg();
  skipCapabilityChecks(command);
  let from = 0;
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i] !== '-i') continue;
    command.input(args[i + 1]);
    addOptions((...o) => command.inputOptions(...o), args.slice(from, i));
    from = i + 2;
    i++;
  }
  const rest = args.slice(from);
  if (rest.length === 0) throw new Error('ffmpeg: no output in the arguments');
  const target = rest[rest.length - 1];
  command.output(STDOUT_TARGETS.has(target) ? sink() : target);
  addOptions((...o) => command.outputOptions(...o), rest.slice(0, -1));
  return command;
}

/** Runs ffmpeg with `args` (without the binary name) as a fluent-ffmpeg command (`ffmpegCommand`). */
export function execFfmpeg(args: readonly string[], opts: FfmpegOptions = {}): Promise<MediaToolResult> {
  const state = { aborted: false };
  return new Promise((resolve, reject) => {
    binary('ffmpeg');
    const command = ffmpegCommand(args);
    let watched: ReturnType<typeof supervise> | undefined;
    command.on('start', () => {
      const child = (command as unknown as { ffmpegProc?: ChildProcess }).ffmpegProc;
      if (!child) return;
      watched = supervise(child, child.spawnargs.slice(1), opts, state);
      watched.done.then(resolve);
    });
    command.on('error', (err: Error & { code?: string }) => {
      const missing = err.code === 'ENOENT' || err.code === 'EACCES' || /Cannot find ffmpeg/.test(err.message);
      // exits, kills and stream ends are read from the process itself (supervise); here only a
      // process that never started (or a check fluent-ffmpeg made before starting it) is an error
      if (!watched) reject(missing ? new MediaToolMissingError('ffmpeg', err) : err);
      else if (missing) { watched.cleanup(); reject(new MediaToolMissingError('ffmpeg', err)); }
    });
    command.on('end', () => undefined);
    command.run();
  });
}

/**
 * ffprobe with exactly `args` (without the binary name), its stdout captured: for what
 * fluent-ffmpeg's `ffprobe` cannot do (JSON output, packet lists, a time limit).
 */
export function execFfprobe(args: readonly string[], opts: MediaToolOptions = {}): Promise<MediaToolResult> {
  const state = { aborted: false };
  return new Promise((resolve, reject) => {
    const ffprobe = binary('ffprobe');
    const child = spawn(ffprobe, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let started = true;
    child.on('error', (err) => { if (started) { started = false; watched.cleanup(); reject(new MediaToolMissingError('ffprobe', err)); } });
    const watched = supervise(child, [...args], { captureStdout: true, ...opts }, state);
    watched.done.then((r) => { if (started) resolve(r); });
  });
}

export type ProbeData = ffmpeg.FfprobeData;
export type ProbeStream = ffmpeg.FfprobeStream;

/** ffprobe could read nothing from the file; `stderr` is what it said. */
export class ProbeFailedError extends Error {
  constructor(readonly file: string, readonly stderr: string) {
    super(`ffprobe cannot read ${file}: ${stderr.trim().split('\n')[0] || 'no output'}`);
    this.name = 'ProbeFailedError';
  }
}

/**
 * The streams and format of a media file (fluent-ffmpeg's `ffprobe`: `-show_streams -show_format`,
 * `-v error`, then `options`, then the file). Numbers come parsed (width 640, duration 12.5); rates stay "30/1".
 */
export function probeMedia(file: string, options: readonly string[] = []): Promise<ProbeData> {
  return new Promise((resolve, reject) => {
    binary('ffprobe');
    ffmpeg.ffprobe(file, ['-v', 'error', ...options], (err: (Error & { code?: string }) | null, data: ProbeData) => {
      if (!err) return resolve(data);
      if (err.code === 'ENOENT' || err.code === 'EACCES' || /Cannot find ffprobe/.test(err.message)) return reject(new MediaToolMissingError('ffprobe', err));
      // fluent-ffmpeg's message: "ffprobe exited with code N" then, on the next lines, ffprobe's stderr
      reject(new ProbeFailedError(file, err.message.split('\n').slice(1).join('\n')));
    });
  });
}
