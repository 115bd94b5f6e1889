// Resolutions: their edge loaders, filtered and ordered pages (by number, year, adoption day, topic, drafter, target, outcome), look-up by number, related lists.
import { resolutionList, resolutionModel } from '../model/resolution.model';
import type { Data } from './data';
import { BadUserInputError } from '../errors';
import { actorIdsNamed } from './actor.repo';
import { dateParams, intParams, listPage, type DateFilterInput, type IntFilterInput, type ListPage, type OrderInput, type PageArgsInput } from './listing';
import { coveredChildren, coveredEdges } from './coverage.repo';
import { topicIdOf, TOPICS_AHEAD } from './topic.repo';
import type { ActorRecord, EdgeRecord, MeetingRecord, ResolutionRecord } from './records';
import { actorNodes, evidenceNodes, meetingNodes, resolutionNodes } from './nodes';
import { type Ahead, childrenOf, edgeLoader, firstItems, loadPaired, nodeOrNull, primeNode, readAhead } from './loaders';

const resolutionDrafters = edgeLoader('list-resolution-drafters', actorNodes);

const resolutionTargets = edgeLoader('list-resolution-targets', actorNodes);

const resolutionRecalls = edgeLoader('list-resolution-recalls', resolutionNodes);

const resolutionRecalledBy = edgeLoader('list-resolution-recalled-by', resolutionNodes);

const resolutionVotes = edgeLoader<EdgeRecord & { vote: string }>('list-resolution-votes', actorNodes);

/** The deprecated filter of the resolutions listing. */
export interface ResolutionFilterInput {
  fromYear?: number | null;
  toYear?: number | null;
  topic?: string | null;
  outcome?: string | null;
}

/** Where resolutions are listed by; actors by any name or alias, the topic by key or alias. */
export interface ResolutionWhereInput {
  number?: IntFilterInput | null;
  year?: IntFilterInput | null;
  adoptedOn?: DateFilterInput | null;
  topic?: string | null;
  drafter?: string | null;
  target?: string | null;
  outcome?: string | null;
}

type ResolutionOrder = 'NUMBER' | 'ADOPTED_ON';

/** One page of resolutions: `where` (or the deprecated `filter`), by number (the default) or adoption day. */
export async function listResolutions(
  ctx: Data,
  where: ResolutionWhereInput | null | undefined,
  filter: ResolutionFilterInput | null | undefined,
  orderBy: OrderInput<ResolutionOrder> | null | undefined,
  page: PageArgsInput,
): Promise<ListPage<ResolutionRecord>> {
  for (const key of ['fromYear', 'toYear'] as const) {
    const y = filter?.[key];
    if (y !== null && y !== undefined && (y < 1945 || y > 2200)) throw new BadUserInputError(`filter.${key} must be a year from 1945, got ${y}`);
  }
  const w: ResolutionWhereInput = { ...where };
  w.topic ??= filter?.topic;
  w.outcome ??= filter?.outcome;
  if (filter?.fromYear || filter?.toYear) w.year = { ...w.year, gte: w.year?.gte ?? filter.fromYear, lte: w.year?.lte ?? filter.toYear };
  const [topicId, drafterIds, targetIds] = await Promise.all([
    topicIdOf(ctx.loaders, w.topic, 'where.topic'),
    actorIdsNamed(ctx.store, w.drafter, 'where.drafter'),
    actorIdsNamed(ctx.store, w.target, 'where.target'),
  ]);
  const params = {
    ...intParams('number', w.number),
    ...intParams('year', w.year),
    ...dateParams('adopted', w.adoptedOn),
    topicId,
    drafterIds,
    targetIds,
    outcome: w.outcome ?? null,
  };
  return listPage(
    ctx,
    {
      type: 'Resolution',
      model: resolutionModel,
      list: resolutionList,
      source: resolutionNodes,
      anchors: [
        { param: 'topicId', query: 'list-resolution-ids-about-topics' },
        { param: 'drafterIds', query: 'list-resolution-ids-drafted-by' },
        { param: 'targetIds', query: 'list-resolution-ids-targeting' },
        { param: 'yearValues', query: 'list-resolution-ids-in-years' },
      ],
    },
    params,
    orderBy,
    page,
  );
}

/** What each field of a resolution loads, read ahead with the resolution when a request asks for the field. */
const resolutionAhead: Readonly<Record<string, readonly Ahead[]>> = {
  adoptedAt: [{ spec: meetingNodes, key: 'adoptedAtId' }],
  drafters: [{ spec: resolutionDrafters }],
  targets: [{ spec: resolutionTargets }],
  recalls: [{ spec: resolutionRecalls }],
  recalledBy: [{ spec: resolutionRecalledBy }],
  votes: [{ spec: resolutionVotes }],
  topics: TOPICS_AHEAD,
  evidence: [{ spec: evidenceNodes, key: 'evidence' }],
};

/**
 * A resolution by number (1–100000), or null; what the `fields` asked of it load comes in the same round trip
 * (on Neo4j; loaders.readAhead).
 */
export async function resolutionByNumber(data: Data, number: number, fields: Iterable<string> = []): Promise<ResolutionRecord | null> {
  if (!Number.isInteger(number) || number < 1 || number > 100000) {
    throw new BadUserInputError(`"number" must be a resolution number from 1, got ${number}`, { argumentName: 'number' });
  }
  const rows = await readAhead<{ resolution: Record<string, unknown> }>(
    data,
    'find-resolution-by-number',
    { number },
    { column: 'resolution' },
    resolutionAhead,
    fields,
  );
  return primeNode(data.loaders, resolutionNodes, rows[0]?.resolution);
}

/** The meeting that adopted a resolution, or null. */
export function adoptedAt(data: Data, resolution: ResolutionRecord): Promise<MeetingRecord | null> {
  return nodeOrNull(data.loaders, meetingNodes, resolution.adoptedAtKey);
}

/** Drafters and co-sponsors; null when no loaded source lists or mentions any. */
export function draftersOf(data: Data, resolution: ResolutionRecord): Promise<ActorRecord[] | null> {
  return coveredChildren(data.loaders, resolutionDrafters, actorNodes, resolution, 'drafters');
}

/** Whom a resolution targets; null when no loaded source lists or mentions any. */
export function targetsOf(data: Data, resolution: ResolutionRecord): Promise<ActorRecord[] | null> {
  return coveredChildren(data.loaders, resolutionTargets, actorNodes, resolution, 'targets');
}

/** Earlier resolutions this one recalls; null when no loaded source lists or mentions any. */
export function recallsOf(data: Data, resolution: ResolutionRecord): Promise<ResolutionRecord[] | null> {
  return coveredChildren(data.loaders, resolutionRecalls, resolutionNodes, resolution, 'recalls');
}

/** Later resolutions that recall this one. */
export function recalledBy(data: Data, resolution: ResolutionRecord): Promise<ResolutionRecord[]> {
  return childrenOf(data.loaders, resolutionRecalledBy, resolutionNodes, resolution.key);
}

/** How each member state voted (the first `first`); null when no loaded voting data covers the resolution. */
export async function votesOf(data: Data, resolution: ResolutionRecord, first?: number | null): Promise<Array<{ vote: string; state: ActorRecord }> | null> {
  const all = await coveredEdges(data.loaders, resolutionVotes, resolution, 'votes');
  if (!all) return null;
  const pairs = await loadPaired(data.loaders, actorNodes, firstItems(all, first), (r) => r.childId);
  return pairs.map(([row, state]) => ({ vote: row.vote, state }));
}
