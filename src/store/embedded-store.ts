// GraphStore on the embedded engine (Grafeo): persistent under the data dir, writes serialised.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrafeoDB } from '@grafeo-db/js';
import {
  readThenApart,
  type FollowingRead,
  type GraphStore,
  type Params,
  type ReadThenResult,
  type Row,
  type UserQueryLimits,
  type UserQueryResult,
  type WriteMetadata,
  type WriteStep,
  WriteStepUnmetError,
} from './graph-store';
import { checkProjection, multiplicity, normaliseAlgorithmRows, type AlgorithmEdge, type AlgorithmRow } from './algorithms';
import type { Statement } from '../model/list-statements';
import { algorithmQuery, loadQueries, loadSchemaStatements, type Algorithm, type QueryName } from './queries';
import { checkUserCypher } from './user-cypher-check';
import { CypherSandbox, type SandboxOptions } from './cypher-sandbox';
import { assertPlainParams, normaliseEmbeddedValue, normaliseRow } from './values';

/** The store could not be opened (locked, unwritable, damaged); the message says which. */
export class StoreOpenError extends Error {}

/** File name of the database inside the data dir. */
export const EMBEDDED_DB_FILE = 'dossier.grafeo';

/** The embedded adapter. Open with `openEmbeddedStore`. */
export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private readonly queries = loadQueries('embedded');
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private schemaReady = false;
  private readonly sandbox: CypherSandbox;

  /**
   * @param snapshotDir where read-only copies for user Cypher are kept, and the sandbox's temporary files under `tmp/`
   *   (removed on close when `ownsSnapshotDir`)
   */
  constructor(
    private readonly db: GrafeoDB,
    private readonly snapshotDir: string,
    private readonly ownsSnapshotDir: boolean,
    sandbox: SandboxOptions,
  ) {
    this.sandbox = new CypherSandbox(sandbox, path.join(snapshotDir, 'tmp'));
  }

  private text(name: QueryName): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`unknown query ${name}`);
    return text;
  }

  private async run(text: string, params: Params): Promise<Row[]> {
    if (this.closed) throw new Error('the store is closed');
    assertPlainParams(params);
    const result = await this.db.executeCypher(text, params);
    return result.toArray().map((row) => normaliseRow(row, normaliseEmbeddedValue));
  }

  /** Runs a read (ReadOptions do not matter here: reads run in-process, one at a time). */
  async read<R extends object = Row>(query: QueryName | Statement, params: Params = {}): Promise<R[]> {
    return (await this.run(typeof query === 'string' ? this.text(query) : query.text, params)) as R[];
  }

  readThen(query: QueryName, params: Params, following: readonly FollowingRead[]): Promise<ReadThenResult> {
    return readThenApart(this, query, params, following);
  }

  async runAlgorithm(algorithm: Algorithm, edges: AlgorithmEdge[]): Promise<AlgorithmRow[]> {
    checkProjection(edges);
    // Grafeo's procedures run over a whole graph: the projection is copied into a graph in memory first.
    const copy = GrafeoDB.create();
    try {
      const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
      const nodeIds = await copy.batchCreateNodesWithProps(
        'Node',
        ids.map((id) => ({ id })),
      );
      const internal = new Map(ids.map((id, i) => [id, nodeIds[i]!]));
      await copy.batchCreateEdges(
        edges.flatMap((e) =>
          Array.from({ length: multiplicity(e.weight) }, () => ({ src: internal.get(e.source)!, dst: internal.get(e.target)!, type: 'EDGE' })),
        ),
      );
      return normaliseAlgorithmRows(algorithm, (await copy.executeCypher(algorithmQuery(algorithm, 'embedded'))).toArray());
    } finally {
      copy.close();
    }
  }

  async write<R extends object = Row>(query: QueryName, params: Params = {}): Promise<R[]> {
    return (await this.enqueue(() => this.run(this.text(query), params))) as R[];
  }

  /** The steps in one Grafeo transaction, in the write queue; rolled back on any error (Grafeo does not doom it itself). */
  async writeTransaction(steps: readonly WriteStep[], _metadata: WriteMetadata): Promise<Row[][]> {
    for (const step of steps) assertPlainParams(step.params ?? {});
    return this.enqueue(async () => {
      if (this.closed) throw new Error('the store is closed');
      const tx = this.db.beginTransaction();
      try {
        const results: Row[][] = [];
        for (const [i, step] of steps.entries()) {
          const result = await tx.executeCypher(this.text(step.query), step.params ?? {});
          const rows = result.toArray().map((row) => normaliseRow(row, normaliseEmbeddedValue));
          if (step.requireRows && rows.length === 0) throw new WriteStepUnmetError(i, step.query);
          results.push(rows);
        }
        tx.commit();
        return results;
      } catch (error) {
        if (tx.isActive) tx.rollback();
        throw error;
      }
    });
  }

  async readUserCypher(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    // Without a request's deadline (the CLI), the check is bounded by its own deadline alone, and the run by its budget.
    await checkUserCypher(text, params, limits.deadline);
    return this.runReadOnly(text, params, { ...limits, deadline: limits.deadline ?? Date.now() + limits.timeoutMs });
  }

  /**
   * The engine-level walls, independent of the parse-tree guard: the query runs in the sandbox process
   * (memory ceiling, killed at its time budget) on a read-only copy of the store, after the engine's own
   * plan is checked, in a transaction that is always rolled back; one that changed anything is refused.
   */
  async runReadOnly(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    assertPlainParams(params);
    return this.sandbox.run(await this.snapshotFile(), text, params, limits);
  }

  /** A read-only copy of the store as of its last commit (made again only after a write), for the sandbox. */
  private snapshotFile(): Promise<string> {
    return this.enqueue(async () => {
      if (this.closed) throw new Error('the store is closed');
      const epoch = this.db.currentEpoch();
      const file = path.join(this.snapshotDir, `snapshot-${epoch}.grafeo`);
      if (!fs.existsSync(file)) {
        fs.mkdirSync(this.snapshotDir, { recursive: true });
        const partial = `${file}.partial-${process.pid}`;
        fs.rmSync(partial, { force: true, recursive: true });
        this.db.save(partial);
        fs.renameSync(partial, file);
      }
      // Older copies go (the sandbox may still hold one open: unlinking it is safe).
      for (const name of fs.readdirSync(this.snapshotDir)) {
        if (name !== path.basename(file) && name.startsWith('snapshot-')) fs.rmSync(path.join(this.snapshotDir, name), { force: true, recursive: true });
      }
      return file;
    });
  }

  /** Creates constraints and indexes once per open store (opening already does it). */
  async setupSchema(): Promise<void> {
    if (this.schemaReady) return;
    for (const statement of loadSchemaStatements('embedded')) {
      await this.enqueue(() => this.db.executeCypher(statement));
    }
    // The BM25 text index behind search (Neo4j's FULLTEXT index is in cypher/schema/neo4j.cypher), kept in sync by the
    // engine. createTextIndex rebuilds an existing index (a full scan), so it runs only when a search says it is missing.
    const indexed = await this.enqueue(() => this.db.textSearch('Entity', 'searchText', 'probe', 1)).then(
      () => true,
      () => false,
    );
    if (!indexed) await this.enqueue(() => this.db.createTextIndex('Entity', 'searchText'));
    this.schemaReady = true;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(task);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeQueue;
    this.closed = true;
    this.sandbox.close();
    this.db.close();
    if (this.ownsSnapshotDir) fs.rmSync(this.snapshotDir, { recursive: true, force: true });
  }
}

