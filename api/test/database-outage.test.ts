/**
 * The real api process against PostgreSQL going away: every one of its connections killed with
 * pg_terminate_backend (the pg pool, MikroORM's pool, the LISTEN connection), and the database
 * refusing connections for a while. The process must live on, /readyz must say so and recover by
 * itself, and subscriptions must resume without losing an update.
 */
import { Client } from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { adminUrl, createTestDatabase, type TestDatabase } from './support/database';
import { alive, register, spawnApi, until, type ApiProcess } from './support/api-process';

jest.setTimeout(180_000);

let db: TestDatabase;
let api: ApiProcess;
let admin: Client;
/** on the server's own database: a database cannot refuse connections to itself */
let server: Client;
beforeAll(async () => {
  db = await createTestDatabase();
  api = await spawnApi({ DATABASE_URL: db.url });
  // Connected to the test database before any outage, and never killed: the test's own hands.
  admin = new Client({ connectionString: db.url, application_name: 'test-admin' });
  await admin.connect();
  server = new Client({ connectionString: adminUrl() });
  await server.connect();
});
afterAll(async () => {
  await server?.query(`ALTER DATABASE "${db.name}" WITH ALLOW_CONNECTIONS true`).catch(() => undefined);
  await server?.end();
  await admin?.end();
  if (api && alive(api.pid)) { api.child.kill('SIGKILL'); await api.exited; }
  await db?.drop();
});

async function killApiConnections(): Promise<string[]> {
  const { rows } = await admin.query(
    `SELECT application_name, pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [db.name]);
  return rows.map((r) => r.application_name);
}

const readyz = async () => (await fetch(`${api.url}/readyz`)).status;

async function follow(token: string, taskId: string) {
  const events: number[] = [];
  const client = createClient({ url: api.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0, onNonLazyError: () => undefined });
  client.subscribe({ query: `subscription($id: ID!) { taskUpdated(taskId: $id) { progress } }`, variables: { id: taskId } },
    { next: (v: any) => { if (v.data) events.push(v.data.taskUpdated.progress); }, error: () => undefined, complete: () => undefined });
  await until(() => events.length >= 1, 15_000, 'the first event');
  return { events, client };
}

it('survives pg_terminate_backend on every connection: requests, /readyz and subscriptions come back by themselves', async () => {
  const user = await register(api, 'outage1');
  const { rows } = await admin.query(`INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Song', '', 60, 120, 'songs/s.mp3', now(), now()) RETURNING id`);
  const gen = await api.gql(`mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: LOW, style: ROMANTIC }) { id } }`, { s: String(rows[0].id) }, user.token);
  const taskId = gen.data.generateChoreography.id;
  const sub = await follow(user.token, taskId);

  for (let round = 0; round < 3; round++) {
    // Every kind of connection is open right now (readiness uses the pg pool, `me` MikroORM's).
    expect(await readyz()).toBe(200);
    expect((await api.gql('{ me { id } }', {}, user.token)).data.me.id).toBe(String(user.id));
    const killed = await killApiConnections();
    expect(killed).toEqual(expect.arrayContaining(['bachata-api', 'bachata-api-listen', 'bachata-api-orm']));
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(api.pid)).toBe(true);
    await until(async () => (await readyz()) === 200, 15_000, '/readyz to be 200 again');
    // Requests through MikroORM work again (a request caught mid-kill may fail; the next must not).
    await until(async () => (await api.gql('{ me { id } }', {}, user.token)).data?.me?.id === String(user.id), 15_000, 'me');
    await admin.query(`UPDATE choreography_tasks SET status = 'running', progress = $2, updated_at = now() WHERE task_id = $1`, [taskId, 10 + round]);
    await until(() => sub.events.includes(10 + round), 15_000, `progress ${10 + round} to reach the subscriber`);
  }
  await sub.client.dispose();
  expect(api.output()).not.toMatch(/Uncaught|unhandled 'error' event/i);
});

it('answers /readyz 503 while the database refuses connections, keeps /healthz up, and recovers without a restart', async () => {
  const user = await register(api, 'outage2');
  const { rows } = await admin.query(`INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Song 2', '', 60, 120, 'songs/s2.mp3', now(), now()) RETURNING id`);
  const taskId = (await api.gql(`mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: LOW, style: ROMANTIC }) { id } }`, { s: String(rows[0].id) }, user.token)).data.generateChoreography.id;
  const sub = await follow(user.token, taskId);

  await server.query(`ALTER DATABASE "${db.name}" WITH ALLOW_CONNECTIONS false`);
  await killApiConnections();
  await until(async () => (await readyz()) === 503, 15_000, '/readyz to be 503');
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  // A GraphQL request during the outage gets an error answer, not a hang or a dead process.
  const during = await api.gql('{ me { id } }', {}, user.token);
  expect(during.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(during.errors)).not.toMatch(/ALLOW_CONNECTIONS|does not allow connections|bb_test_/);
  // Written while the api cannot reach the database: replayed to the subscriber afterwards.
  await admin.query(`UPDATE choreography_tasks SET status = 'running', progress = 55, updated_at = now() WHERE task_id = $1`, [taskId]);
  await new Promise((r) => setTimeout(r, 2000));
  expect(alive(api.pid)).toBe(true);
  expect(await readyz()).toBe(503);

  await server.query(`ALTER DATABASE "${db.name}" WITH ALLOW_CONNECTIONS true`);
  await until(async () => (await readyz()) === 200, 15_000, '/readyz to be 200 after the outage');
  await until(async () => (await api.gql('{ me { id } }', {}, user.token)).data?.me?.id === String(user.id), 15_000, 'me after the outage');
  await until(() => sub.events.includes(55), 15_000, 'the update written during the outage');
  await sub.client.dispose();
});
