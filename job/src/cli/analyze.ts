/**
 * npm run -s analyze -- <audio file> [--json] [--verbose]
 * Prints the song analysis (JSON on stdout with --json, a dancer's summary otherwise). Bad input
 * (not audio, silent, too short, undecodable, no steady beat) exits with code 2 and one line on stderr.
 */
import type { SongAnalysis } from '@bachata/core';
import { jobRunSettings } from '../config';
import { decodeAudio, AudioDecodeError } from '../audio/decode';
import { analyzeSamples, NoSteadyBeatError } from '../analysis';

function fmt(t: number): string {
  const m = Math.floor(t / 60);
  const s = t - 60 * m;
  return `${m}:${s.toFixed(1).padStart(4, '0')}`;
}

function summary(path: string, a: SongAnalysis): string {
  const lines = [
    `${path}`,
    `  length     ${fmt(a.duration)}`,
    `  tempo      ${a.bpm} bpm`,
    `  beats      ${a.beats.length} (first at ${fmt(a.beats[0] ?? 0)})`,
    `  bars       ${a.downbeats.length} (first "1" at ${fmt(a.downbeats[0] ?? 0)})`,
    `  8-counts   ${a.phrases.length} (first at ${fmt(a.phrases[0] ?? 0)})`,
    '  sections',
    ...a.sections.map((s) => `    ${s.label.padEnd(7)} ${fmt(s.start)} - ${fmt(s.end)}  energy ${s.energy.toFixed(2)}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run -s analyze -- <audio file> [--json]\n');
    return 2;
  }
  const path = files[0];
  // Progress only where a person watches; scripts get exactly one stderr line on bad input.
  const verbose = argv.includes('--verbose') || process.stderr.isTTY === true;
  const progress = (line: string) => { if (verbose) process.stderr.write(`${line}\n`); };
  try {
    const started = Date.now();
    const audio = await decodeAudio(path);
    progress(`decoded ${audio.duration.toFixed(1)} s in ${Date.now() - started} ms; analysing…`);
    const analysis = analyzeSamples(audio.samples, audio.sampleRate);
    progress(`analysed in ${Date.now() - started} ms`);
    process.stdout.write(json ? `${JSON.stringify(analysis)}\n` : `${summary(path, analysis)}\n`);
    return 0;
  } catch (err) {
    // Bad input is exit 2; a broken installation (no ffmpeg) is our fault, not the file's: exit 1.
    if ((err instanceof AudioDecodeError && err.reason !== 'ffmpeg-missing') || err instanceof NoSteadyBeatError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`analysis failed: ${err instanceof Error ? err.message : String(err)}\n`);
    if (jobRunSettings().debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
