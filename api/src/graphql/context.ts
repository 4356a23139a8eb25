import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../services';
import { authFailureMessage, type AuthFailure, type Principal, type SessionGuard } from '../http/authenticate';
import { unauthenticated } from '../errors';
import type { Logger } from '../logger';

/** Per request (or per subscription operation): a forked entity manager and the caller. */
export interface GraphQLContext {
  em: EntityManager;
  user: Principal | null;
  /** set when a bearer token was sent but is expired, invalid, or its account/session ended */
  authError?: AuthFailure;
  /** the process's session checks (logout tells it at once) */
  sessions?: SessionGuard;
  address: string;
  requestId: string;
  log: Logger;
  services: AppServices;
}

export function requireUser(ctx: GraphQLContext): Principal {
  if (!ctx.user) {
    throw unauthenticated(authFailureMessage(ctx.authError));
  }
  return ctx.user;
}
