// The allegations list right after writes, on both engines: the built page and count statements see every write at once,
// pages past the first thousand rows equal the whole list sliced, and the count by status labels equals the count over `status`.
import 'reflect-metadata';
import { AllegationStatus } from '../../src/graphql/node.type';
import { allegationList, allegationModel } from '../../src/model/allegation.model';
import { countStatement, pageStatement } from '../../src/model/list-statements';
import type { GraphStore } from '../../src/store/graph-store';
import { ENGINES, openSeededStore } from '../helpers';

/** More rows than a page holds many times over: an allegation list this long is paged well past its first thousand. */
const MANY = 1000;

const allegation = (id: string, statedOn: string, status = 'ALLEGED') => ({ id, props: { summary: `Test allegation ${id}`, status, statedOn }, evidence: [] });

describe.each(ENGINES)('allegation list statements after writes on %s', (engine) => {
  let store: GraphStore;
  beforeAll(async () => (store = await openSeededStore(engine)), 60000);
  afterAll(() => store.close());

  const page = (order: 'ID' | 'STATED_ON', set: string[] = []) =>
    pageStatement(allegationModel, allegationList, { set, order, descending: false, among: false, engine });
  const count = (set: string[] = []) => countStatement(allegationModel, allegationList, { set, among: false, engine });
  /** The statement's text run as user Cypher, beside the store's own path (its batching, its retries). */
  const truth = async (text: string, params: Record<string, unknown>) => (await store.readUserCypher(text, params, { maxRows: 100000, timeoutMs: 20000 })).rows;

  it('a write reaches the next page and count: a new first allegation, a changed day', async () => {
    const before = await store.read<{ id: string }>(page('ID'), { end: 3 });
    const [{ total }] = (await store.read(count())) as [{ total: number }];
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-first', '1999-01-01')] });
    expect((await store.read<{ id: string }>(page('ID'), { end: 3 })).map((r) => r.id)).toEqual(['Allegation:0-first', ...before.slice(0, 2).map((r) => r.id)]);
    expect(await store.read(count())).toEqual([{ total: total + 1 }]);
    const byDay = async () => (await store.read<{ id: string }>(page('STATED_ON'), { end: 100000 })).map((r) => r.id);
    // the earliest day of all (undated allegations come last)
    expect((await byDay()).indexOf('Allegation:0-first')).toBe(0);
    await store.write('upsert-allegations', { rows: [allegation('Allegation:0-first', '1900-01-01')] });
    expect(await byDay()).toEqual((await truth(page('STATED_ON').text, { end: 100000 })).map((r) => r.id));
  }, 60000);

  it(`pages past the first ${MANY} rows equal the whole list sliced, filtered or not`, async () => {
    const rows = Array.from({ length: MANY + 100 }, (_, i) =>
      allegation(`Allegation:many-${String(i).padStart(5, '0')}`, '2001-01-01', i % 5 ? 'ALLEGED' : 'CONFIRMED'),
    );
    await store.write('upsert-allegations', { rows });
    for (const [set, params] of [
      [[], {}],
      [['statuses'], { statuses: ['CONFIRMED'] }],
    ] as const) {
      const all = (await truth(page('ID', [...set]).text, { ...params, end: 100000 })).map((r) => r.id);
      expect(all.length).toBeGreaterThan(set.length ? 200 : MANY + 100);
      for (const end of [21, 200, 201, MANY + 1, all.length + 1, 21]) {
        expect([end, (await store.read<{ id: string }>(page('ID', [...set]), { ...params, end })).map((r) => r.id)]).toEqual([end, all.slice(0, end)]);
      }
    }
  }, 60000);

  it('the count by status labels equals the count over `status` for every set of statuses, through every status change', async () => {
    const STATUSES: string[] = Object.values(AllegationStatus); // a status added to the enum without its label fails here
    // The values a client can ask for (the GraphQL enum's); a status outside them is stored, counted under none.
    const sets = [[], ...STATUSES.map((s) => [s]), ['ALLEGED', 'CONFIRMED'], ['DENIED', 'DISPUTED'], STATUSES];
    const agree = async () => {
      // The allegations by `status`, counted over the property in one read (the sums below are what the built count gives).
      const byStatus = (await store.readUserCypher('MATCH (al:Allegation) RETURN al.status AS status, count(al) AS n', {}, { maxRows: 100, timeoutMs: 20000 }))
        .rows as Array<{ status: string | null; n: number }>;
      for (const statuses of sets) {
        const total = byStatus.filter((r) => r.status !== null && statuses.includes(r.status)).reduce((sum, r) => sum + r.n, 0);
        expect([statuses, await store.read('count-allegations-by-status', { statuses })]).toEqual([statuses, [{ total }]]);
        expect([statuses, await store.read(count(['statuses']), { statuses })]).toEqual([statuses, [{ total }]]);
      }
    };
    await agree();
    const id = 'Allegation:0-status';
    const before = await store.read(count());
    for (const status of [...STATUSES, 'ALLEGED', 'NO-SUCH', 'DISPUTED']) {
      await store.write('upsert-allegations', { rows: [allegation(id, '1999-01-01', status)] });
      await agree();
    }
    const [{ total: disputed }] = (await store.read('count-allegations-by-status', { statuses: ['DISPUTED'] })) as [{ total: number }];
    expect(disputed).toBeGreaterThan(0);
    await store.write('upsert-allegations', { rows: [{ id, props: { status: null }, evidence: [] }] });
    await agree();
    expect(await store.read('count-allegations-by-status', { statuses: ['DISPUTED'] })).toEqual([{ total: disputed - 1 }]);
    expect(await store.read(count())).toEqual([{ total: (before[0] as { total: number }).total + 1 }]);
  });

  it('a bad $end is refused as by the statement itself', async () => {
    await expect(store.read(page('ID'), { end: -1 })).rejects.toThrow();
  });
});
