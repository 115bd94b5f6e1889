// Reads sent together: combined into one statement on Neo4j, each answered exactly as when it runs alone.
import { createContext } from '../../src/context';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createApolloServer } from '../../src/server';
import { followingIds, readThenApart, type FollowingRead, type GraphStore } from '../../src/store/graph-store';
import { Neo4jStore } from '../../src/store/neo4j-store';
import { chainReads, combineReads, MAX_BATCH, splitChain, splitRows } from '../../src/store/read-batch';
import { shapeExpression, unshape, type ColumnShape } from '../../src/store/row-shapes';
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

describe('map columns sent as lists (row-shapes.ts)', () => {
  const claimant: ColumnShape = ['id', 'name'];
  const allegation: ColumnShape = ['id', 'summary', ['claimant', claimant]];

  it('writes the Cypher that sends a map, a nested map and a list of maps as lists of their values, null as null', () => {
    expect(shapeExpression('`child`', claimant)).toBe('CASE WHEN `child` IS NULL THEN null ELSE [(`child`).`id`, (`child`).`name`] END');
    expect(shapeExpression('`al`', allegation)).toBe(
      'CASE WHEN `al` IS NULL THEN null ELSE [(`al`).`id`, (`al`).`summary`, CASE WHEN (`al`).`claimant` IS NULL THEN null ELSE [((`al`).`claimant`).`id`, ((`al`).`claimant`).`name`] END] END',
    );
    expect(shapeExpression('`als`', { listOf: claimant })).toBe(
      '[shaped0 IN `als` | CASE WHEN shaped0 IS NULL THEN null ELSE [(shaped0).`id`, (shaped0).`name`] END]',
    );
    expect(() => shapeExpression('x', ['a`b'])).toThrow(/key/);
  });

  it('rebuilds the maps, nulls kept, and refuses a value that is neither a list nor null', () => {
    expect(unshape(['A:1', 'oil', ['C:1', null]], allegation)).toEqual({ id: 'A:1', summary: 'oil', claimant: { id: 'C:1', name: null } });
    expect(unshape(['A:1', 'oil', null], allegation)).toEqual({ id: 'A:1', summary: 'oil', claimant: null });
    expect(unshape([['C:1', 'x'], null], { listOf: claimant })).toEqual([{ id: 'C:1', name: 'x' }, null]);
    expect(unshape(null, claimant)).toBeNull();
    expect(() => unshape({ id: 'C:1' }, claimant)).toThrow(/neither/);
  });

  it('combined and chained reads send their shaped columns as lists and split them back as maps', () => {
    const part = { text: 'MATCH (c:Actor) RETURN c.id AS id, c {.id, .name} AS actor', params: {}, columns: ['id', 'actor'], shapes: { actor: claimant } };
    expect(combineReads([part]).text).toContain('collect([`id`, CASE WHEN `actor` IS NULL THEN null ELSE [(`actor`).`id`, (`actor`).`name`] END]) AS rows');
    expect(splitRows([part], [{ part: 0, rows: [['C:1', ['C:1', 'x']]] }])).toEqual([[{ id: 'C:1', actor: { id: 'C:1', name: 'x' } }]]);
    // The following reads' ids are taken from the first read's rows as they are; the shaped ones are what is returned.
    const { text } = chainReads(part, [{ ...part, from: { column: 'actor', key: 'id' } }]);
    expect(text).toContain('AS chainFirst, collect([`id`, CASE WHEN `actor` IS NULL');
    expect(text).toContain('gathered + coalesce(row[1].`id`, [])');
    expect(text).toContain('RETURN chainSent AS first, f0');
    expect(splitChain(part, [part], { first: [['C:1', ['C:1', 'x']]], f0: [['C:2', null]] })).toEqual({
      rows: [{ id: 'C:1', actor: { id: 'C:1', name: 'x' } }],
      following: [[{ id: 'C:2', actor: null }]],
    });
  });
});

