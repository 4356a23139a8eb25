/**
 * Test music from outside the product: bachata arrangements written as MIDI and rendered by fluidsynth
 * with Debian's General MIDI soundfonts, each song with its truth (tempo, beats, bar "1"s, 8-count
 * starts, sections, grid shifts). Two disjoint seed ranges: TUNE to tune the analysis on, REPORT to gate on.
 */
import type { GridShift, LeadVoice, Opening, SongSpec } from './arrange';
import { rng } from './random';
import { SOUNDFONTS } from './render';

export { arrange, shiftTruth, truthOf } from './arrange';
export type { GridShift, GridShiftTruth, Opening, SongSpec, Truth, TruthSection } from './arrange';
export { describeWithFluidsynth, fluidsynthMissing, renderSong, renderSongs, soundfontPath, SOUNDFONTS } from './render';
export type { RenderedSong, SoundfontName } from './render';

export const TUNE_SEEDS = { from: 1000, count: 12 };
export const REPORT_SEEDS = { from: 5000, count: 12 };
/** A larger tuning pool (fitting cues, choosing constants); like TUNE, never reported as the result. */
export const TUNE_POOL_SEEDS = { from: 2000, count: 96 };
/** A larger hold-out, never tuned on: scored by `npm run bench:analysis` (not gated: it shows how far the gates generalise). */
export const HOLDOUT_SEEDS = { from: 3000, count: 48 };

const OPENINGS: Opening[] = ['on-the-one', 'mid-phrase', 'pickup', 'free-intro'];
const SHIFTS: GridShift[] = ['two-beat-bridge', 'none', 'one-bar-bridge', 'odd-break', 'two-beat-bridge', 'one-bar-bridge'];
const LEADS: LeadVoice[] = ['choir', 'flute', 'voice', 'pan-flute', 'synth-voice'];
/** fluidsynth -g per soundfont: they differ in level by about 10 dB. */
const GAIN: Record<string, number> = { 'FluidR3_GM.sf2': 0.5, 'TimGM6mb.sf2': 0.45, 'OPL-3_FM_128M.sf2': 0.3, 'MuseScore_General_Lite.sf3': 0.5 };

/**
 * One song from a seed. The index inside the set rotates the soundfont, the opening and the grid shift
 * so each set covers every combination class; the seed draws the rest.
 */
export function songSpec(seed: number, index: number, seconds?: number): SongSpec {
  const r = rng(seed);
  const soundfont = SOUNDFONTS[index % SOUNDFONTS.length];
  const opening = OPENINGS[(index + Math.floor(index / 4)) % OPENINGS.length];
  const shift = SHIFTS[index % SHIFTS.length];
  const openingBeats = opening === 'pickup' ? r.int(1, 3) : opening === 'mid-phrase' ? r.pick([1, 2, 3, 5, 6, 7, 10, 13]) : 0;
  const spec: SongSpec = {
    name: '',
    seed,
    bpm: Math.round(r.range(95, 165) * 10) / 10,
    drift: r.pick([0, 0.01, 0.02, 0.03, 0.03]),
    seconds: Math.round(r.range(45, 85)),
    soundfont,
    gain: GAIN[soundfont],
    opening,
    openingBeats,
    shift,
    bongo: r.chance(0.7),
    guira: r.chance(0.7),
    bass: r.pick(['tumbao', 'tied-over-barline', 'walking'] as const),
    guitar: r.pick(['arpeggio', 'off-beat-strums', 'syncopated'] as const),
    requinto: r.chance(0.75),
    lead: LEADS[(index + seed) % LEADS.length],
    harmony: r.pick(['chord-per-bar', 'chord-per-8-count'] as const),
    noise: r.pick([0, 0, 0.05, 0.1, 0.2]),
    noiseColour: r.pick(['white', 'pink'] as const),
  };
  // A shorter version of the same song draws the same choices.
  if (seconds) spec.seconds = seconds;
  spec.name = describe(spec);
  return spec;
}

/** A name that says what is in the song, e.g. "s5003 131bpm ±2% OPL3 pickup2 odd-break no-bongo". */
export function describe(s: SongSpec): string {
  const sf = { 'FluidR3_GM.sf2': 'FluidR3', 'TimGM6mb.sf2': 'TimGM6mb', 'OPL-3_FM_128M.sf2': 'OPL3', 'MuseScore_General_Lite.sf3': 'MuseScore' }[s.soundfont] ?? s.soundfont;
  const parts = [`s${s.seed}`, `${Math.round(s.bpm)}bpm`, s.drift ? `±${Math.round(s.drift * 100)}%` : '', sf];
  parts.push(s.opening === 'pickup' ? `pickup${s.openingBeats}` : s.opening === 'mid-phrase' ? `cut${s.openingBeats}` : s.opening === 'free-intro' ? 'free-intro' : '');
  if (s.shift !== 'none') parts.push(s.shift);
  if (!s.bongo) parts.push('no-bongo');
  if (!s.guira) parts.push('no-guira');
  if (s.bass === 'tied-over-barline') parts.push('tied-bass');
  if (s.guitar === 'off-beat-strums') parts.push('offbeat');
  if (s.noise) parts.push(`noise${Math.round(s.noise * 100)}`);
  return parts.filter(Boolean).join(' ');
}

const set = (seeds: { from: number; count: number }, seconds?: number) =>
  Array.from({ length: seeds.count }, (_, i) => songSpec(seeds.from + i, i, seconds));

/** Songs to tune the analysis on. */
export function tuneSet(seconds?: number): SongSpec[] {
  return set(TUNE_SEEDS, seconds);
}

/** Songs the tests gate on; never tune on these. */
export function reportSet(seconds?: number): SongSpec[] {
  return set(REPORT_SEEDS, seconds);
}

/** The larger tuning pool (seeds 2000–2095). */
export function tunePool(seconds?: number): SongSpec[] {
  return set(TUNE_POOL_SEEDS, seconds);
}

/** The larger hold-out (seeds 3000–3047): scored, never tuned on. */
export function holdoutSet(seconds?: number): SongSpec[] {
  return set(HOLDOUT_SEEDS, seconds);
}
