// Actors: their edge loaders, look-ups by any alias (normalised) and by id, the actors listing, what an actor made or is named in.
import { actorList, actorModel } from '../model/actor.model';
import { dayAtPrecision } from '../model/stored-dates';
import { AmbiguousNameError, BadUserInputError } from '../errors';
import { toGlobalId } from '../ids';
import { normaliseName } from '../names';
import type { GraphStore } from '../store/graph-store';
import type { Data } from './data';
import {
  allowedValues,
  checkText,
  listPage,
  stringParams,
  type ListPage,
  type ListSpec,
  type OrderInput,
  type PageArgsInput,
  type StringFilterInput,
} from './listing';
import type { ActorRecord, AllegationRecord, EdgeRecord, Props, StatementRecord } from './records';
import { str, strings } from './records';
import { actorNodes, allegationNodes, evidenceNodes, statementNodes } from './nodes';
import { type Ahead, childrenOf, edgeLoader, firstItems, loadPaired, primeNode, readAhead } from './loaders';

/** A sanctions list entry as the list gives it. */
export interface SanctionListingRecord {
  id: string;
  referenceNumber: string;
  permanentReference: string | null;
  listedOn: string | null;
  regime: string | null;
  name: string;
  originalScriptName: string | null;
  aliases: string[];
  listDate: string | null;
  entryType: string | null;
  evidenceIds: string[];
  /** Dated events of the subject the entry's comments state (a death, an arrest…), each with its sentence. */
  events: SanctionEventRecord[];
}

/** A dated event of a listed subject, with the sentence of the list that states it. */
export interface SanctionEventRecord {
  type: string;
  /** As precise as `datePrecision` says (2019-10, 2012); null when the sentence gives no date. */
  date: string | null;
  datePrecision: string | null;
  evidenceIds: string[];
}

/** The record of a store row holding a sanctions list entry's properties. */
export const toSanctionListing = (p: Props): SanctionListingRecord => ({
  id: String(p.id),
  referenceNumber: str(p.referenceNumber) ?? '',
  permanentReference: str(p.permanentReference),
  listedOn: str(p.listedOn),
  regime: str(p.regime),
  name: str(p.name) ?? '',
  originalScriptName: str(p.originalScriptName),
  aliases: strings(p.aliases),
  listDate: str(p.listDate),
  entryType: str(p.entryType),
  evidenceIds: strings(p.evidence),
  events: strings(p.eventTypes).map((type, i) => ({
    type,
    date: strings(p.eventDates)[i] || null,
    datePrecision: strings(p.eventDatePrecisions)[i] || null,
    evidenceIds: strings(p.eventEvidence)[i] ? [strings(p.eventEvidence)[i]!] : [],
  })),
});

const actorNames = edgeLoader<{ parentId: string; text: string; source: string }>('list-actor-names');

/** A RELATED_TO edge with when the tie began and ended (ISO dates as precise as their precision), as far as the source says. */
interface RelationEdge extends EdgeRecord {
  since?: string | null;
  sincePrecision?: string | null;
  until?: string | null;
  untilPrecision?: string | null;
}

const actorRelations = edgeLoader<RelationEdge>('list-actor-relations', actorNodes);

/** Allegations made by each actor. */
const allegationsByClaimant = edgeLoader('list-allegations-by-claimants', allegationNodes);

/** Allegations naming each actor. */
const allegationsNamingActor = edgeLoader('list-allegations-naming-actors', allegationNodes);

/** Statements by each speaker. */
const statementsBySpeaker = edgeLoader('list-statements-by-speakers');

const actorSanctions = edgeLoader<{ parentId: string; listing: Record<string, unknown> }>('list-actor-sanctions');

const actorSources = edgeLoader<{ parentId: string; record: Record<string, unknown>; status: string; rule: string | null; reason: string | null }>(
  'list-actor-source-records',
);

/** An actor a name may mean. */
interface Candidate {
  id: string;
  name: string;
  kind: string;
  canonical?: boolean;
  /** The actor itself (find-actor-ids-by-name returns it: the look-up that follows costs no round trip). */
  actor?: Record<string, unknown>;
}

/** The look-up key of a name; BAD_USER_INPUT when nothing is left to look up. */
function nameKey(name: string): string {
  const key = normaliseName(name);
  if (key === '') throw new BadUserInputError(`The name "${name.slice(0, 50)}" has no letters or digits to look up`);
  return key;
}

