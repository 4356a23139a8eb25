/**
 * A dancer's count correction: the analysis found the beats but put the "1" in the wrong place, so the
 * dancer moves the whole 8-count grid by a number of beats, like shifting the beat grid in DJ software.
 *
 * Sign convention: `offsetBeats > 0` moves every "1" LATER by that many beats (what the analysis
 * counted as "3" becomes the "1" for +2), `< 0` moves it earlier. A bar is 4 beats. On a regular grid
 * the count repeats every 8 beats, so offsets are kept in -3..+4 (see `normaliseCountOffset`); the
 * stored value is what the dancer chose and is applied as it is, so a grid that re-phases mid-song
 * (a 2-beat bridge) keeps its shape: every phrase start moves by the same number of beats.
 *
 * Pure and browser-safe: the api, the job and the PWA all shift grids with these functions.
 */

/** The largest correction accepted (in beats, either way): 8 beats is a whole 8-count, the same count again. */
export const MAX_COUNT_OFFSET_BEATS = 7;

/** Below this confidence (0..1) the dancer is asked to check the count. */
export const LOW_COUNT_CONFIDENCE = 0.5;

/** What an analysis (or its summary in a plan / task result) holds about the count. Times in seconds. */
export interface CountGrid {
  beats: readonly number[];
  /** 8-count starts */
  phrases: readonly number[];
  /** the "1" of each bar; task summaries leave it out */
  downbeats?: readonly number[];
}

/** How sure the analysis is of its downbeats and of its 8-count phase (0..1); older analyses lack it. */
export interface CountConfidence {
  downbeats: number;
  phrases: number;
}

export function isValidCountOffset(offsetBeats: unknown): offsetBeats is number {
  return typeof offsetBeats === 'number' && Number.isInteger(offsetBeats) && Math.abs(offsetBeats) <= MAX_COUNT_OFFSET_BEATS;
}

/** The same count on a regular grid, in -3..+4 (a half phrase either way; +4 rather than -4). */
export function normaliseCountOffset(offsetBeats: number): number {
  const k = Math.round(offsetBeats);
  return ((((k + 3) % 8) + 8) % 8) - 3;
}

/** A shift button: one beat (±1) or one bar (±4) on top of the current correction. */
export function stepCountOffset(offsetBeats: number, deltaBeats: number): number {
  return normaliseCountOffset(offsetBeats + deltaBeats);
}

/** Index of the beat nearest to time t (-1 when there are no beats). */
export function nearestBeatIndex(beats: readonly number[], t: number): number {
  if (beats.length === 0) return -1;
  let lo = 0, hi = beats.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (beats[mid] < t) lo = mid + 1; else hi = mid;
  }
  // lo is the first beat at or after t; the one before may be nearer.
  return lo > 0 && t - beats[lo - 1] <= beats[lo] - t ? lo - 1 : lo;
}

/** Times moved by `offsetBeats` along the beats; marks that would fall off either end are dropped. */
function shiftAlongBeats(beats: readonly number[], marks: readonly number[], offsetBeats: number): number[] {
  const out: number[] = [];
  for (const m of marks) {
    const i = nearestBeatIndex(beats, m) + offsetBeats;
    if (i >= 0 && i < beats.length && (out.length === 0 || beats[i] > out[out.length - 1])) out.push(beats[i]);
  }
  return out;
}

/**
 * The analysis with its count moved by `offsetBeats`: phrase starts and downbeats land on the beats
 * that many beats later (earlier when negative); beats, tempo and sections are unchanged. Before the
 * first phrase the beats are pickup counts, as for any song that starts mid-phrase.
 */
export function applyCountOffset<T extends CountGrid>(analysis: T, offsetBeats: number): T {
  if (!Number.isInteger(offsetBeats)) throw new RangeError(`a count offset is a whole number of beats, not ${offsetBeats}`);
  if (offsetBeats === 0 || analysis.beats.length === 0) return analysis;
  const shifted: T = { ...analysis, phrases: shiftAlongBeats(analysis.beats, analysis.phrases, offsetBeats) };
  if (analysis.downbeats) shifted.downbeats = shiftAlongBeats(analysis.beats, analysis.downbeats, offsetBeats);
  return shifted;
}

/**
 * "Set the 1 here": the correction (relative to this grid) that makes beat `beatIndex` a phrase start,
 * moving the nearest phrase start onto it (the smallest change; before the first or after the last
 * phrase the grid is extended by 8-counts). A tie between two phrase starts moves the earlier one later.
 */
export function offsetForTheOneAt(grid: CountGrid, beatIndex: number): number {
  const { beats } = grid;
  if (!Number.isInteger(beatIndex) || beatIndex < 0 || beatIndex >= beats.length) throw new RangeError(`no beat ${beatIndex} in this song`);
  const starts = grid.phrases.map((p) => nearestBeatIndex(beats, p));
  if (starts.length === 0) return normaliseCountOffset(beatIndex);
  const first = Math.min(...starts), last = Math.max(...starts);
  let before: number, after: number;
  if (beatIndex < first) {
    before = first - 8 * Math.ceil((first - beatIndex) / 8);
    after = before + 8;
  } else if (beatIndex >= last) {
    before = last + 8 * Math.floor((beatIndex - last) / 8);
    after = before + 8;
  } else {
    before = Math.max(...starts.filter((s) => s <= beatIndex));
    after = Math.min(...starts.filter((s) => s > beatIndex));
  }
  const later = beatIndex - before, earlier = beatIndex - after;
  const offset = later <= -earlier ? later : earlier;
  return Math.abs(offset) > MAX_COUNT_OFFSET_BEATS ? normaliseCountOffset(offset) : offset;
}

/** The confidence an analysis reports, when it reports one (analyses before version 2 do not). */
export function countConfidenceOf(analysis: unknown): CountConfidence | null {
  const c = (analysis as { confidence?: unknown } | null | undefined)?.confidence as Partial<CountConfidence> | undefined;
  if (!c || typeof c !== 'object') return null;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  return ok(c.downbeats) && ok(c.phrases) ? { downbeats: c.downbeats, phrases: c.phrases } : null;
}

/** True when the analysis is unsure of the downbeats or of the 8-count phase (unknown: false). */
export function isCountConfidenceLow(analysis: unknown): boolean {
  const c = countConfidenceOf(analysis);
  return !!c && (c.downbeats < LOW_COUNT_CONFIDENCE || c.phrases < LOW_COUNT_CONFIDENCE);
}
