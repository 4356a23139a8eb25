import type { Request, Response } from 'express';
import type { ByteRange, MediaStorage } from '@bachata/core';
import type { Logger } from '../logger';

export interface SignatureVerifier {
  verifySignedRequest(key: string, exp: string | number, sig: string, now?: number): boolean;
}

/** Parses one `bytes=a-b` range (the form browsers send for media). null: serve whole; 'invalid': 416. */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'invalid' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number, end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

/**
 * GET /media/<key>?exp=…&sig=… for local-disk storage. The signature (issued by a resolver after its
 * owner check) is the authorisation, because a <video> element cannot send an Authorization header.
 * Served with HTTP Range so players can seek.
 */
export function mediaHandler(storage: MediaStorage & SignatureVerifier, log: Logger) {
  return async (req: Request, res: Response) => {
    // Express 5 gives the `*key` wildcard as decoded path segments.
    const raw = (req.params as Record<string, string | string[]>).key;
    const key = Array.isArray(raw) ? raw.join('/') : String(raw ?? '');
    const { exp, sig } = req.query as Record<string, string | undefined>;
    if (!exp || !sig || !storage.verifySignedRequest(key, exp, sig)) {
      res.status(403).json({ error: { code: 'FORBIDDEN', message: 'This media link is invalid or has expired. Reload the page to get a new one.' } });
      return;
    }
    let stat;
    try {
      stat = await storage.stat(key);
    } catch {
      stat = null;
    }
    if (!stat) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Media file not found.' } });
      return;
    }
    const range = parseRange(req.headers.range, stat.size);
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', stat.contentType);
    // Private: signed per user; the PWA's service worker caches what the dancer keeps offline.
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
    if (range === 'invalid') {
      res.status(416).setHeader('Content-Range', `bytes */${stat.size}`).end();
      return;
    }
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${stat.size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.setHeader('Content-Length', String(stat.size));
    }
    if (req.method === 'HEAD') { res.end(); return; }
    const stream = storage.createReadStream(key, range ?? undefined);
    stream.on('error', (e) => {
      log.error('media stream failed', { key, error: e });
      res.destroy(e);
    });
    stream.pipe(res);
  };
}
