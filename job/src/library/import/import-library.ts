/**
 * Imports the original app's clip library (bachata_annotations.json and its clips) into this app:
 * one normalised rendition per clip in media storage, the move's metadata (and, with a pose model,
 * its start and end poses and motion) in `move_embeddings`, optionally mirrored to Elasticsearch.
 * A clip that is missing or unreadable is reported and skipped; importing again updates rows and
 * encodes only clips whose source changed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { MediaStorage } from '@bachata/core';
import { annotatedMoveClip, foldTempo, parseAnnotations, type ClipAnnotation } from '../annotations';
import { ANNOTATION_FILE } from '../move-index/directory-index';
import { mapLimited } from '../move-index/clip-probe';
import { countsInClip } from '../move-index/stored-move';
import type { ElasticsearchMoveIndex, MoveToIndex } from '../move-index/elasticsearch-index';
import { mediaDuration } from '../../media/ffmpeg';
import { framesSidecar, FRAMES_SIDECAR } from '../../media/frames';
import type { JobDatabase } from '../../store/database';
import { clipPoseFeatures, loadPoseModel, type PoseFeatures, type PoseModel } from '../../pose';
import { readableMoveName } from './names';
import { importedClipKey, makeRendition, probeSource, renditionKey, RENDITION_VERSION, sha256File } from './rendition';
import { readMoveRow, upsertImportedMove, type ImportedMotion, type ImportedMove, type ImportFingerprint } from './store';

export const POSE_SKIPPED_MESSAGE = 'pose features skipped: set POSE_MODEL to a YOLOv8-pose ONNX file';

export interface LibraryImportOptions {
  /** the annotation directory; clip paths are relative to it */
  directory: string;
  /** the annotation file (default: <directory>/bachata_annotations.json) */
  annotations?: string;
  db: JobDatabase;
  storage: MediaStorage;
  /** scratch space for renditions before they go to storage */
  workDir: string;
  /** clips at once (each is an ffmpeg encode) */
  concurrency?: number;
  /** import only the first N clips that exist (missing ones are still reported) */
  limit?: number;
  /** import only these clip ids */
  only?: readonly string[];
  /** encode every clip again, even unchanged ones */
  force?: boolean;
  /** a loaded model or a path to a YOLOv8-pose ONNX file; without one poses are skipped (said once) */
  poseModel?: PoseModel | string;
  /** also write the moves to this Elasticsearch index */
  elasticsearch?: ElasticsearchMoveIndex;
  /** BPM of a clip without annotated tempo (default: the music analysis of its own audio) */
  measureTempo?: (clipFile: string) => Promise<number>;
  /** problems and notes, one line each (default: stderr) */
  log?: (line: string) => void;
  /** each clip as it finishes */
  onClip?: (result: ClipResult) => void;
}

export type ClipOutcome = 'imported' | 'updated' | 'skipped' | 'failed';

export interface ClipResult {
  clipId: string;
  outcome: ClipOutcome;
  /** why it failed */
  reason?: string;
  /** a rendition was encoded */
  encoded: boolean;
  /** poses were computed in this run */
  posed: boolean;
  seconds: number;
  move?: ImportedMove;
}

export interface LibraryImportSummary {
  imported: string[];
  updated: string[];
  skipped: string[];
  failed: Array<{ clipId: string; reason: string }>;
  /** annotation entries that could not be used (bad values), one line each */
  annotationProblems: string[];
  /** existing clips left out by limit/only */
  notSelected: number;
  poseSkipped: boolean;
  /** documents written to Elasticsearch (undefined when not asked) */
  indexed?: number;
  clips: ClipResult[];
  seconds: number;
}

