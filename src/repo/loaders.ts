// Per-request DataLoaders: one store query per entity type or edge kind per tick (no N+1).
import DataLoader from 'dataloader';
import type { AlgorithmEdge, AlgorithmRow } from '../store/algorithms';
import { BadUserInputError } from '../errors';
import type { GraphStore } from '../store/graph-store';
import type { Algorithm, QueryName } from '../store/queries';
import { toActor, toAllegation, toDocument, toEvidence, toMeeting, toResolution, toStatement, toTopic } from './mappers';
import type {
  ActorRecord,
  AllegationRecord,
  DocumentRecord,
  EdgeRecord,
  EvidenceRecord,
  MeetingRecord,
  ResolutionRecord,
  StatementRecord,
  TopicRecord,
} from './records';

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

/** A node loader with the mapper of its rows, so that other queries returning the same projection can prime it. */
export interface NodeSource<T> {
  loader: DataLoader<string, T | null>;
  map: (p: Props) => T;
  /** Columns of its projection that hold another entity (an allegation's `claimant`), primed with it. */
  nested: Record<string, NodeSource<unknown>>;
}

/**
 * Caches an entity another query already returned (a node in an edge row), so that loading it costs no
 * round trip; returns the record (null when `props` is no entity).
 */
export function primeNode<T>(source: NodeSource<T>, props: unknown): T | null {
  if (!props || typeof props !== 'object' || !('id' in props)) return null;
  const record = source.map(props);
  source.loader.prime(String((props as Props).id), record);
  for (const [column, nested] of Object.entries(source.nested)) primeNode(nested, (props as Props)[column]);
  return record;
}

/** Loads entities by store id; a missing id gives null. `also` primes other loaders from extra columns. */
function createNodeLoader<T>(
  store: GraphStore,
  options: LoaderOptions,
  query: QueryName,
  column: string,
  map: (p: Props) => T,
  extra: Record<string, unknown> = {},
  also: Record<string, NodeSource<unknown>> = {},
  nested: Record<string, NodeSource<unknown>> = {},
): NodeSource<T> {
  const loader = new DataLoader<string, T | null>(async (ids) => {
    const rows = await store.read<Record<string, Props>>(query, { ids: [...ids], ...extra });
    const byId = new Map<string, T>();
    for (const row of rows) {
      const props = row[column];
      if (props) byId.set(String(props.id), map(props));
      for (const [other, source] of Object.entries(also)) primeNode(source, row[other]);
      for (const [inner, source] of Object.entries(nested)) primeNode(source, props?.[inner]);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }, options);
  return { loader, map, nested };
}

/**
 * Loads the rows of parents by parent store id (column parentId), in the query's order. Where rows carry
 * their child node (column `child`), the child's loader is primed: the next level costs no round trip.
 */
function createEdgeLoader<T extends { parentId: string } = EdgeRecord>(
  store: GraphStore,
  options: LoaderOptions,
  query: QueryName,
  child?: NodeSource<unknown>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await store.read<T & { child?: unknown }>(query, { ids: [...ids] });
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      if (child) primeNode(child, row.child);
      const list = byParent.get(row.parentId) ?? [];
      list.push(row);
      byParent.set(row.parentId, list);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  }, options);
}

/**
 * Runs a graph algorithm over the edges a query returns, once per key: the key is the query's `param`
 * ('' for null), or '' alone for a query without parameters.
 */
function createAlgorithmLoader(store: GraphStore, options: LoaderOptions, algorithm: Algorithm, query: QueryName, param?: string) {
  return new DataLoader<string, AlgorithmRow[]>(
    (keys) =>
      Promise.all(keys.map(async (key) => store.runAlgorithm(algorithm, await store.read<AlgorithmEdge>(query, param ? { [param]: key || null } : {})))),
    options,
  );
}

