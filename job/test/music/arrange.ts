/**
 * Bachata arrangements as General MIDI scores, written from how the music is played (not from the
 * analysis code or the product's synthesiser). Where the "1" is comes from the arrangement: each
 * section starts a phrase, the chord progression and the sung lead start on the 8-count's 1, fills
 * lead into it. The TRUTH is read off the same plan the notes are written from.
 */
import { DRUMS, type ChannelSetup, type Note, type Score } from './midi';
import { rng, type Rng } from './random';

export type SectionLabel = 'intro' | 'verse' | 'chorus' | 'break' | 'outro';
/** How the recording begins. */
export type Opening = 'on-the-one' | 'pickup' | 'mid-phrase' | 'free-intro';
/** What moves the 8-count grid in the middle of the song. */
export type GridShift = 'none' | 'two-beat-bridge' | 'one-bar-bridge' | 'odd-break';
export type BassStyle = 'tumbao' | 'tied-over-barline' | 'walking';
export type GuitarStyle = 'arpeggio' | 'off-beat-strums' | 'syncopated';
export type LeadVoice = 'choir' | 'voice' | 'synth-voice' | 'flute' | 'pan-flute';
export type Harmony = 'chord-per-bar' | 'chord-per-8-count';

export interface SongSpec {
  name: string;
  seed: number;
  bpm: number;
  /** peak tempo deviation as a fraction (0.03 = ±3 %) */
  drift: number;
  /** target length in seconds (the song ends on the bar nearest to it) */
  seconds: number;
  soundfont: string;
  /** fluidsynth -g */
  gain: number;
  opening: Opening;
  /** beats cut off the start for 'mid-phrase', pickup beats for 'pickup' */
  openingBeats: number;
  shift: GridShift;
  bongo: boolean;
  guira: boolean;
  bass: BassStyle;
  guitar: GuitarStyle;
  /** syncopated 16th-note requinto lines in the intro, the break and phrase-end fills */
  requinto: boolean;
  lead: LeadVoice;
  harmony: Harmony;
  /** white/pink noise RMS as a fraction of the music's RMS */
  noise: number;
  noiseColour: 'white' | 'pink';
}

export interface TruthSection {
  label: SectionLabel;
  start: number;
  end: number;
}

/** Where the phrase grid restarts off its old phase (after a bridge or an odd-length break). */
export interface GridShiftTruth {
  kind: Exclude<GridShift, 'none'>;
  /** first beat of the bridge / the extra bar */
  start: number;
  /** the first 8-count "1" on the new grid */
  newGridStart: number;
}

export interface Truth {
  /** median tempo over the song */
  bpm: number;
  beats: number[];
  /** the "1" of every 4-beat bar (a 2-beat bridge has none) */
  downbeats: number[];
  /** the "1" of every 8-count */
  phrases: number[];
  sections: TruthSection[];
  shifts: GridShiftTruth[];
  /** seconds of music before the first beat (free-time intro, lead-in) */
  firstBeat: number;
}

interface Block {
  label: SectionLabel;
  /** beats in the block: 4 per bar, 2 for a two-beat bridge */
  beats: number;
  /** the block starts a new 8-count grid (every section does; a bridge or the odd bar does not) */
  startsPhrase: boolean;
  bridge?: boolean;
}

interface GridBeat {
  block: number;
  /** beat index inside the block */
  inBlock: number;
  downbeat: boolean;
  phrase: boolean;
  pickup: boolean;
}

const PROGRAMS = {
  lead: { choir: 52, voice: 53, 'synth-voice': 54, flute: 73, 'pan-flute': 75 } as Record<LeadVoice, number>,
};
const CH = { lead: 0, guitar: 1, requinto: 2, bass: 3, pad: 4 };
const KIT = { kick: 36, clap: 39, crash: 49, hiBongo: 60, loBongo: 61, muteConga: 62, openConga: 63, loConga: 64, cabasa: 69, maracas: 70, shortGuiro: 73, longGuiro: 74, claves: 75 };

