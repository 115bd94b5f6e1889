// Properties copied for the lists (Statement.meetingDay from its meeting, Actor.sanctioned from its source records, an allegation's status label): kept by every write, filled in for older stores.
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { runSeed } from '../../seed/seed';
import { backfillDerivedProperties } from '../../src/import/backfill';
import { unmergeRecord } from '../../src/import/entity-resolver';
import { runImport } from '../../src/import/import-runner';
import type { GraphStore } from '../../src/store/graph-store';
import { ENGINES, neo4jSettings, openTestStore, type Engine } from '../helpers';

const SANCTIONS = path.join(__dirname, '..', '..', 'seed', 'data', 'alqaida_sanctions_list_2015-02-19.xml');

/** Actors whose `sanctioned` differs from its definition, statements whose `meetingDay` differs from their meeting's day ('' when unknown), allegations whose status labels are not exactly the one of their status. */
const STALE = `CALL { MATCH (a:Actor)
  WHERE coalesce(a.sanctioned, false) <> EXISTS { MATCH (a)<-[:RESOLVED_TO]-(s:SourceRecord) WHERE s.referenceNumber IS NOT NULL }
  RETURN count(a) AS actors }
CALL { MATCH (s:Statement) OPTIONAL MATCH (s)-[:MADE_AT]->(m:Meeting) WITH s, head(collect(toString(m.date))) AS day
  WHERE s.meetingDay IS NULL OR s.meetingDay <> coalesce(day, '') RETURN count(s) AS statements }
CALL { MATCH (al:Allegation)
  WHERE [l IN labels(al) WHERE l STARTS WITH 'Allegation' AND l <> 'Allegation'] <>
        CASE al.status WHEN 'ALLEGED' THEN ['AllegationAlleged'] WHEN 'DENIED' THEN ['AllegationDenied']
          WHEN 'CONFIRMED' THEN ['AllegationConfirmed'] WHEN 'DISPUTED' THEN ['AllegationDisputed'] ELSE [] END
  RETURN count(al) AS allegations }
CALL { MATCH (al:Allegation) WHERE al.statedOn IS NULL AND al.notBefore IS NULL AND al.notAfter IS NULL
  OPTIONAL MATCH (e:Evidence) WHERE e.id IN al.evidence OPTIONAL MATCH (d:Document {id: e.documentId})
  WITH al, count(d.publishedOn) + count(d.publishedNotBefore) AS dated WHERE dated > 0
  RETURN count(al) AS allegationBounds }
RETURN actors, statements, allegations, allegationBounds`;

async function read<T>(store: GraphStore, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return (await store.readUserCypher(text, params, { maxRows: 1000, timeoutMs: 10000 })).rows as T[];
}

/** Writes outside the named queries, as an older Dossier left the store (the test's own access to each engine). */
async function rawWrite(engine: Engine, store: GraphStore, text: string): Promise<void> {
  if (engine === 'embedded') {
    await (store as unknown as { db: { executeCypher(q: string): Promise<unknown> } }).db.executeCypher(text);
    return;
  }
  const s = neo4jSettings();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password));
  try {
    await driver.executeQuery(text, {}, { database: s.database });
  } finally {
    await driver.close();
  }
}

