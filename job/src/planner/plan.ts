/**
 * The choreographer: one move per phrase span, every move starting on a detected "1" of an 8-count,
 * each clip stretched to the song's tempo. Pure: analysis + library + parameters in, plan out.
 *
 * Greedy, phrase by phrase: at each phrase every (move, 8 or 16 counts) candidate gets a score
 * (energy and style of the section, difficulty, how far the clip must be stretched, variety, whether
 * it connects to the previous move), plus a little seeded noise so that seeds give different dances;
 * the best one is placed. Intros open the song and outros close it when the library has them.
 */
import {
  CHOREOGRAPHY_PLAN_VERSION,
  ENERGY_VALUE,
  isMoveOfFamily,
  MOVE_FAMILY_NAMES,
  summariseAnalysis,
  type MoveFamily,
  type ChoreographyPlan,
  type DancerPose,
  type MoveClip,
  type PlanParameters,
  type Section,
  type SongAnalysis,
  type Style,
  type TimelineEntry,
} from '@bachata/core';
import { fitsTempo, FRAMING_LABELS, MAX_TEMPO_RATIO, MIN_TEMPO_RATIO, selectMovePool, tempoRatio, type MovePool } from './library';
import { measurePlan } from './metrics';
import { energyTargets, energyWord, FRAME, songPhrases, songSections, type Phrase } from './music';
import { mulberry32 } from './random';

export class PlanningError extends Error {}

/** Weights of the score; the comments say what outweighs what. */
const W = {
  /** per unit of |move energy − section target| (ENERGY_VALUE scale): low vs high costs 1.3 */
  energy: 2,
  /** the requested style: worth more than one energy step, and a few reuses */
  style: 1.5,
  /** a style that suits the section's energy when the requested one is not available */
  styleAffinity: 0.3,
  /** the requested difficulty over a fallback one */
  difficulty: 0.4,
  /** per unit of |ln tempoRatio|: stretching 20% costs ~0.27 */
  stretch: 1.5,
  /** the move was used k entries ago: recent × decay^(k−1) */
  recent: 2,
  recentDecay: 0.7,
  /** per earlier use anywhere in the song */
  reuse: 0.4,
  /** the same kind of figure (label) twice in a row */
  sameLabel: 0.5,
  /** start position ≠ previous end position: effectively forbidden while another move connects */
  position: 10,
  /** per unit of mean keypoint distance (frame widths) between the previous end and this start pose */
  pose: 3,
  /** a 16-count figure over two 8-counts of one section: fewer cuts, more dance */
  longFigure: 0.25,
  /** per missing 8-count when a clip is shorter than the span it would cover */
  shortClip: 2,
  /** a kind of figure the dancer asked for: above a style match, below repeating the last move */
  prefer: 1.6,
  /** seeded noise amplitude: enough to reorder near-equal candidates, not to overrule the music */
  noise: 0.8,
} as const;

/** Styles that read well at low and high energy, for when the requested style is missing. */
const STYLE_AT: Record<'low' | 'high', Style[]> = { low: ['romantic', 'sensual'], high: ['energetic', 'playful'] };

interface Placed {
  move: MoveClip;
  /** phrase index of the start */
  phrase: number;
  /** phrases covered */
  span: number;
}

interface Candidate {
  move: MoveClip;
  span: number;
  score: number;
}

function countsOf(phrases: readonly Phrase[], i: number, span: number): number {
  let counts = 0;
  for (let k = i; k < i + span; k++) counts += phrases[k].counts;
  return counts;
}

function poseDistance(a: DancerPose, b: DancerPose): number {
  let sum = 0;
  let n = 0;
  for (const role of ['lead', 'follow'] as const) {
    const pa = a[role];
    const pb = b[role];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      sum += Math.hypot(pa[i][0] - pb[i][0], pa[i][1] - pb[i][1]);
      n++;
    }
  }
  return n ? sum / n : 0;
}

class Choreographer {
  private readonly placed: Placed[] = [];
  private readonly uses = new Map<string, number[]>();
  private readonly random: () => number;
  readonly notes: string[] = [];

  constructor(
    private readonly analysis: SongAnalysis,
    private readonly params: PlanParameters,
    private readonly phrases: Phrase[],
    private readonly sections: Section[],
    private readonly targets: number[],
  ) {
    this.random = mulberry32(params.seed);
  }

  get last(): Placed | undefined {
    return this.placed[this.placed.length - 1];
  }

