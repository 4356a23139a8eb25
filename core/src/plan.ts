import type { SongAnalysisSummary } from './analysis';
import type { Difficulty, EnergyLevel, SectionLabel, Style } from './vocabulary';
import type { MoveFamily } from './describe-moves';

export const CHOREOGRAPHY_PLAN_VERSION = 1;

export interface TimelineEntry {
  moveId: string;
  label: string;
  /** human name of the move */
  name: string;
  /** clip storage key / path */
  clip: string;
  /** seconds in the song; start is always a phrase start */
  start: number;
  end: number;
  /** counts covered: a multiple of 8 for a move; a bridge's hold counts its 2–4 beats, the opening hold 0 */
  beats: number;
  /** the part of the clip used, seconds */
  clipStart: number;
  clipEnd: number;
  /** song BPM / clip BPM (0.75..1.33) */
  tempoRatio: number;
  section: SectionLabel;
  /** short human reason, e.g. "high-energy chorus → spin" */
  reason: string;
  /** a held pose (no clip motion): before the first phrase, or over a 2-beat / one-bar bridge */
  hold?: boolean;
}

export interface PlanMetrics {
  phraseAlignment: number;
  tempoMatchError: number;
  distinctMoves: number;
  repeats: number;
  energyFit: number;
  coverage: number;
}

export interface PlanParameters {
  difficulty: Difficulty;
  energy: EnergyLevel;
  style: Style;
  seed: number;
  /** kinds of figure the dancer asked for ("lots of body waves"): favoured, even from another difficulty */
  preferMoves?: MoveFamily[];
  /** kinds of figure the dancer asked not to dance: left out while anything else fits */
  avoidMoves?: MoveFamily[];
}

export interface ChoreographyPlan {
  version: number;
  parameters: PlanParameters;
  analysis: SongAnalysisSummary;
  timeline: TimelineEntry[];
  metrics: PlanMetrics;
  /** notes about fallbacks taken (e.g. "no advanced moves: used intermediate") */
  notes: string[];
  /** the dancer's count correction the plan was made with (see count-correction.ts); absent: none */
  countOffsetBeats?: number;
}

/** What a completed task stores in choreography_tasks.result (new shape; legacy rows differ). */
export interface TaskResult {
  /** storage keys */
  video: string;
  poster: string;
  duration: number;
  plan: ChoreographyPlan;
  analysis: SongAnalysisSummary;
  parameters: PlanParameters & { songId: number };
  /** the dancer's count correction applied to `analysis` before planning; absent: none */
  countOffsetBeats?: number;
}
