// Read-only Cypher over HTTP in the shape of Neo4j's Query API (POST /db/{database}/query/v2), bounded like the CLI.
import type { Config } from './config';
import { CLIENT_ERROR_CODES, clientErrorCodeOf, isClientErrorCode } from './errors';
import type { Logger } from './logger';
import type { GraphStore } from './store/graph-store';

/** The database a Query API path names (`/db/neo4j/query/v2` → neo4j), or null for another path. */
export function queryApiDatabase(pathname: string): string | null {
  const match = /^\/db\/([^/]{1,63})\/query\/v2\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    // A malformed escape (`%E0%A4%A`) names no database.
    return match[1]!;
  }
}

/** The database name the Query API answers for: NEO4J_DATABASE on Neo4j, "neo4j" (or "dossier") on the embedded engine. */
export function queryApiDatabases(config: Config): string[] {
  return config.neo4j ? [config.neo4j.database] : ['neo4j', 'dossier'];
}

/** Neo4j's status codes for ours, so that clients written for Neo4j read them. */
const NEO4J_CODES: Record<string, string> = {
  BAD_USER_INPUT: 'Neo.ClientError.Statement.SyntaxError',
  BAD_REQUEST: 'Neo.ClientError.Request.Invalid',
  FORBIDDEN: 'Neo.ClientError.Statement.AccessMode',
  NOT_FOUND: 'Neo.ClientError.Database.DatabaseNotFound',
  TIMEOUT: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  MEMORY_LIMIT_EXCEEDED: 'Neo.ClientError.Statement.MemoryLimitExceeded',
  QUERY_TOO_COMPLEX: 'Neo.ClientError.Statement.QueryTooComplex',
  RESPONSE_TOO_LARGE: 'Neo.ClientError.Statement.ResultTooLarge',
  REQUEST_TIMEOUT: 'Neo.ClientError.Request.Invalid',
  SERVER_BUSY: 'Neo.TransientError.Request.ResourceExhaustion',
  SERVICE_UNAVAILABLE: 'Neo.TransientError.General.DatabaseUnavailable',
  UNSUPPORTED_MEDIA_TYPE: 'Neo.ClientError.Request.InvalidFormat',
  PAYLOAD_TOO_LARGE: 'Neo.ClientError.Request.Invalid',
};

/** A Query API answer: status and JSON body. */
export interface QueryApiResponse {
  status: number;
  body: unknown;
}

/** An error answer in the Query API's shape; `code` is ours (extensions.code elsewhere), mapped to Neo4j's. */
export function queryApiError(code: string, message: string, neo4jCode?: string): QueryApiResponse {
  return {
    // Neo4j answers a client-side timeout with 408; every other code keeps Dossier's status.
    status: code === 'TIMEOUT' ? 408 : isClientErrorCode(code) ? CLIENT_ERROR_CODES[code] : 400,
    body: { errors: [{ code: neo4jCode ?? NEO4J_CODES[code] ?? 'Neo.ClientError.Request.Invalid', message, dossierCode: code }] },
  };
}

/**
 * Runs `{statement, parameters}` read-only through the store's user-query path (the screen, the
 * engine's read-only guard, rows and time bounded) and answers `{data: {fields, values}}`.
 */
export async function runQueryApi(
  store: GraphStore,
  config: Config,
  logger: Logger,
  database: string,
  body: unknown,
  deadline = Date.now() + config.queryTimeoutMs,
): Promise<QueryApiResponse> {
  if (!queryApiDatabases(config).includes(database)) return queryApiError('NOT_FOUND', `Database ${database.slice(0, 63)} does not exist`);
  if (!body || typeof body !== 'object' || Array.isArray(body)) return queryApiError('BAD_REQUEST', 'Send {"statement": "...", "parameters": {...}}');
  const { statement, parameters } = body as { statement?: unknown; parameters?: unknown };
  if (typeof statement !== 'string') return queryApiError('BAD_REQUEST', '"statement" must be a string');
  if (parameters !== undefined && (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)))
    return queryApiError('BAD_REQUEST', '"parameters" must be an object');
  try {
    const result = await store.readUserCypher(statement, (parameters ?? {}) as Record<string, unknown>, {
      maxRows: config.maxRows,
      maxBytes: config.maxResponseBytes,
      timeoutMs: config.queryTimeoutMs,
      deadline,
    });
    const values = result.rows.map((row) => result.columns.map((column) => row[column] ?? null));
    return { status: 202, body: { data: { fields: result.columns, values }, ...(result.truncated ? { notifications: [truncated(config.maxRows)] } : {}) } };
  } catch (error) {
    const code = clientErrorCodeOf(error);
    if (code !== null) {
      const neo4jCode = (error as { extensions?: { neo4jCode?: unknown } }).extensions?.neo4jCode;
      return queryApiError(code, (error as Error).message, typeof neo4jCode === 'string' ? neo4jCode : undefined);
    }
    logger.error('query API statement failed', { error: (error as Error).message, stack: (error as Error).stack });
    return { status: 500, body: { errors: [{ code: 'Neo.DatabaseError.General.UnknownError', message: 'Internal server error' }] } };
  }
}

/** The notification of a result cut at the row limit. */
function truncated(maxRows: number) {
  return {
    code: 'Dossier.ClientNotification.Statement.RowLimit',
    title: 'The result was cut',
    description: `Only the first ${maxRows} rows are returned (DOSSIER_MAX_ROWS)`,
    severity: 'WARNING',
  };
}
