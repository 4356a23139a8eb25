import type { SectionLabel } from '@bachata/core';
import { SYNTH_SAMPLE_RATE, bassNote, bongoHit, guiraStroke, midiToHz, pluck } from './instruments';
import { seededRandom } from './random';
// Module-level aliases: under jest's vm sandbox every `Math.` lookup goes through the global proxy
// and hot DSP loops run >10x slower.
const { abs, ceil, floor, max, min, round, sqrt } = Math;


export interface BachataTrackOptions {
  /** beats per minute, 105..155 is bachata's usual range */
  bpm?: number;
  /** approximate total length in seconds (the form is cut to whole 8-counts) */
  duration?: number;
  /** seconds of silence before the music, 0..1.5 */
  leadingSilence?: number;
  /** bars played by the guitars alone before the band comes in (an even number keeps phrases square) */
  introBars?: number;
  /** the requinto plays a few notes on beats 3-4 before bar 1 */
  pickup?: boolean;
  /** include choruses with heavier percussion (güira in 16ths, louder bongo, fills); default true */
  chorus?: boolean;
  /** white noise RMS relative to the music's RMS (0 = clean) */
  noise?: number;
  seed?: number;
  /** slow tempo variation as a fraction of the tempo (0.02 = ±2 %), like a live band */
  tempoDrift?: number;
  /** per-instrument gain (1 = the default balance) */
  mix?: Partial<Record<'bass' | 'segunda' | 'requinto' | 'guira' | 'bongo', number>>;
}

export interface SyntheticSection {
  label: SectionLabel;
  start: number;
  end: number;
}

/** What the generator knows for certain: every beat, every "1", every start of an 8-count. */
export interface BachataTrackTruth {
  bpm: number;
  beats: number[];
  downbeats: number[];
  phrases: number[];
  sections: SyntheticSection[];
  /** time of bar 1, beat 1 */
  firstDownbeat: number;
}

export interface SyntheticTrack {
  samples: Float32Array;
  sampleRate: typeof SYNTH_SAMPLE_RATE;
  duration: number;
  truth: BachataTrackTruth;
}

type Part = 'intro' | 'verse' | 'chorus' | 'break' | 'outro';

// Chords as semitones above the key's tonic. Two common bachata progressions, one chord per bar, so the
// harmony turns over every 4 bars = two 8-counts.
const MINOR_PROGRESSION = [[0, 3, 7], [5, 8, 12], [7, 11, 14], [0, 3, 7]];
const MAJOR_PROGRESSION = [[0, 4, 7], [7, 11, 14], [9, 12, 16], [5, 9, 12]];
const MINOR_SCALE = [0, 2, 3, 5, 7, 8, 11];
const MAJOR_SCALE = [0, 2, 4, 5, 7, 9, 11];

/** A 2-bar requinto motif: 16 eighth-note slots, each a scale step (or null = rest / let ring). */
function makeMotif(rand: () => number): (number | null)[] {
  const m: (number | null)[] = [];
  let step = 7 + floor(rand() * 3);
  for (let i = 0; i < 16; i++) {
    if (i === 1 || i === 13 || i === 14 || i === 15) { m.push(null); continue; } // long first note, held ending
    if (i === 12) { m.push(7); continue; } // resolve to the octave on beat 3 of bar 2
    step += rand() < 0.5 ? -1 : 1;
    if (rand() < 0.2) step += rand() < 0.5 ? -2 : 2;
    step = max(4, min(11, step));
    m.push(rand() < 0.12 ? null : step);
  }
  m[0] = 9 + (rand() < 0.5 ? 0 : 2);
  return m;
}

function scaleMidi(scale: number[], tonic: number, step: number): number {
  const oct = floor(step / 7);
  return tonic + 12 * oct + scale[((step % 7) + 7) % 7];
}

/** The song's form as one Part per bar. */
function planForm(totalBars: number, introBars: number, withChorus: boolean, rand: () => number): Part[] {
  const bars: Part[] = [];
  for (let i = 0; i < introBars && bars.length < totalBars; i++) bars.push('intro');
  const outroBars = totalBars - bars.length >= 8 ? 2 : 0;
  const bodyEnd = totalBars - outroBars;
  let cycle = 0;
  while (bars.length < bodyEnd) {
    const verse = 2 * (2 + floor(rand() * 2));
    for (let i = 0; i < verse && bars.length < bodyEnd; i++) bars.push('verse');
    const chorus = withChorus ? 4 : 0;
    for (let i = 0; i < chorus && bars.length < bodyEnd; i++) bars.push('chorus');
    if (withChorus && cycle % 2 === 1) for (let i = 0; i < 2 && bars.length < bodyEnd; i++) bars.push('break');
    cycle++;
  }
  while (bars.length < totalBars) bars.push('outro');
  return bars;
}

