// Client-facing GraphQL errors with extensions.code (one list of client codes), and the masking of everything else.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';

/**
 * Every code a client can receive besides INTERNAL_SERVER_ERROR, with the HTTP status it carries
 * when it ends a whole request (errors inside a partial result keep the status 200).
 */
export const CLIENT_ERROR_CODES = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  AMBIGUOUS_NAME: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 200,
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
  PERSISTED_QUERY_HASH_MISMATCH: 400,
  DEPTH_LIMIT_EXCEEDED: 400,
  ALIAS_LIMIT_EXCEEDED: 400,
  DIRECTIVE_LIMIT_EXCEEDED: 400,
  TOKEN_LIMIT_EXCEEDED: 400,
  COST_LIMIT_EXCEEDED: 400,
  RESPONSE_TOO_LARGE: 400,
  TIMEOUT: 504,
  MEMORY_LIMIT_EXCEEDED: 400,
  QUERY_TOO_COMPLEX: 400,
  REQUEST_TIMEOUT: 408,
  SERVER_BUSY: 503,
  SERVICE_UNAVAILABLE: 503,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  METHOD_NOT_ALLOWED: 405,
} as const;

/** A code from CLIENT_ERROR_CODES. */
export type ClientErrorCode = keyof typeof CLIENT_ERROR_CODES;

/** Whether `code` is one of the client codes. */
export function isClientErrorCode(code: unknown): code is ClientErrorCode {
  return typeof code === 'string' && Object.hasOwn(CLIENT_ERROR_CODES, code);
}

/** The client code an error carries (in extensions.code), or null for an internal error. */
export function clientErrorCodeOf(error: unknown): ClientErrorCode | null {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return isClientErrorCode(code) ? code : null;
}

/** A client error with a code the client can act on; `requestLevel` errors carry their HTTP status in extensions.http. */
export class CodedError extends GraphQLError {
  constructor(message: string, code: ClientErrorCode, extra: Record<string, unknown> = {}, requestLevel = false) {
    super(message, { extensions: { code, ...extra, ...(requestLevel ? { http: { status: CLIENT_ERROR_CODES[code] } } : {}) } });
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

/** A name that several entities share: the client picks one of the candidates (by id). */
export class AmbiguousNameError extends CodedError {
  constructor(message: string, candidates: Array<{ id: string; name: string; kind: string }>) {
    super(message, 'AMBIGUOUS_NAME', { candidates });
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

/** A query went past its memory ceiling (user Cypher in the sandbox). */
export class MemoryLimitError extends CodedError {
  constructor(message: string) {
    super(message, 'MEMORY_LIMIT_EXCEEDED');
  }
}

/** A request-wide limit was hit (depth, aliases, cost, response bytes, time): ends the whole request. */
export class LimitError extends CodedError {
  constructor(message: string, code: ClientErrorCode, extra: Record<string, unknown> = {}) {
    super(message, code, extra, true);
  }
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens/;

/** Apollo's own client errors that come without a code: the code they deserve. */
function codeOfUncodedClientError(error: unknown, formatted: GraphQLFormattedError): { code: ClientErrorCode; message: string } | null {
  if (/provided sha does not match query/.test(formatted.message)) {
    return { code: 'PERSISTED_QUERY_HASH_MISMATCH', message: 'The persisted-query hash does not match the query (sha256 of the query text)' };
  }
  const http = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined) : undefined;
  if (http?.status !== undefined && http.status >= 400 && http.status < 500) return { code: 'BAD_REQUEST', message: formatted.message };
  return null;
}

/**
 * Apollo's formatError, which never throws: client errors pass through with their code; limit
 * errors of the parser get their own code; anything else is logged with its cause and replaced by
 * a generic INTERNAL_SERVER_ERROR (stack traces only in development).
 */
export function createErrorFormatter(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      const code = extensions.code;
      const tokens = TOKEN_LIMIT.exec(formatted.message);
      if (tokens) {
        return { message: `The operation has more than ${tokens[1]} tokens`, extensions: { code: 'TOKEN_LIMIT_EXCEEDED', limit: Number(tokens[1]) } };
      }
      if (code === 'SERVICE_UNAVAILABLE') logger.warn('a request failed: the database cannot be reached', { path: formatted.path, error: formatted.message });
      if (isClientErrorCode(code)) return development ? formatted : { ...formatted, extensions };
      const uncoded = code === undefined || code === 'INTERNAL_SERVER_ERROR' ? codeOfUncodedClientError(error, formatted) : null;
      if (uncoded) return { message: uncoded.message, locations: formatted.locations, extensions: { code: uncoded.code } };
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
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  };
}
