import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config';

function originOf(url: string): string | null {
  try { return url ? new URL(url).origin : null; } catch { return null; }
}

/**
 * helmet's security headers for everything the api serves: the PWA (scripts and styles from its own
 * files only, media and thumbnails from this origin or the media bucket, graphql-ws), uploads, media.
 * GraphiQL sets its own, looser policy on its page (http/graphiql.ts).
 */
export function securityHeaders(config: AppConfig) {
  const media = [
    originOf(config.storage.publicBaseUrl),
    ...(config.storage.kind === 'gcs' ? [originOf(config.storage.gcsApiEndpoint) ?? 'https://storage.googleapis.com'] : []),
  ].filter((o): o is string => !!o);
  const production = config.env === 'production';
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'connect-src': ["'self'", 'ws:', 'wss:', ...media],
        'img-src': ["'self'", 'data:', 'blob:', ...media],
        'media-src': ["'self'", 'blob:', ...media],
        'worker-src': ["'self'"],
        'manifest-src': ["'self'"],
        // Outside production the app is often opened over plain http on a LAN address.
        'upgrade-insecure-requests': production ? [] : null,
      },
    },
    // Signed media URLs carry their signature in the query string: never send it on as a referrer.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 15_552_000, includeSubDomains: false } : false,
  });
  return (req: Request, res: Response, next: NextFunction) => headers(req, res, (err?: unknown) => {
    // Signed media may be served under another origin (PUBLIC_BASE_URL, a CDN); the signature guards it.
    if (!err && req.path.startsWith('/media/')) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    next(err);
  });
}

/**
 * Errors from body parsing are the caller's: malformed JSON is 400, a body over the limit 413. GraphQL
 * callers get a GraphQL-shaped answer, REST callers the api's usual `{ error }`.
 */
export function bodyErrorHandler() {
  return (err: unknown, req: Request, res: Response, next: NextFunction) => {
    const type = (err as { type?: string })?.type;
    const status = type === 'entity.parse.failed' ? 400 : type === 'entity.too.large' ? 413
      : type === 'encoding.unsupported' || type === 'charset.unsupported' ? 415 : type === 'request.aborted' ? 400 : 0;
    if (!status || res.headersSent) { next(err); return; }
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT';
    const message = status === 413 ? 'The request body is too large.'
      : status === 415 ? 'Send the request body as UTF-8 JSON.' : 'The request body is not valid JSON.';
    res.status(status);
    if (req.baseUrl === '/graphql' || req.path === '/graphql') res.json({ errors: [{ message, extensions: { code } }] });
    else res.json({ error: { code, message } });
  };
}

/**
 * The client's address for a raw request (graphql-ws upgrades), with the same trusted-proxy rule as
 * Express's `req.ip`: walk X-Forwarded-For from the socket outwards while the hop is trusted.
 */
export function clientAddress(req: IncomingMessage, trust: (addr: string, i: number) => boolean): string {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean).reverse();
  const hops = [req.socket.remoteAddress ?? 'unknown', ...forwarded];
  let i = 0;
  while (i < hops.length - 1 && trust(hops[i], i)) i++;
  return hops[i];
}
