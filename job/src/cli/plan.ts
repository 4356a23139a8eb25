/**
 * npm run -s plan -- <audio file> [--difficulty <d>] [--energy <e>] [--style <s>] [--seed N] [--library <dir>] [--json]
 *
 * Analyses the song and plans a choreography: one JSON ChoreographyPlan on stdout with --json, a
 * readable timeline and its metrics otherwise. Moves come from --library (a directory with
 * bachata_annotations.json) or from the move index the environment names (MOVE_INDEX, DATABASE_URL,
 * ELASTICSEARCH_URL). Bad input (unknown values, unreadable audio, no steady beat, no library) exits
 * with code 2 and one line on stderr; legacy spellings (difficulty low/medium/high, style
 * traditional/modern) are accepted.
 */
import { existsSync } from 'node:fs';
import {
  DIFFICULTIES,
  ENERGY_LEVELS,
  STYLES,
  toDifficulty,
  toEnergyLevel,
  toStyle,
  type ChoreographyPlan,
  type PlanParameters,
} from '@bachata/core';
import { analyzeAudioFile, AudioDecodeError, NoSteadyBeatError } from '../analysis';
import { createMoveIndex, MoveIndexConfigError, type ClosableMoveIndex } from '../library/move-index';
import { planChoreography, PlanningError } from '../planner';

const USAGE =
  'usage: npm run -s plan -- <audio file> [--difficulty beginner|intermediate|advanced] [--energy low|medium|high] ' +
  '[--style romantic|sensual|energetic|playful] [--seed N] [--library <dir>] [--json]';

class UsageError extends Error {}

interface Options {
  file: string;
  params: PlanParameters;
  library?: string;
  json: boolean;
}

const VALUE_FLAGS = ['--difficulty', '--energy', '--style', '--seed', '--library'] as const;

function accepted(values: readonly string[], legacy: string[]): string {
  return `${values.join(', ')}${legacy.length ? ` (also the old ${legacy.join(', ')})` : ''}`;
}

export function parseArgs(argv: string[]): Options {
  const values: Record<string, string> = {};
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--json') json = true;
    else if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      values[flag] = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'give exactly one audio file' : 'give an audio file');

  const difficultyRaw = values['--difficulty'] ?? 'intermediate';
  const difficulty = toDifficulty(difficultyRaw);
  if (!difficulty) throw new UsageError(`--difficulty must be one of ${accepted(DIFFICULTIES, ['low', 'medium', 'high'])}; got "${difficultyRaw}"`);
  const energyRaw = values['--energy'] ?? 'medium';
  const energy = toEnergyLevel(energyRaw);
  if (!energy) throw new UsageError(`--energy must be one of ${accepted(ENERGY_LEVELS, [])}; got "${energyRaw}"`);
  const styleRaw = values['--style'] ?? 'romantic';
  const style = toStyle(styleRaw);
  if (!style) throw new UsageError(`--style must be one of ${accepted(STYLES, ['traditional', 'modern'])}; got "${styleRaw}"`);
  const seedRaw = values['--seed'] ?? '1';
  const seed = Number(seedRaw);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be a whole number; got "${seedRaw}"`);
  return { file: files[0], params: { difficulty, energy, style, seed }, library: values['--library'], json };
}

function clock(t: number): string {
  const m = Math.floor(t / 60);
  const s = t - 60 * m;
  return `${m}:${s.toFixed(1).padStart(4, '0')}`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(0)}%`;
}

export function formatPlan(file: string, plan: ChoreographyPlan): string {
  const { analysis: a, parameters: p, metrics: m } = plan;
  const rows = plan.timeline.map((e) => {
    const counts = e.hold ? 'hold' : String(e.beats);
    const speed = e.hold ? '' : `${e.tempoRatio.toFixed(2)}×`;
    return `  ${clock(e.start).padStart(6)}  ${clock(e.end).padStart(6)}  ${counts.padStart(5)}  ${e.name.slice(0, 28).padEnd(28)}  ${e.section.padEnd(7)}  ${speed.padStart(5)}  ${e.reason}`;
  });
  const lines = [
    `${file}: ${a.bpm} BPM, ${clock(a.duration)}, ${a.phrases.length} 8-counts`,
    `${p.difficulty} · ${p.energy} energy · ${p.style} · seed ${p.seed}`,
    '',
    `  ${'start'.padStart(6)}  ${'end'.padStart(6)}  ${'count'.padStart(5)}  ${'move'.padEnd(28)}  ${'section'.padEnd(7)}  ${'speed'.padStart(5)}  why`,
    ...rows,
    '',
    `on the phrases ${pct(m.phraseAlignment)} · tempo error ${(m.tempoMatchError * 1000).toFixed(1)} ms/beat · ` +
      `${m.distinctMoves} different moves · ${m.repeats} repeats · energy fit ${m.energyFit.toFixed(2)} · coverage ${pct(m.coverage)}`,
    ...plan.notes.map((n) => `note: ${n}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  let index: ClosableMoveIndex | undefined;
  try {
    options = parseArgs(argv);
    if (!existsSync(options.file)) throw new UsageError(`no such file: ${options.file}`);
    if (options.library && !existsSync(options.library)) throw new UsageError(`no such move library directory: ${options.library}`);
    index = createMoveIndex({ library: options.library });
    // The library loads (ffprobe, database) while the song is analysed.
    const [analysis, moves] = await Promise.all([analyzeAudioFile(options.file), index.find({})]);
    if (moves.length === 0) throw new PlanningError('the move library has no usable moves');
    const plan = planChoreography(analysis, moves, options.params);
    process.stdout.write(options.json ? `${JSON.stringify(plan)}\n` : `${formatPlan(options.file, plan)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof AudioDecodeError || err instanceof NoSteadyBeatError || err instanceof PlanningError || err instanceof MoveIndexConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await index?.close().catch(() => undefined);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`planning failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