async function analysedTempo(clipFile: string): Promise<number> {
  // Lazy, as in the directory index: essentia's WASM loads only when a clip has no annotated tempo.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyzeAudioFile } = require('../../analysis') as typeof import('../../analysis');
  return (await analyzeAudioFile(clipFile)).bpm;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

export async function importLibrary(options: LibraryImportOptions): Promise<LibraryImportSummary> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const directory = resolve(options.directory);
  const annotationFile = resolve(options.annotations ?? join(directory, ANNOTATION_FILE));
  let json: unknown;
  try {
    json = JSON.parse(await readFile(annotationFile, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read annotations ${annotationFile}: ${message(err)}`, { cause: err });
  }
  const parsed = parseAnnotations(json);
  for (const p of parsed.problems) log(`library import: ${p}`);

  const summary: LibraryImportSummary = {
    imported: [], updated: [], skipped: [], failed: [], annotationProblems: parsed.problems, notSelected: 0, poseSkipped: false, clips: [], seconds: 0,
  };
  const fail = (clipId: string, reason: string, seconds = 0): ClipResult => {
    log(`library import: clip "${clipId}": ${reason}; skipped`);
    return { clipId, outcome: 'failed' as const, reason, encoded: false, posed: false, seconds };
  };

  // Every annotated clip is checked for its file, so a missing one is reported even when limited.
  const selected: ClipAnnotation[] = [];
  const early: ClipResult[] = [];
  for (const a of parsed.clips) {
    if (options.only && !options.only.includes(a.clipId)) { summary.notSelected++; continue; }
    if (!existsSync(resolve(directory, a.videoPath))) {
      const r = fail(a.clipId, `file ${a.videoPath} is missing`);
      options.onClip?.(r);
      early.push(r);
      continue;
    }
    if (options.limit !== undefined && selected.length >= options.limit) { summary.notSelected++; continue; }
    selected.push(a);
  }

  let model: PoseModel | undefined;
  let ownsModel = false;
  if (typeof options.poseModel === 'string') {
    model = await loadPoseModel(options.poseModel);
    ownsModel = true;
  } else {
    model = options.poseModel;
  }
  if (!model) {
    summary.poseSkipped = true;
    log(POSE_SKIPPED_MESSAGE);
  }

  await mkdir(options.workDir, { recursive: true });
  let results: ClipResult[];
  try {
    results = await mapLimited(selected, options.concurrency ?? 2, async (a) => {
      const t0 = Date.now();
      try {
        const result: ClipResult = { ...(await importClip(a, { ...options, directory, model })), seconds: (Date.now() - t0) / 1000 };
        options.onClip?.(result);
        return result;
      } catch (err) {
        const result = fail(a.clipId, message(err), (Date.now() - t0) / 1000);
        options.onClip?.(result);
        return result;
      }
    });
  } finally {
    if (ownsModel) await model?.close();
  }

  for (const r of [...early, ...results]) {
    summary.clips.push(r);
    if (r.outcome === 'failed') summary.failed.push({ clipId: r.clipId, reason: r.reason ?? 'failed' });
    else summary[r.outcome].push(r.clipId);
  }

  if (options.elasticsearch) {
    const moves: MoveToIndex[] = results.filter((r) => r.move).map((r) => ({ ...r.move!, source: 'imported' as const }));
    await options.elasticsearch.ensureIndex();
    summary.indexed = await options.elasticsearch.indexMoves(moves);
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

type ClipContext = LibraryImportOptions & { directory: string; model?: PoseModel };

async function importClip(a: ClipAnnotation, ctx: ClipContext): Promise<Omit<ClipResult, 'seconds'>> {
  const source = resolve(ctx.directory, a.videoPath);
  const key = importedClipKey(a.clipId);
  const [existing, sourceStat, sourceSha256] = await Promise.all([readMoveRow(ctx.db, a.clipId), stat(source), sha256File(source)]);
  if (existing?.source === 'generated') throw new Error(`move id "${a.clipId}" belongs to a built-in move`);
  const probe = await probeSource(source);

  const known = existing?.motion?.import;
  const key720 = renditionKey(key, '720p');
  const stored = existing?.clip_path === key ? await ctx.storage.stat(key) : null;
  const stored720 = stored ? await ctx.storage.stat(key720) : null;
  // with a pose model, a rendition framed without pose data is made again, framed on the couple
  const unchanged = !ctx.force && !!known && known.sourceSha256 === sourceSha256 && known.rendition === RENDITION_VERSION
    && stored?.size === known.renditionSize && !!stored720 && existing!.duration > 0 && (!ctx.model || !!known.framedByPose);

  let tempo = a.tempo;
  if (tempo === undefined) {
    if (unchanged && existing!.tempo) tempo = existing!.tempo;
    else if (!probe.hasAudio) throw new Error('no estimated_tempo and no audio to measure it from');
    else tempo = foldTempo(await (ctx.measureTempo ?? analysedTempo)(source));
  }

  const scratch = join(ctx.workDir, `${basename(a.clipId)}.${randomBytes(4).toString('hex')}.mp4`);
  const scratch720 = scratch.replace(/\.mp4$/, '.720p.mp4');
  try {
    let duration: number;
    let fingerprint: ImportFingerprint;
    let localRendition: string | undefined;
    // each rendition's packet list beside it, so a video job reads it instead of probing the clip
    const putSidecars = async () => {
      await ctx.storage.putBuffer(`${key720}${FRAMES_SIDECAR}`, Buffer.from(await framesSidecar(scratch720)), 'application/json');
      await ctx.storage.putBuffer(`${key}${FRAMES_SIDECAR}`, Buffer.from(await framesSidecar(scratch)), 'application/json');
    };
    if (unchanged) {
      duration = existing!.duration;
      fingerprint = known!;
      if (!(await ctx.storage.stat(`${key}${FRAMES_SIDECAR}`)) || !(await ctx.storage.stat(`${key720}${FRAMES_SIDECAR}`))) {
        await ctx.storage.getToFile(key, scratch);
        await ctx.storage.getToFile(key720, scratch720);
        localRendition = scratch;
        await putSidecars();
      }
    } else {
      // pose data frames the rendition: where the couple is over the whole source clip stays in frame
      const couple = ctx.model ? (await clipPoseFeatures(ctx.model, source, { tempo, beats: countsInClip(probe.duration, tempo), offset: 0 })).coupleBox : undefined;
      const frame = await makeRendition(source, { '360p': scratch, '720p': scratch720 }, undefined, couple);
      localRendition = scratch;
      duration = await mediaDuration(scratch);
      const size = (await stat(scratch)).size;
      // the 720p one first: a 360p rendition whose size matches the fingerprint then always has its 720p sibling
      await ctx.storage.putFile(key720, scratch720, 'video/mp4');
      await ctx.storage.putFile(key, scratch, 'video/mp4');
      await putSidecars();
      fingerprint = { sourceSha256, sourceSize: sourceStat.size, renditionSize: size, rendition: RENDITION_VERSION, ...(ctx.model ? { framedByPose: true } : {}), ...(couple ? { frame } : {}) };
    }

    const beats = countsInClip(duration, tempo);

    // Poses are kept from an earlier run when the clip did not change; otherwise computed when a model is given.
    let pose: PoseFeatures | undefined;
    let posed = false;
    const earlierPose = unchanged && existing?.pose_start && existing.motion && 'sampledCounts' in existing.motion;
    if (ctx.model && !(earlierPose && existing!.beats === beats)) {
      if (!localRendition) {
        await ctx.storage.getToFile(key, scratch);
        localRendition = scratch;
      }
      pose = await clipPoseFeatures(ctx.model, localRendition, { tempo, beats, offset: 0 });
      posed = true;
    }

    const motion: ImportedMotion = pose
      ? { ...pose.motion, peoplePerFrame: pose.peoplePerFrame, import: fingerprint }
      : earlierPose ? { ...(existing!.motion as ImportedMotion), import: fingerprint } : { import: fingerprint };
    // one readable name for every numbered take of a figure ("Slow basic 3" → "Slow basic")
    const move: ImportedMove = { ...annotatedMoveClip(a, tempo, duration, beats, key), name: readableMoveName(a.clipId).name, videoPath: a.videoPath, motion };
    const poseStart = pose ? pose.poseStart : earlierPose ? existing!.pose_start ?? undefined : undefined;
    const poseEnd = pose ? pose.poseEnd : earlierPose ? existing!.pose_end ?? undefined : undefined;
    if (poseStart) move.poseStart = poseStart;
    if (poseEnd) move.poseEnd = poseEnd;

    const same = existing && unchanged && !posed && existing.label === move.label && existing.tempo === move.tempo && existing.beats === move.beats
      && existing.difficulty === move.difficulty && existing.energy_level === move.energy && existing.style === move.style
      && existing.video_path === move.videoPath && existing.move_name === move.name && existing.source === 'imported';
    if (!same && !(await upsertImportedMove(ctx.db, move))) throw new Error(`move id "${a.clipId}" belongs to a built-in move`);
    const outcome: ClipOutcome = !existing ? 'imported' : same ? 'skipped' : 'updated';
    return { clipId: a.clipId, outcome, encoded: !unchanged, posed, move };
  } finally {
    await rm(scratch, { force: true });
    await rm(scratch720, { force: true });
  }
}
