/**
 * npm run library:build [-- --out <dir>] [--only id1,id2]
 * Renders the built-in generated move library (skips clips that are already up to date).
 */
import { resolve } from 'node:path';
import { buildGeneratedLibrary } from '../library/generated';
import { RenderError } from '../media/ffmpeg';

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const out = resolve(opt('--out') ?? '.data/library/generated');
  const only = opt('--only')?.split(',').filter(Boolean);
  const t0 = Date.now();
  let rendered = 0;
  const clips = await buildGeneratedLibrary(out, {
    moves: only,
    onClip: (id, r) => { if (r) rendered++; console.log(`${r ? 'rendered' : 'up to date'}  ${id}`); },
  });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${clips.length} moves (${rendered} rendered) in ${out} — ${secs} s`);
}

main().catch((e) => {
  console.error(e instanceof RenderError ? `${e.message}\n${e.detail}` : e);
  process.exit(1);
});
