import type { BachataTrackOptions } from './track';

export interface NamedTrackOptions extends BachataTrackOptions {
  name: string;
}

/**
 * The synthetic accuracy set: tempos spread over 105..155 bpm, 0..1.5 s of leading silence, some tracks
 * with a guitar-only intro, some with a pickup, most with a percussion-heavier chorus, some with noise.
 * Shared by the accuracy test and the benchmark so both report on the same songs.
 */
export function accuracySet(count = 16, duration = 50): NamedTrackOptions[] {
  const set: NamedTrackOptions[] = [];
  for (let i = 0; i < count; i++) {
    const bpm = Math.round((105 + (50 * i) / Math.max(1, count - 1)) * 10) / 10;
    const leadingSilence = Math.round(((i * 7) % 16) / 10 * 100) / 100; // 0..1.5 s, scattered
    const introBars = i % 3 === 0 ? 4 : i % 3 === 1 ? 2 : 0;
    const pickup = i % 4 === 1 || i % 4 === 2;
    const chorus = i % 5 !== 4;
    const noise = i % 4 === 3 ? 0.15 : i % 4 === 0 ? 0.05 : 0;
    const name = `bpm${bpm} sil${leadingSilence} intro${introBars}${pickup ? ' pickup' : ''}${chorus ? '' : ' nochorus'}${noise ? ` noise${noise}` : ''}`;
    set.push({ name, bpm, duration, leadingSilence, introBars, pickup, chorus, noise, seed: 1000 + i });
  }
  return set;
}

/**
 * Harder variants the analysis was not tuned on: a live band's tempo drift (±2–3 %) and mixes with a
 * quiet bass, loud guitars, a quiet güira or no bongo at all.
 */
export function robustnessSet(count = 12, duration = 60): NamedTrackOptions[] {
  const mixes: [string, NonNullable<BachataTrackOptions['mix']>][] = [
    ['quiet-bass', { bass: 0.35 }],
    ['loud-guitars', { segunda: 1.8, requinto: 1.6 }],
    ['quiet-guira', { guira: 0.3 }],
    ['no-bongo', { bongo: 0 }],
  ];
  return Array.from({ length: count }, (_, i) => {
    const bpm = Math.round((108 + (44 * ((i * 5) % count)) / Math.max(1, count - 1)) * 10) / 10;
    const [mixName, mix] = mixes[i % mixes.length];
    const tempoDrift = i % 3 === 0 ? 0 : i % 3 === 1 ? 0.02 : 0.03;
    const introBars = i % 2 === 0 ? 2 : 0;
    const pickup = i % 3 === 2;
    const leadingSilence = ((i * 3) % 7) * 0.2;
    const name = `${mixName} bpm${bpm} drift${tempoDrift}${introBars ? ` intro${introBars}` : ''}${pickup ? ' pickup' : ''}`;
    return { name, bpm, duration, leadingSilence, introBars, pickup, tempoDrift, mix, noise: 0.03, seed: 5000 + i };
  });
}
