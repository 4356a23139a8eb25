import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage } from 'node:http';
import { bearerToken, verifyAccessToken } from '../auth/tokens';
import type { AppConfig } from '../config';
import { User } from '../db/entities';
import { unauthenticated } from '../errors';

export type Authentication = { user: User | null; error?: 'expired' | 'invalid' };

/** Resolve an Authorization header to a user. No header: anonymous. Bad/expired token: error kind. */
export async function authenticateHeader(header: string | undefined, em: EntityManager, config: AppConfig): Promise<Authentication> {
  const token = bearerToken(header);
  if (!token) return { user: null };
  const check = verifyAccessToken(token, config.jwtSecret);
  if (!check.ok) return { user: null, error: check.reason };
  const user = await em.findOne(User, { id: check.userId });
  if (!user || !user.isActive) return { user: null, error: 'invalid' };
  return { user };
}

export async function authenticateRequest(req: IncomingMessage, em: EntityManager, config: AppConfig): Promise<User> {
  const auth = await authenticateHeader(req.headers.authorization, em, config);
  if (!auth.user) throw unauthenticated(auth.error === 'expired' ? 'Your session expired. Refresh your token or log in again.' : 'You need to log in.');
  return auth.user;
}
