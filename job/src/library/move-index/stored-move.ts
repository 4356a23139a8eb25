/**
 * One row of the move table (PostgreSQL `move_embeddings`, or the same fields in Elasticsearch) turned
 * into a MoveClip. Legacy rows (written by the old app) have only the old columns; imported rows also
 * carry label, tempo, beats, offset, positions, poses and the normalised clip's key.
 */
import {
  DIFFICULTIES,
  toDifficulty,
  toEnergyLevel,
  toPosition,
  toStyle,
  type DancerPose,
  type MoveClip,
  type MoveQuery,
} from '@bachata/core';
import { clipName, foldTempo, moveLabel, styleForClip } from '../annotations';

export interface StoredMove {
  moveId: string;
  moveName?: string | null;
  label?: string | null;
  videoPath: string;
  clipPath?: string | null;
  difficulty: string;
  energy: string;
  style?: string | null;
  /** seconds */
  duration: number;
  tempo?: number | null;
  beats?: number | null;
  offset?: number | null;
  startPosition?: string | null;
  endPosition?: string | null;
  poseStart?: unknown;
  poseEnd?: unknown;
  source?: string | null;
}

export type StoredMoveResult = { move: MoveClip; problem?: undefined } | { move?: undefined; problem: string };

/** Whole 8-counts of the clip after its offset, at its own tempo (at least one 8-count). */
export function countsInClip(duration: number, bpm: number, offset = 0): number {
  // 0.05 counts of slack: a clip cut a frame short of its last count still holds that count.
  const counts = Math.floor(((duration - offset) * bpm) / 60 / 8 + 0.05 / 8) * 8;
  return Math.max(8, counts);
}

function isKeypoints(v: unknown): boolean {
  return Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number'));
}

export function toDancerPose(v: unknown): DancerPose | undefined {
  const p = v as DancerPose | null | undefined;
  return p && isKeypoints(p.lead) && isKeypoints(p.follow) ? { lead: p.lead, follow: p.follow } : undefined;
}

// Legacy rows have no label column: the old library kept each category in its own folder.
function labelOf(r: StoredMove): string {
  if (r.label && r.label.trim()) return moveLabel(r.label);
  const parts = r.videoPath.split(/[\\/]/).filter(Boolean);
  return moveLabel(parts.length >= 2 ? parts[parts.length - 2] : r.moveId);
}

export interface StoredMoveOptions {
  /** tempo assumed for rows without one (legacy rows); without it such rows are reported and skipped */
  fallbackTempo?: number;
}

export function storedMoveToClip(r: StoredMove, options: StoredMoveOptions = {}): StoredMoveResult {
  const where = `move "${r.moveId}"`;
  const difficulty = toDifficulty(r.difficulty ?? '');
  const energy = toEnergyLevel(r.energy ?? '');
  if (!difficulty) return { problem: `${where}: unknown difficulty "${r.difficulty}"` };
  if (!energy) return { problem: `${where}: unknown energy level "${r.energy}"` };
  const label = labelOf(r);
  const style = r.style ? toStyle(r.style) : styleForClip(r.moveId, label, energy);
  if (!style) return { problem: `${where}: unknown style "${r.style}"` };
  const rawTempo = r.tempo ?? options.fallbackTempo;
  if (rawTempo == null || !(rawTempo > 0)) {
    return { problem: `${where}: no tempo (a legacy row that was never imported); skipped` };
  }
  const tempo = foldTempo(Number(rawTempo));
  const duration = Number(r.duration);
  if (!(duration > 0)) return { problem: `${where}: no duration` };
  const offset = r.offset != null ? Number(r.offset) : undefined;
  const beats = r.beats != null && r.beats >= 8 ? Math.floor(r.beats / 8) * 8 : countsInClip(duration, tempo, offset ?? 0);
  const move: MoveClip = {
    moveId: r.moveId,
    name: r.moveName?.trim() || clipName(r.moveId),
    label,
    difficulty,
    energy,
    style,
    tempo,
    beats,
    duration,
    clip: r.clipPath?.trim() || r.videoPath,
  };
  if (offset != null) move.offset = offset;
  const startPosition = r.startPosition ? toPosition(r.startPosition) : undefined;
  const endPosition = r.endPosition ? toPosition(r.endPosition) : undefined;
  if (startPosition) move.startPosition = startPosition;
  if (endPosition) move.endPosition = endPosition;
  const poseStart = toDancerPose(r.poseStart);
  const poseEnd = toDancerPose(r.poseEnd);
  if (poseStart) move.poseStart = poseStart;
  if (poseEnd) move.poseEnd = poseEnd;
  if (r.source === 'generated' || r.source === 'imported') move.source = r.source;
  return { move };
}

/** The MoveIndex contract: every filter given must match (labels compare after normalisation). */
export function matchesQuery(move: MoveClip, q: MoveQuery): boolean {
  if (q.difficulty?.length && !q.difficulty.includes(move.difficulty)) return false;
  if (q.energy?.length && !q.energy.includes(move.energy)) return false;
  if (q.style?.length && !q.style.includes(move.style)) return false;
  if (q.labels?.length && !q.labels.map(moveLabel).includes(move.label)) return false;
  return true;
}

// Stored values may be legacy spellings; a database pre-filter must accept every spelling that maps
// to a wanted value (the exact filter runs again on the mapped MoveClip).
const LEGACY_DIFFICULTY_SPELLINGS = ['low', 'medium', 'high'];
const LEGACY_STYLE_SPELLINGS = ['traditional', 'modern'];

export function difficultySpellings(wanted: readonly string[]): string[] {
  return [...DIFFICULTIES, ...LEGACY_DIFFICULTY_SPELLINGS].filter((s) => {
    const d = toDifficulty(s);
    return d !== undefined && wanted.includes(d);
  });
}

export function styleSpellings(wanted: readonly string[]): string[] {
  return [...wanted, ...LEGACY_STYLE_SPELLINGS.filter((s) => wanted.includes(toStyle(s) ?? ''))];
}

/** Label spellings a stored row may carry for the wanted labels ("intro" was the folder "intros"). */
export function labelSpellings(wanted: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of wanted) {
    const l = moveLabel(w);
    out.add(l);
    out.add(`${l}s`);
  }
  return [...out];
}

/**
 * Maps stored rows (PostgreSQL or Elasticsearch) to the MoveClips matching `query`. Rows that cannot
 * be used are returned as problems and logged once per `logged` set, not on every query.
 */
export function collectMoves(
  stored: Iterable<StoredMove>,
  query: MoveQuery,
  options: StoredMoveOptions & { log?: (line: string) => void },
  logged: Set<string>,
): { moves: MoveClip[]; problems: string[] } {
  const moves: MoveClip[] = [];
  const problems: string[] = [];
  for (const row of stored) {
    const result = storedMoveToClip(row, options);
    if (result.move) {
      if (matchesQuery(result.move, query)) moves.push(result.move);
    } else {
      problems.push(result.problem);
    }
  }
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (const p of problems) {
    if (!logged.has(p)) log(`move index: ${p}`);
    logged.add(p);
  }
  return { moves, problems };
}
