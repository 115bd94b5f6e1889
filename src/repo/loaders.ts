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

/** Loads entities by store id; a missing id gives null. */
function createNodeLoader<T>(
  store: GraphStore,
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
  });
}

/** Loads the rows of parents by parent store id (column parentId), in the query's order. */
function createEdgeLoader<T extends { parentId: string } = EdgeRecord>(store: GraphStore, query: QueryName): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await store.read<T>(query, { ids: [...ids] });
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const list = byParent.get(row.parentId) ?? [];
      list.push(row);
      byParent.set(row.parentId, list);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

/** Every loader a request can use. */
export function createLoaders(store: GraphStore) {
  return {
    actor: createNodeLoader<ActorRecord>(store, 'find-actors', 'actor', toActor),
    resolution: createNodeLoader<ResolutionRecord>(store, 'find-resolutions', 'resolution', toResolution),
    meeting: createNodeLoader<MeetingRecord>(store, 'find-meetings', 'meeting', toMeeting),
    document: createNodeLoader<DocumentRecord>(store, 'find-documents', 'document', toDocument, { withText: true }),
    allegation: createNodeLoader<AllegationRecord>(store, 'find-allegations', 'allegation', toAllegation),
    statement: createNodeLoader<StatementRecord>(store, 'find-statements', 'statement', toStatement),
    evidence: createNodeLoader<EvidenceRecord>(store, 'find-evidence', 'evidence', toEvidence),
    topics: new DataLoader<'all', TopicRecord[]>(async (keys) => {
      const rows = await store.read<{ topic: Record<string, unknown> }>('list-topics');
      const topics = rows.map((r) => toTopic(r.topic));
      return keys.map(() => topics);
    }),
    allegationsMadeBy: createEdgeLoader(store, 'list-allegations-by-claimants'),
    allegationsNaming: createEdgeLoader(store, 'list-allegations-naming-actors'),
    statementsBy: createEdgeLoader(store, 'list-statements-by-speakers'),
    actorRelations: createEdgeLoader(store, 'list-actor-relations'),
    allegationNamed: createEdgeLoader(store, 'list-allegation-named'),
    topicsOf: createEdgeLoader(store, 'list-topics-of'),
    resolutionDrafters: createEdgeLoader(store, 'list-resolution-drafters'),
    resolutionTargets: createEdgeLoader(store, 'list-resolution-targets'),
    resolutionRecalls: createEdgeLoader(store, 'list-resolution-recalls'),
    resolutionRecalledBy: createEdgeLoader(store, 'list-resolution-recalled-by'),
    meetingParticipants: createEdgeLoader(store, 'list-meeting-participants'),
    meetingResolutions: createEdgeLoader(store, 'list-meeting-resolutions'),
    resolutionVotes: createEdgeLoader<EdgeRecord & { vote: string }>(store, 'list-resolution-votes'),
    actorNames: createEdgeLoader<{ parentId: string; text: string; source: string }>(store, 'list-actor-names'),
    actorSanctions: createEdgeLoader<{ parentId: string; listing: Record<string, unknown> }>(store, 'list-actor-sanctions'),
    actorSources: createEdgeLoader<{ parentId: string; record: Record<string, unknown>; status: string; rule: string | null; reason: string | null }>(
      store,
      'list-actor-source-records',
    ),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many by key, dropping the missing ones. */
export async function loadPresent<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(keys);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
