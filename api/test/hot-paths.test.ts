/**
 * The pieces that make the hot paths cheap (issue 13), each against the real library it sits on:
 * graphql-js for shared subscription results and field selection, the real local-disk storage for
 * per-request media checks, the real logger. The speed itself is measured by `npm run bench:api`.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { LocalDiskStorage } from '@bachata/core';
import { PUSH, sendSharing, shareAs, sharedSubscribe, sharingReplacer, type PushableSource, type PushSink } from '../src/graphql/shared-subscribe';
import { selectedFields } from '../src/graphql/selection';
import { MediaService, requestMedia, signingTime } from '../src/media/media-service';
import { createLogger } from '../src/logger';
import { signAccessToken, verifyAccessToken } from '../src/modules/auth/tokens';

/** A broadcaster like the LISTEN hub: every subscriber's source yields the same event objects. */
function broadcaster() {
  const queues: Array<{ push: (v: unknown) => void; returned: boolean }> = [];
  return {
    push: (event: unknown) => queues.forEach((q) => q.push(event)),
    returned: () => queues.filter((q) => q.returned).length,
    source(): PushableSource<unknown> {
      const pending: unknown[] = [];
      let wake: ((r: IteratorResult<unknown>) => void) | null = null;
      let sink: PushSink<unknown> | null = null;
      const q = { returned: false, push: (v: unknown) => { if (q.returned) return; if (sink) sink.next(v); else if (wake) { const w = wake; wake = null; w({ value: v, done: false }); } else pending.push(v); } };
      queues.push(q);
      return {
        [PUSH]: (to: PushSink<unknown>) => { sink = to; pending.splice(0).forEach((v) => to.next(v)); },
        next: () => (pending.length ? Promise.resolve({ value: pending.shift(), done: false }) : new Promise((r) => { wake = r; })),
        return: () => { q.returned = true; wake?.({ value: undefined, done: true }); return Promise.resolve({ value: undefined, done: true }); },
        [Symbol.asyncIterator]() { return this; },
      };
    },
  };
}

describe('subscribers of one update share its execution and its serialisation', () => {
  let executions = 0;
  const hub = broadcaster();
  const Tick = new GraphQLObjectType({ name: 'Tick', fields: {
    n: { type: GraphQLInt, resolve: (e: { n: number }) => { executions++; return e.n; } },
    label: { type: GraphQLString, args: { prefix: { type: GraphQLString } }, resolve: (e: { n: number }, a: { prefix?: string }) => `${a.prefix ?? ''}${e.n}` },
  } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
    subscription: new GraphQLObjectType({ name: 'Subscription', fields: { tick: { type: Tick, subscribe: () => hub.source(), resolve: (e: unknown) => e } } }),
  });
  const QUERY = 'subscription($p: String) { tick { n label(prefix: $p) } }';
  const open = async (caller: number, prefix: string) => {
    const document = parse(QUERY);
    const contextValue = {};
    shareAs(contextValue, QUERY, { p: prefix }, undefined, caller);
    return await sharedSubscribe({ schema, document, variableValues: { p: prefix }, contextValue }) as AsyncIterableIterator<any>;
  };

  it('executes once per distinct operation and caller, serialises once, and each socket still gets its own id', async () => {
    const same = await Promise.all([open(1, '#'), open(1, '#'), open(1, '#')]);
    const otherCaller = await open(2, '#');
    const otherVariables = await open(1, 'n=');
    const all = [...same, otherCaller, otherVariables];
    const nexts = all.map((s) => s.next());
    hub.push({ n: 7 });
    const results = (await Promise.all(nexts)).map((r) => r.value);
    expect(results.map((r) => r.data.tick)).toEqual([{ n: 7, label: '#7' }, { n: 7, label: '#7' }, { n: 7, label: '#7' }, { n: 7, label: '#7' }, { n: 7, label: 'n=7' }]);
    expect(executions).toBe(3); // one per distinct (query, variables, caller), not one per subscriber
    expect(results[1]).toBe(results[0]);
    expect(results[3]).not.toBe(results[0]);

    // What graphql-ws does per socket: stringify with the replacer, then send. The wrapped send gets
    // exactly the message a plain JSON.stringify would have made.
    const sent: string[] = [];
    const sockets = results.map(() => { const s = { send: (data: string) => { sent.push(data); } }; sendSharing(s as never); return s; });
    results.forEach((payload, i) => sockets[i].send(JSON.stringify({ id: `op-${i}`, type: 'next', payload }, sharingReplacer) as never));
    expect(sent).toEqual(results.map((payload, i) => JSON.stringify({ id: `op-${i}`, type: 'next', payload })));
    await Promise.all(all.map((s) => s.return!()));
  });

  it('ends the source at once when the subscriber leaves while waiting for the next update', async () => {
    const before = hub.returned();
    const sub = await open(3, '');
    const waiting = sub.next();
    await sub.return!();
    expect(hub.returned()).toBe(before + 1);
    await expect(waiting).resolves.toMatchObject({ done: true });
  });
});

