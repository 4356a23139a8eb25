/**
 * The practice timeline under the video, as numbers: where each section, 8-count and move sits on a
 * strip of the song, the energy curve, and what a tap or a drag on the strip means. Pure functions;
 * PracticeTimeline.tsx draws them and does the pointer I/O.
 */
import type { Move, Loop } from './timeline';
import { abLoop, moveLoop } from './timeline';

export interface TimelineSection { label: string; start: number; end: number; energy: number }

/** Section colours: ≥ 3:1 against the dark surface, and told apart by their label too (never colour alone). */
export const SECTION_COLOURS: Record<string, string> = {
  intro: '#7aa2f7', verse: '#9ece6a', chorus: '#ff8fab', break: '#e0af68', outro: '#bb9af7',
};
export const sectionColour = (label: string) => SECTION_COLOURS[label] ?? '#a9b1d6';

/** The song's sections from an analysis summary, in order, clipped to the song; neighbours with one label are one. */
export function sectionsOf(analysis: unknown, duration: number): TimelineSection[] {
  const raw = (analysis as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(raw)) return [];
  const ok = raw.filter((s): s is TimelineSection => !!s && typeof s.start === 'number' && typeof s.end === 'number' && s.end > s.start)
    .map((s) => ({ label: String(s.label ?? ''), start: Math.max(0, s.start), end: Math.min(duration || s.end, s.end), energy: typeof s.energy === 'number' ? s.energy : 0.5 }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: TimelineSection[] = [];
  for (const s of ok) {
    const last = merged[merged.length - 1];
    if (last && last.label === s.label && s.start - last.end < 0.5) {
      // Duration-weighted mean energy of the merged run.
      const a = last.end - last.start, b = s.end - s.start;
      last.energy = (last.energy * a + s.energy * b) / (a + b);
      last.end = s.end;
    } else merged.push({ ...s });
  }
  return merged;
}

/** The song length the strip spans: the video's own duration when known, else the plan's last end. */
export function timelineDuration(videoDuration: number | null | undefined, moves: readonly Move[], analysis: unknown): number {
  if (videoDuration && Number.isFinite(videoDuration) && videoDuration > 0) return videoDuration;
  const a = (analysis as { duration?: unknown } | null)?.duration;
  const lastEnd = moves.length ? moves[moves.length - 1].end : 0;
  return Math.max(typeof a === 'number' ? a : 0, lastEnd);
}

/**
 * Points of the energy curve in a 0..1 × 0..1 box (y = 1 is the most energy), one per section middle and
 * the two ends, so the curve rises and falls with the song; drawn smooth by energyPath.
 */
export function energyPoints(sections: readonly TimelineSection[], duration: number): Array<[number, number]> {
  if (!sections.length || duration <= 0) return [];
  const pts: Array<[number, number]> = [[0, sections[0].energy]];
  for (const s of sections) pts.push([(s.start + s.end) / 2 / duration, s.energy]);
  pts.push([1, sections[sections.length - 1].energy]);
  return pts.map(([x, y]) => [Math.min(1, Math.max(0, x)), Math.min(1, Math.max(0, y))]);
}

/** A closed SVG area under the energy curve (Catmull–Rom through the points) for a w × h box. */
export function energyPath(points: ReadonlyArray<[number, number]>, w: number, h: number): string {
  if (points.length < 2) return '';
  const p = points.map(([x, y]) => [x * w, h - y * h * 0.9] as const);
  const f = (n: number) => +n.toFixed(1);
  let d = `M${f(p[0][0])},${h} L${f(p[0][0])},${f(p[0][1])}`;
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[Math.max(0, i - 1)], p1 = p[i], p2 = p[i + 1], p3 = p[Math.min(p.length - 1, i + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    // Keep the curve inside the box (the control points of a steep rise can overshoot).
    const cy = (y: number) => f(Math.min(h, Math.max(0, y)));
    d += ` C${f(c1[0])},${cy(c1[1])} ${f(c2[0])},${cy(c2[1])} ${f(p2[0])},${f(p2[1])}`;
  }
  return `${d} L${f(p[p.length - 1][0])},${h} Z`;
}

/** The 8-count starts inside the song (phrases of the count the dancer sees). */
export function phraseTicks(phrases: readonly number[], duration: number): number[] {
  return phrases.filter((p) => p >= 0 && p <= duration);
}

/** The width of the detail strip: wide enough that an 8-count block is a 44 px touch target, at least the box. */
export function stripWidth(duration: number, boxWidth: number, phraseSeconds: number): number {
  const perSecond = phraseSeconds > 0 ? 48 / phraseSeconds : 12;
  return Math.max(boxWidth, Math.ceil(duration * perSecond));
}

export const clampTime = (t: number, duration: number) => Math.min(Math.max(0, t), Math.max(0, duration));

/** Time under a pointer at x (px) on a strip of width w (px). */
export function timeAtX(x: number, w: number, duration: number): number {
  return w > 0 ? clampTime((x / w) * duration, duration) : 0;
}

/** The move whose block is under time t; between blocks none (-1). */
export function moveAt(moves: readonly Move[], t: number): number {
  for (let i = 0; i < moves.length; i++) if (t >= moves[i].start && t < moves[i].end) return i;
  return -1;
}

/** Pointer travel under which a press on the strip is a tap, not a drag. */
export const TAP_SLOP_PX = 8;

/**
 * What a press-and-release on the move row means: a tap on a block loops that move; a drag from one
 * block to another is an A–B loop from the start of the first to the end of the last (whole moves, so
 * the loop starts on a 1); a drag outside the blocks loops exactly the dragged time.
 */
export function gestureLoop(moves: readonly Move[], t0: number, t1: number, travelledPx: number): Loop | null {
  if (travelledPx < TAP_SLOP_PX) {
    const i = moveAt(moves, t0);
    return i >= 0 ? moveLoop(moves, i) : null;
  }
  const a = Math.min(t0, t1), b = Math.max(t0, t1);
  const first = moveAt(moves, a), last = moveAt(moves, b);
  if (first >= 0 && last >= 0) {
    if (first === last) return moveLoop(moves, first);
    return abLoop(moves[first].start, moves[last].end);
  }
  return abLoop(a, b);
}

/**
 * Where the strip should scroll so the playhead stays in view: nothing while it is inside the middle
 * 60 % of the visible part, else the playhead goes to a third of the width (more of what is coming).
 */
export function followScroll(playheadPx: number, scrollLeft: number, viewWidth: number, contentWidth: number): number | null {
  const maxScroll = Math.max(0, contentWidth - viewWidth);
  if (maxScroll === 0) return null;
  const rel = playheadPx - scrollLeft;
  if (rel >= viewWidth * 0.2 && rel <= viewWidth * 0.8) return null;
  return Math.min(maxScroll, Math.max(0, Math.round(playheadPx - viewWidth / 3)));
}
