// Client-facing GraphQL errors with extensions.code, and the masking of everything else.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';

/** A client error with a code the client can act on. */
export class CodedError extends GraphQLError {
  constructor(message: string, code: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** The client sent something that cannot be used. */
export class BadUserInputError extends CodedError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 'BAD_USER_INPUT', extra);
  }
}

/** The id or name given does not exist. */
export class NotFoundError extends CodedError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

/** The operation is not allowed (for example a write in read-only Cypher). */
export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

/** The database cannot be reached. */
export class ServiceUnavailableError extends CodedError {
  constructor(message: string) {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

/** The operation ran past its time budget. */
export class TimeoutError extends CodedError {
  constructor(message: string) {
    super(message, 'TIMEOUT');
  }
}

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo's formatError: client errors pass through with their code; anything else is logged with
 * its cause and replaced by a generic INTERNAL_SERVER_ERROR (stack traces only in development).
 */
export function createErrorFormatter(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'SERVICE_UNAVAILABLE') logger.warn('a request failed: the database cannot be reached', { path: formatted.path, error: formatted.message });
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return development ? formatted : { ...formatted, extensions };
    }
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error('internal error', {
      error: cause instanceof Error ? cause.message : String(cause),
      stack: cause instanceof Error ? cause.stack : undefined,
      path: formatted.path,
    });
    return {
      message: development ? formatted.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
