// The flagship traversal: which states were named in connection with oil, by whom, in which role, with which quotes.
import { codes, flagshipQuery, startTestApp, type TestApp, ENGINES } from '../helpers';

const FLAGSHIP = flagshipQuery();

interface Naming {
  state: { name: string; kind: string };
  roles: string[];
  allegations: Array<{
    summary: string;
    status: string;
    statedOn: string | null;
    claimant: { name: string; kind: string } | null;
    named: Array<{ role: string; actor: { name: string } }>;
    topics: Array<{ key: string }>;
    evidence: Array<{
      quote: string;
      start: number;
      end: number;
      context: string;
      document: { id: string; title: string | null; publisher: string | null; publishedOn: string | null };
    }>;
  }>;
}

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine });
  });
  afterAll(() => app.close());

  describe('statesNamedInConnectionWith', () => {
    it('names the states connected with oil, with roles, claimants and quotes', async () => {
      const res = await app.gql<{ statesNamedInConnectionWith: Naming[] }>(FLAGSHIP, { topic: 'oil' });
      expect(res.errors).toBeUndefined();
      const namings = res.data!.statesNamedInConnectionWith;
      // by how many distinct claimants name them (Syria and Turkey two each), then by name
      expect(namings.map((n) => n.state.name)).toEqual(['Syria', 'Turkey', 'Iraq', 'Russia', 'United States']);
      expect(namings.every((n) => n.state.kind === 'STATE')).toBe(true);

      const turkey = namings.find((n) => n.state.name === 'Turkey')!;
      expect(turkey.roles).toEqual(['BUYER', 'TRANSIT']);
      expect(turkey.allegations.map((a) => a.claimant?.name).sort()).toEqual([
        'Ministry of Foreign Affairs of the Russian Federation',
        'Senior Western diplomat',
      ]);
      const quotes = turkey.allegations.flatMap((a) => a.evidence.map((e) => e.quote));
      expect(quotes).toContain(
        'Unfortunately, so far, not all member states conscientiously implement their commitment to curb financing to ISIS, for example, the largest flows of oil products exported by ISIS continue moving through Turkey.',
      );
      expect(quotes.some((q) => q.includes('some of the Turkish have bought oil'))).toBe(true);

      const syria = namings.find((n) => n.state.name === 'Syria')!;
      expect(syria.roles).toEqual(['BUYER', 'ORIGIN']);
      expect(syria.allegations.map((a) => a.claimant?.name).sort()).toEqual(['Ilya Rogachev', 'Senior Western diplomat']);

      const diplomat = turkey.allegations.find((a) => a.claimant?.name === 'Senior Western diplomat')!;
      expect(diplomat.statedOn).toBe('2015-02-05');
      expect(diplomat.evidence[0]!.document.publisher).toBe('The Moscow Times');
      expect(diplomat.named.map((n) => `${n.actor.name}:${n.role}`).sort()).toEqual([
        'Islamic State in Iraq and the Levant:SELLER',
        'Syria:BUYER',
        'Turkey:BUYER',
      ]);
    });

    it('gives quotes whose offsets point at the exact text', async () => {
      const res = await app.gql<{ statesNamedInConnectionWith: Naming[] }>(FLAGSHIP, { topic: 'oil' });
      const evidence = res.data!.statesNamedInConnectionWith.flatMap((n) => n.allegations.flatMap((a) => a.evidence));
      expect(evidence.length).toBeGreaterThan(5);
      // Each document's text is fetched once (not once per quote), then every quote is found at its offsets.
      const texts = new Map<string, string>();
      for (const id of new Set(evidence.map((e) => e.document.id))) {
        const doc = await app.gql<{ node: { text: string; length: number } }>('query ($id: ID!) { node(id: $id) { ... on Document { text length } } }', { id });
        expect(doc.data!.node.text).toHaveLength(doc.data!.node.length);
        texts.set(id, doc.data!.node.text);
      }
      for (const e of evidence) {
        const text = texts.get(e.document.id)!;
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.context).toBe(text.slice(Math.max(0, e.start - 40), e.end + 40));
      }
    });

    it('accepts topic aliases and gives the same answer', async () => {
      const byKey = await app.gql<{ statesNamedInConnectionWith: Naming[] }>(FLAGSHIP, { topic: 'oil' });
      const byAlias = await app.gql<{ statesNamedInConnectionWith: Naming[] }>(FLAGSHIP, { topic: 'Oil Products' });
      expect(byAlias.data).toEqual(byKey.data);
    });

    it('names the states connected with hostages differently', async () => {
      const res = await app.gql<{ statesNamedInConnectionWith: Naming[] }>(FLAGSHIP, { topic: 'hostages' });
      expect(res.data!.statesNamedInConnectionWith.map((n) => `${n.state.name}:${n.roles.join('+')}`)).toEqual(['Japan:VICTIM_STATE', 'Jordan:VICTIM_STATE']);
    });

    it('answers a known topic that names no state with an empty list, not NOT_FOUND', async () => {
      const res = await app.gql<{ statesNamedInConnectionWith: Naming[] }>(FLAGSHIP, { topic: 'Antiquities' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.statesNamedInConnectionWith).toEqual([]);
    });

    it('refuses an unknown topic with NOT_FOUND and lists the known ones', async () => {
      const res = await app.gql(FLAGSHIP, { topic: 'uranium' });
      expect(codes(res)).toEqual(['NOT_FOUND']);
      expect(res.errors![0]!.message).toContain('antiquities');
    });
  });
});
