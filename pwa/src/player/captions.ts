/**
 * Captions for the counts (WCAG 1.2.2): a WebVTT track with one cue per beat — the move being danced
 * and the count 1–8 — so the counts reach dancers who cannot hear the beat, in fullscreen too.
 */
import { countAt, type CountGrid } from './counts';
import { moveIndexAt, type Move } from './timeline';

/** WebVTT timestamp: hh:mm:ss.ttt */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000), m = Math.floor(ms / 60_000) % 60, s = Math.floor(ms / 1000) % 60;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(h)}:${p(m)}:${p(s)}.${p(ms % 1000, 3)}`;
}

/** Cue text must not contain "-->" or a blank line; names are the library's, but never trust them. */
const clean = (s: string) => s.replace(/-->/g, '→').replace(/[\r\n]+/g, ' ').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));

export interface Cue { start: number; end: number; text: string }

/** One cue per beat, from this beat to the next: "Basic step · 3"; a held pose before the 1 says so. */
export function countCues(grid: CountGrid, moves: readonly Move[]): Cue[] {
  const { beats } = grid;
  const cues: Cue[] = [];
  const gap = beats.length > 1 ? beats[beats.length - 1] - beats[beats.length - 2] : 0.5;
  for (let i = 0; i < beats.length; i++) {
    const start = beats[i];
    const end = i + 1 < beats.length ? beats[i + 1] : start + gap;
    const count = countAt(grid, start + 1e-4);
    if (count == null) continue;
    const m = moves[moveIndexAt(moves, start + 1e-4)];
    const name = !m ? '' : m.hold ? 'Hold the pose' : m.name;
    cues.push({ start, end, text: name ? `${clean(name)} · ${count}` : String(count) });
  }
  return cues;
}

export function toVtt(cues: readonly Cue[]): string {
  return `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${vttTime(c.start)} --> ${vttTime(c.end)}\n${c.text}\n`).join('\n')}`;
}
