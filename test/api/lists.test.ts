// Root lists as Relay connections (where, orderBy, first/after, last/before, totalCount), one meaning of topic, coverage and sources.
import { readManifest } from '../../src/import/default-imports';
import { runImport } from '../../src/import/import-runner';
import { normaliseName } from '../../src/names';
import { codes, ENGINES, startTestApp, type TestApp } from '../helpers';

interface Page<T> {
  totalCount?: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine });
    for (const { kind, file } of readManifest()) await runImport(app.store, kind, file);
  }, 240000);
  afterAll(() => app.close());

  /** The data of a query that must succeed. */
  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await app.gql<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  describe('one meaning of topic, from sources and agenda items', () => {
    it('lists the resolutions about terrorism in 2015: 2199, 2249, 2253 and 2255', async () => {
      const d = await data<{ resolutions: Page<{ number: number }> }>(
        '{ resolutions(where: { topic: "terrorism", year: { eq: 2015 } }) { totalCount edges { node { number } } } }',
      );
      expect(d.resolutions.edges.map((e) => e.node.number)).toEqual([2199, 2249, 2253, 2255]);
      expect(d.resolutions.totalCount).toBe(4);
    });

    it('gives the deprecated filter the same meaning (a topic alias, not agenda words)', async () => {
      const d = await data<{ resolutions: Page<{ number: number; topics: Array<{ key: string }> }> }>(
        '{ resolutions(filter: { fromYear: 2015, toYear: 2015, topic: "terrorist acts" }) { edges { node { number topics { key } } } } }',
      );
      expect(d.resolutions.edges.map((e) => e.node.number)).toEqual([2199, 2249, 2253, 2255]);
      expect(d.resolutions.edges.find((e) => e.node.number === 2249)!.node.topics).toEqual([{ key: 'terrorism' }]);
    });

    it('lists the members of a topic as connections (allegations, resolutions, meetings)', async () => {
      const d = await data<{
        topics: Array<{ key: string; allegations: Page<unknown>; resolutions: Page<{ number: number }>; meetings: Page<unknown> }>;
        oil: { totalCount: number };
      }>(`{ topics { key allegations(first: 1) { totalCount } resolutions(first: 2) { totalCount edges { node { number } } ${PAGE_INFO} } meetings(first: 1) { totalCount } }
            oil: allegations(where: { topic: "oil" }) { totalCount } }`);
      const byKey = new Map(d.topics.map((t) => [t.key, t]));
      expect(byKey.get('oil')!.allegations.totalCount).toBe(d.oil.totalCount);
      const terrorism = byKey.get('terrorism')!;
      expect(terrorism.resolutions.totalCount).toBeGreaterThan(4);
      expect(terrorism.resolutions.edges).toHaveLength(2);
      expect(terrorism.resolutions.pageInfo.hasNextPage).toBe(true);
      expect(terrorism.meetings.totalCount).toBeGreaterThan(100);
    });

    it('gives meetings topics from their agenda items, and refuses an unknown topic with NOT_FOUND', async () => {
      const d = await data<{ meetings: Page<{ symbol: string; topics: Array<{ key: string }> }> }>(
        '{ meetings(where: { topic: "terrorism", date: { gte: "2015-12-01", lte: "2015-12-31" } }) { edges { node { symbol topics { key } } } } }',
      );
      expect(d.meetings.edges.map((e) => e.node.symbol)).toEqual(expect.arrayContaining(['S/PV.7587', 'S/PV.7590']));
      for (const e of d.meetings.edges) expect(e.node.topics.map((t) => t.key)).toContain('terrorism');
      expect(codes(await app.gql('{ meetings(where: { topic: "astrology" }) { totalCount } }'))).toEqual(['NOT_FOUND']);
    });
  });

  describe('pages', () => {
    const MEETINGS_2015 = `query ($first: Int, $after: String, $last: Int, $before: String) {
      meetings(where: { date: { gte: "2015-01-01", lte: "2015-12-31" } }, first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { symbol date } } ${PAGE_INFO} } }`;
    type M = { meetings: Page<{ symbol: string; date: string }> };

    it('walks forward with first/after and backward with last/before over the same items', async () => {
      const forward: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let i = 0; i < 20; i++) {
        const d: M = await data<M>(MEETINGS_2015, { first: 40, after });
        total = d.meetings.totalCount!;
        forward.push(...d.meetings.edges.map((e) => e.node.symbol));
        expect(d.meetings.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!d.meetings.pageInfo.hasNextPage) break;
        after = d.meetings.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThan(100);
      expect(forward).toHaveLength(total);
      expect(new Set(forward).size).toBe(total);

      const backward: string[] = [];
      let before: string | null = null;
      for (let i = 0; i < 20; i++) {
        const d: M = await data<M>(MEETINGS_2015, { last: 40, before });
        backward.unshift(...d.meetings.edges.map((e) => e.node.symbol));
        expect(d.meetings.pageInfo.hasNextPage).toBe(before !== null);
        if (!d.meetings.pageInfo.hasPreviousPage) break;
        before = d.meetings.pageInfo.startCursor;
      }
      expect(backward).toEqual(forward);
    });

    it('orders by date, and descending is ascending reversed', async () => {
      const q = (direction: string) =>
        data<{ resolutions: Page<{ number: number; adoptedOn: string }> }>(
          `{ resolutions(where: { year: { eq: 2015 } }, orderBy: { field: ADOPTED_ON, direction: ${direction} }, first: 100) { edges { node { number adoptedOn } } } }`,
        );
      const asc = (await q('ASC')).resolutions.edges.map((e) => e.node);
      const desc = (await q('DESC')).resolutions.edges.map((e) => e.node);
      expect(asc.length).toBeGreaterThan(50);
      expect(asc.map((r) => r.adoptedOn)).toEqual([...asc.map((r) => r.adoptedOn)].sort());
      expect(desc).toEqual([...asc].reverse());
    });

    it('orders actors by name and kind, allegations by id and day, both ways, with and without a filter (every top-k page)', async () => {
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const idOf = (id: string) => Buffer.from(id, 'base64url').toString();
      type A = { actors: Page<{ id: string; name: string; kind: string }> };
      for (const where of ['', 'where: { kind: { in: [STATE, PERSON] } }, ']) {
        for (const field of ['NAME', 'KIND']) {
          const q = (direction: string) =>
            data<A>(`{ actors(${where}orderBy: { field: ${field}, direction: ${direction} }, first: 100) { edges { node { id name kind } } } }`);
          const asc = (await q('ASC')).actors.edges.map((e) => e.node);
          const desc = (await q('DESC')).actors.edges.map((e) => e.node);
          expect(asc).toHaveLength(100);
          if (where) for (const a of asc) expect(['STATE', 'PERSON']).toContain(a.kind);
          // A page of 100 sorted as the whole list is: by (kind,) name key, ties by id; descending starts where ascending ends.
          const key = (a: { name: string; kind: string }) => (field === 'KIND' ? `${a.kind} ` : '') + normaliseName(a.name);
          expect(asc.map((a) => key(a))).toEqual([...asc].sort((a, b) => cmp(key(a), key(b)) || cmp(idOf(a.id), idOf(b.id))).map((a) => key(a)));
          expect(desc.map((a) => key(a))).toEqual([...desc].sort((a, b) => cmp(key(b), key(a)) || cmp(idOf(a.id), idOf(b.id))).map((a) => key(a)));
          expect(key(desc[0]!) >= key(asc[asc.length - 1]!)).toBe(true);
        }
      }
      type A2 = { id: string; statedOn: string | null; notBefore: string | null; notAfter: string | null };
      type L = { allegations: Page<A2> };
      for (const where of ['', 'where: { status: { in: [ALLEGED, DISPUTED, DENIED, CONFIRMED] } }, ']) {
        for (const field of ['ID', 'STATED_ON']) {
          const q = (direction: string) =>
            data<L>(
              `{ allegations(${where}orderBy: { field: ${field}, direction: ${direction} }, first: 100) { totalCount edges { node { id statedOn notBefore notAfter } } } }`,
            );
          const asc = (await q('ASC')).allegations;
          const desc = (await q('DESC')).allegations;
          expect(asc.edges).toHaveLength(asc.totalCount!);
          // by id, or by the best bound on the day stated with the undated last in both directions
          const bound = (a: A2) => a.statedOn ?? a.notBefore ?? a.notAfter;
          const key = (a: A2) => (field === 'ID' ? idOf(a.id) : (bound(a) ?? ''));
          const undated = (a: A2) => (field === 'STATED_ON' && bound(a) === null ? 1 : 0);
          const order = (sign: number) => (a: A2, b: A2) => undated(a) - undated(b) || sign * cmp(key(a), key(b)) || cmp(idOf(a.id), idOf(b.id));
          const nodes = asc.edges.map((e) => e.node);
          expect(nodes).toEqual([...nodes].sort(order(1)));
          expect(desc.edges.map((e) => e.node)).toEqual([...nodes].sort(order(-1)));
        }
      }
    });

    it('orders meetings by symbol as numbers (S/PV.999 before S/PV.1000)', async () => {
      const d = await data<{ meetings: Page<{ symbol: string }> }>(
        '{ meetings(where: { symbol: { in: ["S/PV.1000", "S/PV.999", "S/PV.7587"] } }, orderBy: { field: SYMBOL }) { edges { node { symbol } } } }',
      );
      expect(d.meetings.edges.map((e) => e.node.symbol)).toEqual(['S/PV.999', 'S/PV.1000', 'S/PV.7587']);
    });

    it('refuses both first and last, a cursor of another order, and too long an in list with BAD_USER_INPUT', async () => {
      expect(codes(await app.gql('{ actors(first: 2, last: 2) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
      const d = await data<{ actors: Page<unknown> }>('{ actors(first: 1) { edges { cursor } pageInfo { endCursor } } }');
      const res = await app.gql('query ($c: String) { actors(orderBy: { field: NAME, direction: DESC }, after: $c) { totalCount } }', {
        c: d.actors.pageInfo.endCursor,
      });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(codes(await app.gql('query ($c: String) { meetings(after: $c) { totalCount } }', { c: d.actors.pageInfo.endCursor }))).toEqual(['BAD_USER_INPUT']);
      const many = Array.from({ length: 101 }, (_, i) => i + 1);
      expect(codes(await app.gql('query ($n: [Int!]) { resolutions(where: { number: { in: $n } }) { totalCount } }', { n: many }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await app.gql('{ meetings(where: { date: { gte: "2015-13-01" } }) { totalCount } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(codes(await app.gql('{ resolution(number: 2199) { votes(first: 501) { vote } } }'))).toEqual(['BAD_USER_INPUT']);
    });

    it('checks the paging limits declared on the argument classes, with a message naming the argument', async () => {
      for (const [query, message] of [
        ['{ actors(first: 101) { totalCount } }', '"first" must be between 0 and 100, got 101'],
        ['{ meetings(last: -1) { totalCount } }', '"last" must be between 0 and 100, got -1'],
        ['{ actor(name: "ISIS") { related(first: 501) { relation } } }', '"first" must be between 0 and 500, got 501'],
        ['{ search(text: "oil", first: 51) { edges { score } } }', '"first" must be between 1 and 50, got 51'],
        ['{ search(text: "oil", first: 0) { edges { score } } }', '"first" must be between 1 and 50, got 0'],
        ['{ mergeCandidates(first: 0) { rule } }', '"first" must be between 1 and 500, got 0'],
        ['{ centralActors(first: 501) { rank } }', '"first" must be between 0 and 500, got 501'],
      ] as const) {
        const res = await app.gql(query);
        expect(res.errors).toEqual([
          expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', argumentName: message.slice(1, message.indexOf('"', 1)) } }),
        ]);
      }
      // At the bound itself the list is given whole: the same relations as without `first`.
      const bounded = await app.gql<{ actor: { related: unknown[] } }>('{ actor(name: "ISIS") { related(first: 500) { relation } } }');
      const whole = await app.gql<{ actor: { related: unknown[] } }>('{ actor(name: "ISIS") { related { relation } } }');
      expect(whole.data!.actor.related.length).toBeGreaterThan(0);
      expect(bounded.data).toEqual(whole.data);
    });
  });

  describe('filters', () => {
    it('finds every actor a name matches, over every name and alias (al-Baghdadi)', async () => {
      const d = await data<{ actors: Page<{ name: string; kind: string }> }>(
        '{ actors(where: { name: { matches: "al-Baghdadi" } }) { totalCount edges { node { name kind } } } }',
      );
      expect(d.actors.totalCount).toBeGreaterThanOrEqual(2);
      expect(d.actors.edges.map((e) => e.node.name)).toContain('Ibrahim Awwad Ibrahim Ali Al-Badri Al-Samarrai');
      for (const e of d.actors.edges) expect(e.node.kind).toBe('PERSON');
    });

    it('filters actors by kind, sanctions and membership', async () => {
      const states = await data<{ actors: Page<{ name: string }> }>(
        '{ actors(where: { kind: { eq: STATE }, sanctioned: false }, first: 100) { totalCount edges { node { name } } } }',
      );
      expect(states.actors.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['Russia', 'Turkey', 'United States']));
      const sanctioned = await data<{ actors: Page<{ name: string }> }>(
        '{ actors(where: { sanctioned: true, name: { matches: "ISIL" } }) { edges { node { name } } } }',
      );
      expect(sanctioned.actors.edges.length).toBeGreaterThan(0);
      // sanctioned: true and false split every actor; the first are those with a sanctions list entry.
      const split = await data<{ all: { totalCount: number }; yes: Page<{ sanctions: unknown[] }>; no: Page<{ sanctions: unknown[] }> }>(
        `{ all: actors { totalCount } yes: actors(where: { sanctioned: true }, first: 50) { totalCount edges { node { sanctions { __typename } } } }
           no: actors(where: { sanctioned: false }, first: 50) { totalCount edges { node { sanctions { __typename } } } } }`,
      );
      expect(split.yes.totalCount).toBeGreaterThan(100);
      expect(split.yes.totalCount! + split.no.totalCount!).toBe(split.all.totalCount);
      for (const e of split.yes.edges) expect(e.node.sanctions.length).toBeGreaterThan(0);
      for (const e of split.no.edges) expect(e.node.sanctions).toEqual([]);
      const members = await data<{ actors: Page<{ name: string; related: Array<{ relation: string; direction: string; actor: { name: string } }> }> }>(
        '{ actors(where: { memberOf: "ISIL" }, first: 5) { totalCount edges { node { name related { relation direction actor { name } } } } } }',
      );
      expect(members.actors.totalCount).toBeGreaterThan(0);
      // Each is a member, part, leader or head of ISIL (by its canonical name), as a relation going out from it.
      for (const e of members.actors.edges) {
        const out = e.node.related.filter((r) => r.direction === 'OUTGOING' && r.actor.name === 'Islamic State in Iraq and the Levant');
        expect(out.map((r) => r.relation)).toEqual(expect.arrayContaining([expect.stringMatching(/^(MEMBER_OF|PART_OF|LEADER_OF|HEAD_OF)$/)]));
      }
    });

    it('filters allegations by named actor, topic, status and day, and orders them by day', async () => {
      const d = await data<{ allegations: Page<{ statedOn: string | null; status: string; named: Array<{ actor: { name: string } }> }> }>(
        `{ allegations(where: { named: "the Turkish", topic: "oil smuggling", status: { in: [ALLEGED, DISPUTED, DENIED, CONFIRMED] }, statedOn: { gte: "2015-01-01" } },
            orderBy: { field: STATED_ON, direction: DESC }) { totalCount edges { node { statedOn status named { actor { name } } } } } }`,
      );
      expect(d.allegations.totalCount).toBeGreaterThan(0);
      const days = d.allegations.edges.map((e) => e.node.statedOn ?? '');
      expect(days).toEqual([...days].sort().reverse());
      for (const e of d.allegations.edges) expect(e.node.named.map((n) => n.actor.name)).toContain('Turkey');
    });

    it('filters documents and statements', async () => {
      const docs = await data<{ documents: Page<{ publisher: string }> }>(
        '{ documents(where: { publisher: { contains: "united nations" } }, orderBy: { field: TITLE }) { totalCount edges { node { publisher } } } }',
      );
      expect(docs.documents.totalCount).toBeGreaterThanOrEqual(4);
      for (const e of docs.documents.edges) expect(e.node.publisher.toLowerCase()).toContain('united nations');
      const st = await data<{ statements: Page<{ quote: string; speaker: { name: string } }> }>(
        '{ statements(where: { speaker: "Rogachev", quote: { matches: "oil" } }) { totalCount edges { node { quote speaker { name } } } } }',
      );
      expect(st.statements.totalCount).toBeGreaterThan(0);
      for (const e of st.statements.edges) expect(e.node.quote.toLowerCase()).toContain('oil');
    });

    it('orders statements by speaker or by the day of their meeting, with and without a relationship filter', async () => {
      type S = { statements: Page<{ speaker: { name: string } | null; madeAt: { date: string | null } | null }> };
      const fields = 'totalCount edges { node { speaker { name } madeAt { date } } }';
      const bySpeaker = await data<S>(`{ statements(orderBy: { field: SPEAKER }, first: 100) { ${fields} } }`);
      const names = bySpeaker.statements.edges.map((e) => e.node.speaker?.name ?? '');
      expect(names.length).toBe(bySpeaker.statements.totalCount);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const byDay = await data<S>(`{ statements(orderBy: { field: MEETING_DATE, direction: DESC }, first: 100) { ${fields} } }`);
      const days = byDay.statements.edges.map((e) => e.node.madeAt?.date ?? '');
      expect(days).toEqual([...days].sort().reverse());
      expect(byDay.statements.totalCount).toBe(bySpeaker.statements.totalCount);
      // Paged by threes forwards (after) and the last two (last), the same order as the whole list.
      const ids = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';
      type P = { statements: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const whole = (await data<P>(`{ statements(orderBy: { field: MEETING_DATE, direction: DESC }, first: 100) { ${ids} } }`)).statements.edges.map(
        (e) => e.node.id,
      );
      const paged: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const page: P = await data<P>(
          `query ($after: String) { statements(orderBy: { field: MEETING_DATE, direction: DESC }, first: 3, after: $after) { ${ids} } }`,
          { after },
        );
        paged.push(...page.statements.edges.map((e) => e.node.id));
        if (!page.statements.pageInfo.hasNextPage) break;
        after = page.statements.pageInfo.endCursor;
      }
      expect(paged).toEqual(whole);
      const lastTwo = await data<P>(`{ statements(orderBy: { field: MEETING_DATE, direction: DESC }, last: 2) { ${ids} } }`);
      expect(lastTwo.statements.edges.map((e) => e.node.id)).toEqual(whole.slice(-2));
      const ascending = await data<P>(`{ statements(orderBy: { field: MEETING_DATE }, first: 100) { ${ids} } }`);
      expect(ascending.statements.edges.map((e) => e.node.id)).toEqual(
        [...whole].reverse().sort((a, b) => {
          const day = (id: string) => byDay.statements.edges[whole.indexOf(id)]!.node.madeAt?.date ?? '';
          // Ties by store id (the node id is its base64url).
          const [x, y] = [a, b].map((id) => Buffer.from(id, 'base64url').toString());
          return day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : x! < y! ? -1 : x! > y! ? 1 : 0;
        }),
      );
      // The same order over the candidates of a speaker filter (the anchored page).
      const rogachev = await data<S>(`{ statements(where: { speaker: "Rogachev" }, orderBy: { field: SPEAKER }) { ${fields} } }`);
      expect(rogachev.statements.totalCount).toBe(4);
      expect(new Set(rogachev.statements.edges.map((e) => e.node.speaker?.name))).toEqual(new Set(['Ilya Rogachev']));
    });
  });

  describe('no data is not "none"', () => {
    it('gives null with the reason where no loaded source covers a list, and the list where one does', async () => {
      const d = await data<{ r2253: Record<string, unknown>; r2199: Record<string, unknown> }>(`{
        r2253: resolution(number: 2253) { votes { vote } recalls { number } coverage { field covered note sources { title } } }
        r2199: resolution(number: 2199) { votes(first: 3) { vote } all: votes { vote } recalls { number } coverage { field covered sources { title } } } }`);
      expect(d.r2253.votes).toBeNull();
      expect((d.r2253.recalls as unknown[]).length).toBe(26);
      const votes2253 = (d.r2253.coverage as Array<{ field: string; covered: boolean; note: string }>).find((c) => c.field === 'votes')!;
      expect(votes2253).toMatchObject({ covered: false, note: expect.stringContaining('No loaded source lists the votes of S/RES/2253 (2015)') });
      expect(d.r2199.votes).toHaveLength(3);
      expect(d.r2199.all).toHaveLength(15);
      expect(d.r2199.recalls).toBeNull();
      const votes2199 = (d.r2199.coverage as Array<{ field: string; covered: boolean; sources: Array<{ title: string }> }>).find((c) => c.field === 'votes')!;
      expect(votes2199).toEqual({ field: 'votes', covered: true, sources: [{ title: 'Security Council voting data (DHL)' }] });
    });

    it('lists every loaded source with what it covers, the meetings table ending in June 2022', async () => {
      const d = await data<{
        sources: Array<{ kind: string; covers: string[]; from: string | null; to: string | null; rows: number | null; document: { title: string | null } }>;
      }>('{ sources { kind covers from to rows document { title } } }');
      expect(d.sources).toHaveLength(7);
      const meetings = d.sources.find((s) => s.document.title === 'Security Council meetings 1946–2022 (DHL meeting tables)')!;
      expect(meetings).toMatchObject({ kind: 'DATASET', from: '1946-01-17', to: '2022-06-30', rows: 9468 });
      expect(d.sources.filter((s) => s.kind === 'ARTICLE')).toHaveLength(2);
      for (const s of d.sources) expect(s.covers.length).toBeGreaterThan(0);
    });
  });
});
