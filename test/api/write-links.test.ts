// The write API's links through HTTP on both engines, from the real pipeline: a RELATION accepted with an edit (Actor.related shows it with since and until; a reopen retracts it, the decisions kept), a RESOLUTION_LINK (Resolution.evidence shows the article), mentions resolved and re-resolved, a new actor proposed for a mention; who may; on Neo4j the decision's transaction names the reviewer.
import 'reflect-metadata';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { runImport } from '../../src/import/import-runner';
import { useExtractor } from '../../src/graphql/candidate.resolver';
import { configureIngestPool, extractInPool } from '../../src/ingest/ingest-pool';
import { storeId, toGlobalId } from '../../src/ids';
import { ENGINES, codes, neo4jSettings, startTestApp, type TestApp } from '../helpers';
import { TOKENS, post, type Post } from './write-helpers';

/** A short wire text: a relation ("X, head of Y"), a person the graph does not know, a resolution described without its number. */
const TEXT =
  'Ilya Rogachev, head of the Department for New Challenges and Threats, spoke on Thursday. ' +
  'Kareem Haddad told reporters that the trade went on. ' +
  'The Security Council adopted a resolution on Thursday on the oil trade.';
const INPUT = { text: TEXT, title: 'Council acts on oil trade', publisher: 'Test Wire', publishedOn: '2015-02-13' };

const INGEST = `mutation ($input: IngestInput!) { ingestDocument(input: $input) {
  document { id mentions { id text start end actor { name } } }
  candidates { id kind status summary evidence { quote start end }
    subject { name actor { name } } object { name actor { name } } relation resolutions { number } name actorKind } } }`;

/** The UN votes of resolution 2199 (adopted 2015-02-12, the Thursday before the article): what a described reference is matched against. */
const VOTES_2199 = path.join(__dirname, '..', '..', 'seed', 'data', 'dhl_sc_voting_v6_2026-02-06_S-RES-2199-2015_rows.csv');

const RELATED = `query ($name: String!, $asOf: String) { actor(name: $name) { related(asOf: $asOf) {
  actor { name } relation since sincePrecision until untilPrecision direction evidence { quote start end document { id } } } } }`;

const MENTIONS = `query ($id: ID!) { node(id: $id) { ... on Document { mentions { id text actor { name } choices { name }
  decisions { actor action reason before after } } } } }`;

interface Ingested {
  document: { id: string; mentions: Array<{ id: string; text: string; start: number; end: number; actor: { name: string } | null }> };
  candidates: Array<{
    id: string;
    kind: string;
    status: string;
    summary: string;
    evidence: { quote: string; start: number; end: number };
    subject: { name: string; actor: { name: string } | null } | null;
    object: { name: string; actor: { name: string } | null } | null;
    relation: string | null;
    resolutions: Array<{ number: number }>;
  }>;
}

interface Related {
  actor: { name: string };
  relation: string;
  since: string | null;
  sincePrecision: string | null;
  until: string | null;
  untilPrecision: string | null;
  direction: string;
  evidence: Array<{ quote: string; start: number; end: number; document: { id: string } }>;
}

interface MentionView {
  id: string;
  text: string;
  actor: { name: string } | null;
  choices: Array<{ name: string }>;
  decisions: Array<{ actor: string; action: string; reason: string | null; before: { actorId: string | null }; after: { actorId: string | null } }>;
}

/** The requests' budget: the first ingest starts the extraction threads, which on a loaded machine takes more than the default 10 s. */
const BUDGET_MS = '120000';

const RELATION_QUOTE = 'Ilya Rogachev, head of the Department for New Challenges and Threats';

