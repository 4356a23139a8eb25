/**
 * Worker thread for the library build: draws and encodes one move per message, so two clips are drawn
 * on two cores at once (drawing, not x264, is the slow part of a generated clip).
 */
import { parentPort } from 'node:worker_threads';
import { generatedMove } from './moves';
import { encodeMoveClip, type EncodeClipOptions } from './clip';
import { RenderError } from '../../media/ffmpeg';

parentPort?.on('message', async (msg: { moveId: string; outPath: string; opts?: EncodeClipOptions }) => {
  try {
    const move = generatedMove(msg.moveId);
    if (!move) throw new RenderError('Rendering the video failed', `unknown move ${msg.moveId}`);
    await encodeMoveClip(move, msg.outPath, undefined, msg.opts);
    parentPort!.postMessage({ ok: true });
  } catch (e) {
    const err = e as RenderError;
    parentPort!.postMessage({ ok: false, message: err.message, detail: err.detail ?? String(err.stack ?? e) });
  }
});
