// The root lists' statements built from the model: on both engines, every order and direction, with and without filters, over the whole label and over given candidates, agree with their counts and with each other.
import path from 'node:path';
import { runSeed } from '../../seed/seed';
import { runImport } from '../../src/import/import-runner';
import { actorList, actorModel } from '../../src/model/actor.model';
import { allegationList, allegationModel } from '../../src/model/allegation.model';
import { documentList, documentModel } from '../../src/model/document.model';
import { countStatement, pageStatement, type ListModel } from '../../src/model/list-statements';
import { meetingList, meetingModel } from '../../src/model/meeting.model';
import type { EntityModel } from '../../src/model/model';
import { resolutionList, resolutionModel } from '../../src/model/resolution.model';
import { statementList, statementModel } from '../../src/model/statement.model';
import type { GraphStore } from '../../src/store/graph-store';
import { ENGINES, openTestStore } from '../helpers';

const DATA = path.join(__dirname, '..', '..', 'seed', 'data');

/** Each list with filters that keep some of the seed's rows and drop others, and how many they keep. */
const LISTS: Array<{ model: EntityModel; list: ListModel; filters: Record<string, unknown> }> = [
  { model: actorModel, list: actorList, filters: { kinds: ['PERSON'], nameContains: 'al' } },
  { model: allegationModel, list: allegationList, filters: { statuses: ['ALLEGED', 'DISPUTED'], statedFrom: '2015-01-01' } },
  { model: documentModel, list: documentList, filters: { publishedFrom: '2015-02-06', titleContains: 'resolution' } },
  { model: meetingModel, list: meetingList, filters: { dateFrom: '2015-01-01', dateTo: '2015-12-31' } },
  { model: resolutionModel, list: resolutionList, filters: { yearFrom: 2015, outcome: 'UNANIMOUS' } },
  { model: statementModel, list: statementList, filters: { quoteWords: ['oil'] } },
];

describe.each(ENGINES)('list statements on %s', (engine) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openTestStore(engine);
    await runSeed(store);
    await runImport(store, 'un-sanctions', path.join(DATA, 'alqaida_sanctions_list_2015-02-19.xml'));
  }, 180000);
  afterAll(() => store.close());

  /** The ids of one whole page (as many rows as there are). */
  async function pageIds(
    model: EntityModel,
    list: ListModel,
    order: string,
    descending: boolean,
    params: Record<string, unknown>,
    among: boolean,
  ): Promise<string[]> {
    const set = Object.keys(params).filter((k) => k !== 'candidateIds');
    const page = pageStatement(model, list, { set, order, descending, among, engine });
    const rows = await store.read<Record<string, unknown>>(page, { ...params, end: 100000, skip: 0, limit: 100000 });
    return rows.map((row) => String(page.idsOnly ? row.id : (row[list.column] as { id: string }).id));
  }

  async function total(model: EntityModel, list: ListModel, params: Record<string, unknown>, among: boolean): Promise<number> {
    const set = Object.keys(params).filter((k) => k !== 'candidateIds');
    const [row] = await store.read<{ total: number }>(countStatement(model, list, { set, among, engine }), params);
    return row!.total;
  }

  it.each(LISTS.map((l) => [l.model.name, l] as const))(
    '%s: every order and direction, filtered or not, whole label or candidates, agree',
    async (_name, { model, list, filters }) => {
      const all = await total(model, list, {}, false);
      expect(all).toBeGreaterThan(1);
      const kept = await total(model, list, filters, false);
      // The filters keep some rows and drop others (so each filter's predicate is exercised both ways).
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(all);
      for (const order of Object.keys(list.orders)) {
        for (const descending of [false, true]) {
          const whole = await pageIds(model, list, order, descending, {}, false);
          expect(whole).toHaveLength(all);
          expect(new Set(whole).size).toBe(all);
          const some = await pageIds(model, list, order, descending, filters, false);
          expect(some).toHaveLength(kept);
          // Filtering keeps the order: the filtered page is the whole page without the rows dropped.
          const keptIds = new Set(some);
          expect(whole.filter((id) => keptIds.has(id))).toEqual(some);
          // Over the candidates a relationship filter gives (here: all of them, reversed), the same rows in the same order.
          const candidateIds = [...whole].reverse();
          expect(await pageIds(model, list, order, descending, { candidateIds }, true)).toEqual(whole);
          expect(await pageIds(model, list, order, descending, { ...filters, candidateIds }, true)).toEqual(some);
          expect(await total(model, list, { ...filters, candidateIds }, true)).toBe(kept);
        }
        // The two directions hold the same rows.
        expect((await pageIds(model, list, order, true, {}, false)).sort()).toEqual((await pageIds(model, list, order, false, {}, false)).sort());
      }
    },
  );

  it('builds only the predicates of the filters set: no null guard is left for a store to evaluate', () => {
    for (const { model, list, filters } of LISTS) {
      const order = Object.keys(list.orders)[0]!;
      const bare = pageStatement(model, list, { set: [], order, descending: false, among: false, engine });
      // With no filter set, no filter's predicate (on Neo4j a top-k page keeps its `IS NOT NULL` for the index order).
      for (const param of Object.keys(list.filters)) expect(bare.text).not.toContain(`$${param}`);
      // (an order's nulls-last key, `… IS NULL AS key0`, is a sort column, not a guard)
      expect(bare.text.replace(/ IS NULL AS key\d+/g, '')).not.toMatch(/IS NULL/);
      const filtered = pageStatement(model, list, { set: Object.keys(filters), order, descending: false, among: false, engine });
      for (const param of Object.keys(filters)) expect(filtered.text).toContain(`$${param}`);
      expect(filtered.text).not.toMatch(/IS NULL OR/);
    }
  });
});
