import { FrameFeatures } from './spectrum';

export class NoSteadyBeatError extends Error {
  constructor(message = 'No steady beat found in this audio.') {
    super(message);
    this.name = 'NoSteadyBeatError';
  }
}

/**
 * How strongly the onset envelope repeats at the beat period (autocorrelation at that lag over lag 0,
 * 0..1). Music with a pulse scores well above 0.1; noise, drones and speech score near 0.
 */
export function pulseClarity(ff: FrameFeatures, beatPeriod: number, start = 0, end = Infinity): number {
  const a = Math.max(0, Math.floor((start - ff.offset) / ff.hopSeconds));
  const b = Math.min(ff.frameCount, Math.ceil((end - ff.offset) / ff.hopSeconds));
  const n = b - a;
  if (n < 32 || !(beatPeriod > 0)) return 0;
  const x = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) { x[i] = ff.flux[a + i]; m += x[i]; }
  m /= n;
  for (let i = 0; i < n; i++) x[i] -= m;
  let r0 = 0;
  for (let i = 0; i < n; i++) r0 += x[i] * x[i];
  if (r0 <= 1e-12) return 0;
  const lag = beatPeriod / ff.hopSeconds;
  let best = 0;
  // The envelope is frame-quantised: search the integer lags around the beat period and twice it.
  for (const mult of [1, 2]) {
    const centre = lag * mult;
    for (let L = Math.floor(centre) - 1; L <= Math.ceil(centre) + 1; L++) {
      if (L <= 0 || L >= n) continue;
      let r = 0;
      for (let i = 0; i + L < n; i++) r += x[i] * x[i + L];
      best = Math.max(best, (r / r0) * (n / (n - L)));
    }
  }
  return Math.max(0, Math.min(1, best));
}
