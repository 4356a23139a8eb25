import {
  ENERGY_VALUE,
  SONG_ANALYSIS_VERSION,
  type DancerPose,
  type Difficulty,
  type EnergyLevel,
  type MoveClip,
  type PlanParameters,
  type Section,
  type SongAnalysis,
  type Style,
  type TimelineEntry,
} from '@bachata/core';
import { measurePlan, mulberry32, planChoreography, PlanningError } from '../src/planner';

// A song as the analysis would describe it: a steady beat from `firstOne`, bars of 4, 8-counts.
function song(opts: { bpm?: number; firstOne?: number; duration?: number; sections?: Array<[Section['label'], number, number]>; jitter?: number } = {}): SongAnalysis {
  const bpm = opts.bpm ?? 132;
  const beat = 60 / bpm;
  const firstOne = opts.firstOne ?? 0.5;
  const duration = opts.duration ?? 180;
  const beats: number[] = [];
  for (let t = firstOne; t < duration; t += beat) beats.push(Math.round(t * 1e6) / 1e6);
  const downbeats = beats.filter((_, i) => i % 4 === 0);
  let phrases = beats.filter((_, i) => i % 8 === 0);
  if (opts.jitter) {
    const rnd = mulberry32(99);
    phrases = phrases.map((p, i) => (i === 0 ? p : p + (rnd() - 0.5) * 2 * opts.jitter!));
  }
  const spec = opts.sections ?? [['verse', 0, 0.5]];
  // Section boundaries on phrase starts, spread evenly over the song.
  const per = Math.ceil(phrases.length / spec.length);
  const sections: Section[] = spec.map(([label, energy], k) => ({
    label,
    start: k === 0 ? 0 : phrases[k * per],
    end: k === spec.length - 1 ? duration : phrases[(k + 1) * per],
    energy: energy as number,
  }));
  return {
    version: SONG_ANALYSIS_VERSION,
    duration,
    bpm,
    beats,
    downbeats,
    phrases,
    sections,
    energy: beats.map(() => 0.5),
    confidence: { downbeats: 1, phrases: 1 },
  };
}

function sectionsOf(labels: Array<[Section['label'], number]>): Array<[Section['label'], number, number]> {
  return labels.map(([l, e]) => [l, e, 0]);
}

let counter = 0;
function move(over: Partial<MoveClip> = {}): MoveClip {
  counter++;
  return {
    moveId: over.moveId ?? `m${counter}`,
    name: over.name ?? `Move ${counter}`,
    label: over.label ?? `figure${counter % 7}`,
    difficulty: 'intermediate',
    energy: 'medium',
    style: 'romantic',
    tempo: 129,
    beats: 16,
    duration: (16 * 60) / 129 + 0.5,
    offset: 0,
    clip: `clips/${over.moveId ?? `m${counter}`}.mp4`,
    ...over,
  };
}

/** A varied library: every combination of energy and style, two clips each, mixed 8/16 counts. */
function library(difficulty: Difficulty = 'intermediate', tempi = [108, 117, 129, 136]): MoveClip[] {
  const out: MoveClip[] = [];
  const energies: EnergyLevel[] = ['low', 'medium', 'high'];
  const styles: Style[] = ['romantic', 'sensual', 'energetic', 'playful'];
  let k = 0;
  for (const energy of energies) {
    for (const style of styles) {
      for (let copy = 0; copy < 2; copy++) {
        const tempo = tempi[k % tempi.length];
        const beats = k % 3 === 0 ? 8 : 16;
        out.push(move({ moveId: `${difficulty}-${energy}-${style}-${copy}`, label: `${style}_${energy}`, difficulty, energy, style, tempo, beats, duration: (beats * 60) / tempo + 0.3 }));
        k++;
      }
    }
  }
  return out;
}

const framing = (): MoveClip[] => [
  move({ moveId: 'intro-a', label: 'intro', energy: 'low', beats: 16, duration: 8 }),
  move({ moveId: 'intro-b', label: 'intro', energy: 'medium', beats: 8, duration: 4 }),
  move({ moveId: 'outro-a', label: 'outro', energy: 'low', beats: 16, duration: 8 }),
];

