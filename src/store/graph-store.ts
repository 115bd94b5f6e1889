// The one interface every database adapter implements: named queries in, plain JSON rows out.
import type { AlgorithmEdge, AlgorithmRow } from './algorithms';
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
}

/** A graph database behind Dossier: the embedded engine or Neo4j 5. */
export interface GraphStore {
  readonly engine: 'embedded' | 'neo4j';
  /** Runs a named read query. */
  read<R extends object = Row>(query: QueryName, params?: Params): Promise<R[]>;
  /** Runs a named write query (serialised on the embedded engine). */
  write<R extends object = Row>(query: QueryName, params?: Params): Promise<R[]>;
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
