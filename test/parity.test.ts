// Parity: after the seed and all shipped UN data, both engines hold the same graph and answer every playground example with the same JSON.
import { runSeed } from '../seed/seed';
import { readManifest } from '../src/import/default-imports';
import { runImport } from '../src/import/import-runner';
import { EXAMPLE_QUERIES } from '../src/playground/playground';
import { canonical, IDEAL_QUERIES } from '../bench/ideal-queries';
import { ENGINES, startTestApp, type TestApp } from './helpers';

const maybe = ENGINES.includes('neo4j') ? describe : describe.skip;

maybe('both engines', () => {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    for (const engine of ['embedded', 'neo4j'] as const) {
      const app = await startTestApp({ engine, seed: false });
      await runSeed(app.store);
      for (const { kind, file } of readManifest()) await runImport(app.store, kind, file);
      apps.push(app);
    }
  }, 600000);
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('hold the same graph: nodes, relationships, counts by label and by type', async () => {
    const query = '{ stats { nodes relationships labels { label count } relationshipTypes { type count } } }';
    const [embedded, neo4j] = await Promise.all(apps.map((app) => app.gql(query)));
    expect(embedded!.errors).toBeUndefined();
    expect(neo4j!.data).toEqual(embedded!.data);
    expect((embedded!.data as { stats: { nodes: number } }).stats.nodes).toBeGreaterThan(20000);
  });

  it('find the same shortest connections, in the same order', async () => {
    const query = `{ a: actor(name: "Rogachev") { id } b: actor(name: "Turkey") { id } }`;
    const ids = (await apps[0]!.gql<{ a: { id: string }; b: { id: string } }>(query)).data!;
    const paths = `{ connections(from: "${ids.a.id}", to: "${ids.b.id}", maxHops: 4) { length nodes { id } steps { type label evidence { quote } } } }`;
    const [embedded, neo4j] = await Promise.all(apps.map((app) => app.gql(paths)));
    expect(embedded!.errors).toBeUndefined();
    expect((embedded!.data as { connections: unknown[] }).connections.length).toBeGreaterThan(1);
    expect(neo4j).toEqual(embedded);
  });

  it.each(EXAMPLE_QUERIES.map((q) => [q.title, q.query]))('answer the playground example "%s" with the same JSON', async (_title, query) => {
    const [embedded, neo4j] = await Promise.all(apps.map((app) => app.gql(query)));
    expect(embedded!.errors).toBeUndefined();
    expect(neo4j).toEqual(embedded);
  });

  // The API bench sets Dossier beside these statements: each must be the same answer, or the ratio compares different work.
  it.each(Object.entries(IDEAL_QUERIES))('the bench ideal for "%s" is one statement answering Dossier\'s JSON, on each engine', async (_name, ideal) => {
    for (const app of apps) {
      const ours = await app.gql(ideal.graphql);
      expect(ours.errors).toBeUndefined();
      const { rows } = await app.store.readUserCypher(ideal.cypher, ideal.params, { maxRows: 10, timeoutMs: 30000 });
      expect(rows).toHaveLength(1);
      expect(canonical(rows[0]!.data)).toBe(canonical(ours.data));
      expect(JSON.stringify(ours.data).length).toBeGreaterThan(500);
    }
  });
});
