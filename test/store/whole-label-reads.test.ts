// Whole-label reads (the pages and counts of lists asked for with no filter): right after every write on both engines; the embedded store's kept leading rows.
import 'reflect-metadata';
import { runSeed } from '../../seed/seed';
import { AllegationStatus } from '../../src/graphql/node.type';
import { EmbeddedStore, LEADING_ROWS, WALK_FIRST } from '../../src/store/embedded-store';
import type { GraphStore } from '../../src/store/graph-store';
import { loadQueries, WHOLE_LABEL_PAGE_OF, WHOLE_LABEL_READS, type QueryName } from '../../src/store/queries';
import { ENGINES, openTestStore } from '../helpers';

const PAGES = [...WHOLE_LABEL_READS].filter((name) => name.startsWith('page-all-'));
const COUNTS = [...WHOLE_LABEL_READS].filter((name) => name.startsWith('count-'));

const TEXTS = { embedded: loadQueries('embedded'), neo4j: loadQueries('neo4j') };

/** The query's text run as user Cypher, beside the named query (no kept rows, no walk on that path). */
async function truth(store: GraphStore, name: QueryName, params: Record<string, unknown> = {}): Promise<unknown[]> {
  return (await store.readUserCypher(TEXTS[store.engine].get(name)!, params, { maxRows: 100000, timeoutMs: 20000 })).rows;
}

const allegation = (id: string, statedOn: string, status = 'ALLEGED') => ({ id, props: { summary: `Test allegation ${id}`, status, statedOn }, evidence: [] });

/** Filters of the filtered top-k pages, by label: most rows pass, few pass, none pass. */
const FILTERS: Record<string, Array<Record<string, unknown>>> = {
  allegation: [
    { statuses: ['ALLEGED'] },
    { statuses: ['CONFIRMED'] },
    { statuses: ['NO-SUCH'] },
    { summaryContains: 'oil' },
    { statuses: ['ALLEGED'], statedFrom: '2000-01-01' },
  ],
  actor: [{ kinds: ['PERSON'] }, { kinds: ['STATE'] }, { kinds: ['NO-SUCH'] }, { sanctioned: true }],
  statement: [{ direct: true }, { direct: false }, { quoteContains: 'oil' }],
};

