/**
 * Move wishes from "describe the dance" (`preferMoves` / `avoidMoves` in the task parameters): the
 * planner must honour them, on the real built-in library.
 */
import { isMoveOfFamily, SONG_ANALYSIS_VERSION, type MoveFamily, type PlanParameters, type Section, type SongAnalysis, type TimelineEntry } from '@bachata/core';
import { GENERATED_MOVES, toMoveClip } from '../src/library/generated';
import { planChoreography } from '../src/planner';

/** A steady 3-minute song at `bpm` with quiet verses and loud choruses, phrases every 8 beats. */
function song(bpm: number): SongAnalysis {
  const beat = 60 / bpm;
  const duration = 180;
  const beats: number[] = [];
  for (let t = 0.5; t < duration; t += beat) beats.push(Math.round(t * 1e6) / 1e6);
  const phrases = beats.filter((_, i) => i % 8 === 0);
  const spec: Array<[Section['label'], number]> = [['intro', 0.2], ['verse', 0.35], ['chorus', 0.85], ['verse', 0.4], ['chorus', 0.9], ['outro', 0.2]];
  const per = Math.ceil(phrases.length / spec.length);
  const sections: Section[] = spec.map(([label, energy], k) => ({ label, energy, start: k === 0 ? 0 : phrases[k * per], end: k === spec.length - 1 ? duration : phrases[(k + 1) * per] }));
  return { version: SONG_ANALYSIS_VERSION, duration, bpm, beats, downbeats: beats.filter((_, i) => i % 4 === 0), phrases, sections, energy: beats.map(() => 0.5), confidence: { downbeats: 1, phrases: 1 } };
}

const LIBRARY = GENERATED_MOVES.map((m) => toMoveClip(m, `clips/${m.moveId}.mp4`));
const figures = (t: TimelineEntry[]) => t.filter((e) => !e.hold && e.label !== 'intro' && e.label !== 'outro');
const of = (t: TimelineEntry[], f: MoveFamily) => figures(t).filter((e) => isMoveOfFamily(e, f)).length;
const params = (over: Partial<PlanParameters> = {}): PlanParameters => ({ difficulty: 'intermediate', energy: 'medium', style: 'playful', seed: 7, ...over });

describe('planner: moves the dancer asked to avoid', () => {
  it.each(['turn', 'basic', 'hammerlock', 'golpes'] as const)('never dances an avoided %s, for every seed', (family) => {
    let before = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const a = song(124);
      before += of(planChoreography(a, LIBRARY, params({ seed })).timeline, family);
      const plan = planChoreography(a, LIBRARY, params({ seed, avoidMoves: [family] }));
      expect(of(plan.timeline, family)).toBe(0);
      expect(figures(plan.timeline).length).toBeGreaterThan(10);
      expect(plan.parameters.avoidMoves).toEqual([family]);
    }
    // The wish changed something: without it the library's own choice dances them.
    expect(before).toBeGreaterThan(0);
  });

  it('dances an avoided kind anyway, with a note, when the library has nothing else', () => {
    const spins = LIBRARY.filter((m) => isMoveOfFamily(m, 'spin'));
    const plan = planChoreography(song(124), spins, params({ avoidMoves: ['spin'] }));
    expect(figures(plan.timeline).length).toBeGreaterThan(0);
    expect(plan.notes.join(' ')).toMatch(/avoided spins: used them anyway/);
  });
});

describe('planner: moves the dancer asked for', () => {
  it.each([
    ['hip_roll', 'intermediate'],
    ['hammerlock', 'intermediate'],
    ['turn', 'beginner'],
    // advanced figures: they join a beginner plan because they were asked for
    ['body_wave', 'beginner'],
    ['head_roll', 'beginner'],
    ['dip', 'beginner'],
  ] as const)('dances more %s when preferred (%s), for every seed', (family, difficulty) => {
    for (const seed of [1, 2, 3]) {
      const a = song(118);
      const plain = of(planChoreography(a, LIBRARY, params({ seed, difficulty })).timeline, family);
      const plan = planChoreography(a, LIBRARY, params({ seed, difficulty, preferMoves: [family] }));
      const wished = of(plan.timeline, family);
      expect(wished).toBeGreaterThan(plain);
      // The built-in library has one body wave: variety rules still space it out, about every 6th figure.
      expect(wished / figures(plan.timeline).length).toBeGreaterThanOrEqual(0.12);
      // Still a dance: never the same move twice in a row.
      expect(plan.metrics.repeats).toBe(0);
    }
  });

  it('says so when the library has none of a preferred kind', () => {
    const noDips = LIBRARY.filter((m) => !isMoveOfFamily(m, 'dip'));
    expect(planChoreography(song(124), noDips, params({ preferMoves: ['dip'] })).notes).toContain('the library has no dips');
  });

  it('a kind both preferred and avoided is avoided', () => {
    const plan = planChoreography(song(124), LIBRARY, params({ preferMoves: ['turn'], avoidMoves: ['turn'] }));
    expect(of(plan.timeline, 'turn')).toBe(0);
  });
});