describe.each(ENGINES)('links accepted from a document on %s', (engine) => {
  let app: TestApp;
  let send: Post;
  let ingested: Ingested;
  const count = async (label: string) =>
    (await app.store.read<{ label: string; count: number }>('count-nodes-by-label')).find((l) => l.label === label)?.count ?? 0;
  const edges = async (type: string) =>
    (await app.store.read<{ type: string; count: number }>('count-relationships-by-type')).find((l) => l.type === type)?.count ?? 0;
  const byKind = (kind: string) => ingested.candidates.find((c) => c.kind === kind)!;
  const related = async (asOf?: string) => {
    const res = await send<{ actor: { related: Related[] } }>(RELATED, { name: 'Ilya Rogachev', asOf });
    expect(res.errors).toBeUndefined();
    return res.data!.actor.related.filter((r) => r.evidence.some((e) => e.document.id === ingested.document.id));
  };
  const mentions = async () => {
    const res = await send<{ node: { mentions: MentionView[] } }>(MENTIONS, { id: ingested.document.id });
    expect(res.errors).toBeUndefined();
    return res.data!.node.mentions;
  };
  const kareem = async () => (await mentions()).find((m) => m.text === 'Kareem Haddad')!;

  beforeAll(async () => {
    useExtractor(extractInPool);
    app = await startTestApp({ engine, env: { DOSSIER_API_TOKENS: TOKENS.env, DOSSIER_REQUEST_TIMEOUT_MS: BUDGET_MS } });
    await runImport(app.store, 'un-votes', VOTES_2199);
    send = post(app);
    const res = await send<{ ingestDocument: Ingested }>(INGEST, { input: INPUT }, TOKENS.ingester);
    expect(res.errors).toBeUndefined();
    ingested = res.data!.ingestDocument;
  }, 300_000);
  afterAll(async () => {
    configureIngestPool({}); // ends the extraction threads
    await app.close();
  });

  it('the pipeline proposes the relation, the new person and the resolution the text describes', () => {
    const start = TEXT.indexOf(RELATION_QUOTE);
    expect(byKind('RELATION')).toMatchObject({
      status: 'PENDING',
      evidence: { quote: RELATION_QUOTE, start, end: start + RELATION_QUOTE.length },
      subject: { name: 'Ilya Rogachev', actor: { name: 'Ilya Rogachev' } },
      object: { name: 'Department for New Challenges and Threats', actor: { name: 'Department for New Challenges and Threats' } },
      relation: 'HEAD_OF',
    });
    expect(byKind('RESOLUTION_LINK')).toMatchObject({ status: 'PENDING', evidence: { quote: 'a resolution' }, resolutions: [{ number: 2199 }] });
    expect(byKind('ACTOR')).toMatchObject({ status: 'PENDING', evidence: { quote: 'Kareem Haddad' } });
    // Mention ids are distinct and stable (the same on a second read).
    const ids = ingested.document.mentions.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ingested.document.mentions.find((m) => m.text === 'Kareem Haddad')).toMatchObject({ actor: null });
  });

  it('refuses a relation whose party is an ambiguous name (AMBIGUOUS_NAME naming the choices) or unknown, writing nothing', async () => {
    const decisions = await count('Decision');
    const ambiguous = await send(
      `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { status } }`,
      { id: byKind('RELATION').id, edit: { object: 'mission' } },
      TOKENS.reviewer,
    );
    expect(codes(ambiguous)).toEqual(['AMBIGUOUS_NAME']);
    const choices = ((ambiguous.errors![0]!.extensions as Record<string, unknown>).candidates as Array<{ name: string }>).map((c) => c.name).sort();
    expect(choices).toEqual(['Permanent Mission of Russia to the United Nations', "Spokesman for Russia's UN mission"]);
    const unknown = await send(
      `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { status } }`,
      { id: byKind('RELATION').id, edit: { subject: 'Nobody Of That Name' } },
      TOKENS.reviewer,
    );
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.message).toMatch(/no actor is called "Nobody Of That Name"/);
    expect(await count('Decision')).toBe(decisions);
    expect(await related()).toEqual([]);
  });

  it('accepts a relation with an edit: Actor.related shows it with since, until and its evidence; asOf keeps to when it held', async () => {
    const res = await send<{ acceptCandidate: { status: string; relation: string; object: { actor: { name: string } }; facts: string[] } }>(
      `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { status relation object { actor { name } } facts } }`,
      {
        id: byKind('RELATION').id,
        edit: { relation: 'DEPUTY_HEAD_OF', object: 'Ministry of Foreign Affairs of the Russian Federation', since: '2014-06', until: '2016' },
      },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptCandidate).toMatchObject({
      status: 'ACCEPTED',
      relation: 'DEPUTY_HEAD_OF',
      object: { actor: { name: 'Ministry of Foreign Affairs of the Russian Federation' } },
    });
    expect(res.data!.acceptCandidate.facts).toHaveLength(1);
    const start = TEXT.indexOf(RELATION_QUOTE);
    const expected: Related = {
      actor: { name: 'Ministry of Foreign Affairs of the Russian Federation' },
      relation: 'DEPUTY_HEAD_OF',
      since: '2014-06',
      sincePrecision: 'MONTH',
      until: '2016',
      untilPrecision: 'YEAR',
      direction: 'OUTGOING',
      evidence: [{ quote: RELATION_QUOTE, start, end: start + RELATION_QUOTE.length, document: { id: ingested.document.id } }],
    };
    expect(await related()).toEqual([expected]);
    expect(await related('2015')).toEqual([expected]);
    expect(await related('2014-01')).toEqual([]);
    expect(await related('2016-06')).toEqual([]);
    // The other side sees it incoming.
    const ministry = await send<{ actor: { related: Array<{ actor: { name: string }; relation: string; direction: string }> } }>(
      `{ actor(name: "Ministry of Foreign Affairs of the Russian Federation") { related { actor { name } relation direction } } }`,
    );
    expect(ministry.data!.actor.related).toContainEqual({ actor: { name: 'Ilya Rogachev' }, relation: 'DEPUTY_HEAD_OF', direction: 'INCOMING' });
  });

  it('reopens the relation: Actor.related no longer lists it, the edge is kept as retracted, the decisions stay', async () => {
    const retracted = await edges('RETRACTED_RELATED_TO');
    const res = await send<{
      reopenCandidate: { status: string; facts: string[]; decisions: Array<{ actor: string; action: string; reason: string | null }> };
    }>(
      `mutation ($id: ID!) { reopenCandidate(id: $id, reason: "he was deputy head of the department, not of the ministry") { status facts decisions { actor action reason } } }`,
      { id: byKind('RELATION').id },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reopenCandidate).toEqual({
      status: 'PENDING',
      facts: [],
      decisions: [
        { actor: 'alice', action: 'ACCEPT', reason: null },
        { actor: 'alice', action: 'REOPEN', reason: 'he was deputy head of the department, not of the ministry' },
      ],
    });
    expect(await related()).toEqual([]);
    expect(await edges('RETRACTED_RELATED_TO')).toBe(retracted + 1);
    // Accepted again as proposed: the seed's tie and the document's both listed.
    const again = await send(`mutation ($id: ID!) { acceptCandidate(id: $id) { status } }`, { id: byKind('RELATION').id }, TOKENS.reviewer);
    expect(again.errors).toBeUndefined();
    expect((await related()).map((r) => [r.actor.name, r.relation, r.since, r.until])).toEqual([
      ['Department for New Challenges and Threats', 'HEAD_OF', null, null],
    ]);
  });

  it('accepts a resolution link (the one resolution proposed is implied): Resolution.evidence shows the article; a reopen takes it off', async () => {
    const quotes = async () =>
      (
        await send<{ resolution: { evidence: Array<{ quote: string; start: number; document: { id: string } }> } }>(
          `{ resolution(number: 2199) { evidence { quote start document { id } } } }`,
        )
      ).data!.resolution.evidence.filter((e) => e.document.id === ingested.document.id);
    expect(await quotes()).toEqual([]);
    const link = byKind('RESOLUTION_LINK');
    const res = await send<{ acceptCandidate: { status: string; facts: string[]; resolutions: Array<{ number: number }> } }>(
      `mutation ($id: ID!) { acceptCandidate(id: $id) { status facts resolutions { number } } }`,
      { id: link.id },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptCandidate).toEqual({ status: 'ACCEPTED', facts: [toGlobalId(storeId('Resolution', 2199))], resolutions: [{ number: 2199 }] });
    expect(await quotes()).toEqual([{ quote: 'a resolution', start: TEXT.indexOf('a resolution'), document: { id: ingested.document.id } }]);

    await send(`mutation ($id: ID!) { reopenCandidate(id: $id, reason: "not sure which") { status } }`, { id: link.id }, TOKENS.reviewer);
    expect(await quotes()).toEqual([]);
    // A resolution the reviewer names instead.
    const picked = await send<{ acceptCandidate: { facts: string[] } }>(
      `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { facts } }`,
      { id: link.id, edit: { resolution: toGlobalId(storeId('Resolution', 2253)) } },
      TOKENS.reviewer,
    );
    expect(picked.errors).toBeUndefined();
    expect(picked.data!.acceptCandidate.facts).toEqual([toGlobalId(storeId('Resolution', 2253))]);
    const r2253 = await send<{ resolution: { evidence: Array<{ quote: string; document: { id: string } }> } }>(
      `{ resolution(number: 2253) { evidence { quote document { id } } } }`,
    );
    expect(r2253.data!.resolution.evidence.filter((e) => e.document.id === ingested.document.id)).toEqual([
      { quote: 'a resolution', document: { id: ingested.document.id } },
    ]);
  });

  it('resolves a mention, then re-resolves it: the mention names the new actor, the choices unchanged, both decisions kept', async () => {
    const before = await kareem();
    expect(before).toMatchObject({ actor: null, choices: [], decisions: [] });
    const resolve = `mutation ($id: ID!, $actorId: ID!, $reason: String) { resolveMention(id: $id, actorId: $actorId, reason: $reason) {
      id text actor { name } choices { name } decisions { actor action reason before after } } }`;
    const jordan = toGlobalId(storeId('Actor', 'jordan'));
    const first = await send<{ resolveMention: MentionView }>(resolve, { id: before.id, actorId: jordan, reason: 'he speaks for Jordan' }, TOKENS.reviewer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.resolveMention).toMatchObject({ id: before.id, text: 'Kareem Haddad', actor: { name: 'Jordan' }, choices: [] });
    const second = await send<{ resolveMention: MentionView }>(
      resolve,
      { id: before.id, actorId: toGlobalId(storeId('Actor', 'russia')) },
      TOKENS.otherReviewer,
    );
    expect(second.errors).toBeUndefined();
    const after = await kareem();
    expect(after.actor).toEqual({ name: 'Russia' });
    expect(after.choices).toEqual([]);
    expect(after.decisions).toEqual([
      { actor: 'alice', action: 'RESOLVE_MENTION', reason: 'he speaks for Jordan', before: { actorId: null }, after: { actorId: 'Actor:jordan' } },
      { actor: 'bob', action: 'RESOLVE_MENTION', reason: null, before: { actorId: 'Actor:jordan' }, after: { actorId: 'Actor:russia' } },
    ]);
    const missing = await send(resolve, { id: before.id, actorId: toGlobalId('Actor:nobody') }, TOKENS.reviewer);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect((await kareem()).decisions).toHaveLength(2);
  });

  it('proposes a new actor for a mention; accepting it creates the actor and resolves the mention, a reopen restores the mention', async () => {
    const mention = await kareem();
    const proposed = await send<{ proposeActor: { id: string; kind: string; status: string; name: string; actorKind: string; evidence: { quote: string } } }>(
      `mutation ($m: ID!) { proposeActor(mentionId: $m, kind: PERSON, name: "Kareem Haddad") { id kind status name actorKind evidence { quote } } }`,
      { m: mention.id },
      TOKENS.reviewer,
    );
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeActor).toMatchObject({
      kind: 'ACTOR',
      status: 'PENDING',
      name: 'Kareem Haddad',
      actorKind: 'PERSON',
      evidence: { quote: 'Kareem Haddad' },
    });
    const twice = await send(`mutation ($m: ID!) { proposeActor(mentionId: $m, kind: PERSON) { id } }`, { m: mention.id }, TOKENS.reviewer);
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    const queue = await send<{ reviewQueue: { edges: Array<{ node: { id: string } }> } }>(
      `query ($doc: ID) { reviewQueue(documentId: $doc, kinds: [ACTOR], status: PENDING) { edges { node { id } } } }`,
      { doc: ingested.document.id },
    );
    expect(queue.data!.reviewQueue.edges.map((e) => e.node.id)).toContain(proposed.data!.proposeActor.id);

    const accepted = await send(`mutation ($id: ID!) { acceptCandidate(id: $id) { status } }`, { id: proposed.data!.proposeActor.id }, TOKENS.reviewer);
    expect(accepted.errors).toBeUndefined();
    const resolved = await kareem();
    expect(resolved.actor).toEqual({ name: 'Kareem Haddad' });
    expect(resolved.decisions.map((d) => [d.actor, d.action, d.after.actorId])).toEqual([
      ['alice', 'RESOLVE_MENTION', 'Actor:jordan'],
      ['bob', 'RESOLVE_MENTION', 'Actor:russia'],
      ['alice', 'RESOLVE_MENTION', 'Actor:kareem-haddad'],
    ]);
    const person = await send<{ actor: { name: string; kind: string } | null }>(`{ actor(name: "Kareem Haddad") { name kind } }`);
    expect(person.data!.actor).toEqual({ name: 'Kareem Haddad', kind: 'PERSON' });

    await send(`mutation ($id: ID!) { reopenCandidate(id: $id, reason: "a duplicate") { status } }`, { id: proposed.data!.proposeActor.id }, TOKENS.reviewer);
    const restored = await kareem();
    expect(restored.actor).toEqual({ name: 'Russia' });
    expect(restored.decisions.at(-1)).toMatchObject({
      actor: 'alice',
      action: 'RESOLVE_MENTION',
      before: { actorId: 'Actor:kareem-haddad' },
      after: { actorId: 'Actor:russia' },
    });
    expect((await send<{ actor: unknown }>(`{ actor(name: "Kareem Haddad") { name } }`)).data!.actor).toBeNull();
  });

  it('refuses the new mutations without a token (401) or with a role that may not (403), writing nothing', async () => {
    const mention = await kareem();
    const decisions = await count('Decision');
    const candidates = await count('Candidate');
    const resolve = `mutation ($id: ID!, $actorId: ID!) { resolveMention(id: $id, actorId: $actorId) { id } }`;
    const propose = `mutation ($m: ID!) { proposeActor(mentionId: $m, kind: ORGANIZATION) { id } }`;
    const accept = `mutation ($id: ID!) { acceptCandidate(id: $id) { id } }`;
    const vars = { id: mention.id, actorId: toGlobalId(storeId('Actor', 'jordan')) };
    for (const [query, variables] of [
      [resolve, vars],
      [propose, { m: mention.id }],
      [accept, { id: byKind('ACTOR').id }],
    ] as const) {
      const anonymous = await send(query, variables);
      expect([anonymous.status, codes(anonymous)]).toEqual([401, ['UNAUTHENTICATED']]);
      const ingester = await send(query, variables, TOKENS.ingester);
      expect([ingester.status, codes(ingester)]).toEqual([403, ['FORBIDDEN']]);
    }
    expect([await count('Decision'), await count('Candidate')]).toEqual([decisions, candidates]);
    expect((await kareem()).actor).toEqual({ name: 'Russia' });
  });
});

