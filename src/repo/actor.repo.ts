// Actor look-ups by any alias (normalised) and by id.
import { BadUserInputError } from '../errors';
import { normaliseName } from '../names';
import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';
import type { ActorRecord } from './records';

/** Store ids of every actor that has this name or alias, the canonical-name match first. */
export async function findActorKeysByName(store: GraphStore, name: string): Promise<string[]> {
  const key = normaliseName(name);
  if (key === '') throw new BadUserInputError(`The name "${name.slice(0, 50)}" has no letters or digits to look up`);
  const rows = await store.read<{ id: string }>('find-actor-ids-by-name', { key });
  return rows.map((r) => r.id);
}

/** The actor best matching a name or alias, or null. */
export async function findActorByName(store: GraphStore, loaders: Loaders, name: string): Promise<ActorRecord | null> {
  const [first] = await findActorKeysByName(store, name);
  return first === undefined ? null : loaders.actor.load(first);
}
