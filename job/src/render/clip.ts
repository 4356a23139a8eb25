/**
 * Renders one generated move into its clip: frames drawn in-process, piped as raw RGB into ffmpeg,
 * out as H.264 640×360 30 fps with a keyframe every second and no audio.
 */
import type { Writable } from 'node:stream';
import { FRAME_HEIGHT, FRAME_WIDTH } from '../library/generated/body';
import type { GeneratedMove } from '../library/generated/moves';
import { moveFrames } from '../library/generated/timeline';
import { h264Args, runFfmpeg } from './ffmpeg';
import { drawCouple } from './figure';
import { Raster } from './raster';

export const CLIP_FPS = 30;

function write(stdin: Writable, buf: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stdin.write(buf, (e) => { if (e) reject(e); });
    if (ok) resolve();
    else {
      const onDrain = () => { stdin.off('close', onClose); resolve(); };
      const onClose = () => { stdin.off('drain', onDrain); reject(new Error('ffmpeg closed its input')); };
      stdin.once('drain', onDrain);
      stdin.once('close', onClose);
    }
  });
}

export async function encodeMoveClip(move: GeneratedMove, outPath: string, signal?: AbortSignal): Promise<void> {
  const r = new Raster(FRAME_WIDTH, FRAME_HEIGHT);
  const perCount = (CLIP_FPS * 60) / move.tempo;
  await runFfmpeg(
    ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${FRAME_WIDTH}x${FRAME_HEIGHT}`, '-r', String(CLIP_FPS), '-i', '-',
      ...h264Args(CLIP_FPS), '-movflags', '+faststart', '-f', 'mp4', outPath],
    {
      signal,
      feed: async (stdin) => {
        let prev: number | undefined;
        for (const pose of moveFrames(move, CLIP_FPS)) {
          if (signal?.aborted) throw new Error('aborted');
          const ang = (Math.atan2(pose.follow.facing[0], pose.follow.facing[1]) * 180) / Math.PI;
          let d = prev === undefined ? 0 : ang - prev;
          d = ((d + 540) % 360) - 180;
          prev = ang;
          drawCouple(r, pose, d * perCount);
          await write(stdin, r.snapshot());
        }
      },
    },
  );
}
