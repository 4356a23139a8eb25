/**
 * A check on real recordings, beside the synthetic accuracy set: the audio of the original library's
 * clips (real bachata songs under the dancers) against the tempo the old app annotated for each clip.
 * The annotations are estimates themselves, so the bar is "close to the annotated tempo" (4 %,
 * half/double allowed), not exact.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeAudioFile } from '../src/analysis';

const LIBRARY = resolve(__dirname, '..', '..', '..', 'shared', 'moves', 'original');
const present = existsSync(join(LIBRARY, 'bachata_annotations.json'));
if (!present) console.warn(`Skipping the real-music tempo check: ${LIBRARY} is absent.`);

jest.setTimeout(120_000);

(present ? it : it.skip)('finds the annotated tempo of real bachata recordings', async () => {
  const annotations = JSON.parse(readFileSync(join(LIBRARY, 'bachata_annotations.json'), 'utf8'));
  const clips: Array<{ clip_id: string; video_path: string; estimated_tempo?: number }> = (Array.isArray(annotations) ? annotations : annotations.clips)
    .filter((c: { estimated_tempo?: number; video_path: string }) => c.estimated_tempo && existsSync(join(LIBRARY, c.video_path)));
  const sample = clips.filter((_, i) => i % 8 === 0); // ~19 clips across all categories
  const rows: string[] = [];
  let close = 0, analysed = 0, refused = 0;
  for (const c of sample) {
    try {
      const a = await analyzeAudioFile(join(LIBRARY, c.video_path));
      analysed++;
      const t = c.estimated_tempo!;
      const ok = [t, t * 2, t / 2].some((x) => Math.abs(a.bpm - x) / x < 0.04);
      if (ok) close++;
      // Every detected phrase start is a detected downbeat, every downbeat a beat.
      expect(a.phrases.every((p) => a.downbeats.includes(p))).toBe(true);
      expect(a.downbeats.every((d) => a.beats.includes(d))).toBe(true);
      rows.push(`${c.clip_id.padEnd(40)} annotated ${String(t).padStart(3)}  found ${a.bpm.toFixed(1).padStart(5)}  ${ok ? 'ok' : 'off'}`);
    } catch (e) {
      // Very short clips may hold too little music: the analysis says so instead of inventing beats.
      expect((e as Error).message).toMatch(/steady beat|too short/i);
      refused++;
      rows.push(`${c.clip_id.padEnd(40)} refused: ${(e as Error).message}`);
    }
  }
  console.log(`Real recordings (clip audio vs annotated tempo):\n${rows.join('\n')}\n${close}/${analysed} within 4 %, ${refused} refused`);
  expect(analysed).toBeGreaterThanOrEqual(Math.floor(sample.length * 0.7));
  expect(close / analysed).toBeGreaterThanOrEqual(0.85);
});
