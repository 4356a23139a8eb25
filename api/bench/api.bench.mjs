#!/usr/bin/env node
// npm run bench:api — the api in its own process on a fresh database, loaded from this process:
// throughput and p50/p99 latency of collections(first: 20) (200 saved items) and task(id) at max load
// with autocannon and at 500 req/s open loop (open-loop.mjs, beside its floor: a trivial endpoint),
// then the delay from a SQL UPDATE to graphql-ws delivery at 1, 100 and 1000 subscribers.
// Beside each number, in the same run and alternating with ours, the ceiling (bare-ceiling.mjs: bare
// Apollo Server 5 + pg, bare ws broadcast); ours is reported as a ratio of it, medians of rounds.
//   BENCH_ROUNDS (3), BENCH_SECONDS (5): rounds and seconds per load run.
//   BENCH_ONLY (http,memory,delivery): which parts to run (all by default; the docs section is
//   written only by a full run).
//   BENCH_PROFILE=1: instead, run each request kind once under `node --cpu-prof` and write the
//   self-time summary (per request kind) to the "API profile" section of docs/benchmarks.md.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import benchmarksDoc from '../../scripts/benchmarks-doc.cjs';
import { summarise } from './cpuprofile-summary.mjs';
import { openLoop } from './open-loop.mjs';

const { writeBenchmarkSection } = benchmarksDoc;