const MINOR: Record<string, [number, 'maj' | 'min']> = { i: [0, 'min'], iv: [5, 'min'], V: [7, 'maj'], VI: [8, 'maj'], III: [3, 'maj'], VII: [10, 'maj'] };
const MAJOR: Record<string, [number, 'maj' | 'min']> = { I: [0, 'maj'], ii: [2, 'min'], IV: [5, 'maj'], V: [7, 'maj'], vi: [9, 'min'], iii: [4, 'min'] };
const MINOR_PROGRESSIONS = [['i', 'iv', 'V', 'i'], ['i', 'VI', 'III', 'VII'], ['i', 'VII', 'VI', 'V'], ['i', 'iv', 'VII', 'III']];
const MAJOR_PROGRESSIONS = [['I', 'V', 'vi', 'IV'], ['I', 'IV', 'V', 'IV'], ['I', 'vi', 'IV', 'V'], ['I', 'ii', 'V', 'I']];
const MINOR_SCALE = [0, 2, 3, 5, 7, 8, 10];
const MAJOR_SCALE = [0, 2, 4, 5, 7, 9, 11];

interface Chord { root: number; quality: 'maj' | 'min' }
const tones = (c: Chord) => [c.root, c.root + (c.quality === 'maj' ? 4 : 3), c.root + 7];

export interface Arrangement {
  score: Score;
  /** grid beat k → flags; grid beat times come from the MIDI tempo map */
  grid: GridBeat[];
  blocks: Block[];
  /** grid beat where each block starts */
  blockStart: number[];
  /** beats cut off the start of the rendered audio ('mid-phrase') */
  cutBeats: number;
  /** one extra final chord struck on the beat after the grid (a beat, "1" and 8-count start) */
  finalHit: boolean;
}

/** `lead`: seconds before the first bar (free-time intro, pickup), counted in the target length. */
function planBlocks(spec: SongSpec, r: Rng, lead: number): Block[] {
  const bar = (4 * 60) / spec.bpm;
  const section = (label: SectionLabel, bars: number): Block => ({ label, beats: bars * 4, startsPhrase: true });
  const verseBars = r.pick([8, 8, 4]);
  const chorusBars = r.pick([8, 8, 4]);
  const head: Block[] = [section('intro', r.pick([4, 4, 2])), section('verse', verseBars), section('chorus', chorusBars)];
  const shift: Block[] = [];
  if (spec.shift === 'two-beat-bridge') shift.push({ label: 'break', beats: 2, startsPhrase: false, bridge: true });
  if (spec.shift === 'one-bar-bridge') shift.push({ label: 'break', beats: 4, startsPhrase: false, bridge: true });
  if (spec.shift === 'odd-break') {
    const bars = r.pick([3, 5]);
    // An odd break is whole 8-counts plus one lone bar: its last bar is not an 8-count start.
    shift.push({ label: 'break', beats: (bars - 1) * 4, startsPhrase: true }, { label: 'break', beats: 4, startsPhrase: false });
  }
  const tail: Block[] = [];
  const used = () => lead + [...head, ...shift, ...tail].reduce((s, b) => s + b.beats, 0) * (bar / 4);
  // Verse/chorus sections until the target length, leaving room for a 4-bar outro.
  let k = 0;
  for (;;) {
    const left = spec.seconds - used() - 4 * bar;
    // At least one full 8-bar section after a grid shift, so the new grid can be checked.
    const bars = left >= 8 * bar || (k === 0 && shift.length) ? 8 : left >= 4 * bar ? 4 : 0;
    if (!bars) break;
    tail.push(section(k % 2 === 0 ? 'verse' : 'chorus', bars));
    k++;
  }
  tail.push(section('outro', 4));
  return [...head, ...shift, ...tail];
}

