/**
 * The count of every beat (0..7 inside an 8-count: 0 = the "1" that opens it, 4 = the "5"), by Viterbi
 * over "each beat advances the count by one". The grid may re-phase where the music does (a 2-beat bar,
 * a one-bar bridge, a tracker slip) at a bounded cost, so evidence after a bridge wins within a phrase or
 * two instead of the old grid holding for the rest of the song. The start is uniform: nothing favours
 * the count the file happens to begin on.
 */
const { exp, max } = Math;

/** Cost of the count jumping by half a bar (a 2-beat bar in the arrangement). */
export const SWITCH_HALF_BAR = 8;
/** Cost of the 8-count re-phasing by a bar (a one-bar bridge, a bar dropped). */
export const SWITCH_BAR = 5;
/** Cost of the count jumping by an odd number of beats (the beat tracker slipped). */
export const SWITCH_BEAT = 8;

/**
 * Temperatures turning evidence margins into probabilities. The bar evidence is fitted log-odds over
 * 16-beat windows times `BAR_SCALE` (downbeats.ts), so dividing by that scale gives the fitted model's
 * own probability; the phrase temperature was set by hand (README.md).
 */
export const BAR_TEMPERATURE = 1.5;
export const PHRASE_TEMPERATURE = 2;
/**
 * A section or texture change on a beat is evidence for an 8-count's 1 there, and weaker evidence for
 * a bar's 1 (the 5 of an 8-count) over the beats between.
 */
export const PEAK_ON_FIVE = 0.3;
/** Beats per window over which the downbeat posterior is judged (the mean over windows is reported). */
const BAR_WINDOW = 16;

export interface CountResult {
  /** 0..7 per beat */
  positions: number[];
  confidence: { downbeats: number; phrases: number };
  /** evidence margins behind the confidence, for calibration */
  margins: { bar: number; phrase: number };
}

function switchCost(from: number, to: number): number {
  const d = (((to - from - 1) % 8) + 8) % 8;
  if (d === 0) return 0;
  if (d === 4) return SWITCH_BAR;
  if (d % 2 === 0) return SWITCH_HALF_BAR;
  return SWITCH_BEAT;
}

export interface PhraseCues {
  /** non-negative: something new starts on this beat */
  peaks: ArrayLike<number>;
  /** signed: + if this beat is an 8-count's 1, − if it is its 5 */
  signed: ArrayLike<number>;
}

/**
 * bar[i][p]: evidence that beat i is position p (0..3) of its bar; phrase: evidence that beat i opens
 * an 8-count rather than being its "5".
 */
export function countPositions(bar: Float64Array[], phrase?: PhraseCues): CountResult {
  const n = bar.length;
  if (n === 0) return { positions: [], confidence: { downbeats: 0, phrases: 0 }, margins: { bar: 0, phrase: 0 } };
  const zero = new Float64Array(n);
  const peaks = phrase?.peaks ?? zero;
  const signed = phrase?.signed ?? zero;
  const emit = (i: number, s: number) => bar[i][s & 3] + (s === 0 ? peaks[i] + signed[i] : s === 4 ? PEAK_ON_FIVE * peaks[i] - signed[i] : 0);
  const cost = Array.from({ length: 8 }, (_, a) => Float64Array.from({ length: 8 }, (_, b) => switchCost(a, b)));
  let score = new Float64Array(8);
  for (let s = 0; s < 8; s++) score[s] = emit(0, s);
  const back = new Uint8Array(n * 8);
  let next = new Float64Array(8);
  for (let i = 1; i < n; i++) {
    for (let s = 0; s < 8; s++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < 8; p++) {
        const v = score[p] - cost[p][s];
        if (v > best) { best = v; arg = p; }
      }
      next[s] = best + emit(i, s);
      back[i * 8 + s] = arg;
    }
    const t = score; score = next; next = t;
  }
  let s = 0;
  for (let k = 1; k < 8; k++) if (score[k] > score[s]) s = k;
  const positions = new Array<number>(n);
  positions[n - 1] = s;
  for (let i = n - 1; i > 0; i--) {
    s = back[i * 8 + s];
    positions[i - 1] = s;
  }
  return { positions, ...confidenceOf(bar, peaks, signed, positions) };
}

/**
 * Downbeats: in each window of BAR_WINDOW beats, the chosen bar phase against the three others shifted
 * by 1..3 beats (a softmax of the evidence margins); the mean over windows is the expected share of
 * bars that are right. Phrases: the chosen 8-count parity against the flipped one over the whole song
 * (phrase evidence is sparse: a few section changes carry it), times the downbeat confidence, since a
 * wrong "1" makes every 8-count wrong.
 */
function confidenceOf(bar: Float64Array[], peaks: ArrayLike<number>, signed: ArrayLike<number>, positions: number[]): Pick<CountResult, 'confidence' | 'margins'> {
  const n = positions.length;
  const windows: number[] = [];
  let minMargin = Infinity;
  for (let a = 0; a < n; a += BAR_WINDOW / 2) {
    const b = Math.min(n, a + BAR_WINDOW);
    if (b - a < 4 && windows.length > 0) break;
    const sums = [0, 0, 0, 0];
    for (let i = a; i < b; i++) for (let d = 0; d < 4; d++) sums[d] += bar[i][(positions[i] + d) & 3];
    let z = 0;
    for (let d = 0; d < 4; d++) z += exp((sums[d] - sums[0]) / BAR_TEMPERATURE);
    windows.push(1 / z);
    minMargin = Math.min(minMargin, sums[0] - max(sums[1], sums[2], sums[3]));
    if (b === n) break;
  }
  const downbeats = windows.reduce((x, y) => x + y, 0) / windows.length;
  let parity = 0;
  for (let i = 0; i < n; i++) {
    const d = (1 - PEAK_ON_FIVE) * peaks[i] + 2 * signed[i];
    if (positions[i] === 0) parity += d;
    else if (positions[i] === 4) parity -= d;
  }
  const phraseSure = 1 / (1 + exp(-parity / PHRASE_TEMPERATURE));
  return { confidence: { downbeats: round2(downbeats), phrases: round2(downbeats * phraseSure) }, margins: { bar: minMargin, phrase: parity } };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
