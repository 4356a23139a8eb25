/**
 * npm run bench:analysis
 * Time (median of several runs) and peak RSS of the music analysis on 30 s, 3 min and 8 min synthetic
 * songs, plus per-song accuracy tables over the synthetic set, its harder variants, the fluidsynth
 * songs (job/test/music, REPORT and TUNE seeds) and the same songs cut at each beat of an 8-count;
 * writes the "Analysis" section of docs/benchmarks.md. Each length is measured in its own child
 * process so peak RSS is that length's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeSamples } from '../src/analysis';
import { trackBeats } from '../src/analysis/essentia';
import { decodeAudio } from '../src/audio/decode';
import { formatScoreTable, scoreTrack, summarise, type TrackScore } from '../src/analysis/evaluation';
import { accuracySet, generateBachataTrack, robustnessSet, writeWav } from '../src/synth';
import { fluidsynthMissing, holdoutSet, renderSongs, reportSet, tuneSet, type RenderedSong } from '../test/music';

interface LengthResult {
  seconds: number;
  runs: number;
  decodeMs: number;
  analyseMs: number;
  totalMs: number;
  /** CPU time (user + system) of decode + analysis, ffmpeg's own process excluded */
  cpuMs: number;
  baselineRssMb: number;
  peakRssMb: number;
  bpm: number;
  /** the same decoded song through essentia.js's whole BeatTrackerDegara alone (its own process) */
  reference?: { trackerMs: number; peakRssMb: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Reference child: essentia.js's whole BeatTrackerDegara on the same decoded samples (what the analysis
 * ran before it fed essentia's tempo tap from its own FFT pass): the bare tracker, beside our whole analysis.
 */
async function referenceChild(file: string, runs: number): Promise<void> {
  const audio = await decodeAudio(file);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    trackBeats(audio.samples);
    times.push(performance.now() - t0);
  }
  process.stdout.write(`${JSON.stringify({ trackerMs: median(times), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

/** Child: decode + analyse one WAV `runs` times, report medians and this process's peak RSS. */
async function child(file: string, runs: number): Promise<void> {
  const baseline = process.memoryUsage().rss;
  const decode: number[] = [];
  const analyse: number[] = [];
  const cpu: number[] = [];
  let bpm = 0;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const audio = await decodeAudio(file);
    const t1 = performance.now();
    bpm = analyzeSamples(audio.samples, audio.sampleRate).bpm;
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    decode.push(t1 - t0);
    analyse.push(t2 - t1);
  }
  const totals = decode.map((d, i) => d + analyse[i]);
  const out: Omit<LengthResult, 'seconds'> = {
    runs,
    decodeMs: median(decode),
    analyseMs: median(analyse),
    totalMs: median(totals),
    cpuMs: median(cpu),
    baselineRssMb: baseline / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bpm,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function measureLength(dir: string, seconds: number, runs: number): LengthResult {
  const track = generateBachataTrack({ bpm: 128, duration: seconds, introBars: 4, pickup: true, leadingSilence: 0.5, noise: 0.05, seed: 77 });
  const file = join(dir, `song-${seconds}.wav`);
  writeWav(file, track.samples, track.sampleRate);
  const run = (mode: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, mode, file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`bench child ${mode} failed for ${seconds} s: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as unknown;
  };
  const ours = run('--child') as Omit<LengthResult, 'seconds'>;
  const reference = run('--reference') as NonNullable<LengthResult['reference']>;
  return { seconds: Math.round(track.duration), ...ours, reference };
}


interface Labelled { bpm: number; beats: number[]; downbeats: number[]; phrases: number[] }

