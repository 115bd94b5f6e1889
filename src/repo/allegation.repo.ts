// Allegation listings: filtered keyset pages and the states named in connection with a topic.
import { decodeCursor, encodeCursor } from '../cursor';
import { BadUserInputError } from '../errors';
import type { Context } from '../context';
import { findActorKeysByName } from './actor.repo';
import { connectionOf, type PageInfoRecord } from './connection';
import { loadPresent, primeNode } from './loaders';
import { normaliseName } from '../names';
import type { ActorRecord, AllegationRecord } from './records';
import { resolveTopic } from './topic.repo';

/** Filter of the allegations listing; names are resolved through aliases. */
export interface AllegationFilterInput {
  topic?: string | null;
  named?: string | null;
  claimant?: string | null;
  status?: string | null;
}

/** A page of allegations. */
export interface AllegationPage {
  edges: Array<{ cursor: string; node: AllegationRecord }>;
  pageInfo: PageInfoRecord;
  totalCount: number;
}

/** Default and largest page size. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** Checks `first` against the page bounds. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE.max) {
    throw new BadUserInputError(`"first" must be between 0 and ${PAGE_SIZE.max}, got ${first}`, { argumentName: 'first' });
  }
  return first;
}

/** One page of allegations matching the filter, ordered by id. */
export async function listAllegations(
  ctx: Context,
  filter: AllegationFilterInput | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<AllegationPage> {
  const limit = pageSize(first);
  const afterKey = after ? `Allegation:${decodeCursor(after, 'Allegation')}` : null;
  const topicId = filter?.topic ? (await resolveTopic(ctx.loaders, filter.topic)).key : null;
  const namedIds = filter?.named ? await findActorKeysByName(ctx.store, filter.named) : null;
  const claimantIds = filter?.claimant ? await findActorKeysByName(ctx.store, filter.claimant) : null;
  const params = { topicId, namedIds, claimantIds, status: filter?.status ?? null };
  const [rows, counts] = await Promise.all([
    ctx.store.read<{ id: string }>('list-allegations', { ...params, after: afterKey, limit: limit + 1 }),
    ctx.store.read<{ total: number }>('count-allegations', params),
  ]);
  const pageRows = rows.slice(0, limit);
  const nodes = await loadPresent(
    ctx.loaders.allegation,
    pageRows.map((r) => r.id),
  );
  const edges = nodes.map((node) => ({ cursor: encodeCursor('Allegation', node.key.slice('Allegation:'.length)), node }));
  return { ...connectionOf(edges, rows.length > limit, afterKey !== null), totalCount: counts[0]?.total ?? 0 };
}

/** A state named by allegations about a topic, with its roles and the allegations. */
export interface StateNamingRecord {
  state: ActorRecord;
  roles: string[];
  allegations: AllegationRecord[];
}

/** The states that allegations about a topic name, ordered by name. */
export async function listStatesNamedWithTopic(ctx: Context, topic: string): Promise<StateNamingRecord[]> {
  // The topic check (NOT_FOUND) and the listing go in the same round trip; the rows carry the states and allegations.
  const { actor, allegation } = ctx.loaders.sources;
  const [, rows] = await Promise.all([
    resolveTopic(ctx.loaders, topic),
    ctx.store.read<{ state: Record<string, unknown>; roles: string[]; allegations: Array<Record<string, unknown>> }>('list-states-named-with-topic', {
      topicKey: normaliseName(topic),
    }),
  ]);
  return rows.flatMap((row) => {
    const state = primeNode(actor, row.state);
    const allegations = row.allegations.flatMap((props) => primeNode(allegation, props) ?? []);
    return state ? [{ state, roles: [...row.roles].sort(), allegations }] : [];
  });
}
