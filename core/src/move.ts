import type { Difficulty, EnergyLevel, Position, Style } from './vocabulary';

/** 17 COCO keypoints as [x, y] in 0..1 of the frame (x right, y down); confidence optional. */
export type Keypoints = Array<[number, number] | [number, number, number]>;

export interface DancerPose {
  lead: Keypoints;
  follow: Keypoints;
}

/** One annotated move clip of the library, as the planner and the renderer see it. */
export interface MoveClip {
  /** stable id (the old app's clip_id / move_id) */
  moveId: string;
  /** human name, e.g. "Cross body lead" */
  name: string;
  /** category label, e.g. "cross_body_lead", "intro", "outro" */
  label: string;
  difficulty: Difficulty;
  energy: EnergyLevel;
  style: Style;
  /** tempo of the music the clip was danced to, in BPM */
  tempo: number;
  /** counts the move takes: 8 or 16 (a multiple of 8) */
  beats: number;
  /** seconds; the whole clip */
  duration: number;
  /** where the counted move starts inside the clip, seconds (0 for generated clips) */
  offset?: number;
  startPosition?: Position;
  endPosition?: Position;
  /** storage key or file path of the clip (normalised rendition when imported) */
  clip: string;
  poseStart?: DancerPose;
  poseEnd?: DancerPose;
  /** where the move came from: the built-in generated library or an imported clip library */
  source?: 'generated' | 'imported';
}

/** Filters a planner asks the move index for. */
export interface MoveQuery {
  difficulty?: Difficulty[];
  energy?: EnergyLevel[];
  style?: Style[];
  labels?: string[];
}

/** Where the planner reads moves from: PostgreSQL, Elasticsearch, or an annotation directory. */
export interface MoveIndex {
  /** All moves matching the filters (an empty query returns the whole library). */
  find(query: MoveQuery): Promise<MoveClip[]>;
}
