/**
 * A score → Standard MIDI File (via the `midi-file` package), with a tempo event on every beat so a
 * drifting tempo is exact: the beat times the file plays at are the ones returned as truth.
 */
import { writeMidi, type MidiEvent } from 'midi-file';

export const TICKS_PER_BEAT = 480;
export const DRUMS = 9;

export interface Note {
  channel: number;
  key: number;
  velocity: number;
  /** grid position in beats (beat k of the pulse starts at k), or seconds from the file start when `free` */
  at: number;
  /** in beats, or seconds when `free` */
  dur: number;
  /** free-time notes sound before the pulse starts (a rubato intro) */
  free?: boolean;
}

export interface ChannelSetup {
  channel: number;
  program: number;
  volume: number;
  pan: number;
  reverb: number;
}

export interface Score {
  /** seconds at which grid beat 0 sounds; free notes live before it */
  gridStart: number;
  /** length of each grid beat in seconds (a drifting tempo); the grid has this many beats */
  beatSeconds: number[];
  channels: ChannelSetup[];
  notes: Note[];
}

export interface MidiFile {
  bytes: Uint8Array;
  /** when each grid beat starts, in seconds, as the file's tempo map plays it (length = beats + 1) */
  beatTimes: number[];
}

export function scoreToMidi(score: Score): MidiFile {
  // Before the grid: 60 bpm, so one beat is one second and free-time notes map straight to ticks.
  const gridTick = Math.round(score.gridStart * TICKS_PER_BEAT);
  const gridStart = gridTick / TICKS_PER_BEAT;
  const micros = score.beatSeconds.map((s) => Math.round(s * 1e6));
  const beatTimes = [gridStart];
  for (const us of micros) beatTimes.push(beatTimes[beatTimes.length - 1] + us / 1e6);

  const tickOf = (n: Note, pos: number) => (n.free ? Math.round(pos * TICKS_PER_BEAT) : gridTick + Math.round(pos * TICKS_PER_BEAT));
  type Abs = { tick: number; order: number; event: MidiEvent };
  const tempo: Abs[] = [
    { tick: 0, order: 0, event: { deltaTime: 0, meta: true, type: 'timeSignature', numerator: 4, denominator: 4, metronome: 24, thirtyseconds: 8 } },
    { tick: 0, order: 1, event: { deltaTime: 0, meta: true, type: 'setTempo', microsecondsPerBeat: 1_000_000 } },
    ...micros.map((us, k) => ({ tick: gridTick + k * TICKS_PER_BEAT, order: 1, event: { deltaTime: 0, meta: true, type: 'setTempo', microsecondsPerBeat: us } as MidiEvent })),
  ];
  const music: Abs[] = [];
  for (const c of score.channels) {
    music.push({ tick: 0, order: 0, event: { deltaTime: 0, type: 'programChange', channel: c.channel, programNumber: c.program } });
    music.push({ tick: 0, order: 0, event: { deltaTime: 0, type: 'controller', channel: c.channel, controllerType: 7, value: c.volume } });
    music.push({ tick: 0, order: 0, event: { deltaTime: 0, type: 'controller', channel: c.channel, controllerType: 10, value: c.pan } });
    music.push({ tick: 0, order: 0, event: { deltaTime: 0, type: 'controller', channel: c.channel, controllerType: 91, value: c.reverb } });
    music.push({ tick: 0, order: 0, event: { deltaTime: 0, type: 'controller', channel: c.channel, controllerType: 93, value: 0 } });
  }
  for (const n of score.notes) {
    const on = Math.max(0, tickOf(n, n.at));
    const off = Math.max(on + 1, tickOf(n, n.at + n.dur));
    const key = Math.max(0, Math.min(127, Math.round(n.key)));
    const velocity = Math.max(1, Math.min(127, Math.round(n.velocity)));
    // Offs sort before ons at the same tick so a repeated key re-strikes instead of being cut.
    music.push({ tick: on, order: 2, event: { deltaTime: 0, type: 'noteOn', channel: n.channel, noteNumber: key, velocity } });
    music.push({ tick: off, order: 1, event: { deltaTime: 0, type: 'noteOff', channel: n.channel, noteNumber: key, velocity: 0 } });
  }
  const end = Math.max(...music.map((m) => m.tick), gridTick + micros.length * TICKS_PER_BEAT) + TICKS_PER_BEAT;
  const track = (abs: Abs[]): MidiEvent[] => {
    abs.sort((a, b) => a.tick - b.tick || a.order - b.order);
    let last = 0;
    const out = abs.map((a) => {
      const e = { ...a.event, deltaTime: a.tick - last } as MidiEvent;
      last = a.tick;
      return e;
    });
    out.push({ deltaTime: end - last, meta: true, type: 'endOfTrack' });
    return out;
  };
  const bytes = Uint8Array.from(writeMidi({ header: { format: 1, numTracks: 2, ticksPerBeat: TICKS_PER_BEAT }, tracks: [track(tempo), track(music)] }));
  return { bytes, beatTimes };
}
