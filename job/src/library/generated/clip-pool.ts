/**
 * Runs clip encodes on worker threads when the code can be loaded there (compiled JS, or under tsx),
 * and in this thread otherwise (e.g. inside jest, whose TypeScript transform a worker does not have).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generatedMove } from './moves';
import { encodeMoveClip, type EncodeClipOptions } from './clip';
import { RenderAbortedError, RenderError } from '../../media/ffmpeg';

export interface ClipEncoder {
  encode(moveId: string, outPath: string, signal?: AbortSignal, opts?: EncodeClipOptions): Promise<void>;
  close(): Promise<void>;
}

type WorkerSource = { file: string; eval: boolean };

function workerSource(): WorkerSource | undefined {
  const js = join(__dirname, 'clip-worker.js');
  if (existsSync(js)) return { file: js, eval: false };
  // under tsx the worker loads the TypeScript source through tsx's require hook
  const ts = join(__dirname, 'clip-worker.ts');
  if (!process.execArgv.some((a) => a.includes('tsx')) || !existsSync(ts)) return undefined;
  return { file: `require('tsx/cjs'); require(${JSON.stringify(ts)});`, eval: true };
}

class InThread implements ClipEncoder {
  async encode(moveId: string, outPath: string, signal?: AbortSignal, opts?: EncodeClipOptions) {
    const move = generatedMove(moveId);
    if (!move) throw new RenderError('Rendering the video failed', `unknown move ${moveId}`);
    await encodeMoveClip(move, outPath, signal, opts);
  }
  async close() { /* nothing held */ }
}

class InWorker implements ClipEncoder {
  private worker: Worker;
  constructor(src: WorkerSource) {
    this.worker = new Worker(src.file, { eval: src.eval });
  }
  encode(moveId: string, outPath: string, signal?: AbortSignal, opts?: EncodeClipOptions): Promise<void> {
    if (signal?.aborted) return Promise.reject(new RenderAbortedError());
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        // terminating the thread closes ffmpeg's stdin; ffmpeg then exits on the truncated input
        this.worker.terminate().finally(() => reject(new RenderAbortedError()));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = (fn: () => void) => { signal?.removeEventListener('abort', onAbort); this.worker.off('message', onMsg); this.worker.off('error', onErr); fn(); };
      const onMsg = (m: { ok: boolean; message?: string; detail?: string }) =>
        done(() => (m.ok ? resolve() : reject(new RenderError(m.message ?? 'Rendering the video failed', m.detail ?? ''))));
      const onErr = (e: Error) => done(() => reject(new RenderError('Rendering the video failed', String(e.stack ?? e))));
      this.worker.on('message', onMsg);
      this.worker.once('error', onErr);
      this.worker.postMessage({ moveId, outPath, opts });
    });
  }
  async close() { await this.worker.terminate(); }
}

export function clipEncoder(): ClipEncoder {
  const src = workerSource();
  return src ? new InWorker(src) : new InThread();
}
