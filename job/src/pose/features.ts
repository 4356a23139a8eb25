/**
 * Pose features of one clip: frames at the start and end of the counted move and every few counts in
 * between go through the pose model; the couple is tracked over them.
 */
import type { DancerPose } from '@bachata/core';
import { ffprobe } from '../media/ffmpeg';
import type { Person } from './decode';
import { couplePose, MOTION_MIN_CONFIDENCE, motionSummary, personInFrame, trackCouple, type MotionSummary } from './dancers';
import { sampleLetterboxedFrames } from './frames';
import { letterbox, toInputTensor } from './letterbox';
import type { PoseModel } from './model';

export interface CountedMove {
  /** BPM */
  tempo: number;
  /** counts of the move (a multiple of 8) */
  beats: number;
  /** seconds into the clip where count 1 is */
  offset?: number;
}

export interface PoseFeatures {
  poseStart?: DancerPose;
  poseEnd?: DancerPose;
  motion: MotionSummary;
  /** people the model kept (after NMS) in each sampled frame */
  peoplePerFrame: number[];
  /**
   * Where the couple is over the whole clip: the union of the lead's and the follow's boxes and
   * confident keypoints in every sampled frame, [x1, y1, x2, y2] in 0..1 of the frame (for framing).
   */
  coupleBox?: [number, number, number, number];
}

/** The union box of the tracked dancers over the sampled frames (undefined when nobody was seen). */
export function coupleBox(track: ReadonlyArray<{ lead?: Person; follow?: Person }>): [number, number, number, number] | undefined {
  let x1 = 1, y1 = 1, x2 = 0, y2 = 0, seen = false;
  const add = (x: number, y: number) => { x1 = Math.min(x1, x); y1 = Math.min(y1, y); x2 = Math.max(x2, x); y2 = Math.max(y2, y); seen = true; };
  for (const c of track) {
    for (const p of [c.lead, c.follow]) {
      if (!p) continue;
      add(p.box[0], p.box[1]);
      add(p.box[2], p.box[3]);
      for (const [x, y, conf] of p.keypoints) if (conf >= MOTION_MIN_CONFIDENCE) add(x, y);
    }
  }
  return seen && x2 > x1 && y2 > y1 ? [x1, y1, x2, y2] : undefined;
}

/** Counts to sample: 0, every `every` counts, and the last count (the end of the move). */
export function sampleCounts(beats: number, every = 2): number[] {
  const out: number[] = [];
  for (let c = 0; c < beats; c += every) out.push(c);
  out.push(beats);
  return out;
}

/** Frame number showing a count; the end of a move that runs to the clip's end is its last frame. */
export function frameOfCount(count: number, move: CountedMove, fps: number, frameCount: number): number {
  const t = (move.offset ?? 0) + (count * 60) / move.tempo;
  return Math.max(0, Math.min(frameCount - 1, Math.round(t * fps)));
}

function rate(r: string | undefined): number {
  const [n, d] = (r ?? '').split('/').map(Number);
  return n > 0 && d > 0 ? n / d : 30;
}

export async function clipPoseFeatures(model: PoseModel, file: string, move: CountedMove, options: { every?: number } = {}): Promise<PoseFeatures> {
  const probe = await ffprobe(file);
  const video = probe.streams.find((s) => s.codec_type === 'video');
  if (!video?.width || !video.height) throw new Error(`no video stream in ${file}`);
  const fps = rate(video.r_frame_rate);
  const frameCount = Number(video.nb_frames) > 0 ? Number(video.nb_frames) : Math.floor(Number(probe.format.duration) * fps);
  const counts = sampleCounts(move.beats, options.every);
  const lb = letterbox(video.width, video.height, model.inputSize);
  const frames = await sampleLetterboxedFrames(file, counts.map((c) => frameOfCount(c, move, fps, frameCount)), lb);
  const people = [];
  // One frame at a time: the model is the heavy part and onnxruntime already uses every core.
  for (const rgb of frames) people.push(rgb ? (await model.detect(toInputTensor(rgb, lb.size))).map((p) => personInFrame(p, lb)) : []);
  const track = trackCouple(people);
  const box = coupleBox(track);
  return {
    poseStart: couplePose(track.find((c) => c.lead && c.follow)),
    poseEnd: couplePose([...track].reverse().find((c) => c.lead && c.follow)),
    motion: motionSummary(track, counts),
    peoplePerFrame: people.map((p) => p.length),
    ...(box ? { coupleBox: box } : {}),
  };
}
