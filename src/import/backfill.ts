// Derived properties a store written by an older Dossier lacks (writes keep them since): filled in at start, a no-op once done.
import type { GraphStore } from '../store/graph-store';

/** Fills in `Actor.sanctioned` and `Statement.meetingDay` where missing; returns how many nodes got them. */
export async function backfillDerivedProperties(store: GraphStore): Promise<{ actors: number; statements: number }> {
  const count = async (query: 'backfill-actor-sanctioned' | 'backfill-statement-dates') => (await store.write<{ count: number }>(query))[0]?.count ?? 0;
  return { actors: await count('backfill-actor-sanctioned'), statements: await count('backfill-statement-dates') };
}
