import { InvalidMediaKeyError } from './media-storage';

/**
 * Validate a key and bring it to canonical form: `/`-separated, no empty or `.` segments.
 * A `..` segment is refused outright rather than resolved: a key that needs one is either a
 * mistake or an attempt to leave the media root, and both should fail loudly.
 */
export function normaliseKey(key: string): string {
  if (typeof key !== 'string' || key.trim() === '') throw new InvalidMediaKeyError(String(key), 'empty key');
  if (key.includes('\0')) throw new InvalidMediaKeyError(key, 'contains a NUL byte');
  // A backslash is a separator on Windows; refusing it keeps keys portable and closes `..\` tricks.
  if (key.includes('\\')) throw new InvalidMediaKeyError(key, 'contains a backslash');
  if (key.startsWith('/')) throw new InvalidMediaKeyError(key, 'absolute paths are not keys');
  const segments = key.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) throw new InvalidMediaKeyError(key, 'path traversal ("..") is not allowed');
  if (segments.length === 0) throw new InvalidMediaKeyError(key, 'empty key');
  return segments.join('/');
}

const GS_URL = /^gs:\/\/[^/]+\/?/i;
const LEGACY_MEDIA_DIR = '/media/';

/**
 * Turn a path the old app stored into a key. Forms seen in the old database:
 *   `songs/foo.mp3`, `output/user_7/choreography_x.mp4`   already keys
 *   `media/songs/foo.mp3`                                  relative to the app dir
 *   `/app/media/songs/foo.mp3`                             absolute under the old media root
 *   `gs://bucket/songs/foo.mp3`                            a GCS URL
 * `absoluteRoots` are roots of the current storage (a local root), stripped before the
 * `/media/` rule so a root that is not called "media" still works.
 * The `/media/` rule only applies to absolute paths: inside a relative key a `media` folder is
 * just a folder (`output/media/x.mp4` stays as it is).
 */
export function resolveLegacyPath(path: string, absoluteRoots: string[] = []): string {
  let p = String(path ?? '').trim();
  if (GS_URL.test(p)) return normaliseKey(p.replace(GS_URL, ''));
  if (p.startsWith('/')) {
    for (const root of absoluteRoots) {
      const r = root.endsWith('/') ? root : `${root}/`;
      if (p.startsWith(r)) return normaliseKey(p.slice(r.length));
    }
    const at = p.indexOf(LEGACY_MEDIA_DIR);
    if (at >= 0) return normaliseKey(p.slice(at + LEGACY_MEDIA_DIR.length));
    p = p.replace(/^\/+/, '');
  }
  if (p.startsWith('./')) p = p.slice(2);
  if (p.startsWith('media/')) p = p.slice('media/'.length);
  return normaliseKey(p);
}
