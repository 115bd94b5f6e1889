// GraphStore on Neo4j 5 through neo4j-driver 6: managed transactions, read/write routing.
import { randomUUID } from 'node:crypto';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  isInt,
  isDate,
  isDateTime,
  isLocalDateTime,
  isLocalTime,
  isTime,
  isDuration,
  isNode,
  isRelationship,
  isPath,
} from 'neo4j-driver';
import { BadUserInputError, ForbiddenError, MemoryLimitError, ServiceUnavailableError, TimeoutError } from '../errors';
import {
  readThenApart,
  type FollowingRead,
  type ReadOptions,
  type GraphStore,
  type Params,
  type ReadThenResult,
  type Row,
  type UserQueryLimits,
  type UserQueryResult,
  userQueryTimeLeft,
  USER_QUERY_METADATA_KEY,
  type Neo4jUserQuery,
  type WriteMetadata,
  type WriteStep,
  WriteStepUnmetError,
} from './graph-store';
import { checkProjection, multiplicity, normaliseAlgorithmRows, type AlgorithmEdge, type AlgorithmRow } from './algorithms';
import type { Statement } from '../model/list-statements';
import { algorithmQuery, loadQueries, loadRowShapes, loadSchemaStatements, type Algorithm, type QueryName } from './queries';
import { chainReads, combineReads, MAX_BATCH, splitChain, splitRows, type BatchPart } from './read-batch';
import { checkUserCypher } from './user-cypher-check';
import { WorkerPool } from '../workers/worker-pool';
import { assertPlainParams, normaliseRow } from './values';

/** Neo4j refused the user name or password: a setting to fix, not a passing fault. */
export class Neo4jAuthError extends Error {}

/** The Neo4j server is older than Dossier's Cypher needs (NEO4J_MIN_VERSION). */
export class Neo4jVersionError extends Error {}

/** The oldest Neo4j Dossier runs on: its statements use `CALL (x) { … }` subqueries (Neo4j 5.23), where `CALL { WITH x … }` draws a deprecation notice per subquery and per run. */
export const NEO4J_MIN_VERSION = [5, 23] as const;

/** Why a server of this agent string ("Neo4j/5.26.0", "Neo4j/2025.01.0") cannot serve Dossier, or null when it can. */
export function neo4jVersionProblem(agent: string): string | null {
  const match = /^Neo4j\/(\d+)\.(\d+)/.exec(agent);
  if (!match) return null;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const [needMajor, needMinor] = NEO4J_MIN_VERSION;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return `Dossier needs Neo4j ${needMajor}.${needMinor} or later (its Cypher uses CALL (x) { … } subqueries); the server at NEO4J_URI is ${agent}`;
}

/**
 * Converts driver values (Integer, temporal classes, nodes) to plain JSON values. Strings, numbers, lists and
 * plain maps, nearly every value, are told apart before the driver's type tests (measured: those tests on every
 * string were a quarter of Dossier's CPU per operation on Neo4j).
 */
export function normaliseNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = normaliseNeo4jValue(value[i]);
    return out;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return normaliseMap(value as Record<string, unknown>);
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) return String(value);
  if (isNode(value)) return normaliseMap(value.properties);
  if (isRelationship(value)) return normaliseMap(value.properties);
  if (isPath(value)) return value.segments.map((s) => normaliseMap(s.relationship.properties as Record<string, unknown>));
  return normaliseMap(value as Record<string, unknown>);
}

function normaliseMap(value: Record<string, unknown>): Record<string, unknown> {
  return normaliseRow(value, normaliseNeo4jValue);
}

/** Sends integral numbers as Neo4j integers (the driver would send floats). */
export function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNeo4jParam(v);
    return out;
  }
  return value;
}

/** A driver error as Dossier reports it: unreachable, credentials, read-only, memory, time and syntax get their codes. */
export function mapError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED/.test(String(error))) {
    return new ServiceUnavailableError('The Neo4j database cannot be reached');
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jAuthError(`Neo4j refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD): ${(error as Error).message}`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security')) {
    return new ForbiddenError('Read-only: the database refused a write in a read transaction');
  }
  if (
    /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|MemoryLimit|OutOfMemory/i.test(code) ||
    /java\.lang\.OutOfMemoryError|Java heap space/.test(String(error))
  ) {
    return new MemoryLimitError('The query needed more memory than Neo4j allows one transaction (db.memory.transaction.max)');
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return new TimeoutError('The query ran past its time budget');
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError' || code === 'Neo.ClientError.Statement.ParameterMissing') {
    return new BadUserInputError((error as Error).message);
  }
  return error;
}

