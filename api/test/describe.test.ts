/**
 * describeChoreography on the real api and PostgreSQL: the offline interpreter, the optional language
 * model (an OpenAI-compatible endpoint faked by a local HTTP server on 127.0.0.1), hostile input, and
 * move wishes reaching the task's parameters.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { interpreterFor, LanguageModelInterpreter, OfflineInterpreter } from '../src/modules/describe/describe-interpreter';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

const DESCRIBE = `query($text: String!) { describeChoreography(text: $text) {
  language interpreter movesReason preferMoves avoidMoves
  difficulty { value reason fromRequest } energyLevel { value reason fromRequest } style { value reason fromRequest }
  song { reason fromRequest song { id title isUpload } } } }`;
const KEY = 'sk-test-key-never-in-logs-0123456789';

type Mode = { kind: 'answer'; content: unknown } | { kind: 'status'; status: number } | { kind: 'hang' } | { kind: 'raw'; body: string };
let mode: Mode = { kind: 'status', status: 500 };
const received: Array<{ auth: string | undefined; body: { model: string; messages: Array<{ role: string; content: string }> } }> = [];
let llm: Server;
const hanging: ServerResponse[] = [];

let t: TestApp;
const songs: Record<string, string> = {};
let dancer: Awaited<ReturnType<typeof registerUser>>;
let other: Awaited<ReturnType<typeof registerUser>>;

beforeAll(async () => {
  llm = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
      if (mode.kind === 'hang') { hanging.push(res); return; }
      if (mode.kind === 'status') { res.writeHead(mode.status).end('{"error":"boom"}'); return; }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(mode.kind === 'raw' ? mode.body : JSON.stringify({ choices: [{ message: { role: 'assistant', content: typeof mode.content === 'string' ? mode.content : JSON.stringify(mode.content) } }] }));
    });
  });
  await new Promise<void>((r) => llm.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1/chat/completions`;
  t = await startTestApp({ env: { DESCRIBE_LLM_URL: url, DESCRIBE_LLM_MODEL: 'fake-model', DESCRIBE_LLM_API_KEY: KEY, DESCRIBE_LLM_TIMEOUT_MS: '400' } });
  dancer = await registerUser(t);
  other = await registerUser(t);
  const insert = async (title: string, artist: string, bpm: number, owner: string | null, energy?: number) => {
    const analysis = energy == null ? null : JSON.stringify({ bpm, energy: [energy, energy, energy] });
    const { rows } = await t.app.services.pool.query(
      `INSERT INTO songs (title, artist, duration, bpm, genre, audio_path, owner_id, analysis, created_at, updated_at) VALUES ($1, $2, 180, $3, 'bachata', 'songs/x.mp3', $4, $5, now(), now()) RETURNING id`,
      [title, artist, bpm, owner, analysis]);
    songs[title] = String(rows[0].id);
  };
  await insert('Luna de Santiago', 'Demo', 116, null, 0.3);
  await insert('Güira y Bongó', 'Demo', 128, null, 0.5);
  await insert('Noche en la Capital', 'Demo', 140, null, 0.85);
  await insert('Mi Primer Baile', 'Me', 124, dancer.user.id);
  await insert('Secreto Ajeno', 'Someone', 118, other.user.id);
});
afterAll(async () => {
  hanging.forEach((r) => r.destroy());
  await new Promise((r) => llm.close(r));
  await t.close();
});

describe('describeChoreography: offline answers (the model is down)', () => {
  beforeEach(() => { mode = { kind: 'status', status: 500 }; });

  it('reads the English example with a reason for each option', async () => {
    const r = await t.gql(DESCRIBE, { text: 'a sensual bachata for beginners, not too fast, lots of body waves' }, dancer.accessToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.describeChoreography).toMatchObject({
      language: 'en', interpreter: 'offline', preferMoves: ['BODY_WAVE'], avoidMoves: [],
      difficulty: { value: 'BEGINNER', fromRequest: true, reason: '“beginners” → beginner' },
      energyLevel: { value: 'LOW', fromRequest: true }, style: { value: 'SENSUAL', fromRequest: true },
      song: { fromRequest: false, song: { title: 'Luna de Santiago', isUpload: false } },
    });
  });

  it('reads the Spanish example', async () => {
    const r = await t.gql(DESCRIBE, { text: 'algo romántico y tranquilo para principiantes' }, dancer.accessToken);
    expect(r.data.describeChoreography).toMatchObject({ language: 'es', difficulty: { value: 'BEGINNER' }, energyLevel: { value: 'LOW' }, style: { value: 'ROMANTIC' } });
    expect(r.data.describeChoreography.movesReason).toMatch(/^no mencionaste/);
  });

  it('picks the dancer\'s own upload by title, never another dancer\'s song', async () => {
    const mine = await t.gql(DESCRIBE, { text: 'something fun to mi primer baile' }, dancer.accessToken);
    expect(mine.data.describeChoreography.song).toMatchObject({ fromRequest: true, song: { id: songs['Mi Primer Baile'], isUpload: true } });
    const theirs = await t.gql(DESCRIBE, { text: 'a slow dance to secreto ajeno' }, dancer.accessToken);
    expect(theirs.data.describeChoreography.song.song.id).not.toBe(songs['Secreto Ajeno']);
    expect(theirs.data.describeChoreography.song.fromRequest).toBe(false);
  });

  it('chooses a song by tempo and energy when none is named', async () => {
    const r = await t.gql(DESCRIBE, { text: 'fast and energetic, no dips' }, dancer.accessToken);
    expect(r.data.describeChoreography).toMatchObject({ avoidMoves: ['DIP'], song: { song: { title: 'Noche en la Capital' } } });
    expect(r.data.describeChoreography.song.reason).toMatch(/140 BPM/);
  });

  it('uses the dancer\'s default difficulty', async () => {
    await t.gql('mutation { updatePreferences(defaultDifficulty: ADVANCED) { id } }', {}, other.accessToken);
    const r = await t.gql(DESCRIBE, { text: 'something romantic' }, other.accessToken);
    expect(r.data.describeChoreography.difficulty).toMatchObject({ value: 'ADVANCED', fromRequest: false });
  });

  it.each([
    ['', 'Describe the dance you want in a few words.'],
    ['   ', 'Describe the dance you want in a few words.'],
    ['x'.repeat(501), 'Keep the description under 500 characters.'],
  ])('refuses blank or overlong text (%#) with a clear error', async (text, message) => {
    const r = await t.gql(DESCRIBE, { text }, dancer.accessToken);
    expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
  });

  it('reads hostile text without harm', async () => {
    const r = await t.gql(DESCRIBE, { text: `'; DROP TABLE songs; -- <script>alert(1)</script> ${'no '.repeat(120)}` }, dancer.accessToken);
    expect(r.errors).toBeUndefined();
    // A NUL character is refused with a clear message, as in every text the api takes.
    const nul = await t.gql(DESCRIBE, { text: 'slow and \u0000 romantic' }, dancer.accessToken);
    expect(nul.errors![0]).toMatchObject({ message: expect.stringMatching(/NUL/), extensions: { code: 'BAD_USER_INPUT' } });
    const { rows } = await t.app.services.pool.query('SELECT count(*)::int AS n FROM songs');
    expect(rows[0].n).toBe(5);
  });

  it('needs a login', async () => {
    const r = await t.gql(DESCRIBE, { text: 'romantic' });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('describeChoreography: the optional language model', () => {
  const answer = (over: Record<string, unknown> = {}) => ({
    language: 'en', difficulty: { value: 'intermediate', reason: 'model: some experience', fromRequest: true },
    energy: { value: 'high', reason: 'model: lively', fromRequest: true }, style: { value: 'playful', reason: 'model: fun', fromRequest: true },
    song: { value: songs['Güira y Bongó'], reason: 'model: mid tempo', fromRequest: false }, preferMoves: ['turn'], avoidMoves: ['dip'], movesReason: 'model: turns, no dips',
    ...over,
  });

  it('answers through the endpoint, with the key, the model and the dancer\'s songs only', async () => {
    mode = { kind: 'answer', content: answer() };
    received.length = 0;
    const r = await t.gql(DESCRIBE, { text: 'something lively for improvers with turns' }, dancer.accessToken);
    expect(r.data.describeChoreography).toMatchObject({
      interpreter: 'language-model', difficulty: { value: 'INTERMEDIATE', reason: 'model: some experience' }, energyLevel: { value: 'HIGH' },
      style: { value: 'PLAYFUL' }, preferMoves: ['TURN'], avoidMoves: ['DIP'], song: { song: { title: 'Güira y Bongó' } },
    });
    expect(received).toHaveLength(1);
    expect(received[0].auth).toBe(`Bearer ${KEY}`);
    expect(received[0].body.model).toBe('fake-model');
    const prompt = JSON.parse(received[0].body.messages[1].content);
    expect(prompt.request).toBe('something lively for improvers with turns');
    expect(prompt.songs.map((s: { title: string }) => s.title).sort()).toEqual(['Güira y Bongó', 'Luna de Santiago', 'Mi Primer Baile', 'Noche en la Capital']);
  });

  it('accepts an answer wrapped in a code fence', async () => {
    mode = { kind: 'answer', content: '```json\n' + JSON.stringify(answer()) + '\n```' };
    const r = await t.gql(DESCRIBE, { text: 'lively' }, dancer.accessToken);
    expect(r.data.describeChoreography.interpreter).toBe('language-model');
  });

  it.each([
    ['another dancer\'s song', { kind: 'answer', content: answer({ song: { value: 'SONG_OF_OTHER', reason: 'x' } }) }],
    ['an unknown move', { kind: 'answer', content: answer({ preferMoves: ['moonwalk'] }) }],
    ['an unknown style', { kind: 'answer', content: answer({ style: { value: 'salsa', reason: 'x' } }) }],
    ['prose instead of JSON', { kind: 'answer', content: 'Sure! Here is a lovely dance for you.' }],
    ['a body that is not a chat answer', { kind: 'raw', body: '<html>gateway</html>' }],
    ['HTTP 401', { kind: 'status', status: 401 }],
    ['HTTP 500', { kind: 'status', status: 500 }],
    ['no answer before the timeout', { kind: 'hang' }],
  ] as Array<[string, Mode]>)('falls back to the offline interpreter on %s', async (_, m) => {
    mode = JSON.parse(JSON.stringify(m).replace('SONG_OF_OTHER', songs['Secreto Ajeno']));
    const r = await t.gql(DESCRIBE, { text: 'a sensual bachata for beginners, not too fast, lots of body waves' }, dancer.accessToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.describeChoreography).toMatchObject({ interpreter: 'offline', style: { value: 'SENSUAL' }, preferMoves: ['BODY_WAVE'] });
  });

  it('logs why it fell back, never the key or the request', async () => {
    mode = { kind: 'status', status: 503 };
    const lines: string[] = [];
    const log = { debug: () => undefined, info: () => undefined, error: () => undefined, warn: (m: string, f?: Record<string, unknown>) => { lines.push(JSON.stringify({ m, f })); } };
    const cfg = { url: (t.config.describeLlm.url), model: 'fake-model', apiKey: KEY, timeoutMs: 400 };
    const out = await new LanguageModelInterpreter(cfg, log as never).interpret('secret wedding surprise', [], {});
    expect(out.interpreter).toBe('offline');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/HTTP 503/);
    expect(lines[0]).not.toContain(KEY);
    expect(lines[0]).not.toContain('wedding');
  });

  it('without a key (or without a URL) the offline interpreter is used and nothing is sent', () => {
    const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), MEDIA_URL_SECRET: 'y'.repeat(40), DATA_DIR: t.dataDir };
    expect(interpreterFor(loadConfig({ ...base, DESCRIBE_LLM_URL: t.config.describeLlm.url }), t.app.services.log)).toBeInstanceOf(OfflineInterpreter);
    expect(interpreterFor(loadConfig({ ...base, DESCRIBE_LLM_API_KEY: KEY }), t.app.services.log)).toBeInstanceOf(OfflineInterpreter);
    expect(interpreterFor(t.config, t.app.services.log)).toBeInstanceOf(LanguageModelInterpreter);
  });
});

describe('move wishes reach the task', () => {
  const GENERATE = `mutation($s: ID!, $p: [MoveFamily!], $a: [MoveFamily!]) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: LOW, style: SENSUAL, preferMoves: $p, avoidMoves: $a }) { id parameters { preferMoves avoidMoves } } }`;

  it('stores preferMoves/avoidMoves in choreography_tasks.parameters for the job', async () => {
    const r = await t.gql(GENERATE, { s: songs['Luna de Santiago'], p: ['BODY_WAVE', 'BODY_WAVE', 'HIP_ROLL'], a: ['SPIN'] }, dancer.accessToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.generateChoreography.parameters).toEqual({ preferMoves: ['BODY_WAVE', 'HIP_ROLL'], avoidMoves: ['SPIN'] });
    const { rows } = await t.app.services.pool.query('SELECT parameters FROM choreography_tasks WHERE task_id = $1', [r.data.generateChoreography.id]);
    expect(rows[0].parameters).toMatchObject({ preferMoves: ['body_wave', 'hip_roll'], avoidMoves: ['spin'], difficulty: 'beginner' });
  });

  it('leaves rows in the old shape when there are no wishes', async () => {
    const r = await t.gql(GENERATE, { s: songs['Luna de Santiago'] }, dancer.accessToken);
    expect(r.data.generateChoreography.parameters).toEqual({ preferMoves: [], avoidMoves: [] });
    const { rows } = await t.app.services.pool.query('SELECT parameters FROM choreography_tasks WHERE task_id = $1', [r.data.generateChoreography.id]);
    expect(Object.keys(rows[0].parameters).sort()).toEqual(['difficulty', 'energyLevel', 'seed', 'songId', 'style']);
  });

  it('refuses a kind both preferred and avoided, and an unknown kind', async () => {
    const both = await t.gql(GENERATE, { s: songs['Luna de Santiago'], p: ['DIP'], a: ['DIP'] }, dancer.accessToken);
    expect(both.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'preferMoves' } });
    const unknown = await t.gql(GENERATE, { s: songs['Luna de Santiago'], p: ['MOONWALK'] }, dancer.accessToken);
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
