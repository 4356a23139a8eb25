import type { BeatFeatures } from './beatFeatures';
import { clippedZ, Z_CLIP } from './downbeats';
import { BAND } from './spectrum';
import { median, songZ } from './stats';

const { min, sqrt } = Math;

/** Weights of the phrase cues (see phraseEvidence). */
export const PHRASE_CUES = { texture4: 0.7, texture8: 1.0, structure16: 0.6, harmony: 0.5, fill: 0.25 };
/** Mean of x[a..b), NaN where the window leaves the series (no evidence at the file's edges). */
function meanOf(x: ArrayLike<number>, a: number, b: number): number {
  if (a < 0 || b > x.length) return NaN;
  let s = 0;
  for (let i = a; i < b; i++) s += x[i];
  return s / (b - a);
}

/** One section change may count for at most this much (a few phrases of consistent evidence win over it). */
const PEAK_CAP = 3;

/** Per-beat texture (loudness, busyness, band balance), each dimension z-scored over the song. */
export function textureRows(f: BeatFeatures, withChroma: boolean): Float64Array[] {
  const n = f.times.length;
  const cols: ArrayLike<number>[] = [f.loudnessDb, f.busyness, ...f.bandLog];
  if (withChroma) {
    for (let c = 0; c < 12; c++) {
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let k = 0; k < 12; k++) s += f.chroma[i * 12 + k];
        col[i] = s > 0 ? f.chroma[i * 12 + c] / s : 0;
      }
      cols.push(col);
    }
  }
  return cols.map((v) => songZ(v));
}

/**
 * Novelty at each beat: distance between the mean texture of the `w` beats from it and the `w` before
 * (a checkerboard kernel on the beat self-similarity, collapsed). Zero where a window would leave the
 * music, so the file's edges carry no evidence of their own.
 */
export function blockNovelty(cols: Float64Array[], w: number): Float64Array {
  const n = cols[0]?.length ?? 0;
  const out = new Float64Array(n);
  const prefix = cols.map((c) => {
    const p = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) p[i + 1] = p[i] + c[i];
    return p;
  });
  for (let i = w; i + w <= n; i++) {
    let d = 0;
    for (const p of prefix) {
      const before = (p[i] - p[i - w]) / w;
      const after = (p[i + w] - p[i]) / w;
      d += (after - before) ** 2;
    }
    out[i] = sqrt(d / cols.length);
  }
  return out;
}

/**
 * Clear peaks of a novelty curve, as evidence for "an 8-count opens here" over "this is the 5": how far
 * the peak rises above the novelty half a phrase before and after, in units of the song's typical novelty.
 */
export function peakEvidence(nov: Float64Array): Float64Array {
  const n = nov.length;
  const out = new Float64Array(n);
  const typical = median(Array.from(nov).filter((x) => x > 0));
  if (!(typical > 0)) return out;
  for (let i = 0; i < n; i++) {
    if (!(nov[i] >= 1.5 * typical)) continue; // also skips unknown (NaN) values
    let isPeak = true;
    for (let k = -2; k <= 2 && isPeak; k++) if (k !== 0 && i + k >= 0 && i + k < n && nov[i + k] > nov[i]) isPeak = false;
    if (!isPeak) continue;
    // Against the mean of the two sides, not the larger: a one-bar break puts two real boundaries a
    // bar apart, and each must keep its evidence.
    const at = (j: number) => (j >= 0 && j < n && Number.isFinite(nov[j]) ? nov[j] : 0);
    const side = 0.5 * (at(i - 4) + at(i + 4));
    out[i] = Math.max(0, min(PEAK_CAP, (nov[i] - side) / typical));
  }
  return out;
}

/**
 * Per beat, evidence that — if it is a "1" — it opens an 8-count rather than being the "5".
 * Sections and their textures change on phrase starts: 1- and 2-bar texture novelty (instruments entering,
 * a louder chorus, a break) and 4-bar structural novelty of texture and harmony (a new section), as
 * bounded peaks; a harmony that changes on the 1 of an 8-count and not on its 5 (chords that last a
 * phrase), as bounded peaks too, since with a chord per bar the biggest change can fall anywhere. A weak
 * cue on every phrase: fills lead into it (the two beats before a 1 are busier than the 3-4 after it).
 * Nothing here depends on where the file starts.
 */
export interface PhraseEvidence {
  /** bounded, non-negative: something new starts here (a section, a texture, a chord that lasts) */
  peaks: Float64Array;
  /** signed, on every phrase: + for an 8-count's 1, − for its 5 */
  signed: Float64Array;
}

