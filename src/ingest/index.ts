// The ingestion pipeline's public surface: extract (pure), extractInPool (off the event loop), the name loaders and the types.
export { extract } from './pipeline';
export { extractInPool, configureIngestPool } from './ingest-pool';
export { loadKnownNames, loadTopics, loadResolutions } from './known-names.loader';
export type * from './ingest.types';
