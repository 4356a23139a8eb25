import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * `<link rel="modulepreload">` tags for the PWA's lazily loaded chunks, so that a page opened cold on
 * a screen other than the home page fetches its code beside the entry instead of after it. The entry
 * holds the shell and the home page only; every other screen is in `src/connected.tsx` (the Apollo
 * client and the API's screens) and the heavier ones in chunks of their own (pwa/src/lazy-pages.tsx,
 * `preloadRoute`, from the PWA's route table in pwa/src/routes.ts: keep the two in step). Without it, /login's LCP was 0.5 s later (Lighthouse, slow 4G).
 * The files come from Vite's build manifest (`build.manifest`); a build without one gets no tags.
 */
const ROUTE_CHUNKS: Array<[test: (path: string) => boolean, source: string]> = [
  [(p) => p.startsWith('/play/'), 'src/pages/PlayerPage.tsx'],
  [(p) => p === '/generate', 'src/pages/Generate.tsx'],
  [(p) => p === '/instructor' || p.startsWith('/instructor/'), 'src/pages/instructor/index.tsx'],
];

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
  for (const [test, source] of ROUTE_CHUNKS) if (test(path)) add(source);
  return [...files].map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('');
}
