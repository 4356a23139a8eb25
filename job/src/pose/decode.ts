/**
 * YOLOv8-pose output → people. The model's `output0` is [1, 56, N]: for each of N candidates
 * cx, cy, w, h, score, then 17 × (x, y, conf), all in input pixels, stored channel-major (row c holds
 * channel c of every candidate).
 */
export const KEYPOINTS = 17;
export const POSE_CHANNELS = 5 + 3 * KEYPOINTS;

/** One detected person, in the coordinates the caller chose (input pixels after decoding). */
export interface Person {
  /** x1, y1, x2, y2 */
  box: [number, number, number, number];
  score: number;
  /** 17 COCO keypoints [x, y, conf] */
  keypoints: Array<[number, number, number]>;
}

export interface DecodeOptions {
  /** candidates below this score are dropped before NMS */
  scoreThreshold?: number;
  /** a box overlapping a better one by more than this is the same person */
  iouThreshold?: number;
}

export const DEFAULT_SCORE_THRESHOLD = 0.25;
export const DEFAULT_IOU_THRESHOLD = 0.45;

export function iou(a: Person['box'], b: Person['box']): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
}

/** Greedy non-maximum suppression: best first, dropping whatever overlaps a kept person too much. */
export function nonMaxSuppression(people: readonly Person[], iouThreshold = DEFAULT_IOU_THRESHOLD): Person[] {
  const sorted = [...people].sort((a, b) => b.score - a.score);
  const kept: Person[] = [];
  for (const p of sorted) if (kept.every((k) => iou(k.box, p.box) <= iouThreshold)) kept.push(p);
  return kept;
}

/** Decodes `output0` (dims [1, 56, N]) into people after score filtering and NMS, best first. */
export function decodePoseOutput(data: ArrayLike<number>, dims: readonly number[], options: DecodeOptions = {}): Person[] {
  const channels = dims.length === 3 ? dims[1] : dims[0];
  const n = dims[dims.length - 1];
  if (channels !== POSE_CHANNELS || data.length < channels * n) {
    throw new Error(`not a YOLOv8-pose output: expected [1, ${POSE_CHANNELS}, N], got [${dims.join(', ')}]`);
  }
  const minScore = options.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD;
  const at = (c: number, i: number) => data[c * n + i];
  const candidates: Person[] = [];
  for (let i = 0; i < n; i++) {
    const score = at(4, i);
    if (!(score >= minScore)) continue;
    const cx = at(0, i), cy = at(1, i), w = at(2, i), h = at(3, i);
    const keypoints: Person['keypoints'] = [];
    for (let k = 0; k < KEYPOINTS; k++) keypoints.push([at(5 + 3 * k, i), at(6 + 3 * k, i), at(7 + 3 * k, i)]);
    candidates.push({ box: [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], score, keypoints });
  }
  return nonMaxSuppression(candidates, options.iouThreshold ?? DEFAULT_IOU_THRESHOLD);
}
