import express, { type Request, type Response } from 'express';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

/** Directory of an installed package, found the way Node resolves it (works from src and dist). */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

const INLINE = `
  // Paste an access token into the Headers tab: {"Authorization": "Bearer …"}
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', subscriptionUrl: location.origin.replace(/^http/, 'ws') + '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bachata Buddy API · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
<script>${INLINE}</script></body></html>`;

/** The page's own Content-Security-Policy: its one inline script by hash, GraphiQL's inline styles. */
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
].join('; ');

/**
 * GraphiQL served entirely from npm packages (no CDN), so the playground works offline.
 * GraphiQL 3's UMD build needs React 18 globals, installed under aliases beside the PWA's React 19.
 */
export function graphiqlHandler() {
  const router = express.Router();
  const assets: Record<string, string> = {
    'graphiql.min.css': join(packageDir('graphiql-umd'), 'graphiql.min.css'),
    'graphiql.min.js': join(packageDir('graphiql-umd'), 'graphiql.min.js'),
    'react.production.min.js': join(packageDir('react18'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': join(packageDir('react-dom18'), 'umd', 'react-dom.production.min.js'),
  };
  router.get('/graphiql', (_req: Request, res: Response) => { res.setHeader('Content-Security-Policy', CSP); res.type('html').send(PAGE); });
  router.get('/graphiql/assets/:name', (req: Request, res: Response) => {
    const file = assets[String(req.params.name)];
    if (!file) { res.status(404).end(); return; }
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(file);
  });
  return router;
}