/** Every actor with this name or alias, the one whose own name it is first. */
function actorsNamed(store: GraphStore, key: string): Promise<Candidate[]> {
  return store.read<Candidate>('find-actor-ids-by-name', { key }, { combine: true });
}

/** Store ids of every actor that has this name or alias, the canonical-name match first. */
export async function findActorKeysByName(store: GraphStore, name: string): Promise<string[]> {
  return (await actorsNamed(store, nameKey(name))).map((r) => r.id);
}

/** Store ids of every actor a filter's name means, or null when no name is given. */
export async function actorIdsNamed(store: GraphStore, name: string | null | undefined, argument: string): Promise<string[] | null> {
  return checkText(argument, name) ? findActorKeysByName(store, name!) : null;
}

/** What each field of an actor loads, read ahead with the actor when a request asks for the field. */
const actorAhead: Readonly<Record<string, readonly Ahead[]>> = {
  aliases: [{ spec: actorNames }],
  allegationsNaming: [{ spec: allegationsNamingActor }],
  allegationsMade: [{ spec: allegationsByClaimant }],
  related: [{ spec: actorRelations }],
  sanctions: [{ spec: actorSanctions }],
  sources: [{ spec: actorSources }],
  evidence: [{ spec: evidenceNodes, key: 'evidence' }],
};

/** How many candidates an AMBIGUOUS_NAME error lists at most. */
const MAX_CANDIDATES = 20;

/**
 * The actor a name means, never a guess: the one actor with that name or alias (or the one whose own name
 * it is); else the one actor whose names hold every word of it ("al-Baghdadi"); null when none does;
 * AMBIGUOUS_NAME with the candidates when several do.
 */
export async function findActorByName({ store, loaders }: Data, name: string, fields: Iterable<string> = []): Promise<ActorRecord | null> {
  const key = nameKey(name);
  let found = await readAhead<Candidate>({ store, loaders }, 'find-actor-ids-by-name', { key }, { column: 'actor' }, actorAhead, fields);
  for (const row of found) primeNode(loaders, actorNodes, row.actor);
  const own = found.filter((r) => r.canonical);
  if (own.length === 1) return loaders.get(actorNodes).load(own[0]!.id);
  if (found.length === 0) found = await store.read<Candidate>('find-actors-matching-name', { tokens: key.split(' '), key, limit: MAX_CANDIDATES + 1 });
  if (found.length === 0) return null;
  if (found.length === 1) return loaders.get(actorNodes).load(found[0]!.id);
  const candidates = found.slice(0, MAX_CANDIDATES).map((m) => ({ id: toGlobalId(m.id), name: m.name, kind: m.kind }));
  throw new AmbiguousNameError(
    `${found.length > MAX_CANDIDATES ? `More than ${MAX_CANDIDATES}` : found.length} actors are called "${name.slice(0, 100)}": ask by id (extensions.candidates), or list them with actors(where: { name: { matches: … } })`,
    candidates,
  );
}

/** Where actors are listed by: names (matches: every word, over every name and alias), kind, membership, sanctions. */
export interface ActorWhereInput {
  name?: StringFilterInput | null;
  kind?: { eq?: string | null; in?: string[] | null } | null;
  memberOf?: string | null;
  sanctioned?: boolean | null;
}

/** How actors are listed: name words and membership are anchors (cypher/list-actor-ids-…), the rest filters the page. */
const actors: ListSpec<ActorRecord, 'NAME' | 'KIND'> = {
  type: 'Actor',
  model: actorModel,
  list: actorList,
  source: actorNodes,
  anchors: [
    { param: 'nameWords', query: 'list-actor-ids-matching-words', as: 'words' },
    { param: 'memberOfIds', query: 'list-actor-ids-member-of' },
  ],
};

/** One page of actors, by name (the default) or kind. */
export async function listActors(
  ctx: Data,
  where: ActorWhereInput | null | undefined,
  orderBy: OrderInput<'NAME' | 'KIND'> | null | undefined,
  page: PageArgsInput,
): Promise<ListPage<ActorRecord>> {
  const params = {
    ...stringParams('name', where?.name),
    kinds: allowedValues('where.kind', where?.kind?.eq, where?.kind?.in),
    memberOfIds: await actorIdsNamed(ctx.store, where?.memberOf, 'where.memberOf'),
    sanctioned: where?.sanctioned ?? null,
  };
  return listPage(ctx, actors, params, orderBy, page);
}

/** An actor by store id. */
export function actorByKey(data: Data, key: string): Promise<ActorRecord | null> {
  return data.loaders.get(actorNodes).load(key);
}