/** An error that running the same reads apart would meet again: Neo4j cannot be reached, or refuses the credentials. */
const unreachable = (error: unknown) => error instanceof ServiceUnavailableError || error instanceof Neo4jAuthError;

/** How long reads and writes are retried on transient errors (the driver's maxTransactionRetryTime). */
const RETRY_MS = 5000;

/** The youngest a `dossier-…` GDS graph is swept at: 4× the slowest algorithm call measured (Louvain at ~1M edges, 15 s). */
export const PROJECTION_SWEEP_MIN_MS = 60_000;

/**
 * How old a `dossier-…` GDS graph must be before a sweep drops it, for servers whose GraphQL requests have a budget of
 * `requestTimeoutMs` (DOSSIER_REQUEST_TIMEOUT_MS): a projection lives for one algorithm call inside one request, so one
 * older than twice the budget, and than a minute, belongs to no request still running on any Dossier that shares this
 * Neo4j with the same budget (with different budgets, the longest must govern: give each server the longest).
 */
export function projectionSweepAgeMs(requestTimeoutMs: number): number {
  return Math.max(PROJECTION_SWEEP_MIN_MS, 2 * requestTimeoutMs);
}

/** The driver's back-off: 1 s doubling, here from 50 ms (a read is cheap to repeat). */
function retryDelay(attempt: number): number {
  return Math.min(1000, 50 * 2 ** attempt);
}

/** How many combinations are kept planned (Neo4j's plan cache holds 1000 statements by default). */
const MAX_PLANNED = 500;

/** The combined statement, or null when a part cannot be combined (its reads then run alone). */
function combineOrNull(parts: BatchPart[]): ReturnType<typeof combineReads> | null {
  try {
    return combineReads(parts);
  } catch {
    return null;
  }
}

/** A read waiting for the end of this turn of the event loop. */
interface PendingRead {
  /** The query file's name, or a built statement's. */
  name: string;
  /** May be combined with the other look-ups of its turn (ReadOptions.combine). */
  combine: boolean;
  text: string;
  parameters: Record<string, unknown>;
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/** The Neo4j adapter. */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  private readonly queries = loadQueries('neo4j');
  /** The map columns of each query (from the model), sent as lists of values when reads are combined. */
  private readonly shapes = loadRowShapes('neo4j');

  /** Worker threads that run user queries (one query at a time each, with a driver of its own). */
  private readonly userQueries: WorkerPool;