/** Tempo: a slow sway plus a bounded random walk, never past ±drift. */
function beatLengths(spec: SongSpec, beats: number, r: Rng): number[] {
  const period = r.range(12, 28); // bars per tempo sway
  const phase = r.range(0, 2 * Math.PI);
  let walk = 0;
  const out: number[] = [];
  for (let k = 0; k < beats; k++) {
    walk = Math.max(-1, Math.min(1, walk + r.gauss() * 0.08));
    const dev = spec.drift * Math.max(-1, Math.min(1, 0.7 * Math.sin(phase + (2 * Math.PI * k) / (4 * period)) + 0.3 * walk));
    out.push(60 / (spec.bpm * (1 + dev)));
  }
  return out;
}

export function arrange(spec: SongSpec): Arrangement {
  const r = rng(spec.seed * 7919 + 17);
  const minor = r.chance(0.6);
  const key = r.int(52, 59); // E3..B3: the tonic the parts are voiced around
  const scale = minor ? MINOR_SCALE : MAJOR_SCALE;
  const progression = r.pick(minor ? MINOR_PROGRESSIONS : MAJOR_PROGRESSIONS);
  const romans = minor ? MINOR : MAJOR;
  const chordOf = (roman: string): Chord => ({ root: key + romans[roman][0], quality: romans[roman][1] });
  const dominant: Chord = { root: key + 7, quality: 'maj' };

  const freeSeconds = spec.opening === 'free-intro' ? r.range(5, 9) : 0;
  const gridStart = spec.opening === 'free-intro' ? freeSeconds + r.range(0.4, 0.9) : r.range(0.15, 0.6);
  const pickupBeats0 = spec.opening === 'pickup' ? spec.openingBeats : 0;
  const blocks = planBlocks(spec, r, gridStart + (pickupBeats0 * 60) / spec.bpm);
  const pickupBeats = spec.opening === 'pickup' ? spec.openingBeats : 0;
  const grid: GridBeat[] = [];
  for (let p = 0; p < pickupBeats; p++) grid.push({ block: -1, inBlock: p - pickupBeats, downbeat: false, phrase: false, pickup: true });
  const blockStart: number[] = [];
  blocks.forEach((b, bi) => {
    blockStart.push(grid.length);
    for (let i = 0; i < b.beats; i++) {
      const downbeat = b.beats >= 4 && i % 4 === 0;
      grid.push({ block: bi, inBlock: i, downbeat, phrase: b.startsPhrase && i % 8 === 0, pickup: false });
    }
  });

  const beatSeconds = beatLengths(spec, grid.length, r);

  const notes: Note[] = [];
  const human = () => r.gauss() * 0.004; // a few ms of timing spread, in beats at ~130 bpm
  const add = (channel: number, key: number, velocity: number, at: number, dur: number) =>
    notes.push({ channel, key, velocity: velocity + r.gauss() * 5, at: at + human(), dur });
  const drum = (key: number, velocity: number, at: number) => notes.push({ channel: DRUMS, key, velocity: velocity + r.gauss() * 6, at: at + human(), dur: 0.2 });

  // Per-song choices of how each part is played.
  const bassProgram = r.pick([32, 33, 34, 38]);
  const guitarProgram = r.pick([24, 24, 25, 26]);
  const requintoProgram = r.pick([24, 25, 27]);
  const padProgram = r.pick([48, 49, 89, 16]);
  const usePad = r.chance(0.6);
  const kick = r.pick(['none', 'four', 'tambora'] as const);
  const clap = r.chance(0.35);
  const crash = r.chance(0.5);
  const bongoAccent = r.pick([[100, 55, 70, 55, 85, 55, 70, 60], [70, 50, 100, 50, 70, 50, 100, 55], [80, 60, 80, 60, 80, 60, 80, 60]]);
  const melodyRhythms: Array<Array<[number, number]>> = [
    [[0, 1], [1, 0.5], [1.5, 1], [2.5, 0.5], [3, 1], [4, 1.5], [5.5, 1]],
    [[0, 1.5], [1.5, 0.5], [2, 1], [3, 0.5], [3.5, 1], [4.5, 0.5], [5, 1.5]],
    [[0, 0.5], [0.5, 0.5], [1, 1], [2, 0.5], [2.5, 1.5], [4, 0.5], [4.5, 0.5], [5, 2]],
    [[0, 2], [2, 0.5], [2.5, 0.5], [3, 1], [4, 1], [5, 0.5], [5.5, 1.5]],
  ];
  const rhythmA = r.pick(melodyRhythms);
  const rhythmB = r.pick(melodyRhythms);
  const leadPickup = r.chance(0.4);
  const phraseFills = spec.requinto && r.chance(0.8);

  const chordAt = (g: GridBeat): Chord => {
    if (g.block < 0) return dominant; // pickup into the first 1
    const b = blocks[g.block];
    if (b.bridge || (!b.startsPhrase && b.label === 'break')) return dominant;
    const bar = Math.floor(g.inBlock / 4);
    const idx = spec.harmony === 'chord-per-bar' ? bar % 4 : Math.floor(bar / 2) % 4;
    return chordOf(progression[idx]);
  };
  const intensity: Record<SectionLabel, number> = { intro: 0.75, verse: 0.85, chorus: 1, break: 0.8, outro: 0.75 };

  const scaleNote = (degreeFromTonic: number) => {
    const oct = Math.floor(degreeFromTonic / 7);
    const d = ((degreeFromTonic % 7) + 7) % 7;
    return key + 12 * oct + scale[d];
  };
  const nearestChordTone = (target: number, c: Chord) => {
    let best = target;
    let bestD = Infinity;
    for (const t of tones(c)) for (let o = -2; o <= 3; o++) {
      const n = t + 12 * o;
      if (Math.abs(n - target) < bestD) { bestD = Math.abs(n - target); best = n; }
    }
    return best;
  };
  const nearestScale = (target: number) => {
    let best = target;
    let bestD = Infinity;
    for (let d = -14; d < 28; d++) {
      const n = scaleNote(d);
      if (Math.abs(n - target) < bestD) { bestD = Math.abs(n - target); best = n; }
    }
    return best;
  };

  let leadPitch = key + 12 + 7;
  const melody = (phraseStart: number, rhythm: Array<[number, number]>, vel: number, answer: boolean) => {
    if (leadPickup && phraseStart >= 1) add(CH.lead, nearestScale(leadPitch + 2), vel - 12, phraseStart - 0.5, 0.45);
    rhythm.forEach(([pos, dur], i) => {
      const at = phraseStart + pos;
      const g = grid[Math.min(grid.length - 1, Math.floor(at))];
      const c = chordAt(g);
      const strong = Number.isInteger(pos);
      let target = leadPitch + r.pick([-2, -1, 1, 2, 0, 3, -3]);
      if (i === rhythm.length - 1 && answer) target = key + 12; // the answer comes home to the tonic
      target = Math.max(key + 9, Math.min(key + 26, target));
      leadPitch = strong ? nearestChordTone(target, c) : nearestScale(target);
      // The singer leans on the first syllable of the phrase.
      add(CH.lead, leadPitch, vel + (i === 0 ? 18 : strong ? 4 : -6), at, dur * 0.92);
    });
  };

  // Walk the grid bar by bar.
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const s0 = blockStart[bi];
    const level = intensity[b.label];
    const v = (x: number) => x * level;
    for (let i = 0; i < b.beats; i += 4) {
      const at = s0 + i;
      const len = Math.min(4, b.beats - i);
      const g = grid[at];
      const c = chordAt(g);
      const [r1, r3, r5] = tones(c);
      const endOfPhrase = b.startsPhrase && i % 8 === 4;
      const bridge = !!b.bridge || !b.startsPhrase;

      // Segunda guitar: everywhere but a bass-and-drums break.
      const guitarHere = !(b.label === 'break' && b.startsPhrase && !spec.requinto);
      if (guitarHere) {
        const gv = v(bridge ? 80 : 72);
        if (bridge) {
          // The bridge: one held chord struck on its first beat.
          [r1, r3, r5, r1 + 12].forEach((n, k) => add(CH.guitar, n, gv, at + k * 0.03, len - 0.1));
        } else if (spec.guitar === 'arpeggio') {
          const pat = [r1, r5, r3 + 12, r5, r1 + 12, r5, r3 + 12, r5];
          pat.forEach((n, k) => add(CH.guitar, n, gv * (k % 2 ? 0.8 : 1), at + k * 0.5, 0.6));
        } else if (spec.guitar === 'off-beat-strums') {
          // Boom-chick: a bass string on the beat, the chord strummed on the "and" (strums alone would
          // sound on the beat to anyone hearing only the guitar).
          for (let k = 0; k < len; k++) {
            add(CH.guitar, (k % 2 ? r5 : r1) - 12, gv * 0.9, at + k, 0.4);
            [r1 + 12, r3 + 12, r5 + 12].forEach((n, j) => add(CH.guitar, n, gv, at + k + 0.5 + j * 0.02, 0.35));
          }
        } else {
          const pos = [0, 0.75, 1.5, 2, 2.75, 3.5];
          pos.forEach((p, k) => {
            add(CH.guitar, k % 2 ? r5 + 12 : r3 + 12, gv * (k === 0 ? 1 : 0.85), at + p, 0.4);
            if (k % 3 === 0) add(CH.guitar, r1, gv * 0.7, at + p, 0.5);
          });
        }
      }

      // Requinto: lines in the intro and the break, a fill leading into the next 8-count elsewhere.
      if (spec.requinto && (b.label === 'intro' || b.label === 'break' || (endOfPhrase && phraseFills && b.label !== 'outro'))) {
        const lines = [[0.25, 0.5, 1, 1.25, 1.75, 2.25, 2.5, 3, 3.5, 3.75], [0.5, 0.75, 1.25, 1.5, 2, 2.75, 3.25, 3.5], [0, 0.25, 0.75, 1.5, 1.75, 2.5, 3, 3.25, 3.75]];
        const line = r.pick(lines).filter((p) => b.label === 'intro' || b.label === 'break' || p >= 2);
        let pitch = nearestChordTone(key + 24 + r.int(-3, 5), c);
        const dir = r.chance(0.5) ? -1 : 1;
        for (const p of line) {
          if (p >= len) continue;
          add(CH.requinto, pitch, v(84) + (Number.isInteger(p) ? -8 : 6), at + p, 0.22);
          pitch = nearestScale(pitch + dir * r.pick([1, 2, 2, 3]));
          if (pitch > key + 33 || pitch < key + 14) pitch = nearestChordTone(key + 24, c);
        }
      }

      // Bass: not in the intro's first half, not in a bridge.
      const bassHere = !(b.label === 'intro' && i < b.beats / 2) && !b.bridge;
      if (bassHere) {
        const bass = (n: number) => n - 24 + (n - 24 < 28 ? 12 : 0);
        const bv = v(96);
        if (spec.bass === 'tumbao') {
          add(CH.bass, bass(r1), bv, at, 1.2);
          add(CH.bass, bass(r5), bv * 0.85, at + 1.5, 0.45);
          add(CH.bass, bass(r1), bv * 0.9, at + 2, 0.9);
          if (len > 3) add(CH.bass, bass(r3), bv * 0.8, at + 3, 0.45);
          if (len > 3) add(CH.bass, bass(r5), bv * 0.8, at + 3.5, 0.45);
        } else if (spec.bass === 'tied-over-barline') {
          // The root is struck on the "and" of the previous 4 and rings through the 1.
          const from = at > 0 ? at - 0.5 : at;
          add(CH.bass, bass(r1), bv, from, at + 1.5 - from);
          add(CH.bass, bass(r5), bv * 0.85, at + 2, 0.9);
          if (len > 3) add(CH.bass, bass(r3), bv * 0.8, at + 3, 0.45);
        } else {
          const next = chordAt(grid[Math.min(grid.length - 1, at + 4)]);
          [r1, r3, r5, tones(next)[0] + (r.chance(0.5) ? 1 : -1)].slice(0, len).forEach((n, k) => add(CH.bass, bass(n), bv * (k === 0 ? 1 : 0.88), at + k, 0.85));
        }
      }

      // Pad: held chords under the chorus.
      if (usePad && b.label === 'chorus') [r1, r3, r5].forEach((n) => add(CH.pad, n + 12, v(58), at, len - 0.05));

      // Percussion.
      const perc = b.label !== 'intro' || i >= b.beats / 2;
      if (perc && !b.bridge) {
        for (let k = 0; k < len * 2; k++) {
          const p = at + k * 0.5;
          if (spec.bongo) drum(k % 2 ? KIT.loBongo : KIT.hiBongo, v(bongoAccent[k % 8]), p);
          if (spec.guira) {
            drum(k % 2 ? KIT.shortGuiro : KIT.longGuiro, v(k % 2 ? 62 : 78), p);
            if (b.label === 'chorus') drum(KIT.shortGuiro, v(48), p + 0.25);
          } else if (b.label === 'chorus') drum(KIT.maracas, v(55), p);
        }
        for (let k = 0; k < len; k++) {
          if (kick === 'four') drum(KIT.kick, v(90), at + k);
          if (kick === 'tambora' && (k === 0 || k === 2)) drum(KIT.kick, v(88), at + k);
          if (kick === 'tambora') drum(KIT.openConga, v(70), at + k + 0.75);
          if (clap && (k === 1 || k === 3) && b.label === 'chorus') drum(KIT.clap, v(80), at + k);
        }
        // A conga roll into the next 8-count.
        if (endOfPhrase && r.chance(0.5)) [3, 3.25, 3.5, 3.75].forEach((p, k) => drum(k < 2 ? KIT.muteConga : KIT.loConga, v(70 + 8 * k), at + p));
      }
      if (crash && i === 0 && b.startsPhrase && (b.label === 'chorus' || b.label === 'verse')) drum(KIT.crash, v(90), at);
      if (b.bridge && spec.bongo) [0, 0.5, 1, 1.5].filter((p) => p < len).forEach((p) => drum(KIT.hiBongo, v(96), at + p));
    }

    // The sung lead: verse and chorus, one 8-count question and one answer.
    if (b.label === 'verse' || b.label === 'chorus') {
      for (let i = 0; i < b.beats; i += 8) melody(s0 + i, (i / 8) % 2 ? rhythmB : rhythmA, b.label === 'chorus' ? 92 : 80, (i / 8) % 2 === 1);
    }
  }

  // Pickup beats: the lead and the guitar lead into the first 1.
  if (pickupBeats > 0) {
    const c = dominant;
    for (let p = 0; p < pickupBeats * 2; p++) add(CH.lead, nearestScale(key + 19 - p), 76 + 4 * p, p * 0.5, 0.45);
    tones(c).forEach((n, j) => add(CH.guitar, n + 12, 66, j * 0.03, pickupBeats - 0.1));
  }

  // Free-time intro: rubato arpeggios before any pulse.
  if (freeSeconds > 0) {
    let t = 0.2;
    let ci = 0;
    while (t < freeSeconds - 0.5) {
      const c = chordOf(progression[ci % 4]);
      const [a, m, f] = tones(c);
      const group = [a, f, m + 12, f + 12, a + 24, m + 12].slice(0, r.int(4, 6));
      for (const n of group) {
        notes.push({ channel: CH.requinto, key: n, velocity: r.range(50, 88), at: t, dur: r.range(0.8, 2.2), free: true });
        t += r.range(0.09, 0.55) * (r.chance(0.15) ? 2.5 : 1);
      }
      t += r.range(0.5, 1.3);
      ci++;
    }
  }

  // The final chord on the 1 after the outro.
  const endAt = grid.length;
  const home = chordOf(progression[0]);
  [...tones(home).map((n) => n + 12), tones(home)[0] - 12].forEach((n, j) => add(CH.guitar, n, 80, endAt + j * 0.02, 3));
  add(CH.bass, tones(home)[0] - 24 + 12, 90, endAt, 3);
  if (spec.bongo) drum(KIT.hiBongo, 90, endAt);

  const channels: ChannelSetup[] = [
    { channel: CH.lead, program: PROGRAMS.lead[spec.lead], volume: 96, pan: 64, reverb: 50 },
    { channel: CH.guitar, program: guitarProgram, volume: 92, pan: 44, reverb: 30 },
    { channel: CH.requinto, program: requintoProgram, volume: 100, pan: 84, reverb: 30 },
    { channel: CH.bass, program: bassProgram, volume: 110, pan: 64, reverb: 10 },
    { channel: CH.pad, program: padProgram, volume: 70, pan: 64, reverb: 60 },
    { channel: DRUMS, program: 0, volume: 100, pan: 64, reverb: 20 },
  ];
  const cutBeats = spec.opening === 'mid-phrase' ? spec.openingBeats : 0;
  // One more beat of tempo for the final chord to ring into.
  return { score: { gridStart, beatSeconds: [...beatSeconds, beatSeconds[beatSeconds.length - 1], ...Array(3).fill(beatSeconds[beatSeconds.length - 1])], channels, notes }, grid, blocks, blockStart, cutBeats, finalHit: true };
}

