// Every client mistake gets its own code and status, and none is logged as an internal error.
import net from 'node:net';
import { codes, startTestApp, type TestApp, ENGINES } from '../helpers';

/** Sends raw bytes to a server and resolves with what it answers (status line and body), once it closes or `idleMs` pass. */
function raw(url: string, request: string, idleMs = 3000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let answer = '';
    socket.setTimeout(idleMs, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

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
    it.each([
      ['subscription { x }', /The subscription operation is not supported: this API answers queries and mutations only/],
      ['mutation { x }', /Cannot query field "x" on type "Mutation"/],
      ['mutation M { addActor(name: "x") { id } }', /Cannot query field "addActor" on type "Mutation"/],
    ])('refuses %s with 400 GRAPHQL_VALIDATION_FAILED, logging no error', async (query, message) => {
      const before = errorLines().length;
      const res = await post({ query });
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0]!.message).toMatch(message);
      expect(errorLines().length).toBe(before);
    });
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
        // 100 actors × 100 related × 100 related (each page counted at most 100): refused on any store, whatever it holds.
        '{ actors(first: 100) { edges { node { related(first: 500) { actor { related(first: 500) { actor { name } } } } } } } }',
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
        // No partial data: none at all (null, or absent when the deadline came before execution began).
        expect(body.data ?? null).toBeNull();
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
  describe("the server's edges", () => {
    it('answers malformed request targets and path escapes 400, never 500, logging no error', async () => {
      const before = errorLines().length;
      for (const target of ['//[', '//a:99999/graphql', '/db/%E0%A4%A/query/v2']) {
        const answer = await raw(app.server.url, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        expect(answer).toMatch(/^HTTP\/1\.1 400 /);
        expect(answer).toContain('"code":"BAD_REQUEST"');
      }
      const post = await raw(
        app.server.url,
        'POST /db/%E0%A4%A/query/v2 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
      );
      expect(post).toMatch(/^HTTP\/1\.1 400 /);
      expect(errorLines().length).toBe(before);
    });

    it('answers HEAD like GET, without a body', async () => {
      for (const path of ['/', '/explore', '/health']) {
        const head = await fetch(`${app.server.url}${path}`, { method: 'HEAD' });
        const get = await fetch(`${app.server.url}${path}`);
        expect([path, head.status, head.headers.get('content-type')]).toEqual([path, get.status, get.headers.get('content-type')]);
        expect(await head.text()).toBe('');
        expect((await get.text()).length).toBeGreaterThan(0);
      }
    });

    it('ends a body that stops arriving with 408 REQUEST_TIMEOUT and closes its connection', async () => {
      const slow = await startTestApp({ engine, env: { DOSSIER_BODY_TIMEOUT_MS: '300' } });
      try {
        const started = Date.now();
        const answer = await raw(
          slow.server.url,
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
          5000,
        );
        expect(answer).toMatch(/^HTTP\/1\.1 408 /);
        expect(answer).toContain('"code":"REQUEST_TIMEOUT"');
        expect(Date.now() - started).toBeLessThan(3000);
      } finally {
        await slow.close();
      }
    });

    it('logs client aborts at info, never as errors', async () => {
      const before = errorLines().length;
      const aborted = Array.from({ length: 20 }, async () => {
        const controller = new AbortController();
        const pending = fetch(`${app.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ statesNamedInConnectionWith(topic: "oil") { state { name } allegations { summary evidence { quote } } } }' }),
          signal: controller.signal,
        });
        setImmediate(() => controller.abort());
        await pending.catch(() => undefined);
      });
      // Half-sent bodies, cut by the client.
      for (let i = 0; i < 10; i++) {
        const { hostname, port } = new URL(app.server.url);
        await new Promise<void>((resolve) => {
          const socket = net.connect(Number(port), hostname, () => {
            socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"qu');
            setTimeout(() => socket.destroy(), 20);
          });
          socket.on('close', () => resolve());
          socket.on('error', () => resolve());
        });
      }
      await Promise.all(aborted);
      expect((await app.gql<{ topics: unknown[] }>('{ topics { key } }')).data?.topics).toHaveLength(10);
      expect(errorLines().slice(before)).toEqual([]);
    });
  });
});
