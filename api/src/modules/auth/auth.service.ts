import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { toDifficulty } from '@bachata/core';
import type { AppConfig } from '../../config';
import { badInput, conflict, rateLimited, unauthenticated } from '../../errors';
import { LoginAttempt, RefreshToken, User } from '../../db/entities';
import type { SessionGuard } from '../../http/authenticate';
import { dummyPasswordHash, hashPassword, passwordProblems, verifyPassword } from './passwords';
import { hashRefreshToken, newRefreshTokenValue, signAccessToken } from './tokens';

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

const THROTTLE_WINDOW_MS = 5 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;
/**
 * Login attempts are kept this long (the lockouts read the last 20 minutes; a day is left for looking
 * into an attack), then removed: at most once a minute per process, on a login, so the table stays
 * the size of a day of attempts instead of growing forever.
 */
export const LOGIN_ATTEMPTS_KEPT_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 1000;
let lastPrune = 0;
const USERNAME = /^[\w.@+-]{3,150}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly config: AppConfig, private readonly sessions?: SessionGuard) {}

  /**
   * Users whose username (or email, when the input has an @) equals the input ignoring case — an exact
   * comparison, never a LIKE pattern (`%` and `_` are just characters).
   */
  private async usersMatching(input: string, column: 'username' | 'email'): Promise<User[]> {
    const rows: Array<{ id: string | number }> = await this.em.getConnection().execute(
      `SELECT id FROM users WHERE lower(${column}) = lower(?) ORDER BY id LIMIT 5`, [input]);
    if (!rows.length) return [];
    const users = await this.em.find(User, { id: { $in: rows.map((r) => Number(r.id)) } }, { orderBy: { id: 'asc' } });
    return users;
  }

  private async taken(column: 'username' | 'email', value: string, exceptId?: number): Promise<boolean> {
    const rows: unknown[] = await this.em.getConnection().execute(
      `SELECT 1 FROM users WHERE lower(${column}) = lower(?) AND id <> ? LIMIT 1`, [value, exceptId ?? -1]);
    return rows.length > 0;
  }

  async register(input: { username: string; email: string; password: string; displayName?: string | null }): Promise<AuthTokens> {
    const username = input.username.trim();
    const email = input.email.trim().toLowerCase();
    if (!USERNAME.test(username)) throw badInput('Usernames have 3–150 characters: letters, digits and @ . + - _ only.', 'username');
    if (!EMAIL.test(email) || email.length > 254) throw badInput('Enter a valid email address.', 'email');
    const displayName = (input.displayName ?? '').trim().slice(0, 200);
    const problems = passwordProblems(input.password, { username, email, displayName });
    if (problems.length) throw badInput(problems.join(' '), 'password');
    if (await this.taken('username', username)) throw conflict('That username is taken.', 'username');
    if (await this.taken('email', email)) throw conflict('An account with that email already exists.', 'email');
    const user = this.em.create(User, {
      username, email, displayName: displayName || username,
      password: await hashPassword(input.password, this.config.passwordHashIterations),
      preferences: { autoSaveChoreographies: true, defaultDifficulty: 'beginner', emailNotifications: false },
    });
    await this.em.flush();
    return this.issueTokens(user, randomUUID());
  }

  async login(usernameOrEmail: string, password: string, clientAddress: string): Promise<AuthTokens> {
    const input = usernameOrEmail.trim().slice(0, 254);
    // With TRUST_PROXY=true a forwarded address is whatever the client wrote: keep it to the column.
    const address = clientAddress.slice(0, 64);
    const byEmail = input.includes('@');
    const candidates = input ? await this.usersMatching(input, byEmail ? 'email' : 'username') : [];
    // The old app's usernames are case-sensitive: "Rosa" and "rosa" may both exist. The exact spelling
    // wins; otherwise only an unambiguous match counts. Old rows may share an email: each is tried.
    const exact = candidates.filter((u) => (byEmail ? u.email : u.username) === input);
    const tried = byEmail ? candidates : exact.length ? exact.slice(0, 1) : candidates.length === 1 ? candidates : [];
    // Locks are per account (its id, however it was spelled) and address.
    const identifier = tried.length ? `user:${tried[0].id}` : `name:${input.toLowerCase()}`.slice(0, 254);
    await this.assertNotLocked(identifier, address);
    let user: User | null = null;
    if (!tried.length) {
      // Unknown account: the same work as a known one, so timing does not tell which accounts exist.
      await verifyPassword(password, await dummyPasswordHash(this.config.passwordHashIterations));
    }
    for (const candidate of tried) {
      if (await verifyPassword(password, candidate.password)) { user = candidate; break; }
    }
    const ok = user !== null && user.isActive;
    this.em.create(LoginAttempt, { identifier, address, succeeded: ok, createdAt: new Date() });
    await this.em.flush();
    if (Date.now() - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = Date.now();
      await this.em.getConnection().execute('DELETE FROM login_attempts WHERE created_at < ?', [new Date(Date.now() - LOGIN_ATTEMPTS_KEPT_MS)]);
    }
    if (!ok || !user) {
      await this.assertNotLocked(identifier, address);
      throw unauthenticated('Wrong username/email or password.');
    }
    user.lastLogin = new Date();
    await this.em.flush();
    return this.issueTokens(user, randomUUID());
  }

  /** Rotation: each refresh token works once. Presenting a used one revokes its whole family. */
  async refresh(token: string): Promise<AuthTokens> {
    const row = await this.em.findOne(RefreshToken, { tokenHash: hashRefreshToken(token) });
    if (!row) throw unauthenticated('Your session is not valid. Please log in again.');
    const now = new Date();
    if (row.usedAt || row.revokedAt) {
      await this.revokeFamily(row.familyId);
      throw unauthenticated('This session was already used or ended. Please log in again.');
    }
    if (row.expiresAt <= now) throw unauthenticated('Your session expired. Please log in again.');
    // Mark used with a conditional update so two concurrent refreshes cannot both succeed.
    const claimed = await this.em.nativeUpdate(RefreshToken, { id: row.id, usedAt: null, revokedAt: null }, { usedAt: now });
    if (claimed !== 1) {
      await this.revokeFamily(row.familyId);
      throw unauthenticated('This session was already used or ended. Please log in again.');
    }
    const user = await this.em.findOne(User, { id: row.userId });
    if (!user || !user.isActive) throw unauthenticated('Your account is not active.');
    return this.issueTokens(user, row.familyId);
  }

  /** Ends the session: the refresh token's family is revoked, and so are its access tokens. */
  async logout(token: string): Promise<boolean> {
    const row = await this.em.findOne(RefreshToken, { tokenHash: hashRefreshToken(token) });
    if (!row) return false;
    await this.revokeFamily(row.familyId);
    return true;
  }

  async updateProfile(user: User, input: { displayName?: string | null; email?: string | null }): Promise<User> {
    if (input.displayName != null) {
      const displayName = input.displayName.trim();
      if (!displayName || displayName.length > 200) throw badInput('Display name must have 1–200 characters.', 'displayName');
      user.displayName = displayName;
    }
    if (input.email != null) {
      const email = input.email.trim().toLowerCase();
      if (!EMAIL.test(email)) throw badInput('Enter a valid email address.', 'email');
      if (email !== user.email.toLowerCase() && (await this.taken('email', email, user.id))) {
        throw conflict('An account with that email already exists.', 'email');
      }
      user.email = email;
    }
    await this.em.flush();
    return user;
  }

  async updatePreferences(user: User, input: { autoSaveChoreographies?: boolean | null; defaultDifficulty?: string | null; emailNotifications?: boolean | null }): Promise<User> {
    const next = { ...(user.preferences ?? {}) };
    if (input.autoSaveChoreographies != null) next.autoSaveChoreographies = input.autoSaveChoreographies;
    if (input.emailNotifications != null) next.emailNotifications = input.emailNotifications;
    if (input.defaultDifficulty != null) {
      const d = toDifficulty(input.defaultDifficulty);
      if (!d) throw badInput('Default difficulty must be beginner, intermediate or advanced.', 'defaultDifficulty');
      next.defaultDifficulty = d;
    }
    user.preferences = next;
    await this.em.flush();
    return user;
  }

  private async issueTokens(user: User, familyId: string): Promise<AuthTokens> {
    const refreshToken = newRefreshTokenValue();
    const now = Date.now();
    this.em.create(RefreshToken, {
      userId: user.id, familyId, tokenHash: hashRefreshToken(refreshToken),
      createdAt: new Date(now), expiresAt: new Date(now + this.config.refreshTokenTtlSeconds * 1000),
    });
    await this.em.flush();
    return {
      accessToken: signAccessToken(user.id, user.username, familyId, this.config.jwtSecret, this.config.accessTokenTtlSeconds),
      refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user,
    };
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
    this.sessions?.forgetSession(familyId);
  }

  /**
   * Lockouts: failures of one account from one address (LOGIN_MAX_FAILURES within 5 minutes) lock that
   * pair for 15 minutes, so a stranger cannot lock a dancer out from everywhere; failures from one
   * address across accounts (LOGIN_MAX_FAILURES_PER_ADDRESS) lock the address (password spraying).
   */
  private async assertNotLocked(identifier: string, address: string): Promise<void> {
    const conn = this.em.getConnection();
    const since = new Date(Date.now() - LOCK_MS - THROTTLE_WINDOW_MS);
    const scopes = [
      {
        failures: this.config.login.maxFailuresPerAccountAddress,
        message: 'Too many failed logins for this account from your network.',
        // A success of the same pair starts the count again.
        sql: `SELECT created_at FROM login_attempts WHERE identifier = ? AND address = ? AND succeeded = false AND created_at > ?
              AND created_at > coalesce((SELECT max(created_at) FROM login_attempts WHERE identifier = ? AND address = ? AND succeeded), 'epoch')
              ORDER BY created_at`,
        params: [identifier, address, since, identifier, address],
      },
      {
        failures: this.config.login.maxFailuresPerAddress,
        message: 'Too many failed logins from your network.',
        sql: `SELECT created_at FROM login_attempts WHERE address = ? AND succeeded = false AND created_at > ? ORDER BY created_at`,
        params: [address, since],
      },
    ];
    for (const scope of scopes) {
      const rows: Array<{ created_at: Date }> = await conn.execute(scope.sql, scope.params);
      // Find a run of N failures within 5 minutes whose lock (15 min from the Nth) has not expired.
      const times = rows.map((r) => new Date(r.created_at).getTime());
      const n = Math.max(1, scope.failures);
      for (let i = n - 1; i < times.length; i++) {
        if (times[i] - times[i - n + 1] <= THROTTLE_WINDOW_MS) {
          const unlockAt = times[i] + LOCK_MS;
          if (unlockAt > Date.now()) {
            const minutes = Math.ceil((unlockAt - Date.now()) / 60000);
            throw rateLimited(`${scope.message} Logging in is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`, Math.ceil((unlockAt - Date.now()) / 1000));
          }
        }
      }
    }
  }
}
