import type { MediaStorage } from './storage';
import type { SectionLabel } from './vocabulary';

/** Where the home page's demo is described: the job writes this manifest last, the api reads it. */
export const HOME_DEMO_MANIFEST = 'demo/home/demo.json';

export interface HomeDemoManifest {
  version: number;
  title: string;
  artist: string;
  bpm: number;
  duration: number;
  /** storage keys */
  video: string;
  poster: string;
  moves: Array<{ name: string; start: number; end: number; section: SectionLabel; beats: number }>;
  renderedAt: string;
}

/** The stored manifest (at `key`, the manifest's storage key as the caller resolves it), or null when there is none. */
export async function readHomeDemoManifest(storage: Pick<MediaStorage, 'stat' | 'createReadStream'>, key: string = HOME_DEMO_MANIFEST): Promise<HomeDemoManifest | null> {
  if (!(await storage.stat(key).catch(() => null))) return null;
  const chunks: Buffer[] = [];
  for await (const c of storage.createReadStream(key)) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as HomeDemoManifest;
}
