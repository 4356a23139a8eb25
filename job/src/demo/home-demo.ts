/**
 * The home page's demo: a short choreography of a demo song with the built-in moves, made by the
 * same analysis, planner, renderer and poster as every dancer's video, and cached under the media
 * root (demo/home/v<N>/). The manifest is written last, so its presence means the video and the
 * poster are there. The api starts this in the background once it is ready (see home-demo-cli.ts).
 */
import { HOME_DEMO_MANIFEST, readHomeDemoManifest, type ChoreographyPlan, type HomeDemoManifest, type MediaStorage } from '@bachata/core';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAudioFile } from '../analysis';
import { ensureDefaultLibrary } from '../library/default-library';
import { createMoveIndex } from '../library/move-index';
import { runFfmpeg } from '../media/ffmpeg';
import { planChoreography } from '../planner';
import { renderChoreography } from '../render';
import { posterMoment, writePoster } from '../render/poster';
import { chooseLibrary, localFile } from '../run-task';
import type { JobDatabase } from '../store/database';
import { DEMO_ARTIST, DEMO_SONGS, ensureDemoSongs } from './demo-songs';

/** Bump when the demo should be made again (another song, length or look). */
export const HOME_DEMO_VERSION = 2;
export const HOME_DEMO_PREFIX = `demo/home/v${HOME_DEMO_VERSION}`;
/** One fixed key (the api reads it); the video and poster keys in it carry the version. */
/** Seconds of the song the demo dances: its intro, first verse and first chorus (26 s cut the chorus short enough that the analysis heard none), short enough to watch. */
export const HOME_DEMO_SECONDS = 30;


export interface HomeDemoOptions {
  db: JobDatabase;
  storage: MediaStorage;
  dataDir: string;
  libraryBuildDir: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

/** Makes the demo unless it is already stored. Returns the manifest and whether it was made now. */
export async function ensureHomeDemo(o: HomeDemoOptions): Promise<{ manifest: HomeDemoManifest; made: boolean }> {
  const log = o.log ?? (() => undefined);
  const existing = await readManifest(o.storage);
  if (existing) return { manifest: existing, made: false };
  await ensureDemoSongs(o.db, o.storage, log);
  const song = DEMO_SONGS[0];
  const work = join(o.dataDir, `tmp-home-demo-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const cacheDir = join(o.dataDir, 'cache');
  try {
    // The first seconds of the demo song, faded out at the end.
    const full = await localFile(o.storage, o.storage.resolveKey(`songs/demo/${song.slug}.mp3`), cacheDir);
    const audio = join(work, 'song.wav');
    await runFfmpeg(['-i', full, '-t', String(HOME_DEMO_SECONDS), '-af', `afade=t=out:st=${HOME_DEMO_SECONDS - 2}:d=2`, '-ac', '1', '-ar', '44100', audio], { signal: o.signal });
    const analysis = await analyzeAudioFile(audio);
    const index = createMoveIndex({ pool: o.db.pool, log: () => undefined });
    let moves;
    try {
      await ensureDefaultLibrary(o.db, o.storage, o.libraryBuildDir, log);
      await index.syncBuiltInLibrary?.();
      moves = chooseLibrary(await index.find({}), 'generated');
    } finally {
      await index.close();
    }
    const plan: ChoreographyPlan = planChoreography(analysis, moves, { difficulty: 'beginner', energy: 'medium', style: 'romantic', seed: 7 });
    const clips = new Map<string, string>();
    for (const e of plan.timeline) if (!clips.has(e.clip)) clips.set(e.clip, await localFile(o.storage, o.storage.resolveKey(e.clip), join(cacheDir, 'clips')));
    const rendered = await renderChoreography({
      plan, audioPath: audio, outDir: work, cacheDir: join(cacheDir, 'segments'), size: '360p', signal: o.signal,
      resolveClip: (clip) => clips.get(clip) ?? clip,
    });
    const moment = posterMoment(plan, rendered.duration, analysis.beats, analysis.energy);
    await writePoster(rendered.videoPath, moment.at, rendered.posterPath, o.signal);
    const manifest: HomeDemoManifest = {
      version: HOME_DEMO_VERSION, title: song.title, artist: DEMO_ARTIST, bpm: Math.round(analysis.bpm), duration: rendered.duration,
      video: `${HOME_DEMO_PREFIX}/choreography.mp4`, poster: `${HOME_DEMO_PREFIX}/poster.jpg`,
      moves: plan.timeline.filter((e) => !e.hold).map((e) => ({ name: e.name, start: e.start, end: e.end, section: e.section, beats: e.beats })),
      renderedAt: new Date().toISOString(),
    };
    await o.storage.putFile(manifest.video, rendered.videoPath, 'video/mp4');
    await o.storage.putFile(manifest.poster, rendered.posterPath, 'image/jpeg');
    const json = join(work, 'demo.json');
    writeFileSync(json, JSON.stringify(manifest, null, 2));
    await o.storage.putFile(HOME_DEMO_MANIFEST, json, 'application/json');
    log(`home demo ready: ${manifest.moves.length} moves to ${song.title}, ${manifest.duration.toFixed(1)} s`);
    return { manifest, made: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The stored manifest of this demo version, or null when it has not been made yet. */
export async function readManifest(storage: MediaStorage): Promise<HomeDemoManifest | null> {
  const m = await readHomeDemoManifest(storage);
  return m && m.version === HOME_DEMO_VERSION ? m : null;
}
