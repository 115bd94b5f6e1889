// Who may write, through HTTP on both engines: no, wrong, malformed or expired tokens are 401 and write nothing, a role that may not is 403, JWTs are verified (secret and JWKS file), no configured writer refuses every mutation saying how to configure one, and tokens never reach the log.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadJose } from '../../src/auth/jose';
import { loadConfig } from '../../src/config';
import { useExtractor } from '../../src/graphql/candidate.resolver';
import { ENGINES, startTestApp, tempDir, type TestApp } from '../helpers';
import { TOKENS, extractionInput, handExtraction, post, type Post } from './write-helpers';

const INGEST = `mutation ($input: IngestInput!) { ingestDocument(input: $input) { duplicate document { id } candidates { id } } }`;
const SECRET = 'a-jwt-secret-of-at-least-32-characters-0123';
const JWT_ENV = { DOSSIER_JWT_SECRET: SECRET, DOSSIER_JWT_ISSUER: 'https://id.example.org/', DOSSIER_JWT_AUDIENCE: 'dossier' };

/** A JWT signed with `key` (HS256 with the secret unless given), for `sub`, with these claims. */
async function jwt(claims: Record<string, unknown>, options: { sub?: string; expiresIn?: string | number; issuer?: string; audience?: string } = {}) {
  const jose = loadJose();
  return new jose.SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.sub ?? 'carol@example.org')
    .setIssuer(options.issuer ?? JWT_ENV.DOSSIER_JWT_ISSUER)
    .setAudience(options.audience ?? JWT_ENV.DOSSIER_JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(SECRET));
}

/** Documents and candidates in the store. */
async function written(app: TestApp): Promise<[number, number]> {
  const labels = await app.store.read<{ label: string; count: number }>('count-nodes-by-label');
  const of = (label: string) => labels.find((l) => l.label === label)?.count ?? 0;
  return [of('Document'), of('Candidate')];
}

/** Who ingested a document (its GraphQL id), as the store records it. */
async function ingestedBy(app: TestApp, documentId: string): Promise<unknown> {
  const id = Buffer.from(documentId, 'base64url').toString('utf8');
  const rows = await app.store.readUserCypher('MATCH (d:Document {id: $id}) RETURN d.ingestedBy AS by', { id }, { maxRows: 1, timeoutMs: 60_000 });
  return rows.rows[0]?.by;
}

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  let send: Post;
  const logged: string[] = [];

  beforeAll(async () => {
    useExtractor(handExtraction);
    app = await startTestApp({ engine, env: { DOSSIER_API_TOKENS: TOKENS.env, ...JWT_ENV }, log: (line) => logged.push(line) });
    send = post(app);
  }, 120_000);
  afterAll(() => app.close());

  const refusals: Array<[string, string | undefined, RegExp]> = [
    ['no token', undefined, /ingestDocument needs a writer's token/],
    ['a wrong token', `Bearer ${TOKENS.reviewer.slice(0, -1)}x`, /The bearer token is not valid/],
    ['a header that is not Bearer', `Basic ${Buffer.from('alice:secret').toString('base64')}`, /must be "Bearer <token>"/],
    ['an empty Bearer', 'Bearer ', /must be "Bearer <token>"/],
  ];
  it.each(refusals)('refuses %s with 401 UNAUTHENTICATED, writing nothing', async (_, authorization, message) => {
    const before = await written(app);
    const res = await send(INGEST, { input: extractionInput() }, null, authorization);
    expect(res.status).toBe(401);
    expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors![0]!.message).toMatch(message);
    expect(await written(app)).toEqual(before);
  });

  it('answers queries without a token, and refuses a query with a wrong one (401)', async () => {
    const open = await send<{ topics: unknown[] }>('{ topics { key } }');
    expect(open.status).toBe(200);
    expect(open.data!.topics.length).toBe(10);
    const wrong = await send('{ topics { key } }', undefined, 'not-a-token-of-anyone-at-all');
    expect(wrong.status).toBe(401);
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a role that may not (an ingester accepting) with 403 FORBIDDEN, writing nothing', async () => {
    const before = await written(app);
    const res = await send(
      `mutation { rejectCandidate(id: "${Buffer.from('Candidate:nothing-0').toString('base64url')}", reason: "x") { id } }`,
      undefined,
      TOKENS.ingester,
    );
    expect(res.status).toBe(403);
    expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.message).toBe('The role ingester may not run rejectCandidate (it needs reviewer or admin)');
    expect(await written(app)).toEqual(before);
  });

  it('lets each token write as its name: an ingester ingests', async () => {
    const res = await send<{ ingestDocument: { duplicate: boolean; document: { id: string }; candidates: unknown[] } }>(
      INGEST,
      { input: { text: 'A text with nothing to extract.', title: 't' } },
      TOKENS.ingester,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestDocument).toEqual({ duplicate: false, document: { id: expect.any(String) }, candidates: [] });
    expect(await ingestedBy(app, res.data!.ingestDocument.document.id)).toBe('ingest-bot');
  });

  describe('JWTs', () => {
    it('accepts a valid token: the role from its claim, the writer its subject', async () => {
      const token = await jwt({ role: 'reviewer' });
      const res = await send<{ ingestDocument: { duplicate: boolean; document: { id: string } } }>(
        INGEST,
        { input: { text: 'Another text with nothing in it.', title: 'j' } },
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.ingestDocument.duplicate).toBe(false);
      expect(await ingestedBy(app, res.data!.ingestDocument.document.id)).toBe('carol@example.org');
    });

    const bad: Array<[string, () => Promise<string>, RegExp]> = [
      ['expired', () => jwt({ role: 'admin' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 }), /The token has expired/],
      ['of another issuer', () => jwt({ role: 'admin' }, { issuer: 'https://evil.example.org/' }), /not valid/],
      ['for another audience', () => jwt({ role: 'admin' }, { audience: 'someone-else' }), /not valid/],
      ['without a known role', () => jwt({ role: 'superuser' }), /"role" claim names none of the roles/],
      [
        'signed with another secret',
        async () =>
          new (loadJose().SignJWT)({ role: 'admin' })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('mallory')
            .setIssuer(JWT_ENV.DOSSIER_JWT_ISSUER)
            .setAudience(JWT_ENV.DOSSIER_JWT_AUDIENCE)
            .setExpirationTime('5m')
            .sign(new TextEncoder().encode('another-secret-of-at-least-32-characters!!')),
        /not valid/,
      ],
    ];
    it.each(bad)('refuses a token %s with 401, writing nothing', async (_, make, message) => {
      const before = await written(app);
      const res = await send(INGEST, { input: extractionInput() }, await make());
      expect(res.status).toBe(401);
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect(res.errors![0]!.message).toMatch(message);
      expect(await written(app)).toEqual(before);
    });

    it('takes a JWT of role ingester as an ingester (403 on accept)', async () => {
      const res = await send(
        `mutation { acceptCandidate(id: "${Buffer.from('Candidate:nothing-0').toString('base64url')}") { id } }`,
        undefined,
        await jwt({ role: 'ingester' }),
      );
      expect(res.status).toBe(403);
      expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    });
  });

  it('never logs a token', () => {
    const all = logged.join('\n');
    for (const token of [TOKENS.ingester, TOKENS.reviewer, TOKENS.admin, SECRET]) expect(all).not.toContain(token);
    expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });
});

