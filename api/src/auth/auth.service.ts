import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { toDifficulty } from '@bachata/core';
import type { AppConfig } from '../config';
import { badInput, conflict, rateLimited, unauthenticated } from '../errors';
import { LoginAttempt, RefreshToken, User } from '../db/entities';
import { hashPassword, passwordProblems, verifyPassword } from './passwords';
import { hashRefreshToken, newRefreshTokenValue, signAccessToken } from './tokens';

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

const THROTTLE_WINDOW_MS = 5 * 60 * 1000;
const THROTTLE_FAILURES = 5;
const LOCK_MS = 15 * 60 * 1000;
const USERNAME = /^[\w.@+-]{3,150}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly config: AppConfig) {}

  async register(input: { username: string; email: string; password: string; displayName?: string | null }): Promise<AuthTokens> {
    const username = input.username.trim();
    const email = input.email.trim().toLowerCase();
    if (!USERNAME.test(username)) throw badInput('Usernames have 3–150 characters: letters, digits and @ . + - _ only.', 'username');
    if (!EMAIL.test(email) || email.length > 254) throw badInput('Enter a valid email address.', 'email');
    const displayName = (input.displayName ?? '').trim().slice(0, 200);
    const problems = passwordProblems(input.password, { username, email, displayName });
    if (problems.length) throw badInput(problems.join(' '), 'password');
    if (await this.em.count(User, { username: { $ilike: username } })) throw conflict('That username is taken.', 'username');
    if (await this.em.count(User, { email: { $ilike: email } })) throw conflict('An account with that email already exists.', 'email');
    const user = this.em.create(User, {
      username, email, displayName: displayName || username,
      password: await hashPassword(input.password, this.config.passwordHashIterations),
      preferences: { autoSaveChoreographies: true, defaultDifficulty: 'beginner', emailNotifications: false },
    });
    await this.em.flush();
    return this.issueTokens(user, randomUUID());
  }

  async login(usernameOrEmail: string, password: string, address: string): Promise<AuthTokens> {
    const identifier = usernameOrEmail.trim().toLowerCase();
    await this.assertNotLocked(identifier, address);
    const user = await this.em.findOne(User, identifier.includes('@')
      ? { email: { $ilike: identifier } } : { username: { $ilike: identifier } });
    const ok = user !== null && user.isActive && (await verifyPassword(password, user.password));
    this.em.create(LoginAttempt, { identifier, address, succeeded: ok, createdAt: new Date() });
    await this.em.flush();
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
      if (email !== user.email.toLowerCase() && (await this.em.count(User, { email: { $ilike: email }, id: { $ne: user.id } }))) {
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
      accessToken: signAccessToken(user.id, user.username, this.config.jwtSecret, this.config.accessTokenTtlSeconds),
      refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user,
    };
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
  }

  /** 5 failures within 5 minutes for one account or one address lock it for 15 minutes. */
  private async assertNotLocked(identifier: string, address: string): Promise<void> {
    const conn = this.em.getConnection();
    const since = new Date(Date.now() - LOCK_MS - THROTTLE_WINDOW_MS);
    for (const [column, value] of [['identifier', identifier], ['address', address]] as const) {
      const rows: Array<{ created_at: Date }> = await conn.execute(
        `SELECT created_at FROM login_attempts WHERE ${column} = ? AND succeeded = false AND created_at > ?
         AND created_at > coalesce((SELECT max(created_at) FROM login_attempts WHERE ${column} = ? AND succeeded), 'epoch')
         ORDER BY created_at`, [value, since, value]);
      // Find a run of 5 failures within 5 minutes whose lock (15 min from the 5th) has not expired.
      const times = rows.map((r) => new Date(r.created_at).getTime());
      for (let i = THROTTLE_FAILURES - 1; i < times.length; i++) {
        if (times[i] - times[i - THROTTLE_FAILURES + 1] <= THROTTLE_WINDOW_MS) {
          const unlockAt = times[i] + LOCK_MS;
          if (unlockAt > Date.now()) {
            const minutes = Math.ceil((unlockAt - Date.now()) / 60000);
            throw rateLimited(`Too many failed logins for this ${column === 'identifier' ? 'account' : 'address'}. It is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`, Math.ceil((unlockAt - Date.now()) / 1000));
          }
        }
      }
    }
  }
}
