import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { rateLimited } from '../errors';
import { authFailureMessage, type AuthFailure, type Principal, type SessionGuard } from '../http/authenticate';
import type { AppServices } from '../services';
import { RequestContext, type GraphQLContext } from './context';
import { parseAndValidate, type QueryLimits } from './limits';
import { sendSharing, shareAs, sharedSubscribe, sharingReplacer } from './shared-subscribe';

/** Close code for graphql-ws sockets whose authentication fails, expires or is revoked. */
export const WS_CLOSE_UNAUTHORIZED = 4401;

/** What graphql-ws's ws adapter puts in `ctx.extra`, plus what onConnect learns. */
type Extra = {
  socket: WebSocket;
  request: IncomingMessage;
  principal?: Principal;
  address?: string;
  timers?: NodeJS.Timeout[];
  /** operations accepted on this socket (graphql-ws drops ended ones from ctx.subscriptions) */
  accepted?: Set<string>;
};

const closeReason: Record<AuthFailure, string> = {
  expired: 'Unauthorized: token expired',
  invalid: 'Unauthorized',
  revoked: 'Unauthorized: session ended',
};

/**
 * graphql-ws on /graphql with the HTTP rules: the same parse limits and validation rules (including
 * production's no-introspection), the same error masking, the same account/session checks. A socket
 * lives as long as its token: it closes (4401) when the token expires or its session or account
 * ends (re-checked every `ws.recheckSeconds` and on each subscribe), and carries at most
 * `ws.maxSubscriptionsPerSocket` operations at once.
 */
export function startGraphqlWs(opts: {
  httpServer: Server;
  schema: GraphQLSchema;
  services: AppServices;
  sessions: SessionGuard;
  limits: QueryLimits;
  rules: ValidationRule[];
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  clientAddress: (req: IncomingMessage) => string;
}) {
  const { services, sessions, schema, format } = opts;
  const { config, log } = services;
  const wsServer = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: config.graphql.maxBodyBytes });

  const closeUnauthorized = (extra: Extra, failure: AuthFailure) => {
    if (extra.socket.readyState === extra.socket.OPEN) extra.socket.close(WS_CLOSE_UNAUTHORIZED, closeReason[failure]);
  };
  /** The failure that ends this socket now, if any. */
  const check = async (extra: Extra): Promise<AuthFailure | null> => {
    const principal = extra.principal;
    if (!principal) return 'invalid';
    if (Date.now() >= principal.expiresAt) return 'expired';
    return (await sessions.isLive(principal)) ? null : 'revoked';
  };
  // Errors without a path come from the request itself (variables that do not coerce): the caller's
  // input, as Apollo tags them over HTTP. Resolver errors always carry a path and are masked as usual.
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((e) => {
    const error = e.path === undefined && !e.extensions?.code ? new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }) : e;
    return format(error.toJSON(), error);
  });

  const server = useServer<Record<string, unknown> | undefined, Omit<Extra, 'socket' | 'request'>>({
    schema,
    // One execution and one serialisation per update for all subscribers of the same operation.
    subscribe: sharedSubscribe,
    jsonMessageReplacer: sharingReplacer,
    onConnect: async (ctx) => {
      const params = ctx.connectionParams ?? {};
      const header = (params.authorization ?? params.Authorization) as string | undefined;
      let auth;
      try {
        auth = await sessions.authenticate(typeof header === 'string' ? header : undefined, config);
      } catch (error) {
        log.error('websocket authentication failed', { error });
        ctx.extra.socket.close(1011, 'Internal error');
        return false;
      }
      if (!auth.user) {
        closeUnauthorized(ctx.extra, auth.error ?? 'invalid');
        return false;
      }
      const extra = ctx.extra;
      sendSharing(extra.socket);
      extra.principal = auth.user;
      extra.address = opts.clientAddress(extra.request);
      // setTimeout holds at most ~24.8 days; tokens live far shorter.
      const untilExpiry = Math.min(2 ** 31 - 1, Math.max(0, auth.user.expiresAt - Date.now()));
      const expiry = setTimeout(() => closeUnauthorized(extra, 'expired'), untilExpiry);
      const recheck = setInterval(() => {
        check(extra).then((failure) => { if (failure) closeUnauthorized(extra, failure); })
          .catch((error) => log.warn('websocket session re-check failed', { error }));
      }, Math.max(1, config.ws.recheckSeconds) * 1000);
      expiry.unref(); recheck.unref();
      extra.timers = [expiry, recheck];
      return true;
    },
    onClose: (ctx) => {
      for (const t of (ctx.extra as Extra).timers ?? []) clearTimeout(t);
    },
    onSubscribe: async (ctx: Context<Record<string, unknown> | undefined, Extra>, id, payload) => {
      const extra = ctx.extra;
      let failure: AuthFailure | null;
      try {
        failure = await check(extra);
      } catch (error) {
        // The database is away: refuse this operation without closing the socket or saying why.
        log.warn('websocket session check failed', { error });
        return [new GraphQLError('Something went wrong on our side. Please try again.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
      }
      if (failure) {
        closeUnauthorized(extra, failure);
        return [new GraphQLError(authFailureMessage(failure), { extensions: { code: 'UNAUTHENTICATED' } })];
      }
      // Counted synchronously from here on, so operations arriving together cannot all slip in.
      const accepted = (extra.accepted ??= new Set());
      for (const other of accepted) if (!(other in ctx.subscriptions)) accepted.delete(other);
      if (accepted.size >= config.ws.maxSubscriptionsPerSocket) {
        return [rateLimited(`At most ${config.ws.maxSubscriptionsPerSocket} subscriptions at once on one connection. Close some first.`, 1)];
      }
      const checked = parseAndValidate(schema, payload.query, opts.limits, opts.rules, payload.variables);
      if ('errors' in checked) return checked.errors;
      accepted.add(id);
      const requestId = randomUUID();
      const contextValue: GraphQLContext = new RequestContext({ user: extra.principal ?? null, address: extra.address ?? 'unknown', requestId, services, sessions });
      // Results without errors may go straight to this socket: onNext below passes them on unchanged.
      shareAs(contextValue, payload.query, payload.variables, payload.operationName, extra.principal!.id, { socket: extra.socket, id });
      return { schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    },
    onNext: (_ctx, _id, _payload, _args, result) => {
      // As is: a shared result keeps its identity (and the direct delivery relies on this being all).
      if (!result.errors?.length) return result;
      return { ...result, errors: formatAll(result.errors) };
    },
    onError: (_ctx, _id, _payload, errors) => formatAll(errors),
  }, wsServer);

  let closing: Promise<void> | null = null;
  return {
    wsServer,
    /** Closes every socket (1001) and the server; safe to call more than once. */
    close: () => (closing ??= Promise.resolve(server.dispose())),
  };
}
