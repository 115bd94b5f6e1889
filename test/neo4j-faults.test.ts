// Neo4j faults: wrong password, a Neo4j that goes away and comes back (also mid-load), leaked GDS projections, user Cypher bounded by Neo4j's own limits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { openNeo4jStore } from '../src/store/neo4j-store';
import { emptyNeo4jDatabase, freePort, startNeo4j, type Neo4jProcess } from '../tools/neo4j/launcher';
import { CLI, ENGINES, exited, neo4jSettings, openTestStore, serveProcess, type ServerProcess } from './helpers';

const maybe = ENGINES.includes('neo4j') ? describe : describe.skip;

/** A Neo4j of one test's own (its port and data directory), for faults the shared servers must not suffer. */
interface OwnNeo4j {
  /** The process started last. */
  current: Neo4jProcess;
  /** Starts it again on the same port and data (after a stop or a kill). */
  start(): Promise<Neo4jProcess>;
  /** Stops the process started last (resumed first, if a test stopped it) and removes its data. */
  dispose(): Promise<void>;
}

async function ownNeo4j(name: string): Promise<OwnNeo4j> {
  const port = await freePort();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), `dossier-neo4j-${name}-`));
  const start = () => startNeo4j({ port, dataDir: data, heap: '512m' });
  const own: OwnNeo4j = {
    current: await start(),
    start: async () => (own.current = await start()),
    dispose: async () => {
      own.current.child.kill('SIGCONT');
      await own.current.stop();
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
  return own;
}

/** Polls `check` every 100 ms until it holds; fails naming `what` after `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms = 180000, context: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}\n${context().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The names of the GDS graphs in a private Neo4j's catalog, sorted. */
async function gdsGraphs(uri: string): Promise<string[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'dossier-test'));
  try {
    const { records } = await driver.executeQuery('CALL gds.graph.list() YIELD graphName RETURN graphName ORDER BY graphName');
    return records.map((r) => r.get('graphName') as string);
  } finally {
    await driver.close();
  }
}

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
    const own = await ownNeo4j('restart');
    let neo4j = own.current;
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
      neo4j = await own.start();
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
      await own.dispose();
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
      // Each range() is under the guard's bound; what they build together is Neo4j's transaction memory's to stop, once (never retried).
      const started = Date.now();
      await expect(
        store.readUserCypher(
          'UNWIND range(1, 100000) AS x UNWIND range(1, 300) AS y WITH collect(x) AS xs RETURN size(xs) AS n',
          {},
          { maxRows: 10, timeoutMs: 30000 },
        ),
      ).rejects.toMatchObject({
        extensions: { code: 'MEMORY_LIMIT_EXCEEDED' },
      });
      const once = Date.now() - started;
      // A stuck user transaction is gone once its deadline is answered: terminated on the server by its id.
      await expect(
        store.readUserCypher('UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS c', {}, { maxRows: 10, timeoutMs: 500 }),
      ).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
      const settings = neo4jSettings();
      const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
      try {
        let left = 1;
        for (let i = 0; i < 40 && left > 0; i++) {
          const { records } = await driver.executeQuery(
            'SHOW TRANSACTIONS YIELD metaData WHERE metaData.dossierQuery IS NOT NULL RETURN count(*) AS n',
            {},
            { database: settings.database },
          );
          left = Number(records[0]!.get('n'));
          if (left > 0) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(left).toBe(0);
      } finally {
        await driver.close();
      }
      process.stdout.write(`neo4j: a transaction over its memory limit answered in ${once} ms\n`);
      expect((await store.readUserCypher('RETURN 1 AS one', {}, { maxRows: 10, timeoutMs: 5000 })).rows).toEqual([{ one: 1 }]);
    } finally {
      await store.close();
    }
  }, 120000);

  it('reports a hung Neo4j (SIGSTOP) on /health within about a second, answers requests 504 at their deadline, and recovers on SIGCONT', async () => {
    const own = await ownNeo4j('hung');
    const neo4jProcess = own.current;
    const server = await serveProcess({
      NEO4J_URI: neo4jProcess.uri,
      NEO4J_PASSWORD: 'dossier-test',
      DOSSIER_IMPORT: 'false',
      DOSSIER_REQUEST_TIMEOUT_MS: '2000',
    });
    const health = async () => (await fetch(`${server.url}/health`)).status;
    const ask = async () => {
      const started = Date.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ actor(name: \\"ISIS\\") { name } }"}',
      });
      const body = (await res.json()) as { errors?: Array<{ extensions: { code: string } }> };
      return { status: res.status, ms: Date.now() - started, codes: (body.errors ?? []).map((e) => e.extensions.code) };
    };
    try {
      expect(await health()).toBe(200);
      expect((await ask()).status).toBe(200);
      neo4jProcess.child.kill('SIGSTOP');
      const stopped = Date.now();
      let status = 200;
      while (status === 200 && Date.now() - stopped < 10000) {
        status = await health();
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const reportedMs = Date.now() - stopped;
      expect(status).toBe(503);
      // The probe's timeout (1 s) after the last fresh answer (at most a second old).
      expect(reportedMs).toBeLessThan(3500);
      const hung = await ask();
      expect([hung.status, hung.codes]).toEqual([504, ['TIMEOUT']]);
      expect(hung.ms).toBeGreaterThan(1500);
      expect(hung.ms).toBeLessThan(3500);
      neo4jProcess.child.kill('SIGCONT');
      let back = 503;
      for (let i = 0; i < 100 && back !== 200; i++) {
        back = await health();
        if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(back).toBe(200);
      expect((await ask()).status).toBe(200);
      process.stdout.write(`neo4j: a stopped Neo4j reported on /health after ${reportedMs} ms; a request answered 504 after ${hung.ms} ms\n`);
    } finally {
      neo4jProcess.child.kill('SIGCONT');
      server.child.kill('SIGTERM');
      await exited(server.child);
      await own.dispose();
    }
  }, 180000);

  it('sweeps leaked dossier-… GDS projections (older than the threshold) and spares fresh ones and others', async () => {
    const own = await ownNeo4j('sweep');
    const server4j = own.current;
    const settings = { uri: server4j.uri, username: 'neo4j', password: 'dossier-test', database: 'neo4j' };
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    const store = openNeo4jStore(settings);
    let server: ServerProcess | null = null;
    try {
      await driver.executeQuery('CREATE (:Leak {n: 1})-[:TO]->(:Leak {n: 2})');
      const project = (name: string) =>
        driver.executeQuery('CALL gds.graph.project($name, $label, $type) YIELD graphName RETURN graphName', { name, label: 'Leak', type: 'TO' });
      await project('dossier-leak-old');
      await project('not-dossier-probe');
      // Ages are measured by Neo4j's clock: the old one is made 3 s older than the fresh one.
      await new Promise((r) => setTimeout(r, 3000));
      await project('dossier-leak-fresh');
      expect(await gdsGraphs(settings.uri)).toEqual(['dossier-leak-fresh', 'dossier-leak-old', 'not-dossier-probe']);

      // The threshold halfway between the two ages as Neo4j reads them now: the old one is past it and the fresh one
      // is not, however long the machine takes before the sweep runs (up to half the gap, 1.5 s).
      const { records } = await driver.executeQuery(
        "CALL gds.graph.list() YIELD graphName, creationTime WHERE graphName STARTS WITH 'dossier-leak-' RETURN graphName, datetime().epochMillis - creationTime.epochMillis AS age",
      );
      const age = new Map(records.map((r) => [r.get('graphName') as string, Number(r.get('age'))]));
      const threshold = Math.round((age.get('dossier-leak-old')! + age.get('dossier-leak-fresh')!) / 2);
      expect(await store.sweepProjections({ olderThanMs: threshold })).toBe(1);
      expect(await gdsGraphs(settings.uri)).toEqual(['dossier-leak-fresh', 'not-dossier-probe']);

      // A start sweeps with the server's threshold (a minute at least): a projection another server made just now survives it.
      server = await serveProcess({ NEO4J_URI: settings.uri, NEO4J_PASSWORD: settings.password, DOSSIER_IMPORT: 'false' });
      expect(server.log()).toContain('"message":"leaked GDS projections swept","swept":0');
      expect(await gdsGraphs(settings.uri)).toEqual(['dossier-leak-fresh', 'not-dossier-probe']);

      expect(await store.sweepProjections({ olderThanMs: 0 })).toBe(1);
      expect(await gdsGraphs(settings.uri)).toEqual(['not-dossier-probe']);
      expect(await store.sweepProjections({ olderThanMs: 0 })).toBe(0);
    } finally {
      if (server) {
        server.child.kill('SIGTERM');
        await exited(server.child);
      }
      await store.close();
      await driver.close();
      await own.dispose();
    }
  }, 180000);

  it('finishes the start-up load by itself when Neo4j dies during it and comes back, with the data of a clean load', async () => {
    const own = await ownNeo4j('resume');
    let server4j: Neo4jProcess = own.current;
    const env = { ...process.env, PORT: '0', LOG_LEVEL: 'info', NEO4J_URI: server4j.uri, NEO4J_PASSWORD: 'dossier-test' };
    const child = spawn(process.execPath, [CLI, 'serve'], { cwd: path.join(__dirname, '..'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    let clean: ServerProcess | null = null;
    const started = Date.now();
    const stats = async (url: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ stats { nodes relationships labels { label count } relationshipTypes { type count } } resolution(number: 2253) { symbol } }',
        }),
      });
      return ((await res.json()) as { data: unknown }).data;
    };
    try {
      await until(
        'the seed to load',
        () => log.includes('"message":"seed loaded"'),
        180000,
        () => log,
      );
      expect(log).not.toContain('Dossier is ready');
      server4j.child.kill('SIGKILL');
      await server4j.exited;
      const url = /"message":"Dossier is listening","url":"(http:\/\/[^"]+)"/.exec(log)![1]!;
      await until(
        'the load to fail',
        () => log.includes('the store could not be prepared'),
        180000,
        () => log,
      );
      expect((await fetch(`${url}/health`)).status).toBe(503);

      server4j = await own.start();
      await until(
        'Dossier to be ready',
        () => log.includes('"message":"Dossier is ready"'),
        180000,
        () => log,
      );
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect(child.exitCode).toBeNull();
      const resumed = await stats(url);
      const resumedMs = Date.now() - started;
      child.kill('SIGTERM');
      await exited(child);

      // The same Neo4j emptied and loaded again, without a fault: the same graph.
      await emptyNeo4jDatabase({ uri: server4j.uri, username: 'neo4j', password: 'dossier-test', database: 'neo4j' });
      clean = await serveProcess({ NEO4J_URI: server4j.uri, NEO4J_PASSWORD: 'dossier-test' });
      expect(resumed).toEqual(await stats(clean.url));
      expect(resumed).toMatchObject({ resolution: { symbol: expect.stringContaining('2253') } });
      process.stdout.write(`resumed load ready after ${resumedMs} ms; clean load ready after ${Date.now() - started - resumedMs} ms\n`);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
      if (clean) {
        clean.child.kill('SIGTERM');
        await exited(clean.child);
      }
      await own.dispose();
    }
  }, 600000);
});
