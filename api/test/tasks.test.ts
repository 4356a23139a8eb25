import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { NEVER_STARTED_MESSAGE, reapStaleTasks } from '../src/modules/tasks/task-reaper';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

const GENERATE = `mutation($s: ID!, $seed: Int) { generateChoreography(input: { songId: $s, difficulty: INTERMEDIATE, energyLevel: HIGH, style: SENSUAL, seed: $seed }) { id status progress stage message parameters { difficulty energyLevel style seed } song { id title } } }`;
const TASK = `query($id: ID!) { task(id: $id) { id status progress message } }`;

let t: TestApp;
let songId: string;
beforeAll(async () => {
  // Several tests queue more than the default 3 videos per dancer (the limits have their own tests).
  t = await startTestApp({ env: { TASK_MAX_ACTIVE_PER_DANCER: '20' } });
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, genre, audio_path, created_at, updated_at) VALUES ('Obsesión', 'Demo band', 200, 126, 'bachata', 'songs/obsesion.mp3', now(), now()) RETURNING id`);
  songId = String(rows[0].id);
});
afterAll(async () => { await t.close(); });

function wsClient(token: string | null, onClose?: (code: number, reason: string) => void): Client {
  return createClient({
    url: t.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (e: any) => onClose?.(e.code, e.reason) },
  });
}

/** Collects events of one subscription. */
function subscribe(client: Client, query: string, variables: Record<string, unknown>) {
  const events: any[] = [];
  const errors: any[] = [];
  let waiters: Array<() => void> = [];
  const dispose = client.subscribe({ query, variables }, {
    next: (v) => { if (v.errors) errors.push(...v.errors); else events.push(v.data); waiters.forEach((w) => w()); waiters = []; },
    error: (e) => { errors.push(e); waiters.forEach((w) => w()); },
    complete: () => undefined,
  });
  const until = async (pred: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`timed out; events=${JSON.stringify(events)} errors=${JSON.stringify(errors)}`);
      await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 100); });
    }
  };
  return { events, errors, dispose, until };
}

describe('generateChoreography and tasks', () => {
  it('creates a started task at 0 % and hands it to the runner', async () => {
    const u = await registerUser(t);
    const r = await t.gql(GENERATE, { s: songId, seed: 42 }, u.accessToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.generateChoreography).toMatchObject({ status: 'STARTED', progress: 0, parameters: { difficulty: 'INTERMEDIATE', energyLevel: 'HIGH', style: 'SENSUAL', seed: 42 }, song: { title: 'Obsesión' } });
    expect(t.runner.started).toContainEqual({ taskId: r.data.generateChoreography.id, userId: Number(u.user.id) });
    const { rows } = await t.app.services.pool.query(`SELECT job_execution_name, parameters FROM choreography_tasks WHERE task_id = $1`, [r.data.generateChoreography.id]);
    expect(rows[0].job_execution_name).toBe(`recorded/${r.data.generateChoreography.id}`);
    expect(rows[0].parameters).toMatchObject({ songId: Number(songId), difficulty: 'intermediate', energyLevel: 'high', style: 'sensual', seed: 42 });
  });

  it('keeps the dancer\'s video size and captions choice for the job, and rejects a size that does not exist', async () => {
    const u = await registerUser(t);
    const M = `mutation($s: ID!, $v: VideoSize, $c: Boolean) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: LOW, style: ROMANTIC, videoSize: $v, captions: $c }) { id parameters { videoSize captions } } }`;
    const r = await t.gql(M, { s: songId, v: 'P720', c: true }, u.accessToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.generateChoreography.parameters).toEqual({ videoSize: 'P720', captions: true });
    const { rows } = await t.app.services.pool.query(`SELECT parameters FROM choreography_tasks WHERE task_id = $1`, [r.data.generateChoreography.id]);
    expect(rows[0].parameters).toMatchObject({ videoSize: '720p', captions: true });
    const none = await t.gql(M, { s: songId, v: null }, u.accessToken);
    expect(none.data.generateChoreography.parameters.videoSize).toBeNull();
    expect((await t.gql(M, { s: songId, v: '4K' }, u.accessToken)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('rejects bad enums, unknown songs and other users\' private songs', async () => {
    const u = await registerUser(t);
    const badEnum = await t.gql(`mutation { generateChoreography(input: { songId: "1", difficulty: EXPERT, energyLevel: HIGH, style: SENSUAL }) { id } }`, {}, u.accessToken);
    expect(badEnum.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const badVar = await t.gql(`mutation($d: Difficulty!) { generateChoreography(input: { songId: "1", difficulty: $d, energyLevel: HIGH, style: SENSUAL }) { id } }`, { d: 'low' }, u.accessToken);
    expect(badVar.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(GENERATE, { s: '999999' }, u.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const other = await registerUser(t);
    const { rows } = await t.app.services.pool.query(
      `INSERT INTO songs (title, artist, duration, audio_path, owner_id, created_at, updated_at) VALUES ('Private', '', 100, 'songs/p.mp3', $1, now(), now()) RETURNING id`, [other.user.id]);
    expect((await t.gql(GENERATE, { s: String(rows[0].id) }, u.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(GENERATE, { s: songId }, null)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('fails the task with a message when the runner refuses it', async () => {
    const u = await registerUser(t);
    t.runner.failNextStart = new Error('quota exceeded');
    const r = await t.gql(GENERATE, { s: songId }, u.accessToken);
    expect(r.data.generateChoreography).toMatchObject({ status: 'FAILED', message: 'The video job could not be started. Please try again.' });
  });

  it('lists tasks newest first with pagination and a status filter', async () => {
    const u = await registerUser(t);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id);
    await t.app.services.pool.query(`UPDATE choreography_tasks SET created_at = now() + (ordinality || ' seconds')::interval FROM unnest($1::varchar[]) WITH ORDINALITY AS x(id, ordinality) WHERE task_id = x.id`, [ids]);
    const Q = `query($f: Int, $a: String, $s: TaskStatus) { tasks(first: $f, after: $a, status: $s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const p1 = await t.gql(Q, { f: 2 }, u.accessToken);
    expect(p1.data.tasks.totalCount).toBe(5);
    expect(p1.data.tasks.edges.map((e: any) => e.node.id)).toEqual([ids[4], ids[3]]);
    expect(p1.data.tasks.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p3 = await t.gql(Q, { f: 2, a: (await t.gql(Q, { f: 2, a: p1.data.tasks.pageInfo.endCursor }, u.accessToken)).data.tasks.pageInfo.endCursor }, u.accessToken);
    expect(p3.data.tasks.edges.map((e: any) => e.node.id)).toEqual([ids[0]]);
    expect(p3.data.tasks.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect((await t.gql(Q, { f: 0 }, u.accessToken)).data.tasks.edges).toEqual([]);
    expect((await t.gql(Q, { f: 1000 }, u.accessToken)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(Q, { a: 'garbage' }, u.accessToken)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await t.app.services.pool.query(`UPDATE choreography_tasks SET status = 'completed' WHERE task_id = $1`, [ids[2]]);
    const done = await t.gql(Q, { s: 'COMPLETED' }, u.accessToken);
    expect(done.data.tasks.edges.map((e: any) => e.node.id)).toEqual([ids[2]]);
  });

  it('cancels waiting or running tasks only, telling the runner', async () => {
    const u = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const c = await t.gql(`mutation($id: ID!) { cancelTask(id: $id) { status message } }`, { id }, u.accessToken);
    expect(c.data.cancelTask).toEqual({ status: 'FAILED', message: 'Cancelled by user' });
    expect(t.runner.cancelled.map((x) => x.taskId)).toContain(id);
    const again = await t.gql(`mutation($id: ID!) { cancelTask(id: $id) { status } }`, { id }, u.accessToken);
    expect(again.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for another user\'s task everywhere', async () => {
    const owner = await registerUser(t);
    const intruder = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, owner.accessToken)).data.generateChoreography.id;
    expect((await t.gql(TASK, { id }, intruder.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(`mutation($id: ID!) { cancelTask(id: $id) { id } }`, { id }, intruder.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(`query { tasks { totalCount } }`, {}, intruder.accessToken)).data.tasks.totalCount).toBe(0);
    expect((await t.gql(TASK, { id: 'not-a-uuid' }, intruder.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const client = wsClient(intruder.accessToken);
    const sub = subscribe(client, `subscription($id: ID!) { taskUpdated(taskId: $id) { id status } }`, { id });
    await sub.until(() => sub.errors.length > 0);
    expect(JSON.stringify(sub.errors)).toMatch(/NOT_FOUND|Task not found/);
    expect(sub.events).toEqual([]);
    await client.dispose();
  });

  it('the reaper fails tasks that stopped responding', async () => {
    const u = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    await t.app.services.pool.query(`UPDATE choreography_tasks SET status = 'running', updated_at = now() - interval '20 minutes' WHERE task_id = $1`, [id]);
    expect(await reapStaleTasks(t.app.services.pool, 600)).toBeGreaterThanOrEqual(1);
    expect((await t.gql(TASK, { id }, u.accessToken)).data.task).toMatchObject({ status: 'FAILED', message: 'The generation stopped responding' });
  });

  it('the reaper fails tasks whose execution never started and stops both kinds of execution', async () => {
    const u = await registerUser(t);
    const hung = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const neverRan = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const waiting = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    await t.app.services.pool.query(`UPDATE choreography_tasks SET status = 'running', updated_at = now() - interval '20 minutes' WHERE task_id = $1`, [hung]);
    // Handed to the runner (an execution name recorded) 20 minutes ago and still `started`: it never began.
    await t.app.services.pool.query(`UPDATE choreography_tasks SET updated_at = now() - interval '20 minutes' WHERE task_id = $1`, [neverRan]);
    // Waiting in a queue without an execution yet: not reaped, however long it waits.
    await t.app.services.pool.query(`UPDATE choreography_tasks SET job_execution_name = NULL, updated_at = now() - interval '20 minutes' WHERE task_id = $1`, [waiting]);
    const cancelledBefore = t.runner.cancelled.length;
    expect(await reapStaleTasks(t.app.services.pool, 600, { startTimeoutSeconds: 300, runner: t.runner })).toBe(2);
    expect((await t.gql(TASK, { id: neverRan }, u.accessToken)).data.task).toMatchObject({ status: 'FAILED', message: NEVER_STARTED_MESSAGE });
    expect((await t.gql(TASK, { id: hung }, u.accessToken)).data.task).toMatchObject({ status: 'FAILED', message: 'The generation stopped responding' });
    expect((await t.gql(TASK, { id: waiting }, u.accessToken)).data.task.status).toBe('STARTED');
    expect(t.runner.cancelled.slice(cancelledBefore)).toEqual(expect.arrayContaining([
      { taskId: hung, executionName: `recorded/${hung}` }, { taskId: neverRan, executionName: `recorded/${neverRan}` }]));
  });
});

describe('live updates: trigger → LISTEN → graphql-ws', () => {
  it('delivers a plain SQL UPDATE (as the job writes) to the owner, first emitting the current state', async () => {
    const u = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const client = wsClient(u.accessToken);
    const sub = subscribe(client, `subscription($id: ID!) { taskUpdated(taskId: $id) { id status progress stage message } }`, { id });
    const mine = subscribe(client, `subscription { myTaskUpdates { id progress } }`, {});
    await sub.until(() => sub.events.length >= 1);
    expect(sub.events[0].taskUpdated).toMatchObject({ id, status: 'STARTED', progress: 0 });
    await new Promise((r) => setTimeout(r, 100));
    await t.app.services.pool.query(`UPDATE choreography_tasks SET status = 'running', progress = 35, stage = 'rendering', message = 'Dancing it out', updated_at = now() WHERE task_id = $1`, [id]);
    await sub.until(() => sub.events.some((e) => e.taskUpdated.progress === 35));
    expect(sub.events.at(-1).taskUpdated).toMatchObject({ status: 'RUNNING', progress: 35, stage: 'rendering', message: 'Dancing it out' });
    await mine.until(() => mine.events.some((e) => e.myTaskUpdates.progress === 35));
    await client.dispose();
  });

  it('delivers every step of fast successive writes, in order (not only the latest row)', async () => {
    const u = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const client = wsClient(u.accessToken);
    const sub = subscribe(client, `subscription($id: ID!) { taskUpdated(taskId: $id) { progress message } }`, { id });
    await sub.until(() => sub.events.length >= 1);
    // Six writes committed at once: their notices arrive together, after the row already says step 6.
    const steps = Array.from({ length: 6 }, (_, k) => `UPDATE choreography_tasks SET status = 'running', progress = ${(k + 1) * 10}, message = 'step ${k + 1}', updated_at = now() WHERE task_id = '${id}';`);
    await t.app.services.pool.query(steps.join('\n'));
    await sub.until(() => sub.events.some((e) => e.taskUpdated.message === 'step 6'));
    expect(sub.events.slice(1).map((e) => e.taskUpdated.message)).toEqual(['step 1', 'step 2', 'step 3', 'step 4', 'step 5', 'step 6']);
    await client.dispose();
  });

  it('reads the updated row off the LISTEN connection and gives every subscriber of one task its own complete message', async () => {
    const u = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const clients = Array.from({ length: 4 }, () => wsClient(u.accessToken));
    const QUERY = `subscription($id: ID!) { taskUpdated(taskId: $id) { id status progress stage } }`;
    const subs = clients.map((c) => subscribe(c, QUERY, { id }));
    // A second operation on the first socket, with another selection: its own result, not a shared one.
    const other = subscribe(clients[0], `subscription($id: ID!) { taskUpdated(taskId: $id) { progress message } }`, { id });
    for (const s of [...subs, other]) await s.until(() => s.events.length >= 1);
    await t.app.services.pool.query(`UPDATE choreography_tasks SET status = 'running', progress = 42, stage = 'rendering', message = 'Counting 1-2-3', updated_at = now() WHERE task_id = $1`, [id]);
    for (const s of subs) await s.until(() => s.events.some((e) => e.taskUpdated.progress === 42));
    await other.until(() => other.events.some((e) => e.taskUpdated.progress === 42));
    for (const s of subs) expect(s.events.at(-1)).toEqual({ taskUpdated: { id, status: 'RUNNING', progress: 42, stage: 'rendering' } });
    expect(other.events.at(-1)).toEqual({ taskUpdated: { progress: 42, message: 'Counting 1-2-3' } });
    // The LISTEN connection ran nothing after LISTEN: the row was read on the pool.
    const { rows } = await t.app.services.pool.query(`SELECT query FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'bachata-api-listen'`);
    expect(rows.map((r) => r.query)).toEqual(['LISTEN choreography_task_updates']);
    for (const c of clients) await c.dispose();
  });

  it('reads the row only when a subscriber selects more than the notice carries, and keeps every step in order either way', async () => {
    const u = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const client = wsClient(u.accessToken);
    const rowReads = () => query.mock.calls.filter(([q]) => String((q as { text?: string })?.text ?? q).includes('job_execution_name, attempts FROM choreography_tasks')).length;
    const query = jest.spyOn(t.app.services.pool, 'query');
    try {
      const narrow = subscribe(client, `subscription($id: ID!) { taskUpdated(taskId: $id) { id progress message updatedAt } }`, { id });
      await narrow.until(() => narrow.events.length >= 1);
      await t.app.services.pool.query(`UPDATE choreography_tasks SET status = 'running', progress = 20, message = 'warming up', updated_at = now() WHERE task_id = $1`, [id]);
      await narrow.until(() => narrow.events.some((e) => e.taskUpdated.progress === 20));
      expect(rowReads()).toBe(0); // the notice carried all it selects
      const { rows: [row] } = await t.app.services.pool.query(`SELECT updated_at, created_at FROM choreography_tasks WHERE task_id = $1`, [id]);
      expect(narrow.events.at(-1).taskUpdated).toEqual({ id, progress: 20, message: 'warming up', updatedAt: row.updated_at.toISOString() });

      const wide = subscribe(client, `subscription($id: ID!) { taskUpdated(taskId: $id) { progress createdAt songId } }`, { id });
      await wide.until(() => wide.events.length >= 1);
      const steps = Array.from({ length: 4 }, (_, k) => `UPDATE choreography_tasks SET progress = ${30 + k}, updated_at = now() WHERE task_id = '${id}';`);
      await t.app.services.pool.query(steps.join('\n'));
      await narrow.until(() => narrow.events.some((e) => e.taskUpdated.progress === 33));
      await wide.until(() => wide.events.some((e) => e.taskUpdated.progress === 33));
      expect(rowReads()).toBe(4); // one per notice, shared by both subscribers
      expect(narrow.events.slice(-4).map((e) => e.taskUpdated.progress)).toEqual([30, 31, 32, 33]);
      expect(wide.events.slice(-4)).toEqual([30, 31, 32, 33].map((progress) => ({ taskUpdated: { progress, createdAt: row.created_at.toISOString(), songId: String(songId) } })));
    } finally {
      query.mockRestore();
      await client.dispose();
    }
  });

  it('keeps delivering after the LISTEN connection is killed with pg_terminate_backend, losing nothing', async () => {
    const u = await registerUser(t);
    const id = (await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.id;
    const client = wsClient(u.accessToken);
    const sub = subscribe(client, `subscription($id: ID!) { taskUpdated(taskId: $id) { progress } }`, { id });
    await sub.until(() => sub.events.length >= 1);
    const pid = await t.app.services.taskUpdates.backendPid();
    await t.app.services.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    // Written while the hub is disconnected: replayed after it reconnects.
    await t.app.services.pool.query(`UPDATE choreography_tasks SET status = 'running', progress = 50, updated_at = now() WHERE task_id = $1`, [id]);
    await sub.until(() => sub.events.some((e) => e.taskUpdated.progress === 50), 10000);
    await t.app.services.taskUpdates.whenConnected();
    expect(await t.app.services.taskUpdates.backendPid()).not.toBe(pid);
    await t.app.services.pool.query(`UPDATE choreography_tasks SET progress = 80, updated_at = now() WHERE task_id = $1`, [id]);
    await sub.until(() => sub.events.some((e) => e.taskUpdated.progress === 80));
    await client.dispose();
  });

  it('closes the socket with 4401 for a missing, bad or expired token', async () => {
    for (const token of [null, 'garbage']) {
      const code = await new Promise<number>((resolve) => {
        const c = wsClient(token, (code) => resolve(code));
        c.subscribe({ query: 'subscription { myTaskUpdates { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect(code).toBe(4401);
    }
  });
});
