import {
  applyCountOffset, CHOREOGRAPHY_PLAN_VERSION, MediaNotFoundError, SONG_ANALYSIS_VERSION, summariseAnalysis, toDifficulty, toEnergyLevel, toStyle, toMoveFamily, type MoveFamily,
  type ChoreographyPlan, type MediaStorage, type MoveClip, type PlanParameters, type SongAnalysis, type TaskResult,
} from '@bachata/core';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyzeAudioFile, AudioDecodeError, NoSteadyBeatError } from './analysis';
import { ensureDefaultLibrary } from './library/default-library';
import { createMoveIndex } from './library/move-index';
import { jobRunSettings } from './config';
import { renditionKey } from './library/import/rendition';
import { planChoreography, PlanningError } from './planner';
import { prepareRender, RenderAbortedError, RenderError, renderChoreography } from './render';
import { posterMoment, writePoster } from './render/poster';
import { FRAMES_SIDECAR } from './media/frames';
import type { JobDatabase } from './store/database';
import { TaskStore } from './store/task-store';
import { autoSaveEntry } from './store/auto-save';
import { countCorrectionNote, countOffsetFor } from './store/count-corrections';

/** A failure the dancer can read (`message`) with the technical detail for `error`. */
export class JobFailure extends Error {
  constructor(public readonly dancerMessage: string, detail: string) {
    super(detail);
  }
}

export const CANCELLED_BY_USER = 'Cancelled by user';

export interface RunTaskOptions {
  taskId: string;
  db: JobDatabase;
  storage: MediaStorage;
  dataDir: string;
  libraryBuildDir: string;
  renderSize: '360p' | '720p';
  signal: AbortSignal;
  log: (line: string) => void;
  /** USER_ID set by the runner with TASK_ID: the task must be this user's (a hand-typed id of another's is refused) */
  userId?: number;
  /** the lease this process holds on the task: every write is fenced on it (null: unfenced, tests by hand) */
  leaseOwner?: string | null;
}

/**
 * The task's temporary folder: one fixed name per task, so a run after a killed one (or the api,
 * after a job died) finds and removes what the dead process left.
 */
export function jobWorkDir(dataDir: string, taskId: string): string {
  return join(dataDir, `tmp-job-${taskId}`);
}

export type RunOutcome = 'completed' | 'failed' | 'skipped';

/** Local file of a stored object: the file itself for local storage, else a cached download. */
export async function localFile(storage: MediaStorage, key: string, cacheDir: string): Promise<string> {
  const direct = (storage as { pathFor?: (k: string) => string }).pathFor;
  if (storage.kind === 'local' && direct) {
    const path = direct.call(storage, key);
    if (!existsSync(path)) throw new MediaNotFoundError(key);
    return path;
  }
  const path = join(cacheDir, key);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    await storage.getToFile(key, path);
  }
  return path;
}

/**
 * One video uses one library: an imported (real) clip library when there is one, else the built-in
 * generated one, so real dancers and drawn figures are never cut together. MOVE_LIBRARY=generated|
 * imported|all overrides that choice.
 */
export function chooseLibrary(moves: MoveClip[], choice = 'auto'): MoveClip[] {
  if (choice === 'all') return moves;
  const imported = moves.filter((m) => m.source !== 'generated');
  const generated = moves.filter((m) => m.source === 'generated');
  if (choice === 'generated') return generated;
  if (choice === 'imported') return imported;
  return imported.length >= 8 ? imported : generated.length ? generated : imported;
}

function readParameters(raw: Record<string, unknown>): PlanParameters {
  const difficulty = toDifficulty(String(raw.difficulty ?? ''));
  const energy = toEnergyLevel(String(raw.energyLevel ?? raw.energy_level ?? ''));
  const style = toStyle(String(raw.style ?? ''));
  if (!difficulty || !energy || !style) throw new JobFailure('The generation settings of this task are not valid.', `bad parameters ${JSON.stringify(raw)}`);
  const seed = Number.isInteger(raw.seed) ? Number(raw.seed) : 1;
  // Move wishes from "describe the dance"; unknown kinds are dropped, not fatal.
  const families = (v: unknown): MoveFamily[] => (Array.isArray(v) ? v.map((x) => toMoveFamily(String(x))).filter((f): f is MoveFamily => !!f) : []);
  const preferMoves = families(raw.preferMoves);
  const avoidMoves = families(raw.avoidMoves);
  return { difficulty, energy, style, seed, ...(preferMoves.length ? { preferMoves } : {}), ...(avoidMoves.length ? { avoidMoves } : {}) };
}

/**
 * One task from `started` to `completed` (or `failed` with a readable message): analyse (cached per
 * song) → plan → render (progress from ffmpeg) → store. Idempotent: a task that already completed is
 * left alone, and outputs are written under keys derived from the task id.
 */
