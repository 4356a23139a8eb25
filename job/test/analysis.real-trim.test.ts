/**
 * Metamorphic test on real recordings (no labels needed): each of the 149 clips of the original move
 * library (real bachata songs under the dancers, 6–17 s) against itself with its first 1, 2 and 3
 * beats trimmed off. The trimmed clip must keep the whole clip's bar "1"s (agreement F >= 0.9 within
 * ±70 ms, per clip and per trim) and must never be refused with "No steady beat found".
 * 8-count agreement is printed, not gated: a 12 s clip holds only two or three 8-counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SongAnalysis } from '@bachata/core';
import { analyzeSamples } from '../src/analysis';
import { decodeAudio, MIN_ANALYSIS_SECONDS } from '../src/audio/decode';
import { gate, REAL_TRIM_MISSES } from './support/known-misses';
import { agreement, cutAt, MIN_AGREEMENT } from './music/metamorphic';

const LIBRARY = resolve(__dirname, '..', '..', '..', 'shared', 'moves', 'original');
const ANNOTATIONS = join(LIBRARY, 'bachata_annotations.json');
const present = existsSync(ANNOTATIONS);
if (!present) console.warn(`Skipping the real-clip trim test: ${LIBRARY} (the original move library) is absent.`);

jest.setTimeout(120_000);

interface Clip { clip_id: string; video_path: string }
const clips: Clip[] = present
  ? ((json: { clips?: Clip[] } | Clip[]) => (Array.isArray(json) ? json : json.clips ?? []))(JSON.parse(readFileSync(ANNOTATIONS, 'utf8'))).filter((c) => existsSync(join(LIBRARY, c.video_path)))
  : [];
const TRIMS = [1, 2, 3];
const CUT_LEAD = 0.03;
const rows: string[] = [];

(present ? describe : describe.skip)('real clips keep their bar "1"s when their first beats are trimmed', () => {
  afterAll(() => console.log(`Real clips, whole vs trimmed by 1/2/3 beats (agreement F, ±70 ms)\n${'clip'.padEnd(44)} bpm    bar"1" 1/2/3         8-count 1/2/3\n${rows.join('\n')}`));

  it('has the clips', () => {
    expect(clips.length).toBeGreaterThanOrEqual(140);
  });

  const check = async (clip: (typeof clips)[number]) => {
    const audio = await decodeAudio(join(LIBRARY, clip.video_path));
    const full = analyzeSamples(audio.samples, audio.sampleRate);
    const failures: string[] = [];
    const db: string[] = [];
    const ph: string[] = [];
    for (const k of TRIMS) {
      const at = full.beats[k] - CUT_LEAD;
      const edit = cutAt(audio.samples, audio.sampleRate, at, `trimmed by ${k} beat${k > 1 ? 's' : ''} (${at.toFixed(2)} s)`);
      let a: SongAnalysis;
      try {
        a = analyzeSamples(edit.samples, audio.sampleRate);
      } catch (e) {
        const message = (e as Error).message;
        // Under the product's minimum length a refusal for being short is the right answer.
        if (edit.seconds < MIN_ANALYSIS_SECONDS && !/steady beat/i.test(message)) continue;
        failures.push(`${edit.name}: ${message}`);
        db.push(' err');
        continue;
      }
      const fd = agreement(full.downbeats, a.downbeats, edit, full.duration);
      const fp = agreement(full.phrases, a.phrases, edit, full.duration);
      db.push(fd.toFixed(2));
      ph.push(fp.toFixed(2));
      if (fd < MIN_AGREEMENT) failures.push(`${edit.name}: bar "1" agreement ${fd.toFixed(2)}`);
    }
    rows.push(`${clip.clip_id.padEnd(44)} ${full.bpm.toFixed(0).padStart(3)}    ${db.join(' ').padEnd(20)} ${ph.join(' ')}`);
    expect(failures).toEqual([]);
  };
  // Two clips share an id (arm_styling/paseala and bolero/paseala): those are named by their file.
  const nameOf = (clip: Clip) => (clips.filter((c) => c.clip_id === clip.clip_id).length > 1 ? clip.video_path.replace(/\.mp4$/, '') : clip.clip_id);
  for (const clip of clips) gate(REAL_TRIM_MISSES.has(nameOf(clip)))(nameOf(clip), () => check(clip));
});
