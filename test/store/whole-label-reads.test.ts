// Whole-label reads (the pages and counts of lists asked for with no filter) and the filtered pages beside them: the rows of
// the query run afresh, the same rows with and without a filter that is not set, right after every write, on both engines.
import 'reflect-metadata';
import { runSeed } from '../../seed/seed';
import { AllegationStatus } from '../../src/graphql/node.type';
import type { GraphStore } from '../../src/store/graph-store';
import { loadQueries, QUERY_NAMES, WHOLE_LABEL_PAGE_OF, type QueryName } from '../../src/store/queries';
import { ENGINES, openTestStore } from '../helpers';

const PAGES = QUERY_NAMES.filter((name) => name.startsWith('page-all-'));
const COUNTS = QUERY_NAMES.filter((name) => name.startsWith('count-all-'));

/** More rows than a page holds many times over: an allegation list this long is paged well past its first thousand. */
const MANY = 1000;

const TEXTS = { embedded: loadQueries('embedded'), neo4j: loadQueries('neo4j') };

/** The query's text run as user Cypher, beside the named query (the store's own path: its texts without unset guards, batching). */
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

  it('each unfiltered page is the twin of a filtered one, and with no filter set they give the same rows', async () => {
    expect(PAGES.length).toBe(10);
    expect([...WHOLE_LABEL_PAGE_OF.values()].sort()).toEqual([...PAGES].sort());
    expect(COUNTS).toEqual(['count-all-actors', 'count-all-allegations', 'count-all-statements']);
    for (const [filtered, all] of WHOLE_LABEL_PAGE_OF) {
      for (const end of [1, 3, 100000]) {
        expect([filtered, end, await store.read(filtered, pageParams(filtered, {}, end))]).toEqual([filtered, end, await store.read(all, { end })]);
      }
    }
  }, 60000);

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

  it(`pages past the first ${MANY} rows equal the whole list sliced`, async () => {
    const rows = Array.from({ length: MANY + 100 }, (_, i) => allegation(`Allegation:many-${String(i).padStart(5, '0')}`, '2001-01-01'));
    await store.write('upsert-allegations', { rows });
    const all = await truth(store, 'page-all-allegation-ids', { end: 100000 });
    expect(all.length).toBeGreaterThan(MANY + 100);
    for (const end of [21, MANY, MANY + 1, MANY + 50, all.length + 1, 21]) {
      expect([end, await store.read('page-all-allegation-ids', { end })]).toEqual([end, all.slice(0, end)]);
    }
  }, 60000);

  it('every filtered page with a whole-label order equals the query run afresh: filters most, few and no rows pass, several ends', async () => {
    // Past MANY allegations (the test before wrote 1,100), some CONFIRMED and dated early: first by day, last by id.
    const mixed = Array.from({ length: 300 }, (_, i) =>
      allegation(`Allegation:mix-${String(i).padStart(4, '0')}`, '1990-01-01', i % 5 ? 'ALLEGED' : 'CONFIRMED'),
    );
    await store.write('upsert-allegations', { rows: mixed });
    expect(WHOLE_LABEL_PAGE_OF.size).toBe(10);
    for (const [name] of WHOLE_LABEL_PAGE_OF) {
      const label = /^page-(\w+?)-ids/.exec(name)![1]!;
      for (const filter of FILTERS[label]!) {
        const all = await truth(store, name, pageParams(name, filter, MANY + 1));
        for (const end of [1, 3, 21, 200, MANY + 1]) {
          expect([name, filter, end, await store.read(name, pageParams(name, filter, end))]).toEqual([name, filter, end, all.slice(0, end)]);
        }
      }
    }
  }, 120000);

  it('the page and count of a filtered list follow every write', async () => {
    const params = pageParams('count-listed-allegations', { statuses: ['CONFIRMED'] }, 0);
    delete params.end;
    // Dated ones only (undated come first by day): a CONFIRMED allegation dated earliest is then the first.
    const page = pageParams('page-allegation-ids-by-day', { statuses: ['CONFIRMED'], statedFrom: '1000-01-01' }, 1);
    const firstId = async () => (await store.read<{ id: string }>('page-allegation-ids-by-day', page)).map((row) => row.id);
    const [{ total }] = (await store.read('count-listed-allegations', params)) as [{ total: number }];
    expect([{ total }]).toEqual(await truth(store, 'count-listed-allegations', params));
    const before = await firstId();
    expect(before).toHaveLength(1);
    expect(before).not.toEqual(['Allegation:0-confirmed']);
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-confirmed', '1800-01-01', 'CONFIRMED')] });
    expect(await store.read('count-listed-allegations', params)).toEqual([{ total: total + 1 }]);
    expect(await firstId()).toEqual(['Allegation:0-confirmed']);
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-confirmed', '1800-01-01', 'ALLEGED')] });
    expect(await store.read('count-listed-allegations', params)).toEqual([{ total }]);
    expect(await firstId()).toEqual(before);
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
});
