import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import compression from 'compression';
import { createServer, type Server } from 'node:http';
import { join, sep } from 'node:path';
import { AppError } from './errors';
import { RequestContext, type GraphQLContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { costWithVariablesPlugin, parseOptions, queryLimitRules } from './graphql/limits';
import { getSchema } from './graphql/schema';
import { startGraphqlWs } from './graphql/ws-server';
import { graphiqlHandler } from './http/graphiql';
import { SessionGuard } from './http/authenticate';
import { bodyErrorHandler, clientAddress, securityHeaders } from './http/security';
import { mediaHandler, type SignatureVerifier } from './media/media.route';
import { songUploadHandler } from './modules/songs/song-upload.route';
import { classSheetHandler } from './modules/class-plans/class-sheet.route';
import { healthHandler, readinessHandler } from './http/health';
import { homeDemoOf } from './modules/demo/home-demo';
import { modulePreloadTags } from './http/pwa-preload';
import type { AppServices } from './services';

export interface RunningServer {
  httpServer: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(services: AppServices, port = services.config.port, host = services.config.host): Promise<RunningServer> {
  const { config, log } = services;
  const schema = await getSchema();
  const app = express();
  app.disable('x-powered-by');
  // Whose X-Forwarded-For counts for req.ip (login lockouts are per address): TRUST_PROXY.
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);
  const sessions = new SessionGuard(services.pool, config.sessionCheckCacheMs);
  const introspection = config.env !== 'production';
  // Apollo adds the no-introspection rule itself (introspection: false); graphql-ws gets it with the limits.
  const validationRules = queryLimitRules(config.graphql);
  const wsRules = queryLimitRules(config.graphql, { introspection });
  const format = formatError(config);

  // Request id + one structured log line per request (path only: query strings may hold signatures);
  // below LOG_LEVEL=info no line is written, so nothing is timed or gathered for one.
  const logRequests = log.enabled('info');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    if (logRequests) {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        log.info('request', { requestId, method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 });
      });
    }
    next();
  });
  app.use(securityHeaders(config));

  app.get('/healthz', healthHandler());
  app.get('/readyz', readinessHandler(services));

  app.post('/api/songs', songUploadHandler(services));
  app.get('/api/class-plans/:id/sheet.:format', classSheetHandler(services));
  if (services.storage.kind === 'local') {
    const handler = mediaHandler(services.storage as AppServices['storage'] & SignatureVerifier, log);
    app.get('/media/*key', handler);
    app.head('/media/*key', handler);
  }
  if (config.env !== 'production') app.use(graphiqlHandler());

  const ws = startGraphqlWs({
    httpServer, schema, services, sessions, limits: config.graphql, rules: wsRules, format,
    clientAddress: (req) => clientAddress(req, app.get('trust proxy fn')),
  });

  const apollo = new ApolloServer<GraphQLContext & BaseContext>({
    schema,
    introspection,
    includeStacktraceInErrorResponses: config.env === 'development',
    parseOptions: parseOptions(config.graphql),
    validationRules,
    formatError: format,
    // main.ts stops the server once on SIGTERM/SIGINT; Apollo's own handler would stop it a second time.
    stopOnTerminationSignals: false,
    plugins: [
      // Open keep-alive requests get 2 s to finish on shutdown, not the default 10 s.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2000 }),
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint; the plugin's per-field hook would wrap every resolver of the
      // schema to find that out on each request. Its one effect, `Cache-Control: no-store`, is set below.
      ApolloServerPluginCacheControlDisabled(),
      costWithVariablesPlugin(config.graphql.maxCost),
      { async serverWillStart() { return { async drainServer() { await ws.close(); } }; } },
    ],
  });
  await apollo.start();
  // Answers are per caller: never stored by a browser or a shared cache (what Apollo's cache-control plugin sent).
  const noStore = (_req: Request, res: Response, next: NextFunction) => { res.setHeader('Cache-Control', 'no-store'); next(); };
  // /graphql is an express app of its own only to send no ETag: express would hash every answer to
  // make one, and an answer that may not be stored is never revalidated. The rest (trust proxy, the
  // headers set above, the error handlers below) is the main app's.
  const graphqlApp = express();
  graphqlApp.disable('x-powered-by');
  graphqlApp.set('etag', false);
  app.use('/graphql', graphqlApp);
  graphqlApp.use(noStore, express.json({ limit: config.graphql.maxBodyBytes }), bodyErrorHandler(), expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const auth = await sessions.authenticate(req.headers.authorization, config);
      // Its entity manager and logger are made on first use (the hot reads need neither).
      return new RequestContext({ user: auth.user, authError: auth.error, address: req.ip ?? 'unknown', requestId: res.locals.requestId, services, sessions });
    },
  }));

  // The built PWA, when present: one port serves both.
  if (existsSync(join(config.pwaDistDir, 'index.html'))) {
    // gzip for the app's own files (its JS is ~3× smaller): Lighthouse on the served build found them
    // sent uncompressed. Media (video, images) and /graphql are left as they are.
    app.use(compression({ filter: (req, res) => !req.path.startsWith('/media/') && !req.path.startsWith('/graphql') && !req.path.startsWith('/api/') && compression.filter(req, res) }));
    // Vite's /assets/ files carry a content hash in their names: a new build makes new names, so they
    // never change and need no revalidation (immutable). Other files (icons, …) for an hour; the service
    // worker, the manifest and the HTML always revalidate.
    const assetsDir = join(config.pwaDistDir, 'assets') + sep;
    app.use(express.static(config.pwaDistDir, { index: false, maxAge: '1h', setHeaders: (res, path) => {
      if (/sw\.js$|workbox-.*\.js$|manifest\.webmanifest$|index\.html$/.test(path)) res.setHeader('Cache-Control', 'no-cache');
      else if (path.startsWith(assetsDir)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    } }));
    // Every other GET is a screen of the app. Not a `/*path` route: its parameter is decoded, and a
    // path that is not valid percent-encoding ("/play/%E0") would be a 500 instead of the app's HTML.
    app.use((req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/') || req.path.startsWith('/media/')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      // The home page carries the ready demo (its poster preloaded), so it shows without a query.
      if (req.path === '/') {
        void readFile(join(config.pwaDistDir, 'index.html'), 'utf8').then((html) => homeDemoOf(services).homeHtml(html))
          .then((html) => res.type('html').send(html), next);
        return;
      }
      // Any other screen: its code named in the HTML, fetched beside the entry (http/pwa-preload.ts).
      void Promise.all([readFile(join(config.pwaDistDir, 'index.html'), 'utf8'), modulePreloadTags(config.pwaDistDir, req.path)])
        .then(([html, tags]) => res.type('html').send(tags ? html.replace('</head>', `${tags}</head>`) : html), next);
    });
  }

  app.use(bodyErrorHandler());
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err instanceof AppError ? err : null;
    // Express's own 4xx (a path parameter that is not valid percent-encoding: "/media/%E0") is the
    // client's mistake, answered as such; its message (which echoes the input) stays out of the answer.
    const clientStatus = clientErrorStatus(err);
    if (!e && clientStatus) {
      res.status(clientStatus).json({ error: { code: 'BAD_REQUEST', message: 'This request could not be read.' } });
      return;
    }
    if (!e) log.error('unhandled request error', { error: err });
    res.status(e?.httpStatus ?? 500).json({ error: { code: e?.code ?? 'INTERNAL_SERVER_ERROR', message: e?.message ?? 'Something went wrong on our side.' } });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  // The home page's demo video is made after the server is ready, in the background.
  const demo = homeDemoOf(services);
  void demo.startInBackground().catch((e) => log.error('home demo could not start', { error: e }));
  return {
    httpServer,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}`,
    close: async () => {
      demo.close();
      await apollo.stop();
      await ws.close();
    },
  };
}

/** The 4xx status Express and its middleware put on an error they raise for a bad request, if any. */
function clientErrorStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
