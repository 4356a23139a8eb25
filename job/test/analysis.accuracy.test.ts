import { analyzeSamples } from '../src/analysis';
import { formatScoreTable, scoreTrack, summarise, type TrackScore } from '../src/analysis/evaluation';
import { accuracySet, generateBachataTrack, robustnessSet } from '../src/synth';

// 16 synthetic songs of ~50 s: tempos 105..155, 0..1.5 s leading silence, guitar-only intros, pickups,
// heavier choruses, added noise. The generator knows every beat, "1" and 8-count start.
describe('analysis accuracy on synthetic bachata', () => {
  const scores: TrackScore[] = [];

  beforeAll(() => {
    for (const options of accuracySet(16, 50)) {
      const track = generateBachataTrack(options);
      const analysis = analyzeSamples(track.samples, track.sampleRate);
      scores.push(scoreTrack(options.name, track.truth, analysis));
    }
    console.log(`Analysis accuracy (±70 ms)\n${formatScoreTable(scores)}`);
  }, 120_000);

  it('finds the tempo within 2 % on at least 95 % of tracks', () => {
    expect(summarise(scores).tempoAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the beats (F >= 0.90)', () => {
    expect(summarise(scores).beatF).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the "1" of each bar (F >= 0.80)', () => {
    expect(summarise(scores).downbeatF).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the start of each 8-count (F >= 0.75)', () => {
    expect(summarise(scores).phraseF).toBeGreaterThanOrEqual(0.75);
  });

  it('labels most of the song with the right section (intro/verse/chorus/break/outro)', () => {
    expect(summarise(scores).sectionAgreement).toBeGreaterThanOrEqual(0.7);
  });
});

// Variants the cues were not tuned on: tempo drift like a live band, quiet bass, loud guitars, quiet
// güira, no bongo. Same thresholds for the rhythm; sections are only reported.
describe('analysis accuracy on harder synthetic variants', () => {
  const scores: TrackScore[] = [];

  beforeAll(() => {
    for (const options of robustnessSet(8, 45)) {
      const track = generateBachataTrack(options);
      scores.push(scoreTrack(options.name, track.truth, analyzeSamples(track.samples, track.sampleRate)));
    }
    console.log(`Analysis accuracy, harder variants (±70 ms)\n${formatScoreTable(scores)}`);
  }, 120_000);

  it('keeps tempo, beats, downbeats and 8-counts above the same bars', () => {
    const sum = summarise(scores);
    expect(sum.tempoAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(sum.beatF).toBeGreaterThanOrEqual(0.9);
    expect(sum.downbeatF).toBeGreaterThanOrEqual(0.8);
    expect(sum.phraseF).toBeGreaterThanOrEqual(0.75);
  });
});
