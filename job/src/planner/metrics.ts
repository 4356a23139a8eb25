/** How good a plan is, measured from its timeline (see core's PlanMetrics). */
import { ENERGY_VALUE, type MoveClip, type PlanMetrics, type SongAnalysis, type TimelineEntry } from '@bachata/core';
import { FRAME, sectionIndexAt, songSections } from './music';

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  // A flat song or a one-energy library has no correlation to speak of.
  return sxx > 1e-12 && syy > 1e-12 ? sxy / Math.sqrt(sxx * syy) : 0;
}

function nearestDistance(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  let best = Infinity;
  for (const i of [lo - 1, lo]) if (i >= 0 && i < sorted.length) best = Math.min(best, Math.abs(sorted[i] - t));
  return best;
}

/**
 * - phraseAlignment: moves (not held poses) starting within one frame of a phrase start;
 * - tempoMatchError: worst |clip beat period after stretching − song beat period|, seconds
 *   (0 when every clip is stretched exactly to the song's tempo);
 * - distinctMoves, repeats (the same move twice in a row);
 * - energyFit: Pearson correlation of each move's section energy with the move's energy;
 * - coverage: fraction of the song inside some timeline entry.
 */
export function measurePlan(analysis: SongAnalysis, timeline: readonly TimelineEntry[], library: readonly MoveClip[]): PlanMetrics {
  const byId = new Map(library.map((m) => [m.moveId, m]));
  const moves = timeline.filter((e) => !e.hold);
  const phrases = [...analysis.phrases].sort((a, b) => a - b);
  const aligned = moves.filter((e) => nearestDistance(phrases, e.start) <= FRAME + 1e-9).length;
  const songBeat = 60 / analysis.bpm;
  let tempoMatchError = 0;
  for (const e of moves) {
    const clip = byId.get(e.moveId);
    if (!clip || !(e.tempoRatio > 0)) continue;
    tempoMatchError = Math.max(tempoMatchError, Math.abs(60 / clip.tempo / e.tempoRatio - songBeat));
  }
  let repeats = 0;
  for (let i = 1; i < moves.length; i++) if (moves[i].moveId === moves[i - 1].moveId) repeats++;
  const sections = songSections(analysis);
  const music: number[] = [];
  const dance: number[] = [];
  for (const e of moves) {
    const clip = byId.get(e.moveId);
    if (!clip) continue;
    music.push(sections[sectionIndexAt(sections, (e.start + e.end) / 2)].energy);
    dance.push(ENERGY_VALUE[clip.energy]);
  }
  // Union of the entries' spans (they should tile the song, but measure, do not assume).
  const spans = timeline.map((e) => [Math.max(0, e.start), Math.min(analysis.duration, e.end)] as const).filter(([a, b]) => b > a);
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = 0;
  for (const [a, b] of spans) {
    if (b <= reach) continue;
    covered += b - Math.max(a, reach);
    reach = b;
  }
  return {
    phraseAlignment: moves.length ? aligned / moves.length : 0,
    tempoMatchError,
    distinctMoves: new Set(moves.map((e) => e.moveId)).size,
    repeats,
    energyFit: pearson(music, dance),
    coverage: analysis.duration > 0 ? covered / analysis.duration : 0,
  };
}
