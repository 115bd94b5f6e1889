// Per-request DataLoaders: one store query per entity type or edge kind per tick (no N+1). Entities' loaders by id are
// declared in nodes.ts, edge and algorithm loaders by the repository that reads them; a request's Loaders makes each on first use.
import DataLoader from 'dataloader';
import type { AlgorithmEdge, AlgorithmRow } from '../store/algorithms';
import { followingIds, type FollowingRead, type GraphStore } from '../store/graph-store';
import type { Algorithm, QueryName } from '../store/queries';
import type { EdgeRecord } from './records';

/** The most items `first` takes on a nested list. */
export const MAX_NESTED = 500;

/** The first `first` items of a nested list (every item without it); `first` is bounded by its argument class (0–MAX_NESTED). */
export function firstItems<T>(items: readonly T[], first: number | null | undefined): T[] {
  return first === null || first === undefined ? [...items] : items.slice(0, first);
}

/** Loader options; `batch: false` is the naive one-query-per-key mode, for benchmarks only. */
export interface LoaderOptions {
  batch?: boolean;
}

type Props = Record<string, unknown>;

/** A loader a repository declares once; each request makes its own from it, on first use. */
export interface LoaderSpec<T> {
  make(store: GraphStore, options: { batch: boolean }, loaders: Loaders): T;
}

/** The loaders of one request (it lives in the GraphQL context): each made from its spec on first use. */
export class Loaders {
  private readonly made = new Map<LoaderSpec<unknown>, unknown>();
  private readonly options: { batch: boolean };

  constructor(
    private readonly store: GraphStore,
    options: LoaderOptions = {},
  ) {
    this.options = { batch: options.batch ?? true };
  }

  /** This request's loader of `spec`. */
  get<T>(spec: LoaderSpec<T>): T {
    if (!this.made.has(spec)) this.made.set(spec, spec.make(this.store, this.options, this));
    return this.made.get(spec) as T;
  }
}

/** A loader that a read can fill ahead (GraphStore.readThen): its query (over `$ids`), its other parameters, and how its rows fill it. */
export interface ReadAheadSpec {
  query: QueryName;
  params: Props;
  /** Takes rows of its query as if it had loaded them, and what they carry; with `ids`, every id asked for (found or not). */
  primeRows(loaders: Loaders, rows: ReadonlyArray<Record<string, unknown>>, ids?: readonly string[]): void;
}

/** A loader of entities by store id, with the mapper of its rows, so that other queries returning the same projection can prime it. */
export interface NodeSpec<T> extends LoaderSpec<DataLoader<string, T | null>>, ReadAheadSpec {
  map: (p: Props) => T;
  /** Columns of its projection that hold another entity (an allegation's `claimant`), primed with it. */
  nested: Readonly<Record<string, NodeSpec<unknown>>>;
}

/** A loader of a parent's edge rows by parent store id, that a read can fill ahead. */
export interface EdgeSpec<T> extends LoaderSpec<DataLoader<string, T[]>>, ReadAheadSpec {}

/** What one field of an entity loads: a loader, and the key of the entity's projection its ids are in (the entity's own `id` without it). */
export interface Ahead {
  spec: ReadAheadSpec;
  key?: string;
}

/**
 * Runs `query` and what the `fields` asked of the entities in its rows load (`ahead[field]`), and `always`, in the
 * same round trip on Neo4j (GraphStore.readThen), filling this request's loaders; the entities are in column
 * `column` of the rows (`each`: a list of them). Returns the rows of `query`.
 */
export async function readAhead<R extends object>(
  data: { store: GraphStore; loaders: Loaders },
  query: QueryName,
  params: Props,
  entities: { column: string; each?: boolean },
  ahead: Readonly<Record<string, readonly Ahead[]>>,
  fields: Iterable<string>,
  always: readonly Ahead[] = [],
): Promise<R[]> {
  const wanted = new Map<string, Ahead>();
  const add = (a: Ahead) => wanted.set(`${a.spec.query}|${a.key ?? 'id'}`, a);
  for (const field of fields) for (const a of Object.hasOwn(ahead, field) ? ahead[field]! : []) add(a);
  always.forEach(add);
  if (wanted.size === 0) return data.store.read<R>(query, params, { combine: true });
  const following = [...wanted.values()].map((a) => ({ spec: a.spec, from: { column: entities.column, key: a.key ?? 'id', each: entities.each } }));
  return readFilling<R>(data, query, params, following);
}

