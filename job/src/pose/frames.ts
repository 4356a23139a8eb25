/**
 * Single frames of a clip as the pose model wants them: ffmpeg picks frames by number, scales them into
 * the letterbox and pads with YOLO grey, writing raw RGB to a pipe (no temporary files).
 */
import { spawn } from 'node:child_process';
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
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-2000); });
    child.on('error', (e) => reject(new FrameSamplingError(`could not start ffmpeg: ${e.message}`)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new FrameSamplingError(`ffmpeg could not read frames of ${file}: ${err.trim().split('\n')[0] ?? `exit ${code}`}`));
      const all = Buffer.concat(chunks);
      const byNumber = new Map<number, Uint8Array>();
      wanted.forEach((n, i) => {
        if ((i + 1) * frameBytes <= all.length) byNumber.set(n, new Uint8Array(all.buffer, all.byteOffset + i * frameBytes, frameBytes));
      });
      resolve(frameNumbers.map((n) => byNumber.get(Math.max(0, Math.round(n)))));
    });
  });
}
