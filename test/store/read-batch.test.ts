// Reads sent together: combined into one statement on Neo4j, each answered exactly as when it runs alone.
import { createContext } from '../../src/context';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createApolloServer } from '../../src/server';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jStore } from '../../src/store/neo4j-store';
import { combineReads, MAX_BATCH, splitRows } from '../../src/store/read-batch';
import { runSeed } from '../../seed/seed';
import { countingStore, type RecordedRead } from '../../bench/counting-store';
import { ENGINES, openTestStore } from '../helpers';

describe('combineReads', () => {
  const parts = [
    { text: 'MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id', params: { ids: ['x'] }, columns: ['id'] },
    { text: 'MATCH (t:Topic {key: $key}) RETURN t.key AS key, $key AS asked', params: { key: 'oil' }, columns: ['key', 'asked'] },
  ];

  it('renames each part’s parameters and tags its rows', () => {
    const { text, params } = combineReads(parts);
    expect(params).toEqual({ p0_ids: ['x'], p1_key: 'oil' });
    expect(text).toContain('WHERE a.id IN $p0_ids');
    expect(text).toContain('{key: $p1_key}) RETURN t.key AS key, $p1_key AS asked');
    expect(text).not.toMatch(/\$(ids|key)\b/);
    expect(text.split('UNION ALL')).toHaveLength(2);
    expect(text).toContain('RETURN 1 AS part, collect([`key`, `asked`]) AS rows');
  });

  it('splits the rows back by part, in order, with nulls kept', () => {
    const rows = splitRows(parts, [
      { part: 1, rows: [['oil', 'oil']] },
      { part: 0, rows: [['b'], [null]] },
    ]);
    expect(rows).toEqual([[{ id: 'b' }, { id: null }], [{ key: 'oil', asked: 'oil' }]]);
    expect(() => splitRows(parts, [{ part: 2, rows: [] }])).toThrow(/no part/);
  });

  it('refuses a column it could not name', () => {
    expect(() => combineReads([{ text: 'RETURN 1', params: {}, columns: ['count(*)'] }])).toThrow(/column/);
  });
});

for (const engine of ENGINES) {
  describe(`reads sent together on ${engine}`, () => {
    let store: GraphStore;
    const calls: RecordedRead[] = [];
    beforeAll(async () => {
      store = await openTestStore(engine);
      await runSeed(store);
      // The reads of real operations, as the API sends them.
      const config = loadConfig({ LOG_LEVEL: 'silent' });
      const apollo = await createApolloServer(config, createLogger('silent'));
      const { store: counting } = countingStore(store, calls);
      try {
        for (const query of [
          '{ statesNamedInConnectionWith(topic: "oil") { state { name } allegations { claimant { name } named { role actor { name } } evidence { quote document { title } } } } }',
          '{ resolution(number: 2253) { adoptedAt { symbol } drafters { name } targets { name } recalls { number } topics { key } evidence { quote } } }',
          '{ actor(name: "Turkey") { aliases allegationsNaming { summary } related { actor { name } } statements { quote } } }',
          '{ allegations(first: 5, orderBy: { field: STATED_ON, direction: DESC }) { totalCount edges { node { summary topics { key } } } } }',
        ]) {
          const res = await apollo.executeOperation({ query }, { contextValue: createContext(counting, config, createLogger('silent')) });
          if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
        }
      } finally {
        await apollo.stop();
      }
    });
    afterAll(() => store.close());

    it('answers each read exactly as it answers it alone', async () => {
      expect(calls.length).toBeGreaterThan(MAX_BATCH);
      const alone: unknown[] = [];
      for (const [q, p] of calls) alone.push(await store.read(q, p));
      // Neo4j: the look-ups go as one statement per MAX_BATCH once their combination is planned (in the
      // background, one at a time); the pages and counts always run alone.
      const lookUps = calls.filter(([q]) => /^(find|list)-/.test(q)).length;
      const fewest = calls.length - lookUps + Math.ceil(lookUps / MAX_BATCH);
      const sent: number[] = [];
      for (let attempt = 0; attempt < 30 && sent.at(-1) !== fewest; attempt++) {
        const before = store instanceof Neo4jStore ? store.readStatementsSent : 0;
        expect(await Promise.all(calls.map(([q, p]) => store.read(q, p)))).toEqual(alone);
        sent.push(store instanceof Neo4jStore ? store.readStatementsSent - before : fewest);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(sent.at(-1)).toBe(fewest);
      if (store instanceof Neo4jStore) expect(sent[0]).toBe(calls.length); // nothing planned yet: every read alone
    });

    it('fails only the read that fails', async () => {
      const sent: number[] = [];
      for (let attempt = 0; attempt < 10; attempt++) {
        const before = store instanceof Neo4jStore ? store.readStatementsSent : 0;
        const settled = await Promise.allSettled([
          store.read('find-actors', { ids: ['Actor:turkey'] }),
          store.read('find-actors', {}), // $ids missing
          store.read('list-topics'),
        ]);
        expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
        expect((settled[0] as PromiseFulfilledResult<Array<{ actor: { name: string } }>>).value[0]!.actor.name).toBe('Turkey');
        sent.push(store instanceof Neo4jStore ? store.readStatementsSent - before : 0);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // Neo4j: once planned, the three went as one statement that failed, then each alone (1 + 3).
      if (store instanceof Neo4jStore) expect(sent).toContain(4);
    });
  });
}
