// Derived properties and labels a store written by an older Dossier lacks (writes keep them since): filled in at start, a no-op once done.
import type { GraphStore } from '../store/graph-store';
import type { QueryName } from '../store/queries';

/**
 * Fills in `Actor.sanctioned`, `Statement.meetingDay`, the allegations' status labels and undated allegations' bounds where missing or wrong;
 * returns how many nodes got them. A read says first whether anything is missing (≈ 100 ms at ~1M on Grafeo), as
 * each backfill write costs ≈ 80 ms there even with nothing to do.
 */
export async function backfillDerivedProperties(
  store: GraphStore,
): Promise<{ actors: number; statements: number; allegations: number; allegationBounds: number }> {
  const [missing] = await store.read<{ actors: number; statements: number; allegations: number; allegationBounds: number }>('count-missing-derived');
  const fill = async (query: QueryName, needed: number) => (needed > 0 ? ((await store.write<{ count: number }>(query))[0]?.count ?? 0) : 0);
  return {
    actors: await fill('backfill-actor-sanctioned', missing?.actors ?? 0),
    statements: await fill('backfill-statement-dates', missing?.statements ?? 0),
    allegations: await fill('backfill-allegation-status-labels', missing?.allegations ?? 0),
    allegationBounds: await fill('backfill-allegation-bounds', missing?.allegationBounds ?? 0),
  };
}
