import jwt from 'jsonwebtoken';
import { hashPassword, passwordProblems, verifyPassword } from '../src/modules/auth/passwords';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

const REGISTER = `mutation($u: String!, $e: String!, $p: String!, $d: String) { register(username: $u, email: $e, password: $p, displayName: $d) { accessToken refreshToken expiresIn user { id username displayName isInstructor preferences { autoSaveChoreographies defaultDifficulty emailNotifications } } } }`;
const LOGIN = `mutation($i: String!, $p: String!) { login(usernameOrEmail: $i, password: $p) { accessToken refreshToken user { username } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(token: $t) { accessToken refreshToken } }`;
const ME = `{ me { id username email displayName } }`;

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('passwords', () => {
  it('writes Django pbkdf2_sha256 hashes that verify, and rejects wrong passwords', async () => {
    const hash = await hashPassword('Bachata-Steps-2026', 1000);
    expect(hash).toMatch(/^pbkdf2_sha256\$1000\$[A-Za-z0-9]{22}\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPassword('Bachata-Steps-2026', hash)).toBe(true);
    expect(await verifyPassword('bachata-steps-2026', hash)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc$def')).toBe(false);
  });

  it('verifies a hash made by Django (known vector)', async () => {
    // Django: make_password('salsa', salt='abcdefgh', hasher='pbkdf2_sha256') with 1000 iterations, computed independently.
    const { pbkdf2Sync } = await import('node:crypto');
    const expected = pbkdf2Sync('salsa', 'abcdefgh', 1000, 32, 'sha256').toString('base64');
    expect(await verifyPassword('salsa', `pbkdf2_sha256$1000$abcdefgh$${expected}`)).toBe(true);
  });

  it('applies Django-like password rules', () => {
    expect(passwordProblems('short1', {})).toContain('This password is too short. It must contain at least 8 characters.');
    expect(passwordProblems('1234567890', {})).toContain('This password is entirely numeric.');
    expect(passwordProblems('password123', {})).toContain('This password is too common.');
    expect(passwordProblems('mariadancer', { username: 'mariadancer1' }).join(' ')).toMatch(/too similar to the username/);
    expect(passwordProblems('Bachata-Steps-2026', { username: 'maria', email: 'maria@example.com' })).toEqual([]);
  });

  it('defaults to 1,000,000 iterations for new hashes (so the old app can verify them)', async () => {
    const { loadConfig } = await import('../src/config');
    expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), DATA_DIR: t.dataDir }).passwordHashIterations).toBe(1_000_000);
  });
});

describe('secrets', () => {
  it('production refuses to start without a real JWT_SECRET; development generates one and keeps it', async () => {
    const { loadConfig } = await import('../src/config');
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: t.dataDir })).toThrow(/JWT_SECRET must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'changeme', DATA_DIR: t.dataDir })).toThrow(/JWT_SECRET/);
    const a = loadConfig({ NODE_ENV: 'development', DATA_DIR: t.dataDir }).jwtSecret;
    const b = loadConfig({ NODE_ENV: 'development', DATA_DIR: t.dataDir }).jwtSecret;
    expect(a.length).toBeGreaterThanOrEqual(48);
    expect(b).toBe(a);
  });
});