const params = (over: Partial<PlanParameters> = {}): PlanParameters => ({ difficulty: 'intermediate', energy: 'medium', style: 'romantic', seed: 1, ...over });
const moves = (timeline: TimelineEntry[]) => timeline.filter((e) => !e.hold);

describe('planChoreography: timing on the phrases', () => {
  const a = song({ sections: sectionsOf([['intro', 0.2], ['verse', 0.3], ['chorus', 0.9], ['verse', 0.35], ['chorus', 0.85], ['outro', 0.2]]) });
  const lib = [...library(), ...framing()];
  const plan = planChoreography(a, lib, params());
  const entries = moves(plan.timeline);

  it('starts every move exactly on a detected phrase start', () => {
    for (const e of entries) expect(a.phrases).toContain(e.start);
    expect(plan.metrics.phraseAlignment).toBe(1);
  });

  it('spans 8 or 16 counts, ending where the next move starts, the last one at the song end', () => {
    for (const e of entries) {
      expect([8, 16]).toContain(e.beats);
      const i = a.phrases.indexOf(e.start);
      const next = a.phrases[i + e.beats / 8] ?? a.duration;
      expect(e.end).toBe(next);
    }
    for (let k = 1; k < plan.timeline.length; k++) expect(plan.timeline[k].start).toBe(plan.timeline[k - 1].end);
    expect(plan.timeline[plan.timeline.length - 1].end).toBe(a.duration);
    expect(plan.metrics.coverage).toBeCloseTo(1, 9);
    expect(entries.some((e) => e.beats === 16)).toBe(true);
    expect(entries.some((e) => e.beats === 8)).toBe(true);
  });

  it('holds the opening pose before the first "1"', () => {
    const hold = plan.timeline[0];
    expect(hold).toMatchObject({ hold: true, start: 0, end: a.phrases[0], beats: 0 });
    expect(hold.clipEnd).toBe(hold.clipStart);
    expect(hold.moveId).toBe(plan.timeline[1].moveId);
    expect(plan.timeline.filter((e) => e.hold)).toHaveLength(1);
    const onTheOne = planChoreography(song({ firstOne: 0 }), lib, params());
    expect(onTheOne.timeline.some((e) => e.hold)).toBe(false);
  });

  it('holds the pose over a 2-beat or one-bar bridge and starts the next move on the new grid\'s "1"', () => {
    // The song's 8-count grid moves twice: a 2-beat bridge after the 4th phrase, a one-bar bridge later.
    const base = song({ duration: 120 });
    const beat = 60 / base.bpm;
    const shifted: number[] = [];
    let t = base.beats[0];
    for (let k = 0; k < 40; k++) {
      shifted.push(Math.round(t * 1e6) / 1e6);
      t += (k === 3 ? 2 : k === 9 ? 4 : 8) * beat;
      if (t > base.duration - 8 * beat) break;
    }
    const a = { ...base, phrases: shifted, downbeats: shifted };
    const plan = planChoreography(a, lib, params());
    const bridges = plan.timeline.filter((e) => e.hold && e.beats > 0);
    expect(bridges.map((e) => [e.start, e.beats])).toEqual([[shifted[3], 2], [shifted[9], 4]]);
    for (const b of bridges) {
      expect(b.end).toBe(a.phrases[a.phrases.indexOf(b.start) + 1]);
      // the pose the previous move ended in, held
      const before = plan.timeline[plan.timeline.indexOf(b) - 1];
      expect([b.moveId, b.clipStart, b.clipEnd]).toEqual([before.moveId, before.clipEnd, before.clipEnd]);
      expect(before.end).toBe(b.start);
      expect(plan.timeline[plan.timeline.indexOf(b) + 1].start).toBe(b.end);
    }
    const danced = moves(plan.timeline);
    expect(danced.some((e) => bridges.some((b) => e.start === b.start))).toBe(false);
    for (const e of danced) expect([8, 16]).toContain(e.beats);
    // nothing squeezed: every move dances its counts at most 1.33× faster
    for (const e of danced) expect(e.tempoRatio).toBeLessThanOrEqual(1.34);
    expect(plan.metrics.phraseAlignment).toBe(1);
    expect(plan.metrics.coverage).toBeCloseTo(1, 9);
  });

  it('finds a bridge at the end of a longer span (no "1" at the bridge) and holds it from the beat after the 8-count', () => {
    const base = song({ duration: 90 });
    const beat = 60 / base.bpm;
    // 8-count starts every 8 beats, except one span of 12 (an 8-count, then a one-bar bridge) and one of 10.
    const idx: number[] = [];
    for (let k = 0, b = 0; b < base.beats.length - 8; k++) { idx.push(b); b += k === 2 ? 12 : k === 5 ? 10 : 8; }
    const phrases = idx.map((i) => base.beats[i]);
    const plan = planChoreography({ ...base, phrases, downbeats: phrases }, lib, params());
    const holds = plan.timeline.filter((e) => e.hold && e.beats > 0);
    expect(holds.map((e) => [e.start, e.end, e.beats])).toEqual([
      [base.beats[idx[2] + 8], phrases[3], 4],
      [base.beats[idx[5] + 8], phrases[6], 2],
    ]);
    for (const e of moves(plan.timeline)) expect(phrases).toContain(e.start);
    expect(Math.abs(holds[0].end - holds[0].start - 4 * beat)).toBeLessThan(0.01);
  });

  it('never lets a 16-count move cross into another section', () => {
    for (const e of entries.filter((x) => x.beats === 16)) {
      const crossed = a.sections.some((s) => s.start > e.start + 1e-9 && s.start < e.end - 1e-9);
      expect(crossed).toBe(false);
    }
  });

  it('uses a 16-count move only from a clip that has 16 counts', () => {
    const byId = new Map(lib.map((m) => [m.moveId, m]));
    for (const e of entries) expect(byId.get(e.moveId)!.beats).toBeGreaterThanOrEqual(e.beats);
  });

  it('gives every entry a short human reason naming the section', () => {
    for (const e of plan.timeline) {
      expect(e.reason.length).toBeGreaterThan(5);
      expect(e.reason.length).toBeLessThan(80);
    }
    const chorusHigh = entries.filter((e) => e.section === 'chorus' && lib.find((m) => m.moveId === e.moveId)!.energy === 'high');
    expect(chorusHigh.length).toBeGreaterThan(0);
    for (const e of chorusHigh) expect(e.reason).toMatch(/^high-energy chorus → /);
  });

  it('rejects a song without phrases and an empty library', () => {
    expect(() => planChoreography({ ...a, phrases: [] }, lib, params())).toThrow(PlanningError);
    expect(() => planChoreography(a, [], params())).toThrow(PlanningError);
  });
});