  /**
   * @param settings how the worker threads that run user Cypher connect
   * @param userQueryThreads how many user queries run at once (more wait, their wait counted in their budget)
   */
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly maxBytes = 8_000_000,
    /** How old a `dossier-…` GDS graph must be before a sweep drops it (projectionSweepAgeMs). */
    private readonly projectionAgeMs = PROJECTION_SWEEP_MIN_MS,
    private readonly settings: Neo4jUserQuery['settings'] = { uri: '', username: '', password: '', database },
    userQueryThreads = 2,
  ) {
    this.userQueries = new WorkerPool({ size: userQueryThreads, maxQueued: 64, resourceLimits: { maxOldGenerationSizeMb: 512 }, idleMs: 60_000 });
  }

  /** Shared by every session, so a read after a write sees it (causal consistency on a cluster too). */
  private readonly bookmarks = neo4j.bookmarkManager();

  /** The columns each named read returns, learnt the first time it runs alone (needed to combine it with others). */
  private readonly columns = new Map<string, string[]>();

  /** Reads asked for in this turn of the event loop, sent together when it ends. */
  private pending: PendingRead[] = [];

  /** Combinations of reads (their names, sorted; a chain by its text) Neo4j has a plan for (read-batch.ts), and whether one is being planned now. */
  private readonly planned = new Set<string>();
  private planning = false;

  /** Statements sent for named reads so far (a combined one counts once). */
  readStatementsSent = 0;

  private query(name: QueryName): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`unknown query ${name}`);
    return text;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  /** Writes run in a managed transaction, retried by the driver on transient errors. */
  private async managedWrite(text: string, parameters: Record<string, unknown>) {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => (await tx.run(text, parameters)).records);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Reads run as auto-commit queries, retried here on the same errors (neo4j.isRetryableError) for as long
   * as the driver would retry: a read transaction's COMMIT is one more round trip for nothing (measured: a
   * level of reads took 0.45 ms this way against 1.1–1.5 ms in executeRead). Returns the rows and the columns.
   */
  private async autoCommitRead(text: string, parameters: Record<string, unknown>): Promise<{ rows: Row[]; columns: string[] }> {
    const deadline = Date.now() + RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      const session = this.session('READ');
      try {
        const result = session.run(text, parameters);
        const columns = await result.keys();
        const { records } = await result;
        return { rows: records.map((r) => normaliseRow(r.toObject(), normaliseNeo4jValue)), columns };
      } catch (error) {
        if (!neo4j.isRetryableError(error) || Date.now() + retryDelay(attempt) > deadline) throw mapError(error);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
    }
  }

  /**
   * Runs a named read. Reads asked for in the same turn of the event loop (a GraphQL level's DataLoader
   * batches, from every request in flight) go to Neo4j as ONE statement (read-batch.ts): measured on the
   * resolution page's second level, 7 reads took 3.3–4.0 ms as 7 parallel auto-commit queries and 2.3 ms combined.
   */
  async read<R extends object = Row>(query: QueryName | Statement, params: Params = {}, options: ReadOptions = {}): Promise<R[]> {
    const [name, text] = typeof query === 'string' ? [query, this.query(query)] : [query.name, query.text];
    assertPlainParams(params);
    const parameters = toNeo4jParam(params) as Record<string, unknown>;
    const rows = await new Promise<Row[]>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ name, text, parameters, combine: options.combine === true, resolve, reject });
    });
    return rows as R[];
  }

  /**
   * Sends the pending reads. A look-up (`find-…`, `list-…`) whose columns are known is combined with the
   * others of its turn, in groups of up to MAX_BATCH, once Neo4j has a plan for that combination; everything
   * else runs alone, side by side (a query the first time, to learn its columns; the root pages and counts,
   * whose combinations take seconds to plan).
   */
  private flush(): void {
    const combinable: PendingRead[] = [];
    for (const read of this.pending.splice(0)) {
      if (read.combine && this.columns.has(read.name)) combinable.push(read);
      else void this.readAlone(read);
    }
    combinable.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 0; i < combinable.length; i += MAX_BATCH) {
      const group = combinable.slice(i, i + MAX_BATCH);
      const parts = group.map((r) => ({
        text: r.text,
        params: r.parameters,
        columns: this.columns.get(r.name) ?? [],
        shapes: this.shapes.get(r.name as QueryName),
      }));
      const combined = group.length > 1 ? combineOrNull(parts) : null;
      // The statement's text follows from the names alone (sorted; parameters renamed by position).
      const names = group.map((r) => r.name).join(' ');
      if (combined && this.planned.has(names)) void this.readCombined(group, parts, combined);
      else {
        for (const read of group) void this.readAlone(read);
        if (combined) this.plan(names, combined.text, combined.params);
      }
    }
  }

  /**
   * Has Neo4j plan a combination in the background (EXPLAIN; one at a time), so that the next time the same
   * reads come together they go as one statement: a new combination of look-ups takes 0.1–0.7 s to plan
   * (measured), far more than the reads it would save the first time.
   */
  private plan(names: string, text: string, params: Record<string, unknown>): void {
    if (this.planning || this.planned.size >= MAX_PLANNED) return;
    this.planning = true;
    const session = this.session('READ');
    session
      .run(`EXPLAIN ${text}`, params)
      .then(() => this.planned.add(names))
      .catch(() => undefined)
      .finally(() => {
        this.planning = false;
        void session.close();
      });
  }

  private async readAlone(read: PendingRead): Promise<void> {
    this.readStatementsSent++;
    try {
      const { rows, columns } = await this.autoCommitRead(read.text, read.parameters);
      this.columns.set(read.name, columns);
      read.resolve(rows);
    } catch (error) {
      read.reject(error);
    }
  }

  /**
   * One statement for the group. When it fails for a reason other than an unreachable database, each read
   * runs again alone, so that a failure reaches only the read that caused it.
   */
  private async readCombined(group: PendingRead[], parts: BatchPart[], combined: { text: string; params: Record<string, unknown> }): Promise<void> {
    let split: Row[][];
    this.readStatementsSent++;
    try {
      split = splitRows(parts, (await this.autoCommitRead(combined.text, combined.params)).rows as Array<{ part: unknown; rows: unknown }>);
    } catch (error) {
      if (unreachable(error)) for (const read of group) read.reject(error);
      else for (const read of group) void this.readAlone(read);
      return;
    }
    group.forEach((read, i) => read.resolve(split[i] ?? []));
  }

  /**
   * A read and the reads that follow from its rows as ONE statement (chainReads), once the columns of each are known
   * and Neo4j has planned the chain (in the background, as for combined reads); until then, and when the statement
   * fails for a reason other than an unreachable database, as two steps (readThenApart). Measured: the search's hits
   * loaded with the full-text query, one round trip fewer.
   */
  async readThen(query: QueryName, params: Params, following: readonly FollowingRead[]): Promise<ReadThenResult> {
    const columns = [query, ...following.map((f) => f.query)].map((name) => this.columns.get(name));
    if (following.length === 0 || columns.some((c) => c === undefined)) {
      // A following read that got no ids would never run (nor its columns be learnt): run it once over none.
      for (const f of following) if (!this.columns.has(f.query)) void this.read(f.query, { ...f.params, ids: [] }).catch(() => undefined);
      return readThenApart(this, query, params, following);
    }
    assertPlainParams(params);
    const first = {
      text: this.query(query),
      params: toNeo4jParam(params) as Record<string, unknown>,
      columns: columns[0]!,
      shapes: this.shapes.get(query),
    };
    const parts = following.map((f, i) => {
      assertPlainParams(f.params ?? {});
      return {
        text: this.query(f.query),
        params: toNeo4jParam(f.params ?? {}) as Record<string, unknown>,
        columns: columns[i + 1]!,
        shapes: this.shapes.get(f.query),
        from: f.from,
        when: f.when,
      };
    });
    let chain: { text: string; params: Record<string, unknown> };
    try {
      chain = chainReads(first, parts);
    } catch {
      return readThenApart(this, query, params, following);
    }
    if (!this.planned.has(chain.text)) {
      this.plan(chain.text, chain.text, chain.params);
      return readThenApart(this, query, params, following);
    }
    this.readStatementsSent++;
    try {
      const { rows } = await this.autoCommitRead(chain.text, chain.params);
      return splitChain(first, parts, rows[0] ?? {});
    } catch (error) {
      if (unreachable(error)) throw error;
      return readThenApart(this, query, params, following);
    }
  }

  async runAlgorithm(algorithm: Algorithm, edges: AlgorithmEdge[]): Promise<AlgorithmRow[]> {
    checkProjection(edges);
    const graphName = `dossier-${randomUUID()}`;
    const run = async (step: string, params: Record<string, unknown>) =>
      (await this.autoCommitRead(algorithmQuery(step, 'neo4j'), toNeo4jParam(params) as Record<string, unknown>)).rows;
    try {
      const weighted = edges.map((e) => ({ ...e, weight: multiplicity(e.weight) }));
      await run('project', { graphName, edges: weighted, undirected: algorithm === 'louvain' ? ['*'] : [] });
      return normaliseAlgorithmRows(algorithm, await run(algorithm, { graphName }));
    } catch (error) {
      // A failed algorithm may leave projections behind (this one is dropped below): sweep the old ones, unless Neo4j is gone.
      if (!unreachable(error)) await this.sweepProjections().catch(() => 0);
      throw error;
    } finally {
      await run('drop', { graphName }).catch(() => undefined);
    }
  }

  /**
   * Drops the GDS graphs named `dossier-…` projected more than `olderThanMs` ago (by Neo4j's clock; default: the
   * store's projection age, see projectionSweepAgeMs), which a Dossier that died mid-algorithm left behind; resolves
   * with how many were dropped. Younger ones may belong to an algorithm running now on this or another server.
   */
  async sweepProjections(options: { olderThanMs?: number } = {}): Promise<number> {
    const olderThanMs = neo4j.int(Math.max(0, Math.round(options.olderThanMs ?? this.projectionAgeMs)));
    return (await this.autoCommitRead(algorithmQuery('sweep', 'neo4j'), { olderThanMs })).rows.length;
  }

  async write<R extends object = Row>(query: QueryName, params: Params = {}): Promise<R[]> {
    const text = this.query(query);
    assertPlainParams(params);
    const records = await this.managedWrite(text, toNeo4jParam(params) as Record<string, unknown>);
    return records.map((r) => normaliseRow(r.toObject(), normaliseNeo4jValue)) as R[];
  }

  /** The steps in one managed write transaction (retried whole on transient errors) carrying `{actor, decision}` as its metadata. */
  async writeTransaction(steps: readonly WriteStep[], metadata: WriteMetadata): Promise<Row[][]> {
    const prepared = steps.map((step) => {
      assertPlainParams(step.params ?? {});
      return { ...step, text: this.query(step.query), params: toNeo4jParam(step.params ?? {}) as Record<string, unknown> };
    });
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(
        async (tx: ManagedTransaction) => {
          const results: Row[][] = [];
          for (const [i, step] of prepared.entries()) {
            const rows = (await tx.run(step.text, step.params)).records.map((r) => normaliseRow(r.toObject(), normaliseNeo4jValue));
            if (step.requireRows && rows.length === 0) throw new WriteStepUnmetError(i, step.query);
            results.push(rows);
          }
          return results;
        },
        { metadata: { actor: metadata.actor, decision: metadata.decision } },
      );
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Checked off the event loop (user-cypher-check.ts), then run in a worker thread of its own driver
   * (neo4j-user-query.ts): a huge value is decoded there, within the thread's heap limit, never on the event loop.
   * At the deadline the thread is ended and the query's transaction terminated on the server by its id.
   */
  async readUserCypher(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    // Without a request's deadline (the CLI), the check is bounded by its own deadline alone, and the run by its budget.
    await checkUserCypher(text, params, limits.deadline);
    const deadline = limits.deadline ?? Date.now() + limits.timeoutMs;
    assertPlainParams(params);
    const timeoutMs = userQueryTimeLeft({ ...limits, deadline });
    if (timeoutMs <= 0) throw new TimeoutError('The query ran out of its time budget before it could run');
    const queryId = randomUUID();
    const timedOut = () => new TimeoutError(`The query took longer than ${limits.timeoutMs} ms and was stopped`);
    try {
      return await this.userQueries.run<UserQueryResult>(
        {
          kind: 'neo4j-user-query',
          settings: this.settings,
          text,
          params,
          maxRows: limits.maxRows,
          maxBytes: limits.maxBytes ?? this.maxBytes,
          timeoutMs,
          queryId,
        },
        { deadline },
        timedOut,
      );
    } catch (error) {
      if (error instanceof TimeoutError) void this.terminateUserQuery(queryId);
      throw error;
    }
  }

  /** Terminates the transaction of a user query by the id in its metadata (one that Neo4j has not ended itself). */
  private async terminateUserQuery(queryId: string): Promise<void> {
    try {
      const { records } = await this.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData[$key] = $queryId RETURN collect(transactionId) AS ids',
        { key: USER_QUERY_METADATA_KEY, queryId },
        { database: this.database },
      );
      const ids = (records[0]?.get('ids') as string[] | undefined) ?? [];
      if (ids.length > 0) await this.driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database: this.database });
    } catch {
      // Neo4j's own timeout ends it as well; a failure here changes nothing for the client.
    }
  }

  async setupSchema(): Promise<void> {
    for (const statement of loadSchemaStatements('neo4j')) {
      try {
        await this.driver.executeQuery(statement, {}, { database: this.database, routing: neo4j.routing.WRITE });
      } catch (error) {
        throw mapError(error);
      }
    }
    // A new index (the FULLTEXT one of search) is populated in the background: wait, so that the first search sees everything.
    await this.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: this.database, routing: neo4j.routing.WRITE }).catch((error: unknown) => {
      throw mapError(error);
    });
  }

  /** The server's agent string ("Neo4j/5.26.0"). */
  async serverAgent(): Promise<string> {
    return (await this.driver.getServerInfo({ database: this.database })).agent ?? '';
  }

  async close(): Promise<void> {
    await this.userQueries.close();
    await this.driver.close();
  }
}

