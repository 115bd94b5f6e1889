// Neo4j faults: wrong password, a Neo4j that goes away and comes back, user Cypher bounded by Neo4j's own limits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { openNeo4jStore } from '../src/store/neo4j-store';
import { freePort, startNeo4j } from '../tools/neo4j/launcher';
import { CLI, ENGINES, exited, neo4jSettings, openTestStore, serveProcess } from './helpers';

const maybe = ENGINES.includes('neo4j') ? describe : describe.skip;

maybe('Neo4j faults', () => {
  it('works over neo4j:// (routing) as over bolt://', async () => {
    const seeded = await openTestStore('neo4j');
    await seeded.write('upsert-topics', { rows: [{ id: 'Topic:routing', key: 'routing', name: 'Routing', aliases: [], aliasKeys: [] }] });
    await seeded.close();
    const settings = neo4jSettings();
    const routed = openNeo4jStore({ ...settings, uri: settings.uri.replace('bolt://', 'neo4j://') });
    try {
      const rows = await routed.read<{ topic: { key: string } }>('list-topics');
      expect(rows.map((r) => r.topic.key)).toEqual(['routing']);
    } finally {
      await routed.close();
    }
  });

  it('runs with APOC core and Graph Data Science registered (PageRank on a projected graph)', async () => {
    const settings = neo4jSettings();
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    const session = driver.session({ database: settings.database });
    try {
      const versions = await session.run('RETURN apoc.version() AS apoc, gds.version() AS gds');
      expect(versions.records[0]?.toObject()).toEqual({ apoc: expect.stringMatching(/^5\.26\./), gds: expect.stringMatching(/^2\.13\./) });
      await session.run('CREATE (:GdsProbe {n: 1})-[:TO]->(:GdsProbe {n: 2})-[:TO]->(:GdsProbe {n: 3})');
      await session.run("CALL gds.graph.project('gds-probe', 'GdsProbe', 'TO') YIELD nodeCount RETURN nodeCount");
      const ranked = await session.run("CALL gds.pageRank.stream('gds-probe') YIELD nodeId, score RETURN gds.util.asNode(nodeId).n AS n ORDER BY score DESC");
      expect(ranked.records.map((r) => Number(r.get('n')))).toEqual([3, 2, 1]);
    } finally {
      await session.run("CALL gds.graph.drop('gds-probe', false) YIELD graphName RETURN graphName").catch(() => undefined);
      await session.run('MATCH (p:GdsProbe) DETACH DELETE p');
      await session.close();
      await driver.close();
    }
  });

  it('stops with one clear line when Neo4j refuses the password', () => {
    const { uri } = neo4jSettings();
    const result = spawnSync(process.execPath, [CLI, 'serve'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'error', NEO4J_URI: uri, NEO4J_PASSWORD: 'not-the-password' },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dossier: Neo4j refused the credentials \(check NEO4J_USERNAME and NEO4J_PASSWORD\)/);
  });

  it('answers SERVICE_UNAVAILABLE while Neo4j is down and recovers without a restart when it is back', async () => {
    const port = await freePort();
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-neo4j-restart-'));
    let neo4j = await startNeo4j({ port, dataDir: data, heap: '512m' });
    const server = await serveProcess({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: 'dossier-test', DOSSIER_IMPORT: 'false' });
    const ask = async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ actor(name: \\"ISIS\\") { name } }"}',
      });
      return (await res.json()) as { data?: { actor: { name: string } } | null; errors?: Array<{ extensions: { code: string } }> };
    };
    try {
      expect((await ask()).data).toEqual({ actor: { name: 'Islamic State in Iraq and the Levant' } });
      await neo4j.stop();
      const down = await ask();
      expect(down.errors?.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      // /health answers from its last store probe (at most a second old) while the next runs: it turns 503 within seconds.
      let health = 200;
      for (let i = 0; i < 50 && health !== 503; i++) {
        await new Promise((r) => setTimeout(r, 200));
        health = (await fetch(`${server.url}/health`)).status;
      }
      expect(health).toBe(503);
      neo4j = await startNeo4j({ port, dataDir: data, heap: '512m' });
      let back = await ask();
      for (let i = 0; i < 50 && !back.data; i++) {
        await new Promise((r) => setTimeout(r, 200));
        back = await ask();
      }
      expect(back.data).toEqual({ actor: { name: 'Islamic State in Iraq and the Levant' } });
      expect(server.child.exitCode).toBeNull();
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
      await neo4j.stop();
    }
  }, 180000);

  it('bounds user Cypher by time and by Neo4j transaction memory, with codes', async () => {
    const store = await openTestStore('neo4j');
    try {
      await expect(
        store.readUserCypher(
          'UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y UNWIND range(1, 100) AS z RETURN count(*) AS c',
          {},
          { maxRows: 10, timeoutMs: 300 },
        ),
      ).rejects.toMatchObject({
        extensions: { code: 'TIMEOUT' },
      });
      await expect(
        store.readUserCypher('UNWIND range(1, 30000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n', {}, { maxRows: 10, timeoutMs: 30000 }),
      ).rejects.toMatchObject({
        extensions: { code: 'MEMORY_LIMIT_EXCEEDED' },
      });
      expect((await store.readUserCypher('RETURN 1 AS one', {}, { maxRows: 10, timeoutMs: 5000 })).rows).toEqual([{ one: 1 }]);
    } finally {
      await store.close();
    }
  }, 120000);
});
