// Loads a server's /graphql with autocannon while probing /health: what the health checks of a busy server see.
import autocannon from 'autocannon';

/** The load's result and every /health probe (latency in ms, status). */
export interface HealthUnderLoad {
  load: autocannon.Result;
  probes: Array<{ ms: number; status: number }>;
}

/** Posts `body` on `connections` connections for `seconds`, probing /health every 25 ms meanwhile. */
export async function measureHealthUnderLoad(baseUrl: string, body: string, connections: number, seconds: number): Promise<HealthUnderLoad> {
  const probes: HealthUnderLoad['probes'] = [];
  let loading = true;
  const probing = (async () => {
    while (loading) {
      const started = performance.now();
      const res = await fetch(`${baseUrl}/health`);
      await res.text();
      probes.push({ ms: performance.now() - started, status: res.status });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const load = await autocannon({
    url: `${baseUrl}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  loading = false;
  await probing;
  return { load, probes };
}
