/**
 * Renders one generated move into its clip: frames drawn in-process, piped as raw RGB into ffmpeg,
 * out as H.264 30 fps with a keyframe every second and no audio — at the move's reference tempo for
 * the library, or at a song's own tempo (and the output size) for a video.
 */
import type { Writable } from 'node:stream';
import { FRAME_HEIGHT, FRAME_WIDTH } from './body';
import type { GeneratedMove } from './moves';
import { moveFrames } from './timeline';
import { h264Args, runFfmpeg } from '../../media/ffmpeg';
import { drawCouple } from './figure';
import { Raster } from './raster';

export const CLIP_FPS = 30;

/**
 * Faster x264 motion search for drawn figures (flat colours, smooth motion): diamond search, full-pel
 * only, no sub-partitions, short lookahead. Encoder decisions only: the SPS/PPS (extradata) stay those
 * of h264Args, so drawn pieces still join real renditions by stream copy (checked by the tests). At
 * 1280×720: ~40 % less x264 CPU for ~8 % more bytes at the same CRF (measured in docs/benchmarks.md).
 */
export const DRAWN_X264 = ['-x264-params', 'me=dia:subme=0:partitions=none:rc-lookahead=5'];

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

export interface EncodeClipOptions {
  /** draw the move at this tempo (BPM) instead of its reference tempo */
  tempo?: number;
  /** output size (default the drawing size, 640×360); larger sizes are scaled by ffmpeg */
  width?: number;
  height?: number;
}

export async function encodeMoveClip(base: GeneratedMove, outPath: string, signal?: AbortSignal, opts: EncodeClipOptions = {}): Promise<void> {
  const move = opts.tempo ? { ...base, tempo: opts.tempo } : base;
  const r = new Raster(FRAME_WIDTH, FRAME_HEIGHT);
  const perCount = (CLIP_FPS * 60) / move.tempo;
  const w = opts.width ?? FRAME_WIDTH, h = opts.height ?? FRAME_HEIGHT;
  // square pixels said in the stream, as in every rendition: the same codec parameters join with stream copy
  const vf = w !== FRAME_WIDTH || h !== FRAME_HEIGHT ? `scale=${w}:${h}:flags=lanczos,setsar=1` : 'setsar=1';
  await runFfmpeg(
    ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${FRAME_WIDTH}x${FRAME_HEIGHT}`, '-r', String(CLIP_FPS), '-i', '-',
      '-vf', vf, ...h264Args(CLIP_FPS), ...DRAWN_X264, '-movflags', '+faststart', '-f', 'mp4', outPath],
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
