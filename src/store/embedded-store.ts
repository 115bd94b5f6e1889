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
} from './graph-store';
import { checkProjection, multiplicity, normaliseAlgorithmRows, type AlgorithmEdge, type AlgorithmRow } from './algorithms';
import {
  algorithmQuery,
  KEPT_COUNTS,
  WHOLE_LABEL_PAGE_OF,
  loadQueries,
  loadSchemaStatements,
  WHOLE_LABEL_READS,
  type Algorithm,
  type QueryName,
} from './queries';
import { SpecialisedTexts } from './null-guards';
import { checkUserCypher } from './user-cypher-check';
import { CypherSandbox, type SandboxOptions } from './cypher-sandbox';
import { assertPlainParams, normaliseEmbeddedValue, normaliseRow } from './values';

const copyRows = (rows: Row[]): Row[] => rows.map((row) => ({ ...row }));

/** The store could not be opened (locked, unwritable, damaged); the message says which. */
export class StoreOpenError extends Error {}

/** File name of the database inside the data dir. */
export const EMBEDDED_DB_FILE = 'dossier.grafeo';

/** How many leading rows of a whole-label read are kept between commits (a page of 20 at offset ≤ 980). */
export const LEADING_ROWS = 1000;

/** How many of those a filtered page is first looked for among. */
export const WALK_FIRST = 64;

/** How many counts of filtered lists are kept between commits. */
const MAX_KEPT_COUNTS = 1000;

/** A top-k page's text restricted to the rows whose ids are in `$withinIds`: its first `MATCH (v:Label)` becomes a look-up by id. */
export function restrictToIds(text: string): string | null {
  const match = /^MATCH \((\w+):(\w+)\)$/m.exec(text);
  if (!match) return null;
  return text.replace(match[0], `UNWIND $withinIds AS withinId\nMATCH (${match[1]}:${match[2]} {id: withinId})`);
}

/**
 * Values read as of one commit of the engine (its epoch: every write transaction moves it, reads do not): all dropped
 * once it moves; at most `max` of them, the oldest dropped first. A value is kept only if no commit happened while it was read.
 */
class KeptUntilCommit<V> {
  private epoch = -1n;
  private readonly values = new Map<string, V>();

  constructor(
    private readonly currentEpoch: () => bigint,
    private readonly max: number,
  ) {}

  /** The engine's commit now (what was kept for an earlier one is dropped). */
  now(): bigint {
    const epoch = this.currentEpoch();
    if (epoch !== this.epoch) {
      this.values.clear();
      this.epoch = epoch;
    }
    return epoch;
  }

  get(key: string): V | undefined {
    this.now();
    return this.values.get(key);
  }

  /** Keeps `value`, read from commit `readAt`, if that is still the engine's commit. */
  keep(key: string, value: V, readAt: bigint): void {
    if (this.now() !== readAt) return;
    const oldest = this.values.keys().next();
    if (this.values.size >= this.max && !oldest.done) this.values.delete(oldest.value);
    this.values.set(key, value);
  }
}

/** restrictToIds, once per text. */
class TextsWithin {
  private readonly texts = new Map<string, string | null>();
  get(text: string): string | null {
    if (!this.texts.has(text)) this.texts.set(text, restrictToIds(text));
    return this.texts.get(text) ?? null;
  }
}