/** A page's parameters: every one null but `end` and the filter given. */
function pageParams(name: QueryName, filter: Record<string, unknown>, end: number): Record<string, unknown> {
  const text = TEXTS.neo4j.get(name)!.replace(/^\/\/.*$/gm, '');
  const names = [...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
  return { ...Object.fromEntries(names.map((n) => [n, null])), ...filter, end };
}

describe.each(ENGINES)('whole-label reads on %s', (engine) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openTestStore(engine);
    await runSeed(store);
  }, 120000);
  afterAll(() => store.close());

  it('there is one for each unfiltered page and count (not the health probe, count-documents: it must reach the engine)', () => {
    expect(PAGES.length).toBe(10);
    expect(COUNTS).toEqual(['count-all-actors', 'count-all-allegations', 'count-all-statements']);
  });

  it('every page, asked twice at several ends, equals the query run afresh', async () => {
    for (const name of PAGES) {
      const all = await truth(store, name, { end: 100000 });
      expect(all.length).toBeGreaterThan(3);
      for (const end of [0, 1, 3, all.length, all.length + 5, 3]) {
        expect([name, end, await store.read(name, { end })]).toEqual([name, end, all.slice(0, end)]);
      }
    }
    for (const name of COUNTS) expect(await store.read(name)).toEqual(await truth(store, name));
  }, 60000);

  it('a write reaches the next page and count: a new first allegation, a changed day', async () => {
    const before = await store.read<{ id: string }>('page-all-allegation-ids', { end: 3 });
    const [{ total }] = (await store.read('count-all-allegations')) as [{ total: number }];
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-first', '1999-01-01')] });
    expect(await store.read('page-all-allegation-ids', { end: 3 })).toEqual([{ id: 'Allegation:0-first' }, ...before.slice(0, 2)]);
    expect(await store.read('count-all-allegations')).toEqual([{ total: total + 1 }]);
    expect((await store.read<{ id: string }>('page-all-allegation-ids-by-day', { end: 1 }))[0]?.id).not.toBe('Allegation:0-first');
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-first', '1900-01-01')] });
    expect(await store.read('page-all-allegation-ids-by-day', { end: 100000 })).toEqual(await truth(store, 'page-all-allegation-ids-by-day', { end: 100000 }));
  }, 60000);

  it(`pages past the first ${LEADING_ROWS} rows equal the query run afresh`, async () => {
    const rows = Array.from({ length: LEADING_ROWS + 100 }, (_, i) => allegation(`Allegation:many-${String(i).padStart(5, '0')}`, '2001-01-01'));
    await store.write('upsert-allegations', { rows });
    const all = await truth(store, 'page-all-allegation-ids', { end: 100000 });
    expect(all.length).toBeGreaterThan(LEADING_ROWS + 100);
    for (const end of [21, LEADING_ROWS, LEADING_ROWS + 1, LEADING_ROWS + 50, all.length + 1, 21]) {
      expect([end, await store.read('page-all-allegation-ids', { end })]).toEqual([end, all.slice(0, end)]);
    }
  }, 60000);

  it('every filtered page with a whole-label order equals the query run afresh: filters most, few and no rows pass, several ends', async () => {
    // Past LEADING_ROWS allegations (the test before wrote 1,100), some CONFIRMED and dated early: first by day, past the kept ids.
    const mixed = Array.from({ length: 300 }, (_, i) =>
      allegation(`Allegation:mix-${String(i).padStart(4, '0')}`, '1990-01-01', i % 5 ? 'ALLEGED' : 'CONFIRMED'),
    );
    await store.write('upsert-allegations', { rows: mixed });
    expect(WHOLE_LABEL_PAGE_OF.size).toBe(10);
    for (const [name] of WHOLE_LABEL_PAGE_OF) {
      const label = /^page-(\w+?)-ids/.exec(name)![1]!;
      for (const filter of FILTERS[label]!) {
        const all = await truth(store, name, pageParams(name, filter, LEADING_ROWS + 1));
        for (const end of [1, 3, 21, 200, LEADING_ROWS + 1]) {
          expect([name, filter, end, await store.read(name, pageParams(name, filter, end))]).toEqual([name, filter, end, all.slice(0, end)]);
        }
      }
    }
  }, 120000);

  it('the count of a filtered list follows every write', async () => {
    const params = pageParams('count-listed-allegations', { statuses: ['CONFIRMED'] }, 0);
    delete params.end;
    const [{ total }] = (await store.read('count-listed-allegations', params)) as [{ total: number }];
    expect([{ total }]).toEqual(await truth(store, 'count-listed-allegations', params));
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-confirmed', '1999-01-01', 'CONFIRMED')] });
    expect(await store.read('count-listed-allegations', params)).toEqual([{ total: total + 1 }]);
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-confirmed', '1999-01-01', 'ALLEGED')] });
    expect(await store.read('count-listed-allegations', params)).toEqual([{ total }]);
  });

  it('the count by status labels equals the count over `status` for every set of statuses, through every status change', async () => {
    const STATUSES: string[] = Object.values(AllegationStatus); // a status added to the enum without its label fails here
    // The values a client can ask for (the GraphQL enum's); a status outside them is stored, counted under none.
    const sets = [[], ...STATUSES.map((s) => [s]), ['ALLEGED', 'CONFIRMED'], ['DENIED', 'DISPUTED'], STATUSES];
    const agree = async () => {
      // The allegations by `status`, counted over the property in one read (the sums below are what count-listed-allegations gives).
      const byStatus = (await store.readUserCypher('MATCH (al:Allegation) RETURN al.status AS status, count(al) AS n', {}, { maxRows: 100, timeoutMs: 20000 }))
        .rows as Array<{ status: string | null; n: number }>;
      for (const statuses of sets) {
        const total = byStatus.filter((r) => r.status !== null && statuses.includes(r.status)).reduce((sum, r) => sum + r.n, 0);
        expect([statuses, await store.read('count-allegations-by-status', { statuses })]).toEqual([statuses, [{ total }]]);
      }
    };
    await agree();
    const id = 'Allegation:0-status';
    const before = await truth(store, 'count-all-allegations');
    for (const status of [...STATUSES, 'ALLEGED', 'NO-SUCH', 'DISPUTED']) {
      await store.write('upsert-allegations', { rows: [allegation(id, '1999-01-01', status)] });
      await agree();
    }
    const [{ total: disputed }] = (await store.read('count-allegations-by-status', { statuses: ['DISPUTED'] })) as [{ total: number }];
    expect(disputed).toBeGreaterThan(0);
    await store.write('upsert-allegations', { rows: [{ id, props: { status: null }, evidence: [] }] });
    await agree();
    expect(await store.read('count-allegations-by-status', { statuses: ['DISPUTED'] })).toEqual([{ total: disputed - 1 }]);
    expect(await truth(store, 'count-all-allegations')).toEqual([{ total: (before[0] as { total: number }).total + 1 }]);
  });

  it('a bad $end is refused as by the query itself', async () => {
    await expect(store.read('page-all-allegation-ids', { end: -1 })).rejects.toThrow();
  });

  if (engine === 'embedded') {
    it('kept rows: a page within them, or a count, asked again with no commit between costs no query', async () => {
      const db = (store as EmbeddedStore as unknown as { db: { executeCypher: (...args: unknown[]) => Promise<unknown> } }).db;
      await store.read('page-all-actor-ids', { end: 21 });
      await store.read('count-all-actors');
      const calls = jest.spyOn(db, 'executeCypher');
      try {
        const page = await store.read('page-all-actor-ids', { end: 41 });
        await store.read('count-all-actors');
        expect(calls).not.toHaveBeenCalled();
        expect(page).toEqual(await truth(store, 'page-all-actor-ids', { end: 41 }));
        // A write is a commit: the next read runs the query again.
        await store.write('upsert-allegations', { rows: [allegation('Allegation:0-first', '1900-01-02')] });
        const writes = calls.mock.calls.length;
        await store.read('page-all-actor-ids', { end: 21 });
        expect(calls.mock.calls.length).toBe(writes + 1);
      } finally {
        calls.mockRestore();
      }
    });

    it('a filtered page within the kept rows is one look-up of a few ids; a selective filter gives up after one; a count is kept', async () => {
      const db = (store as EmbeddedStore as unknown as { db: { executeCypher: (...args: unknown[]) => Promise<unknown> } }).db;
      const most = pageParams('page-allegation-ids', { statuses: ['ALLEGED'] }, 21);
      const few = pageParams('page-allegation-ids', { statuses: ['CONFIRMED'] }, 21);
      const count = pageParams('count-listed-allegations', { statuses: ['ALLEGED'] }, 0);
      delete count.end;
      await store.read('page-all-allegation-ids', { end: 1 });
      await store.read('count-listed-allegations', count);
      const calls = jest.spyOn(db, 'executeCypher');
      try {
        expect(await store.read('page-allegation-ids', most)).toEqual(await truth(store, 'page-allegation-ids', most));
        expect(calls).toHaveBeenCalledTimes(1);
        expect((calls.mock.calls[0]![1] as { withinIds: string[] }).withinIds).toHaveLength(WALK_FIRST);
        calls.mockClear();
        expect(await store.read('page-allegation-ids', few)).toEqual(await truth(store, 'page-allegation-ids', few));
        expect(calls.mock.calls.length).toBeLessThanOrEqual(2);
        calls.mockClear();
        await store.read('count-listed-allegations', count);
        expect(calls).not.toHaveBeenCalled();
      } finally {
        calls.mockRestore();
      }
    });
  }
});