describe.each(ENGINES)('derived properties on %s', (engine) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openTestStore(engine);
    await runSeed(store);
    await runImport(store, 'un-sanctions', SANCTIONS);
  }, 120000);
  afterAll(() => store.close());

  it('are right after the seed and a sanctions import, for every actor and statement', async () => {
    expect(await read(store, STALE)).toEqual([{ actors: 0, statements: 0, allegations: 0, allegationBounds: 0 }]);
    // Not vacuous: the import made actors sanctioned.
    const [counts] = await read<{ sanctioned: number }>(store, 'MATCH (a:Actor) WHERE a.sanctioned RETURN count(a) AS sanctioned');
    expect(counts!.sanctioned).toBeGreaterThan(10);
  });

  it("a meeting's new day reaches the statements made at it", async () => {
    const [made] = await read<{ id: string; date: string }>(store, 'MATCH (:Statement)-[:MADE_AT]->(m:Meeting) RETURN m.id AS id, m.date AS date LIMIT 1');
    await store.write('upsert-meetings', { rows: [{ id: made!.id, props: { date: '2001-02-03' }, evidence: [] }] });
    const days = await read<{ date: string }>(store, 'MATCH (s:Statement)-[:MADE_AT]->(m:Meeting {id: $id}) RETURN s.meetingDay AS date', { id: made!.id });
    expect(days.length).toBeGreaterThan(0);
    expect(new Set(days.map((d) => d.date))).toEqual(new Set(['2001-02-03']));
    await store.write('upsert-meetings', { rows: [{ id: made!.id, props: { date: made!.date }, evidence: [] }] });
  });

  it('an unmerge moves `sanctioned` with the record', async () => {
    const [only] = await read<{ actorId: string; recordId: string }>(
      store,
      `MATCH (s:SourceRecord)-[:RESOLVED_TO]->(a:Actor) WHERE s.referenceNumber IS NOT NULL
       WITH a, collect(s.id) AS records WHERE size(records) = 1
       RETURN a.id AS actorId, records[0] AS recordId ORDER BY actorId LIMIT 1`,
    );
    const moved = await unmergeRecord(store, only!.recordId, 'test: sanctioned moves with the record');
    expect(moved!.oldId).toBe(only!.actorId);
    const rows = await read<{ id: string; sanctioned: boolean }>(
      store,
      'MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.sanctioned AS sanctioned ORDER BY id',
      {
        ids: [moved!.oldId, moved!.newId],
      },
    );
    expect(rows).toEqual(
      [
        { id: moved!.oldId, sanctioned: false },
        { id: moved!.newId, sanctioned: true },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(await read(store, STALE)).toEqual([{ actors: 0, statements: 0, allegations: 0, allegationBounds: 0 }]);
  });

  it('are filled in for a store written before they were kept, and filling in twice does nothing', async () => {
    // The seed's statements were made at an interview of unknown day: give it one, so that there is a day to fill in.
    const [made] = await read<{ id: string }>(store, 'MATCH (:Statement)-[:MADE_AT]->(m:Meeting) RETURN m.id AS id LIMIT 1');
    await store.write('upsert-meetings', { rows: [{ id: made!.id, props: { date: '2015-02-05' }, evidence: [] }] });
    await rawWrite(engine, store, 'MATCH (a:Actor) REMOVE a.sanctioned');
    await rawWrite(engine, store, 'MATCH (s:Statement) REMOVE s.meetingDay');
    await rawWrite(engine, store, 'MATCH (al:Allegation) REMOVE al:AllegationAlleged:AllegationDenied:AllegationConfirmed:AllegationDisputed');
    await rawWrite(engine, store, 'MATCH (al:Allegation) WITH al ORDER BY al.id LIMIT 1 SET al:AllegationDisputed');
    await rawWrite(engine, store, 'MATCH (al:Allegation) REMOVE al.notBefore, al.notAfter');
    const [stale] = await read<{ actors: number; statements: number; allegations: number; allegationBounds: number }>(store, STALE);
    expect(stale!.actors).toBeGreaterThan(10);
    expect(stale!.statements).toBeGreaterThan(0);
    expect(stale!.allegations).toBeGreaterThan(5);
    // the seed's five undated allegations, all quoted from dated documents
    expect(stale!.allegationBounds).toBe(5);
    const filled = await backfillDerivedProperties(store);
    expect(filled.actors).toBeGreaterThan(10);
    expect(filled.statements).toBe(stale!.statements);
    expect(filled.allegations).toBe(stale!.allegations);
    expect(filled.allegationBounds).toBe(5);
    expect(await read(store, STALE)).toEqual([{ actors: 0, statements: 0, allegations: 0, allegationBounds: 0 }]);
    expect(await backfillDerivedProperties(store)).toEqual({ actors: 0, statements: 0, allegations: 0, allegationBounds: 0 });
  });
});
