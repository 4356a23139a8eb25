import type { BeatFeatures } from './beatFeatures';
import { median } from './stats';

/** Cost of an 8-count that is not two bars long (a bar added or dropped in the arrangement). */
const PHRASE_BREAK_PENALTY = 6;
/** Bands start playing, and dancers start counting, on a "1" that opens an 8-count. */
const MUSIC_START_BONUS = 6;

/** Mean of the per-beat texture (loudness, band balance, busyness) over each bar. */
function barVectors(f: BeatFeatures, downbeatIdx: number[]): number[][] {
  const feats = [f.loudnessDb, f.busyness, ...f.bandLog];
  const stats = feats.map((v) => {
    let m = 0; for (const x of v) m += x; m /= v.length;
    let s = 0; for (const x of v) s += (x - m) ** 2;
    return { m, sd: Math.sqrt(s / v.length) || 1 };
  });
  return downbeatIdx.map((start, j) => {
    const end = j + 1 < downbeatIdx.length ? downbeatIdx[j + 1] : Math.min(f.times.length, start + 4);
    return feats.map((v, k) => {
      let acc = 0;
      for (let i = start; i < end; i++) acc += v[i];
      return (acc / Math.max(1, end - start) - stats[k].m) / stats[k].sd;
    });
  });
}

function dist(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}

/**
 * Which downbeats open an 8-count. Evidence: the music starting (after silence, a pickup or before a
 * guitar intro is joined by the band), texture changes between the two bars before and the two after,
 * and fills in the bar before. A 2-state Viterbi keeps the alternation unless the evidence insists.
 */
export function phraseStarts(f: BeatFeatures, downbeatIdx: number[], musicStart: number): number[] {
  const m = downbeatIdx.length;
  if (m === 0) return [];
  const bars = barVectors(f, downbeatIdx);
  const novelty = new Float64Array(m);
  for (let j = 2; j + 1 < m; j++) {
    const before = bars[j - 2].map((x, k) => 0.5 * (x + bars[j - 1][k]));
    const after = bars[j].map((x, k) => 0.5 * (x + bars[j + 1][k]));
    novelty[j] = dist(before, after);
  }
  // Only clear peaks of novelty count: inside a section the small bar-to-bar differences carry no
  // phrase information and, summed over minutes, would drag the count off.
  const typical = median(Array.from(novelty).filter((x) => x > 0));
  const evidence = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const prev = j > 0 ? novelty[j - 1] : 0;
    const next = j + 1 < m ? novelty[j + 1] : 0;
    if (novelty[j] > 1.5 * typical && novelty[j] > prev && novelty[j] >= next) evidence[j] = Math.min(4, (novelty[j] - Math.max(prev, next)) / (typical || 1));
  }
  const firstMusicBar = downbeatIdx.findIndex((i) => f.times[i] >= musicStart - 0.15);
  if (firstMusicBar >= 0) evidence[firstMusicBar] += MUSIC_START_BONUS;

  // state 0: this bar opens an 8-count; state 1: it is the second bar.
  let score = [evidence[0], -evidence[0]];
  const back: [number, number][] = [];
  for (let j = 1; j < m; j++) {
    const to0: [number, number] = [score[0] - PHRASE_BREAK_PENALTY, score[1]];
    const to1: [number, number] = [score[0], score[1] - PHRASE_BREAK_PENALTY];
    const a0 = to0[0] >= to0[1] ? 0 : 1;
    const a1 = to1[0] >= to1[1] ? 0 : 1;
    back.push([a0, a1]);
    score = [to0[a0] + evidence[j], to1[a1] - evidence[j]];
  }
  let s = score[0] >= score[1] ? 0 : 1;
  const states = new Array<number>(m);
  states[m - 1] = s;
  for (let j = m - 1; j > 0; j--) {
    s = back[j - 1][s];
    states[j - 1] = s;
  }
  return downbeatIdx.filter((_, j) => states[j] === 0);
}
