/**
 * What the renderer needs to know about a clip before it may cut it with stream copy: its frames
 * (timestamps, keyframes) and whether its H.264 stream is interchangeable with what this job's encoder
 * writes at the output size (same codec parameters, so pieces join without re-encoding).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { h264Args, runFfmpeg } from '../media/ffmpeg';
import { readClipFrames, readSidecar, type ClipFrames } from '../media/frames';

export { framesSidecar, FRAMES_SIDECAR, type ClipFrames } from '../media/frames';

/** Every piece and rendition shares this track time base: 1/30 s is exactly 512 ticks. */
export const TIME_BASE = 15360;

const memo = new Map<string, Promise<ClipFrames>>();

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
