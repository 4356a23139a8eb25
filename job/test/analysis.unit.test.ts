import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioDecodeError, NoSteadyBeatError, analyzeAudioFile, analyzeSamples } from '../src/analysis';
import { decodeAudio } from '../src/audio/decode';
import type { BeatFeatures } from '../src/analysis/beatFeatures';
import { barPositions } from '../src/analysis/downbeats';
import { eventFMeasure, tempoWithin } from '../src/analysis/evaluation';
import { labelSections } from '../src/analysis/sections';
import { bpmOf, foldTempo } from '../src/analysis/tempo';
import { generateBachataTrack, seededRandom, writeWav } from '../src/synth';

describe('eventFMeasure', () => {
  it('scores matches within the tolerance, each reference used once', () => {
    expect(eventFMeasure([1, 2, 3], [1, 2, 3]).f).toBe(1);
    expect(eventFMeasure([1.1, 2.1, 3.1], [1, 2, 3]).f).toBe(0);
    expect(eventFMeasure([1.05, 2.05, 3.05], [1, 2, 3]).f).toBe(1);
    const half = eventFMeasure([1, 1.01, 2], [1, 2, 3, 4]);
    expect(half.matched).toBe(2);
    expect(half.precision).toBeCloseTo(2 / 3);
    expect(half.recall).toBeCloseTo(0.5);
    expect(eventFMeasure([], [1]).f).toBe(0);
    expect(tempoWithin(122, 120)).toBe(true);
    expect(tempoWithin(123, 120)).toBe(false);
  });
});

describe('foldTempo', () => {
  const grid = (bpm: number, n: number, start = 0) => Array.from({ length: n }, (_, i) => start + (i * 60) / bpm);
  it('doubles a half-time grid into bachata range', () => {
    const folded = foldTempo(grid(64, 40), () => 1);
    expect(bpmOf(folded)).toBeCloseTo(128, 1);
    expect(folded).toHaveLength(79);
  });
  it('halves a double-time grid, keeping the beats that carry the onsets', () => {
    const fast = grid(260, 80);
    const strongOnOdd = (t: number) => (Math.round((t * 260) / 60) % 2 === 1 ? 1 : 0.2);
    const folded = foldTempo(fast, strongOnOdd);
    expect(bpmOf(folded)).toBeCloseTo(130, 1);
    expect(folded[0]).toBeCloseTo(fast[1], 6);
  });
  it('leaves a bachata tempo alone', () => {
    expect(foldTempo(grid(128, 20), () => 1)).toHaveLength(20);
  });
});

describe('barPositions', () => {
  function features(positionOf: (i: number) => number, n: number, seed = 1): BeatFeatures {
    const rand = seededRandom(seed);
    const mk = (f: (pos: number) => number) => Float64Array.from({ length: n }, (_, i) => f(positionOf(i)) + 0.6 * rand());
    const zero = new Float64Array(n);
    return {
      times: Array.from({ length: n }, (_, i) => i * 0.5),
      bassOnset: mk((p) => (p === 0 ? 1 : p === 2 ? 0.6 : 0)),
      chordChange: mk((p) => (p === 0 ? 0.5 : 0)),
      midOnset: mk((p) => (p === 3 ? 1 : 0.3)),
      highOnset: mk((p) => (p === 3 ? 1 : 0.3)),
      airOnset: zero, onset: zero, loudnessDb: zero, busyness: zero, airActivity: zero, bandLog: [zero, zero, zero, zero, zero],
    };
  }
  it('finds the "1" from bass, chord changes and the accent on 4', () => {
    const pos = barPositions(features((i) => (i + 3) % 4, 96)); // beat 0 is the "4" of a pickup bar
    expect(pos.slice(0, 8)).toEqual([3, 0, 1, 2, 3, 0, 1, 2]);
  });
  it('follows a 2-beat bar in the arrangement instead of losing the count for the rest of the song', () => {
    const positionOf = (i: number) => (i < 50 ? i % 4 : (i - 50) % 4); // beats 48,49 form a 2-beat bar
    const pos = barPositions(features(positionOf, 160, 3));
    const wrong = pos.filter((p, i) => p !== positionOf(i)).length;
    expect(wrong).toBeLessThan(8);
    expect(pos.slice(60)).toEqual(Array.from({ length: 100 }, (_, k) => positionOf(60 + k)));
  });
});

