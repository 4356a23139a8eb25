/** The test music itself: its truth is consistent, its sets cover the variety, its audio plays the truth. */
import { arrange, describeWithFluidsynth, renderSong, reportSet, SOUNDFONTS, truthOf, tuneSet, type SongSpec } from '.';
import { createHash } from 'node:crypto';
import { scoreToMidi } from './midi';

jest.setTimeout(180_000);
const digest = (x: Float32Array) => createHash('sha256').update(new Uint8Array(x.buffer, x.byteOffset, x.byteLength)).digest('hex');

const all = [...tuneSet(), ...reportSet()];
const truthOfSpec = (s: SongSpec) => {
  const arr = arrange(s);
  return truthOf(arr, scoreToMidi(arr.score).beatTimes);
};

describe('fluidsynth test music: specs and truth', () => {
  it('keeps TUNE and REPORT seeds apart and covers the variety in each set', () => {
    const tune = new Set(tuneSet().map((s) => s.seed));
    expect(reportSet().some((s) => tune.has(s.seed))).toBe(false);
    for (const set of [tuneSet(), reportSet()]) {
      expect(new Set(set.map((s) => s.soundfont))).toEqual(new Set(SOUNDFONTS));
      expect(new Set(set.map((s) => s.opening))).toEqual(new Set(['on-the-one', 'pickup', 'mid-phrase', 'free-intro']));
      expect(new Set(set.map((s) => s.shift))).toEqual(new Set(['none', 'two-beat-bridge', 'one-bar-bridge', 'odd-break']));
      expect(set.some((s) => !s.bongo) && set.some((s) => !s.guira) && set.some((s) => s.bass === 'tied-over-barline')).toBe(true);
      expect(set.some((s) => s.guitar === 'off-beat-strums') && set.some((s) => s.requinto) && set.some((s) => s.noise > 0) && set.some((s) => s.drift >= 0.03)).toBe(true);
      for (const s of set) {
        expect(s.bpm).toBeGreaterThanOrEqual(95);
        expect(s.bpm).toBeLessThanOrEqual(165);
        expect(s.drift).toBeLessThanOrEqual(0.03);
      }
    }
  });

  it.each(all.map((s) => [s.name, s]))('%s: beats hold the 1s, the 1s hold the 8-counts, the grid moves only at a shift', (_n, spec) => {
    const t = truthOfSpec(spec);
    const beatIndex = new Map(t.beats.map((b, i) => [b, i]));
    for (let i = 1; i < t.beats.length; i++) {
      const ratio = (t.beats[i] - t.beats[i - 1]) / (60 / spec.bpm);
      expect(ratio).toBeGreaterThan(1 / (1 + spec.drift) - 1e-3);
      expect(ratio).toBeLessThan(1 / (1 - spec.drift) + 1e-3);
    }
    expect(t.downbeats.every((d) => beatIndex.has(d))).toBe(true);
    expect(t.phrases.every((p) => t.downbeats.includes(p))).toBe(true);
    const shiftStarts = t.shifts.map((s) => beatIndex.get(s.start)!);
    const gaps = (xs: number[], every: number) => xs.slice(1).map((x, i) => [beatIndex.get(xs[i])!, beatIndex.get(x)!]).filter(([a, b]) => b - a !== every);
    // Every irregular gap between 8-counts spans one of the shifts.
    for (const [a, b] of gaps(t.phrases, 8)) expect(shiftStarts.some((s) => s > a && s < b)).toBe(true);
    for (const [a, b] of gaps(t.downbeats, 4)) expect(t.shifts.some((s) => s.kind === 'two-beat-bridge' && beatIndex.get(s.start)! >= a && beatIndex.get(s.start)! < b)).toBe(true);
    expect(t.shifts.length).toBe(spec.shift === 'none' ? 0 : 1);
    if (spec.opening === 'free-intro') expect(t.firstBeat).toBeGreaterThan(5);
  });
});

describeWithFluidsynth('fluidsynth test music: rendered audio', () => {
  const spec = reportSet().find((s) => s.opening === 'mid-phrase')!;

  it('renders the same samples again (from the cache) and plays onsets on the true beats', async () => {
    const song = await renderSong(spec);
    const again = await renderSong(spec);
    expect(digest(again.samples)).toBe(digest(song.samples));
    expect(song.duration).toBeGreaterThan(song.truth.beats[song.truth.beats.length - 1]);
    // Cut mid-phrase: the file starts at a beat that is not an 8-count 1.
    expect(song.truth.beats[0]).toBeLessThan(0.05);
    expect(song.truth.phrases[0]).toBeGreaterThan(0.2);
    // Energy rises on the true beats more than half a beat later (the off-beats).
    const hop = Math.round(song.sampleRate * 0.01);
    const energy = (t: number) => {
      let s = 0;
      const i0 = Math.round(t * song.sampleRate);
      for (let i = i0; i < i0 + hop && i < song.samples.length; i++) s += song.samples[i] ** 2;
      return Math.log(1e-9 + s);
    };
    const rise = (t: number) => Math.max(...[0, 0.01, 0.02].map((d) => energy(t + d))) - energy(t - 0.03);
    const beats = song.truth.beats.slice(1, -2);
    const onBeat = beats.reduce((s, b) => s + rise(b), 0) / beats.length;
    const offBeat = beats.reduce((s, b, i) => s + rise(b + (song.truth.beats[i + 2] - b) / 2.6), 0) / beats.length;
    expect(onBeat).toBeGreaterThan(offBeat);
  });
});
