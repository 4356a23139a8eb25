import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SECTION_LABELS, SONG_ANALYSIS_VERSION, type SongAnalysis } from '@bachata/core';
import { generateBachataTrack, seededRandom, writeWav } from '../src/synth';

const root = resolve(__dirname, '../..');
const cli = join(root, 'job/src/cli/analyze.ts');

function analyze(file: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, file, ...flags], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderrLines: r.stderr.split('\n').filter((l) => l.trim() !== '') };
}

describe('npm run analyze (CLI)', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'analyze-cli-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON SongAnalysis for a song', () => {
    const track = generateBachataTrack({ bpm: 132, duration: 30, introBars: 2, pickup: true, leadingSilence: 0.6, seed: 7 });
    const file = join(dir, 'song.wav');
    writeWav(file, track.samples, track.sampleRate);
    const r = analyze(file, '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as SongAnalysis;
    expect(a.version).toBe(SONG_ANALYSIS_VERSION);
    expect(Math.abs(a.bpm - 132)).toBeLessThan(132 * 0.02);
    expect(a.energy).toHaveLength(a.beats.length);
    expect(a.downbeats.every((d) => a.beats.includes(d))).toBe(true);
    expect(a.phrases.every((p) => a.downbeats.includes(p))).toBe(true);
    expect(a.sections[0].start).toBe(0);
    expect(a.sections[a.sections.length - 1].end).toBeCloseTo(a.duration, 2);
    expect(a.sections.every((s) => (SECTION_LABELS as readonly string[]).includes(s.label))).toBe(true);
    expect(Math.abs(a.phrases[0] - track.truth.firstDownbeat)).toBeLessThan(0.07);
  }, 60_000);

  it('rejects a text file named .mp3 with exit 2 and one line', () => {
    const file = join(dir, 'notes.mp3');
    writeFileSync(file, 'these are my dance notes, not a song\n'.repeat(50));
    const r = analyze(file, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderrLines).toHaveLength(1);
    expect(r.stderrLines[0]).toMatch(/not an audio file/i);
  }, 60_000);

  it('rejects silence', () => {
    const file = join(dir, 'silence.wav');
    writeWav(file, new Float32Array(44100 * 10), 44100);
    const r = analyze(file, '--json');
    expect(r.code).toBe(2);
    expect(r.stderrLines).toEqual([expect.stringMatching(/silent/i)]);
  }, 60_000);

  it('rejects a 2 s file as too short', () => {
    const track = generateBachataTrack({ bpm: 120, duration: 10, seed: 3 });
    const file = join(dir, 'short.wav');
    writeWav(file, track.samples.subarray(0, 2 * 44100), 44100);
    const r = analyze(file, '--json');
    expect(r.code).toBe(2);
    expect(r.stderrLines).toEqual([expect.stringMatching(/too short/i)]);
  }, 60_000);

  it('rejects noise: no steady beat', () => {
    const rand = seededRandom(9);
    const noise = new Float32Array(44100 * 20).map(() => (rand() * 2 - 1) * 0.3);
    const file = join(dir, 'noise.wav');
    writeWav(file, noise, 44100);
    const r = analyze(file, '--json');
    expect(r.code).toBe(2);
    expect(r.stderrLines).toEqual([expect.stringMatching(/no steady beat/i)]);
  }, 60_000);

  it('rejects a missing file', () => {
    const r = analyze(join(dir, 'nope.mp3'), '--json');
    expect(r.code).toBe(2);
    expect(r.stderrLines).toEqual([expect.stringMatching(/not found/i)]);
  }, 60_000);
});
