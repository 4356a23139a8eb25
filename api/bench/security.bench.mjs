#!/usr/bin/env node
// npm run bench:security — the api in its own process (production mode) on a fresh database:
// (1) hostile documents (the fragment-spread bomb, alias and token floods) over HTTP and graphql-ws,
//     and /healthz latency while they are answered;
// (2) the cost of the per-request account/session check: an authenticated query with the in-process
//     cache (SESSION_CHECK_CACHE_MS=5000) and without it (0: one indexed lookup per request).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import benchmarksDoc from '../../scripts/benchmarks-doc.cjs';

const { writeBenchmarkSection } = benchmarksDoc;
const root = resolve(import.meta.dirname, '..', '..');
const admin = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `bb_bench_sec_${Date.now()}`;
const dbUrl = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();
const port = 4098;
const base = `http://127.0.0.1:${port}`;
const adminClient = new pg.Client({ connectionString: admin });
await adminClient.connect();
await adminClient.query(`CREATE DATABASE "${dbName}"`);
const dataDir = mkdtempSync(join(tmpdir(), 'bb-bench-sec-'));

async function startApi(env, port) {
  const base = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [join(root, 'api', 'dist', 'main.js')], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', JOB_RUNNER: 'none',
      JWT_SECRET: 'bench-secret-0123456789-0123456789-0123456789', DATA_DIR: dataDir, PASSWORD_HASH_ITERATIONS: '1000', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/readyz`)).ok) break; } catch { /* not listening yet */ }
    if (i > 150) throw new Error('api did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return async () => { api.kill('SIGTERM'); await new Promise((r) => api.once('exit', r)); };
}

const post = (query, variables, token, at = base) => fetch(`${at}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }),
});
const quantile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
function bomb(n) {
  let q = 'query{...F0}';
  for (let i = 0; i < n; i++) q += ` fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`;
  return `${q} fragment F${n} on Query{__typename}`;
}

let stop = await startApi({}, port);
const reg = await (await post(`mutation { register(username: "benchguard", email: "guard@example.com", password: "Bachata-Steps-2026") { accessToken } }`)).json();
const token = reg.data.register.accessToken;

// (1) hostile documents
const hostile = [
  ['fragment bomb, 20 levels', bomb(20)],
  ['fragment bomb, 40 levels', bomb(40)],
  ['fragment bomb, 200 levels (over the token limit: refused while parsing)', bomb(200)],
  ['5,000 `__typename` aliases', `{ ${Array.from({ length: 5000 }, (_, i) => `t${i}: __typename`).join(' ')} }`],
  ['50,000 tokens', `{ ${'__typename '.repeat(50_000)} }`],
];
const ws = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
const overWs = (query) => new Promise((resolveOp) => {
  const t0 = performance.now();
  ws.subscribe({ query }, { next: () => undefined, error: () => resolveOp(performance.now() - t0), complete: () => resolveOp(performance.now() - t0) });
});
const hostileRows = [];
for (const [title, query] of hostile) {
  const http = [], socket = [], health = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const answer = post(query).then(async (r) => { await r.text(); return performance.now() - t0; });
    const h0 = performance.now();
    await (await fetch(`${base}/healthz`)).text();
    health.push(performance.now() - h0);
    http.push(await answer);
    socket.push(await overWs(query));
  }
  hostileRows.push({ title, bytes: query.length, http: quantile(http, 0.5), httpMax: Math.max(...http), ws: quantile(socket, 0.5), health: quantile(health, 0.5), healthMax: Math.max(...health) });
}
await ws.dispose();

// (2) session check cost: two apis side by side (cached, uncached), requests alternating between them
// so both see the same machine load.
const uncachedPort = port + 1;
const stopUncached = await startApi({ SESSION_CHECK_CACHE_MS: '0' }, uncachedPort);
const cached = [], uncached = [];
async function once(at, into) {
  const t0 = performance.now();
  const body = await (await post('{ tasks { totalCount } }', undefined, token, at)).json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  into?.push(performance.now() - t0);
}
for (let i = 0; i < 50; i++) { await once(base); await once(`http://127.0.0.1:${uncachedPort}`); }
for (let i = 0; i < 1000; i++) { await once(base, cached); await once(`http://127.0.0.1:${uncachedPort}`, uncached); }
await stop();
await stopUncached();
const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const lookup = [];
const { rows: [who] } = await db.query(`SELECT user_id, family_id FROM refresh_tokens LIMIT 1`);
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  await db.query(`SELECT u.is_active AND NOT EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL) AS live FROM users u WHERE u.id = $1`, [who.user_id, who.family_id]);
  lookup.push(performance.now() - t0);
}
await db.end();
await adminClient.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
await adminClient.end();

const ms = (x) => x.toFixed(1);
const load = (await import('node:os')).loadavg()[0].toFixed(1);
const lines = [
  `### Security (\`npm run bench:security\`, ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${(await import('node:os')).cpus().length} cores, node ${process.version})`,
  '',
  `Load average when it finished: ${load} (the machine is shared; on a busy one, differences of a few ms are noise).`,
  '',
  'Hostile documents, each sent 10 times over HTTP (with a `/healthz` request fired while it is answered) and over graphql-ws; api in production mode:',
  '',
  '| document | bytes | HTTP answer p50 / max (ms) | graphql-ws answer p50 (ms) | /healthz meanwhile p50 / max (ms) |',
  '|---|---|---|---|---|',
  ...hostileRows.map((r) => `| ${r.title} | ${r.bytes} | ${ms(r.http)} / ${ms(r.httpMax)} | ${ms(r.ws)} | ${ms(r.health)} / ${ms(r.healthMax)} |`),
  '',
  'Cost of checking the account and session on every request (`{ tasks { totalCount } }`, 1,000 sequential requests to each of two apis side by side, alternating):',
  '',
  '| session check | p50 (ms) | p99 (ms) |',
  '|---|---|---|',
  `| cached in-process (SESSION_CHECK_CACHE_MS=5000, default) | ${ms(quantile(cached, 0.5))} | ${ms(quantile(cached, 0.99))} |`,
  `| uncached (SESSION_CHECK_CACHE_MS=0: one lookup per request) | ${ms(quantile(uncached, 0.5))} | ${ms(quantile(uncached, 0.99))} |`,
  `| the lookup alone, from a pg client | ${ms(quantile(lookup, 0.5))} | ${ms(quantile(lookup, 0.99))} |`,
  '',
];
console.log(lines.join('\n'));
writeBenchmarkSection('Security', lines);
