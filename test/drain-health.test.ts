// Graceful drain under load (no request reset) and a fast /health while 200 connections load the flagship.
import http from 'node:http';
import { measureHealthUnderLoad } from '../bench/health-under-load';
import { ENGINES, exited, freshTarget, serveProcess, startTestApp } from './helpers';

const FLAGSHIP = JSON.stringify({
  query:
    '{ statesNamedInConnectionWith(topic: "oil") { state { name } roles allegations { summary claimant { name } evidence { quote context(chars: 40) } } } }',
});

interface Tally {
  ok: number;
  unavailable: number;
  refused: number;
  reset: number;
  other: string[];
}

/** One client: posts the flagship on a kept-alive connection until the server refuses or says it is going away. */
function loopClient(url: URL, agent: http.Agent, tally: Tally, onResponse: () => void): Promise<void> {
  return new Promise((resolve) => {
    const once = () => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => {
            onResponse();
            if (res.statusCode === 200) {
              tally.ok++;
              once();
            } else if (res.statusCode === 503) {
              tally.unavailable++;
              resolve();
            } else {
              tally.other.push(String(res.statusCode));
              resolve();
            }
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') tally.refused++;
        else if (error.code === 'ECONNRESET' || error.code === 'EPIPE' || /socket hang up/.test(error.message)) tally.reset++;
        else tally.other.push(error.message);
        resolve();
      });
      req.end(FLAGSHIP);
    };
    once();
  });
}

it.each(ENGINES)(
  'on %s: drains on SIGTERM under load with more clients than slots: in-flight requests finish, queued and new ones get 503 (never 500), none is reset, exit 0',
  async (engine) => {
    // 50 clients, 4 execution slots: at the signal most requests are waiting for a slot.
    const server = await serveProcess({ ...(await freshTarget(engine)), DOSSIER_IMPORT: 'false', DOSSIER_DRAIN_MS: '10000', DOSSIER_MAX_CONCURRENT: '4' });
    const url = new URL(server.url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
    const tally: Tally = { ok: 0, unavailable: 0, refused: 0, reset: 0, other: [] };
    let responses = 0;
    let signalled = false;
    const clients = Array.from({ length: 50 }, () =>
      loopClient(url, agent, tally, () => {
        // SIGTERM once the load is well under way (an event, not a delay).
        if (++responses === 300 && !signalled) {
          signalled = true;
          server.child.kill('SIGTERM');
        }
      }),
    );
    await Promise.all(clients);
    const code = await exited(server.child);
    agent.destroy();
    expect(signalled).toBe(true);
    expect(tally.reset).toBe(0);
    expect(tally.other).toEqual([]);
    expect(tally.ok).toBeGreaterThanOrEqual(300);
    expect(code).toBe(0);
    expect(server.log()).toMatch(/"message":"shutting down: draining in-flight requests"/);
  },
  120000,
);

it.each(ENGINES)(
  'on %s: answers /health within 250 ms at p99 while 200 connections load the flagship',
  async (engine) => {
    const server = await serveProcess({ ...(await freshTarget(engine)), DOSSIER_IMPORT: 'false', DOSSIER_MAX_CONCURRENT: '8' });
    try {
      // 15 s of load: enough probes (≥ 100) that the 99th percentile is not simply the slowest probe.
      const { load, probes } = await measureHealthUnderLoad(server.url, FLAGSHIP, 200, 15);
      expect(probes.every((p) => p.status === 200)).toBe(true);
      const latencies = probes.map((p) => p.ms);
      latencies.sort((a, b) => a - b);
      const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
      process.stdout.write(
        `health under 200 connections: ${latencies.length} probes, p50 ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${latencies[latencies.length - 1]!.toFixed(1)} ms; flagship ${load.requests.average} req/s, 2xx ${load['2xx']}, non-2xx ${load.non2xx}, errors ${load.errors}, latency p99 ${load.latency.p99} ms max ${load.latency.max} ms\n`,
      );
      expect(latencies.length).toBeGreaterThan(100);
      expect(p99).toBeLessThan(250);
      expect(load['2xx']).toBeGreaterThan(100);
      expect(load.errors).toBe(0);
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
  },
  120000,
);

it('keeps an idle connection 2 s past the timeout it tells clients, so a request sent at its end is answered, not reset', async () => {
  const app = await startTestApp();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const post = () =>
    new Promise<{ status: number; keepAlive: string; reused: boolean }>((resolve, reject) => {
      const req = http.request(`${app.server.url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, keepAlive: String(res.headers['keep-alive']), reused: req.reusedSocket }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ query: '{ __typename }' }));
    });
  try {
    expect(await post()).toEqual({ status: 200, keepAlive: 'timeout=5', reused: false });
    // 1.8 s past the 5 s told (Node 20 itself holds 1 s more, so this fails with the server's hold at 5 s): the
    // connection is still open for a client whose timer ran late.
    await new Promise((resolve) => setTimeout(resolve, 6800));
    expect(await post()).toEqual({ status: 200, keepAlive: 'timeout=5', reused: true });
  } finally {
    agent.destroy();
    await app.close();
  }
}, 20000);
