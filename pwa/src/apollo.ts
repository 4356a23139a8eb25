/**
 * The Apollo client: HTTP through the session's refreshing fetch, subscriptions over graphql-ws, and a
 * cache persisted in localStorage so the collection and every opened saved plan can be read offline.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import type { Session } from './auth/session';

import { CACHE_KEY } from './cache-key';

export { CACHE_KEY };
const CACHE_LIMIT_CHARS = 3_000_000; // stay well under the ~5 MB localStorage quota

/** Restarts the socket so the next connection_init carries the current access token. */
export interface WsHandle { client: Client; restart(): void }

export function createWs(session: Session, url: string, webSocketImpl?: unknown): WsHandle {
  let socket: WebSocket | null = null;
  const client = createClient({
    url,
    webSocketImpl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    // First retry at once (a token restart should not leave a gap), then back off up to 15 s.
    retryWait: (retries) => new Promise((r) => setTimeout(r, retries === 0 ? 50 : Math.min(15_000, 500 * 2 ** retries) + Math.random() * 500)),
    connectionParams: () => ({ authorization: session.current.accessToken ? `Bearer ${session.current.accessToken}` : '' }),
    on: {
      opened: (s) => { socket = s as WebSocket; },
      closed: () => { socket = null; },
    },
  });
  return {
    client,
    // 4205 is not a fatal code: graphql-ws reconnects and re-subscribes with fresh connectionParams.
    restart: () => { if (socket?.readyState === 1 /* OPEN */) socket.close(4205, 'Client Restart'); },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Pages of the collection are appended ("Load more"); a new filter starts a new list.
          collections: {
            keyArgs: ['difficulty', 'search', 'sort'],
            merge(existing: { edges: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          songs: {
            keyArgs: ['search', 'genre', 'bpmMin', 'bpmMax'],
            merge(existing: { edges: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          // "My videos": pages appended, a status filter is its own list.
          tasks: {
            keyArgs: ['status'],
            merge(existing: { edges: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          collection: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'SavedChoreography', id: args?.id }) },
        },
      },
    },
  });
}

export function restoreCache(cache: InMemoryCache, storage: Storage) {
  try {
    const raw = storage.getItem(CACHE_KEY);
    if (raw) cache.restore(JSON.parse(raw));
  } catch { storage.removeItem(CACHE_KEY); }
}

/** Writes the cache after changes, at most once a second. */
export function persistCache(cache: InMemoryCache, storage: Storage): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    try {
      const json = JSON.stringify(cache.extract());
      if (json.length < CACHE_LIMIT_CHARS) storage.setItem(CACHE_KEY, json);
    } catch { /* quota: keep the previous snapshot */ }
  };
  const schedule = () => { if (!timer) timer = setTimeout(write, 1000); };
  // Every change to the cache goes through one of these public methods.
  const c = cache as unknown as Record<'write' | 'modify' | 'evict' | 'batch' | 'restore', (...a: unknown[]) => unknown>;
  for (const name of ['write', 'modify', 'evict', 'batch'] as const) {
    const original = c[name].bind(cache);
    c[name] = (...args: unknown[]) => { const r = original(...args); schedule(); return r; };
  }
  addEventListener('pagehide', write);
  return write;
}

export function createApollo(session: Session, ws: WsHandle, cache: InMemoryCache) {
  const http = new HttpLink({ uri: '/graphql', fetch: session.authFetch });
  const wsLink = new GraphQLWsLink(ws.client);
  const link = ApolloLink.split(({ query }) => {
    const def = getMainDefinition(query);
    return def.kind === 'OperationDefinition' && def.operation === 'subscription';
  }, wsLink, http);
  return new ApolloClient({ link, cache, defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } } });
}
