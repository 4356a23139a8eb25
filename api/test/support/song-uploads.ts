import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from './test-app';

/** POST /api/songs as the PWA sends it: multipart with a `file` field (and optional title/artist fields). */
export async function postSong(t: TestApp, token: string | null, bytes: Buffer, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${t.url}/api/songs`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as any };
}

/** Song files in local media storage (all dancers, or one dancer's folder). */
export function storedSongFiles(t: TestApp, userId?: string): string[] {
  try {
    const dir = join(t.config.storage.mediaRoot, 'songs', ...(userId ? [`user_${userId}`] : []));
    return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('.'));
  } catch {
    return [];
  }
}