/** The embedded adapter. Open with `openEmbeddedStore`. */
export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private readonly queries = loadQueries('embedded');
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private schemaReady = false;
  /** Leading rows of whole-label reads (`complete`: every row of the read), as of the engine's last commit. */
  private readonly leading = new KeptUntilCommit<{ rows: Row[]; complete: boolean }>(() => this.db.currentEpoch(), WHOLE_LABEL_READS.size);
  /** Counts of filtered lists (KEPT_COUNTS) by query and parameters, as of the engine's last commit. */
  private readonly counts = new KeptUntilCommit<Row[]>(() => this.db.currentEpoch(), MAX_KEPT_COUNTS);
  /** Texts of top-k pages restricted to `$withinIds` (walkLeading), by the page's text; null when it has no such form. */
  private readonly within = new TextsWithin();
  /**
   * Reads' texts without the guards of the filters that are not set (src/store/null-guards.ts): Grafeo tests each
   * `$p IS NULL` on every row (allegations by status at ~1M: page 70 → 27 ms).
   */
  private readonly specialised = new SpecialisedTexts();

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

  async read<R extends object = Row>(query: QueryName, params: Params = {}): Promise<R[]> {
    if (WHOLE_LABEL_READS.has(query)) return (await this.leadingRows(query, params)) as R[];
    if (KEPT_COUNTS.has(query)) return (await this.keptCount(query, params)) as R[];
    const all = WHOLE_LABEL_PAGE_OF.get(query);
    const walked = all === undefined ? null : await this.walkLeading(query, all, params);
    return (walked ?? (await this.run(this.specialised.get(query, this.text(query), params), params))) as R[];
  }

  readThen(query: QueryName, params: Params, following: readonly FollowingRead[]): Promise<ReadThenResult> {
    return readThenApart(this, query, params, following);
  }

  /**
   * A filtered top-k page (`page-<stem>`) looked for among the kept leading rows of its whole-label order (`page-all-<stem>`:
   * the same rows in the same order before filters): if the first WALK_FIRST of them (then as many as the share that
   * passed says, up to LEADING_ROWS) hold `$end` rows that pass the filters, those are the page, since every row past
   * them comes later in the order. A filter most rows pass then costs a look-up of a few dozen ids instead of a scan of
   * the label (allegations by status at ~1M: 28 → 0.4 ms raw); a selective one falls back to the query after one look-up
   * of WALK_FIRST ids (≈ 0.4 ms at ~1M). Null: run the query.
   */
  private async walkLeading(query: QueryName, all: QueryName, params: Params): Promise<Row[] | null> {
    const { end } = params;
    if (!(typeof end === 'number' && Number.isSafeInteger(end) && end > 0 && end <= LEADING_ROWS)) return null;
    const text = this.within.get(this.specialised.get(query, this.text(query), params));
    if (text === null) return null;
    const readAt = this.leading.now();
    const kept = await this.keptLeading(all, true);
    for (let size = WALK_FIRST; ;) {
      const rows = await this.run(text, { ...params, withinIds: kept.rows.slice(0, size).map((row) => row.id) });
      if (this.leading.now() !== readAt) return null;
      const exhausted = size >= kept.rows.length;
      if (rows.length >= end || (exhausted && kept.complete)) return rows;
      // As many rows as the share passing so far says the page needs (with a margin); none, or more than are kept: the query.
      const needed = rows.length === 0 ? Infinity : Math.ceil(((size * end) / rows.length) * 1.25);
      if (exhausted || needed > kept.rows.length * 1.25) return null;
      size = Math.max(size * 2, needed);
    }
  }

  /** A filtered list's count, kept until the next commit (KEPT_COUNTS; the latest MAX_KEPT_COUNTS, each with under 4 kB of parameters). */
  private async keptCount(query: QueryName, params: Params): Promise<Row[]> {
    const key = `${query} ${JSON.stringify(params)}`;
    const readAt = this.counts.now();
    const kept = this.counts.get(key);
    if (kept) return copyRows(kept);
    const rows = await this.run(this.specialised.get(query, this.text(query), params), params);
    if (key.length <= 4096) this.counts.keep(key, copyRows(rows), readAt);
    return rows;
  }

  /**
   * A whole-label read (WHOLE_LABEL_READS): Grafeo reads the sort key of every node of the label for each page (the first
   * 21 of 120,000 allegations by id at ~1M: 10.7 ms), so the first LEADING_ROWS rows are read once (12.0 ms there) and
   * kept until the next commit; a page within them then costs no query; a page past them runs the query as usual. Rows
   * are copied out: a caller may change what it gets.
   */
  private async leadingRows(query: QueryName, params: Params): Promise<Row[]> {
    if (this.closed) throw new Error('the store is closed');
    const { end } = params;
    const paged = end !== undefined;
    if (paged && !(typeof end === 'number' && Number.isSafeInteger(end) && end >= 0)) return this.run(this.text(query), params);
    if (paged && end > LEADING_ROWS && !this.leading.get(query)?.complete) return this.run(this.text(query), params);
    const kept = await this.keptLeading(query, paged);
    return copyRows(paged ? kept.rows.slice(0, end) : kept.rows);
  }

  /** The leading rows of a whole-label read as of the engine's last commit, read now if none are kept (a page: its first LEADING_ROWS). */
  private async keptLeading(query: QueryName, paged: boolean): Promise<{ rows: Row[]; complete: boolean }> {
    const readAt = this.leading.now();
    const kept = this.leading.get(query);
    if (kept) return kept;
    const rows = await this.run(this.text(query), paged ? { end: LEADING_ROWS } : {});
    const read = { rows, complete: !paged || rows.length < LEADING_ROWS };
    this.leading.keep(query, read, readAt);
    return read;
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

  async readUserCypher(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    // Without a request's deadline (the CLI), the check is bounded by its own deadline alone, and the run by its budget.
    await checkUserCypher(text, params, limits.deadline);
    return this.runReadOnly(text, params, { ...limits, deadline: limits.deadline ?? Date.now() + limits.timeoutMs });
  }

  warmUserQueries(): void {
    this.sandbox.prestart();
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
