import type { BeatFeatures } from './beatFeatures';
import { localZ } from './stats';

/**
 * What marks each position of a bachata bar (index 0 = the "1", 3 = the "4"), as weights on locally
 * normalised beat features:
 *  - the bass plays its root on 1 and the fifth on 3; 2 and 4 get at most a push note;
 *  - the chords change on the 1 (two beats of harmony after vs before differ most there, least on 3);
 *  - the bongo slap and the güira accent fall on 4 (the tap dancers mark).
 */
const TEMPLATES: { feature: keyof Pick<BeatFeatures, 'bassOnset' | 'chordChange' | 'midOnset' | 'airOnset' | 'highOnset'>; weight: number; shape: [number, number, number, number] }[] = [
  { feature: 'bassOnset', weight: 1.0, shape: [1, -1, 0.4, -0.3] },
  { feature: 'chordChange', weight: 1.0, shape: [1, 0, -1, 0] },
  { feature: 'midOnset', weight: 0.4, shape: [-0.3, -0.3, -0.3, 0.9] },
  { feature: 'highOnset', weight: 0.3, shape: [-0.3, -0.3, -0.3, 0.9] },
];

/** Cost of a bar not having four beats (a tracker slip, or a 2-beat bar in the arrangement). */
const BAR_BREAK_PENALTY = 8;

/** Bar position (0..3) of every beat, by Viterbi over "each beat advances the count by one". */
export function barPositions(f: BeatFeatures): number[] {
  const n = f.times.length;
  if (n === 0) return [];
  const emission: Float64Array[] = Array.from({ length: n }, () => new Float64Array(4));
  for (const t of TEMPLATES) {
    const z = localZ(f[t.feature], 16);
    for (let i = 0; i < n; i++) for (let s = 0; s < 4; s++) emission[i][s] += t.weight * z[i] * t.shape[s];
  }
  const score = new Float64Array(4);
  const back: Uint8Array[] = [];
  for (let s = 0; s < 4; s++) score[s] = emission[0][s];
  for (let i = 1; i < n; i++) {
    const next = new Float64Array(4);
    const from = new Uint8Array(4);
    for (let s = 0; s < 4; s++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < 4; p++) {
        const v = score[p] - ((p + 1) % 4 === s ? 0 : BAR_BREAK_PENALTY);
        if (v > best) { best = v; arg = p; }
      }
      next[s] = best + emission[i][s];
      from[s] = arg;
    }
    back.push(from);
    score.set(next);
  }
  let s = 0;
  for (let k = 1; k < 4; k++) if (score[k] > score[s]) s = k;
  const pos = new Array<number>(n);
  pos[n - 1] = s;
  for (let i = n - 1; i > 0; i--) {
    s = back[i - 1][s];
    pos[i - 1] = s;
  }
  return pos;
}
