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
/**
 * Beats before a bar jump (a 2-beat bridge, a bar dropped, a tracker slip) whose phrase evidence is left
 * out: their parity cues read windows of up to 8 beats ahead (the 8-beat texture novelty, the fills),
 * which straddle two grids there. On s5010 the bridge's first beat alone (a 1 of the old grid that opens
 * no 8-count) outvoted six phrases of evidence before it whenever the file started elsewhere
 * (docs/benchmarks.md).
 */
export const JUMP_SHADOW_BEATS = 8;
/** Beats per window over which the downbeat posterior is judged (the mean over windows is reported). */
const BAR_WINDOW = 16;
/** Beats per window over which the 8-count parity is judged (four 8-counts, the fitted cues' window). */
const PHRASE_WINDOW = 32;

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
  // Pass 1, the bar: where the 1s are. A section change on a beat is evidence for a bar's 1 there
  // (whether it opens an 8-count or is its 5).
  const common = 0.5 * (1 + PEAK_ON_FIVE);
  const barPos = viterbi(n, 4, (i, s) => bar[i][s] + (s === 0 ? common * peaks[i] : 0), (a, b) => barSwitchCost(a, b));
  // Pass 2, the 8-count: given the bars, which 1s open an 8-count. Only the parity is chosen here, so
  // parity evidence cannot move a bar line (the better parity of any bar phase would win a bonus).
  const barJumped = (i: number) => i > 0 && barPos[i] !== ((barPos[i - 1] + 1) & 3);
  const shadowed = new Uint8Array(n);
  for (let j = 1; j < n; j++) if (barJumped(j)) shadowed.fill(1, Math.max(0, j - JUMP_SHADOW_BEATS), j);
  const parity = (i: number) => (shadowed[i] ? 0 : 0.5 * (1 - PEAK_ON_FIVE) * peaks[i] + signed[i]);
  const positions8 = viterbi(n, 8, (i, s) => ((s & 3) !== barPos[i] ? -Infinity : s === 0 ? parity(i) : s === 4 ? -parity(i) : 0), (a, b, i) => {
    if (barJumped(i)) return 0; // the bar pass paid for the jump; either parity may follow it
    return switchCost(a, b);
  });
  return { positions: positions8, ...confidenceOf(bar, peaks, signed, positions8, shadowed) };
}

function barSwitchCost(from: number, to: number): number {
  const d = (((to - from - 1) % 4) + 4) % 4;
  return d === 0 ? 0 : d === 2 ? SWITCH_HALF_BAR : SWITCH_BEAT;
}

/** Best state path of a chain with `k` states: emission(i, s), transition cost(from, to, i); uniform start. */
function viterbi(n: number, k: number, emit: (i: number, s: number) => number, cost: (from: number, to: number, i: number) => number): number[] {
  let score = new Float64Array(k);
  for (let s = 0; s < k; s++) score[s] = emit(0, s);
  const back = new Uint8Array(n * k);
  let next = new Float64Array(k);
  for (let i = 1; i < n; i++) {
    for (let s = 0; s < k; s++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < k; p++) {
        const v = score[p] - cost(p, s, i);
        if (v > best) { best = v; arg = p; }
      }
      next[s] = best + emit(i, s);
      back[i * k + s] = arg;
    }
    const t = score; score = next; next = t;
  }
  let s = 0;
  for (let q = 1; q < k; q++) if (score[q] > score[s]) s = q;
  const out = new Array<number>(n);
  out[n - 1] = s;
  for (let i = n - 1; i > 0; i--) {
    s = back[i * k + s];
    out[i - 1] = s;
  }
  return out;
}

/**
 * Downbeats: in each window of BAR_WINDOW beats, the chosen bar phase against the three others shifted
 * by 1..3 beats (a softmax of the evidence margins); the mean over windows is the expected share of
 * bars that are right. Phrases: the chosen 8-count parity against the flipped one over the whole song
 * (phrase evidence is sparse: a few section changes carry it), times the downbeat confidence, since a
 * wrong "1" makes every 8-count wrong. Beats the parity pass leaves out (before a bar jump) count for neither.
 */
function confidenceOf(bar: Float64Array[], peaks: ArrayLike<number>, signed: ArrayLike<number>, positions: number[], shadowed: Uint8Array): Pick<CountResult, 'confidence' | 'margins'> {
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
  // Phrases: per window of PHRASE_WINDOW beats, the chosen parity against the flipped one.
  const parityWindows: number[] = [];
  let parity = 0;
  for (let a = 0; a < n; a += PHRASE_WINDOW / 2) {
    const b = Math.min(n, a + PHRASE_WINDOW);
    let m = 0;
    for (let i = a; i < b; i++) {
      if (shadowed[i]) continue;
      const d = (1 - PEAK_ON_FIVE) * peaks[i] + 2 * signed[i];
      if (positions[i] === 0) m += d;
      else if (positions[i] === 4) m -= d;
    }
    parity += m;
    parityWindows.push(1 / (1 + exp(-m / PHRASE_TEMPERATURE)));
    if (b === n) break;
  }
  const phraseSure = parityWindows.reduce((x, y) => x + y, 0) / Math.max(1, parityWindows.length);
  return { confidence: { downbeats: round2(downbeats), phrases: round2(downbeats * phraseSure) }, margins: { bar: minMargin, phrase: parity } };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
