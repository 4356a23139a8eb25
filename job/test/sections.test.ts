/**
 * Section labels follow the song's structure: songs with known sections (the synthetic songs, whose
 * generator writes the form down, and fluidsynth arrangements with their truth) labelled beat by beat
 * against that truth. The old energy-only labels called almost every phrase of some of these songs
 * "chorus" (a lone quiet break split the song into "break" and "chorus"); see docs/benchmarks.md.
 */
import type { Section } from '@bachata/core';
import { analyzeSamples } from '../src/analysis/analyze';
import { DEMO_SONGS } from '../src/demo/demo-songs';
import { accuracySet, generateBachataTrack, robustnessSet, type NamedTrackOptions } from '../src/synth';
import { describeWithFluidsynth, renderSong, songSpec } from './music';

jest.setTimeout(180_000);

const labelAt = (secs: Array<Pick<Section, 'label' | 'start' | 'end'>>, t: number) => secs.find((s) => t >= s.start && t < s.end)?.label;

/** Beat-by-beat agreement with the truth, and the share of beats called chorus (found, true). */
function score(found: Section[], truth: Array<Pick<Section, 'label' | 'start' | 'end'>>, beats: number[]) {
  let n = 0, same = 0, chorus = 0, trueChorus = 0;
  for (const b of beats) {
    const t = labelAt(truth, b);
    if (!t) continue;
    n++;
    const f = labelAt(found, b);
    if (f === t) same++;
    if (f === 'chorus') chorus++;
    if (t === 'chorus') trueChorus++;
  }
  return { agreement: same / n, chorus: chorus / n, trueChorus: trueChorus / n };
}

const synthetic: NamedTrackOptions[] = [
  ...DEMO_SONGS.map((s) => ({ name: s.slug, bpm: s.bpm, seed: s.seed, duration: s.duration, introBars: s.introBars, pickup: s.pickup, chorus: true, noise: 0 })),
  // songs 6 and 7 and the quiet-bass and no-bongo mixes were the "everything is chorus" ones
  ...accuracySet(8, 60), ...robustnessSet(4, 60),
];

describe('sections of synthetic songs with a known form', () => {
  const results: Array<{ name: string; agreement: number }> = [];
  it.each(synthetic.map((o) => [o.name, o] as const))('%s: intro, verses, choruses, break and outro where the song has them', (_, o) => {
    const track = generateBachataTrack(o);
    const a = analyzeSamples(track.samples, track.sampleRate);
    const s = score(a.sections, track.truth.sections, a.beats);
    results.push({ name: o.name, agreement: s.agreement });
    expect(s.agreement).toBeGreaterThanOrEqual(0.9);
    // never "almost every phrase is chorus": no more chorus than the song has, give or take a phrase
    expect(s.chorus).toBeLessThanOrEqual(s.trueChorus + 0.1);
    if (o.chorus !== false) expect(a.sections.some((x) => x.label === 'chorus')).toBe(true);
    else expect(a.sections.some((x) => x.label === 'chorus')).toBe(false);
    // a chorus that comes back is found both times
    const trueChoruses = track.truth.sections.filter((x) => x.label === 'chorus');
    for (const c of trueChoruses) expect(labelAt(a.sections, (c.start + c.end) / 2)).toBe('chorus');
  });
  afterAll(() => {
    if (results.length === synthetic.length) expect(results.reduce((t, r) => t + r.agreement, 0) / results.length).toBeGreaterThanOrEqual(0.97);
  });
});

describeWithFluidsynth('sections of fluidsynth arrangements (outside the product, with truth)', () => {
  // TUNE 1001 and REPORT 5001, 5011: before, almost all of 1001 and much of 5002/5008 was "chorus".
  it.each([[1001, 1], [5001, 1], [5011, 11], [5002, 2]])('seed %i: labels follow the arrangement', async (seed, index) => {
    const song = await renderSong(songSpec(seed, index));
    const a = analyzeSamples(song.samples, song.sampleRate);
    const s = score(a.sections, song.truth.sections, a.beats);
    expect(s.agreement).toBeGreaterThanOrEqual(0.85);
    expect(s.chorus).toBeLessThanOrEqual(s.trueChorus + 0.1);
  });
});
