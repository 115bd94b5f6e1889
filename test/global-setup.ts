// Jest global setup: one temporary root for the run, and one real Neo4j 5 per jest worker (when java and mvn exist), so every tier runs on both engines.
import { freePort, hasJavaAndMaven, startNeo4j, type Neo4jProcess } from '../tools/neo4j/launcher';
import { runTempRoot, type TempRoot } from '../tools/temp-root';

declare global {
  var __dossierNeo4j: Neo4jProcess[] | undefined;
  var __dossierTempRoot: TempRoot | undefined;
}

/** How many Neo4j servers: one per jest worker, so tests that wipe a database never meet. */
const WORKERS = 2;

export default async function globalSetup(): Promise<void> {
  // Every directory the run makes (stores, Neo4j data, child processes' files) goes under one root that the teardown removes;
  // workers and child processes inherit TMPDIR. Roots of runs that were killed are swept here.
  const root = runTempRoot('test', 1.5 * 2 ** 30); // a run peaks at ≈ 0.9 GB (two Neo4j data dirs and the stores)
  globalThis.__dossierTempRoot = root;
  process.env.TMPDIR = root.dir;
  if (process.env.DOSSIER_TEST_ENGINES === 'embedded') {
    if (process.env.CI) throw new Error('CI runs every tier on both engines: DOSSIER_TEST_ENGINES=embedded is not allowed there');
    process.stdout.write('\nNeo4j tier skipped: DOSSIER_TEST_ENGINES=embedded\n');
    return;
  }
  if (!hasJavaAndMaven()) {
    if (process.env.CI) throw new Error('CI needs the Neo4j tier, but java and mvn are not on the PATH (.ci/run installs them)');
    process.stdout.write('\nNeo4j tier skipped: java and mvn are not on the PATH (install a JDK 17 and Maven to run it)\n');
    return;
  }
  const started = Date.now();
  const servers = await Promise.all(
    Array.from({ length: WORKERS }, async (_, i) => startNeo4j({ port: await freePort(), dataDir: root.make(`neo4j-${i}-`), heap: '768m' })),
  );
  globalThis.__dossierNeo4j = servers;
  process.env.DOSSIER_TEST_NEO4J_URIS = servers.map((s) => s.uri).join(',');
  process.stdout.write(
    `\nNeo4j tier: ${servers.length} Neo4j 5.26 servers ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${servers.map((s) => s.uri).join(', ')})\n`,
  );
}
