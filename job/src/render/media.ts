/**
 * What the renderer needs to know about a clip before it may cut it with stream copy: its frames
 * (timestamps, keyframes) and whether its H.264 stream is interchangeable with what this job's encoder
 * writes at the output size (same codec parameters, so pieces join without re-encoding).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { h264Args, RenderError, runFfmpeg } from '../media/ffmpeg';

/** Every piece and rendition shares this track time base: 1/30 s is exactly 512 ticks. */
export const TIME_BASE = 15360;

export interface ClipFrames {
  width: number;
  height: number;
  codec: string;
  /** the SPS/PPS (avcC) hash: equal hashes join with stream copy */
  extradataHash: string;
  timeBase: string;
  hasBFrames: boolean;
  /** presentation timestamps in seconds, in decode order (no B-frames: also presentation order) */
  pts: number[];
  keyframe: boolean[];
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-4000); });
    child.on('error', (e) => reject(new RenderError('Reading the media file failed', e.message)));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString()) : reject(new RenderError('Reading the media file failed', `${cmd} ${args.join(' ')}\n${err}`))));
  });
}

const memo = new Map<string, Promise<ClipFrames>>();

/** A clip's packet list kept beside it (`<clip>.frames.json`), written at import: the job then probes nothing. */
export const FRAMES_SIDECAR = '.frames.json';
const SIDECAR_VERSION = 1;
interface Sidecar { version: number; bytes: number; sha256Head: string; frames: ClipFrames }

/** sha256 of a file's first 64 KiB (with faststart, the moov atom: the packet list itself) */
function headHash(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return createHash('sha256').update(buf.subarray(0, n)).digest('hex');
  } finally {
    closeSync(fd);
  }
}

/** The sidecar of a clip file: its frames, tied to the file's size and first bytes. */
export async function framesSidecar(path: string): Promise<string> {
  const sidecar: Sidecar = { version: SIDECAR_VERSION, bytes: statSync(path).size, sha256Head: headHash(path), frames: await readClipFrames(path) };
  return JSON.stringify(sidecar);
}

function readSidecar(path: string, bytes: number): ClipFrames | undefined {
  try {
    const s = JSON.parse(readFileSync(`${path}${FRAMES_SIDECAR}`, 'utf8')) as Sidecar;
    if (s.version !== SIDECAR_VERSION || s.bytes !== bytes || s.sha256Head !== headHash(path)) return undefined;
    return s.frames;
  } catch {
    return undefined;
  }
}

/**
 * The frames of a clip's first video stream, remembered per file, size and mtime: in this process, and
 * in `cacheDir` when given (a second video of the same clips reads no packet list again). A sidecar
 * beside the clip that matches it (written by the importer) is read instead of probing.
 */
export function clipFrames(path: string, cacheDir?: string): Promise<ClipFrames> {
  const st = statSync(path);
  const key = `${path}:${st.size}:${st.mtimeMs}`;
  let p = memo.get(key);
  if (!p) {
    const known = readSidecar(path, st.size);
    p = known ? Promise.resolve(known) : cacheDir ? cachedClipFrames(path, key, cacheDir) : readClipFrames(path);
    memo.set(key, p);
    p.catch(() => memo.delete(key));
  }
  return p;
}

async function cachedClipFrames(path: string, key: string, cacheDir: string): Promise<ClipFrames> {
  const dir = join(cacheDir, 'probes');
  const file = join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ClipFrames;
  } catch {
    const info = await readClipFrames(path);
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(info));
    renameSync(tmp, file);
    return info;
  }
}

async function readClipFrames(path: string): Promise<ClipFrames> {
  const json = JSON.parse(await run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_data_hash', 'sha256',
    '-show_entries', 'stream=codec_name,width,height,time_base,has_b_frames,extradata_hash:packet=pts_time,flags', '-of', 'json', path]));
  const s = json.streams?.[0];
  if (!s) throw new RenderError('Rendering the video failed', `no video stream in ${path}`);
  const packets = (json.packets ?? []) as Array<{ pts_time?: string; flags?: string }>;
  return {
    width: s.width, height: s.height, codec: s.codec_name, extradataHash: s.extradata_hash ?? '', timeBase: s.time_base,
    hasBFrames: Number(s.has_b_frames) > 0,
    pts: packets.map((p) => Number(p.pts_time)),
    keyframe: packets.map((p) => (p.flags ?? '').includes('K')),
  };
}

/**
 * The codec parameters this job's encoder writes at a size, from a one-frame reference encode kept in
 * `cacheDir`: a clip with the same parameters can be stream-copied next to anything the job encodes.
 */
export function referenceHash(cacheDir: string, width: number, height: number, fps: number): Promise<string> {
  const file = join(cacheDir, `reference-${width}x${height}-${fps}.txt`);
  // once per process: the job asks early (prepareRender), the render again
  let p = references.get(file);
  if (!p) {
    p = makeReferenceHash(file, cacheDir, width, height, fps);
    references.set(file, p);
    p.catch(() => references.delete(file));
  }
  return p;
}

const references = new Map<string, Promise<string>>();

async function makeReferenceHash(file: string, cacheDir: string, width: number, height: number, fps: number): Promise<string> {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(cacheDir, { recursive: true });
  const clip = join(cacheDir, `.reference-${process.pid}-${width}x${height}.mp4`);
  await runFfmpeg(['-f', 'lavfi', '-i', `color=black:s=${width}x${height}:r=${fps}:d=${1 / fps}`, ...h264Args(fps), '-f', 'mp4', clip]);
  let hash: string;
  try {
    hash = (await readClipFrames(clip)).extradataHash;
  } finally {
    rmSync(clip, { force: true });
  }
  writeFileSync(`${file}.tmp`, hash);
  renameSync(`${file}.tmp`, file);
  return hash;
}
