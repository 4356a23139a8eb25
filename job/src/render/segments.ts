/**
 * From a plan's timeline to video pieces counted in frames. Every piece starts on the frame of its
 * phrase (round(start × fps)) and ends where the next one starts, so rounding never drifts across a
 * song; a held pose fills the time before the first phrase and the final pose is held to the song's end.
 */
import type { TimelineEntry } from '@bachata/core';

export interface Segment {
  /** the clip file */
  clip: string;
  /** the timeline entry's move (a built-in move is drawn at the song's tempo instead of stretched) */
  moveId: string;
  clipStart: number;
  clipEnd: number;
  /** first output frame of this piece */
  startFrame: number;
  /** output frames of this piece */
  frames: number;
  /** output frame times the retimed clip's motion spans; after them its last frame is held */
  motionFrames: number;
  /** a still of the clip at clipStart for the whole piece */
  hold: boolean;
  /** song BPM / clip BPM as the plan said (for information and the cache key) */
  tempoRatio: number;
  /** index of the timeline entry, -1 for the lead-in hold */
  entry: number;
}

export function planSegments(timeline: TimelineEntry[], songDuration: number, fps = 30): Segment[] {
  const total = Math.round(songDuration * fps);
  const entries = timeline.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start);
  const out: Segment[] = [];
  if (!entries.length || total <= 0) return out;
  const first = entries[0].e;
  const firstFrame = Math.min(total, Math.max(0, Math.round(first.start * fps)));
  if (firstFrame > 0) {
    out.push({ clip: first.clip, moveId: first.moveId, clipStart: first.clipStart, clipEnd: first.clipStart, startFrame: 0, frames: firstFrame, motionFrames: 0, hold: true, tempoRatio: 1, entry: -1 });
  }
  for (let k = 0; k < entries.length; k++) {
    const { e, i } = entries[k];
    const startFrame = Math.max(out.length ? out[out.length - 1].startFrame + out[out.length - 1].frames : 0, Math.round(e.start * fps));
    if (startFrame >= total) break;
    const ownEnd = Math.round(e.end * fps);
    const nextStart = k + 1 < entries.length ? Math.round(entries[k + 1].e.start * fps) : total;
    const endFrame = Math.min(total, Math.max(nextStart, startFrame + 1));
    const frames = endFrame - startFrame;
    if (frames <= 0) continue;
    const motion = e.hold ? 0 : Math.max(1, Math.min(frames, ownEnd - startFrame));
    out.push({ clip: e.clip, moveId: e.moveId, clipStart: e.clipStart, clipEnd: e.clipEnd, startFrame, frames, motionFrames: motion, hold: !!e.hold, tempoRatio: e.tempoRatio, entry: i });
  }
  // the song goes on after the last phrase: hold the final pose
  const last = out[out.length - 1];
  if (last.startFrame + last.frames < total) last.frames = total - last.startFrame;
  return out;
}
