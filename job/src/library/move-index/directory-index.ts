/**
 * The original app's clip library on disk: a directory with `bachata_annotations.json` and the clips
 * it names. Durations come from ffprobe; a clip without an annotated tempo is measured from its own
 * audio. Missing or unreadable clips are reported and skipped, never fatal.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MoveClip, MoveIndex, MoveQuery } from '@bachata/core';
import { annotatedMoveClip, foldTempo, parseAnnotations, type ClipAnnotation } from '../annotations';
import { clipDuration, DurationCache, mapLimited } from './clip-probe';
import { countsInClip, matchesQuery } from './stored-move';

export const ANNOTATION_FILE = 'bachata_annotations.json';

export interface DirectoryIndexOptions {
  /** where problems are logged as they are found (default: stderr) */
  log?: (line: string) => void;
  /** how a clip without annotated tempo is measured (default: the music analysis of its audio) */
  measureTempo?: (clipFile: string) => Promise<number>;
  /** ffprobe processes at once */
  concurrency?: number;
  /** JSON file remembering clip durations between runs; false for none (default: under the OS temp dir) */
  durationCache?: string | false;
}

export const DEFAULT_DURATION_CACHE = join(tmpdir(), 'bachata-buddy', 'clip-durations.json');

export interface DirectoryLibrary {
  moves: MoveClip[];
  problems: string[];
}

async function analysedTempo(clipFile: string): Promise<number> {
  // Lazy (require, not a top-level import): the analysis loads essentia's WASM, which most uses of
  // the index never need. require keeps it working the same under tsx, jest and compiled output.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyzeAudioFile } = require('../../analysis') as typeof import('../../analysis');
  return (await analyzeAudioFile(clipFile)).bpm;
}

export class AnnotationDirectoryIndex implements MoveIndex {
  readonly directory: string;
  private loading?: Promise<DirectoryLibrary>;
  /** clips skipped while reading (missing files, bad entries), as for the other indexes; filled by load() */
  problems: string[] = [];
  private readonly log: (line: string) => void;
  private readonly measureTempo: (clipFile: string) => Promise<number>;
  private readonly concurrency: number;
  private readonly durationCache?: DurationCache;

  constructor(directory: string, options: DirectoryIndexOptions = {}) {
    this.directory = resolve(directory);
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.measureTempo = options.measureTempo ?? analysedTempo;
    this.concurrency = options.concurrency ?? 4;
    const cacheFile = options.durationCache ?? DEFAULT_DURATION_CACHE;
    if (cacheFile) this.durationCache = new DurationCache(cacheFile);
  }

  /** Reads the library once; later calls share the result. */
  load(): Promise<DirectoryLibrary> {
    this.loading ??= this.read();
    return this.loading;
  }


  async find(query: MoveQuery): Promise<MoveClip[]> {
    const { moves } = await this.load();
    return moves.filter((m) => matchesQuery(m, query));
  }

  async close(): Promise<void> {}

  private async read(): Promise<DirectoryLibrary> {
    const file = resolve(this.directory, ANNOTATION_FILE);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      throw new Error(`cannot read move library ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const parsed = parseAnnotations(json);
    const problems = [...parsed.problems];
    parsed.problems.forEach((p) => this.log(`move library: ${p}`));
    const report = (p: string) => {
      problems.push(p);
      this.log(`move library: ${p}`);
    };
    await this.durationCache?.load();
    const moves = await mapLimited(parsed.clips, this.concurrency, (clip) => this.toMove(clip, report));
    await this.durationCache?.save().catch((err: Error) => this.log(`move library: duration cache not saved: ${err.message}`));
    this.problems = problems;
    return { moves: moves.filter((m): m is MoveClip => m !== undefined), problems };
  }

  private async toMove(a: ClipAnnotation, report: (p: string) => void): Promise<MoveClip | undefined> {
    const clipFile = resolve(this.directory, a.videoPath);
    if (!existsSync(clipFile)) {
      report(`clip "${a.clipId}": file ${a.videoPath} is missing; skipped`);
      return undefined;
    }
    try {
      const duration = await clipDuration(clipFile, this.durationCache);
      const tempo = a.tempo ?? foldTempo(await this.measureTempo(clipFile));
      return annotatedMoveClip(a, tempo, duration, countsInClip(duration, tempo), clipFile);
    } catch (err) {
      report(`clip "${a.clipId}": ${err instanceof Error ? err.message : String(err)}; skipped`);
      return undefined;
    }
  }
}