/**
 * Driver settings that ask the server for no notifications. Nothing reads them; asked for, they come with every result
 * (a deprecation notice per `CALL { WITH … }` subquery made the resolution page's statement 3.02 instead of 2.83 ms, session 15).
 */
export const NO_NOTIFICATIONS = { notificationFilter: { minimumSeverityLevel: 'OFF' } } as const;

/** Connects to Neo4j; the driver connects lazily, so an unreachable server shows at the first query (see `checkNeo4j`). */
export function openNeo4jStore(
  settings: { uri: string; username: string; password: string; database: string },
  options: { projectionAgeMs?: number; userQueryThreads?: number } = {},
): Neo4jStore {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    connectionTimeout: 5000,
    maxTransactionRetryTime: RETRY_MS,
    disableLosslessIntegers: false,
    ...NO_NOTIFICATIONS,
  });
  return new Neo4jStore(driver, settings.database, undefined, options.projectionAgeMs, settings, options.userQueryThreads);
}

/**
 * Checks the connection once at start: wrong credentials throw Neo4jAuthError and a server older than
 * NEO4J_MIN_VERSION Neo4jVersionError (the caller stops with one line); an unreachable server gives its
 * one-line reason, and Dossier keeps trying as queries come.
 */
export async function checkNeo4j(store: Neo4jStore): Promise<string | null> {
  try {
    await store.read('count-documents');
  } catch (error) {
    if (error instanceof Neo4jAuthError) throw error;
    return (error as Error).message;
  }
  const problem = neo4jVersionProblem(await store.serverAgent());
  if (problem) throw new Neo4jVersionError(problem);
  return null;
}
