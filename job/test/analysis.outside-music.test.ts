/**
 * The analysis on songs it was not designed around: MIDI arrangements rendered by fluidsynth with four
 * General MIDI soundfonts (job/test/music). Gated per song on the REPORT seeds (never tuned on):
 * every song must find its bar "1"s and its 8-count starts, events matched within ±70 ms.
 */
import type { SongAnalysis } from '@bachata/core';
import { analyzeSamples } from '../src/analysis';
import { eventFMeasure, formatScoreTable, scoreTrack, tempoWithin, type TrackScore } from '../src/analysis/evaluation';
import { gate, OUTSIDE_MUSIC_MISSES, seedOf } from './support/known-misses';
import { describeWithFluidsynth, renderSongs, reportSet, type RenderedSong } from './music';

const TOLERANCE = 0.07;
const specs = reportSet();

describeWithFluidsynth('analysis on fluidsynth songs from outside the product (REPORT seeds)', () => {
  const songs = new Map<string, RenderedSong>();
  const analyses = new Map<string, SongAnalysis>();
  const scores = new Map<string, TrackScore>();

  beforeAll(async () => {
    for (const song of await renderSongs(specs)) {
      const a = analyzeSamples(song.samples, song.sampleRate);
      songs.set(song.spec.name, song);
      analyses.set(song.spec.name, a);
      scores.set(song.spec.name, scoreTrack(song.spec.name, song.truth, a, TOLERANCE));
    }
    console.log(`Analysis on fluidsynth songs, REPORT seeds (±70 ms)\n${formatScoreTable([...scores.values()])}`);
  }, 300_000);

  describe.each(specs.map((s) => [s.name]))('%s', (name) => {
    const known = (gateName: string) => gate(OUTSIDE_MUSIC_MISSES.has(`${seedOf(name)} ${gateName}`));
    known('tempo')('finds the tempo (within 2 %) and the beats (F >= 0.9)', () => {
      const s = scores.get(name)!;
      expect(tempoWithin(s.bpm, s.trueBpm)).toBe(true);
      expect(s.beatF).toBeGreaterThanOrEqual(0.9);
    });

    known('downbeats')('finds the "1" of each bar (F >= 0.9)', () => {
      expect(scores.get(name)!.downbeatF).toBeGreaterThanOrEqual(0.9);
    });

    known('phrases')('finds the start of each 8-count (F >= 0.9)', () => {
      expect(scores.get(name)!.phraseF).toBeGreaterThanOrEqual(0.9);
    });
  });

  // A bridge or an odd-length break moves the 8-count grid; from one phrase after it on, the detected
  // 8-counts must be on the new grid (the old grid's starts count as false ones).
  const shifted = specs.filter((s) => s.shift !== 'none');
  const followsTheShift = (name: string) => {
    const song = songs.get(name)!;
    const a = analyses.get(name)!;
    const { truth } = song;
    expect(truth.shifts.length).toBeGreaterThan(0);
    for (const [k, shift] of truth.shifts.entries()) {
      const phrase = (8 * 60) / truth.bpm;
      const from = shift.newGridStart + phrase - TOLERANCE;
      const to = (truth.shifts[k + 1]?.start ?? song.duration) - TOLERANCE;
      const inWindow = (xs: number[]) => xs.filter((x) => x >= from && x < to);
      const ref = inWindow(truth.phrases);
      expect(ref.length).toBeGreaterThanOrEqual(3);
      const f = eventFMeasure(inWindow(a.phrases), ref, TOLERANCE).f;
      // The failure names the shift and its time.
      expect(f >= 0.9 ? 'on the new grid' : `after the ${shift.kind} at ${shift.start.toFixed(1)} s: 8-count F ${f.toFixed(3)}`).toBe('on the new grid');
    }
  };
  for (const s of shifted) gate(OUTSIDE_MUSIC_MISSES.has(`${seedOf(s.name)} shift`))(`${s.name}: follows the shifted 8-count grid within one phrase`, () => followsTheShift(s.name));
});