describe('direct delivery: a pushing source, straight to each graphql-ws socket', () => {
  let executions = 0;
  const hub = broadcaster();
  const Tick = new GraphQLObjectType({ name: 'Tick', fields: {
    n: { type: GraphQLInt, resolve: (e: { n: number }) => { executions++; if (e.n < 0) throw new Error('negative'); return e.n; } },
  } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
    subscription: new GraphQLObjectType({ name: 'Subscription', fields: { tick: { type: Tick, subscribe: () => hub.source(), resolve: (e: unknown) => e } } }),
  });
  const QUERY = 'subscription { tick { n } }';
  /** A socket as graphql-ws's ws adapter sees it: open, and a record of what was sent. */
  const socket = () => ({ readyState: 1, OPEN: 1, sent: [] as string[], send(data: string) { this.sent.push(data); } });
  const open = async (caller: number, id: string, s: ReturnType<typeof socket>) => {
    const contextValue = {};
    shareAs(contextValue, QUERY, undefined, undefined, caller, { socket: s, id });
    return await sharedSubscribe({ schema, document: parse(QUERY), contextValue }) as AsyncIterableIterator<any>;
  };

  it('sends each shared result, serialised once, as graphql-ws frames it, only once graphql-ws asks; errors go through graphql-ws, in order', async () => {
    const sockets = [socket(), socket(), socket()];
    const subs = await Promise.all([open(1, 'a', sockets[0]), open(1, 'b', sockets[1]), open(2, 'c', sockets[2])]);
    hub.push({ n: 1 }); // graphql-ws has not asked yet: kept for when it does
    expect(sockets.every((s) => s.sent.length === 0)).toBe(true);
    const asks = subs.map((s) => s.next());
    executions = 0;
    hub.push({ n: 2 });
    expect(executions).toBe(2); // one per caller, not one per subscriber
    const frame = (id: string, n: number) => JSON.stringify({ id, type: 'next', payload: { data: { tick: { n } } } });
    expect(sockets.map((s) => s.sent)).toEqual([[frame('a', 1), frame('a', 2)], [frame('b', 1), frame('b', 2)], [frame('c', 1), frame('c', 2)]]);

    // A result with errors is handed to graphql-ws (its onNext masks it); what follows waits behind it.
    hub.push({ n: -1 });
    hub.push({ n: 3 });
    const handed = await asks[0];
    expect(handed.value.errors?.[0].message).toBe('negative');
    expect(sockets[0].sent).toHaveLength(2);
    const next = await subs[0].next(); // graphql-ws has sent the error and asks again
    expect(next.value).toEqual({ data: { tick: { n: 3 } } });
    hub.push({ n: 4 }); // graphql-ws is still sending 3: 4 waits for its next ask
    expect(sockets[0].sent).toHaveLength(2);
    await expect(subs[0].next()).resolves.toEqual({ value: { data: { tick: { n: 4 } } }, done: false });
    const asking = subs[0].next(); // nothing is handed any more
    hub.push({ n: 5 }); // straight to the socket again
    expect(sockets[0].sent.at(-1)).toBe(frame('a', 5));

    const before = hub.returned();
    await Promise.all(subs.map((s) => s.return!()));
    expect(hub.returned()).toBe(before + 3);
    await expect(asking).resolves.toMatchObject({ done: true });
    hub.push({ n: 6 });
    expect(sockets.every((s) => !s.sent.some((m) => m.includes('"n":6')))).toBe(true);
  });
});

describe('selectedFields', () => {
  it('names the fields under a path, through named and inline fragments', async () => {
    let seen: string[] = [];
    const Node = new GraphQLObjectType({ name: 'Node', fields: { id: { type: GraphQLString }, title: { type: GraphQLString }, notes: { type: GraphQLString } } });
    const Edge = new GraphQLObjectType({ name: 'Edge', fields: { node: { type: Node } } });
    const Page = new GraphQLObjectType({ name: 'Page', fields: { edges: { type: new GraphQLList(Edge) }, total: { type: GraphQLInt } } });
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: {
      page: { type: Page, resolve: (_r, _a, _c, info: GraphQLResolveInfo) => { seen = [...selectedFields(info, 'edges', 'node')].sort(); return { edges: [], total: 0 }; } },
    } }) });
    await execute({ schema, document: parse('{ page { total edges { node { id ...F ... on Node { notes } } } } } fragment F on Node { title }') });
    expect(seen).toEqual(['id', 'notes', 'title']);
  });
});

