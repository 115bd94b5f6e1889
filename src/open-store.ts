// Opens the store the settings ask for: Neo4j when NEO4J_URI is set, the embedded engine otherwise.
import type { Config } from './config';
import { openEmbeddedStore } from './store/embedded-store';
import type { GraphStore } from './store/graph-store';
import { openNeo4jStore, projectionSweepAgeMs } from './store/neo4j-store';

/** Opens the configured store (schema set up on the embedded engine; Neo4j's at seed time). */
export async function openStore(config: Config): Promise<GraphStore> {
  if (config.neo4j)
    return openNeo4jStore(config.neo4j, {
      projectionAgeMs: projectionSweepAgeMs(config.requestTimeoutMs),
      userQueryThreads: config.cypherConcurrent,
    });
  return openEmbeddedStore(config.dataDir, { memoryMb: config.cypherMemoryMb, maxBytes: config.maxResponseBytes });
}
