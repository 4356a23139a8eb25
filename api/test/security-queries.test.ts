/**
 * Hostile GraphQL documents against the real server, over HTTP and over a real graphql-ws socket:
 * graphql-armor's limits, the token limit, production's introspection and error masking.
 */
import { registerUser, startTestApp, type TestApp } from './support/test-app';
import { operation, until, wsClient } from './support/ws-client';

jest.setTimeout(60_000);

let t: TestApp;
let prod: TestApp;
const sockets: Array<{ dispose(): void | Promise<void> }> = [];
beforeAll(async () => {
  t = await startTestApp();
  prod = await startTestApp({ env: { NODE_ENV: 'production' } });
});
afterEach(async () => { while (sockets.length) await sockets.pop()!.dispose(); });
afterAll(async () => { await t?.close(); await prod?.close(); });

/** query{...F0} fragment F0 on Query{...F1 ...F1} … fragment Fn on Query{__typename}: 2^n spreads when walked naively. */
function fragmentBomb(n: number): string {
  let q = 'query{...F0}';
  for (let i = 0; i < n; i++) q += ` fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`;
  return `${q} fragment F${n} on Query{__typename}`;
}

const SONG_FIELDS = 'edges { node { id title artist bpm audioUrl } }';

/** Runs `body` while the songs table of the app's own database has lost its title column. */
async function withBrokenSongs(app: TestApp, body: () => Promise<void>): Promise<void> {
  await app.app.services.pool.query('ALTER TABLE songs RENAME COLUMN title TO title_gone');
  try {
    await body();
  } finally {
    await app.app.services.pool.query('ALTER TABLE songs RENAME COLUMN title_gone TO title');
  }
}

