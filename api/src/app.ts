import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { AppError } from './errors';
import type { GraphQLContext } from './graphql/context';
import { queryLimits } from './graphql/limits';
import { getSchema } from './graphql/schema';
import { graphiqlHandler } from './http/graphiql';
import { authenticateHeader } from './http/authenticate';
import { mediaHandler, type SignatureVerifier } from './media/media.route';
import { songUploadHandler } from './modules/songs/song-upload.route';
import { classSheetHandler } from './modules/class-plans/class-sheet.route';
import { healthHandler, readinessHandler } from './http/health';
import type { AppServices } from './services';

export interface RunningServer {
  httpServer: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Close codes for graphql-ws sockets whose authentication fails. */
export const WS_CLOSE_UNAUTHORIZED = 4401;

function formatError(config: AppServices['config']) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof AppError) {
      const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    // Malformed queries, unknown enum values, wrong variable types: the caller's input is bad.
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', stacktrace: undefined } };
    }
    if (code && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions: { code } };
    return {
      message: config.env === 'development' ? formatted.message : 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: config.env === 'development' ? formatted.extensions : { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export async function startServer(services: AppServices, port = services.config.port, host = services.config.host): Promise<RunningServer> {
  const { config, log } = services;
  const schema = await getSchema();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  // Request id + one structured log line per request (path only: query strings may hold signatures).
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      log.info('request', { requestId, method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    });
    next();
  });

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

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const validationRules = [queryLimits(config.graphql)];
  const wsCleanup = useServer<{ authorization?: string }, { auth?: Awaited<ReturnType<typeof authenticateHeader>> }>({
    schema,
    validate: undefined,
    onConnect: async (ctx) => {
      const header = ctx.connectionParams?.authorization ?? (ctx.connectionParams as Record<string, unknown> | undefined)?.Authorization as string | undefined;
      const auth = authenticateHeader(header, config);
      if (!auth.user) {
        ctx.extra.socket.close(WS_CLOSE_UNAUTHORIZED, auth.error === 'expired' ? 'Unauthorized: token expired' : 'Unauthorized');
        return false;
      }
      (ctx.extra as { auth?: unknown }).auth = auth;
      return true;
    },
    context: (ctx): GraphQLContext => {
      const auth = (ctx.extra as { auth?: { user: GraphQLContext['user'] } }).auth;
      return { em: services.orm.em.fork(), user: auth?.user ?? null, address: 'ws', requestId: randomUUID(), log, services };
    },
    onSubscribe: async (_ctx, _id, payload) => {
      // The same limits as over HTTP.
      const { parse, validate, specifiedRules } = await import('graphql');
      let document;
      try { document = parse(payload.query); } catch (e) { return [e as GraphQLError]; }
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      if (errors.length) return errors;
    },
  }, wsServer);

  const apollo = new ApolloServer<GraphQLContext & BaseContext>({
    schema,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: config.env === 'development',
    validationRules,
    formatError: formatError(config),
    // main.ts stops the server once on SIGTERM/SIGINT; Apollo's own handler would stop it a second time.
    stopOnTerminationSignals: false,
    plugins: [
      // Open keep-alive requests get 2 s to finish on shutdown, not the default 10 s.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2000 }),
      ApolloServerPluginLandingPageDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const em = services.orm.em.fork();
      const auth = authenticateHeader(req.headers.authorization, config);
      return { em, user: auth.user, authError: auth.error, address: req.ip ?? 'unknown', requestId: res.locals.requestId, log: log.child({ requestId: res.locals.requestId }), services };
    },
  }));

  // The built PWA, when present: one port serves both.
  if (existsSync(join(config.pwaDistDir, 'index.html'))) {
    app.use(express.static(config.pwaDistDir, { index: false, maxAge: '1h', setHeaders: (res, path) => {
      if (/sw\.js$|workbox-.*\.js$|manifest\.webmanifest$|index\.html$/.test(path)) res.setHeader('Cache-Control', 'no-cache');
    } }));
    app.get(['/', '/*path'], (req, res, next) => {
      if (req.path.startsWith('/api/') || req.path.startsWith('/media/')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(config.pwaDistDir, 'index.html'));
    });
  }

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err instanceof AppError ? err : null;
    if (!e) log.error('unhandled request error', { error: err });
    res.status(e?.httpStatus ?? 500).json({ error: { code: e?.code ?? 'INTERNAL_SERVER_ERROR', message: e?.message ?? 'Something went wrong on our side.' } });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    httpServer,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}`,
    close: async () => {
      await apollo.stop();
      wsServer.close();
    },
  };
}
