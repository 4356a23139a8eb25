import { BAND, BAND_COUNT, FrameFeatures, frameAt } from './spectrum';
// Module-level aliases: under jest's vm sandbox every `Math.` lookup goes through the global proxy
// and hot DSP loops run >10x slower.
const { log10, max, min, sqrt } = Math;


/** What each beat sounds like: onsets right at the beat, and the averages over the beat's span. */
export interface BeatFeatures {
  times: number[];
  /** strongest band onset within ±35 ms of the beat (bass = bass guitar's notes, mid = bongo slap, air = güira) */
  bassOnset: Float64Array;
  midOnset: Float64Array;
  highOnset: Float64Array;
  airOnset: Float64Array;
  /** flux peak at the beat above the local flux level (how clearly something starts on this beat) */
  onset: Float64Array;
  /** harmonic change at bar level: chroma of the four beats from here vs the four beats before (NaN within 4 beats of either end) */
  chordChange: Float64Array;
  /** harmonic change at 2-bar level: chroma of the eight beats from here vs the eight before (NaN near the ends) */
  chordChange8: Float64Array;
  /** 12-bin chroma per beat, beat-major (n × 12), summed over the beat's frames */
  chroma: Float64Array;
  /** dB of the mean power over the beat */
  loudnessDb: Float64Array;
  /** mean spectral flux over the beat (how busy it is) */
  busyness: Float64Array;
  /** mean güira-band (air) onset over the whole beat: sixteenth-note scraping vs eighths vs none */
  airActivity: Float64Array;
  /** mean log band energies over the beat */
  bandLog: Float64Array[];
}

export function beatSpans(times: number[], end: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < times.length; i++) {
    const next = i + 1 < times.length ? times[i + 1] : min(end, times[i] + (i > 0 ? times[i] - times[i - 1] : 0.5));
    spans.push([times[i], max(next, times[i] + 1e-3)]);
  }
  return spans;
}

export function computeBeatFeatures(ff: FrameFeatures, times: number[], duration: number): BeatFeatures {
  const n = times.length;
  const spans = beatSpans(times, duration);
  const frameRange = (a: number, b: number): [number, number] => {
    const fa = max(0, min(ff.frameCount - 1, frameAt(ff, a)));
    const fb = max(fa + 1, min(ff.frameCount, frameAt(ff, b)));
    return [fa, fb];
  };
  const peakNear = (series: Float32Array, t: number): number => {
    const [a, b] = frameRange(t - 0.035, t + 0.035 + ff.hopSeconds);
    let m = 0;
    for (let k = a; k < b; k++) if (series[k] > m) m = series[k];
    return m;
  };
  const bassOnset = new Float64Array(n);
  const midOnset = new Float64Array(n);
  const highOnset = new Float64Array(n);
  const airOnset = new Float64Array(n);
  const onset = new Float64Array(n);
  const loudnessDb = new Float64Array(n);
  const busyness = new Float64Array(n);
  const airActivity = new Float64Array(n);
  const bandLog = Array.from({ length: BAND_COUNT }, () => new Float64Array(n));
  const chromaPerBeat: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const t = times[i];
    bassOnset[i] = peakNear(ff.bandOnset[BAND.bass], t);
    midOnset[i] = peakNear(ff.bandOnset[BAND.mid], t);
    highOnset[i] = peakNear(ff.bandOnset[BAND.high], t);
    airOnset[i] = peakNear(ff.bandOnset[BAND.air], t);
    const [a, b] = frameRange(spans[i][0], spans[i][1]);
    let p = 0;
    let fl = 0;
    const chroma = new Float64Array(12);
    for (let k = a; k < b; k++) {
      p += ff.power[k];
      fl += ff.flux[k];
      airActivity[i] += ff.bandOnset[BAND.air][k] + ff.bandOnset[BAND.high][k];
      for (let c = 0; c < 12; c++) chroma[c] += ff.chroma[k * 12 + c];
      for (let band = 0; band < BAND_COUNT; band++) bandLog[band][i] += ff.bandLog[band][k];
    }
    const count = b - a;
    loudnessDb[i] = 10 * log10(p / count + 1e-12);
    busyness[i] = fl / count;
    airActivity[i] /= count;
    for (let band = 0; band < BAND_COUNT; band++) bandLog[band][i] /= count;
    chromaPerBeat.push(chroma);
    // Flux at the beat against the flux level around it (±1 s), so steady noise doesn't count as onsets.
    const [la, lb] = frameRange(t - 1, t + 1);
    const around = Array.from(ff.flux.subarray(la, lb)).sort((x, y) => x - y);
    const level = around[around.length >> 1] ?? 0;
    onset[i] = max(0, peakNear(ff.flux, t) - level);
  }
  // Whole-bar windows: the bass walks root → fifth → approach note inside a bar, which two-beat windows
  // would mistake for chord changes; four beats either side average that out and peak on the "1".
  // Where a window would reach past the music the change is unknown (NaN), not zero: a zero would read
  // as "no chord change here" and make the first beats of a file look like anything but a 1.
  const chordChange = chromaChange(chromaPerBeat, 4);
  const chordChange8 = chromaChange(chromaPerBeat, 8);
  const chroma = new Float64Array(n * 12);
  chromaPerBeat.forEach((c, i) => chroma.set(c, i * 12));
  return { times, bassOnset, midOnset, highOnset, airOnset, onset, chordChange, chordChange8, chroma, loudnessDb, busyness, airActivity, bandLog };
}

/** 1 − cosine between the chroma of the `w` beats from each beat and the `w` before it; NaN where a window leaves the music. */
function chromaChange(chromaPerBeat: Float64Array[], w: number): Float64Array {
  const n = chromaPerBeat.length;
  const out = new Float64Array(n).fill(NaN);
  for (let i = w; i + w <= n; i++) {
    const before = new Float64Array(12);
    const after = new Float64Array(12);
    for (let k = 1; k <= w; k++) {
      addInto(before, chromaPerBeat[i - k]);
      addInto(after, chromaPerBeat[i + k - 1]);
    }
    out[i] = 1 - cosine(before, after);
  }
  return out;
}

function addInto(acc: Float64Array, v: Float64Array): void {
  for (let i = 0; i < acc.length; i++) acc[i] += v[i];
}

function cosine(a: Float64Array, b: Float64Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) { ab += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
  return aa > 0 && bb > 0 ? ab / sqrt(aa * bb) : 1;
}
