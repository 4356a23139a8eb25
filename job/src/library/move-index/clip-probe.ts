import { probeMedia, ProbeFailedError } from '@bachata/core';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export class ClipProbeError extends Error {}

// Keyed by path, size and mtime: a re-encoded clip is probed again, an unchanged one never.
const durations = new Map<string, Promise<number>>();

async function runFfprobe(file: string): Promise<number> {
  let seconds: number;
  try {
    seconds = Number((await probeMedia(file)).format.duration);
  } catch (e) {
    if (e instanceof ProbeFailedError) throw new ClipProbeError(`ffprobe cannot read ${file}: ${e.stderr.trim().split('\n')[0] || 'no duration'}`);
    throw new ClipProbeError(`ffprobe could not start: ${(e as Error).message}`);
  }
  if (Number.isFinite(seconds) && seconds > 0) return seconds;
  throw new ClipProbeError(`ffprobe cannot read ${file}: no duration`);
}

/**
 * Durations kept on disk between runs (probing 150 clips takes seconds on a small machine). Entries
 * are keyed like the memory cache, so a changed clip is probed again.
 */
export class DurationCache {
  private entries: Record<string, number> = {};
  private dirty = false;
  constructor(readonly file: string) {}

  async load(): Promise<void> {
    try {
      const json = JSON.parse(await readFile(this.file, 'utf8')) as Record<string, unknown>;
      for (const [k, v] of Object.entries(json)) if (typeof v === 'number' && v > 0) this.entries[k] = v;
    } catch {
      // no cache yet, or a broken one: start empty
    }
  }

  get(key: string): number | undefined {
    return this.entries[key];
  }

  set(key: string, seconds: number): void {
    this.entries[key] = seconds;
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    await mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.entries));
    await rename(tmp, this.file);
    this.dirty = false;
  }
}

/** Duration of a media file in seconds (ffprobe, cached per process and optionally on disk). */
export async function clipDuration(file: string, cache?: DurationCache): Promise<number> {
  const s = await stat(file);
  const key = `${file}\0${s.size}\0${s.mtimeMs}`;
  const known = cache?.get(key);
  if (known !== undefined) return known;
  let d = durations.get(key);
  if (!d) {
    d = runFfprobe(file);
    durations.set(key, d);
    d.catch(() => durations.delete(key));
  }
  const seconds = await d;
  cache?.set(key, seconds);
  return seconds;
}

/** map() with at most `limit` promises in flight (ffprobe is a process per clip). */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