/**
 * Runs `query` and, in the same round trip on Neo4j (GraphStore.readThen), each loader's query over the ids its rows
 * give (`from`, `when`: as FollowingRead), filling this request's loaders with their rows. Returns the rows of `query`.
 */
export async function readFilling<R extends object>(
  { store, loaders }: { store: GraphStore; loaders: Loaders },
  query: QueryName,
  params: Props,
  following: ReadonlyArray<{ spec: ReadAheadSpec } & Pick<FollowingRead, 'from' | 'when'>>,
): Promise<R[]> {
  const reads = following.map(({ spec, from, when }): FollowingRead => ({ query: spec.query, params: spec.params, from, when }));
  const result = await store.readThen(query, params, reads);
  following.forEach((f, i) => {
    const ids = followingIds(result.rows, reads[i]!);
    if (ids.length > 0) f.spec.primeRows(loaders, result.following[i] ?? [], ids);
  });
  return result.rows as R[];
}

/** Primes `loader` with what rows gave by id, and every other id asked for (`ids`) with what a load that finds nothing gives. */
function primeEvery<V>(loader: DataLoader<string, V>, found: ReadonlyMap<string, V>, ids: readonly string[] | undefined, none: () => V): void {
  for (const [id, value] of found) loader.prime(id, value);
  for (const id of ids ?? []) if (!found.has(id)) loader.prime(id, none());
}

/**
 * Caches an entity another query already returned (a node in an edge row), so that loading it costs no
 * round trip; returns the record (null when `props` is no entity).
 */
export function primeNode<T>(loaders: Loaders, spec: NodeSpec<T>, props: unknown): T | null {
  if (!props || typeof props !== 'object' || !('id' in props)) return null;
  const record = spec.map(props);
  loaders.get(spec).prime(String((props as Props).id), record);
  primeNested(loaders, spec, props);
  return record;
}

/** Primes the entities an entity's projection carries (its `nested` columns). */
function primeNested(loaders: Loaders, spec: NodeSpec<unknown>, props: Props): void {
  for (const [column, nested] of Object.entries(spec.nested)) primeNode(loaders, nested, props[column]);
}

/**
 * Entities by store id from `query` (column `column` of its rows, mapped by `map`); a missing id gives null.
 * `params` are added to the ids; `also` primes other loaders from other columns, `nested` from columns of
 * the entity's own projection.
 */
export function nodeLoader<T>(
  query: QueryName,
  column: string,
  map: (p: Props) => T,
  options: { params?: Props; also?: Readonly<Record<string, NodeSpec<unknown>>>; nested?: Readonly<Record<string, NodeSpec<unknown>>> } = {},
): NodeSpec<T> {
  /** The entities of the rows by id, what the rows carry primed on the way. */
  const take = (loaders: Loaders, rows: ReadonlyArray<Record<string, unknown>>): Map<string, T> => {
    const byId = new Map<string, T>();
    for (const row of rows) {
      const props = row[column] as Props | null | undefined;
      if (props) {
        byId.set(String(props.id), map(props));
        primeNested(loaders, spec, props);
      }
      for (const [other, source] of Object.entries(options.also ?? {})) primeNode(loaders, source, row[other]);
    }
    return byId;
  };
  const spec: NodeSpec<T> = {
    map,
    nested: options.nested ?? {},
    query,
    params: options.params ?? {},
    primeRows: (loaders, rows, ids) => primeEvery(loaders.get(spec), take(loaders, rows), ids, () => null),
    make: (store, loaderOptions, loaders) =>
      new DataLoader<string, T | null>(async (ids) => {
        const byId = take(loaders, await store.read<Record<string, unknown>>(query, { ids: [...ids], ...options.params }, { combine: true }));
        return ids.map((id) => byId.get(id) ?? null);
      }, loaderOptions),
  };
  return spec;
}

/**
 * The rows of parents by parent store id (column parentId), in the query's order. Where rows carry their
 * child node (column `child`), the child's loader is primed: the next level costs no round trip.
 */
