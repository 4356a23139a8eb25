/**
 * What the renderer needs to know about a clip before it may cut it with stream copy: its frames
 * (timestamps, keyframes) and whether its H.264 stream is interchangeable with what this job's encoder
 * writes at the output size (same codec parameters, so pieces join without re-encoding).
 */
import { execFfprobe } from '@bachata/core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

async function probeJson(args: string[]): Promise<string> {
  const r = await execFfprobe(args).catch((e: Error) => { throw new RenderError('Reading the media file failed', e.message); });
  if (r.code !== 0) throw new RenderError('Reading the media file failed', `ffprobe ${args.join(' ')}\n${r.stderr}`);
  return r.stdout.toString();
}

const memo = new Map<string, Promise<ClipFrames>>();

/**
 * The frames of a clip's first video stream, remembered per file, size and mtime: in this process, and
 * in `cacheDir` when given (a second video of the same clips reads no packet list again).
 */
export function clipFrames(path: string, cacheDir?: string): Promise<ClipFrames> {
  const st = statSync(path);
  const key = `${path}:${st.size}:${st.mtimeMs}`;
  let p = memo.get(key);
  if (!p) {
    p = cacheDir ? cachedClipFrames(path, key, cacheDir) : readClipFrames(path);
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
  const json = JSON.parse(await probeJson(['-v', 'error', '-select_streams', 'v:0', '-show_data_hash', 'sha256',
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
export async function referenceHash(cacheDir: string, width: number, height: number, fps: number): Promise<string> {
  const file = join(cacheDir, `reference-${width}x${height}-${fps}.txt`);
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
