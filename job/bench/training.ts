/**
 * The labelled songs the offline fitters train on (fit-parity.ts, fit-bar.ts): the product's synthetic
 * songs and fluidsynth songs with their truth, and the weight each training row gets from its set.
 */
import { accuracySet, generateBachataTrack, robustnessSet, type NamedTrackOptions } from '../src/synth';
import { renderSongs, tunePool, tuneSet, type SongSpec } from '../test/music';

export interface LabelledSong {
  set: 'synthetic' | 'fluidsynth';
  name: string;
  samples: Float32Array;
  truth: { beats: number[]; downbeats: number[]; phrases: number[] };
}

/** Each set's share of the total training weight, split evenly over its rows. */
const SET_SHARE = { synthetic: 1 / 3, fluidsynth: 2 / 3 };

export function synthesise(options: NamedTrackOptions[]): LabelledSong[] {
  return options.map((o) => {
    const t = generateBachataTrack(o);
    return { set: 'synthetic', name: o.name, samples: t.samples, truth: t.truth };
  });
}

export async function render(specs: SongSpec[]): Promise<LabelledSong[]> {
  return (await renderSongs(specs)).map((s) => ({ set: 'fluidsynth', name: s.spec.name, samples: s.samples, truth: s.truth }));
}

/** The songs a fit may train on: `synthetic`, the fluidsynth TUNE songs and (unless `pool` is false) the tuning pool. */
export async function trainingSongs(synthetic: NamedTrackOptions[] = [...accuracySet(), ...robustnessSet()], pool = true): Promise<LabelledSong[]> {
  return [...synthesise(synthetic), ...(await render(pool ? [...tuneSet(), ...tunePool()] : tuneSet()))];
}

/** Sets each row's weight from its song's set (SET_SHARE over that set's row count). */
export function weighBySet(rows: Array<{ set: LabelledSong['set']; weight: number }>): void {
  const count = { synthetic: 0, fluidsynth: 0 };
  for (const r of rows) count[r.set]++;
  for (const r of rows) r.weight = SET_SHARE[r.set] / count[r.set];
}

/** Index of the true beat within ±70 ms of `t`, or −1. */
export function trueBeatIndex(trueBeats: number[], t: number): number {
  return trueBeats.findIndex((b) => Math.abs(b - t) <= 0.07);
}
