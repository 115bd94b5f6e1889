// Test helpers: a real embedded store with the seed, a real HTTP server, GraphQL over HTTP.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSeed } from '../seed/seed';
import { loadConfig, type Config } from '../src/config';
import { createLogger } from '../src/logger';
import { startServer, type RunningServer } from '../src/server';
import { openEmbeddedStore } from '../src/store/embedded-store';
import type { GraphStore } from '../src/store/graph-store';
import { openNeo4jStore } from '../src/store/neo4j-store';
import { emptyNeo4jDatabase, type Neo4jSettings } from '../tools/neo4j/launcher';

/** A GraphQL response as the client sees it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** An engine every test tier runs on. */
export type Engine = 'embedded' | 'neo4j';

/** The engines of this run: the embedded one always; Neo4j when the global setup started it. */
export const ENGINES: Engine[] = process.env.DOSSIER_TEST_NEO4J_URIS ? ['embedded', 'neo4j'] : ['embedded'];

/** Connection settings of this jest worker's own Neo4j (started by test/global-setup.ts). */
export function neo4jSettings(): Neo4jSettings {
  const uris = (process.env.DOSSIER_TEST_NEO4J_URIS ?? '').split(',').filter(Boolean);
  if (uris.length === 0) throw new Error('no Neo4j in this run');
  const uri = uris[(Number(process.env.JEST_WORKER_ID ?? '1') - 1) % uris.length]!;
  return { uri, username: 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'dossier-test', database: 'neo4j' };
}

/** An empty store on `engine` with its schema set up (embedded: in memory; Neo4j: this worker's database, wiped). */
export async function openTestStore(engine: Engine): Promise<GraphStore> {
  if (engine === 'embedded') return openEmbeddedStore(null);
  const settings = neo4jSettings();
  await emptyNeo4jDatabase(settings);
  const store = openNeo4jStore(settings);
  await store.setupSchema();
  return store;
}

/**
 * The environment that points a `dossier` process at an empty store on `engine`: a new data dir, or this
 * worker's Neo4j emptied.
 */
export async function freshTarget(engine: Engine): Promise<Record<string, string>> {
  if (engine === 'embedded') return { DOSSIER_DATA_DIR: tempDir() };
  await (await openTestStore(engine)).close();
  const { uri, username, password } = neo4jSettings();
  return { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password };
}

/** A seeded store and a server on a free port. */
export interface TestApp {
  engine: Engine;
  store: GraphStore;
  server: RunningServer;
  config: Config;
  dataDir: string | null;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'dossier-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A store on `engine` with the seed loaded (embedded: in memory). */
export async function openSeededStore(engine: Engine): Promise<GraphStore> {
  const store = await openTestStore(engine);
  await runSeed(store);
  return store;
}

/** Starts a seeded store on `engine` (embedded: in memory unless `dataDir` is given) and a server on port 0. */
export async function startTestApp(
  options: { engine?: Engine; dataDir?: string | null; seed?: boolean; env?: Record<string, string>; log?: (line: string) => void } = {},
): Promise<TestApp> {
  const engine = options.engine ?? 'embedded';
  const dataDir = options.dataDir ?? null;
  // The analysis deadline as test/setup-analysis.ts sets it, unless a test sets its own (startServer applies the config's).
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DOSSIER_DATA_DIR: dataDir ?? tempDir(), DOSSIER_CYPHER_ANALYSIS_MS: '60000', ...options.env });
  const store = dataDir === null ? await openTestStore(engine) : await openEmbeddedStore(dataDir);
  if (options.seed !== false) await runSeed(store);
  const server = await startServer(store, config, options.log ? createLogger('debug', options.log) : createLogger('silent'));
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResponse<T>;
    return { ...body, status: res.status };
  };
  return {
    engine,
    store,
    server,
    config,
    dataDir,
    gql,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

/** The codes of a response's errors. */
export function codes(res: GqlResponse<unknown>): string[] {
  return (res.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
}

/** The built CLI. */
export const CLI = path.join(__dirname, '..', 'dist', 'src', 'cli.js');

/** A `dossier serve` process. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  log: () => string;
}

/** Starts `dossier serve` and resolves once it logs that it is ready (the events, not a delay). */
export function serveProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    cwd: path.join(__dirname, '..'),
    // The analysis deadline as test/setup-analysis.ts gives this process's checks, unless a test sets its own.
    env: { ...process.env, PORT: '0', DOSSIER_CYPHER_ANALYSIS_MS: '60000', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /"message":"Dossier is ready","url":"(http:\/\/[^"]+)"/.exec(log);
      if (match) resolve({ child, url: match[1]!, log: () => log });
    };
    child.stderr.on('data', onData);
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
  });
}

/** Resolves with a process's exit code. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** A process's resident memory now and at its peak, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** The flagship question (states named in connection with `$topic`, by whom, in which role, with quotes), asking the evidence documents' `documentFields`. */
export function flagshipQuery(documentFields = 'id title publisher publishedOn'): string {
  return `query ($topic: String!) {
  statesNamedInConnectionWith(topic: $topic) {
    state { name kind }
    roles
    allegations {
      summary status statedOn
      claimant { name kind }
      named { role actor { name } }
      topics { key }
      evidence { quote start end context(chars: 40) document { ${documentFields} } }
    }
  }
}`;
}