describe('signed media links', () => {
  it('are signed as of the start of a quarter-TTL window: the same link all window long, valid for at least 3/4 of the TTL', async () => {
    const storage = new LocalDiskStorage({ root: mkdtempSync(join(tmpdir(), 'bb-sign-')), secret: 'test-secret-0123456789' });
    const ttl = 3600;
    const t0 = Date.UTC(2026, 11, 1, 12, 0, 0);
    const at = (ms: number) => storage.signedUrl('output/v.mp4', ttl, signingTime(ttl, ms));
    const exp = (url: string) => Number(/exp=(\d+)/.exec(url)![1]);
    expect(await at(t0 + 1000)).toBe(await at(t0 + 899_000));
    expect(await at(t0 + 900_000)).not.toBe(await at(t0 + 899_000));
    for (const ms of [t0, t0 + 1000, t0 + 899_999, t0 + 900_000 + 123_456]) {
      const left = exp(await at(ms)) - ms / 1000;
      expect(left).toBeGreaterThanOrEqual(0.75 * ttl);
      expect(left).toBeLessThanOrEqual(ttl);
      expect(storage.verifySignedRequest('output/v.mp4', exp(await at(ms)), /sig=([0-9a-f]+)/.exec(await at(ms))![1], ms)).toBe(true);
    }
  });
});

describe('media checks per request', () => {
  it('stats each file once per request, however many fields ask, and sees a removed file on the next request', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bb-media-'));
    try {
      mkdirSync(join(root, 'output'));
      const keys = Array.from({ length: 20 }, (_, i) => `output/v${i}.mp4`);
      keys.slice(0, 10).forEach((k) => writeFileSync(join(root, k), 'x'));
      const storage = new LocalDiskStorage({ root, secret: 'test-secret-0123456789' });
      const stats: string[] = [];
      const stat = storage.stat.bind(storage);
      storage.stat = (key) => { stats.push(key); return stat(key); };
      const services = { media: new MediaService(storage, 60) };
      const request = { services };
      // videoStatus and videoUrl of each of 20 items, as one collections request resolves them.
      const answers = await Promise.all(keys.map(async (k) => [await requestMedia(request).exists(k), await requestMedia(request).urlIfExists(k)] as const));
      expect(answers.map(([ok]) => ok)).toEqual(keys.map((_, i) => i < 10));
      expect(answers.slice(0, 10).every(([, url]) => /^\/media\/output\/v\d+\.mp4\?exp=\d+&sig=[0-9a-f]{64}$/.test(url!))).toBe(true);
      expect(answers.slice(10).every(([, url]) => url === null)).toBe(true);
      expect(stats.length).toBe(20);

      rmSync(join(root, keys[0]));
      expect(await requestMedia({ services }).exists(keys[0])).toBe(false);
      expect(await requestMedia({ services }).urlIfExists(keys[0])).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('logger', () => {
  it('redacts a logger\'s own fields once, not on every line', () => {
    let reads = 0;
    const lines: string[] = [];
    const log = createLogger('info', { get service() { reads++; return 'api'; } }, (l) => lines.push(l));
    for (let i = 0; i < 5; i++) log.info('line', { i });
    log.debug('not written', { i: 99 });
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => JSON.parse(l).service === 'api')).toBe(true);
    expect(reads).toBe(1);
  });
});

describe('access token checks', () => {
  const SECRET = 'hot-paths-secret-0123456789-0123456789';
  afterEach(() => jest.restoreAllMocks());

  it('remember a verified token but still expire it on time, and never accept a changed one', () => {
    const token = signAccessToken(7, 'dancer', 'session-1', SECRET, 60);
    const first = verifyAccessToken(token, SECRET);
    expect(first).toMatchObject({ ok: true, userId: 7, username: 'dancer', sessionId: 'session-1' });
    expect(verifyAccessToken(token, SECRET)).toBe(first); // remembered
    const [head, body, sig] = token.split('.');
    const flipped = sig.slice(0, -2) + (sig.at(-2) === 'A' ? 'B' : 'A') + sig.at(-1);
    expect(verifyAccessToken(`${head}.${body}.${flipped}`, SECRET)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyAccessToken(token, `${SECRET}-rotated`)).toEqual({ ok: false, reason: 'invalid' });
    const expiresAt = (first as { expiresAt: number }).expiresAt;
    jest.spyOn(Date, 'now').mockReturnValue(expiresAt - 1);
    expect(verifyAccessToken(token, SECRET)).toBe(first);
    jest.spyOn(Date, 'now').mockReturnValue(expiresAt);
    expect(verifyAccessToken(token, SECRET)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyAccessToken(token, SECRET)).toEqual({ ok: false, reason: 'expired' }); // and jsonwebtoken agrees
  });
});
