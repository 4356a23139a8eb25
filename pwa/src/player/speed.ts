/** Practice speeds. Slower than 0.5 the beat smears; faster than 1 nobody needs for learning. */
export const SPEEDS = [0.5, 0.75, 1] as const;
export type Speed = (typeof SPEEDS)[number];

/** One step slower (-1) or faster (+1), clamped at the ends. */
export function stepSpeed(current: number, dir: -1 | 1): Speed {
  let i = SPEEDS.findIndex((s) => s >= current - 1e-9);
  if (i < 0) i = SPEEDS.length - 1;
  const next = Math.min(SPEEDS.length - 1, Math.max(0, i + dir));
  return SPEEDS[next];
}

/** Applies the speed without chipmunk voices: the music keeps its pitch. */
export function applySpeed(video: HTMLMediaElement, speed: number) {
  video.playbackRate = speed;
  video.preservesPitch = true;
  (video as HTMLMediaElement & { webkitPreservesPitch?: boolean }).webkitPreservesPitch = true;
}

export function speedLabel(s: number): string { return `${s}×`; }
