/**
 * "One way" per concern, checked on the sources themselves: only core's wrapper starts ffmpeg or
 * ffprobe (or imports fluent-ffmpeg), and only core's config module reads process.env.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const SOURCE_DIRS = ['api/src', 'job/src', 'core/src', 'pwa/src'];
const FFMPEG_WRAPPER = 'core/src/ffmpeg.ts';
const CONFIG = 'core/src/config.ts';

function sources(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry)) out.push({ file: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  for (const d of SOURCE_DIRS) walk(join(root, d));
  return out;
}

/** Why this source starts ffmpeg/ffprobe on its own, or undefined when it does not. */
export function spawnsMediaTool(text: string): string | undefined {
  if (/\bfrom\s+['"]fluent-ffmpeg['"]|require\(\s*['"]fluent-ffmpeg['"]\s*\)/.test(text)) return 'imports fluent-ffmpeg';
  const childProcess = /\bfrom\s+['"](node:)?child_process['"]|require\(\s*['"](node:)?child_process['"]\s*\)/.test(text);
  if (childProcess && /['"`](ffmpeg|ffprobe)['"`]/.test(text)) return 'uses child_process and names ffmpeg/ffprobe';
  if (/\b(spawn|spawnSync|execFile|execFileSync|exec|execSync)\s*\(\s*['"`](ffmpeg|ffprobe)\b/.test(text)) return 'spawns ffmpeg/ffprobe';
  return undefined;
}

/** Does this source read process.env (any spelling)? */
export function readsProcessEnv(text: string): boolean {
  return /\bprocess\s*(\?\.|\.)\s*env\b|\bprocess\s*\[\s*['"`]env['"`]\s*\]|\{[^}]*\benv\b[^}]*\}\s*=\s*(globalThis\.)?process\b/.test(text);
}

describe('the detectors', () => {
  it('flag what they are meant to flag', () => {
    expect(spawnsMediaTool("import { spawn } from 'node:child_process';\nspawn('ffprobe', ['-v', 'error', f]);")).toBeDefined();
    expect(spawnsMediaTool("const cp = require('child_process');\nconst cmd = 'ffmpeg';\ncp.spawn(cmd, args);")).toBeDefined();
    expect(spawnsMediaTool("import ffmpeg from 'fluent-ffmpeg';")).toBeDefined();
    expect(spawnsMediaTool("import { execFfmpeg } from '@bachata/core';\nawait execFfmpeg(['-i', f, out]);")).toBeUndefined();
    expect(spawnsMediaTool("import { spawn } from 'node:child_process';\n// stops ffmpeg and its children\nspawn(cmd, args);")).toBeUndefined();
    for (const bad of ['process.env.X', 'process.env["X"]', "process['env'].X", 'const { env } = process;', 'process?.env', '{ ...process.env }']) expect([bad, readsProcessEnv(bad)]).toEqual([bad, true]);
    for (const ok of ['env.PORT', 'currentEnv()', 'childProcessEnv({ X: 1 })', 'process.exitCode = 1']) expect([ok, readsProcessEnv(ok)]).toEqual([ok, false]);
  });
});

describe('the sources', () => {
  const all = sources();

  it('are found', () => {
    expect(all.some((s) => s.file === FFMPEG_WRAPPER)).toBe(true);
    expect(all.filter((s) => s.file.startsWith('job/src/')).length).toBeGreaterThan(50);
  });

  it('start ffmpeg and ffprobe only through core/src/ffmpeg.ts', () => {
    const offenders = all.filter((s) => s.file !== FFMPEG_WRAPPER).map((s) => [s.file, spawnsMediaTool(s.text)]).filter(([, why]) => why);
    expect(offenders).toEqual([]);
    expect(spawnsMediaTool(all.find((s) => s.file === FFMPEG_WRAPPER)!.text)).toBeDefined();
  });

  it('read process.env only in core/src/config.ts', () => {
    const offenders = all.filter((s) => s.file !== CONFIG && readsProcessEnv(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });
});
