/**
 * Metamorphic tests (no labels needed): where the audio starts must not move the count. The same song
 * cut at each of the 8 beats of an 8-count, and with 1–5 s of silence or of noise put in front, must
 * give the same bar "1"s and 8-count starts as the whole song, moved by the edit (agreement F >= 0.9
 * within ±70 ms, per song and per edit). On the product's synthetic songs and on fluidsynth songs.
 */
import { accuracySet, generateBachataTrack, robustnessSet } from '../src/synth';
import { describeWithFluidsynth, renderSong, songSpec, REPORT_SEEDS } from './music';
import { gate, METAMORPHIC_MISSES, seedOf } from './support/known-misses';
import { disagreements } from './music/metamorphic';

jest.setTimeout(600_000);

describe('the count does not depend on where the audio starts (synthetic songs)', () => {
  const songs = [...accuracySet(16, 45).filter((_, i) => i === 1 || i === 6 || i === 11), robustnessSet(8, 45)[2]];
  for (const options of songs) {
    gate(METAMORPHIC_MISSES.has(options.name))(options.name, () => {
      const track = generateBachataTrack(options);
      expect(disagreements(track.samples, track.sampleRate).failures).toEqual([]);
    });
  }
});

describeWithFluidsynth('the count does not depend on where the audio starts (fluidsynth songs)', () => {
  // Four REPORT songs, one per soundfont, shortened to 50 s to keep the run short.
  const specs = [0, 5, 7, 10].map((i) => songSpec(REPORT_SEEDS.from + i, i, 50));
  for (const spec of specs) {
    gate(METAMORPHIC_MISSES.has(seedOf(spec.name)))(spec.name, async () => {
      const song = await renderSong(spec);
      expect(disagreements(song.samples, song.sampleRate).failures).toEqual([]);
    });
  }
});