describe('planChoreography: tempo', () => {
  it('stretches every clip by song BPM / clip BPM and uses exactly its counts', () => {
    const a = song({ bpm: 132 });
    const lib = library('intermediate', [108, 117, 129, 136]);
    const plan = planChoreography(a, lib, params());
    const byId = new Map(lib.map((m) => [m.moveId, m]));
    const entries = moves(plan.timeline);
    for (const e of entries.slice(0, -1)) {
      const clip = byId.get(e.moveId)!;
      expect(e.tempoRatio).toBeCloseTo(132 / clip.tempo, 3);
      expect(e.clipStart).toBe(0);
      expect(e.clipEnd - e.clipStart).toBeCloseTo((e.beats * 60) / clip.tempo, 3);
    }
    for (const e of entries) {
      expect(e.tempoRatio).toBeGreaterThanOrEqual(0.75);
      expect(e.tempoRatio).toBeLessThanOrEqual(1.33);
      expect(e.clipEnd).toBeLessThanOrEqual(byId.get(e.moveId)!.duration + 1e-6);
    }
    expect(plan.metrics.tempoMatchError).toBeLessThan(1e-3);
  });

  it('starts inside the clip at its offset', () => {
    const lib = library().map((m) => ({ ...m, offset: 1.25, duration: m.duration + 1.25 }));
    const plan = planChoreography(song(), lib, params());
    for (const e of moves(plan.timeline)) expect(e.clipStart).toBe(1.25);
  });

  it('prefers another clip over one that would need more than 1.33× or less than 0.75×', () => {
    const a = song({ bpm: 150 });
    const slow = library('intermediate', [100]).map((m) => ({ ...m, moveId: `slow-${m.moveId}` })); // 1.5×
    const ok = library('intermediate', [120, 129]).slice(0, 6);
    const plan = planChoreography(a, [...slow, ...ok], params());
    expect(moves(plan.timeline).every((e) => !e.moveId.startsWith('slow-'))).toBe(true);
  });

  it('uses the closest clips and says so when none fits', () => {
    const a = song({ bpm: 160 });
    const lib = [...library('intermediate', [100]), ...library('intermediate', [108]).map((m) => ({ ...m, moveId: `x-${m.moveId}` }))];
    const plan = planChoreography(a, lib, params());
    expect(moves(plan.timeline).every((e) => e.moveId.startsWith('x-'))).toBe(true);
    expect(plan.notes.join('\n')).toMatch(/no clip can be stretched to 160 BPM.*108 BPM/);
  });

  it('gives a gap where the analysis found no "1" to a move with enough counts', () => {
    const full = song({ bpm: 128, duration: 120 });
    const missing = full.phrases[6];
    const a = { ...full, phrases: full.phrases.filter((p) => p !== missing) };
    const lib = library('intermediate', [120, 128, 136]);
    const plan = planChoreography(a, lib, params());
    const gap = plan.timeline.find((e) => e.start === full.phrases[5])!;
    expect(gap.beats).toBe(16);
    expect(gap.end).toBe(full.phrases[7]);
    const clip = lib.find((m) => m.moveId === gap.moveId)!;
    expect(clip.beats).toBeGreaterThanOrEqual(16);
    expect(gap.tempoRatio).toBeCloseTo(128 / clip.tempo, 3);
    expect(gap.clipEnd - gap.clipStart).toBeCloseTo((16 * 60) / clip.tempo, 3);
    expect(plan.metrics.tempoMatchError).toBeLessThan(1e-3);
  });

  it('reports the real stretch error when detected phrases are unevenly spaced', () => {
    const a = song({ bpm: 120, jitter: 0.05 });
    const plan = planChoreography(a, library('intermediate', [120]), params());
    expect(plan.metrics.tempoMatchError).toBeGreaterThan(0.001);
    expect(plan.metrics.phraseAlignment).toBe(1);
  });
});