export function edgeLoader<T extends { parentId: string } = EdgeRecord>(query: QueryName, child?: NodeSpec<unknown>): EdgeSpec<T> {
  /** The rows by parent, their children primed on the way. */
  const byParent = (loaders: Loaders, rows: ReadonlyArray<Record<string, unknown>>): Map<string, T[]> => {
    const grouped = new Map<string, T[]>();
    for (const row of rows as ReadonlyArray<T & { child?: unknown }>) {
      if (child) primeNode(loaders, child, row.child);
      const list = grouped.get(row.parentId) ?? [];
      list.push(row);
      grouped.set(row.parentId, list);
    }
    return grouped;
  };
  const spec: EdgeSpec<T> = {
    query,
    params: {},
    primeRows: (loaders, rows, ids) => primeEvery(loaders.get(spec), byParent(loaders, rows), ids, () => []),
    make: (store, loaderOptions, loaders) =>
      new DataLoader<string, T[]>(async (ids) => {
        const grouped = byParent(loaders, await store.read<Record<string, unknown>>(query, { ids: [...ids] }, { combine: true }));
        return ids.map((id) => grouped.get(id) ?? []);
      }, loaderOptions),
  };
  return spec;
}

/**
 * Runs a graph algorithm over the edges a query returns, once per key: '' runs `query` (no restriction); another key
 * runs `restricted.query` with the key as its `restricted.param`.
 */
export function algorithmLoader(
  algorithm: Algorithm,
  query: QueryName,
  restricted?: { query: QueryName; param: string },
): LoaderSpec<DataLoader<string, AlgorithmRow[]>> {
  return {
    make: (store, loaderOptions) =>
      new DataLoader<string, AlgorithmRow[]>(
        (keys) =>
          Promise.all(
            keys.map(async (key) =>
              store.runAlgorithm(
                algorithm,
                await (key && restricted ? store.read<AlgorithmEdge>(restricted.query, { [restricted.param]: key }) : store.read<AlgorithmEdge>(query)),
              ),
            ),
          ),
        loaderOptions,
      ),
  };
}

/** A loader of entities by store id (a NodeSpec, or any spec of the same loader type). */
export type NodesSpec<T> = LoaderSpec<DataLoader<string, T | null>>;

/** A loader of a parent's edge rows by parent store id. */
export type EdgesSpec<E extends EdgeRecord = EdgeRecord> = LoaderSpec<DataLoader<string, E[]>>;

/** Loads the child of each row (by `key`) and pairs them, dropping rows whose child is missing. */
export async function loadPaired<R, T>(loaders: Loaders, nodes: NodesSpec<T>, rows: readonly R[], key: (row: R) => string): Promise<Array<[R, T]>> {
  const children = await loaders.get(nodes).loadMany(rows.map(key));
  return rows.flatMap((row, i): Array<[R, T]> => {
    const child = children[i];
    return child === null || child === undefined || child instanceof Error ? [] : [[row, child]];
  });
}

/** Loads many by key, dropping the missing ones. */
export async function loadPresent<T>(loaders: Loaders, nodes: NodesSpec<T>, keys: readonly string[]): Promise<T[]> {
  const values = await loaders.get(nodes).loadMany(keys);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/**
 * The nodes at the far end of a parent's edges, in the edges' order: the first `first` of them (all
 * without it; 0–500), missing ones dropped.
 */
export async function childrenOf<T>(loaders: Loaders, edges: EdgesSpec, nodes: NodesSpec<T>, parentKey: string, first?: number | null): Promise<T[]> {
  return childNodes(loaders, nodes, await loaders.get(edges).load(parentKey), first);
}

/** The nodes at the far end of some edges, in their order: the first `first` (0–500; all without it), missing ones dropped. */
export function childNodes<T>(loaders: Loaders, nodes: NodesSpec<T>, edges: readonly EdgeRecord[], first?: number | null): Promise<T[]> {
  return loadPresent(
    loaders,
    nodes,
    firstItems(edges, first).map((e) => e.childId),
  );
}

/** The node a record points to by key, or null when it points to none. */
export function nodeOrNull<T>(loaders: Loaders, nodes: NodesSpec<T>, key: string | null | undefined): Promise<T | null> {
  return key ? loaders.get(nodes).load(key) : Promise.resolve(null);
}
