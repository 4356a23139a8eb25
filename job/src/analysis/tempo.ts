import { FrameFeatures, frameAt } from './spectrum';
import { median } from './stats';

/** Bachata is danced between about 100 and 160 bpm; a tracker locked to half or double time is folded in. */
export const BACHATA_MIN_BPM = 96;
export const BACHATA_MAX_BPM = 170;

/** Tempo from the beat grid: median of 8-beat spans, which averages out the tracker's frame jitter. */
export function bpmOf(beats: number[]): number {
  const span = Math.min(8, beats.length - 1);
  if (span < 1) return NaN;
  const periods: number[] = [];
  for (let i = 0; i + span < beats.length; i++) periods.push((beats[i + span] - beats[i]) / span);
  const m = median(periods);
  return m > 0 ? 60 / m : NaN;
}

/**
 * The tracker often starts a beat or two late (it needs some onsets to lock on). Extend the grid back to
 * where the music starts while the extrapolated beats still land on onsets.
 */
export function extendToMusicStart(beats: number[], musicStart: number, onsetAt: (t: number) => number): number[] {
  if (beats.length < 4) return beats;
  const T = 60 / bpmOf(beats);
  const typical = median(beats.slice(0, 16).map(onsetAt));
  const out = [...beats];
  while (out[0] - T >= musicStart - 0.25 * T && onsetAt(out[0] - T) >= 0.3 * typical) out.unshift(out[0] - T);
  return out.map((t) => Math.max(0, t));
}

/**
 * Fold the beat grid into bachata's tempo range. Half time: put a beat between each pair. Double time:
 * keep every other beat, choosing the set that carries more onset strength (the bass and the chord
 * changes land on the counted beats; the in-between ones are the "and"s).
 */
export function foldTempo(beats: number[], onsetStrengthAt: (t: number) => number): number[] {
  let grid = beats;
  for (let guard = 0; guard < 3; guard++) {
    const bpm = bpmOf(grid);
    if (!Number.isFinite(bpm)) return grid;
    // The range is less than an octave wide: a tempo just under it (a 95 bpm song) doubled would land
    // above it, and halved back below: such a tempo is doubled only where that lands inside the range.
    if (bpm < BACHATA_MIN_BPM && 2 * bpm <= BACHATA_MAX_BPM) {
      const doubled: number[] = [];
      for (let i = 0; i < grid.length; i++) {
        doubled.push(grid[i]);
        if (i + 1 < grid.length) doubled.push(0.5 * (grid[i] + grid[i + 1]));
      }
      grid = doubled;
    } else if (bpm > BACHATA_MAX_BPM) {
      const even = grid.filter((_, i) => i % 2 === 0);
      const odd = grid.filter((_, i) => i % 2 === 1);
      const s = (g: number[]) => g.reduce((acc, t) => acc + onsetStrengthAt(t), 0) / Math.max(1, g.length);
      grid = s(even) >= s(odd) ? even : odd;
    } else {
      return grid;
    }
  }
  return grid;
}

/** Where the music is: from the first to the last frame clearly above the quietest part of the file. */
export function musicExtent(ff: FrameFeatures): { start: number; end: number; floorDb: number } {
  const n = ff.frameCount;
  const win = Math.max(1, Math.round(0.25 / ff.hopSeconds));
  const db = new Float64Array(n);
  let acc = 0;
  const smooth = new Float64Array(n);
  for (let k = 0; k < n; k++) db[k] = 10 * Math.log10(ff.power[k] + 1e-12);
  for (let k = 0; k < n; k++) {
    acc += ff.power[k];
    if (k >= win) acc -= ff.power[k - win];
    smooth[k] = 10 * Math.log10(acc / Math.min(k + 1, win) + 1e-12);
  }
  let floor = Infinity;
  let peak = -Infinity;
  for (let k = win - 1; k < n; k++) { floor = Math.min(floor, smooth[k]); peak = Math.max(peak, smooth[k]); }
  // Digital silence has no floor worth measuring from; then anything within 50 dB of the peak is music.
  // A steady signal (noise, a drone) is all "music" as far as the extent goes; the pulse check judges it.
  const threshold = Math.min(Math.max(floor + 8, peak - 50), peak - 6);
  let first = 0;
  while (first < n && db[first] < threshold) first++;
  let last = n - 1;
  while (last > first && db[last] < threshold) last--;
  const t = (k: number) => ff.offset + k * ff.hopSeconds;
  return { start: t(first) - ff.offset, end: t(last) + ff.offset, floorDb: floor };
}

