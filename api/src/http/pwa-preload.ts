import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isChunkedScreen, routeOf, SCREEN_CHUNKS } from '@bachata/core';

/**
 * `<link rel="modulepreload">` tags for the PWA's lazily loaded chunks, so that a page opened cold on
 * a screen other than the home page fetches its code beside the entry instead of after it. The entry
 * holds the shell and the home page only; every other screen is in `src/connected.tsx` (the Apollo
 * client and the API's screens) and the heavier ones in chunks of their own. Which screen a path is,
 * and which screens have a chunk, come from the PWA's own route table in core (`routeOf`,
 * `SCREEN_CHUNKS`). Without it, /login's LCP was 0.5 s later (Lighthouse, slow 4G).
 * The files come from Vite's build manifest (`build.manifest`); a build without one gets no tags.
 */
interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[] }
type Manifest = Record<string, ManifestChunk>;

/** The tags for one path of the app (not the home page: the entry has all it needs). */
export async function modulePreloadTags(distDir: string, path: string): Promise<string> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch { return ''; }
  const files = new Set<string>();
  // A chunk and the chunks it imports statically; the entry is already the page's own script.
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const i of chunk.imports ?? []) add(i);
  };
  add('src/connected.tsx');
  const { screen } = routeOf(path);
  if (isChunkedScreen(screen)) add(SCREEN_CHUNKS[screen]);
  return [...files].map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('');
}
