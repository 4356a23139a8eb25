import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SONG_ANALYSIS_VERSION, type SongAnalysis } from '@bachata/core';
import { AnnotationDirectoryIndex, ANNOTATION_FILE } from '../src/library/move-index';
import { planChoreography } from '../src/planner';
import { generateBachataTrack, writeWav } from '../src/synth';

/** A real little mp4: black 160×90 video at 30 fps with the given audio (or a tone). */
function makeClip(file: string, seconds: number, audio?: string): void {
  mkdirSync(resolve(file, '..'), { recursive: true });
  const input = audio ? ['-i', audio] : ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`];
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `color=c=black:s=160x90:r=30:d=${seconds}`, ...input,
    '-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest', file]);
}

describe('AnnotationDirectoryIndex on a tiny library', () => {
  let dir: string;
  let index: AnnotationDirectoryIndex;
  const logged: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'move-dir-'));
    makeClip(join(dir, 'intros/intro_a.mp4'), 4);
    makeClip(join(dir, 'basic/sensual_basic.mp4'), 9);
    makeClip(join(dir, 'footwork/golpe_low.mp4'), 8);
    // no estimated_tempo: the index measures the music of the clip itself
    const track = generateBachataTrack({ bpm: 120, duration: 14, introBars: 0, seed: 3 });
    writeWav(join(dir, 'spin.wav'), track.samples, track.sampleRate);
    makeClip(join(dir, 'spin/measured_spin.mp4'), 14, join(dir, 'spin.wav'));
    writeFileSync(join(dir, 'corrupt.mp4'), 'not a video');
    writeFileSync(join(dir, ANNOTATION_FILE), JSON.stringify({
      instructions: 'test library',
      move_categories: ['intros', 'basic', 'footwork', 'spin'],
      clips: [
        { clip_id: 'intro_a', video_path: 'intros/intro_a.mp4', move_label: 'intros', energy_level: 'medium', estimated_tempo: 120, difficulty: 'low' },
        { clip_id: 'sensual_basic', video_path: 'basic/sensual_basic.mp4', move_label: 'basic', energy_level: 'high', estimated_tempo: 129, difficulty: 'medium' },
        { clip_id: 'golpe_low', video_path: 'footwork/golpe_low.mp4', move_label: 'footwork', energy_level: 'low', estimated_tempo: 136, difficulty: 'high' },
        { clip_id: 'measured_spin', video_path: 'spin/measured_spin.mp4', move_label: 'spin', energy_level: 'medium', difficulty: 'medium' },
        { clip_id: 'gone', video_path: 'spin/gone.mp4', move_label: 'spin', energy_level: 'medium', estimated_tempo: 129, difficulty: 'medium' },
        { clip_id: 'weird', video_path: 'basic/sensual_basic.mp4', move_label: 'basic', energy_level: 'extreme', estimated_tempo: 129, difficulty: 'medium' },
        { clip_id: 'corrupt', video_path: 'corrupt.mp4', move_label: 'basic', energy_level: 'low', estimated_tempo: 129, difficulty: 'low' },
      ],
    }));
    index = new AnnotationDirectoryIndex(dir, { log: (l) => logged.push(l), durationCache: join(dir, 'durations.json') });
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the clips with ffprobe durations, counts and our vocabulary', async () => {
    const moves = await index.find({});
    const byId = new Map(moves.map((m) => [m.moveId, m]));
    expect([...byId.keys()].sort()).toEqual(['golpe_low', 'intro_a', 'measured_spin', 'sensual_basic']);
    const intro = byId.get('intro_a')!;
    expect(intro).toMatchObject({ name: 'Intro a', label: 'intro', difficulty: 'beginner', energy: 'medium', style: 'romantic', tempo: 120, beats: 8, offset: 0, clip: join(dir, 'intros/intro_a.mp4') });
    expect(intro.duration).toBeCloseTo(4, 1);
    // 9 s at 129 BPM = 19 counts: two whole 8-counts
    expect(byId.get('sensual_basic')).toMatchObject({ difficulty: 'intermediate', energy: 'high', style: 'sensual', beats: 16 });
    // a low-energy energetic category is danced romantic
    expect(byId.get('golpe_low')).toMatchObject({ difficulty: 'advanced', style: 'romantic', beats: 16 });
  });

  it('measures the tempo of a clip that has none from its own audio', async () => {
    const spin = (await index.find({ labels: ['spin'] }))[0];
    expect(Math.abs(spin.tempo - 120)).toBeLessThan(2);
    expect(spin.beats).toBe(Math.floor((spin.duration * spin.tempo) / 60 / 8) * 8);
    expect(spin.beats).toBeGreaterThanOrEqual(16);
  });

  it('reports missing, unreadable and badly annotated clips and goes on', async () => {
    const { problems } = await index.load();
    expect(index.problems).toEqual(problems);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(expect.arrayContaining([
      'clip "gone": file spin/gone.mp4 is missing; skipped',
      'clip "weird": unknown energy_level "extreme"',
      expect.stringMatching(/^clip "corrupt": ffprobe cannot read .*corrupt\.mp4.*; skipped$/),
    ]));
    expect(logged.sort()).toEqual(problems.map((p) => `move library: ${p}`).sort());
  });

  it('filters like every other index', async () => {
    expect((await index.find({ difficulty: ['advanced'] })).map((m) => m.moveId)).toEqual(['golpe_low']);
    expect((await index.find({ energy: ['medium'], labels: ['intros'] })).map((m) => m.moveId)).toEqual(['intro_a']);
    expect((await index.find({ style: ['playful'] })).map((m) => m.moveId)).toEqual(['measured_spin']);
    expect(await index.find({ style: ['energetic'] })).toEqual([]);
  });

  it('remembers durations on disk for the next run', async () => {
    expect(existsSync(join(dir, 'durations.json'))).toBe(true);
    const again = new AnnotationDirectoryIndex(dir, { log: () => {}, durationCache: join(dir, 'durations.json'), measureTempo: async () => 120 });
    expect((await again.find({})).map((m) => [m.moveId, m.duration])).toEqual((await index.find({})).map((m) => [m.moveId, m.duration]));
  });

  it('says clearly when the directory has no annotation file', async () => {
    await expect(new AnnotationDirectoryIndex(join(dir, 'spin'), { log: () => {} }).find({})).rejects.toThrow(/cannot read move library .*bachata_annotations\.json/);
  });
});

const ORIGINAL = resolve(__dirname, '../../../shared/moves/original');
const describeOriginal = existsSync(join(ORIGINAL, ANNOTATION_FILE)) ? describe : describe.skip;
if (!existsSync(join(ORIGINAL, ANNOTATION_FILE))) {
  console.warn(`skipping the original move library tests: ${ORIGINAL} is absent`);
}

describeOriginal('AnnotationDirectoryIndex on the original app\'s 149 clips', () => {
  let cacheDir: string;
  let index: AnnotationDirectoryIndex;
  const logged: string[] = [];

  beforeAll(() => {
    // a fresh duration cache: every clip really goes through ffprobe
    cacheDir = mkdtempSync(join(tmpdir(), 'move-durations-'));
    index = new AnnotationDirectoryIndex(ORIGINAL, { log: (l) => logged.push(l), durationCache: join(cacheDir, 'durations.json') });
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('finds 149 clips and reports the missing one', async () => {
    const { moves, problems } = await index.load();
    expect(moves).toHaveLength(149);
    expect(new Set(moves.map((m) => m.moveId)).size).toBe(149);
    expect(problems).toContain('clip "energetic_bodywaves": file bodywaves/energetic_bodywaves.mp4 is missing; skipped');
    expect(logged).toContain('move library: clip "energetic_bodywaves": file bodywaves/energetic_bodywaves.mp4 is missing; skipped');
    for (const m of moves) {
      expect(existsSync(m.clip)).toBe(true);
      expect(m.duration).toBeGreaterThan(3);
      expect(m.tempo).toBeGreaterThanOrEqual(90);
      expect(m.beats % 8).toBe(0);
      expect(m.beats).toBeGreaterThanOrEqual(8);
      // the counts fit inside the clip at its own tempo
      expect((m.beats * 60) / m.tempo).toBeLessThanOrEqual(m.duration + 0.01);
    }
    expect(moves.filter((m) => m.label === 'intro')).toHaveLength(9);
    expect(moves.filter((m) => m.label === 'outro')).toHaveLength(4);
    expect(new Set(moves.map((m) => m.style))).toEqual(new Set(['romantic', 'sensual', 'energetic', 'playful']));
    expect(new Set(moves.map((m) => m.difficulty))).toEqual(new Set(['beginner', 'intermediate', 'advanced']));
  }, 120_000);

  it('plans a 3-minute song with them: on the phrases, within the tempo range, intro first, outro last', async () => {
    const { moves } = await index.load();
    const bpm = 132;
    const beats = Array.from({ length: Math.floor((180 - 0.8) / (60 / bpm)) }, (_, i) => 0.8 + (i * 60) / bpm);
    const phrases = beats.filter((_, i) => i % 8 === 0);
    const analysis: SongAnalysis = {
      version: SONG_ANALYSIS_VERSION, duration: 180, bpm, beats, downbeats: beats.filter((_, i) => i % 4 === 0), phrases, confidence: { downbeats: 1, phrases: 1 },
      sections: [
        { label: 'intro', start: 0, end: phrases[4], energy: 0.3 },
        { label: 'verse', start: phrases[4], end: phrases[20], energy: 0.45 },
        { label: 'chorus', start: phrases[20], end: phrases[36], energy: 0.85 },
        { label: 'outro', start: phrases[36], end: 180, energy: 0.3 },
      ],
      energy: beats.map(() => 0.5),
    };
    const plan = planChoreography(analysis, moves, { difficulty: 'intermediate', energy: 'medium', style: 'sensual', seed: 7 });
    const entries = plan.timeline.filter((e) => !e.hold);
    expect(plan.metrics.phraseAlignment).toBe(1);
    expect(plan.metrics.coverage).toBeCloseTo(1, 9);
    expect(plan.metrics.repeats).toBe(0);
    expect(entries[0].label).toBe('intro');
    expect(entries[entries.length - 1].label).toBe('outro');
    for (const e of entries) {
      expect(e.tempoRatio).toBeGreaterThanOrEqual(0.75);
      expect(e.tempoRatio).toBeLessThanOrEqual(1.33);
    }
    expect(plan.metrics.distinctMoves).toBeGreaterThan(entries.length * 0.8);
  });
});
