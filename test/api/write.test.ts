// The write API through HTTP on both engines: ingest → review queue → accept (the flagship and the lists show the fact with its quote) → a denial changes the status → reopen takes it back; reject; duplicates; bad input writes nothing.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { useExtractor } from '../../src/graphql/candidate.resolver';
import { configureIngestPool, extractInPool } from '../../src/ingest/ingest-pool';
import { storeId, toGlobalId } from '../../src/ids';
import { WriteStepUnmetError, type GraphStore, type WriteStep } from '../../src/store/graph-store';
import { ENGINES, openTestStore, startTestApp, type TestApp } from '../helpers';
import { ARTICLE, TOKENS, extractionInput, handExtraction, post, type Post } from './write-helpers';

interface CandidateView {
  id: string;
  kind: string;
  status: string;
  summary: string;
  evidence: { quote: string; start: number; end: number; document: { id: string } };
  claimant: { name: string; actor: { name: string } | null } | null;
  named: Array<{ name: string; role: string | null; actor: { name: string } | null }>;
  topics: string[];
  statedOn: { value: string | null; precision: string; text: string } | null;
  speaker: { actor: { name: string } | null } | null;
  answers: { id: string; status: string } | null;
  decisions: Array<{ actor: string; action: string; reason: string | null; before: { status: string } | null; after: { status: string } | null }>;
  facts: string[];
}

const CANDIDATE_FIELDS = `id kind status summary facts
  evidence { quote start end document { id } }
  claimant { name actor { name } } named { name role actor { name } } topics statedOn { value precision text }
  speaker { actor { name } } answers { id status }
  decisions { actor action reason before after }`;

const INGEST = `mutation ($input: IngestInput!) { ingestDocument(input: $input) {
  duplicate document { id title publishedOn mentions { text start end confidence actor { name } } }
  candidates { ${CANDIDATE_FIELDS} } } }`;

