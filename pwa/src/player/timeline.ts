/**
 * The move timeline under the video: which move is playing, where a move starts and ends, and the loop
 * rules (a tapped move, or an A–B range). Pure functions of time; the Player component does the I/O.
 */
import type { ChoreographyPlan, TimelineEntry } from '@bachata/core';

export type Move = Pick<TimelineEntry, 'moveId' | 'label' | 'name' | 'start' | 'end' | 'beats' | 'section' | 'reason'> & { hold?: boolean; tempoRatio?: number };

export interface Loop { start: number; end: number; /** why it loops: a move index or an A–B range */ kind: 'move' | 'ab'; moveIndex?: number }

/** A plan from the API is JSON of unknown shape; keep only well-formed entries, in time order. */
export function movesOf(plan: unknown): Move[] {
  const timeline = (plan as Partial<ChoreographyPlan> | null)?.timeline;
  if (!Array.isArray(timeline)) return [];
  return timeline
    .filter((e): e is TimelineEntry => !!e && typeof e.start === 'number' && typeof e.end === 'number' && e.end > e.start)
    .map((e) => ({ moveId: e.moveId, label: e.label, name: e.name || e.label || e.moveId, start: e.start, end: e.end, beats: e.beats, section: e.section, reason: e.reason, hold: e.hold, tempoRatio: e.tempoRatio }))
    .sort((a, b) => a.start - b.start);
}

/** The index of the move playing at `t`, or -1 before the first / after the last. Binary search. */
export function moveIndexAt(moves: readonly Move[], t: number): number {
  let lo = 0, hi = moves.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (moves[mid].start <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && t < moves[found].end ? found : -1;
}

export function moveLoop(moves: readonly Move[], index: number): Loop | null {
  const m = moves[index];
  return m ? { start: m.start, end: m.end, kind: 'move', moveIndex: index } : null;
}

/** A–B: the order the dancer marked the points in does not matter; a range under 0.25 s is no loop. */
export function abLoop(a: number, b: number): Loop | null {
  const start = Math.min(a, b), end = Math.max(a, b);
  return end - start >= 0.25 ? { start, end, kind: 'ab' } : null;
}

/**
 * Where to seek so playback stays inside the loop, or null to carry on. `timeupdate` fires every
 * ~250 ms, so the end is checked with a small look-ahead (`slack`) to avoid hearing the next move's first beat.
 */
export function loopSeek(loop: Loop | null, t: number, slack = 0.05): number | null {
  if (!loop) return null;
  if (t >= loop.end - slack || t < loop.start - 0.5) return loop.start;
  return null;
}

/** Previous move: back to the start of the current move unless we are right at it (like a CD player). */
export function previousMoveStart(moves: readonly Move[], t: number): number {
  const i = moveIndexAt(moves, t);
  if (i < 0) {
    const before = moves.filter((m) => m.end <= t);
    return before.length ? before[before.length - 1].start : 0;
  }
  if (t - moves[i].start > 1 || i === 0) return moves[i].start;
  return moves[i - 1].start;
}

export function nextMoveStart(moves: readonly Move[], t: number): number | null {
  const next = moves.find((m) => m.start > t + 0.01);
  return next ? next.start : null;
}

/** "8 counts", "16 counts" — how dancers talk about length. */
export function countsLabel(beats: number): string {
  return `${beats} count${beats === 1 ? '' : 's'}`;
}
