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

/** Defines `key` on `target` as a plain own property (replacing the prototype's getter there). */
function own<T>(target: object, key: string, value: T): T {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * The context the transports build. Its entity manager and its request logger are made on first use
 * (the hot reads, collections and task, go straight to the pool and log nothing). They are getters on
 * the prototype, not own properties: Apollo copies the context per request with Object.assign onto
 * an object of the same prototype, which would call an own getter and fork for every request.
 */
export class RequestContext implements GraphQLContext {
  user!: Principal | null;
  authError?: AuthFailure;
  sessions?: SessionGuard;
  address!: string;
  requestId!: string;
  services!: AppServices;

  constructor(fields: Omit<GraphQLContext, 'em' | 'log'> & { em?: EntityManager; log?: Logger }) {
    Object.assign(this, fields);
  }

  get em(): EntityManager {
    return own(this, 'em', this.services.orm.em.fork());
  }

  set em(em: EntityManager) {
    own(this, 'em', em);
  }

  get log(): Logger {
    return own(this, 'log', this.services.log.child({ requestId: this.requestId }));
  }

  set log(log: Logger) {
    own(this, 'log', log);
  }
}

export function requireUser(ctx: GraphQLContext): Principal {
  if (!ctx.user) {
    throw unauthenticated(authFailureMessage(ctx.authError));
  }
  return ctx.user;
}
