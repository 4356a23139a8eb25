/**
 * The built-in move library: every generated move rendered once into `outDir` with a `library.json`
 * manifest beside the clips, so a fresh install can make a choreography without downloading anything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DancerPose, MoveClip } from '@bachata/core';
import { clipEncoder } from './clip-pool';
import { GENERATED_MOVES, type GeneratedMove } from './moves';
import { countPoses, toDancerPose, coupleAt } from './timeline';

export { GENERATED_MOVES, generatedMove, type GeneratedMove } from './moves';
export { countPoses, coupleAt, frameCount, moveFrames } from './timeline';

/** Bump when the drawing or the encoding changes, so every clip is rendered again. */
export const GENERATED_LIBRARY_VERSION = 2;
export const MANIFEST_FILE = 'library.json';
/** keypoints of both dancers on every count of every move: { [moveId]: DancerPose[] } (count 1 .. beats + 1) */
export const POSES_FILE = 'poses.json';

export interface LibraryManifest {
  version: number;
  /** clips with `clip` relative to the manifest's directory */
  moves: Array<MoveClip & { hash: string }>;
}

/** A content hash of everything that decides how a move's clip looks. */
export function moveHash(move: GeneratedMove): string {
  const h = createHash('sha256');
  h.update(String(GENERATED_LIBRARY_VERSION));
  // the overlay is sampled rather than hashed as source text: tsx and tsc print functions differently
  const samples: unknown[] = [];
  if (move.overlay) for (let c = 1; c <= move.beats + 1; c += 0.25) samples.push(move.overlay(c));
  h.update(JSON.stringify({ ...move, overlay: samples }, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));
  return h.digest('hex').slice(0, 16);
}

/** The MoveClip of a generated move (poses from its first count and from its end). */
export function toMoveClip(move: GeneratedMove, clip: string): MoveClip {
  return {
    moveId: move.moveId, name: move.name, label: move.label,
    difficulty: move.difficulty, energy: move.energy, style: move.style,
    tempo: move.tempo, beats: move.beats, duration: (move.beats * 60) / move.tempo, offset: 0,
    startPosition: move.startPosition, endPosition: move.endPosition, clip,
    poseStart: toDancerPose(coupleAt(move, 1)),
    poseEnd: toDancerPose(coupleAt(move, move.beats + 1)),
  };
}

export interface BuildOptions {
  /** only these move ids (default: all) */
  moves?: string[];
  /** ffmpeg processes at once (default 2) */
  concurrency?: number;
  signal?: AbortSignal;
  onClip?: (moveId: string, rendered: boolean) => void;
}

function readManifest(dir: string): LibraryManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as LibraryManifest;
  } catch {
    return undefined;
  }
}

/** Reads a built library: MoveClips with absolute clip paths (undefined when there is none). */
export function readGeneratedLibrary(dir: string): MoveClip[] | undefined {
  const m = readManifest(dir);
  return m?.moves.map(({ hash: _h, ...c }) => ({ ...c, clip: resolve(dir, c.clip) }));
}

export async function buildGeneratedLibrary(outDir: string, opts: BuildOptions = {}): Promise<MoveClip[]> {
  mkdirSync(outDir, { recursive: true });
  const moves = opts.moves ? GENERATED_MOVES.filter((m) => opts.moves!.includes(m.moveId)) : GENERATED_MOVES;
  const old = new Map((readManifest(outDir)?.moves ?? []).map((m) => [m.moveId, m.hash]));
  const entries: LibraryManifest['moves'] = [];
  const queue = [...moves];
  const worker = async () => {
    const encoder = clipEncoder();
    try {
      await drain(encoder);
    } finally {
      await encoder.close();
    }
  };
  const drain = async (encoder: ReturnType<typeof clipEncoder>) => {
    for (let move = queue.shift(); move; move = queue.shift()) {
      const hash = moveHash(move);
      const file = `${move.moveId}.mp4`;
      const path = join(outDir, file);
      const fresh = old.get(move.moveId) === hash && existsSync(path);
      if (!fresh) {
        const tmp = join(outDir, `.${move.moveId}.${process.pid}.tmp.mp4`);
        try {
          await encoder.encode(move.moveId, tmp, opts.signal);
          renameSync(tmp, path);
        } finally {
          rmSync(tmp, { force: true });
        }
      }
      opts.onClip?.(move.moveId, !fresh);
      entries.push({ ...toMoveClip(move, file), hash });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, worker));
  const order = new Map(GENERATED_MOVES.map((m, i) => [m.moveId, i]));
  entries.sort((a, b) => order.get(a.moveId)! - order.get(b.moveId)!);
  // keep entries of moves not built this time (a subset build must not forget the others)
  const kept = (readManifest(outDir)?.moves ?? []).filter((m) => !entries.some((e) => e.moveId === m.moveId) && existsSync(join(outDir, m.clip)));
  const manifest: LibraryManifest = { version: GENERATED_LIBRARY_VERSION, moves: [...entries, ...kept] };
  const poses: Record<string, DancerPose[]> = {};
  for (const m of GENERATED_MOVES) if (manifest.moves.some((e) => e.moveId === m.moveId)) poses[m.moveId] = countPoses(m);
  writeAtomic(join(outDir, POSES_FILE), JSON.stringify(poses));
  writeAtomic(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1));
  return entries.map(({ hash: _h, ...c }) => ({ ...c, clip: join(resolve(outDir), c.clip) }));
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export { countPoses as keyframePoses };
