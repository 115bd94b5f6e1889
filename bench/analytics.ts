// Analytics benchmarks: each cypher/analytics file and the two algorithms on a store, the Query API against the same Cypher in-process, and /explore's first paint.
import fs from 'node:fs';
import path from 'node:path';
import type { GraphStore } from '../src/store/graph-store';
import { CYPHER_DIR } from '../src/store/queries';
import type { AlgorithmEdge } from '../src/store/algorithms';

type Note = (what: string, value: string, goal?: string) => void;

const ANALYTICS = path.join(CYPHER_DIR, 'analytics');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const f = (x: number, d = 1) => x.toFixed(d);

/** Milliseconds of `run`, median of `n` after one warm-up. */
async function timed(n: number, run: () => Promise<unknown>): Promise<number> {
  await run();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return median(out);
}

/** Every analytics file and both algorithms on one store (in-process), median times. */
export async function benchAnalyticsOnStore(note: Note, label: string, store: GraphStore, n: number): Promise<void> {
  for (const file of fs.readdirSync(ANALYTICS).filter((x) => x.endsWith('.cypher'))) {
    const text = fs.readFileSync(path.join(ANALYTICS, file), 'utf8');
    const ms = await timed(n, () => store.readUserCypher(text, {}, { maxRows: 1000, timeoutMs: 60000 }));
    note(`analytics ${file} on ${label}`, `${f(ms)} ms (median of ${n})`);
  }
  for (const [algorithm, query] of [
    ['pagerank', 'list-allegation-graph-edges'],
    ['louvain', 'list-actor-graph-edges'],
  ] as const) {
    let edges = 0;
    try {
      const ms = await timed(n, async () => {
        const list = await store.read<AlgorithmEdge>(query, {});
        edges = list.length;
        return store.runAlgorithm(algorithm, list);
      });
      note(`${algorithm} (${query}, ${edges.toLocaleString('en')} edges) on ${label}`, `${f(ms)} ms (median of ${n})`);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (!code) throw error;
      note(`${algorithm} (${query}, ${edges.toLocaleString('en')} edges) on ${label}`, `refused: ${code} (${(error as Error).message})`);
    }
  }
}

/** The Query API over HTTP against the same Cypher in-process on an identical copy. */
export async function benchQueryApi(note: Note, url: string, store: GraphStore, n: number): Promise<void> {
  for (const file of fs.readdirSync(ANALYTICS).filter((x) => x.endsWith('.cypher'))) {
    const statement = fs.readFileSync(path.join(ANALYTICS, file), 'utf8');
    const http = await timed(n, async () => {
      const res = await fetch(`${url}/db/neo4j/query/v2`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ statement }),
      });
      if (res.status !== 202) throw new Error(`${file}: ${res.status} ${await res.text()}`);
      return res.json();
    });
    const local = await timed(n, () => store.readUserCypher(statement, {}, { maxRows: 1000, timeoutMs: 60000 }));
    note(`Query API ${file}: HTTP vs in-process (median)`, `${f(http, 2)} ms vs ${f(local, 2)} ms = ${f(http / local, 2)}×`, '≤ 1.5×');
  }
}

/** /explore's first paint: navigation until the picture holds (nearly) all its nodes, in headless Chromium. */
export async function benchExplore(note: Note, url: string, id: string, runs: number): Promise<void> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) return note('/explore first paint', `skipped: no browser at ${chromiumPath}`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const times: number[] = [];
    let nodes = 0;
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const t = performance.now();
      await page.goto(`${url}/explore?id=${encodeURIComponent(id)}`);
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count')) > 0, undefined, {
        timeout: 60000,
      });
      if (i > 0) times.push(performance.now() - t);
      nodes = Number(await page.getAttribute('[data-testid="graph"]', 'data-node-count'));
      await page.close();
    }
    note(`/explore first paint, ${nodes} nodes`, `${f(median(times), 0)} ms (median of ${runs}, navigation to drawn)`);
  } finally {
    await browser.close();
  }
}