describe('planChoreography: difficulty', () => {
  const a = song({ duration: 90 });

  it('uses only the requested difficulty when the library has enough', () => {
    const lib = [...library('beginner'), ...library('intermediate'), ...library('advanced')];
    for (const difficulty of ['beginner', 'intermediate', 'advanced'] as const) {
      const plan = planChoreography(a, lib, params({ difficulty }));
      expect(moves(plan.timeline).every((e) => e.moveId.startsWith(difficulty))).toBe(true);
      expect(plan.notes.join()).not.toMatch(/difficult|moves in the library/);
    }
  });

  it('falls back advanced → intermediate → beginner and notes it', () => {
    const twoAdvanced = library('advanced').slice(0, 2);
    const plan = planChoreography(a, [...twoAdvanced, ...library('intermediate'), ...library('beginner')], params({ difficulty: 'advanced' }));
    const used = new Set(moves(plan.timeline).map((e) => e.moveId.split('-')[0]));
    expect(used.has('beginner')).toBe(false);
    expect(used.has('intermediate')).toBe(true);
    expect(plan.notes).toContain('only 2 advanced moves in the library: added intermediate moves');

    const onlyBeginner = planChoreography(a, library('beginner'), params({ difficulty: 'advanced' }));
    expect(onlyBeginner.notes).toEqual(expect.arrayContaining([
      'no advanced moves in the library: used intermediate moves',
      'no advanced and intermediate moves in the library: used beginner moves',
    ]));
    expect(moves(onlyBeginner.timeline).length).toBeGreaterThan(5);
  });

  it('gives a beginner intermediate moves (not advanced) when beginner ones are missing', () => {
    const plan = planChoreography(a, [...library('intermediate'), ...library('advanced')], params({ difficulty: 'beginner' }));
    expect(moves(plan.timeline).every((e) => e.moveId.startsWith('intermediate'))).toBe(true);
    expect(plan.notes).toContain('no beginner moves in the library: used intermediate moves');
  });
});

