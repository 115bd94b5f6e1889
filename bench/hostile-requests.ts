// Hostile HTTP requests for fuzzing (fast-check arbitraries) and the check every answer must pass.
import fc from 'fast-check';
import { EXAMPLE_QUERIES } from '../src/playground/playground';

/** One request to send. */
export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const FIELDS = [
  'actor',
  'resolution',
  'resolutions',
  'allegations',
  'statesNamedInConnectionWith',
  'search',
  'node',
  'stats',
  'topics',
  'connections',
  'meeting',
  'evidence',
  'document',
  'text',
  'context',
  'related',
  'edges',
  'name',
  'id',
  'quote',
  '__schema',
  '__type',
  '__typename',
  'x',
];
const ARGS = ['name', 'number', 'first', 'after', 'topic', 'filter', 'id', 'text', 'start', 'end', 'chars', 'maxHops', 'from', 'to', 'symbol'];
const VALUES = fc.oneof(
  fc.integer().map(String),
  fc.constantFrom('2199', '-1', '0', '101', '2147483648', '1e308', '9007199254740993', 'null', 'true', '$v', '[]', '{}', '{ topic: "oil" }', '[1, "a", null]'),
  fc.string({ maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"%"', '".*"', `"' OR 1=1 --"`, '"MATCH (n) DETACH DELETE n"', '"\\u0000"', '"Y3Vyc29yOnYxOlJlc29sdXRpb246MHgxMA"'),
);
const NAME = fc.constantFrom(...FIELDS);

/** A GraphQL-looking document: nested selections with aliases, arguments, directives, fragments and operation kinds. */
const DOCUMENT: fc.Arbitrary<string> = fc
  .letrec<{ selection: string; set: string }>((tie) => ({
    selection: fc
      .tuple(
        fc.option(fc.constantFrom('a', 'b', 'x1', '__typename'), { nil: undefined }),
        NAME,
        fc.option(fc.array(fc.tuple(fc.constantFrom(...ARGS), VALUES), { maxLength: 3 }), { nil: undefined }),
        fc.option(fc.constantFrom('@include(if: true)', '@skip(if: false)', '@deprecated', '@include(if: $v)'), { nil: undefined }),
        fc.option(tie('set'), { nil: undefined }),
      )
      .map(([alias, name, args, directive, set]) =>
        [
          alias ? `${alias}: ` : '',
          name,
          args?.length ? `(${args.map(([k, v]) => `${k}: ${v}`).join(', ')})` : '',
          directive ? ` ${directive}` : '',
          set ? ` ${set}` : '',
        ].join(''),
      ),
    set: fc.array(tie('selection'), { minLength: 1, maxLength: 4, depthIdentifier: 'doc' }).map((items) => `{ ${items.join(' ')} }`),
  }))
  .set.chain((set) =>
    fc.constantFrom(
      set,
      `query Q($v: Int) ${set}`,
      `mutation ${set}`,
      `subscription ${set}`,
      `query ${set} fragment F on Actor ${set}`,
      `{ ...F } fragment F on Query ${set}`,
    ),
  );

/** A known-good operation with characters inserted, removed or swapped. */
const MUTATED = fc
  .tuple(
    fc.constantFrom(...EXAMPLE_QUERIES.map((q) => q.query)),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '{', '}', '(', ')', '"', '$', '@', '...', '#', '\u0000', 'ä')), { maxLength: 4 }),
  )
  .map(([query, edits]) => edits.reduce((q, [at, text]) => q.slice(0, at % (q.length + 1)) + text + q.slice((at % (q.length + 1)) + 1), query));

const JSON_VALUE = fc.jsonValue({ maxDepth: 3 });

/** A hostile body: odd JSON shapes, wrong types, batches, persisted-query extensions, raw bytes. */
const BODY: fc.Arbitrary<string> = fc.oneof(
  fc.record({ query: fc.oneof(DOCUMENT, MUTATED) }).map((b) => JSON.stringify(b)),
  fc
    .record({
      query: fc.oneof(DOCUMENT, MUTATED),
      variables: fc.oneof(JSON_VALUE, fc.record({ v: JSON_VALUE })),
      operationName: fc.option(fc.string({ maxLength: 10 })),
    })
    .map((b) => JSON.stringify(b)),
  fc.record({ query: JSON_VALUE }).map((b) => JSON.stringify(b)),
  fc
    .record({
      query: fc.option(fc.constantFrom('{ topics { key } }', '{ x }'), { nil: undefined }),
      extensions: fc.record({ persistedQuery: fc.record({ version: fc.constantFrom(1, 2, '1'), sha256Hash: fc.string({ maxLength: 64 }) }) }),
    })
    .map((b) => JSON.stringify(b)),
  fc.array(fc.record({ query: DOCUMENT }), { maxLength: 3 }).map((b) => JSON.stringify(b)),
  JSON_VALUE.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

const CONTENT_TYPE = fc.constantFrom(
  'application/json',
  'Application/JSON; charset=UTF-8',
  'application/jsonx',
  'text/plain',
  'application/graphql',
  'multipart/form-data; boundary=x',
  '',
  'application/json; charset',
);

/** Requests a hostile client could send to Dossier. */
export const HOSTILE_REQUEST: fc.Arbitrary<HostileRequest> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/graphql'),
      headers: CONTENT_TYPE.map((t): Record<string, string> => (t ? { 'content-type': t } : {})),
      body: BODY,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      method: fc.constant('GET'),
      path: fc.oneof(DOCUMENT, MUTATED).map((q) => `/graphql?query=${encodeURIComponent(q)}`),
      headers: fc.constant({ 'apollo-require-preflight': 'true' }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'GET', 'HEAD'),
      path: fc.constantFrom('/graphql', '/health', '/', '/playground/graphiql.js', '/../../etc/passwd', '/%00', '/graphql?query=%7B'),
      headers: fc.constant({ origin: 'https://evil.example' }),
    }),
  },
);

/** Statuses a hostile request may get (431: Node refuses headers over 16 KB, a long GET query); anything else (a 500 above all) is a defect. */
export const ALLOWED_STATUSES = new Set([200, 204, 400, 403, 404, 405, 413, 414, 415, 431, 503, 504]);

/** Sends a request; returns the problem with its answer, or null when the answer is coded and the server is fine. */
export async function sendAndCheck(baseUrl: string, request: HostileRequest): Promise<string | null> {
  const res = await fetch(baseUrl + request.path, { method: request.method, headers: request.headers, body: request.body });
  const text = await res.text();
  if (!ALLOWED_STATUSES.has(res.status)) return `status ${res.status}: ${text.slice(0, 200)}`;
  if (request.method === 'HEAD' || res.status === 204 || !(res.headers.get('content-type') ?? '').includes('json')) return null;
  let body: { errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `not JSON (status ${res.status}): ${text.slice(0, 200)}`;
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return `an error without a code: ${text.slice(0, 200)}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${text.slice(0, 200)}`;
  }
  return null;
}
