// Jest global teardown: stops the Neo4j servers of the global setup, then removes the run's temporary root.
export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__dossierNeo4j ?? []).map((server) => server.stop()));
  globalThis.__dossierTempRoot?.remove();
}
