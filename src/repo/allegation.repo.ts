// Allegations: filtered and ordered pages, the states named in connection with a topic, who made an allegation and whom it names.
import { allegationList, allegationModel } from '../model/allegation.model';
import type { Data } from './data';
import { actorIdsNamed } from './actor.repo';
import {
  allowedValues,
  dateParams,
  listPage,
  stringParams,
  type DateFilterInput,
  type ListPage,
  type ListSpec,
  type OrderInput,
  type PageArgsInput,
  type StringFilterInput,
} from './listing';
import { normaliseName } from '../names';
import { resolveTopic, TOPIC_LIST_AHEAD, topicIdOf, TOPICS_AHEAD } from './topic.repo';
import type { ActorRecord, AllegationRecord } from './records';
import { actorNodes, allegationNodes, evidenceNodes } from './nodes';
import { type Ahead, edgeLoader, loadPaired, nodeOrNull, primeNode, readAhead } from './loaders';

const allegationNamed = edgeLoader('list-allegation-named', actorNodes);

/** The deprecated filter of the allegations listing; names are resolved through aliases. */
export interface AllegationFilterInput {
  topic?: string | null;
  named?: string | null;
  claimant?: string | null;
  status?: string | null;
}

/** Where allegations are listed by: names resolved through aliases, a topic key or alias. */
export interface AllegationWhereInput {
  named?: string | null;
  claimant?: string | null;
  topic?: string | null;
  status?: { eq?: string | null; in?: string[] | null } | null;
  statedOn?: DateFilterInput | null;
  summary?: StringFilterInput | null;
}

/** How allegations can be ordered: by id (the default) or by the day they were stated. */
const ALLEGATIONS: Omit<ListSpec<AllegationRecord, 'ID' | 'STATED_ON'>, 'source'> = {
  type: 'Allegation',
  model: allegationModel,
  list: allegationList,
  countWhenOnly: { param: 'statuses', count: 'count-allegations-by-status' },
  anchors: [
    { param: 'topicId', query: 'list-allegation-ids-about-topics' },
    { param: 'namedIds', query: 'list-allegation-ids-naming' },
    { param: 'claimantIds', query: 'list-allegation-ids-claimed-by' },
  ],
};

/** One page of allegations: `where` (or the deprecated `filter`), ordered by id or the day stated. */
export async function listAllegations(
  ctx: Data,
  where: AllegationWhereInput | null | undefined,
  filter: AllegationFilterInput | null | undefined,
  orderBy: OrderInput<'ID' | 'STATED_ON'> | null | undefined,
  page: PageArgsInput,
): Promise<ListPage<AllegationRecord>> {
  const w: AllegationWhereInput = { ...where };
  w.named ??= filter?.named;
  w.claimant ??= filter?.claimant;
  w.topic ??= filter?.topic;
  if (filter?.status) w.status ??= { eq: filter.status };
  const [topicId, namedIds, claimantIds] = await Promise.all([
    topicIdOf(ctx.loaders, w.topic, 'where.topic'),
    actorIdsNamed(ctx.store, w.named, 'where.named'),
    actorIdsNamed(ctx.store, w.claimant, 'where.claimant'),
  ]);
  const { summaryWords: words, ...summary } = stringParams('summary', w.summary);
  const params = {
    topicId,
    namedIds,
    claimantIds,
    statuses: allowedValues('where.status', w.status?.eq, w.status?.in),
    ...dateParams('stated', w.statedOn),
    ...summary,
    words,
  };
  return listPage(ctx, { ...ALLEGATIONS, source: allegationNodes }, params, orderBy, page);
}

/** A state named by allegations about a topic, with its roles and the allegations. */
export interface StateNamingRecord {
  state: ActorRecord;
  roles: string[];
  allegations: AllegationRecord[];
}

/** What each field of an allegation loads, read ahead with the allegation when a request asks for the field. */
const allegationAhead: Readonly<Record<string, readonly Ahead[]>> = {
  named: [{ spec: allegationNamed }],
  topics: TOPICS_AHEAD,
  evidence: [{ spec: evidenceNodes, key: 'evidence' }],
};

/**
 * The states that allegations about a topic name, ordered by how many distinct claimants name them (most first), then by name; what the `fields` asked of the allegations
 * load comes in the same round trip (on Neo4j; loaders.readAhead).
 */
export async function listStatesNamedWithTopic(ctx: Data, topic: string, fields: Iterable<string> = []): Promise<StateNamingRecord[]> {
  // The topic list comes in the listing's round trip when it has rows; then the topic check (NOT_FOUND) reads it
  // from the loader, and reads it alone otherwise (an unknown topic, or one no allegation is about).
  const rows = await readAhead<{ state: Record<string, unknown>; roles: string[]; allegations: Array<Record<string, unknown>> }>(
    ctx,
    'list-states-named-with-topic',
    { topicKey: normaliseName(topic) },
    { column: 'allegations', each: true },
    allegationAhead,
    fields,
    TOPIC_LIST_AHEAD,
  );
  await resolveTopic(ctx.loaders, topic);
  return rows.flatMap((row) => {
    const state = primeNode(ctx.loaders, actorNodes, row.state);
    const allegations = row.allegations.flatMap((props) => primeNode(ctx.loaders, allegationNodes, props) ?? []);
    return state ? [{ state, roles: [...row.roles].sort(), allegations }] : [];
  });
}

/** Who made an allegation, or null. */
export function claimantOf(data: Data, allegation: AllegationRecord): Promise<ActorRecord | null> {
  return nodeOrNull(data.loaders, actorNodes, allegation.claimantKey);
}

/** The actors an allegation names, each in its role, with the evidence of the naming. */
export async function namedIn(data: Data, allegation: AllegationRecord) {
  const edges = await data.loaders.get(allegationNamed).load(allegation.key);
  const pairs = await loadPaired(data.loaders, actorNodes, edges, (e) => e.childId);
  return pairs.map(([edge, actor]) => ({ actor, role: edge.role ?? 'NAMED' }));
}
