// Time order: undated items last in both directions of the root lists' date orders, an undated allegation bounded by its documents, the flagship by claimants.
import { storeId, toGlobalId } from '../../src/ids';
import { ENGINES, startTestApp, type TestApp } from '../helpers';

interface Page<T> {
  edges: Array<{ node: T }>;
}

/** An undated document and an allegation quoted from it: neither has a day, so both sort last. */
const UNDATED = {
  documentId: storeId('Document', 'time-order-undated'),
  evidenceId: storeId('Evidence', 'time-order-undated'),
  allegationId: storeId('Allegation', 'time-order-undated'),
  text: 'A note of unknown date. Someone said that oil was sold across the border.',
  quote: 'Someone said that oil was sold across the border.',
};

const ids = (keys: string[], type = 'Allegation') => keys.map((k) => toGlobalId(storeId(type as 'Allegation', k)));

// the seed's allegations by their best date bound, ties by id
const ALLEGATIONS_2015_02_05 = [
  'chechens-joined-isis',
  'countries-pay-ransoms',
  'isis-hostage-killings',
  'isis-revenue-sources',
  'jordanian-pilot-burned', // undated, quoted by an article published on 2015-02-05 (notAfter)
  'kenji-goto-beheaded', // likewise
  'syria-turkey-bought-isis-oil',
];
const ALLEGATIONS_2015_12_17 = [
  'coalition-strikes-isis-oil', // undated, quoted by an article published on or after 2015-12-17 (notBefore)
  'isis-contraband-oil-syria-iraq', // likewise
  'isis-independent-of-al-qaida',
  'oil-flows-through-turkey', // "stated on or after 17 December 2015"
];

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine });
    const start = UNDATED.text.indexOf(UNDATED.quote);
    await app.store.write('upsert-documents', {
      rows: [{ id: UNDATED.documentId, props: { title: 'An undated note', text: UNDATED.text, textLength: UNDATED.text.length } }],
    });
    await app.store.write('upsert-evidence', {
      rows: [{ id: UNDATED.evidenceId, documentId: UNDATED.documentId, quote: UNDATED.quote, start, end: start + UNDATED.quote.length }],
    });
    await app.store.write('upsert-allegations', {
      rows: [{ id: UNDATED.allegationId, props: { summary: 'Oil was sold across the border', status: 'ALLEGED', evidence: [UNDATED.evidenceId] } }],
    });
  });
  afterAll(() => app.close());

  /** The data of a query that must succeed. */
  async function data<T>(query: string): Promise<T> {
    const res = await app.gql<T>(query);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it('orders allegations by their best date bound, the undated one last in both directions', async () => {
    const page = async (direction: string) =>
      (
        await data<{ allegations: Page<{ id: string }> }>(
          `{ allegations(first: 50, orderBy: { field: STATED_ON, direction: ${direction} }) { edges { node { id } } } }`,
        )
      ).allegations.edges.map((e) => e.node.id);
    const undated = toGlobalId(UNDATED.allegationId);
    expect(await page('ASC')).toEqual([...ids(ALLEGATIONS_2015_02_05), ...ids(ALLEGATIONS_2015_12_17), undated]);
    expect(await page('DESC')).toEqual([...ids(ALLEGATIONS_2015_12_17), ...ids(ALLEGATIONS_2015_02_05), undated]);
    // pages of two walk the same order
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const arg: string = after ? `, after: "${after}"` : '';
      const d: { allegations: Page<{ id: string }> & { pageInfo: { hasNextPage: boolean; endCursor: string } } } = await data(
        `{ allegations(first: 2${arg}, orderBy: { field: STATED_ON, direction: DESC }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      );
      walked.push(...d.allegations.edges.map((e) => e.node.id));
      if (!d.allegations.pageInfo.hasNextPage) break;
      after = d.allegations.pageInfo.endCursor;
    }
    expect(walked).toEqual([...ids(ALLEGATIONS_2015_12_17), ...ids(ALLEGATIONS_2015_02_05), undated]);
  });

  it('gives an undated allegation the bounds of its documents', async () => {
    const d = await data<{ allegations: Page<{ id: string; statedOn: string | null; notBefore: string | null; notAfter: string | null }> }>(
      '{ allegations(first: 50) { edges { node { id statedOn notBefore notAfter } } } }',
    );
    const byId = new Map(d.allegations.edges.map((e) => [e.node.id, e.node]));
    const of = (key: string) => byId.get(toGlobalId(storeId('Allegation', key)));
    // the Ministry's claim, "stated on or after 17 December 2015", from an article published on or after that day
    expect(of('oil-flows-through-turkey')).toEqual({
      id: toGlobalId(storeId('Allegation', 'oil-flows-through-turkey')),
      statedOn: null,
      notBefore: '2015-12-17',
      notAfter: null,
    });
    // ISIL's claim, reported by The Moscow Times on 5 February 2015: made by then
    expect(of('kenji-goto-beheaded')).toMatchObject({ statedOn: null, notBefore: null, notAfter: '2015-02-05' });
    // a dated claim has no bounds of its own
    expect(of('isis-independent-of-al-qaida')).toMatchObject({ statedOn: '2015-12-17', notBefore: null, notAfter: null });
    expect(of('time-order-undated')).toMatchObject({ statedOn: null, notBefore: null, notAfter: null });
    const bounded = d.allegations.edges.filter((e) => e.node.statedOn === null && (e.node.notBefore ?? e.node.notAfter) !== null).length;
    expect(bounded).toBe(5);
  });

  it('puts undated documents, meetings and resolutions last in both directions', async () => {
    const docs = async (direction: string) =>
      (
        await data<{ documents: Page<{ id: string }> }>(
          `{ documents(first: 50, orderBy: { field: PUBLISHED_ON, direction: ${direction} }) { edges { node { id } } } }`,
        )
      ).documents.edges.map((e) => e.node.id);
    const doc = (key: string) => toGlobalId(storeId('Document', key));
    expect(await docs('ASC')).toEqual([doc('moscow-times-2015-02-05'), doc('rogachev-tass-2015'), doc('s-res-2253-2015-excerpt'), doc('time-order-undated')]);
    expect(await docs('DESC')).toEqual([doc('rogachev-tass-2015'), doc('s-res-2253-2015-excerpt'), doc('moscow-times-2015-02-05'), doc('time-order-undated')]);

    const meetings = async (direction: string) =>
      (
        await data<{ meetings: Page<{ id: string }> }>(`{ meetings(first: 50, orderBy: { field: DATE, direction: ${direction} }) { edges { node { id } } } }`)
      ).meetings.edges.map((e) => e.node.id);
    const meeting = (key: string) => toGlobalId(storeId('Meeting', key));
    const undatedMeetings = [meeting('rogachev-tass-interview'), meeting('unsc-press-statement-jordanian-pilot')];
    expect(await meetings('ASC')).toEqual([meeting('russia-draft-announcement-2015-02-04'), meeting('S/PV.7587'), ...undatedMeetings]);
    expect(await meetings('DESC')).toEqual([meeting('S/PV.7587'), meeting('russia-draft-announcement-2015-02-04'), ...undatedMeetings]);

    const resolutions = async (direction: string) =>
      (
        await data<{ resolutions: Page<{ number: number; adoptedOn: string | null }> }>(
          `{ resolutions(first: 100, orderBy: { field: ADOPTED_ON, direction: ${direction} }) { edges { node { number adoptedOn } } } }`,
        )
      ).resolutions.edges.map((e) => e.node);
    // the seed dates 2253 only; the others (2199 among them) have no day adopted and follow it, by number
    const ascending = await resolutions('ASC');
    const undatedNumbers = ascending.filter((r) => r.adoptedOn === null).map((r) => r.number);
    expect(undatedNumbers).toContain(2199);
    expect(undatedNumbers.length).toBe(ascending.length - 1);
    const byNumber = [...undatedNumbers].sort((a, b) => a - b);
    expect(ascending).toEqual([{ number: 2253, adoptedOn: '2015-12-17' }, ...byNumber.map((number) => ({ number, adoptedOn: null }))]);
    expect(await resolutions('DESC')).toEqual([
      { number: 2253, adoptedOn: '2015-12-17' },
      ...[...byNumber].reverse().map((number) => ({ number, adoptedOn: null })),
    ]);
  });

  it('orders the flagship by how many distinct claimants name each state, then by name', async () => {
    const d = await data<{ statesNamedInConnectionWith: Array<{ state: { name: string }; allegations: Array<{ claimant: { name: string } }> }> }>(
      '{ statesNamedInConnectionWith(topic: "oil") { state { name } allegations { claimant { name } } } }',
    );
    const rows = d.statesNamedInConnectionWith.map((s) => `${s.state.name}:${new Set(s.allegations.map((a) => a.claimant.name)).size}`);
    expect(rows).toEqual(['Syria:2', 'Turkey:2', 'Iraq:1', 'Russia:1', 'United States:1']);
  });
});
