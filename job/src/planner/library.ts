/**
 * Which moves of the library a plan may use: the ones that can be stretched to the song's tempo, at
 * the requested difficulty (with a fallback when the library is thin there).
 */
import type { Difficulty, MoveClip } from '@bachata/core';

/** Stretching a clip beyond these speeds looks wrong (slow motion, or a sped-up film). */
export const MIN_TEMPO_RATIO = 0.75;
export const MAX_TEMPO_RATIO = 1.33;

/** Fewer distinct body moves than this and a plan repeats itself: the next difficulty joins in. */
export const MIN_MOVES_PER_DIFFICULTY = 10;

/**
 * Fallback order when the library lacks moves of a difficulty: an advanced dancer can dance
 * intermediate and then beginner figures; a beginner is given intermediate before advanced ones.
 */
export const DIFFICULTY_FALLBACK: Record<Difficulty, Difficulty[]> = {
  advanced: ['advanced', 'intermediate', 'beginner'],
  intermediate: ['intermediate', 'beginner', 'advanced'],
  beginner: ['beginner', 'intermediate', 'advanced'],
};

export const FRAMING_LABELS = ['intro', 'outro'] as const;

export function tempoRatio(songBpm: number, move: Pick<MoveClip, 'tempo'>): number {
  return songBpm / move.tempo;
}

export function fitsTempo(songBpm: number, move: Pick<MoveClip, 'tempo'>): boolean {
  const r = tempoRatio(songBpm, move);
  return r >= MIN_TEMPO_RATIO - 1e-9 && r <= MAX_TEMPO_RATIO + 1e-9;
}

export interface MovePool {
  /** moves for the body of the song (no intros and outros unless the library has nothing else) */
  body: MoveClip[];
  intros: MoveClip[];
  outros: MoveClip[];
  /** difficulties used, in fallback order */
  difficulties: Difficulty[];
  notes: string[];
}

const isFraming = (m: MoveClip) => (FRAMING_LABELS as readonly string[]).includes(m.label);

/** Moves sorted by id, so a plan does not depend on the order an index returned them in. */
function byId(moves: readonly MoveClip[]): MoveClip[] {
  return [...moves].sort((a, b) => (a.moveId < b.moveId ? -1 : a.moveId > b.moveId ? 1 : 0));
}

export function selectMovePool(library: readonly MoveClip[], songBpm: number, difficulty: Difficulty): MovePool {
  const notes: string[] = [];
  const all = byId(library.filter((m) => m.tempo > 0 && m.beats >= 8));
  let usable = all.filter((m) => fitsTempo(songBpm, m));
  if (usable.length === 0 && all.length > 0) {
    // Nothing stretches within range: take the closest tempi (within 5% of the best) and say so.
    const dist = (m: MoveClip) => Math.abs(Math.log(tempoRatio(songBpm, m)));
    const best = Math.min(...all.map(dist));
    usable = all.filter((m) => dist(m) <= best + Math.log(1.05));
    const r = tempoRatio(songBpm, usable[0]);
    notes.push(
      `no clip can be stretched to ${fmtBpm(songBpm)} BPM within ${MIN_TEMPO_RATIO}–${MAX_TEMPO_RATIO}×: ` +
        `used the closest (${fmtBpm(usable[0].tempo)} BPM, ${r.toFixed(2)}×)`,
    );
  }
  const outOfTempo = all.length - usable.length;
  const chain = DIFFICULTY_FALLBACK[difficulty];
  const body: MoveClip[] = [];
  const difficulties: Difficulty[] = [];
  for (const d of chain) {
    const distinct = new Set(body.filter((m) => !isFraming(m)).map((m) => m.moveId)).size;
    if (difficulties.length > 0 && distinct >= MIN_MOVES_PER_DIFFICULTY) break;
    const level = usable.filter((m) => m.difficulty === d);
    if (difficulties.length > 0) {
      const prev = difficulties.join(' and ');
      const inTempo = outOfTempo > 0 ? ' that fit the tempo' : '';
      notes.push(
        distinct === 0
          ? `no ${prev} moves${inTempo} in the library: used ${d} moves`
          : `only ${distinct} ${prev} move${distinct === 1 ? '' : 's'}${inTempo} in the library: added ${d} moves`,
      );
    }
    difficulties.push(d);
    body.push(...level);
  }
  // Intros and outros frame the song; one of another difficulty is better than none.
  const framing = (label: string) => {
    const own = body.filter((m) => m.label === label);
    return own.length > 0 ? own : usable.filter((m) => m.label === label);
  };
  const figures = body.filter((m) => !isFraming(m));
  return {
    body: figures.length > 0 ? figures : byId(body.length > 0 ? body : usable),
    intros: framing('intro'),
    outros: framing('outro'),
    difficulties,
    notes,
  };
}

function fmtBpm(bpm: number): string {
  return Number.isInteger(bpm) ? String(bpm) : bpm.toFixed(1);
}