describe('chainReads', () => {
  const first = { text: 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n)[0] AS label', params: { ids: ['x'] }, columns: ['id', 'label'] };
  const following = [
    {
      text: 'MATCH (a:Actor) WHERE a.id IN $ids AND a.kind = $kind RETURN a.id AS id',
      params: { kind: 'STATE' },
      columns: ['id'],
      when: ['label', 'Actor'] as const,
    },
  ];

  it("renames the parameters, feeds each following read the ids of the first read's rows it asks for, and splits the one row back", () => {
    const { text, params } = chainReads(first, following);
    expect(params).toEqual({ r_ids: ['x'], f0_kind: 'STATE', f0_when: 'Actor' });
    expect(text).toContain('WHERE n.id IN $r_ids');
    expect(text).toContain('reduce(gathered = [], row IN [row IN chainFirst WHERE row[1] = $f0_when] | gathered + coalesce(row[0], [])) AS chainAll');
    expect(text).toContain('AS chainIds');
    expect(text).toContain('WHERE a.id IN chainIds AND a.kind = $f0_kind');
    expect(text).not.toMatch(/\$(ids|kind)\b/);
    expect(splitChain(first, following, { first: [['Actor:a', 'Actor']], f0: [['Actor:a']] })).toEqual({
      rows: [{ id: 'Actor:a', label: 'Actor' }],
      following: [[{ id: 'Actor:a' }]],
    });
  });

  it('takes ids from a key of a map column, or of every map in a list column; lists give each item, nulls none, each id once', () => {
    const rows = [
      {
        id: 'R:1',
        resolution: { adoptedAtId: 'M:1', evidence: ['E:1', 'E:2'] },
        allegations: [
          { id: 'A:1', evidence: ['E:1'] },
          { id: 'A:2', evidence: null },
        ],
      },
      { id: 'R:2', resolution: { adoptedAtId: null, evidence: ['E:2', 'E:3'] }, allegations: [] },
      { id: 'R:3', resolution: null, allegations: null },
    ];
    expect(followingIds(rows, {})).toEqual(['R:1', 'R:2', 'R:3']);
    expect(followingIds(rows, { from: { column: 'resolution', key: 'adoptedAtId' } })).toEqual(['M:1']);
    expect(followingIds(rows, { from: { column: 'resolution', key: 'evidence' } })).toEqual(['E:1', 'E:2', 'E:3']);
    expect(followingIds(rows, { from: { column: 'allegations', key: 'id', each: true } })).toEqual(['A:1', 'A:2']);
    expect(followingIds(rows, { from: { column: 'allegations', key: 'evidence', each: true } })).toEqual(['E:1']);
    const { text } = chainReads({ ...first, columns: ['id', 'resolution', 'allegations'] }, [
      { ...following[0]!, when: undefined, from: { column: 'resolution', key: 'evidence' } },
      { ...following[0]!, when: undefined, from: { column: 'allegations', key: 'id', each: true } },
    ]);
    expect(text).toContain('gathered + coalesce(row[1].`evidence`, [])');
    expect(text).toContain('gathered + reduce(kept = [], item IN coalesce(row[2], []) | kept + coalesce(item.`id`, []))');
    expect(() => chainReads(first, [{ ...following[0]!, from: { column: 'id', key: 'x`y' } }])).toThrow(/key/);
  });

  it('refuses a first read without the columns it needs', () => {
    expect(() => chainReads({ ...first, columns: ['label'] }, following)).toThrow(/id/);
    expect(() => chainReads(first, [{ ...following[0]!, when: ['kind', 'x'] as const }])).toThrow(/kind/);
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
          '{ topics { key } }',
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
      const lookUps = calls.filter(([, , , , options]) => options?.combine).length;
      const fewest = calls.length - lookUps + Math.ceil(lookUps / MAX_BATCH);
      const sent: number[] = [];
      for (let attempt = 0; attempt < 30 && sent.at(-1) !== fewest; attempt++) {
        const before = store instanceof Neo4jStore ? store.readStatementsSent : 0;
        expect(await Promise.all(calls.map(([q, p, , , o]) => store.read(q, p, o)))).toEqual(alone);
        sent.push(store instanceof Neo4jStore ? store.readStatementsSent - before : fewest);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(sent.at(-1)).toBe(fewest);
      if (store instanceof Neo4jStore) expect(sent[0]).toBe(calls.length); // nothing planned yet: every read alone
    });

    it('reads what follows from a read (the hits of a search) as the two steps do; on Neo4j as one statement once planned', async () => {
      const params = { query: 'oil turkey syria resolution', limit: 40, topicIds: ['Topic:oil'] };
      const following: FollowingRead[] = [
        { query: 'find-actors', when: ['label', 'Actor'] },
        { query: 'find-resolutions', when: ['label', 'Resolution'] },
        { query: 'find-documents', params: { withText: false }, when: ['label', 'Document'] },
        { query: 'find-allegations', when: ['label', 'Allegation'] },
        { query: 'find-meetings', when: ['label', 'Meeting'] },
      ];
      const apart = await readThenApart(store, 'search-entities', params, following);
      expect(new Set(apart.rows.map((row) => row.label)).size).toBeGreaterThan(2);
      following.forEach((f, i) => {
        const found = apart.following[i]!.map((row) => (Object.values(row)[0] as { id: string }).id);
        expect(found.sort()).toEqual(
          apart.rows
            .filter((row) => row.label === f.when![1])
            .map((row) => row.id as string)
            .sort(),
        );
      });
      const sent: number[] = [];
      for (let attempt = 0; attempt < 30 && sent.at(-1) !== 1; attempt++) {
        const before = store instanceof Neo4jStore ? store.readStatementsSent : 1;
        expect(await store.readThen('search-entities', params, following)).toEqual(apart);
        sent.push(store instanceof Neo4jStore ? store.readStatementsSent - before : 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(sent.at(-1)).toBe(1);
      // A read that finds nothing: nothing follows.
      const none = await store.readThen('search-entities', { query: 'zzzzqqq', limit: 5, topicIds: [] }, following);
      expect(none).toEqual({ rows: [], following: [[], [], [], [], []] });
    });

    it('reads what follows from keys of the rows (a resolution: its meeting, evidence, drafters) as the two steps do; on Neo4j as one statement once planned', async () => {
      const following: FollowingRead[] = [
        { query: 'find-meetings', from: { column: 'resolution', key: 'adoptedAtId' } },
        { query: 'find-evidence', from: { column: 'resolution', key: 'evidence' } },
        { query: 'list-resolution-drafters', from: { column: 'resolution', key: 'id' } },
        { query: 'list-topics', from: { column: 'resolution', key: 'id' } },
      ];
      for (const number of [2253, 2199, 1]) {
        const apart = await readThenApart(store, 'find-resolution-by-number', { number }, following);
        if (number !== 1) {
          expect(apart.following.slice(1).map((rows) => rows.length > 0)).toEqual([true, true, true]);
          const adoptedAt = (apart.rows[0]!.resolution as { adoptedAtId: string | null }).adoptedAtId;
          expect(apart.following[0]!.map((row) => (row.meeting as { id: string }).id)).toEqual(adoptedAt ? [adoptedAt] : []);
          if (number === 2253) expect(adoptedAt).toBe('Meeting:S/PV.7587');
        } else expect(apart).toEqual({ rows: [], following: [[], [], [], []] });
        const sent: number[] = [];
        for (let attempt = 0; attempt < 30 && sent.at(-1) !== 1; attempt++) {
          const before = store instanceof Neo4jStore ? store.readStatementsSent : 1;
          const chained = await store.readThen('find-resolution-by-number', { number }, following);
          // Resolution 1 has no rows: list-topics (no $ids) may run in the chain; nothing follows from no rows in either.
          if (number === 1) expect(chained.rows).toEqual([]);
          else expect(chained).toEqual(apart);
          sent.push(store instanceof Neo4jStore ? store.readStatementsSent - before : 1);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(sent.at(-1)).toBe(1);
      }
    });

    it('fails only the read that fails', async () => {
      const sent: number[] = [];
      for (let attempt = 0; attempt < 10; attempt++) {
        const before = store instanceof Neo4jStore ? store.readStatementsSent : 0;
        const settled = await Promise.allSettled([
          store.read('find-actors', { ids: ['Actor:turkey'] }, { combine: true }),
          store.read('find-actors', {}, { combine: true }), // $ids missing
          store.read('list-topics', {}, { combine: true }),
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
