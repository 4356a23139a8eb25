/**
 * The ffmpeg/ffprobe wrapper against the real binaries: what each caller relies on (captured and
 * bounded stdout, stderr tail, progress lines, stdin feed, abort, timeout, a missing binary).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFfmpeg, execFfprobe, ffmpegCommand, MediaToolMissingError, probeMedia, ProbeFailedError, succeeded } from '../src';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'bb-ffmpeg-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SINE = ['-hide_banner', '-nostdin', '-f', 'lavfi', '-i'];

it('builds a fluent-ffmpeg command with the arguments as given: inputs with their options, then the output', () => {
  const cmd = ffmpegCommand(['-nostdin', '-f', 'lavfi', '-i', 'sine=d=1', '-i', 'two words.wav', '-map', '0:a', '-metadata', 'title=A B', '/tmp/out.wav']);
  expect((cmd as unknown as { _getArguments(): string[] })._getArguments()).toEqual([
    '-nostdin', '-f', 'lavfi', '-i', 'sine=d=1', '-i', 'two words.wav', '-y', '-map', '0:a', '-metadata', 'title=A B', '/tmp/out.wav',
  ]);
});

// first in this file: fluent-ffmpeg would run its capability queries at a process's first command
it('starts ffmpeg once per call: no fluent-ffmpeg capability queries (which refuse -f lavfi with ffmpeg 7)', async () => {
  const log = join(dir, 'calls.log');
  const logging = join(dir, 'logging-ffmpeg');
  writeFileSync(logging, `#!/bin/sh\necho "$*" >> '${log}'\nexec ffmpeg "$@"\n`);
  chmodSync(logging, 0o755);
  const saved = process.env.FFMPEG_PATH;
  process.env.FFMPEG_PATH = logging;
  try {
    expect((await execFfmpeg([...SINE, 'sine=d=0.2', '-f', 'null', '-'])).code).toBe(0);
    expect((await execFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'color=black:s=32x32:d=0.1', '-c:v', 'libx264', '-f', 'mp4', join(dir, 'black.mp4')])).code).toBe(0);
  } finally {
    if (saved === undefined) delete process.env.FFMPEG_PATH; else process.env.FFMPEG_PATH = saved;
  }
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  expect(calls).toEqual([
    '-hide_banner -nostdin -f lavfi -i sine=d=0.2 -f null pipe:1',
    `-v error -f lavfi -i color=black:s=32x32:d=0.1 -y -c:v libx264 -f mp4 ${join(dir, 'black.mp4')}`,
  ]);
});

it('captures stdout exactly (raw PCM) and reports a clean exit', async () => {
  const r = await execFfmpeg([...SINE, 'sine=d=2', '-ac', '1', '-ar', '8000', '-f', 's16le', 'pipe:1'], { captureStdout: true });
  expect(succeeded(r)).toBe(true);
  expect(r.stdout.length).toBe(2 * 8000 * 2);
});

it('stops a process whose stdout passes the limit', async () => {
  const r = await execFfmpeg([...SINE, 'sine=d=600', '-f', 's16le', 'pipe:1'], { captureStdout: true, maxStdoutBytes: 64_000 });
  expect(r).toMatchObject({ overflow: true, signal: 'SIGKILL' });
  expect(r.stdout.length).toBe(0);
});

it('passes stdout lines (-progress) and keeps the end of stderr of a failure', async () => {
  const lines: string[] = [];
  const ok = await execFfmpeg([...SINE, 'sine=d=1', '-progress', 'pipe:1', '-f', 'null', '-'], { onStdoutLine: (l) => lines.push(l) });
  expect(ok.code).toBe(0);
  expect(lines).toContain('progress=end');
  const bad = await execFfmpeg(['-hide_banner', '-nostdin', '-i', join(dir, 'missing.wav'), '-f', 'null', '-'], { stderrTail: 40 });
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toMatch(/No such file or directory\s*$/);
  expect(bad.stderr.length).toBeLessThanOrEqual(40);
});

it('feeds stdin and reports a failing feed', async () => {
  const frame = Buffer.alloc(16 * 16 * 3, 128);
  const out = join(dir, 'fed.mp4');
  const args = ['-hide_banner', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', '16x16', '-r', '10', '-i', 'pipe:0', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', out];
  const r = await execFfmpeg(args, { feed: async (stdin) => { for (let i = 0; i < 10; i++) stdin.write(frame); } });
  expect(succeeded(r)).toBe(true);
  expect(Number((await probeMedia(out)).streams[0].nb_frames)).toBe(10);
  const failed = await execFfmpeg(args, { feed: async (stdin) => { stdin.write(frame); throw new Error('no more frames'); } });
  expect((failed.feedError as Error).message).toBe('no more frames');
  expect(succeeded(failed)).toBe(false);
});

it('stops on abort and on timeout', async () => {
  const ac = new AbortController();
  const running = execFfmpeg(['-hide_banner', '-nostdin', '-re', '-f', 'lavfi', '-i', 'sine=d=600', '-f', 'null', '-'], { signal: ac.signal });
  setTimeout(() => ac.abort(), 200);
  expect(await running).toMatchObject({ aborted: true });
  const early = new AbortController();
  early.abort();
  expect(await execFfmpeg(['-hide_banner', '-nostdin', '-re', '-f', 'lavfi', '-i', 'sine=d=600', '-f', 'null', '-'], { signal: early.signal })).toMatchObject({ aborted: true });
  const slow = await execFfmpeg(['-hide_banner', '-nostdin', '-re', '-f', 'lavfi', '-i', 'sine=d=600', '-f', 'null', '-'], { timeoutMs: 300 });
  expect(slow).toMatchObject({ timedOut: true, signal: 'SIGKILL' });
});

it('probes with fluent-ffmpeg (parsed numbers) and with JSON when asked', async () => {
  const wav = join(dir, 'tone.wav');
  expect((await execFfmpeg(['-v', 'error', ...SINE.slice(2), 'sine=d=1.5', wav])).code).toBe(0);
  const p = await probeMedia(wav);
  expect(p.format.duration).toBeCloseTo(1.5, 2);
  expect(p.streams[0]).toMatchObject({ codec_type: 'audio', codec_name: 'pcm_s16le', sample_rate: 44100 });
  const j = await execFfprobe(['-v', 'error', '-of', 'json', '-show_entries', 'format=format_name', wav]);
  expect(JSON.parse(j.stdout.toString()).format.format_name).toBe('wav');
  await expect(probeMedia(join(dir, 'missing.wav'))).rejects.toThrow(ProbeFailedError);
  await expect(probeMedia(join(dir, 'missing.wav'))).rejects.toThrow(/No such file or directory/);
});

it('refuses a binary that is not there without spawning it', async () => {
  const saved = process.env.FFMPEG_PATH;
  process.env.FFMPEG_PATH = join(dir, 'no-ffmpeg');
  try {
    await expect(execFfmpeg([...SINE, 'sine=d=1', '-f', 'null', '-'])).rejects.toThrow(MediaToolMissingError);
    await expect(execFfmpeg([...SINE, 'sine=d=1', '-f', 'null', '-'])).rejects.toMatchObject({ tool: 'ffmpeg', code: 'ENOENT' });
  } finally {
    if (saved === undefined) delete process.env.FFMPEG_PATH; else process.env.FFMPEG_PATH = saved;
  }
  expect((await execFfmpeg([...SINE, 'sine=d=0.1', '-f', 'null', '-'])).code).toBe(0);
});

