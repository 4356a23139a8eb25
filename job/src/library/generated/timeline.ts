/**
 * Time inside a generated move: keyframes sit on the counts, and the body eases from one count to the
 * next (slow out of a pose, slow into the next), so every step lands exactly on its beat.
 */
import type { DancerPose } from '@bachata/core';
import { solveCouple, toKeypoints, type CoupleKey, type CouplePose, type DancerKey } from './body';
import type { GeneratedMove } from './moves';

const NUMERIC: Array<keyof DancerKey> = ['a', 'f', 'face', 'w', 'sway', 'hipF', 'lean', 'side', 'chest', 'tilt', 'nod', 'bend'];

/** ease in/out (smoothstep) */
export const ease = (u: number) => u * u * (3 - 2 * u);

function blendDancer(p: DancerKey, q: DancerKey, e: number): DancerKey {
  const out: DancerKey = { ...q };
  for (const k of NUMERIC) (out as unknown as Record<string, number>)[k] = (p[k] as number) + ((q[k] as number) - (p[k] as number)) * e;
  out.lf = [p.lf[0] + (q.lf[0] - p.lf[0]) * e, p.lf[1] + (q.lf[1] - p.lf[1]) * e];
  out.rf = [p.rf[0] + (q.rf[0] - p.rf[0]) * e, p.rf[1] + (q.rf[1] - p.rf[1]) * e];
  return out;
}

/** Peak height of a foot's arc between two keys: a step lifts the foot with its length, a tap a little. */
function liftPeak(p: [number, number], q: [number, number], explicit: number | undefined): number {
  if (explicit !== undefined) return explicit;
  const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
  return d > 0.03 ? Math.min(0.09, 0.025 + 0.14 * d) : 0;
}

function applyOverlay(k: DancerKey, add: Partial<Record<keyof DancerKey, number>> | undefined): DancerKey {
  if (!add) return k;
  const out = { ...k } as unknown as Record<string, number>;
  for (const [name, v] of Object.entries(add)) out[name] = (out[name] ?? 0) + (v as number);
  return out as unknown as DancerKey;
}

/** The couple at a count position c (1 = the first beat, beats + 1 = the end of the move). */
export function coupleAt(move: GeneratedMove, c: number): CouplePose {
  const keys = move.keys;
  let i = 0;
  while (i < keys.length - 2 && keys[i + 1].t <= c) i++;
  const k0 = keys[i], k1 = keys[Math.min(i + 1, keys.length - 1)];
  const span = k1.t - k0.t;
  const u = span > 0 ? Math.min(1, Math.max(0, (c - k0.t) / span)) : 1;
  const e = ease(u);
  const arc = Math.sin(Math.PI * u);
  const key: CoupleKey = {
    t: c,
    phi: k0.phi + (k1.phi - k0.phi) * e,
    cam: (k0.cam ?? 0) + ((k1.cam ?? 0) - (k0.cam ?? 0)) * e,
    x: k0.x + (k1.x - k0.x) * e,
    z: k0.z + (k1.z - k0.z) * e,
    lead: blendDancer(k0.lead, k1.lead, e),
    follow: blendDancer(k0.follow, k1.follow, e),
    grips: k1.grips,
  };
  const over = move.overlay?.(c);
  key.lead = applyOverlay(key.lead, over?.lead);
  key.follow = applyOverlay(key.follow, over?.follow);
  const lifts = {
    lead: { l: arc * liftPeak(k0.lead.lf, k1.lead.lf, k1.lead.liftL), r: arc * liftPeak(k0.lead.rf, k1.lead.rf, k1.lead.liftR) },
    follow: { l: arc * liftPeak(k0.follow.lf, k1.follow.lf, k1.follow.liftL), r: arc * liftPeak(k0.follow.rf, k1.follow.rf, k1.follow.liftR) },
  };
  return solveCouple(key, lifts, { from: k0, u: e });
}

export function toDancerPose(p: CouplePose): DancerPose {
  return { lead: toKeypoints(p.lead), follow: toKeypoints(p.follow) };
}

/** Keypoints on every count: index 0 = count 1, last = the end of the move (count beats + 1). */
export function countPoses(move: GeneratedMove): DancerPose[] {
  const out: DancerPose[] = [];
  for (let c = 1; c <= move.beats + 1; c++) out.push(toDancerPose(coupleAt(move, c)));
  return out;
}

/** Frames of the clip at `fps`: exactly beats × 60 / tempo seconds. */
export function frameCount(move: Pick<GeneratedMove, 'beats' | 'tempo'>, fps = 30): number {
  return Math.round((move.beats * 60 * fps) / move.tempo);
}

export function* moveFrames(move: GeneratedMove, fps = 30): Generator<CouplePose> {
  const n = frameCount(move, fps);
  for (let f = 0; f < n; f++) yield coupleAt(move, 1 + (f * move.beats) / n);
}
