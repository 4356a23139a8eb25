/**
 * npm run fit:parity — refit `PARITY_CUES` (phrases.ts): the log-odds that a bar "1" opens an 8-count
 * rather than being its "5", as a logistic regression of the two parities over 32-beat windows.
 *
 * Trained only on songs with labels that are never reported on: the product's synthetic set and its harder
 * variants, the fluidsynth TUNE songs and the fluidsynth tuning pool (`tunePool()`, seeds 2000–2095). The
 * REPORT songs (5000–5011) and the hold-out (`holdoutSet()`, seeds 3000–3047) are only scored, with the
 * cues as they are in phrases.ts: paste the fitted ones there and run it again (FIT_SCORE=1) to compare.
 *
 * Each window: 32 consecutive beats of the analysis, every one within ±70 ms of a true beat, holding at
 * least two true 8-count "1"s and two true "5"s. Its row is Σ cues over the true 1s − Σ over the true
 * 5s (label 1) and the negated row (label 0), so the fit has no intercept: a parity is judged only by
 * what the music does on one set of bar 1s against the other. Set weights: synthetic 1/3, fluidsynth 2/3.
 * Prints the fitted weights as TypeScript to paste into phrases.ts.
 */
import { eventFMeasure } from '../src/analysis/evaluation';
import { analyzeSamples } from '../src/analysis';
import { computeBeatFeatures } from '../src/analysis/beatFeatures';
import { PARITY_CUES, phraseCues, type ParityCue } from '../src/analysis/phrases';
import { computeFrameFeatures } from '../src/analysis/spectrum';
import { holdoutSet, reportSet } from '../test/music';
import { render, trainingSongs, trueBeatIndex, weighBySet, type LabelledSong } from './training';

const CUES = Object.keys(PARITY_CUES) as ParityCue[];
const L2 = Number(process.env.FIT_L2 ?? 0.05);
const WINDOW = 32;

/** Rows of one song: for each usable window, Σ cues over true 1s − Σ over true 5s. */
function windows(song: LabelledSong): number[][] {
  const analysis = analyzeSamples(song.samples, 44100);
  const ff = computeFrameFeatures(song.samples, 44100);
  const f = computeBeatFeatures(ff, analysis.beats, song.samples.length / 44100);
  const cues = phraseCues(f);
  const near = (xs: number[], t: number) => xs.some((x) => Math.abs(x - t) <= 0.07);
  const tb = song.truth.beats;
  // label per analysis beat: +1 an 8-count's 1, −1 its 5, 0 neither; NaN: not on a true beat
  const label = analysis.beats.map((t) => {
    const j = trueBeatIndex(tb, t);
    if (j < 0) return NaN;
    if (near(song.truth.phrases, tb[j])) return 1;
    if (near(song.truth.downbeats, tb[j]) && j >= 4 && near(song.truth.phrases, tb[j - 4])) return -1;
    return 0;
  });
  const rows: number[][] = [];
  for (let a = 0; a + WINDOW <= label.length; a += 4) {
    const w = label.slice(a, a + WINDOW);
    if (w.some((x) => Number.isNaN(x)) || w.filter((x) => x === 1).length < 2 || w.filter((x) => x === -1).length < 2) continue;
    rows.push(CUES.map((c) => {
      let s = 0;
      for (let i = a; i < a + WINDOW; i++) { const v = cues.parity[c][i]; if (label[i] && Number.isFinite(v)) s += label[i] * v; }
      return s;
    }));
  }
  return rows;
}

function fit(rows: { x: number[]; weight: number }[]): number[] {
  const w = new Array(CUES.length).fill(0);
  const total = rows.reduce((s, r) => s + 2 * r.weight, 0);
  for (let it = 0; it < 4000; it++) {
    const g = w.map((wi) => L2 * wi);
    for (const { x, weight } of rows) {
      const z = x.reduce((s, xi, i) => s + xi * w[i], 0);
      // label 1 on x and label 0 on −x give the same gradient: 2 (σ(z) − 1) x
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < w.length; i++) g[i] += (2 * weight * (p - 1) * x[i]) / total;
    }
    for (let i = 0; i < w.length; i++) w[i] -= 0.5 * g[i];
  }
  return w;
}

async function main(): Promise<void> {
  const train = await trainingSongs();
  const rows: { x: number[]; weight: number; set: LabelledSong['set'] }[] = [];
  for (const song of train) for (const x of windows(song)) rows.push({ x, weight: 0, set: song.set });
  const count = (set: string) => rows.filter((r) => r.set === set).length;
  weighBySet(rows);
  const w = fit(rows);
  const correct = rows.filter((r) => r.x.reduce((s, xi, i) => s + xi * w[i], 0) > 0).length;
  process.stdout.write(`training windows: ${count('synthetic')} synthetic, ${count('fluidsynth')} fluidsynth; right parity ${(correct / rows.length).toFixed(3)}\n`);
  process.stdout.write(`export const PARITY_CUES = {\n  ${CUES.map((c, i) => `${c}: ${w[i].toFixed(3)}`).join(', ')},\n};\n`);
  if (process.env.FIT_SCORE !== '1') return;
  // Score: the analysis as it is now (the cues in phrases.ts) on the REPORT songs and the hold-out pool.
  const held = await render([...reportSet(), ...holdoutSet()]);
  let below = 0;
  for (const s of held) {
    const a = analyzeSamples(s.samples, 44100);
    const db = eventFMeasure(a.downbeats, s.truth.downbeats).f;
    const ph = eventFMeasure(a.phrases, s.truth.phrases).f;
    if (Math.min(db, ph) < 0.9) { below++; process.stdout.write(`  below 0.9: ${s.name} downbeat F ${db.toFixed(2)}, 8-count F ${ph.toFixed(2)}\n`); }
  }
  process.stdout.write(`with the cues in phrases.ts: ${below} of ${held.length} REPORT + hold-out songs below 0.9 on downbeat or 8-count F\n`);
}

void main();