  get entries(): readonly Placed[] {
    return this.placed;
  }

  /** Spans (in phrases) a move may take at phrase i, ending no later than phrase `limit`. */
  private spans(i: number, limit: number, move: MoveClip): number[] {
    const out = [1];
    const here = this.phrases[i];
    const next = this.phrases[i + 1];
    // Two 8-counts only inside one section (a chorus starts with a new figure), never more than 16.
    if (move.beats >= 16 && i + 2 <= limit && !next.bridge && next.section === here.section && here.counts + next.counts <= 16) out.push(2);
    return out;
  }

  private score(move: MoveClip, i: number, span: number): number {
    const phrase = this.phrases[i];
    const target = this.targets[phrase.section];
    let s = -W.energy * Math.abs(ENERGY_VALUE[move.energy] - target);
    if (move.style === this.params.style) s += W.style;
    else {
      const level = energyWord(target);
      if (level !== 'medium' && STYLE_AT[level].includes(move.style)) s += W.styleAffinity;
    }
    if (move.difficulty === this.params.difficulty) s += W.difficulty;
    if (this.params.preferMoves?.some((f) => isMoveOfFamily(move, f))) s += W.prefer;
    s -= W.stretch * Math.abs(Math.log(tempoRatio(this.analysis.bpm, move)));
    const used = this.uses.get(move.moveId) ?? [];
    if (used.length > 0) {
      const ago = this.placed.length - used[used.length - 1];
      s -= W.recent * W.recentDecay ** (ago - 1) + W.reuse * used.length;
    }
    const prev = this.last?.move;
    if (prev) {
      if (prev.label === move.label) s -= W.sameLabel;
      if (prev.endPosition && move.startPosition && prev.endPosition !== move.startPosition) s -= W.position;
      if (prev.poseEnd && move.poseStart) s -= W.pose * poseDistance(prev.poseEnd, move.poseStart);
    }
    if (span === 2) s += W.longFigure;
    // A clip with fewer counts than the span (a long gap between detected phrases, or the song's
    // tail) would have to play slower than the music: prefer one that has the counts.
    const end = this.phrases[i + span - 1].end;
    const needed = i + span === this.phrases.length ? ((end - phrase.start) * this.analysis.bpm) / 60 : countsOf(this.phrases, i, span);
    const available = ((move.duration - (move.offset ?? 0)) * move.tempo) / 60;
    if (needed > available + 0.05) s -= (W.shortClip * (needed - available)) / 8;
    return s + W.noise * this.random();
  }

  /** Place the best of `moves` at phrase i, covering at most up to phrase `limit`. */
  place(moves: readonly MoveClip[], i: number, limit: number, forceSpan?: number): Placed {
    let best: Candidate | undefined;
    const prevId = this.last?.move.moveId;
    const pick = (allowRepeat: boolean) => {
      for (const move of moves) {
        if (!allowRepeat && move.moveId === prevId) continue;
        for (const span of forceSpan ? [forceSpan] : this.spans(i, limit, move)) {
          if (forceSpan === 2 && move.beats < 16) continue;
          const score = this.score(move, i, span);
          if (!best || score > best.score) best = { move, span, score };
        }
      }
    };
    pick(false);
    if (!best) {
      pick(true);
      if (best) this.notes.push('the library has a single usable move: it repeats');
    }
    if (!best) throw new PlanningError('no move fits this song');
    const chosen: Candidate = best;
    const placed: Placed = { move: chosen.move, phrase: i, span: chosen.span };
    const uses = this.uses.get(chosen.move.moveId) ?? [];
    uses.push(this.placed.length);
    this.uses.set(chosen.move.moveId, uses);
    this.placed.push(placed);
    return placed;
  }
}

