import { FrameFeatures } from './spectrum';

export class NoSteadyBeatError extends Error {
  constructor(message = 'No steady beat found in this audio.') {
    super(message);
    this.name = 'NoSteadyBeatError';
  }
}

/** The onset envelope is clipped at this quantile of its window before the autocorrelation. */
export const CLIP_QUANTILE = 0.99;
/**
 * Below this the spectrum never changes much from one frame to the next (the 95th percentile, over the
 * frames that hold any sound, of each frame's flux over its own log magnitude): a sustained tone or
 * chord, whose tiny frame-to-frame jitter can still repeat at some lag. Steady tones of 110–1000 Hz
 * score 0.011–0.025 and a five-note chord 0.042; the generator's songs 0.68–0.77, the 149 real clips
 * 0.134 and up (also at −30 and −60 dB), a click track in digital silence 1 (docs/benchmarks.md).
 */
export const MIN_ONSET_STRENGTH = 0.07;

/** How strong the spectrum's changes are against what it holds, frames a..b (p95 of flux / log magnitude, silent frames left out). */
export function onsetStrength(ff: FrameFeatures, a = 0, b = ff.frameCount): number {
  const ratios: number[] = [];
  for (let k = a; k < b; k++) if (ff.logMagnitude[k] > 0) ratios.push(ff.flux[k] / ff.logMagnitude[k]);
  if (ratios.length === 0) return 0;
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor((ratios.length - 1) * 0.95)];
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
  if (onsetStrength(ff, a, b) < MIN_ONSET_STRENGTH) return 0;
  const x = Float64Array.from(ff.flux.subarray(a, b));
  // One transient must not set the scale: a file cut into the music starts on a frame whose flux is
  // the whole spectrum at once (10× the median), which inflates lag 0 and hides the pulse.
  const ceiling = Float64Array.from(x).sort()[Math.floor((n - 1) * CLIP_QUANTILE)];
  let m = 0;
  for (let i = 0; i < n; i++) { if (x[i] > ceiling) x[i] = ceiling; m += x[i]; }
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

/** Beats per window of the local pulse clarity. */
const LOCAL_BEATS = 8;
/** A leading window this unclear, absolutely and against the song's own median, is free time. */
const FREE_TIME_CLARITY = 0.25;
const FREE_TIME_SHARE = 0.35;

/**
 * How many leading beats lie in free time: a rubato guitar intro (or noise) before the groove, through
 * which the beat tracker extrapolates its grid. A beat counts as free time while the onset envelope of
 * the 8 beats from it holds no pulse at the beat period, both absolutely (clarity < 0.25) and against
 * the rest of the song (< 0.35 × its median 8-beat clarity), so a real mix whose clarity is low
 * throughout (dense percussion, 0.1–0.3) loses nothing. No 8-count starts there.
 */
export function freeTimeBeats(ff: FrameFeatures, beats: readonly number[], beatPeriod: number): number {
  if (beats.length < 4 * LOCAL_BEATS) return 0;
  const local = (i: number) => pulseClarity(ff, beatPeriod, beats[i], beats[i + LOCAL_BEATS]);
  const windows: number[] = [];
  for (let i = 0; i + LOCAL_BEATS < beats.length; i += LOCAL_BEATS / 2) windows.push(local(i));
  const sorted = [...windows].sort((a, b) => a - b);
  const bar = Math.min(FREE_TIME_CLARITY, FREE_TIME_SHARE * sorted[Math.floor(sorted.length / 2)]);
  let i = 0;
  while (i + LOCAL_BEATS < beats.length && local(i) < bar) i++;
  return i + LOCAL_BEATS < beats.length ? i : 0;
}
