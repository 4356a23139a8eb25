/**
 * Who is logged in, and the tokens.
 *
 * - The access token lives in memory only (a stolen localStorage cannot replay it for an hour).
 * - The refresh token lives in localStorage. It is single use: every refresh returns a new one and we
 *   store it at once, before anything else can fail.
 * - A request answered UNAUTHENTICATED is refreshed once and retried once; a second failure logs out.
 * - Tabs stay consistent: a refresh or login in one tab is broadcast (BroadcastChannel) with the new access
 *   token; a logout clears the storage key, which the other tabs see as a `storage` event. Refreshes
 *   are serialised across tabs with the Web Locks API where available, because two tabs spending the same
 *   refresh token would log the slower one out.
 */
import type { UserFieldsFragment } from '../graphql/generated/graphql';

export const REFRESH_TOKEN_KEY = 'bb.refreshToken';
/** The profile (not a secret) so an offline start still knows who is dancing and shows their saved work. */
export const USER_KEY = 'bb.user';
export type SessionUser = UserFieldsFragment;

export interface AuthPayloadLike { accessToken: string; refreshToken: string; expiresIn: number; user: SessionUser }

export interface SessionOptions {
  endpoint: string;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  fetch?: typeof fetch;
  channel?: { postMessage(m: unknown): void; onmessage: ((e: MessageEvent) => void) | null; close?(): void } | null;
  locks?: { request<T>(name: string, cb: () => Promise<T>): Promise<T> } | null;
}

export interface SessionState { user: SessionUser | null; accessToken: string | null; ready: boolean }
/** What the screens render from: a new object only when the user or readiness changes, not the token. */
export type SessionView = Pick<SessionState, 'user' | 'ready'>;

const REFRESH_MUTATION = `mutation Refresh($token: String!) { refreshToken(token: $token) { accessToken refreshToken expiresIn user {
  id username email displayName dateJoined isInstructor preferences { autoSaveChoreographies defaultDifficulty emailNotifications } } } }`;

export interface GraphQLErrorLike { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }

