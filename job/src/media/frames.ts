/**
 * A clip's packets as the renderer needs them (frame times, keyframes, codec parameters) read with
 * ffprobe, and the sidecar file the importer writes beside each rendition so a video job reads them
 * instead of probing. Here in media/ because both the importer (library/) and the renderer use it.
 */
import { execFfprobe } from '@bachata/core';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { RenderError } from './ffmpeg';

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

export function readSidecar(path: string, bytes: number): ClipFrames | undefined {
  try {
    const s = JSON.parse(readFileSync(`${path}${FRAMES_SIDECAR}`, 'utf8')) as Sidecar;
    if (s.version !== SIDECAR_VERSION || s.bytes !== bytes || s.sha256Head !== headHash(path)) return undefined;
    return s.frames;
  } catch {
    return undefined;
  }
}

export async function readClipFrames(path: string): Promise<ClipFrames> {
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
