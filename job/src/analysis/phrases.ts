import type { BeatFeatures } from './beatFeatures';
import { clippedZ } from './downbeats';
import { median } from './stats';

const { min, sqrt } = Math;

/** Weights of the phrase cues (see phraseEvidence). */
export const PHRASE_CUES = { texture8: 1.0, structure16: 0.6, accent: 0.1 };
/** One section change may count for at most this much (a few phrases of consistent evidence win over it). */
const PEAK_CAP = 3;

/** Per-beat texture (loudness, busyness, band balance), each dimension z-scored over the song. */
function textureRows(f: BeatFeatures, withChroma: boolean): Float64Array[] {
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
  return cols.map((v) => {
    let m = 0; for (let i = 0; i < n; i++) m += v[i]; m /= n || 1;
    let s = 0; for (let i = 0; i < n; i++) s += (v[i] - m) ** 2;
    const sd = sqrt(s / (n || 1)) || 1;
    return Float64Array.from({ length: n }, (_, i) => (v[i] - m) / sd);
  });
}

/**
 * Novelty at each beat: distance between the mean texture of the `w` beats from it and the `w` before
 * (a checkerboard kernel on the beat self-similarity, collapsed). Zero where a window would leave the
 * music, so the file's edges carry no evidence of their own.
 */
function blockNovelty(cols: Float64Array[], w: number): Float64Array {
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
function peakEvidence(nov: Float64Array): Float64Array {
  const n = nov.length;
  const out = new Float64Array(n);
  const typical = median(Array.from(nov).filter((x) => x > 0));
  if (!(typical > 0)) return out;
  for (let i = 0; i < n; i++) {
    if (nov[i] < 1.5 * typical) continue;
    let isPeak = true;
    for (let k = -2; k <= 2 && isPeak; k++) if (k !== 0 && i + k >= 0 && i + k < n && nov[i + k] > nov[i]) isPeak = false;
    if (!isPeak) continue;
    const side = Math.max(i >= 4 ? nov[i - 4] : 0, i + 4 < n ? nov[i + 4] : 0);
    out[i] = min(PEAK_CAP, (nov[i] - side) / typical);
  }
  return out;
}

/**
 * Per beat, evidence that — if it is a "1" — it opens an 8-count rather than being the "5".
 * Sections and their textures change on phrase starts: 2-bar texture novelty (instruments entering,
 * a louder chorus, a break) and 4-bar structural novelty of texture and harmony (a new section), as
 * bounded peaks. A weak cue on every phrase: the 1 of an 8-count is accented a little more than its 5.
 * Nothing here depends on where the file starts.
 */
export function phraseEvidence(f: BeatFeatures): Float64Array {
  const n = f.times.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const t8 = peakEvidence(blockNovelty(textureRows(f, false), 8));
  const s16 = peakEvidence(blockNovelty(textureRows(f, true), 16));
  const accent = clippedZ(Float64Array.from({ length: n }, (_, i) => f.onset[i]), 16);
  for (let i = 0; i < n; i++) {
    const a = i >= 4 && i + 4 < n ? accent[i] - 0.5 * (accent[i - 4] + accent[i + 4]) : 0;
    out[i] = PHRASE_CUES.texture8 * t8[i] + PHRASE_CUES.structure16 * s16[i] + PHRASE_CUES.accent * a;
  }
  return out;
}
