// Test helpers: a real embedded store with the seed, a real HTTP server, GraphQL over HTTP.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSeed } from '../seed/seed';
import { loadConfig, type Config } from '../src/config';
import { createLogger } from '../src/logger';
import { startServer, type RunningServer } from '../src/server';
import { openEmbeddedStore, type EmbeddedStore } from '../src/store/embedded-store';

/** A GraphQL response as the client sees it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A seeded store and a server on a free port. */
export interface TestApp {
  store: EmbeddedStore;
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

/** Starts a seeded store (in memory unless `dataDir` is given) and a server on port 0. */
export async function startTestApp(options: { dataDir?: string | null; seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? null;
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DOSSIER_DATA_DIR: dataDir ?? tempDir(), ...options.env });
  const store = await openEmbeddedStore(dataDir);
  if (options.seed !== false) await runSeed(store);
  const server = await startServer(store, config, createLogger('silent'));
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
