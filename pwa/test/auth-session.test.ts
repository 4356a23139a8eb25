/** @jest-environment node */
/**
 * The session against the real API: an expired/bad access token is refreshed once and the request
 * retried once; every refresh stores the rotated refresh token; a dead refresh token logs out without loops.
 */
import { startTestApp, registerUser, type TestApp } from '../../api/test/support/test-app';
import { Session, REFRESH_TOKEN_KEY, USER_KEY } from '../src/auth/session';
import { MemoryStorage } from './fixtures/memory-storage';


let t: TestApp;
beforeAll(async () => { t = await startTestApp(); }, 60_000);
afterAll(async () => { await t?.close(); });

function counting(base: string) {
  const calls: string[] = [];
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}'));
    calls.push(/refreshToken\(/.test(body.query) ? 'refresh' : 'query');
    return fetch(new URL(String(input), base), init);
  }) as typeof fetch;
  return { f, calls };
}

const ME = JSON.stringify({ query: '{ me { username } }' });

it('refreshes once on UNAUTHENTICATED, retries, and stores the rotated refresh token', async () => {
  const user = await registerUser(t);
  const storage = new MemoryStorage();
  const { f, calls } = counting(t.url);
  const session = new Session({ endpoint: `${t.url}/graphql`, storage, fetch: f });
  storage.setItem(REFRESH_TOKEN_KEY, user.refreshToken);
  session.accept({ accessToken: 'not-a-valid-jwt', refreshToken: user.refreshToken, expiresIn: 3600, user: user.user as never }, false);

  const res = await session.authFetch(`${t.url}/graphql`, { method: 'POST', body: ME });
  const body = await res.json();
  expect(body.data.me.username).toBe(user.username);
  expect(calls).toEqual(['query', 'refresh', 'query']);
  const rotated = storage.getItem(REFRESH_TOKEN_KEY)!;
  expect(rotated).toBeTruthy();
  expect(rotated).not.toBe(user.refreshToken);
  expect(session.current.accessToken).not.toBe('not-a-valid-jwt');

  // Each refresh rotates again, and the stored token is always the newest.
  expect(await session.refresh()).toBe(true);
  const newest = storage.getItem(REFRESH_TOKEN_KEY)!;
  expect(newest).not.toBe(rotated);

  // Replaying a spent token is refused and (server-side reuse detection) revokes the family: that is why
  // the client must never use an old one.
  const old = await t.gql('mutation($t: String!) { refreshToken(token: $t) { accessToken } }', { t: user.refreshToken });
  expect(old.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

it('with a dead refresh token: one refresh attempt, then logged out, no retry loop', async () => {
  const user = await registerUser(t);
  const storage = new MemoryStorage();
  const { f, calls } = counting(t.url);
  const session = new Session({ endpoint: `${t.url}/graphql`, storage, fetch: f });
  session.accept({ accessToken: 'expired', refreshToken: user.refreshToken, expiresIn: 3600, user: user.user as never }, false);
  await t.gql('mutation($t: String!) { logout(refreshToken: $t) }', { t: user.refreshToken });

  const res = await session.authFetch(`${t.url}/graphql`, { method: 'POST', body: ME });
  const body = await res.json();
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(calls).toEqual(['query', 'refresh']);
  expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  expect(session.current.user).toBeNull();
});

it('concurrent requests share one refresh (a second would spend a used token and log out)', async () => {
  const user = await registerUser(t);
  const storage = new MemoryStorage();
  const { f, calls } = counting(t.url);
  const session = new Session({ endpoint: `${t.url}/graphql`, storage, fetch: f });
  session.accept({ accessToken: 'expired', refreshToken: user.refreshToken, expiresIn: 3600, user: user.user as never }, false);
  const results = await Promise.all([1, 2, 3].map(() => session.authFetch(`${t.url}/graphql`, { method: 'POST', body: ME }).then((r) => r.json())));
  expect(results.every((r) => r.data?.me.username === user.username)).toBe(true);
  expect(calls.filter((c) => c === 'refresh')).toHaveLength(1);
});

it('logout revokes the refresh token on the server and clears it locally', async () => {
  const user = await registerUser(t);
  const storage = new MemoryStorage();
  const session = new Session({ endpoint: `${t.url}/graphql`, storage });
  session.accept({ accessToken: user.accessToken, refreshToken: user.refreshToken, expiresIn: 3600, user: user.user as never }, false);
  await session.logout();
  expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  const again = await t.gql('mutation($t: String!) { refreshToken(token: $t) { accessToken } }', { t: user.refreshToken });
  expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

it('start-up with a stored session: ready at once with the stored profile, then refreshed without re-rendering the screens', async () => {
  const user = await registerUser(t);
  const me = (await t.gql('{ me { id username email displayName dateJoined isInstructor preferences { autoSaveChoreographies defaultDifficulty emailNotifications } } }', {}, user.accessToken)).data.me;
  const storage = new MemoryStorage();
  storage.setItem(REFRESH_TOKEN_KEY, user.refreshToken);
  // As Apollo's login mutation stored it: with __typename, which the raw refresh does not ask for.
  storage.setItem(USER_KEY, JSON.stringify({ __typename: 'User', ...me, preferences: { __typename: 'Preferences', ...me.preferences } }));
  const { f, calls } = counting(t.url);
  const session = new Session({ endpoint: `${t.url}/graphql`, storage, fetch: f });
  const views: unknown[] = [];
  session.subscribe(() => views.push(session.view));

  const restoring = session.restore();
  // Synchronously, before any answer: the stored profile, ready, no access token yet.
  expect(session.view).toEqual({ user: expect.objectContaining({ username: user.username }), ready: true });
  expect(session.current.accessToken).toBeNull();
  const shown = session.view;
  // A request meanwhile waits for the same refresh (one refresh in all).
  const body = await (await session.authFetch(`${t.url}/graphql`, { method: 'POST', body: ME })).json();
  await restoring;
  expect(body.data.me.username).toBe(user.username);
  expect(calls).toEqual(['refresh', 'query']);
  expect(session.current.accessToken).toBeTruthy();
  expect(storage.getItem(REFRESH_TOKEN_KEY)).not.toBe(user.refreshToken);
  // The refreshed profile is the stored one: the view (what screens render from) is the same object.
  expect(session.view).toBe(shown);
  expect(new Set(views).size).toBe(1);
});

it('start-up with a stored profile but a revoked refresh token: shown at once, then logged out', async () => {
  const user = await registerUser(t);
  const storage = new MemoryStorage();
  storage.setItem(REFRESH_TOKEN_KEY, user.refreshToken);
  storage.setItem(USER_KEY, JSON.stringify(user.user));
  await t.gql('mutation($t: String!) { logout(refreshToken: $t) }', { t: user.refreshToken });
  const session = new Session({ endpoint: `${t.url}/graphql`, storage, fetch: counting(t.url).f });
  const restoring = session.restore();
  expect(session.view.user).not.toBeNull();
  await restoring;
  expect(session.view).toEqual({ user: null, ready: true });
  expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  expect(storage.getItem(USER_KEY)).toBeNull();
});

it('start-up without the network keeps the stored profile (offline mode) and the refresh token', async () => {
  const user = await registerUser(t);
  const storage = new MemoryStorage();
  storage.setItem(REFRESH_TOKEN_KEY, user.refreshToken);
  storage.setItem(USER_KEY, JSON.stringify(user.user));
  // A port nothing listens on: fetch rejects as it does offline.
  const session = new Session({ endpoint: 'http://127.0.0.1:9/graphql', storage });
  await session.restore();
  expect(session.view).toEqual({ user: expect.objectContaining({ username: user.username }), ready: true });
  expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe(user.refreshToken);
});