/** The truth in seconds, from the arrangement's grid and the MIDI file's beat times. */
export function truthOf(arr: Arrangement, beatTimes: number[]): Truth {
  const { grid, blocks, blockStart } = arr;
  const beats: number[] = [];
  const downbeats: number[] = [];
  const phrases: number[] = [];
  grid.forEach((g, k) => {
    beats.push(beatTimes[k]);
    if (g.downbeat) downbeats.push(beatTimes[k]);
    if (g.phrase) phrases.push(beatTimes[k]);
  });
  const end = beatTimes[grid.length];
  if (arr.finalHit) {
    beats.push(end);
    downbeats.push(end);
    phrases.push(end);
  }
  const sections: TruthSection[] = [];
  blocks.forEach((b, bi) => {
    const start = beatTimes[blockStart[bi]];
    const stop = beatTimes[blockStart[bi] + b.beats];
    const last = sections[sections.length - 1];
    if (last && last.label === b.label && !b.bridge) last.end = stop;
    else sections.push({ label: b.label, start, end: stop });
  });
  const shifts: GridShiftTruth[] = [];
  blocks.forEach((b, bi) => {
    if (b.startsPhrase) return;
    const next = blockStart[bi] + b.beats;
    shifts.push({ kind: b.bridge ? (b.beats === 2 ? 'two-beat-bridge' : 'one-bar-bridge') : 'odd-break', start: beatTimes[blockStart[bi]], newGridStart: beatTimes[next] });
  });
  const ibis = beats.slice(1, grid.length).map((t, i) => t - beats[i]).sort((a, b) => a - b);
  const bpm = 60 / ibis[Math.floor(ibis.length / 2)];
  return { bpm, beats, downbeats, phrases, sections, shifts, firstBeat: beats[0] };
}

/** Shift a truth by `seconds` (negative: the audio was cut), dropping what falls before the start. */
export function shiftTruth(t: Truth, seconds: number): Truth {
  const mv = (xs: number[]) => xs.map((x) => x + seconds).filter((x) => x >= -1e-9);
  return {
    bpm: t.bpm,
    beats: mv(t.beats),
    downbeats: mv(t.downbeats),
    phrases: mv(t.phrases),
    sections: t.sections.map((s) => ({ ...s, start: Math.max(0, s.start + seconds), end: s.end + seconds })).filter((s) => s.end > 0),
    shifts: t.shifts.map((s) => ({ ...s, start: s.start + seconds, newGridStart: s.newGridStart + seconds })).filter((s) => s.start >= 0),
    firstBeat: Math.max(0, t.firstBeat + seconds),
  };
}
