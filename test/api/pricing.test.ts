// Limits that price what the store knows: texts by the longest text, bounded lists by what they hold; clamped ranges; refusals that name a working change.
import path from 'node:path';
import { runImport } from '../../src/import/import-runner';
import { storeSizes, type StoreSizes } from '../../src/graphql/limits';
import { codes, ENGINES, flagshipQuery, startTestApp, type TestApp } from '../helpers';

const DATA = path.join(__dirname, '..', '..', 'seed', 'data');

const FLAGSHIP_WITH_TEXTS = flagshipQuery('id title text');

interface Naming {
  state: { name: string };
  allegations: Array<{ evidence: Array<{ quote: string; start: number; end: number; document: { id: string; title: string | null; text: string } }> }>;
}

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  let sizes: StoreSizes;
  beforeAll(async () => {
    app = await startTestApp({ engine });
    // The sanctions lists hold the longest texts (2.2 M characters): texts are priced as on the real data.
    await runImport(app.store, 'un-sanctions', path.join(DATA, 'alqaida_sanctions_list_2015-02-19.xml'));
    await runImport(app.store, 'un-sanctions', path.join(DATA, 'un_sc_consolidated_list_2025-04-19.xml'));
    sizes = await storeSizes(app.store);
  }, 180000);
  afterAll(() => app.close());

  it('reads what bounds a cost from the store', () => {
    process.stdout.write(`${engine} sizes: ${JSON.stringify(sizes)}\n`);
    expect(sizes.maxTextLength).toBe(2206299);
    expect(sizes.states).toBeGreaterThan(0);
    expect(sizes.evidencePerFact).toBeGreaterThan(0);
    // The flagship about oil is priced by oil's five states, not by every state.
    expect(sizes.topicSizes?.find((t) => t.key === 'oil')).toMatchObject({ states: 5, allegationsPerState: 2 });
    expect(sizes.topicSizes?.find((t) => t.key === 'oil')?.aliasKeys).toContain('oil smuggling');
  });

  it('answers the flagship with every evidence document and its text, quotes at their offsets', async () => {
    const res = await app.gql<{ statesNamedInConnectionWith: Naming[] }>(FLAGSHIP_WITH_TEXTS, { topic: 'oil' });
    expect(res.errors).toBeUndefined();
    const namings = res.data!.statesNamedInConnectionWith;
    expect(namings.map((n) => n.state.name).sort()).toEqual(['Iraq', 'Russia', 'Syria', 'Turkey', 'United States']);
    const evidence = namings.flatMap((n) => n.allegations.flatMap((a) => a.evidence));
    expect(evidence.length).toBeGreaterThan(5);
    for (const e of evidence) expect(e.document.text.slice(e.start, e.end)).toBe(e.quote);
    expect(JSON.stringify(res.data).length).toBeGreaterThan(20000);
  });

  it('clamps a text range past the end of a short document instead of failing its parent', async () => {
    const res = await app.gql<{
      statesNamedInConnectionWith: Array<{
        allegations: Array<{ evidence: Array<{ document: { length: number; whole: string; full: string; past: string } }> }>;
      }>;
    }>(
      `{ statesNamedInConnectionWith(topic: "oil") { allegations { evidence { document { length whole: text(start: 0, end: 5000) full: text past: text(start: 4000, end: 5000) } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const docs = res.data!.statesNamedInConnectionWith.flatMap((n) => n.allegations.flatMap((a) => a.evidence.map((e) => e.document)));
    const short = docs.find((d) => d.length === 3577)!;
    expect(short.whole.length).toBe(3577);
    expect(short.whole).toBe(short.full);
    expect(short.past).toBe('');
  });

  it('refuses a query over the cost limit with a change that works, and answers that change', async () => {
    const list = 'resolutions(first: 100) { edges { node { number evidence { document { text } } } } }';
    const over = await app.gql(`{ a: ${list} b: ${list} }`);
    expect(over.status).toBe(400);
    expect(codes(over)).toEqual(['COST_LIMIT_EXCEEDED']);
    const evidenceCost = 1 + sizes.evidencePerFact * (1 + 101);
    // Per resolution: edges, node, number, then its evidence.
    const cost = 2 * (1 + 100 * (3 + evidenceCost));
    expect(over.errors![0]!.message).toBe(
      `The operation would cost ${cost}; the limit is 50000 (lists count as many times as the items they can return, texts by the characters they can return). What lowers it most: Query.resolutions: a smaller \`first\` (now 100); Resolution.evidence: fewer fields inside it (it has no \`first\`; it counts ${sizes.evidencePerFact} items); Document.text: ask ranges with \`text(start, end)\``,
    );
    const ranged = await app.gql<{
      resolutions: { edges: Array<{ node: { number: number; evidence: Array<{ start: number; end: number; quote: string; document: { text: string } }> } }> };
    }>('{ resolutions(first: 100) { edges { node { number evidence { start end quote document { text(start: 0, end: 1000) } } } } } }');
    expect(ranged.errors).toBeUndefined();
    expect(ranged.data!.resolutions.edges.length).toBeGreaterThan(0);
  });
});
