/**
 * A task that fails inside ffmpeg, run by the real job process: the database and the job's log keep
 * the technical detail; every field a browser can ask for — `task(id)`, `tasks`, `taskUpdated` and
 * `myTaskUpdates` over graphql-ws — carries only the dancer's sentence.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '..', '..');
const DANCER_MESSAGE = 'This audio file cannot be decoded. Try another file.';
let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
const named = (r: TypeRef): TypeRef => (r.ofType ? named(r.ofType) : r);

/** Every field of a type (objects expanded two levels), read from the schema: a field added later is covered too. */
async function everyField(token: string, typeName: string, depth = 2): Promise<string> {
  const r = await t.gql(`query($n: String!) { __type(name: $n) { fields { name args { name type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`, { n: typeName }, token);
  const parts: string[] = [];
  for (const f of r.data.__type.fields as Array<{ name: string; args: Array<{ type: { kind: string } }>; type: TypeRef }>) {
    if (f.args.some((a) => a.type.kind === 'NON_NULL')) continue;
    const type = named(f.type);
    if (type.kind === 'OBJECT') {
      if (depth > 0) parts.push(`${f.name} { ${await everyField(token, type.name!, depth - 1)} }`);
    } else {
      parts.push(f.name);
    }
  }
  return parts.join(' ');
}

/** A wav whose header names a codec no decoder knows: ffprobe reads it, ffmpeg's decode fails. */
function undecodableWav(path: string): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=40', '-ar', '8000', path]);
  const bytes = readFileSync(path);
  bytes.writeUInt16LE(0x7777, 20); // WAVE fmt chunk: audio format tag
  writeFileSync(path, bytes);
}

function runJob(taskId: string): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'with-swc.cjs'), join(ROOT, 'job', 'src', 'main.ts')], {
      env: { ...process.env, TASK_ID: taskId, DATABASE_URL: t.db.url, DATA_DIR: t.dataDir, MEDIA_ROOT: t.config.storage.mediaRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => resolve({ code, log }));
  });
}

/** Collects a subscription's payloads until the task ends. */
function follow(token: string, query: string, variables: Record<string, unknown>, field: string) {
  const client = createClient({ url: t.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
  const payloads: any[] = [];
  const done = new Promise<any[]>((resolve, reject) => {
    client.subscribe({ query, variables }, {
      next: (v) => {
        payloads.push(v);
        const status = (v.data as any)?.[field]?.status;
        if (v.errors || status === 'FAILED' || status === 'COMPLETED') { void client.dispose(); resolve(payloads); }
      },
      error: (e) => reject(e),
      complete: () => resolve(payloads),
    });
  });
  return { payloads, done };
}

it('a task that fails in ffmpeg shows the dancer only the readable message, over HTTP and graphql-ws', async () => {
  const u = await registerUser(t);
  const key = `songs/user_${u.user.id}/broken.wav`;
  mkdirSync(join(t.config.storage.mediaRoot, 'songs', `user_${u.user.id}`), { recursive: true });
  undecodableWav(join(t.config.storage.mediaRoot, key));
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, audio_path, owner_id, created_at, updated_at) VALUES ('Broken', '', 40, $1, $2, now(), now()) RETURNING id`, [key, u.user.id]);
  const fields = await everyField(u.accessToken, 'ChoreographyTask');
  const created = await t.gql(`mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: MEDIUM, style: ROMANTIC }) { id } }`, { s: String(rows[0].id) }, u.accessToken);
  const taskId = created.data.generateChoreography.id;

  const one = follow(u.accessToken, `subscription($id: ID!) { taskUpdated(taskId: $id) { ${fields} } }`, { id: taskId }, 'taskUpdated');
  const mine = follow(u.accessToken, `subscription { myTaskUpdates { ${fields} } }`, {}, 'myTaskUpdates');
  // Both subscriptions are live (each first emits the current row) before the job starts.
  for (let i = 0; i < 200 && (one.payloads.length === 0 || mine.payloads.length === 0); i++) await new Promise((r) => setTimeout(r, 50));

  const job = await runJob(taskId);
  expect(job.code).toBe(1);
  const [onePayloads, minePayloads] = await Promise.all([one.done, mine.done]);

  // The failure really is technical: ffmpeg's own words are in the database and in the job's log.
  const row = (await t.app.services.pool.query('SELECT status, message, error FROM choreography_tasks WHERE task_id = $1', [taskId])).rows[0];
  expect(row).toMatchObject({ status: 'failed', message: DANCER_MESSAGE });
  expect(row.error).toMatch(/Decoder \(codec none\) not found for input stream/);
  expect(job.log).toContain('Decoder (codec none) not found');

  const task = await t.gql(`query($id: ID!) { task(id: $id) { ${fields} } }`, { id: taskId }, u.accessToken);
  expect(task.errors).toBeUndefined();
  expect(task.data.task).toMatchObject({ status: 'FAILED', message: DANCER_MESSAGE });
  const list = await t.gql(`{ tasks { edges { node { ${fields} } } } }`, {}, u.accessToken);
  expect(list.data.tasks.edges[0].node).toMatchObject({ status: 'FAILED', message: DANCER_MESSAGE });
  expect(onePayloads.at(-1).data.taskUpdated).toMatchObject({ status: 'FAILED', message: DANCER_MESSAGE });
  expect(minePayloads.at(-1).data.myTaskUpdates).toMatchObject({ status: 'FAILED', message: DANCER_MESSAGE });

  for (const [where, payload] of Object.entries({ task, list, taskUpdated: onePayloads, myTaskUpdates: minePayloads })) {
    const text = JSON.stringify(payload);
    expect({ where, leaks: text.includes(row.error) }).toEqual({ where, leaks: false });
    for (const technical of [/Decoder|codec|stream #\d/i, /ffmpeg|ffprobe/i, /\/tmp\/|\/work\/|\.data\//, t.dataDir, t.config.storage.mediaRoot]) {
      expect({ where, technical: String(technical), found: typeof technical === 'string' ? text.includes(technical) : technical.test(text) })
        .toEqual({ where, technical: String(technical), found: false });
    }
  }

  // Asking for the technical field by name is a schema error, not a way around it.
  const asked = await t.gql(`query($id: ID!) { task(id: $id) { message error } }`, { id: taskId }, u.accessToken);
  expect(asked.data).toBeUndefined();
  expect(asked.errors![0].message).toMatch(/Cannot query field "error"/);
  expect(JSON.stringify(asked)).not.toContain('Decoder');
});

it('a legacy failed row with only a technical error still gives the dancer a sentence', async () => {
  const u = await registerUser(t);
  const id = '0b7f6a52-7a1e-4c0e-9d55-2f5a1c3e9b10';
  await t.app.services.pool.query(
    `INSERT INTO choreography_tasks (task_id, status, progress, stage, message, error, created_at, updated_at, user_id) VALUES ($1, 'failed', 0, 'failed', '', $2, now(), now(), $3)`,
    [id, 'ffmpeg -i /srv/app/media/songs/x.mp3 exited with 1', u.user.id]);
  const task = await t.gql(`query($id: ID!) { task(id: $id) { ${await everyField(u.accessToken, 'ChoreographyTask')} } }`, { id }, u.accessToken);
  expect(task.data.task).toMatchObject({ status: 'FAILED', message: 'The video could not be made. Please try again.' });
  expect(JSON.stringify(task)).not.toMatch(/ffmpeg|\/srv\//);
});
