/**
 * The beat grid's half-beat phase. essentia's tracker follows the complex-domain onset function, which
 * every instrument feeds; where off-beat guitar strums, a syncopated requinto or a güira's "and"s are
 * louder onsets than the beat itself, it can settle on the off-beats for the whole song (its beats then
 * land half a beat late and every count is wrong by "and"). On 96 fresh fluidsynth songs (seeds
 * 2000–2095, the tuning pool; README.md) it did so on 10.
 *
 * A second grid comes from the same tracker on an onset function with the bass band's onsets added
 * (`BASS_IN_ODF`): bass notes (and a kick) sit on the beat far more often than on the "and". That grid is
 * right on most of the songs where the first is on the off-beats, and wrong on some where the first is
 * right (a bass that plays the "and of 4" strongest, a tied bass). So where the two grids disagree, the
 * one the rest of the analysis explains better is kept: the bar model's downbeat confidence (the fitted
 * cues' own probability that the chosen bar phase is right, count.ts) on each grid, plus a small share of
 * how much more bass onset each grid puts on its beats than between them (`BASS_TIE`).
 */
import { BAND, type FrameFeatures } from './spectrum';
import { eventFMeasure } from './evaluation';

/** Weight of the bass band's onsets (each series divided by its mean) added to the onset function. */
export const BASS_IN_ODF = 0.5;
/** Weight of the bass on/off-beat log ratio difference beside the downbeat confidence difference. */
export const BASS_TIE = 0.14;
/**
 * Fewer beats than this (16 bars, about 25–40 s) and the choice is not made: the first grid stays. On
 * the 6–17 s real clips (at most ~45 beats) both trackers' grids and the downbeat confidences moved
 * with a trim of 1–3 beats, and choosing between them made 43 of 149 clips move their 1 when trimmed
 * instead of 32 (README.md). A dancer's song is minutes long.
 */
export const PHASE_CHECK_MIN_BEATS = 64;
/** Two grids with beat F at or above this (±70 ms) are the same grid. */
const SAME_GRID = 0.9;

/** The complex-domain onset function with the bass band's onsets added (both over their means). */
export function bassWeightedOdf(ff: FrameFeatures): Float32Array {
  const odf = ff.complexOdf;
  const bass = ff.bandOnset[BAND.bass];
  let so = 0;
  let sb = 0;
  for (let k = 0; k < odf.length; k++) so += odf[k];
  for (let k = 0; k < bass.length; k++) sb += bass[k];
  const mo = so / Math.max(1, odf.length) || 1;
  const mb = sb / Math.max(1, bass.length) || 1;
  const out = new Float32Array(odf.length);
  // The two series share their frames (spectrum.ts): frame k of the bands is frame k of the ODF.
  for (let k = 0; k < odf.length; k++) out[k] = odf[k] / mo + (k < bass.length ? (BASS_IN_ODF * bass[k]) / mb : 0);
  return out;
}

/** log(Σ onset peak at the beats / Σ onset peak half-way between them): > 0 when the series hits on the beats. */
export function onBeatLogRatio(ff: FrameFeatures, series: Float32Array, beats: number[]): number {
  const peak = (t: number) => {
    const k = Math.round((t - ff.offset) / ff.hopSeconds);
    let m = 0;
    for (let q = k - 1; q <= k + 1; q++) if (q >= 0 && q < series.length && series[q] > m) m = series[q];
    return m;
  };
  let on = 0;
  let off = 0;
  for (let i = 0; i + 1 < beats.length; i++) {
    on += peak(beats[i]);
    off += peak(0.5 * (beats[i] + beats[i + 1]));
  }
  return Math.log((on + 1e-9) / (off + 1e-9));
}

export function sameGrid(a: number[], b: number[]): boolean {
  return eventFMeasure(a, b).f >= SAME_GRID;
}

export interface GridCandidate {
  beats: number[];
  /** the bar model's downbeat confidence on this grid */
  downbeatConfidence: number;
}

/** Which of two disagreeing grids to keep: > 0 keeps `b`. */
export function preferSecond(ff: FrameFeatures, a: GridCandidate, b: GridCandidate): number {
  const bass = ff.bandOnset[BAND.bass];
  return b.downbeatConfidence - a.downbeatConfidence + BASS_TIE * (onBeatLogRatio(ff, bass, b.beats) - onBeatLogRatio(ff, bass, a.beats));
}

