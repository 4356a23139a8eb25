import type { BeatFeatures } from './beatFeatures';
import { countPositions } from './count';
import { localZ } from './stats';

type BarFeature = keyof Pick<BeatFeatures, 'bassOnset' | 'chordChange' | 'onset' | 'loudnessDb' | 'midOnset' | 'highOnset'>;

/**
 * What marks the "1" of a bar (index 0 = the "1", 3 = the "4"), as weights on locally normalised beat
 * features. General musical evidence carries the weight; the one bachata-specific cue is weak:
 *  - harmony changes on the 1: the four beats from the 1 sound most unlike the four before it, and the
 *    change is smallest half a bar later (any song whose chords last a bar or longer);
 *  - the 1 is the metrically strongest beat: the loudest of its bar;
 *  - the bass starts notes on the strong beats 1 and 3 rather than on 2 (it does not say which of the two
 *    is the 1: a bass tied over the barline plays its note before the 1);
 *  - weaker and bounded: bachata's bongo and güira accent on the 4 (together 0.4 of the harmony's weight).
 */
export const BAR_CUES: { feature: BarFeature; weight: number; shape: [number, number, number, number] }[] = [
  { feature: 'chordChange', weight: 1.0, shape: [1, 0, -1, 0] },
  { feature: 'loudnessDb', weight: 0.6, shape: [1, -0.4, -0.2, -0.4] },
  { feature: 'bassOnset', weight: 0.5, shape: [0.5, -1, 0.5, 0] },
  { feature: 'midOnset', weight: 0.25, shape: [-0.3, -0.3, -0.3, 0.9] },
  { feature: 'highOnset', weight: 0.15, shape: [-0.3, -0.3, -0.3, 0.9] },
];

/** No single beat may outvote a bar of consistent evidence: z-scores are clipped to this. */
export const Z_CLIP = 2.5;

export function clippedZ(values: ArrayLike<number>, radius: number): Float64Array {
  const z = localZ(values, radius);
  for (let i = 0; i < z.length; i++) z[i] = z[i] > Z_CLIP ? Z_CLIP : z[i] < -Z_CLIP ? -Z_CLIP : z[i];
  return z;
}

/** Per beat, the evidence (log-odds-like score) for it being each position of the bar. */
export function barEvidence(f: BeatFeatures): Float64Array[] {
  const n = f.times.length;
  const evidence: Float64Array[] = Array.from({ length: n }, () => new Float64Array(4));
  for (const cue of BAR_CUES) {
    const z = clippedZ(f[cue.feature], 16);
    for (let i = 0; i < n; i++) for (let s = 0; s < 4; s++) evidence[i][s] += cue.weight * z[i] * cue.shape[s];
  }
  return evidence;
}

/** Bar position (0..3) of every beat from bar evidence alone (no phrase level). */
export function barPositions(f: BeatFeatures): number[] {
  return countPositions(barEvidence(f)).positions.map((p) => p % 4);
}
