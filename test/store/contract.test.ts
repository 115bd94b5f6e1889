// Runs the GraphStore contract on both engines (Neo4j started by the jest global setup).
import { openEmbeddedStore } from '../../src/store/embedded-store';
import { ENGINES, openTestStore } from '../helpers';
import { describeStoreContract } from './contract';

for (const engine of ENGINES) describeStoreContract(engine, () => openTestStore(engine));

describe('embedded read-only enforcement without the keyword screen', () => {
  it('rolls back and refuses writes that reach the engine', async () => {
    const store = await openEmbeddedStore(null);
    try {
      await store.write('upsert-actors', { rows: [{ id: 'Actor:x', props: { name: 'X', kind: 'STATE' } }] });
      for (const query of [
        "MATCH (a:Actor {id: 'Actor:x'}) SET a.name = 'Y' RETURN a.name AS n",
        'CREATE (:Hacked) RETURN 1 AS one',
        'MATCH (n) DETACH DELETE n',
      ]) {
        await expect(store.runReadOnly(query, {}, { maxRows: 10, timeoutMs: 5000 })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      }
      const rows = await store.read<{ actor: { name: string } }>('find-actors', { ids: ['Actor:x'] });
      expect(rows[0]!.actor.name).toBe('X');
      const hacked = await store.runReadOnly('MATCH (n:Hacked) RETURN count(n) AS c', {}, { maxRows: 10, timeoutMs: 5000 });
      expect(hacked.rows).toEqual([{ c: 0 }]);
    } finally {
      await store.close();
    }
  });
});