describe('register, login, me', () => {
  it('registers with defaults and logs in by username or email', async () => {
    const r = await t.gql(REGISTER, { u: 'rosa', e: 'Rosa@Example.com', p: 'Merengue-Nights-77', d: 'Rosa M.' });
    expect(r.errors).toBeUndefined();
    expect(r.data.register).toMatchObject({ expiresIn: 3600, user: { username: 'rosa', displayName: 'Rosa M.', isInstructor: false, preferences: { autoSaveChoreographies: true, defaultDifficulty: 'BEGINNER', emailNotifications: false } } });
    const claims = jwt.decode(r.data.register.accessToken, { complete: true }) as any;
    expect(claims.header.alg).toBe('HS256');
    expect(claims.payload.exp - claims.payload.iat).toBe(3600);

    const byName = await t.gql(LOGIN, { i: 'rosa', p: 'Merengue-Nights-77' });
    expect(byName.data.login.user.username).toBe('rosa');
    const byEmail = await t.gql(LOGIN, { i: 'rosa@example.com', p: 'Merengue-Nights-77' });
    expect(byEmail.data.login.user.username).toBe('rosa');
    const me = await t.gql(ME, {}, byEmail.data.login.accessToken);
    expect(me.data.me).toMatchObject({ username: 'rosa', email: 'rosa@example.com', displayName: 'Rosa M.' });
  });

  it('rejects bad registrations with the field in error', async () => {
    const weak = await t.gql(REGISTER, { u: 'lucia', e: 'lucia@example.com', p: '12345678' });
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const email = await t.gql(REGISTER, { u: 'lucia', e: 'not-an-email', p: 'Merengue-Nights-77' });
    expect(email.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const taken = await t.gql(REGISTER, { u: 'ROSA', e: 'other@example.com', p: 'Merengue-Nights-77' });
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'username' });
  });

  it('answers UNAUTHENTICATED without, with a tampered, with an expired and with a wrong-algorithm token', async () => {
    const u = await registerUser(t);
    expect((await t.gql(ME)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const [h, p, s] = u.accessToken.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, sub: '1' })).toString('base64url');
    expect((await t.gql(ME, {}, `${h}.${forged}.${s}`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const expired = jwt.sign({ username: u.username, typ: 'access' }, t.config.jwtSecret, { algorithm: 'HS256', expiresIn: -10, subject: u.user.id, issuer: 'bachata-buddy' });
    const e = await t.gql(ME, {}, expired);
    expect(e.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(e.errors![0].message).toMatch(/expired/);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    expect((await t.gql(ME, {}, none)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const hs512 = jwt.sign({ username: u.username, typ: 'access' }, t.config.jwtSecret, { algorithm: 'HS512', subject: u.user.id, issuer: 'bachata-buddy' });
    expect((await t.gql(ME, {}, hs512)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('updates profile and preferences but never is_instructor', async () => {
    const u = await registerUser(t);
    const r = await t.gql(`mutation { updateProfile(displayName: "Salsera", email: "new-address@example.com") { displayName email isInstructor } }`, {}, u.accessToken);
    expect(r.data.updateProfile).toEqual({ displayName: 'Salsera', email: 'new-address@example.com', isInstructor: false });
    const p = await t.gql(`mutation { updatePreferences(autoSaveChoreographies: false, defaultDifficulty: ADVANCED, emailNotifications: true) { preferences { autoSaveChoreographies defaultDifficulty emailNotifications } } }`, {}, u.accessToken);
    expect(p.data.updatePreferences.preferences).toEqual({ autoSaveChoreographies: false, defaultDifficulty: 'ADVANCED', emailNotifications: true });
    const bad = await t.gql(`mutation { updatePreferences(defaultDifficulty: EXPERT) { id } }`, {}, u.accessToken);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const promote = await t.gql(`mutation { updateProfile(isInstructor: true) { id } }`, {}, u.accessToken);
    expect(promote.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('refresh token rotation', () => {
  it('rotates on every use and revokes the whole family when a used token comes back', async () => {
    const u = await registerUser(t);
    const first = await t.gql(REFRESH, { t: u.refreshToken });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(REFRESH, { t: first.data.refreshToken.refreshToken });
    expect(second.errors).toBeUndefined();
    // The first token was already rotated: reuse means theft; the family dies.
    const reuse = await t.gql(REFRESH, { t: u.refreshToken });
    expect(reuse.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const afterTheft = await t.gql(REFRESH, { t: second.data.refreshToken.refreshToken });
    expect(afterTheft.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the session; a bogus token is UNAUTHENTICATED', async () => {
    const u = await registerUser(t);
    expect((await t.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: u.refreshToken })).data.logout).toBe(true);
    expect((await t.gql(REFRESH, { t: u.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, { t: 'not-a-token' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an expired refresh token', async () => {
    const u = await registerUser(t);
    await t.app.services.pool.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [u.user.id]);
    const r = await t.gql(REFRESH, { t: u.refreshToken });
    expect(r.errors![0].message).toMatch(/expired/);
  });
});

describe('login throttling', () => {
  it('locks an account from one address for 15 minutes after 5 failures in 5 minutes, with a message that says so', async () => {
    const u = await registerUser(t);
    for (let i = 0; i < 4; i++) {
      const r = await t.gql(LOGIN, { i: u.username, p: 'wrong-password' }, null, { 'x-forwarded-for': '10.0.0.7' });
      expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const fifth = await t.gql(LOGIN, { i: u.username, p: 'wrong-password' }, null, { 'x-forwarded-for': '10.0.0.7' });
    expect(fifth.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(fifth.errors![0].message).toMatch(/locked for 15 more minutes/);
    // Even the right password is refused while locked, from that address.
    const right = await t.gql(LOGIN, { i: u.username, p: u.password }, null, { 'x-forwarded-for': '10.0.0.7' });
    expect(right.errors![0].extensions!.code).toBe('RATE_LIMITED');
    // The lock ends 15 minutes later.
    await t.app.services.pool.query(`UPDATE login_attempts SET created_at = created_at - interval '16 minutes' WHERE identifier = $1`, [`user:${u.user.id}`]);
    const later = await t.gql(LOGIN, { i: u.username, p: u.password }, null, { 'x-forwarded-for': '10.0.0.7' });
    expect(later.errors).toBeUndefined();
  });

  it('keeps a day of login attempts, not every attempt forever', async () => {
    const u = await registerUser(t);
    const count = async (where: string) => Number((await t.app.services.pool.query(`SELECT count(*) AS n FROM login_attempts WHERE ${where}`)).rows[0].n);
    await t.app.services.pool.query(`INSERT INTO login_attempts (identifier, address, succeeded, created_at)
      SELECT 'name:old' || g, '10.9.9.9', false, now() - interval '25 hours' - g * interval '1 minute' FROM generate_series(1, 500) g`);
    await t.app.services.pool.query(`INSERT INTO login_attempts (identifier, address, succeeded, created_at) VALUES ('name:recent', '10.9.9.8', false, now() - interval '23 hours')`);
    expect(await count(`address = '10.9.9.9'`)).toBe(500);
    // At most one clean-up a minute per process: a minute after the last one, a login runs it.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'performance', 'hrtime'], now: Date.now() + 61_000 });
    try {
      const r = await t.gql(LOGIN, { i: u.username, p: u.password }, null, { 'x-forwarded-for': '10.0.0.8' });
      expect(r.errors).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
    expect(await count(`address = '10.9.9.9'`)).toBe(0);
    expect(await count(`identifier = 'name:recent'`)).toBe(1);
  });
});
