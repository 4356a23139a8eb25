/**
 * What the planner reads from the song: its phrases (the 8-counts a move may start on), the section
 * each phrase belongs to, and how much energy each section asks of the dancers.
 */
import { ENERGY_VALUE, MAX_BRIDGE_BEATS, nearestBeatIndex, type EnergyLevel, type Section, type SongAnalysis } from '@bachata/core';

/** One video frame at 30 fps: a move starting within this of a phrase start starts on it. */
export const FRAME = 1 / 30;

export interface Phrase {
  index: number;
  start: number;
  /** the next phrase's start, or the song's end for the last */
  end: number;
  /** index into the planner's sections */
  section: number;
  /**
   * Counts until the next phrase: 8, or a multiple of 8 where the analysis found no "1" for a while
   * (a missed phrase, a break); the last phrase counts the song's tail. A bridge counts its own beats.
   */
  counts: number;
  /**
   * A 2-beat or one-bar bridge: the next "1" comes fewer than `MAX_BRIDGE_BEATS` beats later, so the
   * 8-count grid moves here. No move starts on it (an 8-count figure would have to be squeezed into
   * 2–4 beats); the couple holds the previous move's last pose until the new grid's "1".
   */
  bridge: boolean;
}


/** Sections covering the song; a song without sections is one verse at its mean energy. */
export function songSections(a: SongAnalysis): Section[] {
  const sections = [...a.sections].filter((s) => s.end > s.start).sort((x, y) => x.start - y.start);
  if (sections.length > 0) return sections;
  const mean = a.energy.length ? a.energy.reduce((s, e) => s + e, 0) / a.energy.length : 0.5;
  return [{ label: 'verse', start: 0, end: a.duration, energy: mean }];
}

export function sectionIndexAt(sections: readonly Section[], t: number): number {
  for (let i = sections.length - 1; i >= 0; i--) if (t >= sections[i].start) return i;
  return 0;
}

/**
 * The 8-counts a move can start on. A phrase detected in the last half beat of the song would give a
 * move no time at all, so it is dropped (the previous move runs to the end instead).
 */
export function songPhrases(a: SongAnalysis, sections: readonly Section[]): Phrase[] {
  const beat = 60 / a.bpm;
  const starts = [...new Set(a.phrases)].filter((p) => p >= 0 && p < a.duration - beat / 2).sort((x, y) => x - y);
  const phrases: Phrase[] = [];
  const push = (start: number, end: number, counts: number, bridge: boolean) =>
    phrases.push({ index: phrases.length, start, end, section: sectionIndexAt(sections, (start + end) / 2), counts, bridge });
  starts.forEach((start, k) => {
    const last = k + 1 === starts.length;
    const end = last ? a.duration : starts[k + 1];
    const beats = (end - start) / beat;
    if (last) return push(start, end, Math.max(8, Math.round(beats / 8) * 8), false);
    if (beats < MAX_BRIDGE_BEATS) return push(start, end, Math.max(1, Math.round(beats)), true);
    // 8-counts and then a 2-beat or one-bar bridge (10, 12, 18, 20 … beats to the next "1"): the
    // bridge is held, from the beat after the last full 8-count.
    const eights = Math.max(1, Math.floor((beats + 2.5) / 8));
    const rest = beats - 8 * eights;
    const split = rest >= 1.5 ? beatAfter(a.beats, start, 8 * eights, beat) : undefined;
    if (split === undefined || split >= end - beat / 2) return push(start, end, Math.max(8, Math.round(beats / 8) * 8), false);
    push(start, split, 8 * eights, false);
    push(split, end, Math.max(1, Math.round((end - split) / beat)), true);
  });
  return phrases;
}

/** The time `n` beats after `start` on the song's beat grid (or on the tempo where the grid ends). */
function beatAfter(beats: readonly number[], start: number, n: number, beat: number): number {
  const i = nearestBeatIndex(beats, start);
  return i >= 0 && i + n < beats.length ? beats[i + n] : start + n * beat;
}

const ENERGY_SHIFT: Record<EnergyLevel, number> = { low: -0.3, medium: 0, high: 0.3 };

/**
 * The move energy (on core's ENERGY_VALUE scale) each section asks for. Section energies are taken
 * relative to the song (a quiet song still has its chorus), spread over low..high; the dancer's
 * requested level shifts the whole curve up or down.
 */
export function energyTargets(sections: readonly Section[], requested: EnergyLevel): number[] {
  const energies = sections.map((s) => s.energy);
  const lo = Math.min(...energies);
  const hi = Math.max(...energies);
  const spread = hi - lo;
  return energies.map((e) => {
    // Sections within a few percent of each other are one level: no curve to follow.
    const rel = spread > 0.08 ? (e - lo) / spread : 0.5;
    const target = ENERGY_VALUE.low + rel * (ENERGY_VALUE.high - ENERGY_VALUE.low) + ENERGY_SHIFT[requested];
    return Math.min(1, Math.max(0, target));
  });
}

export function energyWord(target: number): EnergyLevel {
  if (target < (ENERGY_VALUE.low + ENERGY_VALUE.medium) / 2) return 'low';
  if (target > (ENERGY_VALUE.medium + ENERGY_VALUE.high) / 2) return 'high';
  return 'medium';
}
