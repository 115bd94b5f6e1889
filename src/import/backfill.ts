// Derived properties and labels a store written by an older Dossier lacks (writes keep them since), and its string dates made DATEs: done at start, a no-op once done.
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

/**
 * Turns the dates a store written before they were DATEs holds as ISO strings into DATEs (meetings, allegations,
 * documents, resolutions, source records, actor relations); returns how many values it converted (0 once done: a read
 * says first whether any string is left, so a converted store pays only that read).
 */
export async function convertStringDates(store: GraphStore): Promise<number> {
  const [left] = await store.read<{ count: number }>('count-string-dates');
  if (!left || left.count === 0) return 0;
  return (await store.write<{ count: number }>('convert-string-dates'))[0]?.count ?? 0;
}
