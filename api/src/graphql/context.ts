import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../services';
import type { Principal } from '../http/authenticate';
import { unauthenticated } from '../errors';
import type { Logger } from '../logger';

/** Per request (or per subscription operation): a forked entity manager and the caller. */
export interface GraphQLContext {
  em: EntityManager;
  user: Principal | null;
  /** set when a bearer token was sent but is expired or invalid */
  authError?: 'expired' | 'invalid';
  address: string;
  requestId: string;
  log: Logger;
  services: AppServices;
}

export function requireUser(ctx: GraphQLContext): Principal {
  if (!ctx.user) {
    throw unauthenticated(ctx.authError === 'expired' ? 'Your session expired. Refresh your token or log in again.' : 'You need to log in.');
  }
  return ctx.user;
}
