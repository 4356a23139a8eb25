/**
 * npm run bench:job — like with like: one 3-minute song through the whole job process (analyse → plan
 * → render → store) and through the old app's way of rendering (re-encode every clip at the output
 * size, ultrafast, concat copy, mux), at the same output size (360p and 720p), on the real clip library
 * (../shared/moves/original, imported with the product's importer into a temporary database and media
 * directory) and on the built-in one, in one run. Cold = no cached analysis, empty segment cache;
 * warm = the same song again with another seed (what a dancer does next). The floor is the stream-copy
 * concat + mux of the made pieces. Results go to docs/benchmarks.md (Job section).
 *
 * BENCH_RUNS (default 3) rounds, each running every case once (interleaved, so load on a shared
 * machine hits all cases alike); BENCH_CLIPS=N imports N evenly spread clips instead of all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createMediaStorage, type ChoreographyPlan } from '@bachata/core';
import { initOrm, migrate } from '../../api/src/db/orm';
import { ensureDefaultLibrary } from '../src/library/default-library';
import { importLibrary, renditionKey } from '../src/library/import';
import { JobDatabase } from '../src/store/database';
import { generateBachataTrack, writeWav } from '../src/synth';
import { RENDER_SIZES, type RenderSize } from '../src/render';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeBenchmarkSection } = require('../../scripts/benchmarks-doc.cjs') as { writeBenchmarkSection: (heading: string, lines: string[]) => void };

const root = resolve(__dirname, '..', '..');
const ORIGINAL = resolve(root, '..', 'shared', 'moves', 'original');
const admin = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLIPS = process.env.BENCH_CLIPS ? Number(process.env.BENCH_CLIPS) : undefined;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Wall seconds and peak RSS (MB) of a command, through GNU time, and the job's own `timings` line. */
function timed(cmd: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; peakMb: number; timings: Timings } {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...cmd], { env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  const line = r.stderr.split('\n').find((l) => l.includes('] timings {'));
  const timings = line ? JSON.parse(line.slice(line.indexOf('{'))) as Timings : {};
  return { seconds, peakMb: kb / 1024, timings };
}

/** What the job logs about where its seconds went (run-task.ts): steps, and the render's stages in render_parts. */
type Timings = Record<string, number> & { render_parts?: Record<string, number> };
const STEPS = ['start', 'task', 'analysis', 'moves', 'plan', 'clips', 'render', 'store'] as const;
const PARTS = ['sources', 'draw', 'reencode', 'pieces', 'audio', 'copy', 'captions'] as const;

type Library = 'imported' | 'generated';
interface Case { library: Library; size: RenderSize }
interface Sample { cold: number; warm: number; fresh: number; old: number; floor: number; coldMb: number; warmMb: number; moves: number; coldTimings: Timings; warmTimings: Timings }

