import { GraphQLError } from 'graphql';

/** One error type per kind of failure, each with its GraphQL `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(public readonly code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
  /** HTTP status for the REST routes (upload, media). */
  get httpStatus(): number {
    if (typeof this.extensions.http === 'number') return this.extensions.http;
    return { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429, INTERNAL_SERVER_ERROR: 500 }[this.code];
  }
}

export const unauthenticated = (message = 'You need to log in.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do that.') => new AppError('FORBIDDEN', message);
/** Another user's id answers exactly like a missing one. */
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found.`);
export const badInput = (message: string, field?: string) => new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field ? { field } : {});
export const rateLimited = (message: string, retryAfterSeconds: number) => new AppError('RATE_LIMITED', message, { retryAfterSeconds });
