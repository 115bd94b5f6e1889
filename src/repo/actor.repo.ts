// Actor look-ups by any alias (normalised) and by id, and the actors listing.
import { AmbiguousNameError, BadUserInputError } from '../errors';
import { toGlobalId } from '../ids';
import { normaliseName } from '../names';
import type { GraphStore } from '../store/graph-store';
import type { Data } from './data';
import { allowedValues, checkText, listPage, stringParams, type ListPage, type OrderInput, type PageArgsInput, type StringFilterInput } from './listing';
import type { Loaders } from './loaders';
import type { ActorRecord } from './records';

/** An actor a name may mean. */
interface Candidate {
  id: string;
  name: string;
  kind: string;
  canonical?: boolean;
}

/** The look-up key of a name; BAD_USER_INPUT when nothing is left to look up. */
function nameKey(name: string): string {
  const key = normaliseName(name);
  if (key === '') throw new BadUserInputError(`The name "${name.slice(0, 50)}" has no letters or digits to look up`);
  return key;
}

/** Every actor with this name or alias, the one whose own name it is first. */
function actorsNamed(store: GraphStore, key: string): Promise<Candidate[]> {
  return store.read<Candidate>('find-actor-ids-by-name', { key });
}

/** Store ids of every actor that has this name or alias, the canonical-name match first. */
export async function findActorKeysByName(store: GraphStore, name: string): Promise<string[]> {
  return (await actorsNamed(store, nameKey(name))).map((r) => r.id);
}

/** Store ids of every actor a filter's name means, or null when no name is given. */
export async function actorIdsNamed(store: GraphStore, name: string | null | undefined, argument: string): Promise<string[] | null> {
  return checkText(argument, name) ? findActorKeysByName(store, name!) : null;
}

/** How many candidates an AMBIGUOUS_NAME error lists at most. */
const MAX_CANDIDATES = 20;

/**
 * The actor a name means, never a guess: the one actor with that name or alias (or the one whose own name
 * it is); else the one actor whose names hold every word of it ("al-Baghdadi"); null when none does;
 * AMBIGUOUS_NAME with the candidates when several do.
 */
export async function findActorByName(store: GraphStore, loaders: Loaders, name: string): Promise<ActorRecord | null> {
  const key = nameKey(name);
  let found = await actorsNamed(store, key);
  const own = found.filter((r) => r.canonical);
  if (own.length === 1) return loaders.actor.load(own[0]!.id);
  if (found.length === 0) found = await store.read<Candidate>('find-actors-matching-name', { tokens: key.split(' '), key, limit: MAX_CANDIDATES + 1 });
  if (found.length === 0) return null;
  if (found.length === 1) return loaders.actor.load(found[0]!.id);
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
  const spec = { type: 'Actor', page: 'page-actors', count: 'count-listed-actors', column: 'actor', orders: { NAME: 'name', KIND: 'kind' } } as const;
  return listPage(ctx, { ...spec, source: ctx.loaders.sources.actor }, params, orderBy, page);
}