/** Every loader a request can use. */
export function createLoaders(store: GraphStore, loaderOptions: LoaderOptions = {}) {
  const options = { batch: loaderOptions.batch ?? true };
  const documentChunks = createEdgeLoader<{ parentId: string; index: number; text: string }>(store, options, 'list-document-chunks');
  const actor = createNodeLoader<ActorRecord>(store, options, 'find-actors', 'actor', toActor);
  const resolution = createNodeLoader<ResolutionRecord>(store, options, 'find-resolutions', 'resolution', toResolution);
  const document = createNodeLoader<DocumentRecord>(store, options, 'find-documents', 'document', toDocument, { withText: false });
  // An allegation's projection carries its claimant: `claimant { … }` costs no round trip.
  const allegation = createNodeLoader<AllegationRecord>(store, options, 'find-allegations', 'allegation', toAllegation, {}, {}, { claimant: actor });
  const meeting = createNodeLoader<MeetingRecord>(store, options, 'find-meetings', 'meeting', toMeeting);
  const statement = createNodeLoader<StatementRecord>(store, options, 'find-statements', 'statement', toStatement);
  return {
    actor: actor.loader,
    resolution: resolution.loader,
    meeting: meeting.loader,
    document: document.loader,
    allegation: allegation.loader,
    statement: statement.loader,
    evidence: createNodeLoader<EvidenceRecord>(store, options, 'find-evidence', 'evidence', toEvidence, {}, { document }).loader,
    /** For queries that return whole entities (primeNode). */
    sources: { actor, resolution, allegation, meeting, document, statement },
    /** The full text of documents (chunked ones joined from their chunks), loaded only when a text is asked for. */
    documentText: new DataLoader<string, string>(async (ids) => {
      const rows = await store.read<{ document: Props }>('find-documents', { ids: [...ids], withText: true });
      const texts = new Map<string, Promise<string>>();
      for (const { document: d } of rows) {
        const id = String(d.id);
        const own = typeof d.text === 'string' ? d.text : '';
        texts.set(id, d.chunked === true ? documentChunks.load(id).then((chunks) => chunks.map((c) => c.text).join('')) : Promise.resolve(own));
      }
      return Promise.all(ids.map((id) => texts.get(id) ?? Promise.resolve('')));
    }, options),
    /** PageRank over the allegation graph, per topic id ('' for every allegation): once per request and topic. */
    centrality: createAlgorithmLoader(store, options, 'pagerank', 'list-allegation-graph-edges', 'topicId'),
    /** PageRank over the resolution citation network (RECALLS): once per request (key ''). */
    citationRank: createAlgorithmLoader(store, options, 'pagerank', 'list-recall-edges'),
    /** Louvain over the actor graph: once per request (key ''). */
    communities: createAlgorithmLoader(store, options, 'louvain', 'list-actor-graph-edges'),
    topics: new DataLoader<'all', TopicRecord[]>(async (keys) => {
      const rows = await store.read<{ topic: Record<string, unknown> }>('list-topics');
      const topics = rows.map((r) => toTopic(r.topic));
      return keys.map(() => topics);
    }),
    allegationsMadeBy: createEdgeLoader(store, options, 'list-allegations-by-claimants', allegation),
    allegationsNaming: createEdgeLoader(store, options, 'list-allegations-naming-actors', allegation),
    statementsBy: createEdgeLoader(store, options, 'list-statements-by-speakers'),
    actorRelations: createEdgeLoader(store, options, 'list-actor-relations', actor),
    allegationNamed: createEdgeLoader(store, options, 'list-allegation-named', actor),
    topicsOf: createEdgeLoader(store, options, 'list-topics-of'),
    resolutionDrafters: createEdgeLoader(store, options, 'list-resolution-drafters', actor),
    resolutionTargets: createEdgeLoader(store, options, 'list-resolution-targets', actor),
    resolutionRecalls: createEdgeLoader(store, options, 'list-resolution-recalls', resolution),
    resolutionRecalledBy: createEdgeLoader(store, options, 'list-resolution-recalled-by', resolution),
    meetingParticipants: createEdgeLoader(store, options, 'list-meeting-participants', actor),
    meetingResolutions: createEdgeLoader(store, options, 'list-meeting-resolutions', resolution),
    resolutionVotes: createEdgeLoader<EdgeRecord & { vote: string }>(store, options, 'list-resolution-votes', actor),
    actorNames: createEdgeLoader<{ parentId: string; text: string; source: string }>(store, options, 'list-actor-names'),
    actorSanctions: createEdgeLoader<{ parentId: string; listing: Record<string, unknown> }>(store, options, 'list-actor-sanctions'),
    actorSources: createEdgeLoader<{ parentId: string; record: Record<string, unknown>; status: string; rule: string | null; reason: string | null }>(
      store,
      options,
      'list-actor-source-records',
    ),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;

/** Loads the child of each row (by `key`) and pairs them, dropping rows whose child is missing. */
export async function loadPaired<R, T>(loader: DataLoader<string, T | null>, rows: readonly R[], key: (row: R) => string): Promise<Array<[R, T]>> {
  const children = await loader.loadMany(rows.map(key));
  return rows.flatMap((row, i): Array<[R, T]> => {
    const child = children[i];
    return child === null || child === undefined || child instanceof Error ? [] : [[row, child]];
  });
}

/** Loads many by key, dropping the missing ones. */
export async function loadPresent<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(keys);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/**
 * The nodes at the far end of a parent's edges, in the edges' order: the first `first` of them (all
 * without it; 0–500), missing ones dropped.
 */
export async function childrenOf<T>(
  edges: DataLoader<string, EdgeRecord[]>,
  nodes: DataLoader<string, T | null>,
  parentKey: string,
  first?: number | null,
): Promise<T[]> {
  return childNodes(nodes, await edges.load(parentKey), first);
}

/** The nodes at the far end of some edges, in their order: the first `first` (0–500; all without it), missing ones dropped. */
export function childNodes<T>(nodes: DataLoader<string, T | null>, edges: readonly EdgeRecord[], first?: number | null): Promise<T[]> {
  return loadPresent(
    nodes,
    firstItems(edges, first).map((e) => e.childId),
  );
}

/** The node a record points to by key, or null when it points to none. */
export function nodeOrNull<T>(nodes: DataLoader<string, T | null>, key: string | null | undefined): Promise<T | null> {
  return key ? nodes.load(key) : Promise.resolve(null);
}