const root = resolve(import.meta.dirname, '..', '..');
const admin = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `bb_bench_${Date.now()}`;
const dbUrl = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();
const port = 4099;
const barePort = 4098;
const trivialPort = 4097;
const base = `http://127.0.0.1:${port}`;
const bareBase = `http://127.0.0.1:${barePort}`;
const trivialBase = `http://127.0.0.1:${trivialPort}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PROFILE = process.env.BENCH_PROFILE === '1';
/** BENCH_PROFILE_ONLY=task: profile only the phases whose title starts with it */
const PROFILE_ONLY = process.env.BENCH_PROFILE_ONLY ?? '';
const ONLY = new Set((process.env.BENCH_ONLY ?? 'http,memory,delivery').split(',').map((s) => s.trim()));
/** BENCH_SUBSCRIBERS (1,100,1000): the subscriber counts of the delivery runs */
const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '1,100,1000').split(',').map(Number);
const FULL = ['http', 'memory', 'delivery'].every((p) => ONLY.has(p));
const loadBefore = loadavg()[0];
/**
 * BENCH_WAIT_IDLE (0 = off), e.g. 0.7: before each measured run wait (up to BENCH_WAIT_SECONDS, 90)
 * until the machine's CPUs were at least that idle over the last second, since the machine is shared.
 */
const WAIT_IDLE = Number(process.env.BENCH_WAIT_IDLE ?? 0);
const WAIT_SECONDS = Number(process.env.BENCH_WAIT_SECONDS ?? 90);
const cpuTimes = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
async function idleFraction(ms = 1000) {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const b = cpuTimes();
  const d = b.map((x, i) => x - a[i]);
  const total = d.reduce((x, y) => x + y, 0);
  return total ? (d[3] + (d[4] ?? 0)) / total : 1; // idle + iowait
}
const idleSeen = [];
async function waitQuiet() {
  if (!WAIT_IDLE) return;
  const until = Date.now() + WAIT_SECONDS * 1000;
  let idle = await idleFraction();
  while (idle < WAIT_IDLE && Date.now() < until) idle = await idleFraction();
  idleSeen.push(idle);
}

const adminClient = new pg.Client({ connectionString: admin });
await adminClient.connect();
await adminClient.query(`CREATE DATABASE "${dbName}"`);
const dataDir = mkdtempSync(join(tmpdir(), 'bb-bench-'));

let api = null;
/**
 * BENCH_LOG_LEVEL (warn): the api's LOG_LEVEL. Cloud Run runs `info`, one JSON line per request; at any
 * level but warn the api's stdout goes to a file (as a log collector would read it), whose line count is
 * printed at the end. Such a run does not rewrite the API section of docs/benchmarks.md (its numbers are
 * Cloud Run's logging cost, not the api's speed).
 */
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'warn';
const logFile = join(dataDir, 'api-stdout.log');
async function spawnApi(main, onPort, flags = []) {
  const out = LOG_LEVEL === 'warn' ? 'inherit' : openSync(logFile, 'a');
  const child = spawn(process.execPath, [...flags, main], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: dbUrl, PORT: String(onPort), HOST: '127.0.0.1', LOG_LEVEL, JOB_RUNNER: 'none',
      JWT_SECRET: 'bench-secret-0123456789-0123456789-0123456789', DATA_DIR: dataDir, PASSWORD_HASH_ITERATIONS: '1000' },
    stdio: ['ignore', out, 'inherit'],
  });
  if (typeof out === 'number') closeSync(out); // the child has its own copy of the descriptor
  for (let i = 0; ; i++) {
    try { if ((await fetch(`http://127.0.0.1:${onPort}/readyz`)).ok) break; } catch { /* not listening yet */ }
    if (i > 100) throw new Error(`api ${main} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return child;
}
/**
 * Our api runs with the node flags `npm start` gives it (the image, compose and Cloud Run start it alike);
 * BENCH_API_FLAGS adds more, e.g. `--trace-gc` (split on spaces; a later flag wins).
 */
const START_FLAGS = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start.split(' ').filter((w) => w.startsWith('--'));
const API_FLAGS = [...START_FLAGS, ...(process.env.BENCH_API_FLAGS ?? '').split(' ').filter(Boolean)];
async function startApi(profileDir) {
  api = await spawnApi(join(root, 'api', 'dist', 'main.js'), port, [...API_FLAGS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])]);
}
async function stopApi() {
  const p = api;
  api = null;
  if (!p || p.exitCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGTERM');
  await exited;
}
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function gql(query, variables, token) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return res.json();
}

await startApi(null);
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

const bare = spawn(process.execPath, [join(import.meta.dirname, 'bare-ceiling.mjs')], {
  env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(barePort), TRIVIAL_PORT: String(trivialPort), BENCH_USER_ID: String(userId) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
await new Promise((r, j) => { bare.once('message', r); bare.once('exit', () => j(new Error('bare ceiling server did not start'))); });

/**
 * BENCH_BASELINE_MAIN: the main.js of an earlier build (e.g. the commit before a change, built in a
 * directory of its own), run beside ours on the same database and measured alternately in the same
 * rounds, so a change is judged against its own before on the same machine at the same time.
 */
const BASELINE_MAIN = process.env.BENCH_BASELINE_MAIN ?? '';
const baselinePort = 4096;
const baselineBase = `http://127.0.0.1:${baselinePort}`;
const baselineApi = BASELINE_MAIN && !PROFILE ? await spawnApi(resolve(BASELINE_MAIN), baselinePort) : null;

const stopAll = async () => {
  if (baselineApi && baselineApi.exitCode === null) { const exited = new Promise((r) => baselineApi.once('exit', r)); baselineApi.kill('SIGTERM'); await exited; }
  await stopApi();
  bare.kill('SIGTERM');
  await new Promise((r) => bare.once('exit', r));
  await adminClient.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await adminClient.end();
};

const KINDS = [
  { title: 'collections(first: 20), 200 saved', query: `{ collections(first: 20) { totalCount edges { node { id title difficulty duration createdAt } } pageInfo { hasNextPage endCursor } } }` },
  { title: 'task(id)', query: `query($id: ID!) { task(id: $id) { id status progress stage message } }`, variables: { id: taskId } },
];

/** CPU time (user + system, ms) a process has used: what a request costs it, whatever else runs on the machine. */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 100 Hz ticks
};
const pidFor = (url) => (url === base ? api.pid : url === bareBase || url === trivialBase ? bare.pid : baselineApi.pid);