/** Allegations this actor made, the first `first`. */
export function allegationsMadeBy(data: Data, actor: ActorRecord, first?: number | null): Promise<AllegationRecord[]> {
  return childrenOf(data.loaders, allegationsByClaimant, allegationNodes, actor.key, first);
}

/** Allegations that name this actor, the first `first`. */
export function allegationsNaming(data: Data, actor: ActorRecord, first?: number | null): Promise<AllegationRecord[]> {
  return childrenOf(data.loaders, allegationsNamingActor, allegationNodes, actor.key, first);
}

/** Statements this actor made, the first `first`. */
export function statementsBy(data: Data, actor: ActorRecord, first?: number | null): Promise<StatementRecord[]> {
  return childrenOf(data.loaders, statementsBySpeaker, statementNodes, actor.key, first);
}

/** An actor related to another, with the relation, its direction and its evidence. */
export interface RelatedActorRecord {
  actor: ActorRecord;
  relation: string;
  direction: string;
  evidenceIds: string[];
  since: string | null;
  sincePrecision: string | null;
  until: string | null;
  untilPrecision: string | null;
}

/**
 * Whether a tie holds on `asOf` (an ISO date: 2015, 2015-12 or 2015-12-17): it began on or before it (or its start is not
 * known) and has not ended by it. A partial date counts as its first day ("2012-01" as 2012-01-01).
 */
export function holdsOn(edge: { since?: string | null; until?: string | null }, asOf: string): boolean {
  const day = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const at = day(asOf);
  return (!edge.since || day(edge.since) <= at) && (!edge.until || day(edge.until) > at);
}

/** The actors this one is part of, heads, belongs to… and the reverse (only the ties that hold on `asOf` when given): the first `first`. */
export async function relatedActors(data: Data, actor: ActorRecord, first?: number | null, asOf?: string | null): Promise<RelatedActorRecord[]> {
  if (asOf && !/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(asOf)) {
    throw new BadUserInputError(`"asOf" must be an ISO date (2015, 2015-12 or 2015-12-17), got "${asOf}"`, { argumentName: 'asOf' });
  }
  const all = await data.loaders.get(actorRelations).load(actor.key);
  const edges = firstItems(asOf ? all.filter((e) => holdsOn(e, asOf)) : all, first);
  const pairs = await loadPaired(data.loaders, actorNodes, edges, (e) => e.childId);
  return pairs.map(([edge, other]) => ({
    actor: other,
    relation: edge.relation ?? '',
    direction: edge.direction ?? 'OUTGOING',
    evidenceIds: edge.evidence ?? [],
    since: dayAtPrecision(edge.since, edge.sincePrecision),
    sincePrecision: edge.sincePrecision ?? null,
    until: dayAtPrecision(edge.until, edge.untilPrecision),
    untilPrecision: edge.untilPrecision ?? null,
  }));
}

/** UN sanctions list entries resolved to this actor, newest list first. */
export async function sanctionsOf(data: Data, actor: ActorRecord): Promise<SanctionListingRecord[]> {
  return (await data.loaders.get(actorSanctions).load(actor.key)).map((r) => toSanctionListing(r.listing));
}

/** Each source's own record merged into this actor, with the rule and reason, and the unsure matches. */
export async function sourceRecordsOf(data: Data, actor: ActorRecord) {
  const rows = await data.loaders.get(actorSources).load(actor.key);
  return rows.map((r) => ({
    id: String(r.record.id),
    source: r.record.source ?? null,
    ref: r.record.ref ?? null,
    name: r.record.name ?? null,
    status: r.status,
    rule: r.rule,
    reason: r.reason,
  }));
}

/** Every other name of an actor from every source, without its canonical name. */
export async function aliasesOf(data: Data, actor: ActorRecord): Promise<string[]> {
  const names = new Set<string>(actor.aliases);
  for (const row of await data.loaders.get(actorNames).load(actor.key)) if (row.text !== actor.name) names.add(row.text);
  return [...names];
}

/** Unsure entity matches kept for review (first 1–500, default 50), each with the actor it was not merged into. */
export async function mergeCandidates(data: Data, first: number | null | undefined) {
  const limit = first ?? 50; // 1–500: checked on the argument (MergeCandidatesArgs)
  const rows = await data.store.read<{ recordId: string; recordName: string | null; actorId: string; rule: string; reason: string }>('list-possible-matches', {
    limit,
  });
  const pairs = await loadPaired(data.loaders, actorNodes, rows, (r) => r.actorId);
  return pairs.map(([row, actor]) => ({ ...row, actor }));
}