function clock(t: number): string {
  const m = Math.floor(t / 60);
  return `${m}:${(t - 60 * m).toFixed(1).padStart(4, '0')}`;
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function reasonFor(p: Placed, beats: number, kind: 'intro' | 'outro' | 'body', section: Section, target: number): string {
  const counts = beats > 8 ? ` (${beats} counts)` : '';
  // Names like "Intro: walk in…" already say what they are.
  const name = p.move.name.toLowerCase().replace(/^(intro|outro)\s*[:\-–]\s*/, '');
  if (kind === 'intro') return `first 8-count → intro: ${name}${counts}`;
  if (kind === 'outro') return `song ending → outro: ${name}${counts}`;
  return `${energyWord(target)}-energy ${section.label} → ${name}${counts}`;
}

const familyName = (f: MoveFamily) => MOVE_FAMILY_NAMES[f].en;
const isFraming = (m: MoveClip) => (FRAMING_LABELS as readonly string[]).includes(m.label);

/**
 * The dancer's move wishes: avoided kinds leave the library (unless nothing else could be danced),
 * preferred kinds join the pool from any difficulty that fits the tempo (they were asked for by name).
 */
function honourWishes(moves: MoveClip[], bpm: number, params: PlanParameters): { library: MoveClip[]; widen: (pool: MovePool) => void; notes: string[] } {
  const notes: string[] = [];
  const avoid = params.avoidMoves ?? [];
  const prefer = (params.preferMoves ?? []).filter((f) => !avoid.includes(f));
  let library = moves;
  if (avoid.length) {
    const kept = moves.filter((m) => !avoid.some((f) => isMoveOfFamily(m, f)));
    if (kept.some((m) => !isFraming(m))) library = kept;
    else notes.push(`every move in the library is one of the avoided ${avoid.map(familyName).join(', ')}: used them anyway`);
  }
  for (const f of prefer) if (!library.some((m) => isMoveOfFamily(m, f))) notes.push(`the library has no ${familyName(f)}`);
  const widen = (pool: MovePool) => {
    if (!prefer.length) return;
    const have = new Set(pool.body.map((m) => m.moveId));
    const extra = library.filter((m) => !have.has(m.moveId) && !isFraming(m) && fitsTempo(bpm, m) && prefer.some((f) => isMoveOfFamily(m, f)));
    if (extra.length === 0) return;
    pool.body = [...pool.body, ...extra].sort((a, b) => (a.moveId < b.moveId ? -1 : a.moveId > b.moveId ? 1 : 0));
    notes.push(`added ${[...new Set(extra.map((m) => m.difficulty))].join(' and ')} ${prefer.filter((f) => extra.some((m) => isMoveOfFamily(m, f))).map(familyName).join(', ')} because they were asked for`);
  };
  return { library, widen, notes };
}

export function planChoreography(analysis: SongAnalysis, moves: MoveClip[], params: PlanParameters): ChoreographyPlan {
  if (!(analysis.bpm > 0) || !(analysis.duration > 0)) throw new PlanningError('the song analysis has no tempo or no duration');
  const sections = songSections(analysis);
  const phrases = songPhrases(analysis, sections);
  if (phrases.length === 0) throw new PlanningError('no 8-count phrases were found in the song: nothing to dance on');
  if (moves.length === 0) throw new PlanningError('the move library is empty');
  const wishes = honourWishes(moves, analysis.bpm, params);
  const pool = selectMovePool(wishes.library, analysis.bpm, params.difficulty);
  wishes.widen(pool);
  const targets = energyTargets(sections, params.energy);
  const c = new Choreographer(analysis, params, phrases, sections, targets);
  const n = phrases.length;
  const beat = 60 / analysis.bpm;
  const kinds: Array<'intro' | 'outro' | 'body'> = [];

  let i = 0;
  /** Bridges (phrase indices): held poses, not moves. */
  const bridges: number[] = [];
  const skipBridges = (limit: number) => {
    while (i < limit && phrases[i].bridge) bridges.push(i++);
  };
  // An outro needs the last phrase; with a short tail (under half an 8-count) it takes two.
  const tailBeats = (phrases[n - 1].end - phrases[n - 1].start) / beat;
  const outroSpan = pool.outros.length > 0 && n >= 3 && tailBeats < 4 && phrases[n - 2].counts === 8 && phrases[n - 2].section === phrases[n - 1].section ? 2 : 1;
  const useOutro = pool.outros.length > 0 && n >= 2 + outroSpan - 1;
  const bodyEnd = useOutro ? n - outroSpan : n;
  skipBridges(bodyEnd);
  if (pool.intros.length > 0 && n >= 2 && i < bodyEnd) {
    // Leave at least one phrase for the outro when there is one.
    const p = c.place(pool.intros, i, Math.max(i + 1, bodyEnd - (useOutro ? 0 : 1)));
    kinds.push('intro');
    i = p.phrase + p.span;
  }
  for (skipBridges(bodyEnd); i < bodyEnd; skipBridges(bodyEnd)) {
    const p = c.place(pool.body, i, bodyEnd);
    kinds.push('body');
    i += p.span;
  }
  if (useOutro && i < n) {
    const outros = pool.outros.filter((m) => outroSpan === 1 || m.beats >= 16);
    c.place(outros.length ? outros : pool.outros, i, n, outros.length ? outroSpan : undefined);
    kinds.push('outro');
  }
  if (pool.intros.length === 0) pool.notes.push('the library has no intro moves: the song opens with a figure');
  if (pool.outros.length === 0) pool.notes.push('the library has no outro moves: the song closes with a figure');

  const notes = [...pool.notes, ...wishes.notes, ...c.notes];
  const timeline: TimelineEntry[] = [];
  c.entries.forEach((p, k) => {
    const first = phrases[p.phrase];
    const lastPhrase = phrases[p.phrase + p.span - 1];
    const start = first.start;
    const end = lastPhrase.end;
    const section = sections[first.section];
    const clipStart = p.move.offset ?? 0;
    const available = p.move.duration - clipStart;
    const toEnd = p.phrase + p.span === n;
    const counts = countsOf(phrases, p.phrase, p.span);
    // Inside the song a move dances exactly its counts at its own tempo; the last one runs to the song's end.
    let clipSeconds = toEnd ? (end - start) * (analysis.bpm / p.move.tempo) : (counts * 60) / p.move.tempo;
    if (clipSeconds > available + FRAME) {
      notes.push(`${p.move.name} at ${clock(start)} is ${(clipSeconds - available).toFixed(1)} s too short for its ${toEnd ? 'span to the song end' : `${counts} counts`}: it plays slower`);
      clipSeconds = available;
    }
    clipSeconds = Math.min(clipSeconds, available);
    const ratio = clipSeconds / (end - start);
    if (ratio < MIN_TEMPO_RATIO - 1e-6 || ratio > MAX_TEMPO_RATIO + 1e-6) {
      notes.push(`${p.move.name} at ${clock(start)} is stretched ${ratio.toFixed(2)}× (outside ${MIN_TEMPO_RATIO}–${MAX_TEMPO_RATIO}×)`);
    }
    timeline.push({
      moveId: p.move.moveId,
      label: p.move.label,
      name: p.move.name,
      clip: p.move.clip,
      start,
      end,
      beats: counts,
      clipStart: round(clipStart),
      clipEnd: round(clipStart + clipSeconds),
      tempoRatio: ratio,
      section: section.label,
      reason: reasonFor(p, counts, kinds[k], section, targets[first.section]),
    });
  });

  // A bridge: the couple holds the pose the previous move ended in (the next move's opening pose when
  // the song opens on one) until the new grid's "1".
  const danced = [...timeline];
  for (const b of bridges) {
    const bridge = phrases[b];
    const before = danced.find((e) => Math.abs(e.end - bridge.start) <= FRAME);
    const after = danced.find((e) => Math.abs(e.start - bridge.end) <= FRAME);
    const pose = before ?? after;
    if (!pose) continue;
    const at = before ? pose.clipEnd : pose.clipStart;
    timeline.push({
      moveId: pose.moveId,
      label: pose.label,
      name: pose.name,
      clip: pose.clip,
      start: bridge.start,
      end: bridge.end,
      beats: bridge.counts,
      clipStart: at,
      clipEnd: at,
      tempoRatio: 1,
      section: sections[bridge.section].label,
      reason: `${bridge.counts}-beat bridge → hold the pose until the next 1`,
      hold: true,
    });
  }
  timeline.sort((x, y) => x.start - y.start);

  // Before the first "1" the couple waits in the first move's opening pose.
  if (phrases[0].start > FRAME) {
    const opening = timeline[0];
    timeline.unshift({
      moveId: opening.moveId,
      label: opening.label,
      name: opening.name,
      clip: opening.clip,
      start: 0,
      end: phrases[0].start,
      beats: 0,
      clipStart: opening.clipStart,
      clipEnd: opening.clipStart,
      tempoRatio: 1,
      section: sections[0].label,
      reason: 'before the first 1 → hold the opening pose',
      hold: true,
    });
  }

  return {
    version: CHOREOGRAPHY_PLAN_VERSION,
    parameters: { ...params },
    analysis: summariseAnalysis(analysis),
    timeline,
    metrics: measurePlan(analysis, timeline, moves),
    notes: [...new Set(notes)],
  };
}
