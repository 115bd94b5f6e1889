// Per-request DataLoaders: one store query per entity type or edge kind per tick (no N+1).
import DataLoader from 'dataloader';
import type { GraphStore } from '../store/graph-store';
import type { QueryName } from '../store/queries';
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

/** Loader options; `batch: false` is the naive one-query-per-key mode, for benchmarks only. */
export interface LoaderOptions {
  batch?: boolean;
}

/** Loads entities by store id; a missing id gives null. */
function createNodeLoader<T>(
  store: GraphStore,
  options: LoaderOptions,
  query: QueryName,
  column: string,
  map: (p: Record<string, unknown>) => T,
  extra: Record<string, unknown> = {},
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await store.read<Record<string, Record<string, unknown>>>(query, { ids: [...ids], ...extra });
    const byId = new Map<string, T>();
    for (const row of rows) {
      const props = row[column];
      if (props) byId.set(String(props.id), map(props));
    }
    return ids.map((id) => byId.get(id) ?? null);
  }, options);
}

/** Loads the rows of parents by parent store id (column parentId), in the query's order. */
function createEdgeLoader<T extends { parentId: string } = EdgeRecord>(store: GraphStore, options: LoaderOptions, query: QueryName): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await store.read<T>(query, { ids: [...ids] });
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const list = byParent.get(row.parentId) ?? [];
      list.push(row);
      byParent.set(row.parentId, list);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  }, options);
}

/** Every loader a request can use. */
export function createLoaders(store: GraphStore, loaderOptions: LoaderOptions = {}) {
  const options = { batch: loaderOptions.batch ?? true };
  const documentChunks = createEdgeLoader<{ parentId: string; index: number; text: string }>(store, options, 'list-document-chunks');
  return {
    actor: createNodeLoader<ActorRecord>(store, options, 'find-actors', 'actor', toActor),
    resolution: createNodeLoader<ResolutionRecord>(store, options, 'find-resolutions', 'resolution', toResolution),
    meeting: createNodeLoader<MeetingRecord>(store, options, 'find-meetings', 'meeting', toMeeting),
    document: createNodeLoader<DocumentRecord>(store, options, 'find-documents', 'document', toDocument, { withText: true }),
    allegation: createNodeLoader<AllegationRecord>(store, options, 'find-allegations', 'allegation', toAllegation),
    statement: createNodeLoader<StatementRecord>(store, options, 'find-statements', 'statement', toStatement),
    evidence: createNodeLoader<EvidenceRecord>(store, options, 'find-evidence', 'evidence', toEvidence),
    topics: new DataLoader<'all', TopicRecord[]>(async (keys) => {
      const rows = await store.read<{ topic: Record<string, unknown> }>('list-topics');
      const topics = rows.map((r) => toTopic(r.topic));
      return keys.map(() => topics);
    }),
    allegationsMadeBy: createEdgeLoader(store, options, 'list-allegations-by-claimants'),
    allegationsNaming: createEdgeLoader(store, options, 'list-allegations-naming-actors'),
    statementsBy: createEdgeLoader(store, options, 'list-statements-by-speakers'),
    actorRelations: createEdgeLoader(store, options, 'list-actor-relations'),
    allegationNamed: createEdgeLoader(store, options, 'list-allegation-named'),
    topicsOf: createEdgeLoader(store, options, 'list-topics-of'),
    resolutionDrafters: createEdgeLoader(store, options, 'list-resolution-drafters'),
    resolutionTargets: createEdgeLoader(store, options, 'list-resolution-targets'),
    resolutionRecalls: createEdgeLoader(store, options, 'list-resolution-recalls'),
    resolutionRecalledBy: createEdgeLoader(store, options, 'list-resolution-recalled-by'),
    meetingParticipants: createEdgeLoader(store, options, 'list-meeting-participants'),
    meetingResolutions: createEdgeLoader(store, options, 'list-meeting-resolutions'),
    documentChunks,
    /** The text of chunked documents, joined once per request (however many quotes point into it). */
    chunkedText: new DataLoader<string, string>(async (keys) => {
      const lists = await Promise.all(keys.map((key) => documentChunks.load(key)));
      return lists.map((chunks) => chunks.map((c) => c.text).join(''));
    }, options),
    resolutionVotes: createEdgeLoader<EdgeRecord & { vote: string }>(store, options, 'list-resolution-votes'),
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
