/**
 * Metamorphic tests (no labels needed): where the audio starts must not move the count. The same song
 * cut at each of the 8 beats of an 8-count, and with 1–5 s of silence or of noise put in front, must
 * give the same bar "1"s and 8-count starts as the whole song, moved by the edit (agreement F >= 0.9
 * within ±70 ms, per song and per edit). On the product's synthetic songs and on fluidsynth songs.
 */
import { accuracySet, generateBachataTrack, robustnessSet } from '../src/synth';
import { describeWithFluidsynth, renderSong, songSpec, REPORT_SEEDS } from './music';
import { disagreements } from './music/metamorphic';

jest.setTimeout(600_000);

describe('the count does not depend on where the audio starts (synthetic songs)', () => {
  const songs = [...accuracySet(16, 45).filter((_, i) => i === 1 || i === 6 || i === 11), robustnessSet(8, 45)[2]];
  it.each(songs.map((o) => [o.name, o]))('%s', (_name, options) => {
    const track = generateBachataTrack(options);
    expect(disagreements(track.samples, track.sampleRate).failures).toEqual([]);
  });
});

describeWithFluidsynth('the count does not depend on where the audio starts (fluidsynth songs)', () => {
  // Four REPORT songs, one per soundfont, shortened to 50 s to keep the run short.
  const specs = [0, 5, 7, 10].map((i) => songSpec(REPORT_SEEDS.from + i, i, 50));
  it.each(specs.map((s) => [s.name, s]))('%s', async (_name, spec) => {
    const song = await renderSong(spec);
    expect(disagreements(song.samples, song.sampleRate).failures).toEqual([]);
  });
});
