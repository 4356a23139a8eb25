import type { BeatFeatures } from './beatFeatures';
import { countPositions } from './count';
import { BAND } from './spectrum';
import { localZ } from './stats';

/** Beat features the bar model reads: harmony, loudness, and the mean energy of each band over the beat. */
export type BarFeature = 'chordChange' | 'chordChange8' | 'loudnessDb' | 'bassEnergy' | 'lowMidEnergy' | 'midEnergy' | 'highEnergy' | 'airEnergy';

function barFeature(f: BeatFeatures, name: BarFeature): ArrayLike<number> {
  switch (name) {
    case 'bassEnergy': return f.bandLog[BAND.bass];
    case 'lowMidEnergy': return f.bandLog[BAND.lowMid];
    case 'midEnergy': return f.bandLog[BAND.mid];
    case 'highEnergy': return f.bandLog[BAND.high];
    case 'airEnergy': return f.bandLog[BAND.air];
    default: return f[name];
  }
}

/**
 * What marks the "1" of a bar: per feature, a weight for each bar position (1, 2, 3, 4) on its locally
 * normalised value, in log-odds per beat. Fitted (multinomial logistic regression over the 4 bar
 * phases of 16-beat windows, L2 0.1, then scaled by BAR_SCALE) on the synthetic set, its harder
 * variants and the fluidsynth TUNE songs — never on the REPORT songs or the real clips. The features
 * are the ones whose bar pattern survives cutting a real recording: each onset feature alone (bass,
 * mid, high, air onsets, flux, busyness) moved the 1 of 113–136 of the 149 real clips when 1–3
 * beats were trimmed, each energy or harmony feature alone 48–61 (README.md). Read as music:
 * the chord changes on the 1 (the 4 beats from it least like the 4 before); the bass and the
 * mid/high bands are loudest on the 1 and quietest on the 2; the low-mid band (guitar bodies,
 * chords) carries the 3 as well, the bass also swells into the 4.
 */
export const BAR_CUES: { feature: BarFeature; shape: [number, number, number, number] }[] = [
  { feature: 'chordChange', shape: [0.28, -0.24, -0.09, 0.04] },
  { feature: 'chordChange8', shape: [0.25, -0.16, -0.13, 0.03] },
  { feature: 'loudnessDb', shape: [0.22, -0.26, 0.02, 0.03] },
  { feature: 'bassEnergy', shape: [0.4, -0.69, 0.02, 0.27] },
  { feature: 'lowMidEnergy', shape: [0.22, -0.09, 0.2, -0.32] },
  { feature: 'midEnergy', shape: [0.33, 0.02, -0.09, -0.26] },
  { feature: 'highEnergy', shape: [0.31, -0.14, -0.27, 0.09] },
  { feature: 'airEnergy', shape: [-0.06, 0, 0.1, -0.05] },
];
/** The fitted weights were multiplied by this (1 = the regression's own scale); the confidence divides it back out. */
export const BAR_SCALE = 1.5;

/** No single beat may outvote a bar of consistent evidence: z-scores are clipped to this. */
export const Z_CLIP = 2.5;

export function clippedZ(values: ArrayLike<number>, radius: number): Float64Array {
  const z = localZ(values, radius);
  for (let i = 0; i < z.length; i++) z[i] = z[i] > Z_CLIP ? Z_CLIP : z[i] < -Z_CLIP ? -Z_CLIP : z[i];
  return z;
}

/** What the bar model reads of one cue: its beat feature z-scored over ±16 beats and clipped (the fitter reads the same). */
export function barCueValues(f: BeatFeatures, feature: BarFeature): Float64Array {
  return clippedZ(barFeature(f, feature), 16);
}

/** Per beat, the evidence (log-odds-like score) for it being each position of the bar. */
export function barEvidence(f: BeatFeatures): Float64Array[] {
  const n = f.times.length;
  const evidence: Float64Array[] = Array.from({ length: n }, () => new Float64Array(4));
  for (const cue of BAR_CUES) {
    const z = barCueValues(f, cue.feature);
    for (let i = 0; i < n; i++) for (let s = 0; s < 4; s++) evidence[i][s] += z[i] * cue.shape[s];
  }
  return evidence;
}

/** Bar position (0..3) of every beat from bar evidence alone (no phrase level). */
export function barPositions(f: BeatFeatures): number[] {
  return countPositions(barEvidence(f)).positions.map((p) => p % 4);
}