/** A bachata-like track with exact ground truth. Pure: same options, same samples. */
export function generateBachataTrack(options: BachataTrackOptions = {}): SyntheticTrack {
  const sr = SYNTH_SAMPLE_RATE;
  const bpm = options.bpm ?? 128;
  const rand = seededRandom(options.seed ?? 1);
  const lead = max(0, options.leadingSilence ?? 0);
  const T = 60 / bpm;
  const bar = 4 * T;
  const pickupBeats = options.pickup ? 2 : 0;
  const t0 = lead + pickupBeats * T;
  const tail = 2.5;
  const wanted = options.duration ?? 60;
  // Whole 8-counts, as close to the wanted length as possible.
  const totalBars = max(2, 2 * round((wanted - t0 - tail) / bar / 2));
  const introBars = min(options.introBars ?? 0, totalBars);
  const form = planForm(totalBars, introBars, options.chorus ?? true, rand);
  // Bands breathe: an optional slow sinusoidal tempo drift (period 64 beats) warps every note and the truth alike.
  const drift = options.tempoDrift ?? 0;
  const driftAmp = (drift * T * 64) / (2 * Math.PI);
  const timeOf = (beat: number) => t0 + T * beat + driftAmp * Math.sin((2 * Math.PI * beat) / 64);
  const end = timeOf(totalBars * 4);
  const length = ceil((end + tail) * sr);
  const out = new Float32Array(length);

  const minor = rand() < 0.6;
  const tonic = 45 + floor(rand() * 7); // A2..D#3 for the bass; guitars sit an octave or two above
  const progression = minor ? MINOR_PROGRESSION : MAJOR_PROGRESSION;
  const scale = minor ? MINOR_SCALE : MAJOR_SCALE;
  const motifs: Record<Part, (number | null)[]> = {
    intro: makeMotif(rand), verse: makeMotif(rand), chorus: makeMotif(rand), break: makeMotif(rand), outro: makeMotif(rand),
  };
  const gain = { bass: 1, segunda: 1, requinto: 1, guira: 1, bongo: 1, ...options.mix };
  const jitter = () => (rand() + rand() - 1) * 0.004;

  if (options.pickup) {
    // Four eighth notes climbing into bar 1.
    for (let i = 0; i < 4; i++) {
      const step = 5 + i;
      pluck(out, timeOf(-2 + i / 2) + jitter(), midiToHz(scaleMidi(scale, tonic + 24, step)), 0.5, 0.2, rand, 0.8);
    }
  }

  for (let b = 0; b < totalBars; b++) {
    const part = form[b];
    const at = (beatInBar: number) => timeOf(4 * b + beatInBar);
    const chord = progression[b % 4];
    const phraseBar = b % 2; // 0 = first bar of the 8-count
    const heavy = part === 'chorus';

    // Segunda: chord arpeggio in eighths, the "1" a little stronger.
    const voicing = [chord[0], chord[2], chord[1], chord[0] + 12];
    const arp = [0, 1, 2, 1, 3, 1, 2, 1];
    const gtrAmp = (part === 'break' ? 0.16 : 0.2) * gain.segunda;
    for (let e = 0; e < 8; e++) {
      const midi = tonic + 12 + voicing[arp[e]];
      pluck(out, at(e / 2) + jitter(), midiToHz(midi), 0.55, gtrAmp * (e === 0 ? 1.4 : e === 4 ? 1.1 : 0.9), rand, 0.45);
    }

    // Requinto: the section's 2-bar motif, so melody phrases line up with the 8-count.
    if (part !== 'verse' || phraseBar === 1) {
      const motif = motifs[part];
      for (let e = 0; e < 8; e++) {
        const step = motif[phraseBar * 8 + e];
        if (step == null || (part === 'verse' && e < 4)) continue;
        const ring = e === 0 || motif[phraseBar * 8 + e + 1] == null ? 0.9 : 0.35;
        pluck(out, at(e / 2) + jitter(), midiToHz(scaleMidi(scale, tonic + 24, step)), ring, (e === 0 ? 0.24 : 0.17) * gain.requinto, rand, 0.85);
      }
    }

    if (part === 'intro' || part === 'outro') continue;

    // Bass: root on 1, fifth on 3, and the syncopated push into the next bar on the "and" of 4 / beat 4.
    const root = midiToHz(tonic - 12 + chord[0]);
    const fifth = midiToHz(tonic - 12 + chord[0] + 7);
    const bassAmp = (part === 'break' ? 0.45 : 0.55) * gain.bass;
    bassNote(out, at(0) + jitter(), root, T * 1.6, bassAmp);
    bassNote(out, at(1.5) + jitter(), root * 2, T * 0.45, bassAmp * 0.35);
    bassNote(out, at(2) + jitter(), fifth, T * 0.95, bassAmp * 0.8);
    bassNote(out, at(3) + jitter(), midiToHz(tonic - 12 + progression[(b + 1) % 4][0] - 1), T * 0.9, bassAmp * 0.5);

    if (part === 'break') continue;

    // Güira: long scrape on 1 and 3, short strokes between, the 4 accented; 16ths in the chorus.
    const sub = heavy ? 4 : 2;
    for (let k = 0; k < 4 * sub; k++) {
      const onBeat = k % sub === 0;
      const beat = floor(k / sub);
      const long = onBeat && (beat === 0 || beat === 2);
      const amp = gain.guira * (heavy ? 0.9 : 0.7) * (long ? 1 : beat === 3 && onBeat ? 1.1 : onBeat ? 0.75 : 0.5);
      guiraStroke(out, at(k / sub) + jitter(), long ? T * 0.45 : T / sub * 0.6, amp, rand);
    }

    // Bongo martillo: eight strokes a bar, the slap on 4 (the dancer's tap), the open low drum after it.
    const macho = 380 + (tonic % 3) * 10;
    const hembra = 260;
    const bongAmp = (heavy ? 0.42 : 0.3) * gain.bongo;
    const martillo: [number, boolean, number][] = [
      [macho, false, 0.9], [macho, false, 0.35], [macho, false, 0.7], [macho, false, 0.35],
      [macho, false, 0.75], [macho, false, 0.35], [macho, true, 1.2], [hembra, false, 0.9],
    ];
    const fill = heavy && phraseBar === 1;
    for (let e = 0; e < 8; e++) {
      if (fill && e >= 4) continue;
      const [f, slap, a] = martillo[e];
      bongoHit(out, at(e / 2) + jitter(), f, bongAmp * a, slap, rand);
    }
    if (fill) {
      // Repique: sixteenths on beats 3-4 to announce the next 8-count.
      for (let k = 0; k < 8; k++) {
        bongoHit(out, at(2 + k / 4) + jitter(), k % 2 ? hembra : macho, bongAmp * (0.5 + 0.08 * k), k === 7, rand);
      }
    }
  }

  // Final chord on the "1" after the last bar.
  for (const [i, n] of progression[0].entries()) pluck(out, end + i * 0.015, midiToHz(tonic + 12 + n), 2.2, 0.3, rand, 0.5);
  bassNote(out, end, midiToHz(tonic - 12), 2.0, 0.5);

  if (options.noise && options.noise > 0) {
    const a = round(t0 * sr);
    let sum = 0;
    for (let i = a; i < out.length; i++) sum += out[i] * out[i];
    const rms = sqrt(sum / max(1, out.length - a));
    const level = options.noise * rms * sqrt(3); // uniform noise in [-1,1] has RMS 1/sqrt(3)
    for (let i = 0; i < out.length; i++) out[i] += level * (rand() * 2 - 1);
  }
  let peak = 0;
  for (let i = 0; i < out.length; i++) peak = max(peak, abs(out[i]));
  if (peak > 0) for (let i = 0; i < out.length; i++) out[i] *= 0.9 / peak;

  const beats: number[] = [];
  for (let k = -pickupBeats; k <= totalBars * 4; k++) beats.push(roundTime(timeOf(k)));
  const downbeats: number[] = [];
  for (let b = 0; b <= totalBars; b++) downbeats.push(roundTime(timeOf(4 * b)));
  const phrases = downbeats.filter((_, b) => b % 2 === 0);
  const sections: SyntheticSection[] = [];
  for (let b = 0; b < totalBars; b++) {
    const label = form[b];
    const start = roundTime(timeOf(4 * b));
    const barEnd = roundTime(timeOf(4 * b + 4));
    if (sections.length && sections[sections.length - 1].label === label) sections[sections.length - 1].end = barEnd;
    else sections.push({ label, start, end: barEnd });
  }
  return { samples: out, sampleRate: sr, duration: out.length / sr, truth: { bpm, beats, downbeats, phrases, sections, firstDownbeat: roundTime(t0) } };
}

function roundTime(t: number): number {
  return round(t * 1e4) / 1e4;
}
