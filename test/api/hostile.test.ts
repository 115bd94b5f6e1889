// Hostile GraphQL over HTTP: every error is coded, nothing is 5xx, no data changes, the server keeps answering.
import { codes, startTestApp, type GqlResponse, type TestApp, ENGINES } from '../helpers';

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  let statsBefore: unknown;
  const STATS = '{ stats { nodes relationships } }';

  beforeAll(async () => {
    app = await startTestApp({ engine });
    statsBefore = (await app.gql(STATS)).data;
  });
  afterAll(() => app.close());

  async function post(body: string, contentType = 'application/json'): Promise<GqlResponse & { status: number }> {
    const res = await fetch(`${app.server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const json = (await res.json()) as GqlResponse;
    return { ...json, status: res.status };
  }

  function expectCodedClientError(res: GqlResponse & { status: number }): void {
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const code of codes(res)) expect(code).not.toBe('NO_CODE');
    expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
  }

  describe('hostile requests', () => {
    it('refuses malformed JSON, a wrong content type and batches with coded 4xx errors', async () => {
      for (const res of [
        await post('{"query": "{ topics { key } "'),
        await post('not json at all'),
        await post('{ topics { key } }', 'text/plain'),
        await post('[{"query":"{ topics { key } }"}]'),
      ]) {
        expectCodedClientError(res);
      }
    });

    it('refuses syntax errors, unknown fields and wrong variable types with codes', async () => {
      const cases = [
        post(JSON.stringify({ query: '{ topics { key ' })),
        post(JSON.stringify({ query: '{ nothingHere }' })),
        post(JSON.stringify({ query: 'query ($n: Int!) { resolution(number: $n) { number } }', variables: { n: 'two thousand' } })),
        post(JSON.stringify({ query: 'query ($n: Int!) { resolution(number: $n) { number } }', variables: { n: 2 ** 40 } })),
        post(JSON.stringify({ query: 'query ($f: AllegationFilter) { allegations(filter: $f) { totalCount } }', variables: { f: { status: 'MAYBE' } } })),
        post(JSON.stringify({ query: '{ resolution(number: "2253") { number } }' })),
        post(JSON.stringify({ query: 12 })),
      ];
      for (const res of await Promise.all(cases)) {
        expectCodedClientError(res);
        expect(codes(res)[0]).toMatch(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|BAD_REQUEST)$/);
      }
    });

    it('refuses a depth-30 query', async () => {
      let inner = 'name';
      for (let i = 0; i < 14; i++) inner = `related { actor { ${inner} } }`;
      const res = await post(JSON.stringify({ query: `{ actor(name: "Rogachev") { ${inner} } }` }));
      expectCodedClientError(res);
      expect(codes(res)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
      expect(res.errors![0]!.message).toBe('The operation is 30 levels deep; the limit is 12');
    });

    it('refuses 5,000 aliases at the parser, by their tokens (31 aliases in few tokens meet the alias limit: client-mistakes)', async () => {
      const fields = Array.from({ length: 5000 }, (_, i) => `a${i}: topics { key }`).join(' ');
      const res = await post(JSON.stringify({ query: `{ ${fields} }` }));
      expectCodedClientError(res);
      expect(codes(res)).toEqual(['TOKEN_LIMIT_EXCEEDED']);
    });

    it('refuses huge strings without failing', async () => {
      const huge = 'x'.repeat(500_000);
      for (const query of [
        'query ($n: String) { actor(name: $n) { name } }',
        'query ($n: String!) { search(text: $n) { __typename } }',
        'query ($n: String!) { statesNamedInConnectionWith(topic: $n) { roles } }',
      ]) {
        expectCodedClientError(await post(JSON.stringify({ query, variables: { n: huge } })));
      }
      const tooBig = await post(JSON.stringify({ query: '{ topics { key } }', variables: { n: 'y'.repeat(2_000_000) } }));
      expect(tooBig.status).toBe(413);
    });

    it('treats injection-looking strings as plain data in every string argument', async () => {
      const nasty = [
        "' OR 1=1 //",
        '"}) MATCH (n) DETACH DELETE n //',
        "Turkey') RETURN 1 UNION MATCH (n) DETACH DELETE n //",
        '$rows',
        '`Actor`',
        '\u0000',
        '{{7*7}}',
        '../../etc/passwd',
      ];
      for (const s of nasty) {
        const res = await app.gql(
          `query ($s: String!, $id: ID!) {
          a: actor(name: $s) { name }
          m: meeting(symbol: $s) { symbol }
          al: allegations(filter: { named: $s, claimant: $s }) { totalCount }
          s: search(text: $s) { __typename }
          n: node(id: $id) { id }
        }`,
          { s, id: s },
        );
        expect(res.status).toBeLessThan(500);
        expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(codes(res)).not.toContain('NO_CODE');
      }
      expect((await app.gql(STATS)).data).toEqual(statsBefore);
    });

    it('still answers afterwards, and no data changed', async () => {
      const res = await app.gql<{ actor: { name: string } }>('{ actor(name: "ISIS") { name } }');
      expect(res.data!.actor.name).toBe('Islamic State in Iraq and the Levant');
      expect((await app.gql(STATS)).data).toEqual(statsBefore);
      const health = await fetch(`${app.server.url}/health`);
      expect(health.status).toBe(200);
    });

    it('lets a legitimate deep playground query through', async () => {
      const res = await app.gql(`{
      statesNamedInConnectionWith(topic: "oil") { state { name } roles allegations { summary claimant { name related { relation actor { name related { relation actor { name } } } } } named { role actor { name } } evidence { quote start end document { title } } } }
    }`);
      expect(res.errors).toBeUndefined();
    });
  });
});
