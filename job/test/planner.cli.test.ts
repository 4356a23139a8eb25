import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { ChoreographyPlan } from '@bachata/core';
import { generateBachataTrack, writeWav } from '../src/synth';

const root = resolve(__dirname, '../..');
const cli = join(root, 'job/src/cli/plan.ts');

function plan(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: undefined, MOVE_INDEX: undefined, ...env },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => p.kill(), 90_000);
    p.on('close', (code) => { clearTimeout(timer); done({ code, stdout, stderr }); });
  });
}

const CLIPS = [
  { clip_id: 'intro_basic', video_path: 'intros/intro_basic.mp4', move_label: 'intros', energy_level: 'low', estimated_tempo: 128, difficulty: 'high' },
  { clip_id: 'sensual_basic', video_path: 'basic/sensual_basic.mp4', move_label: 'basic', energy_level: 'low', estimated_tempo: 129, difficulty: 'high' },
  { clip_id: 'energetic_spin', video_path: 'spin/energetic_spin.mp4', move_label: 'spin', energy_level: 'high', estimated_tempo: 136, difficulty: 'high' },
  { clip_id: 'golpes', video_path: 'golpes/golpes.mp4', move_label: 'golpes', energy_level: 'high', estimated_tempo: 117, difficulty: 'high' },
  { clip_id: 'hammerlock', video_path: 'hammerlock/hammerlock.mp4', move_label: 'hammerlock', energy_level: 'medium', estimated_tempo: 129, difficulty: 'high' },
  { clip_id: 'shadow', video_path: 'shadow/shadow.mp4', move_label: 'shadow', energy_level: 'medium', estimated_tempo: 122, difficulty: 'high' },
  { clip_id: 'outro', video_path: 'outro/outro.mp4', move_label: 'outro', energy_level: 'low', estimated_tempo: 123, difficulty: 'medium' },
];

describe('npm run plan (CLI)', () => {
  let dir: string;
  let song: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const library = join(dir, 'library');
    for (const c of CLIPS) {
      const file = join(library, c.video_path);
      mkdirSync(resolve(file, '..'), { recursive: true });
      // 16 counts at the clip's tempo and a little more
      const seconds = ((16 * 60) / c.estimated_tempo + 0.5).toFixed(2);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `color=c=black:s=160x90:r=30:d=${seconds}`, '-c:v', 'libx264', '-preset', 'ultrafast', file]);
    }
    writeFileSync(join(library, 'bachata_annotations.json'), JSON.stringify({ clips: CLIPS }));
    const track = generateBachataTrack({ bpm: 128, duration: 40, introBars: 2, pickup: true, leadingSilence: 0.6, seed: 11 });
    song = join(dir, 'song.wav');
    writeWav(song, track.samples, track.sampleRate);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects unknown values with exit 2, listing what is accepted', async () => {
    const bad = await plan([song, '--difficulty', 'expert', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--difficulty must be one of beginner, intermediate, advanced \(also the old low, medium, high\); got "expert"/);
    const style = await plan([song, '--style', 'salsa']);
    expect(style.code).toBe(2);
    expect(style.stderr).toMatch(/--style must be one of romantic, sensual, energetic, playful .*got "salsa"/);
    const energy = await plan([song, '--energy', 'wild']);
    expect(energy.code).toBe(2);
    expect(energy.stderr).toMatch(/--energy must be one of low, medium, high; got "wild"/);
    const seed = await plan([song, '--seed', 'abc']);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/--seed must be a whole number/);
  }, 60_000);

  it('says what it needs when there is neither a library nor a database', async () => {
    const r = await plan([song, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DATABASE_URL/);
  }, 30_000);

  it('prints one JSON plan from a library directory, legacy values mapped', async () => {
    const r = await plan([song, '--difficulty', 'high', '--energy', 'medium', '--style', 'modern', '--seed', '9', '--library', join(dir, 'library'), '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as ChoreographyPlan;
    expect(p.parameters).toEqual({ difficulty: 'advanced', energy: 'medium', style: 'energetic', seed: 9 });
    expect(Math.abs(p.analysis.bpm - 128)).toBeLessThan(2);
    expect(p.metrics.phraseAlignment).toBe(1);
    expect(p.metrics.coverage).toBeCloseTo(1, 6);
    expect(p.metrics.repeats).toBe(0);
    const moves = p.timeline.filter((e) => !e.hold);
    for (const e of moves) expect(p.analysis.phrases).toContain(e.start);
    expect(moves[0].moveId).toBe('intro_basic');
    expect(moves[moves.length - 1].moveId).toBe('outro');
    expect(p.timeline[p.timeline.length - 1].end).toBeCloseTo(p.analysis.duration, 6);
    // the same seed gives the same plan; the table shows it with its metrics
    const table = await plan([song, '--difficulty', 'advanced', '--style', 'energetic', '--seed', '9', '--library', join(dir, 'library')]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/advanced · medium energy · energetic · seed 9/);
    expect(table.stdout).toMatch(/on the phrases 100%/);
    for (const e of moves) expect(table.stdout).toContain(e.reason);
  }, 120_000);

  it('reads the moves from PostgreSQL when DATABASE_URL is set', async () => {
    const server = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';
    const database = `plan_cli_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    try {
      const db = new Client({ connectionString: `${server}/${database}` });
      await db.connect();
      await db.query(`CREATE TABLE move_embeddings (id bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
        move_id varchar(100) NOT NULL UNIQUE, move_name varchar(200) NOT NULL, video_path varchar(500) NOT NULL,
        pose_embedding jsonb NOT NULL, audio_embedding jsonb NOT NULL, text_embedding jsonb NOT NULL,
        difficulty varchar(20) NOT NULL, energy_level varchar(20) NOT NULL, style varchar(50) NOT NULL,
        duration double precision NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
        label varchar(100), tempo double precision, beats integer, clip_offset double precision, start_position varchar(20),
        end_position varchar(20), clip_path varchar(500), pose_start jsonb, pose_end jsonb, motion jsonb, source varchar(20))`);
      for (const [k, c] of CLIPS.entries()) {
        await db.query(
          `INSERT INTO move_embeddings (move_id, move_name, video_path, pose_embedding, audio_embedding, text_embedding, difficulty, energy_level,
             style, duration, created_at, updated_at, label, tempo, beats, source)
           VALUES ($1, $2, $3, '[]', '[]', '[]', 'beginner', $4, 'romantic', $5, now(), now(), $6, $7, 16, 'imported')`,
          [`db_${c.clip_id}`, `Db ${k}`, `library/${c.video_path}`, c.energy_level, (16 * 60) / c.estimated_tempo + 0.5, c.move_label, c.estimated_tempo],
        );
      }
      await db.end();
      const r = await plan([song, '--difficulty', 'beginner', '--json'], { DATABASE_URL: `${server}/${database}` });
      expect(r.code).toBe(0);
      const p = JSON.parse(r.stdout) as ChoreographyPlan;
      const moves = p.timeline.filter((e) => !e.hold);
      expect(moves.every((e) => e.moveId.startsWith('db_'))).toBe(true);
      expect(moves[0].label).toBe('intro');
      expect(p.metrics.phraseAlignment).toBe(1);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