describe('with no writer configured', () => {
  let app: TestApp;
  let send: Post;
  beforeAll(async () => {
    useExtractor(handExtraction);
    app = await startTestApp({ engine: 'embedded' });
    send = post(app);
  });
  afterAll(() => app.close());

  it('refuses every mutation, saying how to configure a token, and writes nothing', async () => {
    const before = await written(app);
    const res = await send(INGEST, { input: extractionInput() });
    expect(res.status).toBe(401);
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(res.errors![0]!.message).toMatch(/Writes are disabled: no API tokens are configured\. Writes need a token: set DOSSIER_API_TOKENS=name:role:token/);
    const withToken = await send(INGEST, { input: extractionInput() }, TOKENS.admin);
    expect(withToken.status).toBe(401);
    expect(withToken.errors![0]!.message).toMatch(/No API tokens are configured on this server\. .*DOSSIER_JWT_SECRET/);
    expect(await written(app)).toEqual(before);
  });
});

describe('a JWKS file', () => {
  let app: TestApp;
  let send: Post;
  let sign: (claims: Record<string, unknown>) => Promise<string>;
  beforeAll(async () => {
    useExtractor(handExtraction);
    const jose = loadJose();
    const { publicKey, privateKey } = await jose.generateKeyPair('ES256');
    const jwk = { ...(await jose.exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const file = path.join(tempDir(), 'jwks.json');
    fs.writeFileSync(file, JSON.stringify({ keys: [jwk] }));
    sign = (claims) =>
      new jose.SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject('dave')
        .setIssuer('https://idp.example.org/')
        .setAudience('dossier-api')
        .setExpirationTime('5m')
        .sign(privateKey);
    app = await startTestApp({
      engine: 'embedded',
      env: {
        DOSSIER_JWT_JWKS_FILE: file,
        DOSSIER_JWT_ISSUER: 'https://idp.example.org/',
        DOSSIER_JWT_AUDIENCE: 'dossier-api',
        DOSSIER_JWT_ROLE_CLAIM: 'roles',
      },
    });
    send = post(app);
  });
  afterAll(() => app.close());

  it('verifies tokens against its keys, the role from a list claim', async () => {
    const ok = await send<{ ingestDocument: { candidates: unknown[] } }>(
      INGEST,
      { input: { text: 'Nothing to extract here either.' } },
      await sign({ roles: ['viewer', 'ingester'] }),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.ingestDocument.candidates).toEqual([]);
    const forged = (await sign({ roles: ['admin'] })).replace(/\.[^.]+$/, '.AAAA');
    const res = await send(INGEST, { input: extractionInput() }, forged);
    expect(res.status).toBe(401);
  });
});

describe('DOSSIER_API_TOKENS', () => {
  it.each([
    ['alice:reviewer:short-secret', /entry 1 \("alice"\) has a token shorter than 24 characters/],
    ['alice:owner:0123456789abcdefghijklmnop', /entry 1 \("alice"\) has role "owner"; roles are ingester, reviewer, admin/],
    ['just-a-token-0123456789abcdefghij', /entry 1 must be name:role:token/],
  ])('refuses %s without repeating the token', (value, message) => {
    let error: Error | null = null;
    try {
      loadConfig({ DOSSIER_API_TOKENS: value });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain(value.split(':').at(-1));
  });

  it('requires an issuer and an audience with a JWT secret', () => {
    expect(() => loadConfig({ DOSSIER_JWT_SECRET: SECRET })).toThrow('JWTs need DOSSIER_JWT_ISSUER and DOSSIER_JWT_AUDIENCE');
  });
});
