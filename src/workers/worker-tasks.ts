// The tasks a WorkerPool thread runs and what it answers (shared by the pool and its thread).
import type { ExtractionInput } from '../ingest/ingest.types';
import type { Neo4jUserQuery, Params } from '../store/graph-store';

/** A task a pool thread runs: the read-only analysis of user Cypher, a user query on Neo4j, or the extraction of a text (src/ingest). */
export type WorkerTask =
  { kind: 'check-cypher'; text: string; params: Params } | ({ kind: 'neo4j-user-query' } & Neo4jUserQuery) | { kind: 'ingest'; input: ExtractionInput };

/** What a pool thread answers. */
export type WorkerReply =
  { type: 'ready' } | { type: 'done'; value: unknown } | { type: 'error'; code: string | null; message: string; extra?: Record<string, unknown> };
