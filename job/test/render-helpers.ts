import { execFileSync } from 'node:child_process';
import type { ChoreographyPlan, MoveClip, TimelineEntry } from '@bachata/core';

/** A synthetic song: a click on every beat over a low tone, as a WAV made by ffmpeg's lavfi sources. */
export function makeSong(path: string, seconds: number, bpm: number): void {
  const beat = 60 / bpm;
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `sine=frequency=220:sample_rate=44100:duration=${seconds}`,
    '-f', 'lavfi', '-i', `sine=frequency=1000:sample_rate=44100:duration=${seconds}`,
    '-filter_complex', `[1]volume='if(lt(mod(t,${beat.toFixed(6)}),0.05),1,0)':eval=frame[c];[0][c]amix=inputs=2:duration=first`,
    '-ac', '1', path]);
}

/** A plan over phrases of 8 counts at `bpm`, cycling through `clips`, starting after `lead` seconds. */
export function makePlan(clips: MoveClip[], bpm: number, lead: number, phrases: number): ChoreographyPlan {
  const phrase = (8 * 60) / bpm;
  const timeline: TimelineEntry[] = [];
  let t = lead;
  for (let i = 0; i < phrases; ) {
    const c = clips[i % clips.length];
    const n = c.beats / 8;
    if (i + n > phrases) break;
    timeline.push({
      moveId: c.moveId, label: c.label, name: c.name, clip: c.clip, start: t, end: t + n * phrase, beats: c.beats,
      clipStart: 0, clipEnd: c.duration, tempoRatio: bpm / c.tempo, section: 'verse', reason: 'test',
    });
    t += n * phrase;
    i += n;
  }
  return {
    version: 1, parameters: { difficulty: 'beginner', energy: 'medium', style: 'romantic', seed: 1 },
    analysis: { version: 1, duration: t, bpm, beats: [], phrases: timeline.map((e) => e.start), sections: [], confidence: { downbeats: 1, phrases: 1 } },
    timeline, metrics: { phraseAlignment: 1, tempoMatchError: 0, distinctMoves: clips.length, repeats: 0, energyFit: 1, coverage: 1 }, notes: [],
  };
}