describe('query limits (graphql-armor) over HTTP', () => {
  it('answers the fragment-spread bomb with an error while /healthz keeps answering', async () => {
    const bomb = fragmentBomb(24);
    expect(bomb.length).toBeLessThan(1100);
    const started = Date.now();
    const bombed = fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: bomb }) });
    // Generous bound: the old hand-written rule walked 2^24 spreads and froze the process far longer.
    const health = await fetch(`${t.url}/healthz`, { signal: AbortSignal.timeout(5000) });
    expect(health.status).toBe(200);
    const res = await bombed;
    expect(res.status).toBe(400);
    const body = await res.json() as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/Cost limit of 2000 exceeded/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('counts __typename aliases against the alias limit', async () => {
    const q = `{ ${Array.from({ length: 50 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const r = await t.gql(q);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/Aliases limit of 30 exceeded, found 50/);
  });

  it('counts lists whose `first` is omitted at the default page size', async () => {
    const u = await registerUser(t);
    // 13 lists × (their fields × 20 rows) > 2000; counted once each, they would pass.
    const q = `{ ${Array.from({ length: 13 }, (_, i) => `s${i}: songs { ${SONG_FIELDS} }`).join(' ')} }`;
    const r = await t.gql(q, {}, u.accessToken);
    expect(r.errors![0].message).toMatch(/Cost limit of 2000 exceeded/);
    const few = `{ ${Array.from({ length: 2 }, (_, i) => `s${i}: songs { ${SONG_FIELDS} }`).join(' ')} }`;
    expect((await t.gql(few, {}, u.accessToken)).errors).toBeUndefined();
  });

  it('counts lists whose `first` is a variable at the value sent', async () => {
    const u = await registerUser(t);
    const q = `query($n: Int) { ${Array.from({ length: 3 }, (_, i) => `s${i}: songs(first: $n) { ${SONG_FIELDS} }`).join(' ')} }`;
    const r = await t.gql(q, { n: 100 }, u.accessToken);
    expect(r.status).toBe(400);
    expect(r.errors![0]).toMatchObject({ message: expect.stringMatching(/Cost limit of 2000 exceeded/), extensions: { code: 'BAD_USER_INPUT' } });
    // The same document with a small page, or with none (the default page size), is fine.
    expect((await t.gql(q, { n: 5 }, u.accessToken)).errors).toBeUndefined();
    expect((await t.gql(q, {}, u.accessToken)).errors).toBeUndefined();
    // A default on the variable is what the list uses when the caller sends none.
    const withDefault = `query($n: Int = 100) { ${Array.from({ length: 3 }, (_, i) => `s${i}: songs(first: $n) { ${SONG_FIELDS} }`).join(' ')} }`;
    expect((await t.gql(withDefault, {}, u.accessToken)).errors![0].message).toMatch(/Cost limit of 2000 exceeded/);
  });

  it('stops parsing at the token limit and bounds directives', async () => {
    const long = `{ ${'__typename '.repeat(2500)} }`;
    const r = await t.gql(long);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/The query is too long: more than 1000 tokens/);
    const directives = `{ __typename ${'@include(if: true) '.repeat(60)} }`;
    expect((await t.gql(directives)).errors![0].message).toMatch(/Directives limit of 50 exceeded/);
  });

  it('lets every operation the PWA sends through with the default limits (with the __typename Apollo Client adds)', async () => {
    const { validate } = await import('graphql');
    const { addTypenameToDocument } = await import('@apollo/client/utilities');
    const ops = await import('../../pwa/src/graphql/generated/graphql');
    const { getSchema } = await import('../src/graphql/schema');
    const { queryLimitRules } = await import('../src/graphql/limits');
    const schema = await getSchema();
    const rules = queryLimitRules(t.config.graphql, { introspection: false });
    const documents = Object.entries(ops).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(10);
    for (const [name, doc] of documents) {
      const sent = addTypenameToDocument(doc as never);
      expect([name, validate(schema, sent, rules).map((e) => e.message)]).toEqual([name, []]);
    }
  });
});

describe('production rules on every transport', () => {
  it('HTTP: no introspection, no "Did you mean", internal errors without SQL', async () => {
    const intro = await prod.gql('{ __schema { types { name } } }');
    expect(intro.errors![0].message).toMatch(/introspection/i);
    expect(intro.errors).toHaveLength(1);
    // Outside production it stays on (GraphiQL needs it).
    expect((await t.gql('{ __schema { queryType { name } } }')).errors).toBeUndefined();
    const typo = await prod.gql('{ son { id } }');
    expect(typo.errors![0].message).toMatch(/Cannot query field "son"/);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    const u = await registerUser(prod);
    // A NUL character (PostgreSQL cannot store one) is the caller's mistake, in a literal or a variable.
    for (const [query, variables] of [['{ songs(search: "\\u0000") { totalCount } }', {}], ['query($q: String) { songs(search: $q) { totalCount } }', { q: 'a\u0000b' }]] as const) {
      const res = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${u.accessToken}` }, body: JSON.stringify({ query, variables }) });
      expect(res.status).toBe(400);
      const body = await res.json() as any;
      expect(body.errors[0]).toMatchObject({ message: 'Text must not contain the NUL character (\\u0000).', extensions: { code: 'BAD_USER_INPUT' } });
    }
    // A real failure on our side (the table lost a column under the running server) reads as ours, without SQL.
    await withBrokenSongs(prod, async () => {
      const broken = await prod.gql('{ songs { totalCount } }', {}, u.accessToken);
      expect(broken.errors![0]).toEqual({ message: 'Something went wrong on our side. Please try again.', locations: expect.anything(), path: ['songs'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(broken.errors)).not.toMatch(/select |title|owner_id|\/work\//i);
    });
  });

  it('graphql-ws: the same limits, no introspection, no suggestions and masked internal errors', async () => {
    const u = await registerUser(prod);
    const ws = wsClient(prod.url, u.accessToken);
    sockets.push(ws.client);
    await ws.connected;

    const intro = operation(ws.client, '{ __schema { types { name } } }');
    await until(() => intro.done, 10_000, 'introspection answer');
    expect(intro.errors[0].message).toMatch(/introspection/i);
    expect(intro.results.some((r) => r.data?.__schema)).toBe(false);

    const typo = operation(ws.client, 'subscription { myTaskUpdate { id } }');
    await until(() => typo.done, 10_000, 'typo answer');
    expect(typo.errors[0].message).toMatch(/Cannot query field "myTaskUpdate"/);
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);

    const bomb = operation(ws.client, fragmentBomb(24));
    await until(() => bomb.done, 10_000, 'bomb answer');
    expect(bomb.errors[0].message).toMatch(/Cost limit of 2000 exceeded/);
    expect((await fetch(`${prod.url}/healthz`, { signal: AbortSignal.timeout(5000) })).status).toBe(200);

    const aliases = operation(ws.client, `{ ${Array.from({ length: 50 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    await until(() => aliases.done, 10_000, 'aliases answer');
    expect(aliases.errors[0].message).toMatch(/Aliases limit/);

    const tokens = operation(ws.client, `{ ${'__typename '.repeat(2500)} }`);
    await until(() => tokens.done, 10_000, 'tokens answer');
    expect(tokens.errors[0].message).toMatch(/The query is too long: more than 1000 tokens/);

    const bigPage = operation(ws.client, `query($n: Int) { ${Array.from({ length: 3 }, (_, i) => `s${i}: songs(first: $n) { ${SONG_FIELDS} }`).join(' ')} }`, { n: 100 });
    await until(() => bigPage.done, 10_000, 'variable page answer');
    expect(bigPage.errors[0]).toMatchObject({ message: expect.stringMatching(/Cost limit of 2000 exceeded/), extensions: { code: 'BAD_USER_INPUT' } });

    const badVariable = operation(ws.client, 'query($n: Int) { songs(first: $n) { totalCount } }', { n: 'ten' });
    await until(() => badVariable.done, 10_000, 'bad variable answer');
    expect(badVariable.errors[0]).toMatchObject({ message: expect.stringContaining('$n'), extensions: { code: 'BAD_USER_INPUT' } });

    for (const [query, variables] of [['{ songs(search: "\\u0000") { totalCount } }', undefined], ['query($q: String) { songs(search: $q) { totalCount } }', { q: 'a\u0000b' }]] as const) {
      const nul = operation(ws.client, query, variables);
      await until(() => nul.done, 10_000, 'NUL answer');
      expect(nul.errors[0]).toMatchObject({ message: 'Text must not contain the NUL character (\\u0000).', extensions: { code: 'BAD_USER_INPUT' } });
    }

    await withBrokenSongs(prod, async () => {
      const broken = operation(ws.client, '{ songs { totalCount } }');
      await until(() => broken.done, 10_000, 'internal error answer');
      expect(broken.errors[0].message).toBe('Something went wrong on our side. Please try again.');
      expect(JSON.stringify(broken.errors)).not.toMatch(/select |title|owner_id|\/work\//i);
      expect(broken.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    });
  });
});