export function hasUnauthenticated(body: unknown): boolean {
  const errors = (body as { errors?: GraphQLErrorLike[] } | null)?.errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** A profile as text regardless of key order and __typename (Apollo adds it, the raw refresh does not). */
function canonical(user: SessionUser): string {
  return JSON.stringify(user, (key, value: unknown) => {
    if (key === '__typename') return undefined;
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value;
  });
}

export class Session {
  private state: SessionState = { user: null, accessToken: null, ready: false };
  private viewState: SessionView = { user: null, ready: false };
  private listeners = new Set<(s: SessionState) => void>();
  private inflight: Promise<boolean> | null = null;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly opts: SessionOptions) {
    this.fetchImpl = opts.fetch ?? ((...a) => fetch(...a));
    if (opts.channel) {
      opts.channel.onmessage = (e: MessageEvent) => {
        const m = e.data as { type: string; accessToken?: string; user?: SessionUser };
        if (m.type === 'tokens' && m.accessToken && m.user) this.set({ accessToken: m.accessToken, user: m.user, ready: true });
        if (m.type === 'logout') this.set({ accessToken: null, user: null, ready: true });
      };
    }
  }

  get current(): SessionState { return this.state; }
  /** user and ready; the same object until one of them changes (a token refresh re-renders nothing). */
  get view(): SessionView { return this.viewState; }
  get refreshToken(): string | null { return this.opts.storage.getItem(REFRESH_TOKEN_KEY); }

  subscribe(listener: (s: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  private set(next: Partial<SessionState>) {
    const prev = this.state;
    // The refreshed profile is usually the one already shown: keep that object, so nothing re-renders.
    const user = next.user && prev.user && canonical(next.user) === canonical(prev.user) ? prev.user : next.user;
    this.state = { ...prev, ...next, ...(next.user !== undefined ? { user } : {}) };
    if (this.state.user === prev.user && this.state.ready === prev.ready && this.state.accessToken === prev.accessToken) return;
    if (this.state.user !== prev.user || this.state.ready !== prev.ready) this.viewState = { user: this.state.user, ready: this.state.ready };
    for (const l of this.listeners) l(this.state);
  }

  /** After login/register/refresh: store the new refresh token first, then tell everyone. */
  accept(payload: AuthPayloadLike, broadcast = true) {
    this.opts.storage.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    this.opts.storage.setItem(USER_KEY, JSON.stringify(payload.user));
    this.set({ accessToken: payload.accessToken, user: payload.user, ready: true });
    if (broadcast) this.opts.channel?.postMessage({ type: 'tokens', accessToken: payload.accessToken, user: payload.user });
  }

  updateUser(user: SessionUser) { this.opts.storage.setItem(USER_KEY, JSON.stringify(user)); this.set({ user }); }

  /**
   * Start-up: the access token died with the last page, so trade the stored refresh token for a new one.
   * A returning dancer's screens do not wait for that round trip: with a refresh token and the last known
   * profile stored, the session is ready at once (synchronously, before the first render) with that
   * profile and no access token; requests wait for the refresh (authFetch). A definite "no" from the
   * server then logs out (clear), as before; no network keeps the stored profile (offline mode).
   */
  async restore(): Promise<void> {
    if (!this.refreshToken) { this.set({ ready: true }); return; }
    const stored = this.storedUser();
    if (stored) this.set({ user: stored, ready: true });
    // Refreshed: accept() set the new profile. Refused: clear() logged out. The refresh token survived,
    // so the refresh failed for lack of network: offline mode with the last known profile; requests will
    // refresh when the connection is back.
    await this.refresh();
    this.set({ ready: true });
  }

  private storedUser(): SessionUser | null {
    try { return JSON.parse(this.opts.storage.getItem(USER_KEY) ?? 'null') as SessionUser | null; } catch { return null; /* corrupt: stay logged out */ }
  }

  /** One refresh at a time (per tab, and across tabs with Web Locks). Resolves false when logged out. */
  refresh(): Promise<boolean> {
    if (!this.inflight) {
      const before = this.state.accessToken;
      const run = () => this.doRefresh(before);
      const locked = this.opts.locks ? this.opts.locks.request('bb-refresh', run) : run();
      this.inflight = locked.finally(() => { this.inflight = null; });
    }
    return this.inflight;
  }

  private async doRefresh(accessTokenBefore: string | null): Promise<boolean> {
    // Another tab refreshed while we waited for the lock: its broadcast already gave us a new access token.
    if (this.state.accessToken && this.state.accessToken !== accessTokenBefore) return true;
    const token = this.refreshToken;
    if (!token) { this.clear(); return false; }
    let res: Response;
    try {
      res = await this.fetchImpl(this.opts.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH_MUTATION, variables: { token } }),
      });
    } catch {
      return false; // offline: keep the refresh token for later
    }
    const body = (await res.json().catch(() => null)) as { data?: { refreshToken?: AuthPayloadLike }; errors?: GraphQLErrorLike[] } | null;
    const payload = body?.data?.refreshToken;
    if (!payload) {
      // Only a definite "no" from the server logs out; a 5xx keeps the token for another try.
      if (res.status < 500) this.clear();
      return false;
    }
    this.accept(payload);
    return true;
  }

  /** Forget everything locally (no server call). */
  clear() {
    this.opts.storage.removeItem(REFRESH_TOKEN_KEY);
    this.opts.storage.removeItem(USER_KEY);
    const wasIn = !!this.state.user || !!this.state.accessToken;
    this.set({ accessToken: null, user: null, ready: true });
    if (wasIn) this.opts.channel?.postMessage({ type: 'logout' });
  }

  /** Revokes the refresh token on the server (best effort), then clears. */
  async logout(): Promise<void> {
    const token = this.refreshToken;
    this.clear();
    if (!token) return;
    try {
      await this.fetchImpl(this.opts.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation Logout($t: String!) { logout(refreshToken: $t) }', variables: { t: token } }),
      });
    } catch { /* offline: the token expires on its own */ }
  }

  /** A `storage` event from another tab. */
  onStorage(e: { key: string | null; newValue: string | null }) {
    if ((e.key === REFRESH_TOKEN_KEY || e.key === null) && !e.newValue && this.state.user) this.set({ accessToken: null, user: null, ready: true });
  }

  /**
   * fetch for GraphQL over HTTP: adds the bearer token; on UNAUTHENTICATED refreshes once and retries
   * once. The body is read as text so it can be inspected and handed on.
   */
  authFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const send = () => {
      const headers = new Headers(init.headers);
      headers.set('content-type', 'application/json');
      if (this.state.accessToken) headers.set('authorization', `Bearer ${this.state.accessToken}`);
      return this.fetchImpl(input, { ...init, headers });
    };
    if (!this.state.accessToken && this.refreshToken) await this.refresh();
    const first = await send();
    const text = await first.text();
    let body: unknown = null;
    try { body = JSON.parse(text); } catch { /* not JSON: pass through */ }
    if (!hasUnauthenticated(body) || !this.refreshToken) return new Response(text, { status: first.status, statusText: first.statusText, headers: first.headers });
    const ok = await this.refresh();
    if (!ok) return new Response(text, { status: first.status, statusText: first.statusText, headers: first.headers });
    return send();
  };
}
