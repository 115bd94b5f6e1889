// Reliability: reads during an import, Neo4j unreachable, SIGTERM during the start-up load, user Cypher time bounds.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readManifest } from '../src/import/default-imports';
import { runImport } from '../src/import/import-runner';
import { openEmbeddedStore, type EmbeddedStore } from '../src/store/embedded-store';
import { codes, ENGINES, exited, freshTarget, startTestApp, tempDir } from './helpers';

const CLI = path.join(__dirname, '..', 'dist', 'src', 'cli.js');
const ROOT = path.join(__dirname, '..');
const MEETINGS = readManifest().find((m) => m.kind === 'un-meetings')!.file;

async function counts(store: { read: (q: 'count-nodes-by-label' | 'count-relationships-by-type') => Promise<unknown[]> }) {
  return { labels: await store.read('count-nodes-by-label'), types: await store.read('count-relationships-by-type') };
}

it.each(ENGINES)(
  'on %s: serves 64 concurrent clients during an import with no failed read, and the import ends with the counts of the embedded reference',
  async (engine) => {
    const reference = await openEmbeddedStore(null);
    const { runSeed } = await import('../seed/seed');
    await runSeed(reference);
    await runImport(reference, 'un-meetings', MEETINGS);
    const expected = await counts(reference);
    await reference.close();

    const app = await startTestApp({ engine });
    try {
      let importing = true;
      const done = runImport(app.store, 'un-meetings', MEETINGS).finally(() => (importing = false));
      const failures: string[] = [];
      let reads = 0;
      const client = async () => {
        while (importing) {
          const res = await app.gql<{ actor: { name: string } }>(
            '{ actor(name: "ISIS") { name allegationsNaming { summary } } resolutions(first: 5) { totalCount } }',
          );
          reads++;
          if (res.errors || res.data?.actor.name !== 'Islamic State in Iraq and the Levant') failures.push(JSON.stringify(res.errors ?? res.data));
        }
      };
      await Promise.all([done, ...Array.from({ length: 64 }, client)]);
      expect(failures).toEqual([]);
      expect(reads).toBeGreaterThan(64);
      expect(await counts(app.store)).toEqual(expected);
    } finally {
      await app.close();
    }
  },
  300000,
);

