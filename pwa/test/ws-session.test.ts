/** @jest-environment node */
/**
 * graphql-ws against the real API: the socket authenticates with the session's access token, reconnects
 * with the new one after a refresh, and an invalid token is refused with 4401.
 */
import WebSocket from 'ws';
import { print } from 'graphql';
import { startTestApp, registerUser, type TestApp } from '../../api/test/support/test-app';
import { Session } from '../src/auth/session';
import { createWs } from '../src/apollo';
import { TaskUpdatedDocument } from '../src/graphql/documents';
import { MemoryStorage } from './fixtures/memory-storage';


let t: TestApp;
const clients: Array<{ dispose(): void | Promise<void> }> = [];
beforeAll(async () => { t = await startTestApp(); }, 60_000);
afterEach(async () => { while (clients.length) await clients.pop()!.dispose(); }); // a failed test must not leave a retrying socket
afterAll(async () => { await t?.close(); });

async function startTask(token: string): Promise<string> {
  const { rows: [s] } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Obsesión', 'Aventura', 200, 128, 'songs/o.mp3', now(), now()) RETURNING id`);
  const r = await t.gql('mutation($i: GenerateChoreographyInput!) { generateChoreography(input: $i) { id } }',
    { i: { songId: String(s.id), difficulty: 'BEGINNER', energyLevel: 'MEDIUM', style: 'ROMANTIC' } }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.generateChoreography.id;
}

it('reconnects with the refreshed access token and keeps the subscription', async () => {
  const user = await registerUser(t);
  const taskId = await startTask(user.accessToken);
  const session = new Session({ endpoint: `${t.url}/graphql`, storage: new MemoryStorage() });
  session.accept({ ...user, expiresIn: 3600, user: user.user as never }, false);
  const ws = createWs(session, `${t.url.replace('http', 'ws')}/graphql`, WebSocket);
  clients.push(ws.client);
  const sentTokens: string[] = [];
  ws.client.on('connecting', () => sentTokens.push(session.current.accessToken ?? ''));
  let connected = 0;
  ws.client.on('connected', () => { connected++; });
  const messages: string[] = [];
  const unsubscribe = ws.client.subscribe({ query: print(TaskUpdatedDocument), variables: { taskId } }, {
    next: (r) => { messages.push((r.data as any).taskUpdated.status); }, error: (e) => { messages.push(`error ${String((e as any)?.code ?? e)}`); }, complete: () => {},
  });
  const until = async (cond: () => boolean) => { for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 50)); expect(cond()).toBe(true); };
  await until(() => messages.length === 1);
  expect(messages).toEqual(['STARTED']);

  const before = session.current.accessToken;
  await new Promise((r) => setTimeout(r, 1100)); // JWTs issued in the same second are identical (iat has 1 s resolution)
  expect(await session.refresh()).toBe(true);
  expect(session.current.accessToken).not.toBe(before);
  ws.restart();
  // The re-subscription after the reconnect emits the current state again, on the new token.
  await until(() => connected === 2 && messages.length === 2);
  expect(messages).toEqual(['STARTED', 'STARTED']);
  expect(sentTokens).toEqual([before, session.current.accessToken]);
  unsubscribe();
});

it('an invalid access token is refused with 4401', async () => {
  const session = new Session({ endpoint: `${t.url}/graphql`, storage: new MemoryStorage() });
  session.accept({ accessToken: 'forged', refreshToken: 'x', expiresIn: 1, user: {} as never }, false);
  const ws = createWs(session, `${t.url.replace('http', 'ws')}/graphql`, WebSocket);
  clients.push(ws.client);
  const code = await new Promise<number>((resolve) => {
    ws.client.subscribe({ query: print(TaskUpdatedDocument), variables: { taskId: 'x' } }, { next: () => {}, error: (e) => resolve((e as any).code), complete: () => {} });
  });
  expect(code).toBe(4401);
});