export async function runTask(o: RunTaskOptions): Promise<RunOutcome> {
  const store = new TaskStore(o.db, o.leaseOwner ?? null);
  const task = await store.task(o.taskId);
  if (!task) throw new JobFailure('This task does not exist.', `no task ${o.taskId}`);
  if (o.userId !== undefined && task.userId !== o.userId) throw new JobFailure('This task belongs to another user.', `USER_ID ${o.userId} does not own task ${o.taskId}`);
  if (task.status === 'completed' || task.status === 'failed') {
    o.log(`task ${o.taskId} is already ${task.status}; nothing to do`);
    return 'skipped';
  }
  if (!(await store.start(o.taskId))) return 'skipped';
  // where a job's seconds go (the bench reads this line): process start to here, then each step
  const timings: Record<string, number> = { start: process.uptime() };
  let lap = process.hrtime.bigint();
  const mark = (name: string) => { const now = process.hrtime.bigint(); timings[name] = (timings[name] ?? 0) + Number(now - lap) / 1e9; lap = now; };
  const work = jobWorkDir(o.dataDir, o.taskId);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const cacheDir = join(o.dataDir, 'cache');
  const step = async (progress: number, stage: Parameters<TaskStore['progress']>[2], message: string) => {
    if (o.signal.aborted) throw new RenderAbortedError();
    if (!(await store.progress(o.taskId, progress, stage, message))) throw new JobFailure(CANCELLED_BY_USER, 'task is no longer running (cancelled)');
  };
  // work started ahead of the render (prepareRender): stopped and awaited when the task fails, so no encode outlives it
  const stopPrepared = new AbortController();
  let prepared: Promise<void> | undefined;
  try {
    const params = readParameters(task.parameters);
    if (task.songId == null) throw new JobFailure('This task has no song.', 'song_id is null');
    const song = await store.song(task.songId);
    if (!song) throw new JobFailure('The song of this task no longer exists.', `song ${task.songId} missing`);

    let audioPath: string;
    try {
      audioPath = await localFile(o.storage, o.storage.resolveKey(song.audioPath), cacheDir);
    } catch (e) {
      if (e instanceof MediaNotFoundError) throw new JobFailure('The song\'s audio file is missing. Please upload it again.', e.message);
      throw new JobFailure('The song\'s audio file could not be read from storage.', (e as Error).message);
    }

    // the dancer's choice of size, else the deployment's default
    const size = task.parameters.videoSize === '720p' || task.parameters.videoSize === '360p' ? task.parameters.videoSize : o.renderSize;
    // the song's AAC track and the encoder reference do not depend on the plan: made alongside the analysis
    prepared = prepareRender({ audioPath, cacheDir: join(cacheDir, 'segments'), size, signal: AbortSignal.any([o.signal, stopPrepared.signal]) }).catch(() => undefined);

    mark('task');
    let analysis: SongAnalysis;
    if (song.analysisVersion === SONG_ANALYSIS_VERSION && song.analysis) {
      analysis = song.analysis as SongAnalysis;
      await step(20, 'analysing', 'Using the music analysis from last time…');
    } else {
      await step(5, 'analysing', 'Finding the beat, the "1" and the 8-counts…');
      try {
        analysis = await analyzeAudioFile(audioPath);
      } catch (e) {
        if (e instanceof NoSteadyBeatError) throw new JobFailure('We could not find a steady beat in this song, so we cannot place moves on it.', e.message);
        if (e instanceof AudioDecodeError) throw new JobFailure('This audio file cannot be decoded. Try another file.', e.message);
        throw e;
      }
      await store.saveAnalysis(song.id, analysis, SONG_ANALYSIS_VERSION, analysis.bpm);
      await step(20, 'analysing', `Found ${Math.round(analysis.bpm)} BPM and ${analysis.phrases.length} phrases.`);
    }

    // The dancer's count correction moves the cached analysis' grid before planning (the cache keeps the music's own).
    const countOffsetBeats = await countOffsetFor(o.db, task.userId, song.id, SONG_ANALYSIS_VERSION);
    if (countOffsetBeats) analysis = applyCountOffset(analysis, countOffsetBeats);

    mark('analysis');
    await step(25, 'planning', 'Choosing moves for every phrase…');
    // MOVE_INDEX picks the store (PostgreSQL, or Elasticsearch in production, which gets the built-in moves synced).
    const index = createMoveIndex({ pool: o.db.pool, log: () => undefined });
    let moves;
    try {
      await ensureDefaultLibrary(o.db, o.storage, o.libraryBuildDir, o.log);
      await index.syncBuiltInLibrary?.();
      moves = await index.find({});
    } finally {
      await index.close();
    }
    mark('moves');
    moves = chooseLibrary(moves, jobRunSettings().moveLibrary);
    if (!moves.length) throw new JobFailure('The move library is empty, so no choreography can be made.', 'move_embeddings has no usable moves');
    let plan: ChoreographyPlan;
    try {
      plan = planChoreography(analysis, moves, params);
      plan = { ...plan, countOffsetBeats, notes: countOffsetBeats ? [...plan.notes, countCorrectionNote(countOffsetBeats)] : plan.notes };
    } catch (e) {
      // The planner's reason is for the log; the dancer gets what they can change.
      if (e instanceof PlanningError) throw new JobFailure('No moves fit this song with these settings. Try another difficulty, energy or style.', `planning: ${e.message}`);
      throw e;
    }
    mark('plan');
    await step(30, 'rendering', `Dancing ${plan.timeline.length} moves to the music…`);

    const clipFiles = new Map<string, string>();
    for (const entry of plan.timeline) {
      if (clipFiles.has(entry.clip)) continue;
      // with each clip its packet list when the importer left one (the render then probes nothing)
      const withFrames = async (key: string) => {
        const file = await localFile(o.storage, o.storage.resolveKey(key), join(cacheDir, 'clips'));
        await localFile(o.storage, o.storage.resolveKey(`${key}${FRAMES_SIDECAR}`), join(cacheDir, 'clips')).catch(() => undefined);
        return file;
      };
      const file = await withFrames(entry.clip);
      clipFiles.set(entry.clip, file);
      // an imported clip's rendition at the output size is joined with stream copy; without one it is scaled
      if (size !== '360p') {
        const sized = await withFrames(renditionKey(entry.clip, size)).catch((e) => {
          if (e instanceof MediaNotFoundError) return undefined;
          throw e;
        });
        if (sized) clipFiles.set(`${size}:${entry.clip}`, sized);
      }
    }
    mark('clips');
    let lastWrite = 0;
    const rendered = await renderChoreography({
      plan, audioPath, outDir: work, cacheDir: join(cacheDir, 'segments'), size, signal: o.signal, captions: task.parameters.captions === true,
      resolveClip: (clip, at) => clipFiles.get(`${at}:${clip}`) ?? clipFiles.get(clip) ?? clip,
      onProgress: (fraction) => {
        const now = Date.now();
        if (now - lastWrite < 500) return;
        lastWrite = now;
        void store.progress(o.taskId, 30 + fraction * 60, 'rendering', `Rendering the video… ${Math.round(fraction * 100)} %`).catch(() => undefined);
      },
    });

    mark('render');
    const made = (src: string) => rendered.segments.filter((x) => x.source === src).length;
    o.log(`rendered ${rendered.segments.length} pieces at ${size}: ${made('copy')} copied, ${made('reencoded')} re-encoded, ${made('drawn')} drawn`);
    // the poster: a representative frame of this video (replaces the render's fixed-time frame)
    const moment = posterMoment(plan, rendered.duration, analysis.beats, analysis.energy);
    await writePoster(rendered.videoPath, moment.at, rendered.posterPath, o.signal).catch((e) => {
      if (e instanceof RenderAbortedError) throw e;
      o.log(`representative poster failed, keeping the render's own: ${(e as RenderError).detail ?? (e as Error).message}`);
    });
    await step(92, 'storing', 'Saving your video…');
    const base = `output/user_${task.userId}/choreography_${o.taskId}`;
    try {
      await o.storage.putFile(`${base}.mp4`, rendered.videoPath, 'video/mp4');
      await o.storage.putFile(`${base}.jpg`, rendered.posterPath, 'image/jpeg');
    } catch (e) {
      throw new JobFailure('Saving the video failed. Please try again.', (e as Error).message);
    }
    const result: TaskResult = {
      video: `${base}.mp4`, poster: `${base}.jpg`, duration: rendered.duration,
      plan: { ...plan, version: plan.version ?? CHOREOGRAPHY_PLAN_VERSION }, analysis: summariseAnalysis(analysis),
      parameters: { ...params, songId: song.id }, countOffsetBeats,
    };
    if (!(await store.complete(o.taskId, result, autoSaveEntry(o.taskId, task.parameters, params, song, result)))) throw new JobFailure(CANCELLED_BY_USER, 'task was cancelled before completion');
    mark('store');
    o.log(`timings ${JSON.stringify({ ...Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v * 1000) / 1000])), render_parts: rendered.timings })}`);
    o.log(`task ${o.taskId} completed: ${plan.timeline.length} moves, ${rendered.duration.toFixed(1)} s`);
    return 'completed';
  } catch (e) {
    stopPrepared.abort();
    await prepared;
    const { message, detail } = describeFailure(e, o.signal);
    await store.fail(o.taskId, message, detail);
    o.log(`task ${o.taskId} failed: ${detail}`);
    return 'failed';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function describeFailure(e: unknown, signal: AbortSignal): { message: string; detail: string } {
  if (e instanceof JobFailure) return { message: e.dancerMessage, detail: e.message };
  if (e instanceof RenderAbortedError || signal.aborted) return { message: 'The generation was stopped.', detail: typeof signal.reason === 'string' ? signal.reason : 'SIGTERM received' };
  if (e instanceof RenderError) return { message: 'Rendering the video failed. Please try again.', detail: `${e.message}${(e as { detail?: string }).detail ? `: ${(e as { detail?: string }).detail}` : ''}` };
  return { message: 'Something went wrong while making your choreography. Please try again.', detail: e instanceof Error ? e.stack ?? e.message : String(e) };
}

