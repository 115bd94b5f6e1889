// Graph analytics on both engines over the same data: the cypher/analytics files, centralActors (PageRank) and communities (Louvain).
import fs from 'node:fs';
import path from 'node:path';
import { readManifest } from '../../src/import/default-imports';
import { runImport } from '../../src/import/import-runner';
import { CYPHER_DIR } from '../../src/store/queries';
import { ENGINES, startTestApp, type TestApp } from '../helpers';

const ANALYTICS = path.join(CYPHER_DIR, 'analytics');
const FILES = fs.readdirSync(ANALYTICS).filter((f) => f.endsWith('.cypher'));

/** How far PageRank scores (normalised to sum 1) may differ between GDS and Grafeo. */
const SCORE_TOLERANCE = 0.005;

interface Central {
  centralActors: Array<{ rank: number; score: number; actor: { name: string } }>;
  oil: Array<{ rank: number; score: number; actor: { name: string } }>;
  cited: Array<{ rank: number; score: number; resolution: { number: number } }>;
  communities: Array<{ id: string; size: number; members: Array<{ name: string }> }>;
}

const QUERY = `{
  centralActors(first: 5) { rank score actor { name } }
  oil: centralActors(topic: "oil smuggling", first: 5) { rank score actor { name } }
  communities(first: 5) { id size members(first: 500) { name } }
  cited: influentialResolutions(first: 5) { rank score resolution { number } }
}`;

const apps = new Map<string, TestApp>();
const timings: string[] = [];
const answers = new Map<string, Central>();

beforeAll(async () => {
  for (const engine of ENGINES) {
    const app = await startTestApp({ engine });
    for (const { kind, file } of readManifest()) if (kind !== 'un-meetings') await runImport(app.store, kind, file);
    apps.set(engine, app);
  }
}, 300000);
afterAll(async () => {
  process.stdout.write(`analytics at seed + UN data (first run, one sample each):\n  ${timings.join('\n  ')}\n`);
  for (const app of apps.values()) await app.close();
});

describe.each(ENGINES)('on %s', (engine) => {
  it.each(FILES)('runs the analytics file %s read-only with rows', async (file) => {
    const started = performance.now();
    const result = await apps.get(engine)!.store.readUserCypher(fs.readFileSync(path.join(ANALYTICS, file), 'utf8'), {}, { maxRows: 1000, timeoutMs: 10000 });
    timings.push(`${engine} ${file}: ${(performance.now() - started).toFixed(1)} ms, ${result.rows.length} rows`);
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('ranks actors by PageRank in the allegation graph and groups them in communities', async () => {
    const started = performance.now();
    const res = await apps.get(engine)!.gql<Central>(QUERY);
    timings.push(`${engine} centralActors ×2 + communities over HTTP: ${(performance.now() - started).toFixed(1)} ms`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    answers.set(engine, d);
    expect(d.centralActors.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(d.centralActors[0]!.actor.name).toBe('Islamic State in Iraq and the Levant');
    const scores = d.centralActors.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // About oil, Turkey and Syria (named as buyers and transit) rank among the top.
    expect(d.oil.map((a) => a.actor.name)).toEqual(expect.arrayContaining(['Turkey', 'Syria']));
    // The loaded recalls are 2253's (26): the resolutions it recalls tie at the top (ties by id), above 2253 itself.
    expect(d.cited.map((c) => c.resolution.number)).toEqual([1267, 1333, 1363, 1373, 1390]);
    expect(new Set(d.cited.map((c) => c.score.toFixed(9))).size).toBe(1);
    expect(d.communities.length).toBeGreaterThan(1);
    for (const c of d.communities) expect(c.members).toHaveLength(c.size);
    const sizes = d.communities.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

const both = ENGINES.length === 2 ? it : it.skip;

both('agrees on both engines: the same analytics rows, the same top 5 (scores within 0.005), communities that mostly coincide', async () => {
  for (const file of FILES) {
    const text = fs.readFileSync(path.join(ANALYTICS, file), 'utf8');
    const [a, b] = await Promise.all(ENGINES.map((e) => apps.get(e)!.store.readUserCypher(text, {}, { maxRows: 1000, timeoutMs: 10000 })));
    expect({ file, rows: b!.rows }).toEqual({ file, rows: a!.rows });
  }
  const [embedded, neo4j] = ENGINES.map((e) => answers.get(e)!);
  let maxDiff = 0;
  for (const key of ['centralActors', 'oil'] as const) {
    expect(neo4j![key].map((a) => a.actor.name)).toEqual(embedded![key].map((a) => a.actor.name));
    embedded![key].forEach((a, i) => (maxDiff = Math.max(maxDiff, Math.abs(a.score - neo4j![key][i]!.score))));
  }
  expect(neo4j!.cited.map((c) => c.resolution.number)).toEqual(embedded!.cited.map((c) => c.resolution.number));
  embedded!.cited.forEach((c, i) => (maxDiff = Math.max(maxDiff, Math.abs(c.score - neo4j!.cited[i]!.score))));
  process.stdout.write(`PageRank: same top 5 on both engines, largest score difference ${maxDiff.toExponential(2)}\n`);
  expect(maxDiff).toBeLessThan(SCORE_TOLERANCE);
  // Louvain is order-dependent: of the pairs of actors in the largest communities, most are grouped alike.
  const together = (answer: Central) => {
    const community = new Map<string, string>();
    for (const c of answer.communities) for (const m of c.members) community.set(m.name, c.id);
    return community;
  };
  const [ce, cn] = [together(embedded!), together(neo4j!)];
  const names = [...ce.keys()].filter((n) => cn.has(n)).sort();
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < names.length; i += 3)
    for (let j = i + 1; j < names.length; j += 7) {
      pairs++;
      if ((ce.get(names[i]!) === ce.get(names[j]!)) === (cn.get(names[i]!) === cn.get(names[j]!))) agree++;
    }
  process.stdout.write(`communities: ${names.length} actors in both engines' top 5, pair agreement ${((100 * agree) / pairs).toFixed(1)}% of ${pairs}\n`);
  expect(agree / pairs).toBeGreaterThan(0.8);
});
