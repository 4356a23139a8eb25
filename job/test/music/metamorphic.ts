/**
 * Edits for metamorphic tests (no labels needed): the same music cut at another point, or with
 * silence or noise put in front, must give the same bar "1"s and 8-count starts, moved by the edit.
 */
import type { SongAnalysis } from '@bachata/core';
import { analyzeSamples } from '../../src/analysis';
import { eventFMeasure } from '../../src/analysis/evaluation';
import { rng } from './random';

export const AGREEMENT_TOLERANCE = 0.07;
/** Events this close to an edit or to the end are left out of the comparison (half-heard onsets). */
const EDGE = 0.1;

export interface Edit {
  name: string;
  samples: Float32Array;
  /** add this to a time in the edited audio to get the time in the original */
  offset: number;
  /** length of the edited audio, seconds */
  seconds: number;
}

/** The audio from `at` seconds on: a file cut there. */
export function cutAt(samples: Float32Array, sampleRate: number, at: number, name = `cut at ${at.toFixed(2)} s`): Edit {
  const cut = samples.slice(Math.round(at * sampleRate));
  return { name, samples: cut, offset: Math.round(at * sampleRate) / sampleRate, seconds: cut.length / sampleRate };
}

/** `seconds` of silence, or of pink noise at `noiseLevel` × the music's RMS, put in front. */
export function withLeader(samples: Float32Array, sampleRate: number, seconds: number, kind: 'silence' | 'noise', noiseLevel = 0.1, seed = 1): Edit {
  const n = Math.round(seconds * sampleRate);
  const out = new Float32Array(n + samples.length);
  out.set(samples, n);
  if (kind === 'noise') {
    let e = 0;
    for (let i = 0; i < samples.length; i++) e += samples[i] * samples[i];
    const level = noiseLevel * Math.sqrt(e / Math.max(1, samples.length));
    const r = rng(seed);
    let b0 = 0, b1 = 0, b2 = 0;
    for (let i = 0; i < n; i++) {
      const w = (r() * 2 - 1) * Math.sqrt(3);
      b0 = 0.99765 * b0 + w * 0.099046;
      b1 = 0.963 * b1 + w * 0.2965164;
      b2 = 0.57 * b2 + w * 1.0526913;
      out[i] = level * (b0 + b1 + b2 + w * 0.1848) * 0.3;
    }
  }
  return { name: `${seconds} s of ${kind} in front`, samples: out, offset: -n / sampleRate, seconds: out.length / sampleRate };
}

/**
 * F-measure between the original's events and the edited audio's events moved back by the edit,
 * both inside the span of the original that the edit kept.
 */
export function agreement(original: number[], edited: number[], edit: Edit, duration: number): number {
  const from = Math.max(0, edit.offset) + EDGE;
  const to = Math.min(duration, edit.offset + edit.seconds) - EDGE;
  const keep = (xs: number[]) => xs.filter((t) => t >= from && t <= to);
  return eventFMeasure(keep(edited.map((t) => t + edit.offset)), keep(original), AGREEMENT_TOLERANCE).f;
}

export const MIN_AGREEMENT = 0.9;
/** Cut a little before the beat, as an editor cutting on the beat would, so its onset stays whole. */
const CUT_LEAD = 0.03;
export const LEADERS: Array<[number, 'silence' | 'noise']> = [[1, 'silence'], [5, 'silence'], [2.5, 'noise'], [5, 'noise']];

function nearestIndex(xs: number[], t: number): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - t) < Math.abs(xs[best] - t)) best = i;
  return best;
}

/** The 8 cuts inside the first 8-count that starts 3 s or more into the song, and the 4 leaders. */
export function metamorphicEdits(samples: Float32Array, sampleRate: number, full: SongAnalysis): Edit[] {
  const phrase = full.phrases.find((t) => t >= 3) ?? full.phrases[0];
  const i0 = nearestIndex(full.beats, phrase);
  const edits: Edit[] = [];
  for (let o = 0; o < 8; o++) {
    const beat = full.beats[Math.min(full.beats.length - 1, i0 + o)];
    edits.push(cutAt(samples, sampleRate, beat - CUT_LEAD, `cut ${o} beat${o === 1 ? '' : 's'} into an 8-count (${(beat - CUT_LEAD).toFixed(2)} s)`));
  }
  LEADERS.forEach(([s, kind], k) => edits.push(withLeader(samples, sampleRate, s, kind, 0.1, 100 + k)));
  return edits;
}

/** Every edit whose count disagrees with the whole song's, as readable lines (empty: all agree). */
export function disagreements(samples: Float32Array, sampleRate: number): { failures: string[]; full: SongAnalysis } {
  const full = analyzeSamples(samples, sampleRate);
  const failures: string[] = [];
  for (const edit of metamorphicEdits(samples, sampleRate, full)) {
    let a: SongAnalysis;
    try {
      a = analyzeSamples(edit.samples, sampleRate);
    } catch (e) {
      failures.push(`${edit.name}: ${(e as Error).message}`);
      continue;
    }
    const db = agreement(full.downbeats, a.downbeats, edit, full.duration);
    const ph = agreement(full.phrases, a.phrases, edit, full.duration);
    if (db < MIN_AGREEMENT || ph < MIN_AGREEMENT) failures.push(`${edit.name}: bar "1" agreement ${db.toFixed(2)}, 8-count agreement ${ph.toFixed(2)}`);
  }
  return { failures, full };
}

