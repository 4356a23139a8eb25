import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A real graphql-ws client (no retries) that records how its socket closed. */
export function wsClient(url: string, token: string | null) {
  const closes: Array<{ code: number; reason: string }> = [];
  const client: Client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (e: any) => closes.push({ code: e.code, reason: e.reason }) },
  });
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  return { client, closes, connected };
}

/** One operation over the socket: its results (data and errors) and how it ended. */
export function operation(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: Array<{ data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> }> = [];
  let failure: unknown = null;
  let done = false;
  const dispose = client.subscribe({ query, variables }, {
    next: (v) => { results.push(v as never); },
    error: (e) => { failure = e; done = true; },
    complete: () => { done = true; },
  });
  return {
    results, dispose,
    get failure() { return failure as any; },
    get done() { return done; },
    /** errors from either a `next` with errors or an `error` message */
    get errors(): Array<{ message: string; extensions?: Record<string, any> }> {
      return [...results.flatMap((r) => r.errors ?? []), ...(Array.isArray(failure) ? failure : [])];
    },
  };
}

export async function until(pred: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