const FLAGSHIP = `{ statesNamedInConnectionWith(topic: "oil") { state { name } roles allegations { summary status claimant { name } evidence { quote start end document { title } } } } }`;

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  let send: Post;
  const count = async (label: string) =>
    (await app.store.read<{ label: string; count: number }>('count-nodes-by-label')).find((l) => l.label === label)?.count ?? 0;

  beforeAll(async () => {
    useExtractor(handExtraction);
    app = await startTestApp({
      engine,
      env: { DOSSIER_API_TOKENS: TOKENS.env, DOSSIER_INGEST_MAX_CHARS: '5000' },
      log: (l) => process.env.WRITE_TEST_LOG && process.stderr.write(l + '\n'),
    });
    send = post(app);
  }, 120_000);
  afterAll(() => app.close());

  let documentId = '';
  let candidates: CandidateView[] = [];
  let allegationId = '';
  const byKind = (kind: string) => candidates.find((c) => c.kind === kind)!;

  it('ingests an article: its document, mentions and candidates, nothing a fact yet', async () => {
    const allegationsBefore = await count('Allegation');
    const res = await send<{
      ingestDocument: { duplicate: boolean; document: { id: string; title: string; publishedOn: string; mentions: unknown[] }; candidates: CandidateView[] };
    }>(INGEST, { input: extractionInput() }, TOKENS.ingester);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    const result = res.data!.ingestDocument;
    expect(result.duplicate).toBe(false);
    expect(result.document.title).toBe(ARTICLE.title);
    expect(result.document.publishedOn).toBe('2016-03-04');
    expect(result.document.mentions).toEqual([
      { text: 'Russia', start: ARTICLE.text.indexOf('Russia'), end: ARTICLE.text.indexOf('Russia') + 6, confidence: 1, actor: { name: 'Russia' } },
      { text: 'Jordan', start: ARTICLE.text.indexOf('Jordan buys'), end: ARTICLE.text.indexOf('Jordan buys') + 6, confidence: 1, actor: { name: 'Jordan' } },
      {
        text: 'ISIL',
        start: ARTICLE.text.indexOf('ISIL'),
        end: ARTICLE.text.indexOf('ISIL') + 4,
        confidence: 1,
        actor: { name: 'Islamic State in Iraq and the Levant' },
      },
      {
        text: 'Ilya Rogachev',
        start: ARTICLE.text.indexOf('Ilya Rogachev'),
        end: ARTICLE.text.indexOf('Ilya Rogachev') + 13,
        confidence: 1,
        actor: { name: 'Ilya Rogachev' },
      },
      { text: 'Kareem', start: ARTICLE.text.indexOf('Kareem'), end: ARTICLE.text.indexOf('Kareem') + 6, confidence: 0.4, actor: null },
    ]);
    documentId = result.document.id;
    candidates = result.candidates;
    expect(candidates.map((c) => [c.kind, c.status])).toEqual([
      ['ALLEGATION', 'PENDING'],
      ['STATEMENT', 'PENDING'],
      ['ACTOR', 'PENDING'],
      ['RESOLUTION_LINK', 'PENDING'],
    ]);
    const allegation = byKind('ALLEGATION');
    expect(allegation.evidence).toEqual({
      quote: ARTICLE.allegationQuote,
      start: ARTICLE.text.indexOf(ARTICLE.allegationQuote),
      end: ARTICLE.text.indexOf(ARTICLE.allegationQuote) + ARTICLE.allegationQuote.length,
      document: { id: documentId },
    });
    expect(allegation.claimant).toEqual({ name: 'Ilya Rogachev', actor: { name: 'Ilya Rogachev' } });
    expect(allegation.named).toEqual([
      { name: 'Jordanian traders', role: 'BUYER', actor: { name: 'Jordan' } },
      { name: 'ISIL', role: 'SELLER', actor: { name: 'Islamic State in Iraq and the Levant' } },
    ]);
    expect(allegation.topics).toEqual(['oil']);
    expect(allegation.statedOn).toEqual({ value: '2016-03-02', precision: 'DAY_INFERRED', text: 'on Wednesday' });
    expect(allegation.decisions).toEqual([]);
    expect(await count('Allegation')).toBe(allegationsBefore);
  });

  it('returns the same document for the same text, adding nothing (duplicate)', async () => {
    const before = [await count('Document'), await count('Candidate'), await count('Mention')];
    const res = await send<{ ingestDocument: { duplicate: boolean; document: { id: string }; candidates: Array<{ id: string }> } }>(
      INGEST,
      { input: { ...extractionInput(), title: 'Another title' } },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestDocument.duplicate).toBe(true);
    expect(res.data!.ingestDocument.document.id).toBe(documentId);
    expect(res.data!.ingestDocument.candidates.map((c) => c.id)).toEqual(candidates.map((c) => c.id));
    expect([await count('Document'), await count('Candidate'), await count('Mention')]).toEqual(before);
  });

  it('lists the review queue as a connection, by document, kind and status, and reaches a candidate by node(id)', async () => {
    const queue = `query ($doc: ID, $first: Int, $after: String, $kinds: [CandidateKind!], $status: CandidateStatus) {
      reviewQueue(documentId: $doc, first: $first, after: $after, kinds: $kinds, status: $status) { totalCount edges { cursor node { id kind } } pageInfo { hasNextPage endCursor } } }`;
    type Q = {
      reviewQueue: { totalCount: number; edges: Array<{ node: { id: string; kind: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = await send<Q>(queue, { doc: documentId, first: 3, status: 'PENDING' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.reviewQueue.totalCount).toBe(4);
    expect(first.data!.reviewQueue.edges.map((e) => e.node.id)).toEqual(candidates.slice(0, 3).map((c) => c.id));
    expect(first.data!.reviewQueue.pageInfo.hasNextPage).toBe(true);
    const second = await send<Q>(queue, { doc: documentId, first: 3, after: first.data!.reviewQueue.pageInfo.endCursor, status: 'PENDING' });
    expect(second.data!.reviewQueue.edges.map((e) => e.node.id)).toEqual([candidates[3]!.id]);
    expect(second.data!.reviewQueue.pageInfo.hasNextPage).toBe(false);
    const statements = await send<Q>(queue, { doc: documentId, kinds: ['STATEMENT'] });
    expect(statements.data!.reviewQueue.edges.map((e) => e.node.kind)).toEqual(['STATEMENT']);
    const node = await send<{ node: { __typename: string; id: string; kind: string; summary: string } }>(
      `query ($id: ID!) { node(id: $id) { __typename id ... on Candidate { kind summary } } }`,
      { id: byKind('ALLEGATION').id },
    );
    expect(node.data!.node).toEqual({ __typename: 'Candidate', id: byKind('ALLEGATION').id, kind: 'ALLEGATION', summary: byKind('ALLEGATION').summary });
  });

  it('accepts an allegation: the flagship traversal and the allegations list show it with its exact quote', async () => {
    const before = await send<{ statesNamedInConnectionWith: Array<{ state: { name: string } }> }>(FLAGSHIP);
    expect(before.data!.statesNamedInConnectionWith.map((s) => s.state.name)).toEqual(['Syria', 'Turkey', 'Iraq', 'Russia', 'United States']);

    const res = await send<{ acceptCandidate: CandidateView }>(
      `mutation ($id: ID!) { acceptCandidate(id: $id) { ${CANDIDATE_FIELDS} } }`,
      { id: byKind('ALLEGATION').id },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    const accepted = res.data!.acceptCandidate;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.facts).toHaveLength(1);
    allegationId = accepted.facts[0]!;
    expect(accepted.decisions).toEqual([
      {
        actor: 'alice',
        action: 'ACCEPT',
        reason: null,
        before: expect.objectContaining({ status: 'PENDING' }),
        after: expect.objectContaining({ status: 'ACCEPTED' }),
      },
    ]);

    const after = await send<{
      statesNamedInConnectionWith: Array<{
        state: { name: string };
        roles: string[];
        allegations: Array<{
          summary: string;
          status: string;
          claimant: { name: string };
          evidence: Array<{ quote: string; start: number; end: number; document: { title: string } }>;
        }>;
      }>;
    }>(FLAGSHIP);
    expect(after.data!.statesNamedInConnectionWith.map((s) => s.state.name)).toEqual(['Syria', 'Turkey', 'Iraq', 'Jordan', 'Russia', 'United States']);
    const jordan = after.data!.statesNamedInConnectionWith.find((s) => s.state.name === 'Jordan')!;
    const start = ARTICLE.text.indexOf(ARTICLE.allegationQuote);
    expect(jordan.roles).toEqual(['BUYER']);
    expect(jordan.allegations).toEqual([
      {
        summary: byKind('ALLEGATION').summary,
        status: 'ALLEGED',
        claimant: { name: 'Ilya Rogachev' },
        evidence: [{ quote: ARTICLE.allegationQuote, start, end: start + ARTICLE.allegationQuote.length, document: { title: ARTICLE.title } }],
      },
    ]);

    const list = await send<{
      allegations: { totalCount: number; edges: Array<{ node: { id: string; statedOn: string; evidence: Array<{ quote: string }> } }> };
    }>(`{ allegations(where: { named: "Jordan", topic: "oil" }) { totalCount edges { node { id statedOn evidence { quote } } } } }`);
    expect(list.data!.allegations.totalCount).toBe(1);
    expect(list.data!.allegations.edges[0]!.node).toEqual({ id: accepted.facts[0], statedOn: '2016-03-02', evidence: [{ quote: ARTICLE.allegationQuote }] });
  });

  it('accepts a denial by the named party: the answered allegation becomes DENIED, and an admin reopen restores ALLEGED', async () => {
    const statement = byKind('STATEMENT');
    const res = await send<{ acceptCandidate: CandidateView }>(
      `mutation ($id: ID!) { acceptCandidate(id: $id) { ${CANDIDATE_FIELDS} } }`,
      { id: statement.id },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptCandidate.speaker).toEqual({ actor: { name: 'Jordan' } });
    expect(res.data!.acceptCandidate.answers).toEqual({ id: allegationId, status: 'DENIED' });
    const status = async () =>
      (
        await send<{ allegations: { edges: Array<{ node: { status: string } }> } }>(
          `{ allegations(where: { named: "Jordan", topic: "oil" }) { edges { node { status } } } }`,
        )
      ).data!.allegations.edges[0]!.node.status;
    expect(await status()).toBe('DENIED');

    const other = await send(
      `mutation ($id: ID!) { reopenCandidate(id: $id, reason: "not mine to keep") { status } }`,
      { id: statement.id },
      TOKENS.otherReviewer,
    );
    expect(other.status).toBe(403);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await status()).toBe('DENIED');

    const reopened = await send<{ reopenCandidate: CandidateView }>(
      `mutation ($id: ID!) { reopenCandidate(id: $id, reason: "the spokesman is not the government") { ${CANDIDATE_FIELDS} } }`,
      { id: statement.id },
      TOKENS.admin,
    );
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenCandidate.status).toBe('PENDING');
    expect(reopened.data!.reopenCandidate.decisions.map((d) => [d.actor, d.action, d.reason])).toEqual([
      ['alice', 'ACCEPT', null],
      ['root', 'REOPEN', 'the spokesman is not the government'],
    ]);
    expect(await status()).toBe('ALLEGED');

    // Denied by a party the allegation does not name: DISPUTED; reopened by the same reviewer: ALLEGED again.
    const disputed = await send<{ acceptCandidate: CandidateView }>(
      `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { ${CANDIDATE_FIELDS} } }`,
      { id: statement.id, edit: { speaker: toGlobalId(storeId('Actor', 'united-states')) } },
      TOKENS.otherReviewer,
    );
    expect(disputed.errors).toBeUndefined();
    expect(disputed.data!.acceptCandidate.answers).toEqual({ id: allegationId, status: 'DISPUTED' });
    expect(await status()).toBe('DISPUTED');
    await send(`mutation ($id: ID!) { reopenCandidate(id: $id, reason: "wrong speaker") { status } }`, { id: statement.id }, TOKENS.otherReviewer);
    expect(await status()).toBe('ALLEGED');
    const speeches = await send<{ statements: { totalCount: number } }>(`{ statements(where: { speaker: "Jordan" }) { totalCount } }`);
    expect(speeches.data!.statements.totalCount).toBe(0);
  });

  it('reopens the accepted allegation: the fact leaves the graph (retracted, not deleted), the decisions stay', async () => {
    const allegation = byKind('ALLEGATION');
    const retractedBefore = await count('RetractedAllegation');
    const res = await send<{ reopenCandidate: CandidateView }>(
      `mutation ($id: ID!) { reopenCandidate(id: $id, reason: "Rogachev spoke of traders, not the state") { ${CANDIDATE_FIELDS} } }`,
      { id: allegation.id },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reopenCandidate.status).toBe('PENDING');
    expect(res.data!.reopenCandidate.facts).toEqual([]);
    expect(res.data!.reopenCandidate.decisions.map((d) => [d.actor, d.action, d.reason])).toEqual([
      ['alice', 'ACCEPT', null],
      ['alice', 'REOPEN', 'Rogachev spoke of traders, not the state'],
    ]);
    const after = await send<{ statesNamedInConnectionWith: Array<{ state: { name: string } }> }>(FLAGSHIP);
    expect(after.data!.statesNamedInConnectionWith.map((s) => s.state.name)).toEqual(['Syria', 'Turkey', 'Iraq', 'Russia', 'United States']);
    const list = await send<{ allegations: { totalCount: number } }>(`{ allegations(where: { named: "Jordan", topic: "oil" }) { totalCount } }`);
    expect(list.data!.allegations.totalCount).toBe(0);
    expect(await count('RetractedAllegation')).toBe(retractedBefore + 1);
  });

  it('accepts with a reviewer’s edit: roles, claimant, topics, status and date', async () => {
    const allegation = byKind('ALLEGATION');
    const res = await send<{ acceptCandidate: CandidateView }>(
      `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { ${CANDIDATE_FIELDS} } }`,
      {
        id: allegation.id,
        edit: {
          claimant: toGlobalId(storeId('Actor', 'russian-mfa')),
          roles: [{ actor: toGlobalId(storeId('Actor', 'jordan')), role: 'TRANSIT' }],
          topics: ['oil', 'terrorist-financing'],
          status: 'DISPUTED',
          statedOn: '2016-03-03',
          statedOnPrecision: 'DAY',
        },
      },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    const named = await send<{
      allegations: {
        edges: Array<{
          node: {
            status: string;
            statedOn: string;
            claimant: { name: string };
            named: Array<{ role: string; actor: { name: string } }>;
            topics: Array<{ key: string }>;
          };
        }>;
      };
    }>(
      `{ allegations(where: { named: "Jordan", topic: "oil" }) { edges { node { status statedOn claimant { name } named { role actor { name } } topics { key } } } } }`,
    );
    expect(named.data!.allegations.edges.map((e) => e.node)).toEqual([
      {
        status: 'DISPUTED',
        statedOn: '2016-03-03',
        claimant: { name: 'Ministry of Foreign Affairs of the Russian Federation' },
        named: [{ role: 'TRANSIT', actor: { name: 'Jordan' } }],
        topics: [{ key: 'oil' }, { key: 'terrorist-financing' }],
      },
    ]);
    expect(res.data!.acceptCandidate.decisions.map((d) => d.action)).toEqual(['ACCEPT', 'REOPEN', 'ACCEPT']);
  });

  it('rejects a candidate with its reason, and refuses to decide it twice', async () => {
    const link = byKind('RESOLUTION_LINK');
    const res = await send<{ rejectCandidate: CandidateView }>(
      `mutation ($id: ID!) { rejectCandidate(id: $id, reason: "the article names no resolution") { ${CANDIDATE_FIELDS} } }`,
      { id: link.id },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.rejectCandidate.status).toBe('REJECTED');
    expect(res.data!.rejectCandidate.decisions.map((d) => [d.actor, d.action, d.reason])).toEqual([['alice', 'REJECT', 'the article names no resolution']]);
    const again = await send(`mutation ($id: ID!) { acceptCandidate(id: $id) { status } }`, { id: link.id }, TOKENS.reviewer);
    expect(again.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.message).toMatch(/is REJECTED: reopen it first/);
    const queue = await send<{ reviewQueue: { totalCount: number } }>(`query ($doc: ID) { reviewQueue(documentId: $doc, status: REJECTED) { totalCount } }`, {
      doc: documentId,
    });
    expect(queue.data!.reviewQueue.totalCount).toBe(1);
  });

  it('accepts a new actor, which a reopen takes back out', async () => {
    const actor = byKind('ACTOR');
    const res = await send<{ acceptCandidate: CandidateView }>(
      `mutation ($id: ID!) { acceptCandidate(id: $id) { status facts } }`,
      { id: actor.id },
      TOKENS.reviewer,
    );
    expect(res.errors).toBeUndefined();
    const found = await send<{ actor: { name: string; kind: string } | null }>(`{ actor(name: "Kareem Haddad") { name kind } }`);
    expect(found.data!.actor).toEqual({ name: 'Kareem Haddad', kind: 'PERSON' });
    await send(`mutation ($id: ID!) { reopenCandidate(id: $id, reason: "a duplicate") { status } }`, { id: actor.id }, TOKENS.reviewer);
    const gone = await send<{ actors: { totalCount: number } }>(`{ actors(where: { name: { eq: "Kareem Haddad" } }) { totalCount } }`);
    expect(gone.data!.actors.totalCount).toBe(0);
  });

  describe('bad input writes nothing', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['an empty text', '   \n ', /The text is empty/],
      ['a text over the size limit', 'x'.repeat(5001), /at most 5000 are ingested/],
      ['a lone surrogate', 'Turkey buys oil \ud800 from ISIL.', /not valid UTF-8 text: a lone surrogate/],
      ['bytes that were not UTF-8', 'Turkey buys oil \ufffd from ISIL.', /not UTF-8 \(U\+FFFD\)/],
    ];
    it.each(cases)('refuses %s with BAD_USER_INPUT', async (_, text, message) => {
      const before = [await count('Document'), await count('Candidate')];
      const res = await send(INGEST, { input: { text, title: 'bad' } }, TOKENS.ingester);
      expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(message);
      expect([await count('Document'), await count('Candidate')]).toEqual(before);
    });

    it('refuses an accept whose claimant is not an actor, writing nothing', async () => {
      const allegations = await count('Allegation');
      const decisions = await count('Decision');
      const pending = candidates.find((c) => c.kind === 'STATEMENT')!;
      const res = await send(
        `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { status } }`,
        { id: pending.id, edit: { speaker: toGlobalId('Actor:nobody') } },
        TOKENS.reviewer,
      );
      expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/The speaker: no actor/);
      expect([await count('Allegation'), await count('Decision')]).toEqual([allegations, decisions]);
    });
  });
});

