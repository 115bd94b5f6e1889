// User Cypher right after writes, write after write (a reviewer's day): every read sees the write before it, on both engines, past the copies one embedded sandbox process opens before it is replaced.
import { COPIES_PER_PROCESS } from '../../src/store/cypher-sandbox';
import type { GraphStore } from '../../src/store/graph-store';
import { ENGINES, openSeededStore } from '../helpers';

describe.each(ENGINES)('user Cypher after each write on %s', (engine) => {
  let store: GraphStore;
  beforeAll(async () => (store = await openSeededStore(engine)), 60000);
  afterAll(() => store.close());

  it(`reads each write at once, over ${3 * COPIES_PER_PROCESS} write-then-read cycles`, async () => {
    for (let i = 1; i <= 3 * COPIES_PER_PROCESS; i++) {
      const id = `Actor:test-cycle-${String(i).padStart(3, '0')}`;
      await store.write('upsert-actors', { rows: [{ id, props: { name: `Cycle ${i}`, kind: 'PERSON', nameKey: `cycle ${i}` }, evidence: [] }] });
      const result = await store.readUserCypher(
        "MATCH (a:Actor) WHERE a.id STARTS WITH 'Actor:test-cycle-' RETURN count(a) AS n, max(a.name) AS last",
        {},
        { maxRows: 10, timeoutMs: 20000 },
      );
      expect([i, result.rows]).toEqual([i, [{ n: i, last: i < 10 ? `Cycle ${i}` : 'Cycle 9' }]]);
    }
  }, 240000);
});
