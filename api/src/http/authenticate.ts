import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage } from 'node:http';
import type { Pool } from 'pg';
import { bearerToken, verifyAccessToken } from '../modules/auth/tokens';
import type { AppConfig } from '../config';
import { User } from '../db/entities';
import { unauthenticated } from '../errors';

/** Who is calling, as a verified access token says. */
export interface Principal {
  id: number;
  username: string;
  /** the login session (refresh-token family) the token belongs to */
  sessionId: string;
  /** epoch ms at which the token expires */
  expiresAt: number;
}

export type AuthFailure = 'expired' | 'invalid' | 'revoked';
export type Authentication = { user: Principal | null; error?: AuthFailure };

/** What the caller is told for each failure (the same over HTTP, graphql-ws and uploads). */
export function authFailureMessage(error: AuthFailure | undefined): string {
  if (error === 'expired') return 'Your session expired. Refresh your token or log in again.';
  if (error === 'revoked') return 'Your session has ended. Please log in again.';
  return 'You need to log in.';
}

/** Resolve an Authorization header to a principal from the token alone (signature, `exp`, claims). */
export function authenticateHeader(header: string | undefined, config: AppConfig): Authentication {
  const token = bearerToken(header);
  if (!token) return { user: null };
  const check = verifyAccessToken(token, config.jwtSecret);
  if (!check.ok) return { user: null, error: check.reason };
  return { user: { id: check.userId, username: check.username, sessionId: check.sessionId, expiresAt: check.expiresAt } };
}

export function authenticateRequest(req: IncomingMessage, config: AppConfig): Principal {
  const auth = authenticateHeader(req.headers.authorization, config);
  if (!auth.user) throw unauthenticated(authFailureMessage(auth.error));
  return auth.user;
}

const LIVE_SQL = `SELECT u.is_active AND NOT EXISTS (
    SELECT 1 FROM refresh_tokens r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL) AS live
  FROM users u WHERE u.id = $1`;

async function sessionIsLive(query: (sql: string, params: unknown[]) => Promise<Array<{ live: boolean }>>, principal: Principal): Promise<boolean> {
  const rows = await query(LIVE_SQL, [principal.id, principal.sessionId]);
  return rows[0]?.live === true;
}

/**
 * Whether a token's account is still active and its session not revoked (logout, a reused refresh
 * token). A valid JWT alone is not enough: access tokens live an hour. Each (user, session) is looked
 * up at most once per `ttlMs` per process; concurrent requests share one lookup. Revocations made by
 * this process are seen at once (`forgetSession`), those made elsewhere within `ttlMs`.
 */
export class SessionGuard {
  private readonly cache = new Map<string, { at: number; live: Promise<boolean> }>();
  private static readonly MAX_ENTRIES = 10_000;

  constructor(private readonly pool: Pick<Pool, 'query'>, private readonly ttlMs: number) {}

  async isLive(principal: Principal): Promise<boolean> {
    const key = `${principal.id}:${principal.sessionId}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.live;
    const live = sessionIsLive(async (sql, params) => (await this.pool.query(sql, params)).rows, principal);
    if (this.ttlMs > 0) {
      this.cache.delete(key);
      if (this.cache.size >= SessionGuard.MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, { at: now, live });
      // A failed lookup (database away) is not remembered.
      live.catch(() => { if (this.cache.get(key)?.live === live) this.cache.delete(key); });
    }
    return live;
  }

  /** Token check plus account/session state. */
  async authenticate(header: string | undefined, config: AppConfig): Promise<Authentication> {
    const auth = authenticateHeader(header, config);
    if (!auth.user) return auth;
    if (!(await this.isLive(auth.user))) return { user: null, error: 'revoked' };
    return auth;
  }

  forgetSession(sessionId: string): void {
    for (const key of this.cache.keys()) if (key.endsWith(`:${sessionId}`)) this.cache.delete(key);
  }

  forgetUser(userId: number): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${userId}:`)) this.cache.delete(key);
  }
}

/**
 * The caller's user row, for the few operations that need more than the id. Read fresh (no cache): a
 * deactivated or deleted account, or a revoked session, is UNAUTHENTICATED.
 */
export async function loadUser(em: EntityManager, principal: Principal): Promise<User> {
  const live = await sessionIsLive((sql, params) => {
    // pg's $n placeholders → the ORM's positional ?, in the order they appear.
    const ordered: unknown[] = [];
    const text = sql.replace(/\$(\d+)/g, (_m, n: string) => { ordered.push(params[Number(n) - 1]); return '?'; });
    return em.getConnection().execute(text, ordered as never[]);
  }, principal);
  const user = live ? await em.findOne(User, { id: principal.id }) : null;
  if (!user || !user.isActive) throw unauthenticated('Your account is not active or your session has ended. Please log in again.');
  return user;
}
