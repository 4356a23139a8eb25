/**
 * npm run bench:job — one 3-minute song through the whole job process (analyse → plan → render →
 * store), cold (empty segment cache, no cached analysis) and warm (same song again), against the old
 * app's way of rendering (re-encode every clip at 1280×720 ultrafast, concat copy, mux) and the floor
 * (stream-copy concat + mux of the already-made segments). Results go to docs/benchmarks.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createMediaStorage, type ChoreographyPlan } from '@bachata/core';
import { initOrm, migrate } from '../../api/src/db/orm';
import { ensureDefaultLibrary } from '../src/library/default-library';
import { JobDatabase } from '../src/store/database';
import { generateBachataTrack, writeWav } from '../src/synth';
import { renderChoreography } from '../src/render';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeBenchmarkSection } = require('../../scripts/benchmarks-doc.cjs') as { writeBenchmarkSection: (heading: string, lines: string[]) => void };

const root = resolve(__dirname, '..', '..');
const admin = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall seconds and peak RSS (MB) of a command, through GNU time. */
function timed(cmd: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; peakMb: number } {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...cmd], { env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { seconds, peakMb: kb / 1024 };
}

async function main(): Promise<void> {
  const name = `bb_bench_job_${Date.now()}`;
  const adminClient = new Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
  const dataDir = join(root, '.data', 'bench-job');
  mkdirSync(dataDir, { recursive: true });
  const mediaRoot = join(dataDir, 'media');
  try {
    const orm = await initOrm(url);
    await migrate(orm);
    await orm.close(true);
    const storage = createMediaStorage({ kind: 'local', mediaRoot, urlSecret: 'bench' });
    const db = new JobDatabase(url);
    const libraryStart = Date.now();
    await ensureDefaultLibrary(db, storage, join(dataDir, 'library', 'generated'));
    const librarySeconds = (Date.now() - libraryStart) / 1000;

    const track = generateBachataTrack({ bpm: 126, duration: 180, seed: 5, introBars: 2, chorus: true });
    const wav = join(tmpdir(), `bench-song-${process.pid}.wav`);
    writeWav(wav, track.samples, track.sampleRate);
    const songKey = 'songs/bench/three-minutes.mp3';
    mkdirSync(join(mediaRoot, 'songs', 'bench'), { recursive: true });
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', wav, '-c:a', 'libmp3lame', '-b:a', '128k', join(mediaRoot, songKey)]);
    rmSync(wav);
    const user = (await db.query(`INSERT INTO users (password, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, display_name, is_instructor, preferences)
      VALUES ('x', false, 'bench', '', '', 'b@example.com', false, true, now(), 'B', false, '{}') RETURNING id`)).rows[0].id;
    const song = (await db.query(`INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Bench', '', $1, 126, $2, now(), now()) RETURNING id`,
      [track.duration, songKey])).rows[0].id;

    const runJob = async (): Promise<{ seconds: number; peakMb: number; taskId: string }> => {
      const taskId = randomUUID();
      await db.query(`INSERT INTO choreography_tasks (task_id, status, progress, stage, message, created_at, updated_at, user_id, song_id, parameters, attempts)
        VALUES ($1, 'started', 0, 'queued', '', now(), now(), $2, $3, $4, 0)`, [taskId, user, song, { difficulty: 'intermediate', energyLevel: 'medium', style: 'romantic', seed: 11 }]);
      const env = { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, MEDIA_ROOT: mediaRoot, TASK_ID: taskId };
      const main = existsSync(join(root, 'job', 'dist', 'main.js')) ? [process.execPath, join(root, 'job', 'dist', 'main.js')] : [process.execPath, join(root, 'scripts', 'with-swc.cjs'), join(root, 'job', 'src', 'main.ts')];
      const r = timed(main, env);
      const status = (await db.query('SELECT status, error FROM choreography_tasks WHERE task_id = $1', [taskId])).rows[0];
      if (status.status !== 'completed') throw new Error(`bench task failed: ${status.error}`);
      return { ...r, taskId };
    };

    const cold: Array<{ seconds: number; peakMb: number }> = [];
    const warm: Array<{ seconds: number; peakMb: number }> = [];
    let lastTask = '';
    for (let i = 0; i < RUNS; i++) {
      rmSync(join(dataDir, 'cache', 'segments'), { recursive: true, force: true });
      await db.query('UPDATE songs SET analysis = NULL, analysis_version = NULL WHERE id = $1', [song]);
      cold.push(await runJob());
      const w = await runJob();
      warm.push(w);
      lastTask = w.taskId;
    }

    // The old app's way and the floor, on the same plan.
    const result = (await db.query('SELECT result FROM choreography_tasks WHERE task_id = $1', [lastTask])).rows[0].result;
    const plan = result.plan as ChoreographyPlan;
    const clipFile = (key: string) => join(mediaRoot, key);
    const audio = join(mediaRoot, songKey);
    const work = join(tmpdir(), `bench-old-${process.pid}`);
    mkdirSync(work, { recursive: true });
    const oldTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = process.hrtime.bigint();
      const parts: string[] = [];
      plan.timeline.forEach((e, k) => {
        const out = join(work, `old-${k}.mp4`);
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', clipFile(e.clip), '-vf', 'scale=1280:720', '-c:v', 'libx264', '-preset', 'ultrafast', '-an', out]);
        parts.push(out);
      });
      writeFileSync(join(work, 'list.txt'), parts.map((p) => `file '${p}'`).join('\n'));
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', join(work, 'list.txt'), '-c', 'copy', join(work, 'old-concat.mp4')]);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', join(work, 'old-concat.mp4'), '-i', audio, '-map', '0:v', '-map', '1:a', '-c:v', 'copy', '-c:a', 'aac', '-shortest', join(work, 'old.mp4')]);
      oldTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    const rendered = await renderChoreography({ plan, audioPath: audio, outDir: work, cacheDir: join(dataDir, 'cache', 'segments'), resolveClip: clipFile });
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      writeFileSync(join(work, 'floor.txt'), rendered.segments.map((s) => `file '${s.file}'`).join('\n'));
      const started = process.hrtime.bigint();
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', join(work, 'floor.txt'), '-i', audio, '-map', '0:v', '-map', '1:a', '-c:v', 'copy', '-c:a', 'aac', '-movflags', '+faststart', join(work, 'floor.mp4')]);
      floorTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    rmSync(work, { recursive: true, force: true });
    await db.close();

    const lines = [
      `### Job (\`npm run bench:job\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, node ${process.version})`,
      '',
      `A synthesised 3-minute song (126 BPM), ${plan.timeline.length} moves, 360p, built-in library (first build of the library: ${librarySeconds.toFixed(1)} s, once per install). Medians of ${RUNS} runs; the whole job process incl. start-up.`,
      '',
      '| run | wall time (s) | peak RSS of the largest process (MB) |',
      '|---|---|---|',
      `| whole job, cold (no cached analysis, empty segment cache) | ${median(cold.map((c) => c.seconds)).toFixed(2)} | ${median(cold.map((c) => c.peakMb)).toFixed(0)} |`,
      `| whole job, warm (cached analysis and segments) | ${median(warm.map((c) => c.seconds)).toFixed(2)} | ${median(warm.map((c) => c.peakMb)).toFixed(0)} |`,
      `| old app's render (re-encode every clip 1280×720 ultrafast, concat copy, mux) | ${median(oldTimes).toFixed(2)} | |`,
      `| floor (stream-copy concat + mux of the made segments) | ${median(floorTimes).toFixed(2)} | |`,
      '',
      `Old render ÷ our cold job: ${(median(oldTimes) / median(cold.map((c) => c.seconds))).toFixed(2)}×. Aims: cold < 20 s, warm < 6 s.`,
      '',
    ];
    console.log(lines.join('\n'));
    writeBenchmarkSection('Job', lines);
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminClient.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
