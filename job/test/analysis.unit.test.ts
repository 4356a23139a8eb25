import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SONG_ANALYSIS_VERSION, summariseAnalysis } from '@bachata/core';
import { AudioDecodeError, NoSteadyBeatError, analyzeAudioFile, analyzeSamples } from '../src/analysis';
import { decodeAudio } from '../src/audio/decode';
import type { BeatFeatures } from '../src/analysis/beatFeatures';
import { phraseCues } from '../src/analysis/phrases';
import { countPositions } from '../src/analysis/count';
import { tapBeats, trackBeats } from '../src/analysis/essentia';
import { computeFrameFeatures } from '../src/analysis/spectrum';
import { MIN_ONSET_STRENGTH, onsetStrength, pulseClarity } from '../src/analysis/pulse';
import { barPositions } from '../src/analysis/downbeats';
import { eventFMeasure, tempoWithin } from '../src/analysis/evaluation';
import { labelSections } from '../src/analysis/sections';
import { bpmOf, foldTempo, settledStart, steadyStart } from '../src/analysis/tempo';
import { onBeatLogRatio, preferSecond, sameGrid } from '../src/analysis/beatPhase';
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

describe('the beat phase (beatPhase.ts)', () => {
  // Frames every 10 ms; beats every 0.5 s; a "bass" series that hits on the beats only.
  const frames = 1000;
  const ff = { offset: 0, hopSeconds: 0.01, frameCount: frames, bandOnset: [new Float32Array(frames)] } as unknown as Parameters<typeof onBeatLogRatio>[0];
  const onBeats = Array.from({ length: 19 }, (_, i) => 0.5 + 0.5 * i);
  const offBeats = onBeats.map((t) => t + 0.25);
  ff.bandOnset[0].fill(0.2); // a floor of other onsets everywhere, as in music
  for (const t of onBeats) ff.bandOnset[0][Math.round(t / 0.01)] = 1;

  it('measures whether a series hits on a grid\'s beats or half-way between them', () => {
    expect(onBeatLogRatio(ff, ff.bandOnset[0], onBeats)).toBeCloseTo(Math.log(5), 5);
    expect(onBeatLogRatio(ff, ff.bandOnset[0], offBeats)).toBeCloseTo(-Math.log(5), 5);
  });

  it('prefers the grid the bar model is surer of, and at equal confidence the one with the bass on its beats', () => {
    expect(preferSecond(ff, { beats: offBeats, downbeatConfidence: 0.6 }, { beats: onBeats, downbeatConfidence: 0.6 })).toBeGreaterThan(0);
    expect(preferSecond(ff, { beats: onBeats, downbeatConfidence: 0.6 }, { beats: offBeats, downbeatConfidence: 0.6 })).toBeLessThan(0);
    // a much surer bar model outweighs the bass
    expect(preferSecond(ff, { beats: onBeats, downbeatConfidence: 0.2 }, { beats: offBeats, downbeatConfidence: 0.99 })).toBeGreaterThan(0);
  });

  it('treats grids within ±70 ms as the same grid and half a beat apart as different', () => {
    expect(sameGrid(onBeats, onBeats.map((t) => t + 0.03))).toBe(true);
    expect(sameGrid(onBeats, offBeats)).toBe(false);
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
  it('keeps a tempo just under the range whose double would be above it (a 95 bpm song, not 190)', () => {
    expect(bpmOf(foldTempo(grid(94.6, 60), () => 1))).toBeCloseTo(94.6, 1);
    expect(bpmOf(foldTempo(grid(189.2, 120), () => 1))).toBeCloseTo(94.6, 1);
    expect(bpmOf(foldTempo(grid(80, 60), () => 1))).toBeCloseTo(160, 1);
  });
  it('leaves a bachata tempo alone', () => {
    expect(foldTempo(grid(128, 20), () => 1)).toHaveLength(20);
  });
});

describe('settledStart (the lock-on of the forward tap replaced by the beats of the reversed tap)', () => {
  const T = 0.4;
  const truth = Array.from({ length: 60 }, (_, i) => 1 + i * T);
  // The forward tap locks on 8 % slow: 12 beats drifting off the grid (up to 0.38 s late, one beat
  // dropped), then on the grid. The reversed tap is on the grid throughout, two frames (46 ms) late.
  const lockOn = Array.from({ length: 12 }, (_, i) => 1 + i * 1.08 * T);
  const forward = [...lockOn, ...truth.filter((t) => t > lockOn[11] + 0.6 * T)];
  const reversed = truth.map((t) => t + 0.046);
  it('takes the beats of the reversed tap, lined up on the forward ones, before the first four beats both have', () => {
    const off = (beats: number[]) => beats.map((t) => Math.min(...truth.map((x) => Math.abs(x - t))));
    expect(Math.max(...off(forward))).toBeGreaterThan(0.15);
    const out = settledStart(forward, reversed);
    expect(out).toHaveLength(truth.length); // the dropped beat is back
    // every beat on the grid: the reversed beats exactly (the 46 ms taken out), the joint within 50 ms
    out.forEach((t, i) => expect(Math.abs(t - truth[i])).toBeLessThan(0.05));
    expect(off(out.slice(0, 10)).every((e) => e < 0.001)).toBe(true);
  });
  it('keeps the forward beats where the reversed tap wanders before they meet (steps more than 10 % off the period)', () => {
    // the reversed tap on a bass-less intro: half a beat early, its steps 12.5 % long, onto the grid by beat 4
    const wander = truth.map((t, i) => t + 0.046 - (i < 4 ? 0.5 * T - i * 0.05 : 0));
    expect(settledStart(forward, wander)).toBe(forward);
  });
  it('leaves the forward beats alone where the two taps agree from the start, or never do', () => {
    expect(settledStart(truth, reversed)).toBe(truth);
    expect(settledStart(truth, truth.map((t) => t + 0.5 * T))).toBe(truth);
  });
});

describe('barPositions', () => {
  function features(positionOf: (i: number) => number, n: number, seed = 1): BeatFeatures {
    const rand = seededRandom(seed);
    const mk = (f: (pos: number) => number) => Float64Array.from({ length: n }, (_, i) => f(positionOf(i)) + 0.6 * rand());
    const zero = new Float64Array(n);
    return {
      times: Array.from({ length: n }, (_, i) => i * 0.5),
      // General evidence only: the harmony changes on the 1, the 1 is the loudest beat, the bass plays
      // on 1 and 3 alike (so it cannot tell them apart on its own).
      chordChange: mk((p) => (p === 0 ? 0.5 : 0)),
      loudnessDb: mk((p) => (p === 0 ? 1 : 0)),
      bassOnset: mk((p) => (p === 0 || p === 2 ? 1 : 0)),
      midOnset: zero, highOnset: zero, airOnset: zero, onset: zero, busyness: zero, airActivity: zero,
      chordChange8: zero, chroma: new Float64Array(n * 12), bandLog: [zero, zero, zero, zero, zero],
    };
  }
  it('finds the "1" from harmonic change and beat loudness', () => {
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

describe('phraseCues: barLouder (the first bar of an 8-count louder than the bar before it)', () => {
  it('is + on the 1 of a phrase that ends softer, − on its 5, and unknown where a bar would leave the song', () => {
    const n = 64;
    const zero = new Float64Array(n);
    // 8-count phrases from beat 0: the first bar at 0 dB, the second fading to −3 dB.
    const loudnessDb = Float64Array.from({ length: n }, (_, i) => (i % 8 < 4 ? 0 : -3));
    const f: BeatFeatures = {
      times: Array.from({ length: n }, (_, i) => i * 0.5), loudnessDb,
      chordChange: zero, chordChange8: zero, bassOnset: zero, midOnset: zero, highOnset: zero, airOnset: zero, onset: zero,
      busyness: zero, airActivity: zero, chroma: new Float64Array(n * 12), bandLog: [zero, zero, zero, zero, zero],
    };
    const cue = phraseCues(f).parity.barLouder;
    for (let i = 8; i + 4 <= n; i += 8) {
      expect(cue[i]).toBeGreaterThan(1);
      expect(cue[i - 4]).toBeLessThan(-1);
    }
    expect(Number.isNaN(cue[0]) && Number.isNaN(cue[3]) && Number.isNaN(cue[n - 3])).toBe(true);
  });
});

describe('countPositions (the 8-count of every beat)', () => {
  /** Noisy bar evidence for the true positions, and phrase evidence (+ on a 1, − on a 5) of a given strength. */
  function evidence(countOf: (i: number) => number, n: number, phraseStrength: number, seed = 11) {
    const rand = seededRandom(seed);
    const bar = Array.from({ length: n }, (_, i) => Float64Array.from({ length: 4 }, (_, p) => (p === countOf(i) % 4 ? 1 : 0) + 1.2 * (rand() - 0.5)));
    const signed = Float64Array.from({ length: n }, (_, i) => (countOf(i) === 0 ? phraseStrength : countOf(i) === 4 ? -phraseStrength : 0) + 0.4 * (rand() - 0.5));
    return { bar, phrase: { peaks: new Float64Array(n), signed } };
  }

  it('re-phases the 8-count within a phrase after a one-bar bridge', () => {
    const countOf = (i: number) => (i < 96 ? i % 8 : (i - 100) % 8 < 0 ? (i - 100 + 8) % 8 : (i - 100) % 8); // beats 96..99: a lone bar
    const { bar, phrase } = evidence(countOf, 200, 0.8);
    const pos = countPositions(bar, phrase).positions;
    expect(pos.slice(0, 90)).toEqual(Array.from({ length: 90 }, (_, i) => countOf(i)));
    // After the bridge the new grid holds within one 8-count of the shift.
    expect(pos.slice(108)).toEqual(Array.from({ length: 92 }, (_, k) => countOf(108 + k)));
  });

  it('keeps the 8-counts before a 2-beat bridge however loudly the bridge says "not a 1"', () => {
    // s5010's shape: six phrases of modest evidence, then a bridge whose first beat (the old grid's 1,
    // opening no 8-count) reads strongly as "not a 1" in cue windows that straddle both grids.
    const countOf = (i: number) => (i < 50 ? i % 8 : (i - 50) % 8);
    const { bar, phrase } = evidence(countOf, 120, 0.3, 15);
    phrase.signed[48] = -5;
    const pos = countPositions(bar, phrase).positions;
    expect(pos.slice(0, 50)).toEqual(Array.from({ length: 50 }, (_, i) => countOf(i)));
    expect(pos.slice(58)).toEqual(Array.from({ length: 62 }, (_, k) => countOf(58 + k)));
  });

  it('gives the same counts however many beats the input starts late (no prior on the first beat)', () => {
    const { bar, phrase } = evidence((i) => (i + 5) % 8, 160, 0.5, 12);
    const full = countPositions(bar, phrase).positions;
    for (let k = 1; k < 8; k++) {
      const cut = countPositions(bar.slice(k), { peaks: phrase.peaks.slice(k), signed: phrase.signed.slice(k) }).positions;
      expect(cut).toEqual(full.slice(k));
    }
  });

  it('is confident on clear evidence and below 0.5 when there is none', () => {
    const clear = evidence((i) => i % 8, 128, 0.8, 13);
    const sure = countPositions(clear.bar, clear.phrase).confidence;
    expect(sure.downbeats).toBeGreaterThan(0.8);
    expect(sure.phrases).toBeGreaterThan(0.7);
    const rand = seededRandom(14);
    const flat = Array.from({ length: 128 }, () => Float64Array.from({ length: 4 }, () => 1.2 * (rand() - 0.5)));
    const unsure = countPositions(flat, { peaks: new Float64Array(128), signed: new Float64Array(128) }).confidence;
    expect(unsure.downbeats).toBeLessThan(0.5);
    expect(unsure.phrases).toBeLessThan(0.5);
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

describe('analyzeSamples: confidence and short clips', () => {
  it('reports how sure it is of the 1 and of the 8-count, and the summary carries it', () => {
    const track = generateBachataTrack({ bpm: 126, duration: 40, introBars: 2, seed: 31 });
    const a = analyzeSamples(track.samples, track.sampleRate);
    expect(a.version).toBe(SONG_ANALYSIS_VERSION);
    expect(SONG_ANALYSIS_VERSION).toBeGreaterThanOrEqual(2);
    expect(Object.keys(a.confidence).sort()).toEqual(['downbeats', 'phrases']);
    for (const c of [a.confidence.downbeats, a.confidence.phrases]) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    expect(a.confidence.downbeats).toBeGreaterThan(0.5);
    expect(summariseAnalysis(a).confidence).toEqual(a.confidence);
  });

  it('analyses a 7 s clip (two 8-counts) instead of refusing it', () => {
    const track = generateBachataTrack({ bpm: 112, duration: 7, seed: 32 });
    const a = analyzeSamples(track.samples, track.sampleRate);
    expect(tempoWithin(a.bpm, 112)).toBe(true);
    expect(a.downbeats.length).toBeGreaterThanOrEqual(2);
  });
});

describe('analyzeSamples on audio without a beat', () => {
  it('refuses a sustained tone instead of inventing beats', () => {
    const tone = Float32Array.from({ length: 44100 * 15 }, (_, i) => 0.4 * Math.sin((2 * Math.PI * 220 * i) / 44100));
    expect(() => analyzeSamples(tone, 44100)).toThrow(NoSteadyBeatError);
    expect(() => analyzeSamples(tone, 44100)).toThrow(/No steady beat/);
  });
  // Only the abrupt start used to refuse the tone: its first frame's flux (the rise from silence) set
  // the autocorrelation's scale. Faded in, tones and chords were given a tempo and counts.
  const fadedIn = (partials: number[], fade: number) => Float32Array.from({ length: 44100 * 15 }, (_, i) =>
    Math.min(1, i / (fade * 44100)) * partials.reduce((sum, f) => sum + (0.4 / partials.length) * Math.sin((2 * Math.PI * f * i) / 44100), 0));
  it.each([
    ['a 220 Hz tone faded in over 0.3 s', [220], 0.3],
    ['a 441 Hz tone faded in over 50 ms', [441], 0.05],
    ['a 330.7 Hz tone faded in over 1 s', [330.7], 1],
    ['a five-note chord faded in', [110, 220, 277.2, 329.6, 440], 0.3],
  ])('refuses %s', (_name, partials, fade) => {
    const audio = fadedIn(partials, fade);
    expect(onsetStrength(computeFrameFeatures(audio, 44100))).toBeLessThan(MIN_ONSET_STRENGTH);
    expect(() => analyzeSamples(audio, 44100)).toThrow(NoSteadyBeatError);
  });
  // Every file's first frame rises from the silence before it: in a dense mix (a real recording) that
  // one frame's flux is ~10× the median and used to set the autocorrelation's scale, so real clips cut
  // into the music read as "no steady beat". Noise pulsed at 120 bpm stands in for such a mix.
  it('reads the pulse of a dense mix whose first frame is the whole spectrum at once', () => {
    const rand = seededRandom(7);
    const mix = Float32Array.from({ length: 44100 * 6 }, (_, i) => (rand() * 2 - 1) * 0.2 * (1 + 1.5 * Math.exp(-((i / 44100) % 0.5) / 0.03)));
    const ff = computeFrameFeatures(mix, 44100);
    expect(ff.flux[0]).toBeGreaterThan(5 * ff.flux[Math.floor(ff.frameCount / 2)]);
    expect(pulseClarity(ff, 0.5)).toBeGreaterThan(0.5);
  });
  it('accepts a click track in digital silence (no sound between the beats is no reason to refuse)', () => {
    const click = Float32Array.from({ length: 44100 * 30 }, (_, i) => {
      const t = (i / 44100) % 0.5;
      return t < 0.01 ? 0.8 * Math.sin(2 * Math.PI * 1500 * t) * (1 - t / 0.01) : 0;
    });
    expect(tempoWithin(analyzeSamples(click, 44100).bpm, 120)).toBe(true);
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

describe('beat tracking: our complex-domain ODF + essentia TempoTapDegara', () => {
  // The beat grid is essentia's: its Degara tempo tap over the complex-domain onset function that our
  // FFT pass computes (the same frames, window and formula as BeatTrackerDegara's inner network), so
  // the audio is transformed once. Any drift from essentia's own beat tracker shows here.
  const same = (samples: Float32Array) => {
    const ff = computeFrameFeatures(samples, 44100);
    const ours = tapBeats(ff.complexOdf, ff.hopSeconds);
    const theirs = trackBeats(samples);
    expect(ours.length).toBe(theirs.length);
    expect(ours.length).toBeGreaterThan(10);
    for (let i = 0; i < ours.length; i++) expect(Math.abs(ours[i] - theirs[i])).toBeLessThan(1e-3);
  };
  it('gives the same beats as essentia.js BeatTrackerDegara on a song with silence in front and an odd length', () => {
    const track = generateBachataTrack({ bpm: 131, duration: 23.7, introBars: 2, pickup: true, leadingSilence: 1.3, noise: 0.08, seed: 41 });
    same(track.samples);
  });
  it('gives the same beats on a drifting, bass-light arrangement', () => {
    const track = generateBachataTrack({ bpm: 112, duration: 19.3, tempoDrift: 0.03, mix: { bass: 0.35, bongo: 0 }, seed: 7 });
    same(track.samples);
  });
  const realClip = join(__dirname, '..', '..', '..', 'shared', 'moves', 'original', 'basic', 'basic.mp4');
  (existsSync(realClip) ? it : it.skip)('gives the same beats on a real recording (a clip of the original move library)', async () => {
    same((await decodeAudio(realClip)).samples);
  });
});

describe('a free-time intro (no 8-count starts before the groove)', () => {
  // 7 s of rubato guitar: plucked notes at irregular times, then the band comes in on the "1".
  const rubatoThenGroove = () => {
    const sr = 44100;
    const random = seededRandom(5);
    const free = new Float32Array(Math.round(7 * sr));
    for (let t = 0.2; t < 6.8; t += 0.15 + random() * 0.9) {
      const f = 196 * 2 ** (Math.floor(random() * 12) / 12);
      const at = Math.round(t * sr);
      for (let i = 0; i < sr * 0.8 && at + i < free.length; i++) free[at + i] += 0.25 * Math.sin((2 * Math.PI * f * i) / sr) * Math.exp(-i / (0.25 * sr));
    }
    const groove = generateBachataTrack({ bpm: 128, duration: 40, introBars: 0, seed: 12 });
    const out = new Float32Array(free.length + groove.samples.length);
    out.set(free);
    out.set(groove.samples, free.length);
    return { samples: out, grooveStart: 7 + groove.truth.beats[0], truth: groove.truth };
  };
  it('starts the first 8-count where the groove starts, not on beats extrapolated through the intro', () => {
    const song = rubatoThenGroove();
    const a = analyzeSamples(song.samples, 44100);
    expect(a.phrases.length).toBeGreaterThan(3);
    expect(a.phrases[0]).toBeGreaterThanOrEqual(song.grooveStart - 0.07);
    // the groove's own 8-counts are all still there
    const truePhrases = song.truth.phrases.map((p) => p + 7);
    expect(eventFMeasure(a.phrases, truePhrases, 0.07).f).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps every 8-count of a song that grooves from its first beat', () => {
    const track = generateBachataTrack({ bpm: 128, duration: 40, introBars: 0, seed: 12 });
    const a = analyzeSamples(track.samples, 44100);
    expect(eventFMeasure(a.phrases, track.truth.phrases, 0.07).f).toBeGreaterThanOrEqual(0.95);
    expect(a.phrases[0]).toBeLessThan(track.truth.phrases[0] + 0.07);
  });
});

describe('steadyStart (the tracker\'s lock-on beats)', () => {
  it('drops leading beats off the period up to four steady intervals, and leaves a steady grid alone', () => {
    const T = 0.5;
    const grid = Array.from({ length: 30 }, (_, i) => 2 + i * T);
    expect(steadyStart(grid)).toEqual(grid);
    // lock-on: a beat squeezed in and one 150 ms late before the grid settles
    const lockOn = [0.55, 1.21, 1.5, ...grid];
    expect(steadyStart(lockOn)).toEqual([1.5, ...grid]);
    // never more than the first 8 beats: a song that never settles keeps its beats
    const ragged = Array.from({ length: 30 }, (_, i) => i * T + (i % 2 ? 0.12 : 0));
    expect(steadyStart(ragged)).toEqual(ragged);
  });

  it('drops lock-on beats that are each within 10 % of the period but drift onto the grid (s5005: 6 beats 7 % slow)', () => {
    const T = 0.455;
    const grid = Array.from({ length: 40 }, (_, i) => 3.42 + i * T);
    // six beats 0.485 s apart ending 0.49 s before the grid: 0.23 s early at the first, 0.09 s at the last
    const slow = Array.from({ length: 6 }, (_, i) => 2.93 - (5 - i) * 0.485);
    const kept = steadyStart([...slow, ...grid]);
    expect(kept[0]).toBeGreaterThan(2.4); // the beats 0.12–0.23 s off the grid are gone
    expect(kept.slice(-grid.length)).toEqual(grid);
    // the same grid with tempo drift of 3 % over the first 16 beats keeps every beat
    const drifting: number[] = [0];
    for (let i = 1; i < 40; i++) drifting.push(drifting[i - 1] + T * (1 + 0.03 * Math.sin(i / 6)));
    expect(steadyStart(drifting)).toEqual(drifting);
  });
});
