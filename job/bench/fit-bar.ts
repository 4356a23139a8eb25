/**
 * npm run fit:bar — refit `BAR_CUES` (downbeats.ts): per cue, a weight for each bar position (1, 2, 3,
 * 4), as a multinomial logistic regression of the four bar phases of 16-beat windows (L2 `FIT_L2`, 0.1).
 *
 * Trained only on songs with labels that are never reported on: the product's synthetic set and its
 * harder variants, the fluidsynth TUNE songs and the fluidsynth tuning pool (seeds 2000–2095). The
 * REPORT songs, the hold-out and the real clips are only scored (`npm run bench:analysis`, the real-clip
 * trim test). Each window: 16 consecutive beats of the analysis, every one within ±70 ms of a true beat,
 * with the true bar position of each; the row for phase d holds, per cue and bar position, the cue summed
 * over the beats that phase d puts there. Set weights: synthetic 1/3, fluidsynth 2/3. The weights are
 * printed as TypeScript (times `BAR_SCALE`, as downbeats.ts uses them) to paste into downbeats.ts.
 */
import { analyzeSamples } from '../src/analysis';
import { computeBeatFeatures } from '../src/analysis/beatFeatures';
import { BAR_CUES, BAR_SCALE, barCueValues } from '../src/analysis/downbeats';
import { computeFrameFeatures } from '../src/analysis/spectrum';
import { accuracySet, robustnessSet } from '../src/synth';
import { trainingSongs, trueBeatIndex, weighBySet, type LabelledSong } from './training';

const L2 = Number(process.env.FIT_L2 ?? 0.1);
const WINDOW = 16;
const P = BAR_CUES.length * 4;

/** Per usable window, the 4 phase rows (phase 0 is the true one), each P = cues × 4 positions long. */
function windows(song: LabelledSong): number[][][] {
  const analysis = analyzeSamples(song.samples, 44100);
  const ff = computeFrameFeatures(song.samples, 44100);
  const f = computeBeatFeatures(ff, analysis.beats, song.samples.length / 44100);
  const z = BAR_CUES.map((c) => barCueValues(f, c.feature));
  const tb = song.truth.beats;
  // true bar position of each analysis beat (NaN: not on a true beat, or before the first true 1)
  const firstDown = tb.findIndex((t) => song.truth.downbeats.some((d) => Math.abs(d - t) < 1e-6));
  const pos = analysis.beats.map((t) => {
    const j = trueBeatIndex(tb, t);
    if (j < 0 || firstDown < 0) return NaN;
    let last = -1;
    for (let k = j; k >= 0; k--) if (song.truth.downbeats.some((d) => Math.abs(d - tb[k]) < 1e-6)) { last = k; break; }
    return last < 0 ? NaN : j - last;
  });
  const out: number[][][] = [];
  for (let a = 0; a + WINDOW <= pos.length; a += 4) {
    const w = pos.slice(a, a + WINDOW);
    // every beat labelled, and the bar regular inside the window (no 2-beat bar in it)
    if (w.some((x) => !Number.isFinite(x) || x > 3) || w.some((x, i) => i > 0 && x !== ((w[i - 1] + 1) & 3))) continue;
    out.push([0, 1, 2, 3].map((d) => {
      const row = new Array<number>(P).fill(0);
      for (let i = a; i < a + WINDOW; i++) {
        const p = (pos[i] + d) & 3;
        for (let c = 0; c < BAR_CUES.length; c++) if (Number.isFinite(z[c][i])) row[c * 4 + p] += z[c][i];
      }
      return row;
    }));
  }
  return out;
}

function fit(rows: { x: number[][]; weight: number }[]): number[] {
  const w = new Array<number>(P).fill(0);
  const total = rows.reduce((s, r) => s + r.weight, 0);
  for (let it = 0; it < 3000; it++) {
    const g = w.map((wi) => L2 * wi);
    for (const { x, weight } of rows) {
      const s = x.map((row) => row.reduce((acc, v, i) => acc + v * w[i], 0));
      const m = Math.max(...s);
      const e = s.map((v) => Math.exp(v - m));
      const z = e.reduce((a, b) => a + b, 0);
      for (let d = 0; d < 4; d++) {
        const coef = (weight * (e[d] / z - (d === 0 ? 1 : 0))) / total;
        if (coef !== 0) for (let i = 0; i < P; i++) g[i] += coef * x[d][i];
      }
    }
    for (let i = 0; i < P; i++) w[i] -= 0.5 * g[i];
  }
  return w;
}

async function main(): Promise<void> {
  // FIT_POOL=0: the training data of the weights in downbeats.ts today (no tuning pool).
  const train = await trainingSongs([...accuracySet(32, 60), ...robustnessSet(16, 60)], process.env.FIT_POOL !== '0');
  const rows: { x: number[][]; weight: number; set: LabelledSong['set'] }[] = [];
  for (const song of train) for (const x of windows(song)) rows.push({ x, weight: 0, set: song.set });
  const count = (set: string) => rows.filter((r) => r.set === set).length;
  weighBySet(rows);
  const w = fit(rows);
  const right = rows.filter((r) => { const s = r.x.map((row) => row.reduce((a, v, i) => a + v * w[i], 0)); return s[0] > Math.max(s[1], s[2], s[3]); }).length;
  process.stdout.write(`training windows: ${count('synthetic')} synthetic, ${count('fluidsynth')} fluidsynth; right bar phase ${(right / rows.length).toFixed(3)}\n`);
  const r2 = (x: number) => Math.round(x * BAR_SCALE * 100) / 100;
  process.stdout.write(`export const BAR_CUES: { feature: BarFeature; shape: [number, number, number, number] }[] = [\n${BAR_CUES.map((c, k) => `  { feature: '${c.feature}', shape: [${[0, 1, 2, 3].map((p) => r2(w[k * 4 + p])).join(', ')}] },`).join('\n')}\n];\n`);
}

void main();
