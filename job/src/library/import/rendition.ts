/**
 * The one normalised rendition an imported clip gets: the size, frame rate and encoder settings of
 * everything the renderer writes (h264Args), a keyframe every second, no audio, moov atom first. The
 * renderer can then cut any second of it and join pieces with stream copy instead of re-encoding.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ffprobe, h264Args, runFfmpeg } from '../../render/ffmpeg';

export const RENDITION = { width: 640, height: 360, fps: 30 } as const;
/** Bumped when the rendition's settings change, so every clip is encoded again. */
export const RENDITION_VERSION = 'v1-640x360-30fps-h264-g30';

export function importedClipKey(clipId: string): string {
  return `library/imported/${clipId}.mp4`;
}

/** ffmpeg arguments: fit inside 640×360 keeping the shape, pad the rest black, constant 30 fps. */
export function renditionArgs(source: string, target: string): string[] {
  const { width: w, height: h, fps } = RENDITION;
  const vf = [
    `scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic`,
    `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black`,
    'setsar=1',
    `fps=${fps}`,
  ].join(',');
  return ['-i', source, '-map', '0:v:0', '-vf', vf, ...h264Args(fps), '-movflags', '+faststart', target];
}

export async function makeRendition(source: string, target: string, signal?: AbortSignal): Promise<void> {
  await runFfmpeg(renditionArgs(source, target), { signal });
}

export interface SourceProbe {
  width: number;
  height: number;
  duration: number;
  hasAudio: boolean;
}

/** What an imported clip is; a file ffprobe cannot read, or without video, is an error. */
export async function probeSource(file: string): Promise<SourceProbe> {
  let p;
  try {
    p = await ffprobe(file);
  } catch (err) {
    const detail = (err as { detail?: string }).detail ?? '';
    const why = detail.split('\n').slice(1).find((l) => l.trim()) ?? (err as Error).message;
    throw new Error(`ffprobe cannot read it: ${why.trim()}`);
  }
  const video = p.streams.find((s) => s.codec_type === 'video');
  if (!video?.width || !video.height) throw new Error('no video stream');
  return { width: video.width, height: video.height, duration: Number(p.format.duration), hasAudio: p.streams.some((s) => s.codec_type === 'audio') };
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file).on('data', (d) => h.update(d)).on('error', reject).on('end', () => resolve(h.digest('hex')));
  });
}
