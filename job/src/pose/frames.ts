/**
 * Single frames of a clip as the pose model wants them: ffmpeg picks frames by number, scales them into
 * the letterbox and pads with YOLO grey, writing raw RGB to a pipe (no temporary files).
 */
import { execFfmpeg } from '@bachata/core';
import { LETTERBOX_GREY, type Letterbox } from './letterbox';

export class FrameSamplingError extends Error {}

/**
 * Letterboxed RGB squares (lb.size² × 3 bytes each) for the given frame numbers, in the order asked.
 * A frame number past the end of the clip yields undefined.
 */
export function sampleLetterboxedFrames(file: string, frameNumbers: readonly number[], lb: Letterbox): Promise<Array<Uint8Array | undefined>> {
  const wanted = [...new Set(frameNumbers.map((n) => Math.max(0, Math.round(n))))].sort((a, b) => a - b);
  const grey = `0x${LETTERBOX_GREY.toString(16).repeat(3)}`;
  const select = wanted.map((n) => `eq(n\\,${n})`).join('+');
  const filter = `select='${select}',scale=${lb.width}:${lb.height}:flags=bilinear,pad=${lb.size}:${lb.size}:${lb.padX}:${lb.padY}:color=${grey}`;
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-i', file, '-an', '-vf', filter, '-vsync', '0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'];
  const frameBytes = lb.size * lb.size * 3;
  return execFfmpeg(args, { captureStdout: true, stderrTail: 2000 }).then((r) => {
    if (r.code !== 0) throw new FrameSamplingError(`ffmpeg could not read frames of ${file}: ${r.stderr.trim().split('\n')[0] || `exit ${r.code ?? r.signal}`}`);
    const all = r.stdout;
    const byNumber = new Map<number, Uint8Array>();
    wanted.forEach((n, i) => {
      if ((i + 1) * frameBytes <= all.length) byNumber.set(n, new Uint8Array(all.buffer, all.byteOffset + i * frameBytes, frameBytes));
    });
    return frameNumbers.map((n) => byNumber.get(Math.max(0, Math.round(n))));
  }, (e: Error) => { throw new FrameSamplingError(e.message); });
}
