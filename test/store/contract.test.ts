// Runs the GraphStore contract on the embedded engine always, and on Neo4j when NEO4J_URI is set.
import { loadConfig } from '../../src/config';
import { openEmbeddedStore } from '../../src/store/embedded-store';
import { openNeo4jStore } from '../../src/store/neo4j-store';
import { describeStoreContract } from './contract';

describeStoreContract('embedded (Grafeo)', () => openEmbeddedStore(null));

const config = loadConfig();
if (config.neo4j) {
  const settings = config.neo4j;
  describeStoreContract('Neo4j', async () => openNeo4jStore(settings));
} else {
  it.skip('GraphStore contract: Neo4j (set NEO4J_URI to run)', () => undefined);
}

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