async function main(): Promise<void> {
  if (!existsSync(join(ORIGINAL, 'bachata_annotations.json'))) throw new Error(`the real clip library is missing: ${ORIGINAL}`);
  const name = `bb_bench_job_${Date.now()}`;
  const adminClient = new Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
  const dataDir = join(tmpdir(), `bench-job-${process.pid}`);
  const mediaRoot = join(dataDir, 'media');
  mkdirSync(mediaRoot, { recursive: true });
  try {
    const orm = await initOrm(url);
    await migrate(orm);
    await orm.close(true);
    const storage = createMediaStorage({ kind: 'local', mediaRoot, urlSecret: 'bench' });
    const db = new JobDatabase(url);
    const libraryStart = Date.now();
    await ensureDefaultLibrary(db, storage, join(dataDir, 'library', 'generated'));
    const librarySeconds = (Date.now() - libraryStart) / 1000;

    const annotated = (JSON.parse(readFileSync(join(ORIGINAL, 'bachata_annotations.json'), 'utf8')).clips as Array<{ clip_id: string; video_path: string }>)
      .filter((c) => existsSync(join(ORIGINAL, c.video_path)));
    const only = CLIPS && CLIPS < annotated.length
      ? Array.from({ length: CLIPS }, (_, i) => annotated[Math.floor((i * annotated.length) / CLIPS)].clip_id) : undefined;
    const importStart = Date.now();
    const imported = await importLibrary({ directory: ORIGINAL, db, storage, workDir: join(dataDir, 'import-work'), only, log: () => undefined });
    const importSeconds = (Date.now() - importStart) / 1000;
    const importedCount = imported.imported.length + imported.updated.length + imported.skipped.length;
    console.log(`imported ${importedCount} real clips in ${importSeconds.toFixed(0)} s; built-in library in ${librarySeconds.toFixed(0)} s`);

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

    let seed = 11;
    const runJob = async (c: Case): Promise<{ seconds: number; peakMb: number; timings: Timings; plan: ChoreographyPlan }> => {
      const taskId = randomUUID();
      await db.query(`INSERT INTO choreography_tasks (task_id, status, progress, stage, message, created_at, updated_at, user_id, song_id, parameters, attempts)
        VALUES ($1, 'started', 0, 'queued', '', now(), now(), $2, $3, $4, 0)`,
      [taskId, user, song, { difficulty: 'intermediate', energyLevel: 'medium', style: 'romantic', seed: seed++, videoSize: c.size }]);
      const env = { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, MEDIA_ROOT: mediaRoot, TASK_ID: taskId, MOVE_LIBRARY: c.library };
      const main = existsSync(join(root, 'job', 'dist', 'main.js')) ? [process.execPath, join(root, 'job', 'dist', 'main.js')] : [process.execPath, join(root, 'scripts', 'with-swc.cjs'), join(root, 'job', 'src', 'main.ts')];
      const r = timed(main, env);
      const row = (await db.query('SELECT status, error, result FROM choreography_tasks WHERE task_id = $1', [taskId])).rows[0];
      if (row.status !== 'completed') throw new Error(`bench task failed: ${row.error}`);
      return { ...r, plan: row.result.plan as ChoreographyPlan };
    };

    const audio = join(mediaRoot, songKey);
    const work = join(dataDir, 'old');
    mkdirSync(work, { recursive: true });
    /** The old app's render of a plan: every clip re-encoded at the size, concat copy, mux. */
    const oldRecipe = (plan: ChoreographyPlan, size: RenderSize): number => {
      const [w, h] = RENDER_SIZES[size];
      const started = process.hrtime.bigint();
      const parts: string[] = [];
      plan.timeline.forEach((e, k) => {
        const out = join(work, `old-${k}.mp4`);
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', join(mediaRoot, e.clip), '-vf', `scale=${w}:${h}`, '-c:v', 'libx264', '-preset', 'ultrafast', '-an', out]);
        parts.push(out);
      });
      writeFileSync(join(work, 'list.txt'), parts.map((p) => `file '${p}'`).join('\n'));
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', join(work, 'list.txt'), '-c', 'copy', join(work, 'old-concat.mp4')]);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', join(work, 'old-concat.mp4'), '-i', audio, '-map', '0:v', '-map', '1:a', '-c:v', 'copy', '-c:a', 'aac', '-shortest', join(work, 'old.mp4')]);
      return Number(process.hrtime.bigint() - started) / 1e9;
    };
    /** The floor: the plan's clips as stored at that size, joined with stream copy, and the song muxed in (no retiming). */
    const floor = (plan: ChoreographyPlan, size: RenderSize): number => {
      const sized = (key: string) => (existsSync(join(mediaRoot, renditionKey(key, size))) ? renditionKey(key, size) : key);
      writeFileSync(join(work, 'floor.txt'), plan.timeline.map((e) => `file '${join(mediaRoot, sized(e.clip))}'`).join('\n'));
      const started = process.hrtime.bigint();
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', join(work, 'floor.txt'), '-i', audio, '-map', '0:v', '-map', '1:a', '-c:v', 'copy', '-c:a', 'aac', '-shortest', '-movflags', '+faststart', join(work, 'floor.mp4')]);
      return Number(process.hrtime.bigint() - started) / 1e9;
    };

    const cases: Case[] = [
      { library: 'imported', size: '720p' }, { library: 'imported', size: '360p' },
      { library: 'generated', size: '720p' }, { library: 'generated', size: '360p' },
    ];
    const samples = new Map<string, Sample[]>(cases.map((c) => [`${c.library} ${c.size}`, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const c of cases) {
        rmSync(join(dataDir, 'cache', 'segments'), { recursive: true, force: true });
        await db.query('UPDATE songs SET analysis = NULL, analysis_version = NULL WHERE id = $1', [song]);
        const cold = await runJob(c);
        const fl = floor(cold.plan, c.size);
        const warm = await runJob(c);
        // the render from nothing but with the song's analysis known: empty segment cache, another seed
        rmSync(join(dataDir, 'cache', 'segments'), { recursive: true, force: true });
        const fresh = await runJob(c);
        const old = oldRecipe(cold.plan, c.size);
        const moves = cold.plan.timeline.length;
        samples.get(`${c.library} ${c.size}`)!.push({ cold: cold.seconds, warm: warm.seconds, fresh: fresh.seconds, old, floor: fl, coldMb: cold.peakMb, warmMb: warm.peakMb, moves, coldTimings: cold.timings, warmTimings: warm.timings });
        console.log(`  cold timings ${JSON.stringify(cold.timings)}`);
        console.log(`round ${i + 1} ${c.library} ${c.size}: cold ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s, empty caches + known analysis ${fresh.seconds.toFixed(1)} s, old ${old.toFixed(1)} s, floor ${fl.toFixed(1)} s (${moves} moves)`);
      }
    }
    await db.close();

    const f = (x: number) => x.toFixed(2);
    const lines = [
      `### Job (\`npm run bench:job\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, node ${process.version})`,
      '',
      `A synthesised 3-minute song (126 BPM) through the whole job process (start-up, analysis, plan, render, store), against the old app's render of the same plan at the same size (every clip re-encoded ultrafast, concat copy, mux). Real clips: ${importedCount} of the original library's clips imported with the product's importer into a temporary database and media directory (${importSeconds.toFixed(0)} s, once per install); built-in: the drawn library (${librarySeconds.toFixed(0)} s to build, once per install). Cold: no cached analysis, empty segment cache. Warm: the same song again with another seed. Empty caches, analysis known: a third seed with the segment cache emptied again (everything but the analysis made anew). Medians of ${RUNS} interleaved round(s); the machine was shared with other work while this ran, so the ratios within a round are what count.`,
      '',
      '| library | size | moves | whole job cold (s) | whole job warm (s) | empty caches, analysis known (s) | old render (s) | floor (s) | cold ÷ old | warm ÷ old | empty caches ÷ old | peak RSS cold / warm (MB) |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...cases.map((c) => {
        const s = samples.get(`${c.library} ${c.size}`)!;
        const m = (k: Exclude<keyof Sample, 'coldTimings' | 'warmTimings'>) => median(s.map((x) => x[k]));
        const ratio = (k: 'cold' | 'warm' | 'fresh') => median(s.map((x) => x[k] / x.old));
        return `| ${c.library === 'imported' ? 'real clips' : 'built-in'} | ${c.size} | ${m('moves')} | ${f(m('cold'))} | ${f(m('warm'))} | ${f(m('fresh'))} | ${f(m('old'))} | ${f(m('floor'))} | ${f(ratio('cold'))}× | ${f(ratio('warm'))}× | ${f(ratio('fresh'))}× | ${m('coldMb').toFixed(0)} / ${m('warmMb').toFixed(0)} |`;
      }),
      '',
      'Aims (real clips, 720p): cold within 0.25× of the old render, warm within 0.1×. Ratios are medians of the per-round ratios.',
      '',
      `Where a job's seconds go (medians over the rounds, from the \`timings\` line each job logs; "rest" is the wall time the job's steps do not cover: node exiting, GNU time). Steps: start = process start and module load up to the task's first step, task = lease, task and song rows, analysis = decode + music analysis (0 when cached), moves = built-in library check and move index, clips = local clip files; the render's stages: sources = clips' packet lists (sidecars) and the encoder reference, draw = built-in moves drawn at the song's tempo, pieces = packet lists of what was drawn, audio = waiting for the song's AAC (made alongside the analysis), copy = the one stream-copy pass with the poster.`,
      '',
      `| library | size | run | ${STEPS.join(' | ')} | ${PARTS.map((p) => `render: ${p}`).join(' | ')} | rest | wall |`,
      `|---|---|---|${STEPS.map(() => '---').join('|')}|${PARTS.map(() => '---').join('|')}|---|---|`,
      ...cases.flatMap((c) => (['cold', 'warm'] as const).map((run) => {
        const s = samples.get(`${c.library} ${c.size}`)!;
        const t = (x: Sample) => (run === 'cold' ? x.coldTimings : x.warmTimings);
        const step = (k: string) => median(s.map((x) => Number(t(x)[k] ?? 0)));
        const part = (k: string) => median(s.map((x) => Number(t(x).render_parts?.[k] ?? 0)));
        const wall = median(s.map((x) => x[run]));
        const rest = median(s.map((x) => x[run] - STEPS.reduce((n, k) => n + Number(t(x)[k] ?? 0), 0)));
        return `| ${c.library === 'imported' ? 'real clips' : 'built-in'} | ${c.size} | ${run} | ${STEPS.map((k) => f(step(k))).join(' | ')} | ${PARTS.map((k) => f(part(k))).join(' | ')} | ${f(rest)} | ${f(wall)} |`;
      })),
      '',
      'Reading: a video of real clips is one stream-copy pass (each clip\'s own frames, new timestamps) whether cold or warm; a cold job adds the music analysis of the new song (then cached per song) and nothing else of note: the clips\' packet lists come from the sidecars the importer wrote, the song\'s AAC track is made alongside the analysis, the poster during the copy pass. Built-in moves are drawn at the song\'s tempo when a tempo band is first used (cold, or warm when the new seed picks a move not drawn yet at this tempo): the draw column. See job/src/render/README.md and the Job notes below.',
      '',
    ];
    console.log(lines.join('\n'));
    writeBenchmarkSection('Job', lines);
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminClient.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
