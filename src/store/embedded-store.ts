// GraphStore on the embedded engine (Grafeo): persistent under the data dir, writes serialised.
import fs from 'node:fs';
import path from 'node:path';
import { GrafeoDB } from '@grafeo-db/js';
import { ForbiddenError } from '../errors';
import type { GraphStore, Params, Row, UserQueryLimits, UserQueryResult } from './graph-store';
import { loadQueries, loadSchemaStatements, type QueryName } from './queries';
import { assertReadOnlyCypher } from './read-only-guard';
import { withTimeout } from './timeout';
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

  constructor(private readonly db: GrafeoDB) {}

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

  async read<R extends object = Row>(query: QueryName, params: Params = {}): Promise<R[]> {
    return (await this.run(this.text(query), params)) as R[];
  }

  async write<R extends object = Row>(query: QueryName, params: Params = {}): Promise<R[]> {
    return (await this.enqueue(() => this.run(this.text(query), params))) as R[];
  }

  async readUserCypher(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    assertReadOnlyCypher(text, params);
    return this.runReadOnly(text, params, limits);
  }

  /**
   * The engine-level guard, independent of the keyword screen: the query runs in a transaction
   * that is always rolled back, and one that changed anything is refused with FORBIDDEN.
   */
  async runReadOnly(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    assertPlainParams(params);
    const tx = this.db.beginTransaction('snapshot');
    const running = tx.executeCypher(text, params);
    // Whatever happens, the transaction is rolled back once the engine is done with the query
    // (a query past its time budget cannot be cancelled; it finishes and is discarded).
    const rollback = () => {
      try {
        if (tx.isActive) tx.rollback();
      } catch {
        // already ended
      }
    };
    running.then(rollback, rollback);
    const result = await withTimeout(running, limits.timeoutMs, 'The query');
    const c = result.counters;
    const changes = c.nodesCreated + c.nodesDeleted + c.edgesCreated + c.edgesDeleted + c.propertiesSet + c.labelsAdded + c.labelsRemoved;
    if (changes > 0) throw new ForbiddenError('Read-only: the query tried to change the graph; nothing was changed');
    const total = result.length;
    const rows: Row[] = [];
    for (let i = 0; i < Math.min(total, limits.maxRows); i++) rows.push(normaliseRow(result.get(i), normaliseEmbeddedValue));
    return { columns: result.columns, rows, truncated: total > limits.maxRows };
  }

  /** Creates constraints and indexes once per open store (opening already does it). */
  async setupSchema(): Promise<void> {
    if (this.schemaReady) return;
    for (const statement of loadSchemaStatements('embedded')) {
      await this.enqueue(() => this.db.executeCypher(statement));
    }
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
    this.db.close();
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

/** Opens (or creates) the embedded store in `dataDir`, or in memory when `dataDir` is null. */
export async function openEmbeddedStore(dataDir: string | null): Promise<EmbeddedStore> {
  if (dataDir === null) {
    const memory = new EmbeddedStore(GrafeoDB.create());
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
  const store = new EmbeddedStore(db);
  await store.setupSchema();
  return store;
}
