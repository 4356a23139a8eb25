#!/usr/bin/env node
// npm run bench:api — the api in its own process on a fresh database, loaded from this process:
// throughput and p50/p99 latency of collections(first: 20) (200 saved items) and task(id) with
// autocannon, then the delay from a SQL UPDATE to graphql-ws delivery at 1, 100 and 1000 subscribers.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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
const dbName = `bb_bench_${Date.now()}`;
const dbUrl = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();
const port = 4099;
const base = `http://127.0.0.1:${port}`;

const adminClient = new pg.Client({ connectionString: admin });
await adminClient.connect();
await adminClient.query(`CREATE DATABASE "${dbName}"`);

const api = spawn(process.execPath, [join(root, 'api', 'dist', 'main.js')], {
  env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', JOB_RUNNER: 'none',
    JWT_SECRET: 'bench-secret-0123456789-0123456789-0123456789', DATA_DIR: mkdtempSync(join(tmpdir(), 'bb-bench-')), PASSWORD_HASH_ITERATIONS: '1000' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stopAll = async () => { api.kill('SIGTERM'); await new Promise((r) => api.once('exit', r)); await adminClient.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`); await adminClient.end(); };

async function gql(query, variables, token) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return res.json();
}

for (let i = 0; ; i++) {
  try { if ((await fetch(`${base}/readyz`)).ok) break; } catch {}
  if (i > 100) throw new Error('api did not start');
  await new Promise((r) => setTimeout(r, 200));
}

const reg = await gql(`mutation { register(username: "benchdancer", email: "bench@example.com", password: "Bachata-Steps-2026") { accessToken user { id } } }`);
const token = reg.data.register.accessToken;
const userId = reg.data.register.user.id;
const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const song = (await db.query(`INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Bench', '', 180, 128, 'songs/b.mp3', now(), now()) RETURNING id`)).rows[0].id;
let taskId;
for (let i = 0; i < 200; i++) {
  const id = randomUUID();
  taskId ??= id;
  await db.query(`INSERT INTO choreography_tasks (task_id, status, progress, stage, message, result, created_at, updated_at, user_id, song_id) VALUES ($1, 'completed', 100, 'done', 'ready', $2, now(), now(), $3, $4)`,
    [id, { video: `output/bench/${i}.mp4`, duration: 180, plan: { timeline: [] } }, userId, song]);
  await db.query(`INSERT INTO saved_choreographies (id, title, video_path, difficulty, duration, created_at, user_id, task_id) VALUES ($1, $2, $3, 'beginner', 180, now() - ($4 || ' minutes')::interval, $5, $6)`,
    [randomUUID(), `Saved ${i}`, `output/bench/${i}.mp4`, String(i), userId, id]);
}

async function load(title, query, variables) {
  const body = JSON.stringify({ query, variables });
  const result = await autocannon({ url: `${base}/graphql`, method: 'POST', connections: 20, duration: 10, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const fixed = await autocannon({ url: `${base}/graphql`, method: 'POST', connections: 20, duration: 10, overallRate: 500, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return { title, maxRps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, at500: { rps: Math.round(fixed.requests.average), p50: fixed.latency.p50, p99: fixed.latency.p99 }, errors: result.errors + result.non2xx };
}

const rows = [];
rows.push(await load('collections(first: 20), 200 saved', `{ collections(first: 20) { totalCount edges { node { id title difficulty duration createdAt } } pageInfo { hasNextPage endCursor } } }`));
rows.push(await load('task(id)', `query($id: ID!) { task(id: $id) { id status progress stage message } }`, { id: taskId }));

async function delivery(subscribers, rounds = 20) {
  const clients = [];
  const received = new Map();
  let resolveRound;
  for (let i = 0; i < subscribers; i++) {
    const c = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    clients.push(c);
    c.subscribe({ query: `subscription($id: ID!) { taskUpdated(taskId: $id) { progress } }`, variables: { id: taskId } }, {
      next: (v) => { const p = v.data?.taskUpdated?.progress; const set = received.get(p); if (set) { set.push(performance.now()); if (set.length === subscribers) resolveRound?.(); } },
      error: (e) => console.error('subscription error', e), complete: () => undefined,
    });
  }
  await new Promise((r) => setTimeout(r, 1000 + subscribers * 3));
  const delays = [];
  for (let round = 0; round < rounds; round++) {
    const progress = 1000 + round;
    received.set(progress, []);
    const done = new Promise((r) => { resolveRound = r; setTimeout(r, 5000); });
    const t0 = performance.now();
    await db.query(`UPDATE choreography_tasks SET progress = $1, updated_at = now() WHERE task_id = $2`, [progress, taskId]);
    await done;
    for (const t of received.get(progress)) delays.push(t - t0);
  }
  for (const c of clients) await c.dispose();
  delays.sort((a, b) => a - b);
  const q = (p) => delays[Math.min(delays.length - 1, Math.floor(p * delays.length))];
  return { subscribers, deliveries: delays.length, expected: subscribers * rounds, p50: q(0.5), p99: q(0.99) };
}
const deliveries = [];
for (const n of [1, 100, 1000]) deliveries.push(await delivery(n));

await db.end();
await stopAll();

const lines = [
  `### API (\`npm run bench:api\`, ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${(await import('node:os')).cpus().length} cores, node ${process.version})`,
  '',
  'Load from a separate process (autocannon, 20 connections, 10 s), api in production mode on PostgreSQL 127.0.0.1.',
  '',
  '| query | max throughput (req/s) | p50 (ms) | p99 (ms) | at 500 req/s: p50 / p99 (ms) | errors |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.title} | ${r.maxRps} | ${r.p50} | ${r.p99} | ${r.at500.p50} / ${r.at500.p99} (${r.at500.rps} req/s achieved) | ${r.errors} |`),
  '',
  'Delay from a plain SQL `UPDATE` of a task row to its arrival at graphql-ws subscribers (20 updates each):',
  '',
  '| subscribers | delivered / expected | p50 (ms) | p99 (ms) |',
  '|---|---|---|---|',
  ...deliveries.map((d) => `| ${d.subscribers} | ${d.deliveries} / ${d.expected} | ${d.p50.toFixed(1)} | ${d.p99.toFixed(1)} |`),
  '',
];
console.log(lines.join('\n'));
writeBenchmarkSection('API', lines);
