import type { SectionLabel } from './vocabulary';

/** Bump when the analysis output changes meaning; cached analyses of other versions are recomputed. */
export const SONG_ANALYSIS_VERSION = 2;
/**
 * Fewer beats than this between two "1"s of the count is a 2-beat or one-bar bridge, not an 8-count:
 * the analysis marks no 8-count start there and the planner holds the pose over it.
 */
export const MAX_BRIDGE_BEATS = 6;

export interface Section {
  label: SectionLabel;
  /** seconds */
  start: number;
  end: number;
  /** mean energy in 0..1 */
  energy: number;
}

/**
 * How sure the analysis is of its "1"s and of its 8-count phase, each 0..1. Below 0.5 the answer is about
 * as likely wrong as right: show the dancer a hint to check the count.
 */
export interface AnalysisConfidence {
  downbeats: number;
  phrases: number;
}

/** What the music analysis knows about one song. All times are in seconds from the start of the file. */
export interface SongAnalysis {
  version: number;
  duration: number;
  /** tempo resolved into bachata's range (about 100..160) */
  bpm: number;
  beats: number[];
  /** the "1" of each 4-beat bar */
  downbeats: number[];
  /** the start of each 8-count (every second downbeat, aligned to the music's phrasing) */
  phrases: number[];
  sections: Section[];
  /** one value in 0..1 per beat */
  energy: number[];
  confidence: AnalysisConfidence;
}

/** The part of an analysis that travels with a plan and a task result (no per-beat arrays but beats). */
export interface SongAnalysisSummary {
  version: number;
  duration: number;
  bpm: number;
  beats: number[];
  phrases: number[];
  sections: Section[];
  confidence: AnalysisConfidence;
}

export function summariseAnalysis(a: SongAnalysis): SongAnalysisSummary {
  return { version: a.version, duration: a.duration, bpm: a.bpm, beats: a.beats, phrases: a.phrases, sections: a.sections, confidence: a.confidence };
}
