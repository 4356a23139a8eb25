#!/usr/bin/env node
// Run before `npm start`: the api reads uploads with ffprobe and the video job renders with ffmpeg
// (H.264 + AAC), so a missing or incomplete ffmpeg is said at once, with the command that installs it,
// instead of failing at the first upload or video.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function installCommand() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  if (process.platform === 'darwin') return 'brew install ffmpeg';
  if (existsSync('/etc/debian_version')) return `${sudo}apt-get install -y ffmpeg`;
  if (existsSync('/etc/fedora-release')) return `${sudo}dnf install -y ffmpeg`;
  if (existsSync('/etc/alpine-release')) return `${sudo}apk add ffmpeg`;
  if (existsSync('/etc/arch-release')) return `${sudo}pacman -S --noconfirm ffmpeg`;
  return `${sudo}apt-get install -y ffmpeg   (Debian/Ubuntu; elsewhere your system's ffmpeg package)`;
}

// FFMPEG_PATH / FFPROBE_PATH name other binaries, as for the api and the job (core/src/config.ts).
const binary = { ffmpeg: process.env.FFMPEG_PATH || 'ffmpeg', ffprobe: process.env.FFPROBE_PATH || 'ffprobe' };

function run(tool, args) {
  const r = spawnSync(binary[tool], args, { encoding: 'utf8' });
  return r.error ? null : r;
}

const problems = [];
for (const tool of ['ffmpeg', 'ffprobe']) {
  const r = run(tool, ['-hide_banner', '-version']);
  if (!r || r.status !== 0) problems.push(`${tool} is not installed (or not on PATH)`);
}
if (!problems.length) {
  const encoders = run('ffmpeg', ['-hide_banner', '-encoders'])?.stdout ?? '';
  for (const encoder of ['libx264', 'aac']) if (!new RegExp(`\\s${encoder}\\s`).test(encoders)) problems.push(`ffmpeg has no ${encoder} encoder`);
}
if (problems.length) {
  process.stderr.write(
    `Bachata Buddy needs ffmpeg and ffprobe (reading songs, rendering videos): ${problems.join('; ')}.\n` +
    `Install them with:\n\n  ${installCommand()}\n\nthen run npm start again.\n`);
  process.exit(1);
}
