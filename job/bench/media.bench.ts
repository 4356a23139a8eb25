/**
 * npm run bench:media — what the one ffmpeg/ffprobe wrapper (core/src/ffmpeg.ts, on fluent-ffmpeg)
 * costs against spawning the binary by hand, the bare-stack ceiling. Same arguments, same machine,
 * rounds interleaved so load changes hit both alike; medians.
 *
 * - decode: a 3-minute mp3 to 44.1 kHz mono f32le on stdout (decodeAudio's call, ~32 MB of PCM)
 * - probe: one clip's streams and format (clip-probe and the importer's call)
 * - first call in a process (fluent-ffmpeg's capability queries are skipped, so it costs what later ones do)
 */
import { execFfmpeg, probeMedia } from '@bachata/core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAudio } from '../src/audio/decode';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeBenchmarkSection } = require('../../scripts/benchmarks-doc.cjs') as { writeBenchmarkSection: (heading: string, lines: string[]) => void };

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

function bare(cmd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`${cmd} exit ${code}`))));
  });
}

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

function someClip(): string | undefined {
  const dir = join(__dirname, '..', '..', '..', 'shared', 'moves', 'original');
  if (!existsSync(dir)) return undefined;
  const walk = (d: string): string | undefined => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) { const f = walk(p); if (f) return f; } else if (e.endsWith('.mp4')) return p;
    }
    return undefined;
  };
  return walk(dir);
}

async function main(): Promise<void> {
  const load = loadavg()[0].toFixed(1);
  const dir = mkdtempSync(join(tmpdir(), 'bb-media-bench-'));
  try {
    const song = join(dir, 'song.mp3');
    const oneSecond = ['-v', 'error', '-f', 'lavfi', '-i', 'anoisesrc=d=1', '-f', 'null', '-'];
    const first = await ms(() => execFfmpeg(oneSecond));
    const second = await ms(() => execFfmpeg(oneSecond));
    const secondBare = await ms(() => bare('ffmpeg', oneSecond));
    await execFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'anoisesrc=d=180:c=pink:a=0.3', '-c:a', 'libmp3lame', '-b:a', '192k', song]);
    const clip = someClip() ?? (await execFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=d=4:s=640x360:r=30', '-c:v', 'libx264', join(dir, 'clip.mp4')]), join(dir, 'clip.mp4'));

    const decodeArgs = ['-nostdin', '-hide_banner', '-loglevel', 'error', '-i', song, '-vn', '-map', '0:a:0', '-ac', '1', '-ar', '44100', '-f', 'f32le', 'pipe:1'];
    const probeArgs = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', clip];
    const t = { decodeBare: [] as number[], decodeWrapper: [] as number[], decodeAudio: [] as number[], probeBare: [] as number[], probeWrapper: [] as number[] };
    let bytes = 0;
    for (let i = 0; i < ROUNDS; i++) {
      // the order alternates between rounds, so neither side always runs first
      const steps = [
        async () => t.decodeBare.push(await ms(async () => { bytes = (await bare('ffmpeg', decodeArgs)).length; })),
        async () => t.decodeWrapper.push(await ms(async () => { const r = await execFfmpeg(decodeArgs, { captureStdout: true, maxStdoutBytes: 20 * 60 * 44100 * 4 }); if (bytes && r.stdout.length !== bytes) throw new Error('different output'); })),
        async () => t.decodeAudio.push(await ms(() => decodeAudio(song))),
      ];
      for (const step of i % 2 ? steps.reverse() : steps) await step();
      for (let k = 0; k < 5; k++) {
        const probes = [
          async () => t.probeBare.push(await ms(async () => JSON.parse((await bare('ffprobe', probeArgs)).toString()))),
          async () => t.probeWrapper.push(await ms(() => probeMedia(clip))),
        ];
        for (const step of (i + k) % 2 ? probes.reverse() : probes) await step();
      }
    }
    const row = (what: string, bareMs: number, oursMs: number) => `| ${what} | ${bareMs.toFixed(0)} | ${oursMs.toFixed(0)} | ${(((oursMs - bareMs) / bareMs) * 100).toFixed(0)} % |`;
    const lines = [
      `### Media tools (\`npm run bench:media\`, ${new Date().toISOString().slice(0, 10)}, linux ${cpus().length} cores shared with other work, node ${process.version}, load average ${load} at start)`,
      '',
      `The one ffmpeg/ffprobe wrapper (core/src/ffmpeg.ts, fluent-ffmpeg 2.1.3) against spawning the same binary with the same arguments by hand (the bare-stack ceiling). ${ROUNDS} interleaved rounds (the order alternating), medians (probes: ${ROUNDS * 5} each).`,
      '',
      '| call | bare spawn (ms) | wrapper (ms) | difference |',
      '|---|---|---|---|',
      row(`decode a 3-minute mp3 to f32le on stdout (${(bytes / 1e6).toFixed(1)} MB)`, median(t.decodeBare), median(t.decodeWrapper)),
      `| the same through decodeAudio (the job's function: wrapper + Float32Array copy + checks) | ${median(t.decodeBare).toFixed(0)} | ${median(t.decodeAudio).toFixed(0)} | ${(((median(t.decodeAudio) - median(t.decodeBare)) / median(t.decodeBare)) * 100).toFixed(0)} % |`,
      row(`probe one clip's streams and format (bare: JSON; wrapper: fluent-ffmpeg's ffprobe and text parser)`, median(t.probeBare), median(t.probeWrapper)),
      '',
      'On this shared machine the wrapper-vs-bare differences change sign from run to run (four runs on 2026-12-01 at load 8-10: decode -14 %, -14 %, +8 %, -18 %): the wrapper costs nothing measurable on these calls. decodeAudio adds its own work on top (copying the PCM into a Float32Array, the silence scan).',
      '',
      `First wrapper call in the process (a 1-second decode; fluent-ffmpeg's own \`ffmpeg -formats\` / \`-encoders\` queries are skipped, see job/src/media/README.md): ${first.toFixed(0)} ms; the same call again ${second.toFixed(0)} ms, bare ${secondBare.toFixed(0)} ms.`,
      '',
    ];
    console.log(lines.join('\n'));
    writeBenchmarkSection('Media tools', lines);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
