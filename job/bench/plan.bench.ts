/**
 * npm run bench:plan — planning time for a 3-minute song with a 150-move library (synthetic moves
 * spread over the vocabularies and tempos), median and p95 over many seeds. Pure computation.
 */
import { DIFFICULTIES, ENERGY_LEVELS, STYLES, SONG_ANALYSIS_VERSION, type MoveClip, type SongAnalysis } from '@bachata/core';
import { cpus } from 'node:os';
import { planChoreography } from '../src/planner';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeBenchmarkSection } = require('../../scripts/benchmarks-doc.cjs') as { writeBenchmarkSection: (heading: string, lines: string[]) => void };

const bpm = 132;
const beat = 60 / bpm;
const beats = Array.from({ length: Math.floor(180 / beat) }, (_, i) => 0.4 + i * beat);
const downbeats = beats.filter((_, i) => i % 4 === 0);
const phrases = downbeats.filter((_, i) => i % 2 === 0);
const analysis: SongAnalysis = {
  version: SONG_ANALYSIS_VERSION, duration: 180, bpm, beats, downbeats, phrases, confidence: { downbeats: 1, phrases: 1 },
  sections: [
    { label: 'intro', start: 0, end: 15, energy: 0.3 }, { label: 'verse', start: 15, end: 60, energy: 0.45 },
    { label: 'chorus', start: 60, end: 100, energy: 0.85 }, { label: 'verse', start: 100, end: 140, energy: 0.5 },
    { label: 'chorus', start: 140, end: 170, energy: 0.9 }, { label: 'outro', start: 170, end: 180, energy: 0.3 },
  ],
  energy: beats.map((_, i) => 0.3 + 0.5 * Math.abs(Math.sin(i / 40))),
};
const labels = ['basic', 'cross_body_lead', 'left_turn', 'right_turn', 'spin', 'hammerlock', 'shadow', 'hip_roll', 'body_wave', 'dip', 'golpes', 'intro', 'outro'];
const moves: MoveClip[] = Array.from({ length: 150 }, (_, i) => {
  const tempo = 100 + ((i * 7) % 60);
  const count = i % 3 === 0 ? 16 : 8;
  return {
    moveId: `m${i}`, name: `Move ${i}`, label: labels[i % labels.length], difficulty: DIFFICULTIES[i % 3], energy: ENERGY_LEVELS[(i >> 1) % 3],
    style: STYLES[i % 4], tempo, beats: count, duration: (count * 60) / tempo + 0.5, clip: `clips/m${i}.mp4`,
    startPosition: (['closed', 'open', 'shadow'] as const)[i % 3], endPosition: (['closed', 'open', 'shadow'] as const)[(i + 1) % 3],
  };
});

const times: number[] = [];
for (let seed = 0; seed < 300; seed++) {
  const t0 = process.hrtime.bigint();
  planChoreography(analysis, moves, { difficulty: DIFFICULTIES[seed % 3], energy: ENERGY_LEVELS[seed % 3], style: STYLES[seed % 4], seed });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const lines = [
  `### Planner (\`npm run bench:plan\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, node ${process.version})`,
  '',
  `A 3-minute song at ${bpm} BPM (${phrases.length} phrases) and a 150-move library, 300 plans with different seeds and settings.`,
  '',
  '| median (ms) | p95 (ms) | max (ms) |',
  '|---|---|---|',
  `| ${q(0.5).toFixed(2)} | ${q(0.95).toFixed(2)} | ${times[times.length - 1].toFixed(2)} |`,
  '',
];
console.log(lines.join('\n'));
writeBenchmarkSection('Planner', lines);
