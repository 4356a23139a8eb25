/**
 * The 1–8 count shown over the video, from the song analysis: beats[] are the beat times, phrases[] the
 * start of each 8-count. The count of a beat is its distance in beats from the phrase start before it, so a
 * phrase that does not last exactly 8 beats (a break, a bridge) restarts the count where the music does.
 */
import type { SongAnalysisSummary } from '@bachata/core';

export interface CountGrid { beats: number[]; phrases: number[] }

export function gridOf(analysis: unknown): CountGrid | null {
  const a = analysis as Partial<SongAnalysisSummary> | null;
  if (!a || !Array.isArray(a.beats) || a.beats.length === 0) return null;
  return { beats: a.beats.filter((b) => typeof b === 'number'), phrases: Array.isArray(a.phrases) ? a.phrases : [] };
}

/** Index of the last element ≤ t (or -1). */
export function lastAtOrBefore(xs: readonly number[], t: number): number {
  let lo = 0, hi = xs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= t + 1e-6) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the beat nearest to time t. */
function nearestBeat(beats: readonly number[], t: number): number {
  const i = lastAtOrBefore(beats, t);
  if (i < 0) return 0;
  if (i + 1 < beats.length && beats[i + 1] - t < t - beats[i]) return i + 1;
  return i;
}

/**
 * The count (1–8) at time t, or null before the first beat / after the last beat by more than a beat.
 * Before the first phrase the count runs backwards from it (pickup beats: "5, 6, 7, 8, 1").
 */
export function countAt(grid: CountGrid, t: number): number | null {
  const { beats, phrases } = grid;
  const b = lastAtOrBefore(beats, t);
  if (b < 0) return null;
  const lastGap = beats.length > 1 ? beats[beats.length - 1] - beats[beats.length - 2] : 1;
  if (b === beats.length - 1 && t - beats[b] > lastGap * 1.5) return null;
  if (!phrases.length) return (b % 8) + 1;
  const p = lastAtOrBefore(phrases, t);
  const anchor = nearestBeat(beats, phrases[Math.max(p, 0)]);
  const offset = b - anchor;
  return (((offset % 8) + 8) % 8) + 1;
}

/** The time of the beat at or before t (for "snap A–B to the beat"). */
export function beatAtOrBefore(grid: CountGrid, t: number): number {
  const i = lastAtOrBefore(grid.beats, t);
  return i < 0 ? 0 : grid.beats[i];
}

/** The dancer's correction in words ("Every 1 moved 2 beats later."). */
export function describeCountOffset(offsetBeats: number): string {
  if (offsetBeats === 0) return 'Counting where the analysis found the 1.';
  const n = Math.abs(offsetBeats);
  return `Every 1 moved ${n} beat${n === 1 ? '' : 's'} ${offsetBeats > 0 ? 'later' : 'earlier'}.`;
}

/** Beats of count-in shown before the first "1" (like a DJ counting "5, 6, 7, 8" in). */
export const COUNT_IN_BEATS = 4;

/**
 * The count the badge shows: as countAt, but before the first "1" only the count-in (the last four
 * beats), and nothing on the opening frame — a "7" at 0:00, before anything plays, reads as a mistake.
 */
export function shownCountAt(grid: CountGrid, t: number): number | null {
  const { beats, phrases } = grid;
  if (t < 0.05) return null;
  if (phrases.length && t < phrases[0] - 1e-6) {
    const b = lastAtOrBefore(beats, t);
    const one = nearestBeat(beats, phrases[0]);
    if (b < 0 || one - b > COUNT_IN_BEATS) return null;
  }
  return countAt(grid, t);
}
