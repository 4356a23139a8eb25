/**
 * npm run library:import -- <dir> [--annotations <file>] [--limit N] [--only id1,id2] [--force] [--concurrency N]
 *
 * Imports the original app's clip library into media storage and `move_embeddings` (DATABASE_URL,
 * DATA_DIR, STORAGE as for the job). POSE_MODEL=<yolov8-pose.onnx> adds start/end poses and motion;
 * MOVE_INDEX=elasticsearch (with ELASTICSEARCH_URL) also indexes the moves there.
 * Per-clip problems go to stderr and the summary; the exit code is 0 unless the import as a whole
 * could not run (no annotations, no database).
 */
import { join } from 'node:path';
import { jobEnvironment, jobRunSettings, loadJobConfig } from '../config';
import { importLibrary, type LibraryImportSummary } from '../library/import';
import { createMoveIndex, ElasticsearchMoveIndex } from '../library/move-index';
import { RenderError } from '../media/ffmpeg';
import { JobDatabase } from '../store/database';

const USAGE = 'usage: npm run library:import -- <dir> [--annotations <file>] [--limit N] [--only id1,id2] [--force] [--concurrency N]';

interface ImportArgs {
  directory: string;
  annotations?: string;
  limit?: number;
  only?: string[];
  force: boolean;
  concurrency: number;
}

function parseImportArgs(argv: readonly string[]): ImportArgs {
  const rest: string[] = [];
  const out: Partial<ImportArgs> = { force: false, concurrency: 2 };
  const count = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number, got "${v ?? ''}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--annotations') out.annotations = argv[++i];
    else if (a === '--limit') out.limit = count(a, argv[++i]);
    else if (a === '--concurrency') out.concurrency = count(a, argv[++i]);
    else if (a === '--only') out.only = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--force') out.force = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else rest.push(a);
  }
  if (rest.length !== 1) throw new Error(rest.length ? `one library directory, got ${rest.length}` : 'the library directory is missing');
  if (out.annotations === '') throw new Error('--annotations needs a file');
  return { ...out, directory: rest[0] } as ImportArgs;
}

function formatSummary(s: LibraryImportSummary): string {
  const lines = [
    `imported ${s.imported.length}, updated ${s.updated.length}, skipped ${s.skipped.length} (unchanged), failed ${s.failed.length}` +
      (s.notSelected ? `, not selected ${s.notSelected}` : '') + ` — ${s.seconds.toFixed(1)} s`,
  ];
  for (const f of s.failed) lines.push(`  failed ${f.clipId}: ${f.reason}`);
  for (const p of s.annotationProblems) lines.push(`  annotation: ${p}`);
  if (s.indexed !== undefined) lines.push(`indexed ${s.indexed} moves in Elasticsearch`);
  if (s.poseSkipped) lines.push('poses: skipped (no POSE_MODEL)');
  return lines.join('\n');
}

async function main(): Promise<number> {
  let args: ImportArgs;
  try {
    args = parseImportArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const env = jobEnvironment();
  const config = loadJobConfig(env);
  const db = new JobDatabase(config.databaseUrl);
  // The rows always go to PostgreSQL; with MOVE_INDEX=elasticsearch the factory's index mirrors them.
  const index = createMoveIndex({ env, pool: db.pool });
  const es = index instanceof ElasticsearchMoveIndex ? index : undefined;
  try {
    const summary = await importLibrary({
      directory: args.directory,
      annotations: args.annotations,
      db,
      storage: config.storage,
      workDir: join(config.dataDir, 'tmp', 'library-import'),
      concurrency: args.concurrency,
      limit: args.limit,
      only: args.only,
      force: args.force,
      poseModel: jobRunSettings(env).poseModel,
      elasticsearch: es,
      onClip: (r) => {
        if (r.outcome !== 'failed') process.stdout.write(`${r.outcome.padEnd(8)} ${r.clipId} (${r.seconds.toFixed(1)} s${r.encoded ? ', encoded' : ''}${r.posed ? ', posed' : ''})\n`);
      },
    });
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } finally {
    await index.close();
    await db.close();
  }
}

// Run unconditionally: scripts/with-swc.cjs requires this file, so require.main is not this module.
main().then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`library import failed: ${err instanceof RenderError ? `${err.message}\n${err.detail}` : err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
