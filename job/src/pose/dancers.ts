/**
 * From detected people to the couple: which two are the dancers, who is lead and who is follow over
 * the sampled frames, and how much each moves per count. Pure; coordinates are 0..1 of the frame.
 */
import type { DancerPose, Keypoints } from '@bachata/core';
import type { Person } from './decode';
import { toFramePoint, type Letterbox } from './letterbox';

/** A person detected in input pixels, in 0..1 frame coordinates. */
export function personInFrame(p: Person, lb: Letterbox): Person {
  const [x1, y1] = toFramePoint(lb, p.box[0], p.box[1]);
  const [x2, y2] = toFramePoint(lb, p.box[2], p.box[3]);
  return {
    box: [x1, y1, x2, y2],
    score: p.score,
    keypoints: p.keypoints.map(([x, y, c]) => [...toFramePoint(lb, x, y), c] as [number, number, number]),
  };
}

const centre = (p: Person): [number, number] => [(p.box[0] + p.box[2]) / 2, (p.box[1] + p.box[3]) / 2];

/**
 * How much a person looks like one of the couple: big and near the middle. Onlookers and people in
 * the background are small or at the edges of a class video.
 */
export function prominence(p: Person): number {
  const area = Math.max(0, p.box[2] - p.box[0]) * Math.max(0, p.box[3] - p.box[1]);
  const [cx, cy] = centre(p);
  const off = Math.hypot(cx - 0.5, cy - 0.5) / Math.SQRT1_2;
  return area * (1 - 0.5 * Math.min(1, off));
}

/** The (at most) two main people of a frame, most prominent first. */
export function mainDancers(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => prominence(b) - prominence(a)).slice(0, 2);
}

export interface Couple {
  lead?: Person;
  follow?: Person;
}

const dist = (a: Person, b: Person) => {
  const [ax, ay] = centre(a);
  const [bx, by] = centre(b);
  return Math.hypot(ax - bx, ay - by);
};

/**
 * Lead and follow over consecutive frames. The clips do not say who leads, so the dancer on the left
 * in the first frame showing both is called lead (a convention, kept across the library so poses
 * chain); after that each dancer is followed to the nearest person (by box centre), so passing each
 * other over a few sampled frames (a cross body lead) does not swap them. A pass completed between two
 * samples can still swap them: samples are a couple of counts apart for that reason.
 */
export function trackCouple(frames: ReadonlyArray<readonly Person[]>): Couple[] {
  const dancers = frames.map((f) => mainDancers(f));
  const out: Couple[] = dancers.map(() => ({}));
  const first = dancers.findIndex((d) => d.length === 2);
  if (first < 0) {
    // Never both in view: one dancer alone is reported as lead, nothing else can be said.
    dancers.forEach((d, i) => { if (d[0]) out[i] = { lead: d[0] }; });
    return out;
  }
  const [a, b] = dancers[first];
  out[first] = centre(a)[0] <= centre(b)[0] ? { lead: a, follow: b } : { lead: b, follow: a };
  const step = (from: number, to: number, by: 1 | -1) => {
    let last = out[from];
    for (let i = from + by; by > 0 ? i <= to : i >= to; i += by) {
      const d = dancers[i];
      let c: Couple = {};
      if (d.length === 2) {
        const keep = (last.lead ? dist(d[0], last.lead) : 0) + (last.follow ? dist(d[1], last.follow) : 0);
        const swap = (last.lead ? dist(d[1], last.lead) : 0) + (last.follow ? dist(d[0], last.follow) : 0);
        c = keep <= swap ? { lead: d[0], follow: d[1] } : { lead: d[1], follow: d[0] };
      } else if (d.length === 1) {
        const toLead = last.lead ? dist(d[0], last.lead) : Infinity;
        const toFollow = last.follow ? dist(d[0], last.follow) : Infinity;
        c = toLead <= toFollow ? { lead: d[0] } : { follow: d[0] };
      }
      out[i] = c;
      last = { lead: c.lead ?? last.lead, follow: c.follow ?? last.follow };
    }
  };
  step(first, dancers.length - 1, 1);
  if (first > 0) step(first, 0, -1);
  return out;
}

const round = (v: number) => Math.round(v * 10000) / 10000;

export function toKeypoints(p: Person): Keypoints {
  return p.keypoints.map(([x, y, c]) => [round(x), round(y), round(c)] as [number, number, number]);
}

export function couplePose(c: Couple | undefined): DancerPose | undefined {
  return c?.lead && c.follow ? { lead: toKeypoints(c.lead), follow: toKeypoints(c.follow) } : undefined;
}

/** Keypoints this confident in both frames count for motion (hidden limbs jump around). */
export const MOTION_MIN_CONFIDENCE = 0.3;

/** Mean distance a person's keypoints travel between two frames (0..1 frame units). */
export function keypointDisplacement(a: Person, b: Person): number {
  let sum = 0, n = 0, sumAll = 0;
  for (let k = 0; k < a.keypoints.length && k < b.keypoints.length; k++) {
    const d = Math.hypot(a.keypoints[k][0] - b.keypoints[k][0], a.keypoints[k][1] - b.keypoints[k][1]);
    sumAll += d;
    if (a.keypoints[k][2] >= MOTION_MIN_CONFIDENCE && b.keypoints[k][2] >= MOTION_MIN_CONFIDENCE) { sum += d; n++; }
  }
  if (n > 0) return sum / n;
  const all = Math.min(a.keypoints.length, b.keypoints.length);
  return all > 0 ? sumAll / all : 0;
}

export interface MotionSummary {
  /** the count (0-based, from the start of the counted move) of every sampled frame */
  sampledCounts: number[];
  /** per sampled interval: mean keypoint displacement per count, 0..1 frame units; null when a dancer was not seen */
  lead: Array<number | null>;
  follow: Array<number | null>;
  /** over the whole move, weighted by counts; null when never measured */
  meanLead: number | null;
  meanFollow: number | null;
}

export function motionSummary(track: readonly Couple[], sampledCounts: readonly number[]): MotionSummary {
  const perDancer = (who: 'lead' | 'follow') => {
    const perInterval: Array<number | null> = [];
    let total = 0, counts = 0;
    for (let i = 1; i < track.length; i++) {
      const a = track[i - 1][who], b = track[i][who];
      const span = sampledCounts[i] - sampledCounts[i - 1];
      if (!a || !b || !(span > 0)) { perInterval.push(null); continue; }
      const d = keypointDisplacement(a, b);
      perInterval.push(round(d / span));
      total += d;
      counts += span;
    }
    return { perInterval, mean: counts > 0 ? round(total / counts) : null };
  };
  const lead = perDancer('lead');
  const follow = perDancer('follow');
  return { sampledCounts: [...sampledCounts], lead: lead.perInterval, follow: follow.perInterval, meanLead: lead.mean, meanFollow: follow.mean };
}