describe('labelSections', () => {
  it('names intro, verse, chorus, break and outro from energy and position', () => {
    const energy = [0.2, 0.55, 0.85, 0.55, 0.85, 0.35, 0.55, 0.85, 0.2];
    expect(labelSections(energy, 0.58)).toEqual(['intro', 'verse', 'chorus', 'verse', 'chorus', 'break', 'verse', 'chorus', 'outro']);
  });
  it('calls an evenly loud song one long verse', () => {
    expect(labelSections([0.6, 0.62, 0.6], 0.6)).toEqual(['verse', 'verse', 'verse']);
  });
});

describe('decodeAudio and analyzeAudioFile', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'decode-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function reason(p: Promise<unknown>): Promise<string> {
    try { await p; return 'ok'; } catch (e) { return e instanceof AudioDecodeError ? e.reason : `other: ${String(e)}`; }
  }

  it('names what is wrong with bad files', async () => {
    expect(await reason(decodeAudio(join(dir, 'missing.mp3')))).toBe('missing');
    writeFileSync(join(dir, 'text.mp3'), 'not music at all\n'.repeat(100));
    expect(await reason(decodeAudio(join(dir, 'text.mp3')))).toBe('not-audio');
    writeWav(join(dir, 'silence.wav'), new Float32Array(44100 * 8), 44100);
    expect(await reason(decodeAudio(join(dir, 'silence.wav')))).toBe('silent');
    writeWav(join(dir, 'short.wav'), generateBachataTrack({ duration: 8, seed: 4 }).samples.subarray(0, 3 * 44100), 44100);
    expect(await reason(decodeAudio(join(dir, 'short.wav')))).toBe('too-short');
  });

  it('decodes an MP3 (any ffmpeg format) to 44.1 kHz mono and analyses it', async () => {
    const track = generateBachataTrack({ bpm: 118, duration: 30, leadingSilence: 0.4, seed: 21 });
    const wav = join(dir, 'song.wav');
    const mp3 = join(dir, 'song.mp3');
    writeWav(wav, track.samples, 44100);
    execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-i', wav, '-ac', '2', '-ar', '48000', '-b:a', '160k', mp3]);
    const decoded = await decodeAudio(mp3);
    expect(decoded.sampleRate).toBe(44100);
    expect(Math.abs(decoded.duration - track.duration)).toBeLessThan(0.1);
    const a = await analyzeAudioFile(mp3);
    expect(tempoWithin(a.bpm, 118)).toBe(true);
    expect(eventFMeasure(a.beats, track.truth.beats).f).toBeGreaterThan(0.9);
  }, 60_000);
});

describe('analyzeSamples on audio without a beat', () => {
  it('refuses a sustained tone instead of inventing beats', () => {
    const tone = Float32Array.from({ length: 44100 * 15 }, (_, i) => 0.4 * Math.sin((2 * Math.PI * 220 * i) / 44100));
    expect(() => analyzeSamples(tone, 44100)).toThrow(NoSteadyBeatError);
    expect(() => analyzeSamples(tone, 44100)).toThrow(/No steady beat/);
  });
  it('refuses white noise', () => {
    const rand = seededRandom(5);
    const noise = Float32Array.from({ length: 44100 * 15 }, () => (rand() * 2 - 1) * 0.3);
    expect(() => analyzeSamples(noise, 44100)).toThrow(NoSteadyBeatError);
  });
  it('refuses too little audio', () => {
    expect(() => analyzeSamples(new Float32Array(44100 * 3), 44100)).toThrow(/too short/);
  });
});