describe('planChoreography: energy and style', () => {
  // quiet verses, loud choruses
  const a = song({ sections: sectionsOf([['verse', 0.2], ['chorus', 0.9], ['verse', 0.25], ['chorus', 0.95], ['verse', 0.2], ['chorus', 0.9]]) });
  const lib = library();
  const energyOf = (id: string) => ENERGY_VALUE[lib.find((m) => m.moveId === id)!.energy];

  it('matches move energy to the section energy (positive energy fit)', () => {
    for (const seed of [1, 2, 3]) {
      const plan = planChoreography(a, lib, params({ seed }));
      expect(plan.metrics.energyFit).toBeGreaterThan(0.6);
      const mean = (label: string) => {
        const xs = moves(plan.timeline).filter((e) => e.section === label).map((e) => energyOf(e.moveId));
        return xs.reduce((s, x) => s + x, 0) / xs.length;
      };
      expect(mean('chorus')).toBeGreaterThan(mean('verse') + 0.3);
    }
  });

  it('shifts the whole curve with the requested energy', () => {
    const meanEnergy = (energy: EnergyLevel) => {
      const xs = moves(planChoreography(a, lib, params({ energy })).timeline).map((e) => energyOf(e.moveId));
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    const low = meanEnergy('low');
    const medium = meanEnergy('medium');
    const high = meanEnergy('high');
    expect(low).toBeLessThan(medium - 0.07);
    expect(medium).toBeLessThan(high - 0.07);
  });

  it('prefers the requested style', () => {
    for (const style of ['romantic', 'sensual', 'energetic', 'playful'] as const) {
      const plan = planChoreography(a, lib, params({ style }));
      const share = moves(plan.timeline).filter((e) => lib.find((m) => m.moveId === e.moveId)!.style === style).length / moves(plan.timeline).length;
      expect(share).toBeGreaterThan(0.5);
    }
  });

  it('has no energy fit to speak of on a flat song', () => {
    const plan = planChoreography(song({ sections: sectionsOf([['verse', 0.5]]) }), lib, params());
    expect(plan.metrics.energyFit).toBe(0);
  });
});

describe('planChoreography: intro, outro, variety, connections', () => {
  const a = song({ duration: 120, sections: sectionsOf([['intro', 0.2], ['verse', 0.4], ['chorus', 0.8], ['outro', 0.3]]) });

  it('opens with an intro and closes with an outro when the library has them', () => {
    const plan = planChoreography(a, [...library(), ...framing()], params());
    const entries = moves(plan.timeline);
    expect(entries[0].label).toBe('intro');
    expect(entries[entries.length - 1].label).toBe('outro');
    expect(entries[entries.length - 1].end).toBe(a.duration);
    expect(entries.slice(1, -1).every((e) => e.label !== 'intro' && e.label !== 'outro')).toBe(true);
    expect(plan.notes.join()).not.toMatch(/intro|outro/);
  });

  it('opens and closes with figures, and says so, when the library has no intro or outro', () => {
    const plan = planChoreography(a, library(), params());
    expect(plan.timeline.length).toBeGreaterThan(5);
    expect(plan.notes).toEqual(expect.arrayContaining([expect.stringMatching(/no intro moves/), expect.stringMatching(/no outro moves/)]));
  });

  it('never dances the same move twice in a row and spreads the library', () => {
    const lib = library();
    for (let seed = 1; seed <= 10; seed++) {
      const plan = planChoreography(a, lib, params({ seed }));
      const entries = moves(plan.timeline);
      expect(plan.metrics.repeats).toBe(0);
      for (let k = 1; k < entries.length; k++) expect(entries[k].moveId).not.toBe(entries[k - 1].moveId);
      expect(plan.metrics.distinctMoves).toBe(new Set(entries.map((e) => e.moveId)).size);
      expect(plan.metrics.distinctMoves).toBeGreaterThanOrEqual(Math.min(8, entries.length / 2));
      // a move comes back only after at least two others
      for (let k = 2; k < entries.length; k++) expect(entries[k].moveId).not.toBe(entries[k - 2].moveId);
    }
  });

  it('chains moves whose start position is the previous end position', () => {
    const positions = [['closed', 'open'], ['open', 'closed'], ['closed', 'closed'], ['open', 'shadow'], ['shadow', 'closed'], ['open', 'open'], ['shadow', 'open'], ['closed', 'shadow']] as const;
    const lib = positions.flatMap(([from, to], k) =>
      ['low', 'medium', 'high'].map((energy) => move({ moveId: `p${k}-${energy}`, label: `${from}-${to}`, startPosition: from, endPosition: to, energy: energy as EnergyLevel })),
    );
    for (let seed = 1; seed <= 5; seed++) {
      const entries = moves(planChoreography(a, lib, params({ seed })).timeline);
      const byId = new Map(lib.map((m) => [m.moveId, m]));
      for (let k = 1; k < entries.length; k++) {
        expect(byId.get(entries[k].moveId)!.startPosition).toBe(byId.get(entries[k - 1].moveId)!.endPosition);
      }
    }
  });

  it('prefers a move whose first pose fits the previous move\'s last pose', () => {
    const pose = (x: number): DancerPose => ({ lead: Array.from({ length: 17 }, () => [x, 0.5] as [number, number]), follow: Array.from({ length: 17 }, () => [x + 0.1, 0.5] as [number, number]) });
    const spots = [0.1, 0.5, 0.9];
    const lib: MoveClip[] = [];
    for (let s = 0; s < 3; s++) for (let t = 0; t < 3; t++) for (const copy of [0, 1]) {
      lib.push(move({ moveId: `pose${s}${t}${copy}`, poseStart: pose(spots[s]), poseEnd: pose(spots[t]) }));
    }
    const byId = new Map(lib.map((m) => [m.moveId, m]));
    const entries = moves(planChoreography(a, lib, params()).timeline);
    let fits = 0;
    for (let k = 1; k < entries.length; k++) if (entries[k].moveId[4] === entries[k - 1].moveId[5]) fits++;
    expect(fits / (entries.length - 1)).toBeGreaterThan(0.9);
    expect(byId.size).toBe(18);
  });
});

describe('planChoreography: seeds', () => {
  const a = song({ duration: 120, sections: sectionsOf([['verse', 0.3], ['chorus', 0.8]]) });
  const lib = [...library(), ...framing()];

  it('is deterministic for a seed', () => {
    expect(planChoreography(a, lib, params({ seed: 42 }))).toEqual(planChoreography(a, lib, params({ seed: 42 })));
    // the order the index returned the moves in does not matter
    expect(planChoreography(a, [...lib].reverse(), params({ seed: 42 })).timeline).toEqual(planChoreography(a, lib, params({ seed: 42 })).timeline);
  });

  it('dances differently for different seeds', () => {
    const plans = [1, 2, 3, 4, 5].map((seed) => planChoreography(a, lib, params({ seed })).timeline.map((e) => `${e.moveId}@${e.start}`).join());
    expect(new Set(plans).size).toBeGreaterThanOrEqual(4);
  });
});

describe('measurePlan', () => {
  const a = song({ duration: 60 });
  const lib = library();

  it('catches moves off the phrase grid, repeats and gaps', () => {
    const plan = planChoreography(a, lib, params());
    const entries = moves(plan.timeline);
    const shifted = entries.map((e, k) => (k === 2 ? { ...e, start: e.start + 0.1 } : e));
    expect(measurePlan(a, shifted, lib).phraseAlignment).toBeCloseTo((entries.length - 1) / entries.length, 9);
    const repeated = entries.map((e, k) => (k === 3 ? { ...e, moveId: entries[2].moveId } : e));
    expect(measurePlan(a, repeated, lib).repeats).toBe(1);
    const gap = entries.filter((_, k) => k !== 1);
    expect(measurePlan(a, gap, lib).coverage).toBeLessThan(0.95);
    const slowed = entries.map((e) => ({ ...e, tempoRatio: e.tempoRatio * 0.9 }));
    expect(measurePlan(a, slowed, lib).tempoMatchError).toBeGreaterThan(0.03);
  });
});
