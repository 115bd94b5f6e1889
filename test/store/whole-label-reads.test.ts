// Whole-label reads (the pages and counts of lists asked for with no filter): right after every write on both engines; the embedded store's kept leading rows.
import fs from 'node:fs';
import path from 'node:path';
import { runSeed } from '../../seed/seed';
import { EmbeddedStore, LEADING_ROWS } from '../../src/store/embedded-store';
import type { GraphStore } from '../../src/store/graph-store';
import { CYPHER_DIR, WHOLE_LABEL_READS, type QueryName } from '../../src/store/queries';
import { ENGINES, openTestStore } from '../helpers';

const PAGES = [...WHOLE_LABEL_READS].filter((name) => name.startsWith('page-all-'));
const COUNTS = [...WHOLE_LABEL_READS].filter((name) => name.startsWith('count-'));

/** The file's text run as user Cypher, beside the named query (no kept rows on that path). */
async function truth(store: GraphStore, name: QueryName, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const own = path.join(CYPHER_DIR, `${name}.${store.engine}.cypher`);
  const text = fs.readFileSync(fs.existsSync(own) ? own : path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  return (await store.readUserCypher(text, params, { maxRows: 100000, timeoutMs: 20000 })).rows;
}

const allegation = (id: string, statedOn: string) => ({ id, props: { summary: `Test allegation ${id}`, status: 'ALLEGED', statedOn }, evidence: [] });

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
  }
});
