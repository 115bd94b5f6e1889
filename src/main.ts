// Starts Dossier: read config → open store → seed if empty → serve; closes cleanly on SIGTERM/SIGINT.
import { primeStoreSizes } from './graphql/limits';
import 'reflect-metadata';
import { needsSeed, runSeed } from '../seed/seed';
import { loadConfig, type Config } from './config';
import { backfillDerivedProperties, convertStringDates } from './import/backfill';
import { runDefaultImports } from './import/default-imports';
import { createLogger, type Logger } from './logger';
import { openStore } from './open-store';
import { startServer, type RunningServer } from './server';
import { removeServerAddress, writeServerAddress } from './server-address';
import type { GraphStore } from './store/graph-store';
import { checkNeo4j, Neo4jStore } from './store/neo4j-store';

/**
 * Sweeps GDS graphs that a Dossier which died mid-algorithm left in Neo4j (older than projectionSweepAgeMs, so that
 * another live server's projection survives); never fails the start (GDS may be absent).
 */
async function sweepLeakedProjections(store: Neo4jStore, logger: Logger): Promise<void> {
  try {
    const swept = await store.sweepProjections();
    logger.info('leaked GDS projections swept', { swept });
  } catch (error) {
    logger.warn('leaked GDS projections could not be swept (is Graph Data Science installed?)', { error: (error as Error).message });
  }
}

/** Seeds the store unless a complete seed is marked, and loads the shipped UN data not yet loaded; failures are logged (health stays 503). */
export async function prepareStore(store: GraphStore, config: Config, logger: Logger): Promise<boolean> {
  try {
    await store.setupSchema();
    if (store instanceof Neo4jStore) await sweepLeakedProjections(store, logger);
    const converting = Date.now();
    const converted = await convertStringDates(store);
    if (converted > 0) logger.info('string dates converted to DATE values', { values: converted, ms: Date.now() - converting });
    const filled = await backfillDerivedProperties(store);
    if (filled.actors + filled.statements + filled.allegations + filled.allegationBounds > 0) logger.info('derived properties filled in', filled);
    if (config.seedOnStart && (await needsSeed(store))) {
      const started = Date.now();
      const summary = await runSeed(store);
      logger.info('seed loaded', { ms: Date.now() - started, ...summary });
    }
    if (config.importOnStart) await runDefaultImports(store, logger);
    return true;
  } catch (error) {
    logger.error('the store could not be prepared (the next attempt resumes; nothing loads twice)', { error: (error as Error).message });
    return false;
  }
}

/** The waits between attempts to prepare the store: 1 s, doubling, at most 15 s. */
const PREPARE_RETRY_FIRST_MS = 1000;
const PREPARE_RETRY_MAX_MS = 15000;

/** Runs the server until a signal arrives; GET /health is 503 until the store is seeded and loaded (tried again until it is). */
export async function serve(config: Config = loadConfig()): Promise<RunningServer | null> {
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const open: { store?: GraphStore; server?: RunningServer } = {};
  let closing = false;
  // Handlers first: a signal at any point of the start-up closes what is open, cleanly.
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info('shutting down: draining in-flight requests', { signal, deadlineMs: config.drainMs });
    Promise.resolve()
      .then(() => open.server?.drain(config.drainMs))
      .then((drained) => {
        if (drained && drained.unfinished > 0) logger.warn('requests still running at the drain deadline were cut', { unfinished: drained.unfinished });
      })
      .then(() => open.store?.close())
      .then(() => {
        if (!config.neo4j) removeServerAddress(config.dataDir);
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error('shutdown failed', { error: (error as Error).message });
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  const store = (open.store = await openStore(config));
  if (closing) return null;
  if (store instanceof Neo4jStore) {
    try {
      const unreachable = await checkNeo4j(store);
      if (unreachable) logger.error('Neo4j cannot be reached; serving 503 until it can', { uri: config.neo4j?.uri, error: unreachable });
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  let server: RunningServer;
  try {
    server = open.server = await startServer(store, config, logger, { ready: false });
  } catch (error) {
    await store.close();
    throw error;
  }
  if (!config.neo4j) writeServerAddress(config.dataDir, server.url);
  logger.info('Dossier is listening', { url: server.url, playground: `${server.url}/`, engine: store.engine, dataDir: config.neo4j ? null : config.dataDir });
  // A Neo4j that is down, or dies during the load, is waited for: each failure is logged once (prepareStore), then tried again.
  let waitMs = PREPARE_RETRY_FIRST_MS;
  while (!closing && !(await prepareStore(store, config, logger))) {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    waitMs = Math.min(PREPARE_RETRY_MAX_MS, 2 * waitMs);
  }
  if (!closing) {
    // The operation cost prices texts and lists by what the store holds: read before the first request is priced.
    await primeStoreSizes(store).catch((error: unknown) =>
      logger.warn('Could not read the store sizes: costs use the assumed sizes', { error: String(error) }),
    );
    server.setReady(true);
    logger.info('Dossier is ready', { url: server.url, startMs: Date.now() - started, ready: true });
  }
  return server;
}
