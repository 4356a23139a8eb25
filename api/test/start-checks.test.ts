/**
 * `npm start` on a fresh machine: ffmpeg and ffprobe are checked before anything is built or
 * started, and a missing one is reported with the command that installs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const check = join(root, 'scripts', 'check-tools.mjs');
const bin = mkdtempSync(join(tmpdir(), 'bb-path-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

it('npm start checks the tools first', () => {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
  expect(scripts.prestart.startsWith('node scripts/check-tools.mjs && ')).toBe(true);
});

it('passes where ffmpeg with H.264 and AAC is installed', () => {
  const r = spawnSync(process.execPath, [check], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

it('on a machine without ffmpeg, stops at once with the exact install command', () => {
  // a PATH with node and nothing else
  symlinkSync(process.execPath, join(bin, 'node'));
  const r = spawnSync(join(bin, 'node'), [check], { encoding: 'utf8', env: { PATH: bin } });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/ffmpeg is not installed.*ffprobe is not installed/);
  const debian = existsSync('/etc/debian_version');
  const asRoot = process.getuid?.() === 0;
  if (debian) expect(r.stderr).toContain(`\n  ${asRoot ? '' : 'sudo '}apt-get install -y ffmpeg\n`);
  expect(r.stderr).toMatch(/then run npm start again/);
});
