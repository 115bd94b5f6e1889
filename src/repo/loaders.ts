// Per-request DataLoaders: one store query per entity type or edge kind per tick (no N+1). Each repository
// declares its loaders (nodeLoader, edgeLoader, algorithmLoader); a request's Loaders makes each on first use.
import DataLoader from 'dataloader';
import type { AlgorithmEdge, AlgorithmRow } from '../store/algorithms';
import { BadUserInputError } from '../errors';
import type { GraphStore } from '../store/graph-store';
import type { Algorithm, QueryName } from '../store/queries';
import type { EdgeRecord } from './records';

/** The most items `first` takes on a nested list. */
export const MAX_NESTED = 500;

/** The first `first` items of a nested list (every item without it); BAD_USER_INPUT outside 0–MAX_NESTED. */
export function firstItems<T>(items: readonly T[], first: number | null | undefined): T[] {
  if (first === null || first === undefined) return [...items];
  if (!Number.isInteger(first) || first < 0 || first > MAX_NESTED)
    throw new BadUserInputError(`"first" must be between 0 and ${MAX_NESTED}, got ${first}`, { argumentName: 'first' });
  return items.slice(0, first);
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

/** A loader of entities by store id, with the mapper of its rows, so that other queries returning the same projection can prime it. */
export interface NodeSpec<T> extends LoaderSpec<DataLoader<string, T | null>> {
  map: (p: Props) => T;
  /** Columns of its projection that hold another entity (an allegation's `claimant`), primed with it. */
  nested: () => Record<string, NodeSpec<unknown>>;
  /** Its query (with `$ids`) and the other parameters it takes, so that a read can load them ahead (GraphStore.readThen). */
  query: QueryName;
  params: Props;
  /** Takes rows of its query as if it had loaded them: each entity primed, and what its rows carry. */
  primeRows(loaders: Loaders, rows: ReadonlyArray<Record<string, unknown>>): void;
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
  for (const [column, nested] of Object.entries(spec.nested())) primeNode(loaders, nested, props[column]);
}

/**
 * Entities by store id from `query` (column `column` of its rows, mapped by `map`); a missing id gives null.
 * `params` are added to the ids; `also` primes other loaders from other columns, `nested` from columns of
 * the entity's own projection (given as functions: repositories import each other).
 */
export function nodeLoader<T>(
  query: QueryName,
  column: string,
  map: (p: Props) => T,
  options: { params?: Props; also?: () => Record<string, NodeSpec<unknown>>; nested?: () => Record<string, NodeSpec<unknown>> } = {},
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
      for (const [other, source] of Object.entries(options.also?.() ?? {})) primeNode(loaders, source, row[other]);
    }
    return byId;
  };
  const spec: NodeSpec<T> = {
    map,
    nested: options.nested ?? (() => ({})),
    query,
    params: options.params ?? {},
    primeRows: (loaders, rows) => {
      for (const [id, record] of take(loaders, rows)) loaders.get(spec).prime(id, record);
    },
    make: (store, loaderOptions, loaders) =>
      new DataLoader<string, T | null>(async (ids) => {
        const byId = take(loaders, await store.read<Record<string, unknown>>(query, { ids: [...ids], ...options.params }));
        return ids.map((id) => byId.get(id) ?? null);
      }, loaderOptions),
  };
  return spec;
}

/**
 * The rows of parents by parent store id (column parentId), in the query's order. Where rows carry their
 * child node (column `child`), the child's loader is primed: the next level costs no round trip.
 */
export function edgeLoader<T extends { parentId: string } = EdgeRecord>(
  query: QueryName,
  child?: () => NodeSpec<unknown>,
): LoaderSpec<DataLoader<string, T[]>> {
  return {
    make: (store, loaderOptions, loaders) =>
      new DataLoader<string, T[]>(async (ids) => {
        const rows = await store.read<T & { child?: unknown }>(query, { ids: [...ids] });
        const byParent = new Map<string, T[]>();
        for (const row of rows) {
          if (child) primeNode(loaders, child(), row.child);
          const list = byParent.get(row.parentId) ?? [];
          list.push(row);
          byParent.set(row.parentId, list);
        }
        return ids.map((id) => byParent.get(id) ?? []);
      }, loaderOptions),
  };
}

/**
 * Runs a graph algorithm over the edges a query returns, once per key: the key is the query's `param`
 * ('' for null), or '' alone for a query without parameters.
 */
export function algorithmLoader(algorithm: Algorithm, query: QueryName, param?: string): LoaderSpec<DataLoader<string, AlgorithmRow[]>> {
  return {
    make: (store, loaderOptions) =>
      new DataLoader<string, AlgorithmRow[]>(
        (keys) =>
          Promise.all(keys.map(async (key) => store.runAlgorithm(algorithm, await store.read<AlgorithmEdge>(query, param ? { [param]: key || null } : {})))),
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
