// The one interface every database adapter implements: named queries in, plain JSON rows out.
import type { AlgorithmEdge, AlgorithmRow } from './algorithms';
import type { Statement } from '../model/list-statements';
import type { Algorithm, QueryName } from './queries';

/** Query parameters: plain JSON values (no cycles). */
export type Params = Record<string, unknown>;

/** A row of plain JSON values. */
export type Row = Record<string, unknown>;

/** The result of a user's read-only Cypher. */
export interface UserQueryResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

/** Bounds on a user's query. */
export interface UserQueryLimits {
  maxRows: number;
  timeoutMs: number;
  /** Most JSON bytes of the rows (RESPONSE_TOO_LARGE past it); the store's own bound without it. */
  maxBytes?: number;
  /** When the whole request must be answered (epoch ms; queue waits count): checks and runs end by then. */
  deadline?: number;
}

/** A user query to run on Neo4j, and where (src/store/neo4j-user-query.ts, run in a worker thread). */
export interface Neo4jUserQuery {
  settings: { uri: string; username: string; password: string; database: string };
  text: string;
  params: Params;
  maxRows: number;
  maxBytes: number;
  timeoutMs: number;
  /** Put in the transaction's metadata (USER_QUERY_METADATA_KEY), so that the server can terminate it by id at its deadline. */
  queryId: string;
}

/** The transaction metadata key that names a user query. */
export const USER_QUERY_METADATA_KEY = 'dossierQuery';

/** The time a user query has left: its own budget, cut to the request's deadline. */
export function userQueryTimeLeft(limits: UserQueryLimits): number {
  return Math.min(limits.timeoutMs, (limits.deadline ?? Infinity) - Date.now());
}

/**
 * Where a following read's `$ids` come from in the first read's rows: column `column` (`id` unless given), or the
 * key `key` of the map it holds (`each`: of every map in the list it holds); a list value gives each of its items.
 */
export interface IdSource {
  column: string;
  key?: string;
  each?: boolean;
}

/** A read whose `$ids` come from another read's rows (`from`, every row's `id` without it; only rows whose column `when[0]` is `when[1]`, when given). */
export interface FollowingRead {
  query: QueryName;
  params?: Params;
  from?: IdSource;
  when?: readonly [column: string, value: string];
}

/** The ids a following read takes from the first read's rows, each once, in the order met (nulls skipped). */
export function followingIds(rows: readonly Row[], f: Pick<FollowingRead, 'from' | 'when'>): string[] {
  const { column, key, each } = f.from ?? { column: 'id' };
  const ids = new Set<string>();
  const add = (value: unknown) => {
    for (const id of Array.isArray(value) ? value : [value]) if (id !== null && id !== undefined) ids.add(String(id));
  };
  const keyOf = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key!] : null);
  for (const row of rows) {
    if (f.when && row[f.when[0]] !== f.when[1]) continue;
    const value = row[column];
    if (key === undefined) add(value);
    else if (each) for (const item of Array.isArray(value) ? value : []) add(keyOf(item));
    else add(keyOf(value));
  }
  return [...ids];
}

/** A read and the reads that follow from its rows (GraphStore.readThen). */
export interface ReadThenResult {
  rows: Row[];
  following: Row[][];
}

/** One statement of a write transaction; with `requireRows`, a step that returns no rows rolls the whole transaction back. */
export interface WriteStep {
  query: QueryName;
  params?: Params;
  requireRows?: boolean;
}

/** Who made a write transaction and the decision it carries (Neo4j transaction metadata: SHOW TRANSACTIONS names them). */
export interface WriteMetadata {
  actor: string;
  decision: string;
}

/** A write step with `requireRows` returned no rows: the transaction was rolled back, nothing written. */
export class WriteStepUnmetError extends Error {
  constructor(
    readonly step: number,
    readonly query: QueryName,
  ) {
    super(`write step ${step} (${query}) matched nothing: rolled back`);
  }
}

/** How a read may run. */
export interface ReadOptions {
  /**
   * A look-up that may go to Neo4j in one statement with the other look-ups asked for in the same turn of the event
   * loop (a GraphQL level's loaders, from every request in flight; src/store/read-batch.ts). Pages and counts are not:
   * their combinations take seconds to plan.
   */
  combine?: boolean;
}

/** A graph database behind Dossier: the embedded engine or Neo4j 5. */
export interface GraphStore {
  readonly engine: 'embedded' | 'neo4j';
  /** Runs a named read query (a file in cypher/), or a statement built from the model (a list's page or count). */
  read<R extends object = Row>(query: QueryName | Statement, params?: Params, options?: ReadOptions): Promise<R[]>;
  /**
   * Runs a named read, then each following read over the ids its rows give (FollowingRead; none: no rows): as one
   * statement on Neo4j, one round trip instead of two; one after the other on the embedded engine.
   */
  readThen(query: QueryName, params: Params, following: readonly FollowingRead[]): Promise<ReadThenResult>;
  /** Runs a named write query (serialised on the embedded engine). */
  write<R extends object = Row>(query: QueryName, params?: Params): Promise<R[]>;
  /**
   * Runs named writes in order in one transaction: all commit or none (any error, or a `requireRows` step with no
   * rows, rolls it back). Returns each step's rows. Serialised with the other writes on the embedded engine.
   */
  writeTransaction(steps: readonly WriteStep[], metadata: WriteMetadata): Promise<Row[][]>;
  /** Runs Cypher a user wrote, read-only and bounded; writes are refused with FORBIDDEN. */
  readUserCypher(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult>;
  /**
   * Runs a graph algorithm over a projected edge list (each edge counted `weight` times): GDS on Neo4j,
   * Grafeo's procedures on an in-memory copy on the embedded engine. PageRank scores sum to 1.
   */
  runAlgorithm(algorithm: Algorithm, edges: AlgorithmEdge[]): Promise<AlgorithmRow[]>;
  /** Creates constraints and indexes (idempotent). */
  setupSchema(): Promise<void>;
  /** Closes the store; later calls fail. */
  close(): Promise<void>;
}

/** readThen as two steps: the read, then the following reads side by side (the embedded engine; Neo4j's fallback). */
export async function readThenApart(store: GraphStore, query: QueryName, params: Params, following: readonly FollowingRead[]): Promise<ReadThenResult> {
  const rows = await store.read(query, params);
  return {
    rows,
    following: await Promise.all(
      following.map(async (f) => {
        const ids = followingIds(rows, f);
        return ids.length > 0 ? store.read(f.query, { ...f.params, ids }, { combine: true }) : [];
      }),
    ),
  };
}
