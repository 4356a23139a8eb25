import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAudio } from '../src/audio/decode';
import { BAND, computeFrameFeatures, frameAt, type FrameFeatures } from '../src/analysis/spectrum';
import { generateBachataTrack, writeWav } from '../src/synth';

function bandMean(ff: FrameFeatures, band: number, from: number, to: number): number {
  const a = frameAt(ff, from);
  const b = frameAt(ff, to);
  let s = 0;
  for (let k = a; k < b; k++) s += ff.bandLog[band][k];
  return s / (b - a);
}

describe('synthetic bachata generator', () => {
  const options = { bpm: 120, duration: 45, leadingSilence: 1, introBars: 2, pickup: true, seed: 11 };
  const track = generateBachataTrack(options);

  it('is deterministic for a seed and varies across seeds', () => {
    const again = generateBachataTrack(options);
    expect(again.samples).toEqual(track.samples);
    const other = generateBachataTrack({ ...options, seed: 12 });
    expect(other.samples.length).toBe(track.samples.length);
    expect(other.samples).not.toEqual(track.samples);
  });

  it('reports a consistent beat / bar / 8-count grid', () => {
    const { truth } = track;
    const T = 0.5;
    expect(truth.firstDownbeat).toBeCloseTo(1 + 2 * T, 4); // 1 s silence + 2-beat pickup
    expect(truth.beats[0]).toBeCloseTo(1, 4);
    for (let i = 1; i < truth.beats.length; i++) expect(truth.beats[i] - truth.beats[i - 1]).toBeCloseTo(T, 3);
    truth.downbeats.forEach((d, b) => expect(d).toBeCloseTo(truth.firstDownbeat + 4 * T * b, 3));
    expect(truth.phrases).toEqual(truth.downbeats.filter((_, b) => b % 2 === 0));
    expect(truth.sections[0]).toMatchObject({ label: 'intro', start: truth.firstDownbeat });
    expect(truth.sections.map((s) => s.label)).toContain('chorus');
    expect(track.samples.length / 44100).toBeGreaterThan(truth.downbeats[truth.downbeats.length - 1]);
  });

  it('is silent before the pickup, and the pickup sounds before bar 1', () => {
    let leadPeak = 0;
    for (let i = 0; i < 0.99 * 44100; i++) leadPeak = Math.max(leadPeak, Math.abs(track.samples[i]));
    expect(leadPeak).toBe(0);
    let pickupPeak = 0;
    for (let i = Math.round(1.05 * 44100); i < Math.round(1.95 * 44100); i++) pickupPeak = Math.max(pickupPeak, Math.abs(track.samples[i]));
    expect(pickupPeak).toBeGreaterThan(0.05);
  });

  it('keeps the intro to guitars (no bass) and gives the chorus more güira than the verse', () => {
    const { truth } = track;
    const intro = truth.sections[0];
    const verse = truth.sections.find((s) => s.label === 'verse')!;
    const chorus = truth.sections.find((s) => s.label === 'chorus')!;
    const ff = computeFrameFeatures(track.samples, 44100);
    expect(bandMean(ff, BAND.bass, verse.start, verse.end) - bandMean(ff, BAND.bass, intro.start, intro.end)).toBeGreaterThan(1);
    expect(bandMean(ff, BAND.air, chorus.start, chorus.end)).toBeGreaterThan(bandMean(ff, BAND.air, verse.start, verse.end));
  });

  it('adds noise at the requested level', () => {
    const noisy = generateBachataTrack({ ...options, noise: 0.2 });
    let peak = 0;
    for (let i = 0; i < 0.9 * 44100; i++) peak = Math.max(peak, Math.abs(noisy.samples[i]));
    expect(peak).toBeGreaterThan(0.005);
  });

  it('writes a WAV that ffmpeg decodes back to the same music', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synth-wav-'));
    try {
      const short = generateBachataTrack({ bpm: 140, duration: 12, seed: 2 });
      const file = join(dir, 'x.wav');
      writeWav(file, short.samples, short.sampleRate);
      const decoded = await decodeAudio(file);
      expect(decoded.sampleRate).toBe(44100);
      expect(decoded.samples.length).toBe(short.samples.length);
      let maxErr = 0;
      for (let i = 0; i < short.samples.length; i += 97) maxErr = Math.max(maxErr, Math.abs(decoded.samples[i] - short.samples[i]));
      expect(maxErr).toBeLessThan(1e-3); // 16-bit quantisation
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
