/**
 * The poster of a choreography: a representative frame of its own video, so every choreography's
 * tile looks like what it is (not the same opening pose for every video of a library).
 *
 * Where: the middle of the most energetic move (the mean of the song's per-beat energy over the
 * move's span; ties go to the longer move, then the earlier one). Which frame: ffmpeg's `thumbnail`
 * filter over about one second around that moment picks the frame closest to the average of its
 * neighbours — a settled pose rather than a frame caught mid-transition.
 */
import type { ChoreographyPlan, TimelineEntry } from '@bachata/core';
import { runFfmpeg } from '../media/ffmpeg';

export interface PosterMoment {
  /** seconds in the video */
  at: number;
  /** the timeline entry the poster shows (null: no move, the middle of the video) */
  entry: TimelineEntry | null;
  /** the entry's mean energy (0..1), null when the song's energy is unknown */
  energy: number | null;
}

/** The window the `thumbnail` filter chooses from, in frames (one second at the render's 30 fps). */
export const POSTER_WINDOW_FRAMES = 30;

/**
 * The moment to take the poster from. `beats`/`energy`: the song's beat times and per-beat energy
 * (the full analysis); without them the longest move wins.
 */
export function posterMoment(plan: Pick<ChoreographyPlan, 'timeline'>, duration: number, beats: number[] = [], energy: number[] = []): PosterMoment {
  const moves = plan.timeline.filter((e) => !e.hold && e.end > e.start && e.start < duration);
  if (!moves.length) return { at: Math.max(0, duration / 2), entry: null, energy: null };
  const known = beats.length > 0 && energy.length === beats.length;
  const energyOf = (e: TimelineEntry): number | null => {
    if (!known) return null;
    let sum = 0, n = 0;
    for (let i = 0; i < beats.length; i++) {
      if (beats[i] >= e.start && beats[i] < e.end) { sum += energy[i]; n++; }
    }
    return n ? sum / n : null;
  };
  let best = moves[0];
  let bestEnergy = energyOf(best);
  for (const e of moves.slice(1)) {
    const en = energyOf(e);
    const better = (en ?? -1) > (bestEnergy ?? -1) + 1e-9
      || (Math.abs((en ?? -1) - (bestEnergy ?? -1)) <= 1e-9 && e.end - e.start > best.end - best.start + 1e-9);
    if (better) { best = e; bestEnergy = en; }
  }
  const mid = (best.start + Math.min(best.end, duration)) / 2;
  return { at: Math.max(0, Math.min(duration - 0.05, mid)), entry: best, energy: bestEnergy };
}

/**
 * Writes the poster JPEG of `video` at `out`: the `thumbnail` filter's pick of the frames from half a
 * window before `at` on (runs ffmpeg through the job's one runner).
 */
export async function writePoster(video: string, at: number, out: string, signal?: AbortSignal): Promise<void> {
  const from = Math.max(0, at - POSTER_WINDOW_FRAMES / 30 / 2);
  await runFfmpeg(['-ss', from.toFixed(3), '-i', video, '-map', '0:v:0', '-vf', `thumbnail=${POSTER_WINDOW_FRAMES}`, '-frames:v', '1', '-q:v', '3', '-update', '1', out], { signal });
}