/** BENCH_OLD_RATE=1: each fixed-rate run of ours and the ceiling is also run with autocannon's overallRate, as before open-loop.mjs */
const OLD_RATE = process.env.BENCH_OLD_RATE === '1';
async function load(url, kind, overallRate, { autocannonRate = false } = {}) {
  const body = JSON.stringify({ query: kind.query, variables: kind.variables });
  await waitQuiet();
  const pid = pidFor(url);
  const cpu0 = cpuMs(pid);
  if (overallRate && !autocannonRate) {
    // A fixed rate: open loop, latency from when each request was due (open-loop.mjs says why not autocannon).
    const r = await openLoop({ url: `${url}/graphql`, rate: overallRate, seconds: SECONDS, connections: 20, headers: { authorization: `Bearer ${token}` }, body });
    const out = { ...r, cpu: (1000 * (cpuMs(pid) - cpu0)) / r.total };
    console.error(`${url === base ? 'ours' : url === bareBase ? 'ceiling' : url === trivialBase ? 'floor' : 'previous'} ${kind.title} at ${overallRate}/s:`, JSON.stringify(out, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
    return out;
  }
  const r = await autocannon({ url: `${url}/graphql`, method: 'POST', connections: 20, duration: SECONDS, ...(overallRate ? { overallRate } : {}),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const cpuPerRequest = (1000 * (cpuMs(pid) - cpu0)) / Math.max(1, r.requests.total);
  console.error(`${url === base ? 'ours' : url === bareBase ? 'ceiling' : 'previous'} ${kind.title} ${overallRate ? `at ${overallRate}/s (autocannon)` : 'max'}: ${r.requests.average} req/s, p50 ${r.latency.p50} p99 ${r.latency.p99} ms, ${Math.round(cpuPerRequest)} µs CPU/request`);
  return { rps: r.requests.average, total: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts, cpu: cpuPerRequest };
}

/** Delivery delays from one SQL UPDATE to every subscriber; `connect` opens one subscriber. */
let progressBase = 1000;
async function deliveries(subscribers, connect, rounds = 20) {
  const received = new Map();
  let resolveRound;
  let first = 0;
  let resolveReady;
  const ready = new Promise((r) => { resolveReady = r; });
  // Each run writes progress values of its own, so a late first event of one run never counts in another.
  const base = (progressBase += 100);
  const onProgress = (p, initial) => {
    if (initial) { if (++first === subscribers) resolveReady(); return; }
    const set = received.get(p);
    if (set) { set.push(performance.now()); if (set.length === subscribers) resolveRound?.(); }
  };
  const closers = [];
  for (let i = 0; i < subscribers; i++) closers.push(await connect(onProgress));
  // Measured from when every subscriber is in place (graphql-ws subscribers have had their first event).
  await Promise.race([ready, new Promise((r) => setTimeout(r, 60_000))]);
  await new Promise((r) => setTimeout(r, 500));
  await waitQuiet();
  const delays = [];
  const from = process.hrtime.bigint() / 1000n;
  for (let round = 0; round < rounds; round++) {
    const progress = base + round;
    received.set(progress, []);
    const done = new Promise((r) => { resolveRound = r; setTimeout(r, 5000); });
    const t0 = performance.now();
    await db.query(`UPDATE choreography_tasks SET progress = $1, updated_at = now() WHERE task_id = $2`, [progress, taskId]);
    await done;
    for (const t of received.get(progress)) delays.push(t - t0);
    received.delete(progress);
  }
  const to = process.hrtime.bigint() / 1000n;
  for (const close of closers) await close();
  delays.sort((a, b) => a - b);
  const q = (p) => delays[Math.min(delays.length - 1, Math.floor(p * delays.length))] ?? NaN;
  return { subscribers, delivered: delays.length, expected: subscribers * rounds, p50: q(0.5), p99: q(0.99), window: { from, to } };
}
/** One graphql-ws client with one taskUpdated subscription; the same client for ours and the ceiling. */
const graphqlWsClient = (url) => async (onProgress) => {
  let initial = true;
  const c = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  c.subscribe({ query: `subscription($id: ID!) { taskUpdated(taskId: $id) { progress } }`, variables: { id: taskId } }, {
    next: (v) => { onProgress(v.data?.taskUpdated?.progress, initial); initial = false; }, error: (e) => console.error('subscription error', e?.code ?? e?.message ?? e, e?.reason ?? ''), complete: () => undefined,
  });
  return () => c.dispose();
};
const graphqlWsSubscriber = graphqlWsClient(`ws://127.0.0.1:${port}/graphql`);
const bareSubscriber = graphqlWsClient(`ws://127.0.0.1:${barePort}/ws`);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const date = new Date().toISOString().slice(0, 10);
const machine = `${process.platform} ${cpus().length} cores, node ${process.version}`;

if (PROFILE) {
  await stopApi();
  const sections = [];
  const phase = async (title, run) => {
    if (!title.startsWith(PROFILE_ONLY)) return;
    const dir = mkdtempSync(join(tmpdir(), 'bb-prof-'));
    await startApi(dir);
    await run(); // warm-up outside the profiled window
    const from = process.hrtime.bigint() / 1000n;
    const measured = await run();
    const to = process.hrtime.bigint() / 1000n;
    await stopApi();
    const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
    // A phase returns the requests it served, or { requests, window } to profile only part of it.
    const { requests, window } = typeof measured === 'number' ? { requests: measured, window: { from, to } } : measured;
    console.error(`profile of ${title}: ${file} (window ${window.from}..${window.to} µs, ${requests} requests)`);
    sections.push(`#### ${title}`, '', ...summarise(file, requests, window).lines);
  };
  for (const kind of KINDS) await phase(`${kind.title} (max load, ${SECONDS} s)`, async () => (await load(base, kind)).total);
  // Only the updates are profiled: connecting and subscribing 1000 clients happens before the window.
  await phase('taskUpdated delivery to 1000 graphql-ws subscribers (20 updates; subscribing excluded)', async () => {
    const d = await deliveries(1000, graphqlWsSubscriber);
    return { requests: d.delivered, window: d.window };
  });
  const lines = [
    `### API profile (\`BENCH_PROFILE=1 npm run bench:api\`, ${date}, ${machine}, load average ${loadBefore.toFixed(1)} at start)`,
    '',
    'Self time on the api process under `node --cpu-prof` (warm-up excluded), by area and by function,',
    'per request kind; µs / request = self time divided by the requests (or deliveries) served. The machine is shared: a gap',
    'between two samples longer than twice the sampling interval (the thread was descheduled) counts as two intervals, and the',
    'rest is reported as time off the CPU, so the tables say what the api itself spends. The delivery profile covers only the',
    '20 updates (connecting and subscribing the 1000 clients happens before its window).',
    '',
    ...sections,
  ];
  console.log(lines.join('\n'));
  if (!PROFILE_ONLY) writeBenchmarkSection('API profile', lines);
  await db.end();
  await stopAll();
  process.exit(0);
}

/**
 * Memory as the aim states it: RSS when idle after a warm-up, then RSS after 60 s of collections at
 * 500 requests/s; the bound is idle × 1.2 + 50 MB.
 */
let memory = null;
if (ONLY.has('memory')) {
  const collections = KINDS[0];
  await load(base, collections, 500); // warm-up: JIT, pools, caches
  await new Promise((r) => setTimeout(r, 2000));
  const idle = rssMb(api.pid);
  await waitQuiet();
  const r = await openLoop({ url: `${base}/graphql`, rate: 500, seconds: 60, connections: 20, headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ query: collections.query }) });
  const loaded = rssMb(api.pid);
  memory = { idle, loaded, bound: idle * 1.2 + 50, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors };
  console.error('memory', memory);
}

const rounds = KINDS.map(() => []);
const floors = [];
const idleRss = rssMb(api.pid);
for (let r = 0; r < (ONLY.has('http') ? ROUNDS : 0); r++) {
  // The floor of the fixed-rate runs: the same generator against a trivial node:http endpoint.
  floors.push(await load(trivialBase, { title: 'trivial endpoint', query: '{ ok }' }, 500));
  for (const [i, kind] of KINDS.entries()) {
    const bareMax = await load(bareBase, kind);
    const oursMax = await load(base, kind);
    const bare500 = await load(bareBase, kind, 500);
    const ours500 = await load(base, kind, 500);
    const old = OLD_RATE ? { bare: await load(bareBase, kind, 500, { autocannonRate: true }), ours: await load(base, kind, 500, { autocannonRate: true }) } : null;
    const prevMax = baselineApi ? await load(baselineBase, kind) : null;
    const prev500 = baselineApi ? await load(baselineBase, kind, 500) : null;
    rounds[i].push({ bareMax, oursMax, bare500, ours500, old, prevMax, prev500 });
  }
}
const loadedRss = rssMb(api.pid);
const rows = !ONLY.has('http') ? [] : KINDS.map((kind, i) => {
  const rs = rounds[i];
  const m = (f) => median(rs.map(f));
  return { title: kind.title, ours: m((x) => x.oursMax.rps), bare: m((x) => x.bareMax.rps), ratio: m((x) => x.oursMax.rps / x.bareMax.rps),
    p50: m((x) => x.oursMax.p50), p99: m((x) => x.oursMax.p99), bareP99: m((x) => x.bareMax.p99),
    at500: { rps: m((x) => x.ours500.rps), p50: m((x) => x.ours500.p50), p99: m((x) => x.ours500.p99), bareP50: m((x) => x.bare500.p50), bareP99: m((x) => x.bare500.p99),
      errors: rs.reduce((s, x) => s + x.ours500.errors, 0), bareErrors: rs.reduce((s, x) => s + x.bare500.errors, 0),
      lateP99: m((x) => x.ours500.lateP99), generatorCpu: m((x) => x.ours500.generatorCpu), cpu: m((x) => x.ours500.cpu), bareCpu: m((x) => x.bare500.cpu) },
    old: OLD_RATE ? { p99: m((x) => x.old.ours.p99), bareP99: m((x) => x.old.bare.p99) } : null,
    errors: rs.reduce((s, x) => s + x.oursMax.errors + x.ours500.errors, 0),
    cpu: m((x) => x.oursMax.cpu), bareCpu: m((x) => x.bareMax.cpu),
    prev: baselineApi ? { max: m((x) => x.prevMax.rps), ratio: m((x) => x.oursMax.rps / x.prevMax.rps), p99: m((x) => x.prev500.p99), p50: m((x) => x.prev500.p50), rps500: m((x) => x.prev500.rps), cpu: m((x) => x.prevMax.cpu) } : null };
});

const delivery = [];
for (const n of ONLY.has('delivery') ? SUBSCRIBERS : []) {
  delivery.push({ ours: await deliveries(n, graphqlWsSubscriber), bare: await deliveries(n, bareSubscriber),
    prev: baselineApi ? await deliveries(n, graphqlWsClient(`ws://127.0.0.1:${baselinePort}/graphql`)) : null });
}

await db.end();
await stopAll();

const f1 = (x) => x.toFixed(1);
const lines = [
  `### API (\`npm run bench:api\`, ${date}, ${machine}, load average ${loadBefore.toFixed(1)} at start)`,
  '',
  `Load from a separate process, api in production mode on PostgreSQL 127.0.0.1${START_FLAGS.length ? ` (node ${START_FLAGS.join(' ')}, as \`npm start\` and the image start it)` : ''}${API_FLAGS.length > START_FLAGS.length ? ` (ours with \`BENCH_API_FLAGS\`: ${API_FLAGS.slice(START_FLAGS.length).join(' ')})` : ''}, ${SECONDS} s per run: max load with autocannon (20 connections),`,
  'the 500 req/s runs open loop (`api/bench/open-loop.mjs`: request i due at i / 500 s, 20 keep-alive connections, latency from when',
  'each request was due, every request counted).',
  ...(WAIT_IDLE ? [`Each run started once the CPUs had been ≥ ${Math.round(WAIT_IDLE * 100)} % idle for a second (waiting up to ${WAIT_SECONDS} s; median idle at the starts ${Math.round(100 * median(idleSeen))} %, lowest ${Math.round(100 * Math.min(...idleSeen))} %).`] : []),
  'The ceiling (`api/bench/bare-ceiling.mjs`) is bare Apollo Server 5 on express 5 + `pg`, the same schema shape and rows, no',
  `auth, no limits, no ORM; it runs alternately with ours in the same rounds. Medians of ${ROUNDS} rounds; the machine is shared`,
  'with other work, so compare the ratios within a run rather than absolute numbers across runs.',
  '',
  '| query | ours: max req/s | ceiling: max req/s | ours / ceiling | ours p50 / p99 at max (ms) | ours at 500 req/s: p50 / p99 (ms) | ceiling at 500 req/s: p50 / p99 (ms) | errors |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.title} | ${Math.round(r.ours)} | ${Math.round(r.bare)} | **${r.ratio.toFixed(2)}×** | ${r.p50} / ${r.p99} | ${f1(r.at500.p50)} / **${f1(r.at500.p99)}** (${Math.round(r.at500.rps)} req/s achieved) | ${f1(r.at500.bareP50)} / ${f1(r.at500.bareP99)} | ${r.errors} (ceiling at 500 req/s: ${r.at500.bareErrors}) |`),
  '',
  ...(floors.length ? [
    `The floor of the 500 req/s runs, the same generator against a trivial \`node:http\` endpoint (fixed 20-byte JSON): p50 / p99 ${f1(median(floors.map((x) => x.p50)))} / ${f1(median(floors.map((x) => x.p99)))} ms,`,
    `${floors.reduce((s, x) => s + x.errors, 0)} errors; the generator's own CPU ${Math.round(median(floors.map((x) => x.generatorCpu)))} µs per request there, ${rows.map((r) => `${Math.round(r.at500.generatorCpu)} µs`).join(' and ')} in our runs,`,
    `whose requests left it up to ${rows.map((r) => f1(r.at500.lateP99)).join(' and ')} ms late (p99; counted in the latencies). Server CPU per request at 500 req/s: ${rows.map((r) => `${Math.round(r.at500.cpu)} µs ours, ${Math.round(r.at500.bareCpu)} µs ceiling`).join('; ')}.`,
    '',
  ] : []),
  ...(rows[0]?.old ? [
    `The same 500 req/s runs with autocannon's \`overallRate\` (how this was measured before; bursts, see open-loop.mjs), in the same rounds: p99 ${rows.map((r) => `${r.old.p99} ms ours, ${r.old.bareP99} ms ceiling`).join('; ')}.`,
    '',
  ] : []),
  'CPU time the server process used per request at max load (user + system, from /proc; what others run on the machine does',
  'not count in it, so it compares across runs better than the rates do):',
  '',
  `| query | ours: CPU µs / request | ceiling: CPU µs / request | ceiling / ours |${baselineApi ? ' previous build: CPU µs / request |' : ''}`,
  `|---|---|---|---|${baselineApi ? '---|' : ''}`,
  ...rows.map((r) => `| ${r.title} | ${Math.round(r.cpu)} | ${Math.round(r.bareCpu)} | **${(r.bareCpu / r.cpu).toFixed(2)}×** |${r.prev ? ` ${Math.round(r.prev.cpu)} |` : ''}`),
  '',
  `api RSS: ${idleRss.toFixed(0)} MB before the load rounds${memory ? ' (after the memory minute below)' : ''}, ${loadedRss.toFixed(0)} MB after them.`,
  '',
  ...(memory ? [
    `Memory, as the aim states it (collections at 500 req/s open loop for 60 s, ${Math.round(memory.rps)} req/s achieved, p50 / p99 ${f1(memory.p50)} / ${f1(memory.p99)} ms, ${memory.errors} errors):`,
    `idle RSS after warm-up ${memory.idle.toFixed(0)} MB, after the minute ${memory.loaded.toFixed(0)} MB; bound idle × 1.2 + 50 MB = ${memory.bound.toFixed(0)} MB — ${memory.loaded <= memory.bound ? 'within' : 'over'}.`,
    '',
  ] : []),
  'Delay from a plain SQL `UPDATE` of a task row to its arrival at every subscriber (20 updates each), the same graphql-ws',
  'clients for both; the ceiling is a bare `ws` server that LISTENs on the same channel and sends each notice, serialised once,',
  'to all its subscribed sockets (with just enough graphql-transport-ws for those clients: ack, subscription id, `next` frames):',
  '',
  '| subscribers | ours: delivered / expected | ours p50 / p99 (ms) | ceiling p50 / p99 (ms) | ours p99 / ceiling p99 |',
  '|---|---|---|---|---|',
  ...delivery.map(({ ours, bare: b }) => `| ${ours.subscribers} | ${ours.delivered} / ${ours.expected} | ${f1(ours.p50)} / ${f1(ours.p99)} | ${f1(b.p50)} / ${f1(b.p99)} | ${(ours.p99 / b.p99).toFixed(1)}× |`),
  '',
  ...(baselineApi ? [
    `The previous build (\`BENCH_BASELINE_MAIN\`: ${process.env.BENCH_BASELINE_LABEL ?? BASELINE_MAIN}), measured alternately with ours in the same rounds:`,
    '',
    '| query | ours: max req/s | previous: max req/s | ours / previous | ours at 500 req/s: p50 / p99 (ms) | previous at 500 req/s: p50 / p99 (ms) |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.title} | ${Math.round(r.ours)} | ${Math.round(r.prev.max)} | **${r.prev.ratio.toFixed(2)}×** | ${f1(r.at500.p50)} / ${f1(r.at500.p99)} | ${f1(r.prev.p50)} / ${f1(r.prev.p99)} (${Math.round(r.prev.rps500)} req/s achieved) |`),
    '',
    '| subscribers | ours p50 / p99 (ms) | previous: delivered / expected | previous p50 / p99 (ms) |',
    '|---|---|---|---|',
    ...delivery.map(({ ours, prev }) => `| ${ours.subscribers} | ${f1(ours.p50)} / ${f1(ours.p99)} | ${prev.delivered} / ${prev.expected} | ${f1(prev.p50)} / ${f1(prev.p99)} |`),
    '',
  ] : []),
];
console.log(lines.join('\n'));
if (FULL && LOG_LEVEL === 'warn') writeBenchmarkSection('API', lines);
if (LOG_LEVEL !== 'warn' && existsSync(logFile)) {
  const logged = readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length;
  console.log(`LOG_LEVEL=${LOG_LEVEL}: the api wrote ${logged} lines to stdout (${logFile}).`);
}