describe.each(ENGINES)('the real pipeline on %s', (engine) => {
  let app: TestApp;
  let send: Post;
  const file = path.join(__dirname, '..', '..', 'seed', 'data', 'articles', 'A05_2016-02-02_us-embassy-turkey_szubin-dunya-interview.txt');
  const text = fs.readFileSync(file, 'utf8');

  beforeAll(async () => {
    useExtractor(extractInPool);
    app = await startTestApp({ engine, env: { DOSSIER_API_TOKENS: TOKENS.env } });
    send = post(app);
  }, 120_000);
  afterAll(async () => {
    configureIngestPool({}); // ends the extraction threads
    await app.close();
  });

  it('ingests a shipped article in the worker pool; an accepted candidate reaches the flagship with its exact quote, and a reopen takes it out', async () => {
    const res = await send<{
      ingestDocument: {
        document: { id: string; mentions: Array<{ text: string; start: number; end: number; actor: { name: string } | null }> };
        candidates: CandidateView[];
      };
    }>(
      INGEST,
      {
        input: {
          text,
          title: 'Interview of Acting Under Secretary Adam J. Szubin with Dünya Daily',
          publisher: 'U.S. Embassy in Turkey',
          publishedOn: '2016-02-02',
        },
      },
      TOKENS.ingester,
    );
    expect(res.errors).toBeUndefined();
    const { document, candidates: found } = res.data!.ingestDocument;
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    for (const m of document.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(document.mentions.some((m) => m.actor?.name === 'Turkey')).toBe(true);

    // An oil allegation naming resolved actors, accepted with the United States as its claimant (Szubin spoke for the Treasury).
    const allegation = found.find((c) => c.kind === 'ALLEGATION' && c.topics.includes('oil') && c.named.length > 0 && c.named.every((n) => n.actor && n.role))!;
    expect(allegation).toBeDefined();
    const accepted = await send<{ acceptCandidate: CandidateView }>(
      `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { ${CANDIDATE_FIELDS} } }`,
      { id: allegation.id, edit: { claimant: toGlobalId(storeId('Actor', 'united-states')) } },
      TOKENS.reviewer,
    );
    expect(accepted.errors).toBeUndefined();
    type Flagship = {
      statesNamedInConnectionWith: Array<{
        state: { name: string };
        allegations: Array<{ claimant: { name: string }; evidence: Array<{ quote: string; start: number; end: number }> }>;
      }>;
    };
    const quotes = async () =>
      (await send<Flagship>(FLAGSHIP)).data!.statesNamedInConnectionWith.flatMap((s) =>
        s.allegations
          .filter((a) => a.claimant.name === 'United States')
          .flatMap((a) => a.evidence.map((e) => `${s.state.name}|${e.quote}|${e.start}|${e.end}`)),
      );
    const states = allegation.named.filter((n) => ['Turkey', 'Syria', 'Iraq', 'Russia'].includes(n.actor!.name)).map((n) => n.actor!.name);
    const expected = [...new Set(states)].map((s) => `${s}|${allegation.evidence.quote}|${allegation.evidence.start}|${allegation.evidence.end}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await quotes()).toEqual(expect.arrayContaining(expected));

    const reopened = await send(`mutation ($id: ID!) { reopenCandidate(id: $id, reason: "test") { status } }`, { id: allegation.id }, TOKENS.reviewer);
    expect(reopened.errors).toBeUndefined();
    expect((await quotes()).filter((q) => expected.includes(q))).toEqual([]);
  });
});

describe.each(ENGINES)('one write transaction per decision on %s', (engine) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openTestStore(engine);
    await store.write('upsert-documents', { rows: [{ id: 'Document:t', props: { title: 't', text: 'Turkey buys oil.' } }] });
  }, 120_000);
  afterAll(() => store.close());

  const facts = (id: string): WriteStep[] => [
    { query: 'upsert-evidence', params: { rows: [{ id: `Evidence:t:${id}`, documentId: 'Document:t', quote: 'Turkey', start: 0, end: 6 }] } },
    { query: 'upsert-allegations', params: { rows: [{ id: `Allegation:${id}`, props: { summary: id, status: 'ALLEGED' }, evidence: [`Evidence:t:${id}`] }] } },
  ];
  const present = async (id: string) => [
    (await store.read('find-evidence', { ids: [`Evidence:t:${id}`] })).length,
    (await store.read('find-allegations', { ids: [`Allegation:${id}`] })).length,
  ];

  it('commits every step together', async () => {
    const rows = await store.writeTransaction(facts('a'), { actor: 'alice', decision: 'Decision:a-1' });
    expect(rows).toEqual([[{ count: 1 }], [{ count: 1 }]]);
    expect(await present('a')).toEqual([1, 1]);
  });

  it('rolls back the steps before a decision that lost its race (no rows), writing nothing', async () => {
    const steps: WriteStep[] = [
      ...facts('b'),
      {
        query: 'record-decision',
        requireRows: true,
        params: { candidateId: 'Candidate:none-0', seen: 0, status: 'ACCEPTED', draft: '{}', facts: [], answered: null, decision: { id: 'Decision:b-1' } },
      },
    ];
    await expect(store.writeTransaction(steps, { actor: 'alice', decision: 'Decision:b-1' })).rejects.toThrow(WriteStepUnmetError);
    expect(await present('b')).toEqual([0, 0]);
  });

  it('rolls back the steps before a statement that fails, writing nothing', async () => {
    // An actor with the document's id breaks the unique Entity.id constraint, on both engines.
    const steps: WriteStep[] = [...facts('c'), { query: 'upsert-actors', params: { rows: [{ id: 'Document:t', props: { name: 'clash' } }] } }];
    await expect(store.writeTransaction(steps, { actor: 'alice', decision: 'Decision:c-1' })).rejects.toThrow();
    expect(await present('c')).toEqual([0, 0]);
  });
});