/** Drop tracker beats outside the music (the tracker keeps ticking through silence and a final ringing chord). */
export function trimToMusic(beats: number[], extent: { start: number; end: number }, onsetAt: (t: number) => number): number[] {
  const T = 60 / bpmOf(beats);
  let out = beats.filter((t) => t >= extent.start - 0.1 * T && t <= extent.end + 0.1 * T);
  const strengths = out.map(onsetAt);
  const typical = median(strengths);
  let a = 0;
  let b = out.length - 1;
  // Edge beats with next to no onset are the tracker extrapolating, not the music.
  while (a < b && strengths[a] < 0.15 * typical) a++;
  while (b > a && strengths[b] < 0.15 * typical) b--;
  out = out.slice(a, b + 1);
  return out.filter((t) => t >= 0);
}

export function onsetLookup(ff: FrameFeatures): (t: number) => number {
  return (t: number) => {
    const k = frameAt(ff, t);
    let m = 0;
    for (let j = k - 1; j <= k + 2; j++) if (j >= 0 && j < ff.frameCount && ff.flux[j] > m) m = ff.flux[j];
    return m;
  };
}

/**
 * The tracker needs a few onsets to lock on, and where it starts depends on where the file starts: the
 * first beats of the same music padded or cut come out at other times (off by 40–150 ms, a beat
 * squeezed in). Leading beats whose spacing is off the song's period by more than 10 % are dropped up
 * to the first of four steady intervals; `extendToMusicStart` then walks the steady grid back.
 */
export function steadyStart(beats: number[]): number[] {
  if (beats.length < 12) return beats;
  const T = 60 / bpmOf(beats);
  const steady = (i: number) => Math.abs(beats[i + 1] - beats[i] - T) <= 0.1 * T;
  let i = 0;
  while (i + 4 < beats.length && !(steady(i) && steady(i + 1) && steady(i + 2) && steady(i + 3))) i++;
  if (!(i + 4 < beats.length && i <= 8)) return beats;
  // Lock-on beats can each be within 10 % of the period yet all a few per cent slow or fast, so the
  // phase drifts onto the grid over several beats: keep a beat only where the four intervals from it
  // span four of the periods that follow them (within 0.1 of a period).
  const lined = (j: number) => {
    if (j + 12 >= beats.length) return true;
    const local = (beats[j + 12] - beats[j + 4]) / 8;
    return Math.abs(beats[j + 4] - beats[j] - 4 * local) <= 0.1 * local;
  };
  while (i < 8 && !lined(i)) i++;
  return beats.slice(i);
}

/** Beats of the two taps this close (s) are the same beat. */
const SAME_BEAT = 0.05;

/**
 * The forward tap's beats with its lock-on replaced: before the first four forward beats that the
 * reversed tap (`tapBeatsReversed`) also has, the reversed tap's beats. A tracker locking on can run a
 * few per cent slow or fast for a dozen beats, each interval within 10 % of the period, drift half a
 * beat off the music and drop a beat before it is back on the grid (s5010 cut on its 2nd beat:
 * 13 beats 7–9 % long); where that happens depends on where the file starts. The reversed tap is
 * lined up on the forward one first (the median offset of the beats they share).
 */
export function settledStart(forward: number[], reversed: number[]): number[] {
  if (forward.length < 8 || reversed.length < 8) return forward;
  const offsets: number[] = [];
  let j = 0;
  for (const t of forward) {
    while (j + 1 < reversed.length && Math.abs(reversed[j + 1] - t) < Math.abs(reversed[j] - t)) j++;
    if (Math.abs(reversed[j] - t) < 0.07) offsets.push(reversed[j] - t);
  }
  const shift = offsets.length ? median(offsets) : 0;
  const back = reversed.map((t) => t - shift);
  const shared = (t: number) => back.some((x) => Math.abs(x - t) < SAME_BEAT);
  let i = 0;
  while (i + 4 <= forward.length && !(shared(forward[i]) && shared(forward[i + 1]) && shared(forward[i + 2]) && shared(forward[i + 3]))) i++;
  if (i === 0 || i + 4 > forward.length) return forward;
  const T = forward[i + 1] - forward[i];
  const head = back.filter((t) => t >= 0 && t < forward[i] - 0.5 * T);
  // The reversed tap can wander too (an intro without the instrument its onset function leans on): its
  // beats replace the lock-on only where they are a steady grid (each step within 10 % of the period).
  const period = 60 / bpmOf(forward);
  if (head.slice(1).some((t, k) => Math.abs(t - head[k] - period) > 0.1 * period)) return forward;
  return [...head, ...forward.slice(i)];
}
