import { writeFileSync } from 'node:fs';
import { analyzeSamples } from '../src/analysis';
import { scoreTrack } from '../src/analysis/evaluation';
import { accuracySet, generateBachataTrack, robustnessSet } from '../src/synth';
import { holdoutSet, renderSongs, reportSet, tunePool, tuneSet } from '../test/music';
const which = (process.argv[2] ?? 'syn,hard,tune,report,pool,holdout').split(',');
const tag = process.env.TAG ?? 'x';
const labelAt = (secs: Array<{ label: string; start: number; end: number }>, t: number) => secs.find((s) => t >= s.start && t < s.end)?.label;
function sect(found: any[], truth: any[], beats: number[]) {
  let n = 0, same = 0;
  for (const b of beats) { const t = labelAt(truth, b); if (!t) continue; n++; if (labelAt(found, b) === t) same++; }
  return same / n;
}
(async () => {
  const out: Record<string, Record<string, [number, number, number]>> = {};
  for (const set of which) {
    const res: Record<string, [number, number, number]> = {};
    if (set === 'syn' || set === 'hard') {
      for (const o of set === 'syn' ? accuracySet(32, 60) : robustnessSet(16, 60)) {
        const t = generateBachataTrack(o);
        const a = analyzeSamples(t.samples, t.sampleRate);
        const s = scoreTrack(o.name, t.truth, a);
        res[o.name] = [s.downbeatF, s.phraseF, sect(a.sections, t.truth.sections, a.beats)];
      }
    } else {
      const specs = set === 'tune' ? tuneSet() : set === 'report' ? reportSet() : set === 'pool' ? tunePool() : holdoutSet();
      for (const song of await renderSongs(specs)) {
        const a = analyzeSamples(song.samples, song.sampleRate);
        const s = scoreTrack(song.spec.name, song.truth, a);
        res[song.spec.name.split(' ')[0]] = [s.downbeatF, s.phraseF, sect(a.sections, song.truth.sections, a.beats)];
      }
    }
    out[set] = res;
    const bad = Object.entries(res).filter(([, v]) => v[0] < 0.9 || v[1] < 0.9).map(([k, v]) => `${k.split(' ')[0]}(${v[0].toFixed(2)}/${v[1].toFixed(2)})`);
    const mean = (j: number) => (Object.values(res).reduce((t, v) => t + v[j], 0) / Object.values(res).length).toFixed(3);
    console.log(`${set}: ${bad.length}/${Object.keys(res).length} below 0.9  db ${mean(0)} ph ${mean(1)} sect ${mean(2)}  ${bad.join(' ')}`);
  }
  writeFileSync(`/tmp/score-${tag}-${which.join('_')}.json`, JSON.stringify(out));
})();