const PROBE_BYTES = 64 * 1024;

/** Checks that the data dir can take writes (read-only, full and unwritable dirs fail with a clear message). */
export function assertWritableDir(dataDir: string): void {
  const probe = path.join(dataDir, `.write-probe-${process.pid}`);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(probe, Buffer.alloc(PROBE_BYTES));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EROFS' ? 'is on a read-only file system' : code === 'ENOSPC' || code === 'EDQUOT' ? 'is full (no space left on the device)' : 'is not writable';
    throw new StoreOpenError(`The data directory ${dataDir} ${why}: ${(error as Error).message}`);
  } finally {
    try {
      fs.rmSync(probe, { force: true });
    } catch {
      // the probe was never written
    }
  }
}

/** Settings of the sandbox that runs user Cypher (defaults: 2048 MB of address space, 8 MB of rows). */
export const DEFAULT_SANDBOX: SandboxOptions = { memoryMb: 2048, maxBytes: 8_000_000 };

/** Opens (or creates) the embedded store in `dataDir`, or in memory when `dataDir` is null. */
export async function openEmbeddedStore(dataDir: string | null, sandbox: SandboxOptions = DEFAULT_SANDBOX): Promise<EmbeddedStore> {
  if (dataDir === null) {
    const memory = new EmbeddedStore(GrafeoDB.create(), fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-sandbox-')), true, sandbox);
    await memory.setupSchema();
    return memory;
  }
  assertWritableDir(dataDir);
  const file = path.join(dataDir, EMBEDDED_DB_FILE);
  let db: GrafeoDB;
  try {
    db = fs.existsSync(file) ? GrafeoDB.open(file) : GrafeoDB.create(file);
  } catch (error) {
    const message = (error as Error).message;
    if (/lock/i.test(message)) {
      throw new StoreOpenError(`The store ${file} is in use by another process (only one server can open a data directory): ${message}`);
    }
    throw new StoreOpenError(`Cannot open the store ${file}: ${message}`);
  }
  const store = new EmbeddedStore(db, path.join(dataDir, 'sandbox'), false, sandbox);
  await store.setupSchema();
  return store;
}