const maybe = ENGINES.includes('neo4j') ? describe : describe.skip;

maybe('transaction metadata on Neo4j', () => {
  let app: TestApp;
  let send: Post;
  beforeAll(async () => {
    useExtractor(extractInPool);
    app = await startTestApp({ engine: 'neo4j', env: { DOSSIER_API_TOKENS: TOKENS.env, DOSSIER_REQUEST_TIMEOUT_MS: BUDGET_MS } });
    await runImport(app.store, 'un-votes', VOTES_2199);
    send = post(app);
  }, 300_000);
  afterAll(async () => {
    configureIngestPool({});
    await app.close();
  });

  it('SHOW TRANSACTIONS names the reviewer and the decision while an accept waits for a lock another session holds', async () => {
    const res = await send<{ ingestDocument: Ingested }>(INGEST, { input: { ...INPUT, title: 'metadata' } }, TOKENS.ingester);
    expect(res.errors).toBeUndefined();
    const link = res.data!.ingestDocument.candidates.find((c) => c.kind === 'RESOLUTION_LINK')!;
    const candidateKey = Buffer.from(link.id, 'base64url').toString('utf8');
    const settings = neo4jSettings();
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    const holder = driver.session({ database: settings.database });
    const watcher = driver.session({ database: settings.database });
    try {
      // Another session holds the candidate's write lock: the accept's first statement (record-decision) waits for it, its transaction open.
      const held = holder.beginTransaction();
      await held.run('MATCH (c:Candidate {id: $id}) SET c.heldByTest = true', { id: candidateKey });
      const accepting = send<{ acceptCandidate: { status: string } }>(
        `mutation ($id: ID!) { acceptCandidate(id: $id) { status } }`,
        { id: link.id },
        TOKENS.reviewer,
      );
      let settled = false;
      void accepting.finally(() => (settled = true));
      let seen: Record<string, unknown>[] = [];
      while (seen.length === 0 && !settled) {
        const rows = await watcher.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.actor = 'alice' RETURN metaData");
        seen = rows.records.map((r) => r.get('metaData') as Record<string, unknown>);
      }
      expect(seen).toEqual([{ actor: 'alice', decision: `Decision:${candidateKey.replace(/^Candidate:/, '')}-1` }]);
      await held.rollback();
      const accepted = await accepting;
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptCandidate.status).toBe('ACCEPTED');
    } finally {
      await holder.close();
      await watcher.close();
      await driver.close();
    }
  });
});