/**
 * The fitted parity cues: per beat, log-odds that a bar "1" here opens an 8-count rather than being
 * its "5" (a logistic regression of the two parities over 32-beat windows, L2 0.05, `npm run
 * fit:parity`, on the synthetic set, its harder variants, the fluidsynth TUNE songs and the 96-song
 * tuning pool; never REPORT or the hold-out; the multiplier 2 was chosen on the TUNE songs). Read as
 * music: texture and section changes peak on a phrase start, the chords that last two bars change
 * there, the lead's phrase and a louder beat start there; the first bar of a phrase
 * is louder than the last bar of the one before (`barLouder`: phrases end softer than the next
 * begins); a broad rise in 8-beat novelty without a peak (a crescendo through the 5) counts against it.
 * The fill into a phrase is not among them: it has its hand-set weight (`PHRASE_CUES.fill`). Fitted, it
 * came out at 0.42 and turned one of the product's synthetic songs cut on its "5" to the wrong parity
 * (8-count F 0.13); without it the tuning pool has 15 songs below 0.9 instead of 17.
 */
export const PARITY_CUES = {
  texture4Peak: 0.708, texture8Peak: 0.54, structure16Peak: 0.222, harmonyPeak: 0.171, chordChange8: 0.148,
  chordChange: 0.062, midOnset: 0.184, loudness: 0.376, texture8: -0.472, bassEnergy: -0.107,
  lowMidEnergy: 0.267, midEnergy: 0.097, barLouder: 0.223,
};
export const PARITY_SCALE = 2;

export type ParityCue = keyof typeof PARITY_CUES;

/** The phrase cues of every beat: the peaks, the fill, and each fitted parity cue's values (the fitter reads the same). */
export function phraseCues(f: BeatFeatures): { peaks: Float64Array; fill: Float64Array; parity: Record<ParityCue, ArrayLike<number>> } {
  const n = f.times.length;
  const texture = textureRows(f, false);
  const nov8 = blockNovelty(texture, 8);
  const t4 = peakEvidence(blockNovelty(texture, 4));
  const t8 = peakEvidence(nov8);
  const s16 = peakEvidence(blockNovelty(textureRows(f, true), 16));
  const harmony = peakEvidence(f.chordChange);
  const busy = clippedZ(f.busyness, 16);
  const mean2 = (a: number) => (a >= 0 && a + 2 <= n ? 0.5 * (busy[a] + busy[a + 1]) : 0);
  // Fills lead into a phrase: the last two beats before its 1 are busier than the 3 and 4 of its first bar.
  const fill = Float64Array.from({ length: n }, (_, i) => (i >= 2 && i + 4 <= n ? mean2(i - 2) - mean2(i + 2) : 0));
  // The first bar of a phrase louder than the bar before it (in the song's own spread of such steps).
  const barLouder = songZ(Float64Array.from({ length: n }, (_, i) => meanOf(f.loudnessDb, i, i + 4) - meanOf(f.loudnessDb, i - 4, i)), Z_CLIP);
  const peaks = new Float64Array(n);
  for (let i = 0; i < n; i++) peaks[i] = PHRASE_CUES.texture4 * t4[i] + PHRASE_CUES.texture8 * t8[i] + PHRASE_CUES.structure16 * s16[i] + PHRASE_CUES.harmony * harmony[i];
  const parity: Record<ParityCue, ArrayLike<number>> = {
    texture4Peak: t4, texture8Peak: t8, structure16Peak: s16, harmonyPeak: harmony,
    chordChange8: clippedZ(f.chordChange8, 16), chordChange: clippedZ(f.chordChange, 16), midOnset: clippedZ(f.midOnset, 16),
    loudness: clippedZ(f.loudnessDb, 16), texture8: clippedZ(nov8, 32), bassEnergy: clippedZ(f.bandLog[BAND.bass], 16),
    lowMidEnergy: clippedZ(f.bandLog[BAND.lowMid], 16), midEnergy: clippedZ(f.bandLog[BAND.mid], 16),
    barLouder,
  };
  return { peaks, fill, parity };
}

export function phraseEvidence(f: BeatFeatures): PhraseEvidence {
  const n = f.times.length;
  const peaks = new Float64Array(n);
  const signed = new Float64Array(n);
  if (n === 0) return { peaks, signed };
  const cues = phraseCues(f);
  const weighted = (Object.keys(PARITY_CUES) as ParityCue[]).map((k) => [PARITY_CUES[k], cues.parity[k]] as const);
  for (let i = 0; i < n; i++) {
    peaks[i] = cues.peaks[i];
    let g = 0;
    for (const [w, x] of weighted) if (Number.isFinite(x[i])) g += w * x[i];
    signed[i] = PHRASE_CUES.fill * cues.fill[i] + 0.5 * PARITY_SCALE * g;
  }
  return { peaks, signed };
}
