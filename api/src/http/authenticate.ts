import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage } from 'node:http';
import { bearerToken, verifyAccessToken } from '../auth/tokens';
import type { AppConfig } from '../config';
import { User } from '../db/entities';
import { unauthenticated } from '../errors';

/** Who is calling, as the access token says (no database read: tokens live 60 minutes). */
export interface Principal {
  id: number;
  username: string;
}

export type Authentication = { user: Principal | null; error?: 'expired' | 'invalid' };

/** Resolve an Authorization header to a principal. No header: anonymous. Bad/expired token: error kind. */
export function authenticateHeader(header: string | undefined, config: AppConfig): Authentication {
  const token = bearerToken(header);
  if (!token) return { user: null };
  const check = verifyAccessToken(token, config.jwtSecret);
  if (!check.ok) return { user: null, error: check.reason };
  return { user: { id: check.userId, username: check.username } };
}

export function authenticateRequest(req: IncomingMessage, config: AppConfig): Principal {
  const auth = authenticateHeader(req.headers.authorization, config);
  if (!auth.user) throw unauthenticated(auth.error === 'expired' ? 'Your session expired. Refresh your token or log in again.' : 'You need to log in.');
  return auth.user;
}

/** The caller's user row, for the few operations that need more than the id; a deactivated or deleted account is UNAUTHENTICATED. */
export async function loadUser(em: EntityManager, principal: Principal): Promise<User> {
  const user = await em.findOne(User, { id: principal.id });
  if (!user || !user.isActive) throw unauthenticated('Your account is not active. Please log in again.');
  return user;
}
