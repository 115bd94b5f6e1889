// Runs a user's read-only Cypher on Neo4j in one explicit read transaction, never retried; called in a worker thread, so results are decoded off the event loop.
import neo4j, { type Driver } from 'neo4j-driver';
import { BadUserInputError, CodedError, ForbiddenError, TimeoutError } from '../errors';
import { USER_QUERY_METADATA_KEY, type Neo4jUserQuery, type UserQueryResult } from './graph-store';
import { mapError, normaliseNeo4jValue, NO_NOTIFICATIONS, toNeo4jParam } from './neo4j-store';
import { normaliseRow, UserRows } from './values';

/**
 * A user query's error as a client error: Neo4j's client errors (arithmetic, types, a missing GDS graph…) are the
 * user's to fix and keep Neo4j's own code (`neo4jCode`); a transaction ended at its deadline is TIMEOUT.
 */
export function mapUserQueryError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (/^Neo\.(ClientError|TransientError)\.Transaction\.(Terminated|TransactionTimedOut|LockClientStopped)/.test(code)) {
    return new TimeoutError('The query ran past its time budget and was stopped');
  }
  if (/^Neo\.ClientError\.(Statement|Procedure|Schema\.IndexNotFound)/.test(code) && !/AccessMode/.test(code)) {
    return new BadUserInputError(message.split('\n')[0]!.slice(0, 500), { neo4jCode: code });
  }
  return mapError(error);
}

const drivers = new Map<string, Driver>();

/** One driver per server and user in this thread, kept while the thread lives. */
function driverFor(settings: Neo4jUserQuery['settings']): Driver {
  const key = `${settings.uri} ${settings.username}`;
  let driver = drivers.get(key);
  if (!driver) {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      connectionTimeout: 5000,
      // A user query is never retried: a query that ran out of memory would only run out again.
      maxTransactionRetryTime: 0,
      ...NO_NOTIFICATIONS,
    });
    drivers.set(key, driver);
  }
  return driver;
}

/**
 * Plans the query first (anything Neo4j plans as other than a read is refused), then runs it in a read transaction
 * with Neo4j's own timeout and the query's id as metadata, reading rows until the row or byte budget is spent.
 */
export async function runNeo4jUserQuery(query: Neo4jUserQuery): Promise<UserQueryResult> {
  const session = driverFor(query.settings).session({ database: query.settings.database, defaultAccessMode: neo4j.session.READ });
  const params = toNeo4jParam(query.params) as Record<string, unknown>;
  try {
    const plan = await session.run(`EXPLAIN ${query.text}`, params);
    const queryType = plan.summary.queryType;
    if (queryType !== 'r')
      throw new ForbiddenError(`Read-only: Neo4j plans this query as ${queryType === 'rw' ? 'read-write' : queryType === 's' ? 'a schema change' : 'a write'}`);
    const tx = session.beginTransaction({ timeout: query.timeoutMs, metadata: { [USER_QUERY_METADATA_KEY]: query.queryId } });
    try {
      const collected = new UserRows(query.maxRows, query.maxBytes);
      let columns: string[] = [];
      for await (const record of tx.run(query.text, params)) {
        columns = record.keys as string[];
        if (!collected.add(normaliseRow(record.toObject(), normaliseNeo4jValue))) break;
      }
      return { columns, rows: collected.rows, truncated: collected.truncated };
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof CodedError) throw error;
    throw mapUserQueryError(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}
