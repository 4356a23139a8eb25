import type { GraphQLFormattedError } from 'graphql';
import type { AppConfig } from '../config';
import { AppError } from '../errors';
import { withoutSuggestions } from './limits';

const INTERNAL = 'Something went wrong on our side. Please try again.';

/**
 * What a caller sees of an error, over HTTP and graphql-ws alike: our own errors as they are, input
 * errors with their code, anything else (SQL, paths, stack traces) replaced by a generic sentence
 * outside development. Production also drops "Did you mean …?" schema hints.
 */
export function formatError(config: Pick<AppConfig, 'env'>) {
  const development = config.env === 'development';
  const hint = (message: string) => (config.env === 'production' ? withoutSuggestions(message) : message)
    // graphql-js's own wording of the token limit ("more that N tokens") and armor's "Syntax Error: " prefix.
    .replace(/^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/, 'The query is too long: more than $1 tokens.');
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof AppError) {
      const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    // Malformed queries, unknown enum values, wrong variable types, limits: the caller's input is bad.
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') {
      return { message: hint(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (code && code !== 'INTERNAL_SERVER_ERROR') return { message: hint(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
    return {
      message: development ? formatted.message : INTERNAL,
      locations: formatted.locations,
      path: formatted.path,
      extensions: development ? formatted.extensions : { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
