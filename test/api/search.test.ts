// Search recall on both engines: a topic alias reaches what carries the topic, hits found only through a topic's words rank below, snippets cut at words.
import { readManifest } from '../../src/import/default-imports';
import { runImport } from '../../src/import/import-runner';
import { highlight } from '../../src/repo/search.repo';
import { startTestApp, type TestApp, ENGINES } from '../helpers';

type Hit = {
  score: number;
  highlights: Array<{ field: string; snippet: string }>;
  node: { __typename: string; id: string; name?: string; summary?: string; number?: number; symbol?: string | null; title?: string | null };
};

const SEARCH = `query ($t: String!, $types: [SearchType!], $first: Int) {
  search(text: $t, types: $types, first: $first) {
    edges { score highlights { field snippet } node { __typename ... on Node { id } ... on Actor { name } ... on Allegation { summary } ... on Resolution { number symbol } ... on Meeting { symbol title } ... on Document { title } } }
  }
}`;

/** What a hit is called in these tests: a name, a number, a symbol, a title or the start of a summary. */
const label = (h: Hit) => h.node.name ?? h.node.number ?? h.node.symbol ?? h.node.title ?? h.node.summary?.slice(0, 40);

describe('highlight', () => {
  const text = "Islamic State's three main sources of revenue are oil, the sale of looted antiquities and ransom from kidnappings.";
  it('starts and ends the passage at word boundaries', () => {
    expect(highlight(text, new Set(['ransom']), 60)).toBe('…looted antiquities and <mark>ransom</mark> from kidnappings.');
    expect(highlight(text, new Set(['kidnappings']), 40)).toBe('…ransom from <mark>kidnappings</mark>.');
    expect(highlight(text, new Set(['revenue']), 30)).toBe('…sources of <mark>revenue</mark> are oil,…');
    expect(highlight(text, new Set(['islamic']), 30)).toBe('<mark>Islamic</mark> State&#39;s three main…');
  });
});

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine });
    // The sanctions lists bring names that only a topic's words match ("Revival of Islamic Heritage Society").
    for (const { kind, file } of readManifest()) if (kind === 'un-sanctions') await runImport(app.store, kind, file);
  }, 300_000);
  afterAll(() => app.close());

  const searchOf = async (t: string, types: string[] | null = null, first = 20): Promise<Hit[]> => {
    const res = await app.gql<{ search: { edges: Hit[] } }>(SEARCH, { t, types, first });
    expect(res.errors).toBeUndefined();
    return res.data!.search.edges;
  };

  it('reaches resolution 2199 through a topic alias ("looted antiquities"), also with types: [RESOLUTION]', async () => {
    const resolutions = await searchOf('looted antiquities', ['RESOLUTION']);
    expect(resolutions.map(label)).toEqual([2199]);
    expect(resolutions[0]!.highlights).toEqual([{ field: 'topics', snippet: '<mark>Antiquities</mark>' }]);
    const all = await searchOf('looted antiquities', null, 10);
    // The allegation that says "looted antiquities" and is about antiquities, then 2199 (about antiquities).
    expect(all.slice(0, 2).map(label)).toEqual(["Islamic State's three main sources of re", 2199]);
    for (let i = 1; i < all.length; i++) expect(all[i]!.score).toBeLessThanOrEqual(all[i - 1]!.score);
  });

  it('ranks a hit found only through a topic word below every direct hit', async () => {
    const hits = await searchOf('looted antiquities');
    const heritage = hits.findIndex((h) => h.node.name === 'Revival of Islamic Heritage Society');
    expect(heritage).toBeGreaterThan(1);
    // Direct: the text's own words ("looted", "antiquities") or the topic itself; every one of them ranks above.
    const direct = hits.filter((h) => h.highlights.some((x) => /<mark>(looted|antiquities)<\/mark>/i.test(x.snippet) || x.field === 'topics'));
    expect(direct.length).toBeGreaterThanOrEqual(2);
    for (const d of direct) expect(d.score).toBeGreaterThan(hits[heritage]!.score);
    expect(hits[heritage]!.highlights).toEqual([{ field: 'name', snippet: 'Revival of Islamic <mark>Heritage</mark> Society' }]);

    // "kidnapping for ransom" names the ransom and hostages topics; Kenji Goto, "held hostage", carries neither.
    const ransom = await searchOf('kidnapping for ransom');
    const goto = ransom.findIndex((h) => h.node.name === 'Kenji Goto');
    expect(goto).toBeGreaterThan(0);
    const aboutTopics = ransom.filter((h) => h.highlights.some((x) => x.field === 'topics'));
    expect(aboutTopics.map(label)).toEqual(expect.arrayContaining([2199]));
    for (const t of aboutTopics) expect(ransom.indexOf(t)).toBeLessThan(goto);
  });

  it('starts every snippet at a word boundary', async () => {
    const ransom = await searchOf('kidnapping for ransom');
    const revenue = ransom.find((h) => h.node.summary?.startsWith("Islamic State's three main sources"))!;
    expect(revenue.highlights).toContainEqual({
      field: 'summary',
      snippet: '…revenue are oil, the sale of looted antiquities and <mark>ransom</mark> from <mark>kidnappings</mark>.',
    });
    for (const text of ['kidnapping for ransom', 'looted antiquities', 'oil smuggling Turkey', 'terrorism']) {
      for (const hit of await searchOf(text, null, 50)) {
        for (const { field, snippet } of hit.highlights) {
          if (field === 'topics' || !snippet.startsWith('…')) continue;
          // After "…" comes a whole word: a letter or digit that no letter precedes in the field's text.
          const start = snippet
            .slice(1)
            .replace(/<\/?mark>/g, '')
            .replace(/&#39;/g, "'");
          expect(start).toMatch(/^[\p{L}\p{N}]/u);
        }
      }
    }
  });

  it('keeps one ranking across pages of a topic search', async () => {
    const four = await searchOf('looted antiquities', null, 4);
    const res = await app.gql<{ search: { pageInfo: { endCursor: string } } }>('{ search(text: "looted antiquities", first: 2) { pageInfo { endCursor } } }');
    const two = await app.gql<{ search: { edges: Hit[] } }>(
      `query ($a: String) { search(text: "looted antiquities", first: 2, after: $a) { edges { node { __typename ... on Node { id } } } } }`,
      { a: res.data!.search.pageInfo.endCursor },
    );
    expect(two.data!.search.edges.map((e) => e.node.id)).toEqual(four.slice(2).map((e) => e.node.id));
  });
});
