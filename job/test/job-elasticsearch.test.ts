/**
 * The video job with MOVE_INDEX=elasticsearch, for real: the api's local runner spawns the job
 * process, which reads its moves over HTTP from the fake cluster on 127.0.0.1 (the built-in library,
 * built into PostgreSQL, is synced to the index first), plans and renders with ffmpeg. The cluster
 * checks every request as a real one does.
 */
import type { LocalJobRunner } from '../../api/src/jobs/local-job-runner';
import { registerUser, startTestApp, type TestApp } from '../../api/test/support/test-app';
import { MOVE_INDEX_MAPPING, MOVE_INDEX_NAME } from '../src/library/move-index';
import { FakeElasticsearch } from './support/fake-elasticsearch';

jest.setTimeout(300_000);

const GENERATE = `mutation($s: ID!, $seed: Int) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: MEDIUM, style: ROMANTIC, seed: $seed }) { id } }`;
const TASK = `query($id: ID!) { task(id: $id) { status message result { plan } } }`;

let t: TestApp;
let token: string;
let es: FakeElasticsearch;
let server: { url: string; close(): Promise<void> };
const saved = { MOVE_INDEX: process.env.MOVE_INDEX, ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL };

beforeAll(async () => {
  es = new FakeElasticsearch();
  server = await es.listen();
  // The job processes inherit the api's environment, as on Cloud Run where the job has its own.
  process.env.MOVE_INDEX = 'elasticsearch';
  process.env.ELASTICSEARCH_URL = server.url;
  t = await startTestApp({ realJobRunner: true, env: { JOB_CONCURRENCY: '1' } });
  await (t.app.services.jobRunner as LocalJobRunner).whenReady();
  token = (await registerUser(t)).accessToken;
});
afterAll(async () => {
  await t?.close();
  await server?.close();
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
});

async function shortestDemoSong(): Promise<string> {
  const r = await t.gql(`{ songs(first: 10) { edges { node { id duration isDemo } } } }`, {}, token);
  return r.data.songs.edges.map((e: any) => e.node).filter((s: any) => s.isDemo).sort((a: any, b: any) => a.duration - b.duration)[0].id;
}

async function finished(taskId: string): Promise<any> {
  for (;;) {
    const task = (await t.gql(TASK, { id: taskId }, token)).data.task;
    if (task.status === 'COMPLETED' || task.status === 'FAILED') return task;
    await new Promise((r) => setTimeout(r, 500));
  }
}

it('plans the video from the Elasticsearch index, with the exact mapping and query a cluster accepts', async () => {
  const task = (await t.gql(GENERATE, { s: await shortestDemoSong(), seed: 5 }, token)).data.generateChoreography;
  const done = await finished(task.id);
  expect(done).toMatchObject({ status: 'COMPLETED' });

  // The index was created with the move mapping, then the built-in moves were written to it.
  const create = es.requests.find((r) => r.method === 'PUT' && r.path === `/${MOVE_INDEX_NAME}`);
  expect(create?.body).toEqual({ mappings: JSON.parse(JSON.stringify(MOVE_INDEX_MAPPING)), settings: { number_of_shards: 1, number_of_replicas: 0 } });
  const docs = es.docs(MOVE_INDEX_NAME);
  const { rows } = await t.app.services.pool.query(`SELECT move_id FROM move_embeddings WHERE source = 'generated' ORDER BY move_id`);
  expect([...docs.keys()].sort()).toEqual(rows.map((r) => r.move_id));
  for (const d of docs.values()) expect(d).toMatchObject({ source: 'generated', clip_path: expect.stringMatching(/^library\/generated\/.+\.mp4$/) });

  // The job read its moves with one search: every move, embeddings left out, a stable order.
  const searches = es.requests.filter((r) => r.path === `/${MOVE_INDEX_NAME}/_search`);
  expect(searches.at(-1)!.body).toEqual({
    size: 10_000, _source: { excludes: ['*_embedding'] }, query: { match_all: {} }, sort: [{ move_id: { order: 'asc', unmapped_type: 'keyword' } }],
  });
  const planned = new Set(done.result.plan.timeline.filter((e: any) => !e.hold).map((e: any) => e.moveId));
  expect(planned.size).toBeGreaterThan(0);
  for (const id of planned) expect(docs.has(id as string)).toBe(true);

  // A second video syncs nothing (the index already agrees with PostgreSQL) and still reads from it.
  const bulks = es.requests.filter((r) => r.path.endsWith('/_bulk')).length;
  const again = (await t.gql(GENERATE, { s: await shortestDemoSong(), seed: 6 }, token)).data.generateChoreography;
  expect((await finished(again.id)).status).toBe('COMPLETED');
  expect(es.requests.filter((r) => r.path.endsWith('/_bulk')).length).toBe(bulks);
  expect(es.requests.filter((r) => r.path === `/${MOVE_INDEX_NAME}/_search`).length).toBeGreaterThan(searches.length);
});

it('ends failed, with the cluster error kept for the operator, when Elasticsearch is unavailable', async () => {
  es.unavailable = 503;
  try {
    const task = (await t.gql(GENERATE, { s: await shortestDemoSong(), seed: 9 }, token)).data.generateChoreography;
    const done = await finished(task.id);
    expect(done.status).toBe('FAILED');
    expect(done.message).toMatch(/try again/i);
  } finally {
    es.unavailable = undefined;
  }
});
