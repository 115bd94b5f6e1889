// Every client mistake gets its own code and status, and none is logged as an internal error.
import { codes, startTestApp, type TestApp, ENGINES } from '../helpers';

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  const logged: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ engine, env: { DOSSIER_CORS_ORIGINS: 'https://app.example.org' }, log: (line) => logged.push(line) });
  });
  afterAll(() => app.close());

  async function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
    const res = await fetch(`${app.server.url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const json = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; locations?: unknown; extensions?: { code?: string } }> };
    return { status: res.status, headers: res.headers, ...json };
  }

  const errorLines = () => logged.filter((line) => (JSON.parse(line) as { level: string }).level === 'error');

  describe('operations the schema does not support', () => {
    it.each(['mutation { x }', 'subscription { x }', 'mutation M { addActor(name: "x") { id } }'])(
      'refuses %s with 400 GRAPHQL_VALIDATION_FAILED, logging no error',
      async (query) => {
        const before = errorLines().length;
        const res = await post({ query });
        expect(res.status).toBe(400);
        expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(res.errors![0]!.message).toMatch(/operation is not supported: this API is read-only/);
        expect(errorLines().length).toBe(before);
      },
    );
  });

  describe('protocol mistakes', () => {
    it('codes a persisted-query hash that does not match the query', async () => {
      const res = await post({ query: '{ topics { key } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
    });

    it('codes parse errors GRAPHQL_PARSE_FAILED with their location', async () => {
      const res = await post({ query: '{ topics { key ' });
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(res.errors![0]!.locations).toEqual([{ line: 1, column: 16 }]);
    });

    it.each([
      ['application/json', 200],
      ['Application/JSON', 200],
      ['application/json; charset=utf-8', 200],
      ['APPLICATION/JSON;CHARSET=UTF-8', 200],
      ['application/jsonx', 415],
      ['application/json-patch+json', 415],
      ['text/plain', 415],
      ['application/json; charset', 415],
    ])('parses the media type %s → %d', async (type, status) => {
      const res = await post({ query: '{ topics { key } }' }, { 'content-type': type });
      expect(res.status).toBe(status);
      if (status === 415) expect(codes(res)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    });

    it('answers other methods 405 with Allow', async () => {
      const res = await fetch(`${app.server.url}/graphql`, { method: 'PUT' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
    });
  });

  describe('limits', () => {
    it.each([
      [
        'depth',
        `{ actor(name: "Rogachev") { ${'related { actor { '.repeat(7)}name${' } }'.repeat(7)} } }`,
        'DEPTH_LIMIT_EXCEEDED',
        /^The operation is 16 levels deep; the limit is 12$/,
      ],
      [
        'aliases',
        `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: topics { key }`).join(' ')} }`,
        'ALIAS_LIMIT_EXCEEDED',
        /^The operation has 31 aliases; the limit is 30$/,
      ],
      ['directives', `{ topics { ${'key @include(if: true) '.repeat(21)}} }`, 'DIRECTIVE_LIMIT_EXCEEDED', /^The operation has 21 directives; the limit is 20$/],
      ['tokens', `{ topics { ${'key '.repeat(5001)} } }`, 'TOKEN_LIMIT_EXCEEDED', /^The operation has more than 5000 tokens$/],
      [
        'cost',
        '{ resolutions(first: 100) { edges { node { evidence { document { text } } } } } }',
        'COST_LIMIT_EXCEEDED',
        /^The operation would cost \d+; the limit is 50000/,
      ],
    ])('refuses a %s past the limit with its own code and a plain message', async (_what, query, code, message) => {
      const res = await post({ query });
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual([code]);
      expect(res.errors![0]!.message).toMatch(message);
      expect(res.errors![0]!.message).not.toMatch(/Syntax Error/);
    });

    it('lets the playground introspection through (introspection is not counted)', async () => {
      const res = await post({
        query: '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }',
      });
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      const types = (res.data as { __schema: { types: Array<{ name: string; fields: Array<{ name: string }> | null }> } }).__schema.types;
      expect(types.find((t) => t.name === 'Document')?.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(['text', 'length']));
    });

    it('ends a request past its time budget with TIMEOUT and no partial data', async () => {
      const slow = await startTestApp({ engine, env: { DOSSIER_REQUEST_TIMEOUT_MS: '10' } });
      try {
        const flagship =
          'statesNamedInConnectionWith(topic: "oil") { state { name related { actor { name } } } allegations { summary evidence { quote context } } }';
        const query = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: ${flagship}`).join(' ')} }`;
        const res = await fetch(`${slow.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { data: unknown; errors: Array<{ extensions: { code: string } }> };
        expect(res.status).toBe(504);
        expect(body.data).toBeNull();
        expect(body.errors.map((e) => e.extensions.code)).toEqual(['TIMEOUT']);
      } finally {
        await slow.close();
      }
    });
  });

  describe('loose inputs', () => {
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

    it.each([
      ['a suffix after the allegation prefix', 'allegations', b64('cursor:v1:Allegation:')],
      ['a quote in the key', 'allegations', b64("cursor:v1:Allegation:zzz' OR 1=1")],
      ['a hex number', 'resolutions', b64('cursor:v1:Resolution:0x10')],
      ['another type', 'resolutions', b64('cursor:v1:Allegation:oil-flows-through-turkey')],
    ])('refuses a forged cursor (%s) with BAD_USER_INPUT', async (_what, field, cursor) => {
      const res = await post({ query: `query ($c: String) { ${field}(first: 2, after: $c) { totalCount } }`, variables: { c: cursor } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    });

    it.each(['%', '.*', "'", '   '])('refuses a topic filter that normalises to nothing (%j) instead of matching everything', async (topic) => {
      const res = await post({ query: 'query ($t: String) { resolutions(filter: { topic: $t }) { totalCount } }', variables: { t: topic } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a name that normalises to nothing', async () => {
      const res = await post({ query: '{ allegations(filter: { named: "%" }) { totalCount } }' });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('browser safety', () => {
    it('answers a CORS preflight from an allowed origin, and leaves others without CORS headers', async () => {
      const allowed = await fetch(`${app.server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
      const other = await fetch(`${app.server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.status).toBe(204);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const simple = await post({ query: '{ topics { key } }' }, { 'content-type': 'application/json', origin: 'https://app.example.org' });
      expect(simple.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    });

    it('serves the playground with a CSP of its own files, no framing and nosniff', async () => {
      const res = await fetch(`${app.server.url}/`);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).not.toMatch(/<script>(?!<\/script>)/);
    });
  });
});