function shiftTruth<T extends Labelled>(t: T, by: number): Labelled {
  const mv = (xs: number[]) => xs.map((x) => x + by).filter((x) => x >= 0);
  return { bpm: t.bpm, beats: mv(t.beats), downbeats: mv(t.downbeats), phrases: mv(t.phrases) };
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
/** One markdown row per song; a song below 0.9 on the bar "1" or the 8-count is marked. */
function markdownScores(scores: TrackScore[]): string[] {
  return [
    '| song | true bpm | found bpm | beat F | downbeat F | 8-count F | |',
    '|---|---|---|---|---|---|---|',
    ...scores.map((s) => `| ${s.name} | ${s.trueBpm.toFixed(1)} | ${s.bpm.toFixed(1)}${s.tempoOk ? '' : ' (off)'} | ${f3(s.beatF)} | ${f3(s.downbeatF)} | ${f3(s.phraseF)} | ${s.downbeatF < 0.9 || s.phraseF < 0.9 ? '**below 0.9**' : ''} |`),
  ];
}

function belowBar(scores: TrackScore[]): string {
  const bad = scores.filter((s) => s.downbeatF < 0.9 || s.phraseF < 0.9);
  return bad.length ? `${bad.length} of ${scores.length} songs below 0.9 on downbeat or 8-count F: ${bad.map((s) => s.name).join('; ')}.` : `All ${scores.length} songs at or above 0.9 on downbeat and 8-count F.`;
}

interface CutRow { name: string; cells: Array<{ downbeatF: number; phraseF: number }> }

/** The song cut a little before each beat of its second true 8-count, scored against the moved truth. */
function cutOffsets(name: string, samples: Float32Array, sampleRate: number, truth: Labelled): CutRow {
  const p = truth.phrases[1] ?? truth.phrases[0];
  const i0 = truth.beats.findIndex((b) => Math.abs(b - p) < 1e-6);
  const cells: CutRow['cells'] = [];
  for (let o = 0; o < 8; o++) {
    const at = Math.max(0, truth.beats[i0 + o] - 0.03);
    const cut = samples.slice(Math.round(at * sampleRate));
    try {
      const s = scoreTrack(name, shiftTruth(truth, -at), analyzeSamples(cut, sampleRate));
      cells.push({ downbeatF: s.downbeatF, phraseF: s.phraseF });
    } catch {
      cells.push({ downbeatF: 0, phraseF: 0 });
    }
  }
  return { name, cells };
}

function markdownCuts(rows: CutRow[]): string[] {
  return [
    `| song | ${Array.from({ length: 8 }, (_, o) => `cut +${o}`).join(' | ')} | worst |`,
    `|---|${'---|'.repeat(9)}`,
    ...rows.map((r) => {
      const worst = Math.min(...r.cells.map((c) => Math.min(c.downbeatF, c.phraseF)));
      return `| ${r.name} | ${r.cells.map((c) => `${c.downbeatF.toFixed(2)} / ${c.phraseF.toFixed(2)}`).join(' | ')} | ${worst.toFixed(2)}${worst < 0.9 ? ' **below 0.9**' : ''} |`;
    }),
  ];
}

function replaceSection(doc: string, heading: string, body: string): string {
  const start = doc.indexOf(heading);
  if (start < 0) return `${doc.trimEnd()}\n\n${body}\n`;
  const rest = doc.slice(start + heading.length);
  const next = rest.search(/\n#{2,3} /);
  const end = next < 0 ? doc.length : start + heading.length + next + 1;
  return `${doc.slice(0, start)}${body}\n${next < 0 ? '' : '\n'}${doc.slice(end).replace(/^\n+/, '')}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], Number(args[2]));
  if (args[0] === '--reference') return referenceChild(args[1], Number(args[2]));

  const dir = mkdtempSync(join(tmpdir(), 'bench-analysis-'));
  const loadBefore = loadavg().map((x) => x.toFixed(1)).join(' ');
  try {
    const lengths: LengthResult[] = [];
    for (const [seconds, runs] of [[30, 7], [180, 5], [480, 3]] as const) {
      process.stderr.write(`timing a ${seconds} s song (${runs} runs)…\n`);
      const r = measureLength(dir, seconds, runs);
      process.stderr.write(`  ${JSON.stringify(r)}\n`);
      lengths.push(r);
    }

    process.stderr.write('accuracy over the synthetic set…\n');
    const scores: TrackScore[] = [];
    const cutRows: CutRow[] = [];
    const set = accuracySet(32, 60);
    for (const [k, options] of set.entries()) {
      const track = generateBachataTrack(options);
      scores.push(scoreTrack(options.name, track.truth, analyzeSamples(track.samples, track.sampleRate)));
      if (k % 8 === 0) cutRows.push(cutOffsets(`synthetic ${options.name}`, track.samples, track.sampleRate, track.truth));
    }
    process.stderr.write(`${formatScoreTable(scores)}\n`);
    const sum = summarise(scores);

    process.stderr.write('accuracy over the harder variants…\n');
    const hardScores: TrackScore[] = [];
    for (const [k, options] of robustnessSet(16, 60).entries()) {
      const track = generateBachataTrack(options);
      hardScores.push(scoreTrack(options.name, track.truth, analyzeSamples(track.samples, track.sampleRate)));
      if (k % 8 === 0) cutRows.push(cutOffsets(`harder ${options.name}`, track.samples, track.sampleRate, track.truth));
    }
    process.stderr.write(`${formatScoreTable(hardScores)}\n`);
    const hard = summarise(hardScores);

    const missing = fluidsynthMissing();
    const fluid: Record<'report' | 'tune' | 'holdout', TrackScore[]> = { report: [], tune: [], holdout: [] };
    if (!missing) {
      for (const which of ['report', 'tune', 'holdout'] as const) {
        process.stderr.write(`rendering and analysing the fluidsynth ${which.toUpperCase()} songs…\n`);
        const songs: RenderedSong[] = await renderSongs(which === 'report' ? reportSet() : which === 'tune' ? tuneSet() : holdoutSet());
        for (const song of songs) {
          try {
            fluid[which].push(scoreTrack(song.spec.name, song.truth, analyzeSamples(song.samples, song.sampleRate)));
          } catch (e) {
            fluid[which].push({ name: `${song.spec.name} (refused: ${(e as Error).message})`, trueBpm: song.truth.bpm, bpm: 0, tempoOk: false, beatF: 0, downbeatF: 0, phraseF: 0, sectionAgreement: NaN });
          }
          if (which === 'report') cutRows.push(cutOffsets(`fluidsynth ${song.spec.name}`, song.samples, song.sampleRate, song.truth));
        }
        process.stderr.write(`${formatScoreTable(fluid[which])}\n`);
      }
    }
    const rep = summarise(fluid.report);

    const date = new Date().toISOString().slice(0, 10);
    const body = [
      `### Analysis (\`npm run bench:analysis\`, ${date}, ${process.platform} ${cpus().length} cores, node ${process.version})`,
      '',
      'Synthetic bachata songs (128 bpm, 4-bar guitar intro, pickup, 0.5 s leading silence, light noise), decoded from WAV by ffmpeg and analysed',
      '(one FFT pass for our features and the complex-domain onset function, essentia.js\'s Degara tempo tap on it for the beats, the',
      'bar and 8-count model, sections). Each length runs in its own process; times are medians, peak RSS is the whole process (node +',
      'essentia WASM heap + decoded samples). Target: 3-min song ≤ 2 s. Beside it, in the same run and its own process: essentia.js\'s',
      'whole `BeatTrackerDegara` on the same decoded samples (what the analysis called before, the beats alone, nothing else).',
      '',
      `Load average when measured: ${loadBefore} before, ${loadavg().map((x) => x.toFixed(1)).join(' ')} after (other work shared the 2 cores; the CPU`,
      'column is this process\'s own user+system time, which contention inflates far less than wall time).',
      '',
      '| song | runs | decode (ms) | analyse (ms) | total wall (ms) | total CPU (ms) | peak RSS (MB) | RSS before (MB) | BeatTrackerDegara alone (ms) | its peak RSS (MB) |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...lengths.map((l) => `| ${Math.floor(l.seconds / 60)}:${String(l.seconds % 60).padStart(2, '0')} | ${l.runs} | ${l.decodeMs.toFixed(0)} | ${l.analyseMs.toFixed(0)} | ${l.totalMs.toFixed(0)} | ${l.cpuMs.toFixed(0)} | ${l.peakRssMb.toFixed(0)} | ${l.baselineRssMb.toFixed(0)} | ${l.reference ? l.reference.trackerMs.toFixed(0) : '–'} | ${l.reference ? l.reference.peakRssMb.toFixed(0) : '–'} |`),
      '',
      'Accuracy, events matched within ±70 ms; the tests gate every song at 0.9 on downbeat and 8-count F. Two sources:',
      `the product's own generator (${sum.tracks} songs of ~60 s, tempos 105–155 bpm, 0–1.5 s leading silence, guitar-only intros, pickups,`,
      `noise; and ${hard.tracks} "harder variants" with tempo drift of ±2–3 %, a quiet bass, loud guitars, a quiet güira or no bongo), and`,
      missing
        ? `fluidsynth songs from outside the product — not measured here: ${missing}.`
        : `${fluid.report.length} + ${fluid.tune.length} + ${fluid.holdout.length} fluidsynth songs from outside the product (job/test/music: MIDI arrangements rendered with four General MIDI`,
      missing ? '' : 'soundfonts, 95–165 bpm, drift up to ±3 %, pickups, mid-phrase starts, free-time intros, bridges and odd breaks that move the 8-count grid, no bongo / no güira, tied bass, off-beat strums, noise). REPORT seeds are what the tests gate on; TUNE seeds (and the tuning pool, seeds 2000–2095) are what the analysis may be tuned on; the hold-out seeds are scored here only.',
      '',
      '| measure | synthetic set | harder variants | fluidsynth REPORT | fluidsynth TUNE | fluidsynth hold-out |',
      '|---|---|---|---|---|---|',
      ...([
        ['tempo within 2 %', (x: ReturnType<typeof summarise>) => `${(x.tempoAccuracy * 100).toFixed(0)} %`],
        ['mean beat F', (x: ReturnType<typeof summarise>) => f3(x.beatF)],
        ['mean downbeat ("1") F', (x: ReturnType<typeof summarise>) => f3(x.downbeatF)],
        ['mean 8-count start F', (x: ReturnType<typeof summarise>) => f3(x.phraseF)],
        ['section label right (share of time)', (x: ReturnType<typeof summarise>) => `${(x.sectionAgreement * 100).toFixed(0)} %`],
      ] as const).map(([label, cell]) => `| ${label} | ${[sum, hard, rep, summarise(fluid.tune), summarise(fluid.holdout)].map(cell).join(' | ')} |`),
      `| worst song, min(downbeat F, 8-count F) | ${[scores, hardScores, fluid.report, fluid.tune, fluid.holdout].map((set) => f3(Math.min(...set.map((x) => Math.min(x.downbeatF, x.phraseF))))).join(' | ')} |`,
      `| songs below 0.9 on downbeat or 8-count F | ${[scores, hardScores, fluid.report, fluid.tune, fluid.holdout].map((set) => `${set.filter((x) => Math.min(x.downbeatF, x.phraseF) < 0.9).length} of ${set.length}`).join(' | ')} |`,
      '',
      `#### Fluidsynth songs, REPORT seeds (${belowBar(fluid.report)})`,
      '',
      ...(fluid.report.length ? markdownScores(fluid.report) : ['(not measured)']),
      '',
      `#### Fluidsynth songs, TUNE seeds (${belowBar(fluid.tune)})`,
      '',
      ...(fluid.tune.length ? markdownScores(fluid.tune) : ['(not measured)']),
      '',
      `#### Fluidsynth songs, hold-out seeds 3000–3047 (${belowBar(fluid.holdout)})`,
      '',
      'Never tuned on and not gated by the tests (the gates are the REPORT songs): how far the REPORT result carries to more songs of the same generator.',
      '',
      ...(fluid.holdout.length ? markdownScores(fluid.holdout) : ['(not measured)']),
      '',
      `#### Synthetic set (${belowBar(scores)})`,
      '',
      ...markdownScores(scores),
      '',
      `#### Harder synthetic variants (${belowBar(hardScores)})`,
      '',
      ...markdownScores(hardScores),
      '',
      '#### Cut at each beat of an 8-count',
      '',
      'Each song cut 30 ms before each of the 8 beats of its second true 8-count (cut +0 starts on the "1", cut +3 on the "4", …) and scored',
      'against its truth moved by the cut: downbeat F / 8-count F per cut. Every fluidsynth REPORT song, every 8th synthetic song.',
      '',
      ...markdownCuts(cutRows),
    ].join('\n');

    const docPath = resolve(__dirname, '../../docs/benchmarks.md');
    const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
    writeFileSync(docPath, replaceSection(doc, '### Analysis', body));
    process.stderr.write(`wrote the Analysis section of ${docPath}\n`);
    process.stdout.write(`${body}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