it('with NEO4J_URI on a closed port: no crash, SERVICE_UNAVAILABLE to clients, 503 health, a clear log line', async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(p));
    });
  });
  const child = spawn(process.execPath, [CLI, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /"url":"([^"]+)"/.exec(log);
        if (m) {
          clearInterval(timer);
          resolve(m[1]!);
        }
      }, 50);
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${log}`)));
    });
    expect((await fetch(`${url}/health`)).status).toBe(503);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ actor(name: \\"ISIS\\") { name } }"}',
    });
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(log).toContain('the database cannot be reached');
    for (let i = 0; i < 300 && !log.includes('could not be prepared'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(log).toContain('the store could not be prepared');
    expect(child.exitCode).toBeNull();
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}, 60000);

it.each(ENGINES)(
  'on %s: SIGTERM during the start-up load stops cleanly, and the next start finishes the load with consistent counts',
  async (engine) => {
    const clean = await freshTarget(engine);
    const env = { ...process.env, PORT: '0', LOG_LEVEL: 'info' };
    const stats = (target: Record<string, string>) =>
      spawnSync(process.execPath, [CLI, 'cypher', 'MATCH (n) RETURN count(n) AS c UNION ALL MATCH ()-[r]->() RETURN count(r) AS c', '--json'], {
        cwd: ROOT,
        env: { ...env, ...target },
        encoding: 'utf8',
      }).stdout;
    // killAfterMs: SIGTERM that long after the server starts listening, i.e. during the seed and import.
    const serveUntilReady = (target: Record<string, string>, killAfterMs?: number) =>
      new Promise<{ code: number | null; log: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'serve'], { cwd: ROOT, env: { ...env, ...target }, stdio: ['ignore', 'pipe', 'pipe'] });
        let log = '';
        let killed = false;
        child.stderr.on('data', (c: Buffer) => {
          log += c.toString();
          if (killAfterMs === undefined && !killed && log.includes('Dossier is ready')) killed = child.kill('SIGTERM');
          if (killAfterMs !== undefined && !killed && log.includes('Dossier is listening')) {
            killed = true;
            setTimeout(() => child.kill('SIGTERM'), killAfterMs);
          }
        });
        child.once('exit', (code) => resolve({ code, log }));
      });
    expect((await serveUntilReady(clean)).code).toBe(0);
    const expected = stats(clean);

    // On Neo4j the same database is emptied and loaded again; the stats above are taken first.
    const dir = await freshTarget(engine);
    const interrupted = await serveUntilReady(dir, 400);
    expect(interrupted.code).toBe(0);
    expect(interrupted.log).toContain('shutting down');
    expect(interrupted.log).not.toContain('Dossier is ready'); // it really stopped during the load
    const resumed = await serveUntilReady(dir);
    expect(resumed.code).toBe(0);
    expect(stats(dir)).toBe(expected);
  },
  300000,
);

it('bounds user Cypher in time and memory: the query ends with a code, the server lives on, its memory stays flat and no file is left', async () => {
  const dataDir = tempDir();
  const app = await startTestApp({ dataDir });
  const spills = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('grafeo-'));
  const spilledBefore = spills();
  try {
    // Warm up (the Cypher parser, the snapshot, the sandbox), then measure.
    expect((await app.store.readUserCypher('MATCH (t:Topic) RETURN count(t) AS c', {}, { maxRows: 10, timeoutMs: 5000 })).rows).toEqual([{ c: 10 }]);
    const rssBefore = process.memoryUsage().rss;
    const slow = 'UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y RETURN count(*) AS c';
    await expect(app.store.readUserCypher(slow, {}, { maxRows: 10, timeoutMs: 300 })).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    // The audit's bypass of the literal range() check: arithmetic. The sandbox's memory ceiling ends it.
    for (const bomb of ['RETURN size(range(1, 10000000 * 100)) AS n', 'UNWIND range(1, 30000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n']) {
      await expect(app.store.readUserCypher(bomb, {}, { maxRows: 10, timeoutMs: 20000 })).rejects.toMatchObject({
        extensions: { code: 'MEMORY_LIMIT_EXCEEDED' },
      });
    }
    // A cartesian bomb runs out of time instead, and is killed (not left running).
    await expect(app.store.readUserCypher('MATCH (a), (b), (c), (d) RETURN count(*) AS c', {}, { maxRows: 10, timeoutMs: 1000 })).rejects.toMatchObject({
      extensions: { code: 'TIMEOUT' },
    });
    expect((process.memoryUsage().rss - rssBefore) / 1024 / 1024).toBeLessThan(100);
    // The next query runs in a fresh sandbox.
    expect((await app.store.readUserCypher('MATCH (t:Topic) RETURN count(t) AS c', {}, { maxRows: 10, timeoutMs: 5000 })).rows).toEqual([{ c: 10 }]);
    expect(codes(await app.gql('{ topics { key } }'))).toEqual([]);
    // Five sandbox processes ran (four were killed): the engine's spill directories stayed in the sandbox's own
    // directory, and only the live process's is left; none went to the system's temporary directory.
    const workers = () => fs.readdirSync(path.join(dataDir, 'sandbox', 'tmp'));
    for (let i = 0; i < 50 && workers().length > 1; i++) await new Promise((r) => setTimeout(r, 100));
    expect(workers()).toEqual([expect.stringMatching(/^worker-/)]);
    expect(fs.readdirSync(path.join(dataDir, 'sandbox', 'tmp', workers()[0]!))).toEqual([expect.stringMatching(/^grafeo-snapshot-.*\.spill$/)]);
    expect(spills()).toEqual(spilledBefore);
  } finally {
    await app.close();
  }
}, 90000);

it("refuses the audit's read-only bypasses before they run: no file is read", async () => {
  const app = await startTestApp();
  try {
    for (const query of [
      'WITH 1 AS `a\\` LOAD CSV FROM "/etc/passwd" AS row RETURN row AS `b` LIMIT 3',
      'LOAD CSV FROM "file:///etc/passwd" AS row RETURN row LIMIT 3',
      'CALL apoc.load.json("file:///etc/passwd") YIELD value RETURN value',
      'CALL dbms.components() YIELD name RETURN name',
    ]) {
      const refused = app.store.readUserCypher(query, {}, { maxRows: 10, timeoutMs: 5000 });
      await expect(refused).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    // The second wall on its own (the parse-tree guard skipped): the engine's plan refuses the file load.
    await expect(
      (app.store as EmbeddedStore).runReadOnly(
        'WITH 1 AS `a\\` LOAD CSV FROM "/etc/passwd" AS row RETURN row AS `b` LIMIT 3',
        {},
        { maxRows: 10, timeoutMs: 5000 },
      ),
    ).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  } finally {
    await app.close();
  }
}, 60000);

it('masks internal errors for clients and logs them for operators', async () => {
  const lines: string[] = [];
  const store = await openEmbeddedStore(null);
  const { loadConfig } = await import('../src/config');
  const { createLogger } = await import('../src/logger');
  const { startServer } = await import('../src/server');
  const server = await startServer(
    store,
    loadConfig({ PORT: '0' }),
    createLogger('error', (l) => lines.push(l)),
  );
  try {
    await store.close(); // every query now fails inside the store
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ actor(name: \\"ISIS\\") { name } }"}',
    });
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors).toEqual([
      { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['actor'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(lines.some((l) => l.includes('"message":"internal error"') && l.includes('the store is closed'))).toBe(true);
  } finally {
    await server.close();
  }
});
