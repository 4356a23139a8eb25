/**
 * Section labels against songs with known sections: beat-by-beat agreement with the truth and the
 * share of beats called chorus (found / true), per song and overall, on the synthetic songs (demo songs,
 * accuracy set, harder variants) and the fluidsynth TUNE and REPORT songs. `npm run bench:sections`.
 */
import type { Section } from '@bachata/core';
import { analyzeSamples } from '../src/analysis/analyze';
import { DEMO_SONGS } from '../src/demo/demo-songs';
import { accuracySet, generateBachataTrack, robustnessSet } from '../src/synth';
import { fluidsynthMissing, renderSong, REPORT_SEEDS, songSpec, TUNE_SEEDS } from '../test/music';

type Span = Pick<Section, 'label' | 'start' | 'end'>;
const labelAt = (secs: Span[], t: number) => secs.find((s) => t >= s.start && t < s.end)?.label;
const letters = (secs: Span[], phrases: number[]) => phrases.map((p) => labelAt(secs, p + 0.05)?.[0] ?? '-').join('');

interface Row { name: string; n: number; same: number; chorus: number; trueChorus: number; truth: string; found: string }
function score(name: string, found: Section[], truth: Span[], beats: number[], phrases: number[]): Row {
  const r: Row = { name, n: 0, same: 0, chorus: 0, trueChorus: 0, truth: letters(truth, phrases), found: letters(found, phrases) };
  for (const b of beats) {
    const t = labelAt(truth, b);
    if (!t) continue;
    const f = labelAt(found, b);
    r.n++;
    if (f === t) r.same++;
    if (f === 'chorus') r.chorus++;
    if (t === 'chorus') r.trueChorus++;
  }
  return r;
}

function report(title: string, rows: Row[]): void {
  const n = rows.reduce((t, r) => t + r.n, 0);
  console.log(`\n#### ${title}: agreement ${(rows.reduce((t, r) => t + r.same, 0) / n).toFixed(3)} over ${rows.length} songs (beat-weighted)\n`);
  console.log('| song | agreement | chorus found / true | 8-counts, truth | 8-counts, found |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${(r.same / r.n).toFixed(2)} | ${(r.chorus / r.n).toFixed(2)} / ${(r.trueChorus / r.n).toFixed(2)} | \`${r.truth}\` | \`${r.found}\` |`);
}

async function main(): Promise<void> {
  const synthetic = [
    ...DEMO_SONGS.map((s) => ({ name: s.slug, bpm: s.bpm, seed: s.seed, duration: s.duration, introBars: s.introBars, pickup: s.pickup, chorus: true, noise: 0 })),
    ...accuracySet(8, 60), ...robustnessSet(4, 60),
  ];
  const rows: Row[] = [];
  for (const o of synthetic) {
    const tr = generateBachataTrack(o);
    const a = analyzeSamples(tr.samples, tr.sampleRate);
    rows.push(score(o.name, a.sections, tr.truth.sections, a.beats, a.phrases));
  }
  report('Synthetic songs', rows);
  if (fluidsynthMissing()) { console.log(`\n(fluidsynth songs skipped: ${fluidsynthMissing()})`); return; }
  for (const [title, seeds] of [['Fluidsynth TUNE seeds', TUNE_SEEDS], ['Fluidsynth REPORT seeds', REPORT_SEEDS]] as const) {
    const fl: Row[] = [];
    for (let i = 0; i < seeds.count; i++) {
      const song = await renderSong(songSpec(seeds.from + i, i));
      const a = analyzeSamples(song.samples, song.sampleRate);
      fl.push(score(song.spec.name, a.sections, song.truth.sections, a.beats, a.phrases));
    }
    report(title, fl);
  }
}

void main();
