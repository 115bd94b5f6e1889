// /review in headless Chromium on both engines: a shipped article ingested through the API, its mentions and candidates highlighted at their offsets, accept with an edited role, reject, reopen, a denial's status change, an ambiguous mention resolved, sign-in, axe-core's check, and a forged cross-origin POST refused.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { configureIngestPool } from '../src/ingest/ingest-pool';
import { describeWithBrowser, launchChromium, offlineContext } from './browser';
import { ENGINES, startTestApp, tempDir, type TestApp } from './helpers';
import { TOKENS, post, type Post } from './api/write-helpers';
import { toGlobalId } from '../src/ids';
import { normaliseName } from '../src/names';

const ARTICLE_FILE = path.join(__dirname, '..', 'seed', 'data', 'articles', 'A05_2016-02-02_us-embassy-turkey_szubin-dunya-interview.txt');
const TEXT = fs.readFileSync(ARTICLE_FILE, 'utf8');
// axe-core's script, evaluated in the page by the test (the page's own CSP and HTML stay as they are).
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface ActorRef {
  name: string;
  role: string | null;
  actor: { id: string; name: string } | null;
}
interface CandidateView {
  id: string;
  kind: string;
  status: string;
  summary: string;
  topics: string[];
  evidence: { quote: string; start: number; end: number };
  claimant: ActorRef | null;
  named: ActorRef[];
  decisions: Array<{ actor: string; action: string; reason: string | null; edit: Record<string, unknown> | null }>;
  facts: string[];
  answersEvidence: { quote: string; start: number; end: number } | null;
  byNamedParty: boolean;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}
interface MentionView {
  text: string;
  start: number;
  end: number;
  actor: { id: string; kind: string } | null;
  choices: Array<{ id: string; name: string }>;
}

const CANDIDATE_FIELDS = `id kind status summary topics facts evidence { quote start end } answersEvidence { quote start end } byNamedParty
  claimant { name role actor { id name } } named { name role actor { id name } } decisions { actor action reason edit }`;
const FLAGSHIP = `{ statesNamedInConnectionWith(topic: "oil") { state { name } roles allegations { status claimant { name } named { role actor { name } } evidence { quote start end } } } }`;

describeWithBrowser('review', () => {
  let browser: Browser;
  // Under the run's temporary root (removed by the teardown), or where DOSSIER_REVIEW_SHOTS says, to keep them.
  const shots = process.env.DOSSIER_REVIEW_SHOTS ?? tempDir('dossier-review-shots-');
  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
    process.stdout.write(`review: screenshots in ${shots}\n`);
  }, 60_000);
  afterAll(async () => {
    configureIngestPool({}); // ends the extraction threads
    await browser?.close();
  });

  describe.each(ENGINES)('on %s', (engine) => {
    let app: TestApp;
    let send: Post;
    let documentId = '';
    let mentions: MentionView[] = [];
    let candidates: CandidateView[] = [];
    let context: BrowserContext;
    let page: Page;
    const outside: string[] = [];
    const errors: string[] = [];
    const shot = (name: string) => page.screenshot({ path: path.join(shots, `${engine}-${name}.png`), fullPage: true });
    const candidate = async (id: string) =>
      (await send<{ node: CandidateView }>(`query ($id: ID!) { node(id: $id) { ... on Candidate { ${CANDIDATE_FIELDS} } } }`, { id })).data!.node;
    const count = async (label: string) =>
      (await app.store.read<{ label: string; count: number }>('count-nodes-by-label')).find((l) => l.label === label)?.count ?? 0;
    /** axe-core's serious and critical violations on the page as it is (rule, impact, the elements it names). */
    const seriousViolations = async () => {
      await page.evaluate(AXE_SOURCE);
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const { violations } = await axe.run(document, { resultTypes: ['violations'] });
        return violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    };
    /** ingestDocument, asked again while the server sheds it or runs past its budget (the same text is the same document). */
    const ingest = async <T>(query: string, input: Record<string, unknown>) => {
      for (;;) {
        const res = await send<T>(query, { input }, TOKENS.ingester);
        const code = res.errors?.[0]?.extensions?.code;
        if (code !== 'TIMEOUT' && code !== 'SERVER_BUSY') return res;
      }
    };
    const openDocument = async () => {
      await page.goto(`${app.server.url}/review/${documentId}`);
      await page.waitForSelector('#main[data-ready="true"]', { timeout: 30_000 });
    };
    const signIn = async () => {
      if ((await page.locator('#token').count()) === 0) return;
      await page.fill('#token', TOKENS.reviewer);
      await page.click('#signin-form button[type="submit"]');
      await page.waitForSelector('#signout');
    };

    beforeAll(async () => {
      app = await startTestApp({ engine, env: { DOSSIER_API_TOKENS: TOKENS.env } });
      send = post(app);
      const res = await ingest<{ ingestDocument: { document: { id: string; mentions: MentionView[] }; candidates: CandidateView[] } }>(
        `mutation ($input: IngestInput!) { ingestDocument(input: $input) {
          document { id mentions { text start end actor { id kind } choices { id name } } } candidates { ${CANDIDATE_FIELDS} } } }`,
        {
          text: TEXT,
          title: 'Interview of Acting Under Secretary Adam J. Szubin with Dünya Daily',
          publisher: 'U.S. Embassy in Turkey',
          publishedOn: '2016-02-02',
        },
      );
      expect(res.errors).toBeUndefined();
      documentId = res.data!.ingestDocument.document.id;
      mentions = res.data!.ingestDocument.document.mentions;
      candidates = res.data!.ingestDocument.candidates;
      context = await offlineContext(browser, new URL(app.server.url).origin, outside, { viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text());
      });
    }, 120_000);
    afterAll(async () => {
      await context?.close();
      await app?.close();
    });

    it('lists the document with its pending candidates per kind, newest first, linked from the playground and /explore', async () => {
      for (const from of ['/', '/explore']) expect(await (await fetch(app.server.url + from)).text()).toContain('href="/review"');
      const res = await fetch(`${app.server.url}/review`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect((await fetch(`${app.server.url}/review/not/an/id`)).status).toBe(404);

      await page.goto(`${app.server.url}/review`);
      await page.waitForSelector('#main[data-ready="true"]', { timeout: 30_000 });
      const row = page.locator(`tr[data-document="${documentId}"]`);
      expect(await row.count()).toBe(1);
      const expected: Record<string, number> = {};
      for (const c of candidates) expected[c.kind] = (expected[c.kind] ?? 0) + 1;
      const shown: Record<string, number> = {};
      for (const cell of await row.locator('td[data-kind]').all()) {
        const n = Number(await cell.textContent());
        if (n > 0) shown[(await cell.getAttribute('data-kind'))!] = n;
      }
      expect(shown).toEqual(expected);
      expect(await seriousViolations()).toEqual([]);
      await shot('1-queue');
    }, 60_000);

    it('underlines every mention and highlights every candidate where its offsets say; without a token no action button is shown', async () => {
      expect(mentions.length).toBeGreaterThan(0);
      expect(candidates.length).toBeGreaterThan(0);
      await page.goto(`${app.server.url}/review/${documentId}`);
      await page.waitForSelector('#main[data-ready="true"]', { timeout: 30_000 });
      const marked = await page.evaluate(
        ({ ids, count }) => ({
          quotes: ids.map((id) =>
            Array.from(document.querySelectorAll(`#text [data-c~="${id}"]`))
              .map((n) => n.textContent)
              .join(''),
          ),
          mentions: Array.from({ length: count }, (_, i) =>
            Array.from(document.querySelectorAll(`#text [data-m="${i}"]`))
              .map((n) => n.textContent)
              .join(''),
          ),
          resolved: Array.from({ length: count }, (_, i) => {
            const n = document.querySelector(`#text [data-m="${i}"]`)!;
            return n.tagName === 'A' ? `${n.getAttribute('href')} ${getComputedStyle(n).textDecorationStyle}` : `- ${getComputedStyle(n).textDecorationStyle}`;
          }),
          text: document.getElementById('text')!.textContent,
          listed: Array.from(document.querySelectorAll('#list .cand')).length,
          buttons: Array.from(document.querySelectorAll('#details button')).length,
        }),
        { ids: candidates.map((c) => c.id), count: mentions.length },
      );
      expect(marked.text).toBe(TEXT);
      expect(marked.quotes).toEqual(candidates.map((c) => c.evidence.quote));
      for (const c of candidates) expect(TEXT.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
      expect(marked.mentions).toEqual(mentions.map((m) => m.text));
      expect(marked.resolved).toEqual(
        mentions.map((m) => (m.actor ? `/explore?id=${encodeURIComponent(m.actor.id)} solid` : m.choices.length > 0 ? '- dotted' : '- dashed')),
      );
      expect(marked.listed).toBe(candidates.length);
      expect(marked.buttons).toBe(0);
      expect(await page.locator('#accept, #reject, #edit, #reopen').count()).toBe(0);
      expect(await page.textContent('#keys')).toBe('Keys: j / k next / previous · a accept · r reject · e edit');
      // j moves to the next candidate in the panel's order and marks its quote.
      await page.locator('body').press('j');
      const current = await page.evaluate(() =>
        Array.from(document.querySelectorAll('#text .current'))
          .map((n) => n.textContent)
          .join(''),
      );
      const second = await page.getAttribute('#list .cand[aria-current="true"]', 'data-id');
      expect(current).toBe(candidates.find((c) => c.id === second)!.evidence.quote);
      // An unresolved mention is reached with the keyboard; Enter shows what it may mean, without buttons for a visitor.
      const unresolved = mentions.findIndex((m) => !m.actor);
      expect(unresolved).toBeGreaterThanOrEqual(0);
      await page.locator(`#text [data-m="${unresolved}"]`).first().focus();
      await page.keyboard.press('Enter');
      expect(await page.textContent('#details h2')).toBe(`“${mentions[unresolved]!.text}”`);
      expect(await page.locator('#details button').count()).toBe(0);
      expect(await seriousViolations()).toEqual([]);
      await shot('2-read-only');
    }, 60_000);

    it('signs in, accepts an allegation with an edited role, rejects one with a reason and reopens the accepted one; the flagship follows', async () => {
      const allegation = candidates.find(
        (c) => c.kind === 'ALLEGATION' && c.topics.includes('oil') && c.named.length > 0 && c.named.every((n) => n.actor && n.role),
      )!;
      expect(allegation).toBeDefined();
      const other = candidates.find((c) => c.id !== allegation.id && c.status === 'PENDING')!;
      await page.fill('#token', TOKENS.reviewer);
      await page.click('#signin-form button[type="submit"]');
      expect(await page.evaluate(() => [sessionStorage.getItem('dossier-review-token'), document.cookie, location.href])).toEqual([
        TOKENS.reviewer,
        '',
        `${app.server.url}/review/${documentId}`,
      ]);

      // Accept with an edit: the first named actor's role changed, the United States as claimant (found by name).
      await page.click(`#list .cand[data-id="${allegation.id}"]`);
      await page.locator(`#list .cand[data-id="${allegation.id}"]`).press('e');
      await page.waitForSelector('#edit-form');
      const newRole = allegation.named[0]!.role === 'TRANSIT' ? 'BUYER' : 'TRANSIT';
      await page.selectOption('#edit-role-0', newRole);
      await page.fill('#find-actor', 'United States');
      await page.click('#find-actor-button');
      await page.waitForSelector('#find-actor-result .ok');
      const us = (await send<{ actor: { id: string } }>(`{ actor(name: "United States") { id } }`)).data!.actor.id;
      await page.selectOption('#edit-claimant', us);
      expect(await seriousViolations()).toEqual([]);
      await shot('3-edit');
      await page.click('#edit-accept');
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Accepted'), undefined, { timeout: 30_000 });
      const accepted = await candidate(allegation.id);
      expect(accepted.status).toBe('ACCEPTED');
      expect(accepted.decisions.map((d) => [d.actor, d.action])).toEqual([['alice', 'ACCEPT']]);
      // The decision keeps the edit with store ids.
      const key = (id: string) => Buffer.from(id, 'base64url').toString('utf8');
      const named = allegation.named.map((n, i) => ({ actorKey: key(n.actor!.id), role: i === 0 ? newRole : n.role }));
      expect(accepted.decisions[0]!.edit).toEqual(expect.objectContaining({ claimantKey: 'Actor:united-states', named, status: 'ALLEGED' }));
      type Flagship = {
        statesNamedInConnectionWith: Array<{
          state: { name: string };
          allegations: Array<{
            status: string;
            claimant: { name: string };
            named: Array<{ role: string; actor: { name: string } }>;
            evidence: Array<{ quote: string }>;
          }>;
        }>;
      };
      const inFlagship = async () =>
        (await send<Flagship>(FLAGSHIP)).data!.statesNamedInConnectionWith.flatMap((s) =>
          s.allegations
            .filter((a) => a.evidence.some((e) => e.quote === allegation.evidence.quote))
            .map((a) => `${a.claimant.name}|${a.named.map((n) => `${n.actor.name}:${n.role}`).join(',')}`),
        );
      const namedNow = allegation.named.map((n, i) => `${n.actor!.name}:${i === 0 ? newRole : n.role}`).join(',');
      expect(await inFlagship()).toContain(`United States|${namedNow}`);
      expect(await page.textContent('[data-testid="decisions"]')).toContain('alice · ACCEPT');
      expect(await page.getAttribute(`#text [data-c~="${allegation.id}"]`, 'class')).toContain('ev-ACCEPTED');
      // The accepted allegation's picture in /explore.
      const factLink = await page.getAttribute('[data-testid="fact-link"]', 'href');
      const factId = decodeURIComponent(factLink!.replace('/explore?id=', ''));
      expect(accepted.facts).toContain(factId);
      expect((await fetch(`${app.server.url}/explore/neighbours?id=${factId}`)).status).toBe(200);
      await shot('4-accepted');

      // Reject another with a reason (r, then the reason).
      await page.click(`#list .cand[data-id="${other.id}"]`);
      await page.locator(`#list .cand[data-id="${other.id}"]`).press('r');
      await page.fill('#reason', 'Not what the text says');
      await page.click('#reject-form button[type="submit"]');
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Rejected'), undefined, { timeout: 30_000 });
      const rejected = await candidate(other.id);
      expect([rejected.status, rejected.decisions.map((d) => [d.action, d.reason])]).toEqual(['REJECTED', [['REJECT', 'Not what the text says']]]);
      await shot('5-rejected');

      // Reopen the accepted one: pending again, out of the flagship, its history on the page.
      await page.click(`#list .cand[data-id="${allegation.id}"]`);
      await page.click('#reopen');
      await page.fill('#reason', 'The role needs a second look');
      await page.click('#reopen-form button[type="submit"]');
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Reopened'), undefined, { timeout: 30_000 });
      const reopened = await candidate(allegation.id);
      expect([reopened.status, reopened.decisions.map((d) => d.action)]).toEqual(['PENDING', ['ACCEPT', 'REOPEN']]);
      expect(await inFlagship()).toEqual([]);
      expect(await page.locator('[data-testid="decisions"] li').allTextContents()).toEqual([
        expect.stringMatching(
          new RegExp(
            ` · alice · ACCEPT · edit: claimant United States; roles ${allegation.named.map((n, i) => `${n.actor!.name} ${i === 0 ? newRole : n.role}`).join(', ')}; status ALLEGED$`,
          ),
        ),
        expect.stringMatching(/ · alice · REOPEN — The role needs a second look$/),
      ]);
      expect(await page.locator('#accept').count()).toBe(1);
      expect(await seriousViolations()).toEqual([]);
      await shot('6-reopened');

      // Signed out: the buttons go.
      await page.click('#signout');
      expect(await page.locator('#accept, #reject, #edit, #reopen').count()).toBe(0);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);

    it('shows the allegation a denial answers; accepting the denial shows the status change on the page, and the graph has it', async () => {
      const denial = candidates.find((c) => c.kind === 'STATEMENT' && c.answersEvidence)!;
      expect(denial).toBeDefined();
      const answered = candidates.find(
        (c) => c.kind === 'ALLEGATION' && c.evidence.start === denial.answersEvidence!.start && c.evidence.end === denial.answersEvidence!.end,
      )!;
      expect(answered).toBeDefined();
      // Pending again whatever the steps before did to it.
      if ((await candidate(answered.id)).status !== 'PENDING')
        await send(`mutation ($id: ID!) { reopenCandidate(id: $id, reason: "the denial step") { status } }`, { id: answered.id }, TOKENS.admin);
      expect((await candidate(answered.id)).status).toBe('PENDING');
      await openDocument();
      await signIn();
      // The denial shows the allegation it answers (its quote and its candidate's status) and how to get there.
      await page.click(`#list .cand[data-id="${denial.id}"]`);
      expect(await page.textContent('[data-testid="answers"] .answered-quote')).toBe(`“${answered.evidence.quote}”`);
      expect(await page.textContent('[data-testid="answers"] .answered-status')).toBe('PENDING');
      expect(await page.textContent('[data-testid="answers"]')).toContain('Accept the allegation first');
      expect(await seriousViolations()).toEqual([]);
      await shot('7-denial');
      // The allegation first (through the denial's button, then "e": the claimant it lacks, Russia, found by name), then the
      // denial ("e": its speaker, the United States, which the allegation does not name, so DISPUTED).
      const acceptWith = async (actorName: string, select: string) => {
        await page.keyboard.press('e');
        await page.waitForSelector('#edit-form');
        await page.fill('#find-actor', actorName);
        await page.click('#find-actor-button');
        await page.waitForSelector('#find-actor-result .ok');
        const actorId = (await send<{ actor: { id: string } }>(`query ($name: String!) { actor(name: $name) { id } }`, { name: actorName })).data!.actor.id;
        await page.selectOption(select, actorId);
        await page.click('#edit-accept');
        await page.waitForFunction(() => /^(Accepted|[A-Z_]+:)/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 30_000 });
        expect(await page.textContent('#status')).toMatch(/^Accepted/);
      };
      await page.click('[data-testid="answers"] .go-answered');
      expect(await page.getAttribute('#list .cand[aria-current="true"]', 'data-id')).toBe(answered.id);
      await acceptWith('Russia', '#edit-claimant');
      const allegationId = (await candidate(answered.id)).facts[0]!;
      expect(allegationId).toBeDefined();
      const status = async () =>
        (await send<{ node: { status: string } }>(`query ($id: ID!) { node(id: $id) { ... on Allegation { status } } }`, { id: allegationId })).data!.node
          .status;
      expect(await status()).toBe('ALLEGED');
      await page.click(`#list .cand[data-id="${denial.id}"]`);
      expect(await page.textContent('[data-testid="answers"] .answered-status')).toBe('ACCEPTED');
      expect(await page.textContent('[data-testid="answers"]')).toContain('Accepting this denial makes the allegation DISPUTED');
      await acceptWith('United States', '#edit-speaker');
      const expected = 'DISPUTED';
      expect(await page.textContent('#status')).toContain(`the allegation it answers is now ${expected}`);
      expect(await page.textContent('[data-testid="answered"] .allegation-status')).toBe(expected);
      // Read back over GraphQL: the allegation and the flagship's entry with its quote.
      expect(await status()).toBe(expected);
      const flagship = (
        await send<{ statesNamedInConnectionWith: Array<{ allegations: Array<{ status: string; evidence: Array<{ quote: string }> }> }> }>(FLAGSHIP)
      ).data!.statesNamedInConnectionWith.flatMap((s) => s.allegations.filter((a) => a.evidence.some((e) => e.quote === answered.evidence.quote)));
      expect(answered.topics).toContain('oil');
      expect(flagship.length).toBeGreaterThan(0);
      expect(flagship.map((a) => a.status)).toEqual(flagship.map(() => expected));
      await shot('8-denial-accepted');
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);

    // Needs Mention.id, resolveMention and proposeActor (the mention-resolution API).
    it('resolves an ambiguous mention by choosing', async () => {
      // Two people with one name (the seed has no ambiguous name), then a short text naming them and a place the graph does not know.
      const name = 'Abu Hamza al-Testi';
      const people = ['mosul', 'raqqa'].map((town) => ({
        id: `Actor:abu-hamza-al-testi-${town}`,
        name: `${name} of ${town[0]!.toUpperCase()}${town.slice(1)}`,
      }));
      await app.store.write('upsert-actors', {
        rows: people.map((p) => ({
          id: p.id,
          props: { kind: 'PERSON', name: p.name, aliases: [name], nameKey: normaliseName(p.name), searchText: p.name },
          evidence: [],
        })),
      });
      await app.store.write('upsert-actor-names', {
        rows: people.flatMap((p) => [
          { actorId: p.id, key: normaliseName(p.name), text: p.name, source: 'test' },
          { actorId: p.id, key: normaliseName(name), text: name, source: 'test' },
        ]),
      });
      const text = `Officials in Ankara said on Wednesday that ${name} moved oil through Turkey. Turkey denied it.`;
      const ingested = await ingest<{ ingestDocument: { document: { id: string; mentions: MentionView[] } } }>(
        `mutation ($input: IngestInput!) { ingestDocument(input: $input) { document { id mentions { text start end actor { id kind } choices { id name } } } } }`,
        { text, title: 'Ambiguous names', publisher: 'Test Wire', publishedOn: '2016-02-03' },
      );
      expect(ingested.errors).toBeUndefined();
      const doc = ingested.data!.ingestDocument.document;
      const ambiguous = doc.mentions.findIndex((m) => m.text === name);
      expect(doc.mentions[ambiguous]).toEqual({
        text: name,
        start: text.indexOf(name),
        end: text.indexOf(name) + name.length,
        actor: null,
        choices: expect.arrayContaining(people.map((p) => ({ id: toGlobalId(p.id), name: p.name }))),
      });
      const choice = doc.mentions[ambiguous]!.choices[0]!;
      await page.goto(`${app.server.url}/review/${doc.id}`);
      await page.waitForSelector('#main[data-ready="true"]', { timeout: 30_000 });
      await signIn();
      // Keyboard: focus the dotted mention, Enter offers its choices and "new actor".
      await page.locator(`#text [data-m="${ambiguous}"]`).first().focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector(`#details .choose[data-actor="${choice.id}"]`);
      expect(await page.locator('#details .choose').allTextContents()).toEqual(doc.mentions[ambiguous]!.choices.map((a) => `Choose ${a.name} (person)`));
      expect(await page.locator('#new-actor').count()).toBe(1);
      expect(await seriousViolations()).toEqual([]);
      await shot('9-mention-choices');
      await page.click(`#details .choose[data-actor="${choice.id}"]`);
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Resolved'), undefined, { timeout: 30_000 });
      const drawn = await page.evaluate((i) => {
        const n = document.querySelector(`#text [data-m="${i}"]`)!;
        return `${n.tagName} ${n.getAttribute('href')} ${getComputedStyle(n).textDecorationStyle}`;
      }, ambiguous);
      expect(drawn).toBe(`A /explore?id=${encodeURIComponent(choice.id)} solid`);
      const readBack = await send<{ node: { mentions: Array<{ start: number; actor: { id: string } | null }> } }>(
        `query ($id: ID!) { node(id: $id) { ... on Document { mentions { start actor { id } } } } }`,
        { id: doc.id },
      );
      expect(readBack.data!.node.mentions.find((m) => m.start === doc.mentions[ambiguous]!.start)!.actor).toEqual({ id: choice.id });
      await shot('10-mention-resolved');

      // "New actor" for an unresolved name: an ACTOR candidate, selected in the panel.
      const unknown = doc.mentions.findIndex((m) => m.text === 'Ankara');
      expect(doc.mentions[unknown]).toEqual(expect.objectContaining({ actor: null, choices: [] }));
      await page.click(`#text [data-m="${unknown}"]`);
      await page.fill('#new-actor-name', 'Officials in Ankara');
      await page.selectOption('#new-actor-kind', 'GROUP');
      await page.click('#new-actor');
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Proposed'), undefined, { timeout: 30_000 });
      const proposedId = (await page.getAttribute('#list .cand[aria-current="true"]', 'data-id'))!;
      const proposed = await send<{ node: { kind: string; status: string; name: string; actorKind: string } }>(
        `query ($id: ID!) { node(id: $id) { ... on Candidate { kind status name actorKind } } }`,
        { id: proposedId },
      );
      expect(proposed.data!.node).toEqual({ kind: 'ACTOR', status: 'PENDING', name: 'Officials in Ankara', actorKind: 'GROUP' });
      expect(await page.textContent('[data-testid="fact"]')).toBe('A new group: Officials in Ankara');
      await shot('11-new-actor');
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);

    it('refuses a forged cross-origin form POST to /graphql (text/plain or form-encoded, no Authorization), writing nothing', async () => {
      const target = candidates.find((c) => c.kind === 'ALLEGATION')!;
      const before = [await count('Decision'), await count('Allegation'), (await candidate(target.id)).status];
      const mutation = `mutation { rejectCandidate(id: "${target.id}", reason: "forged") { status } }`;
      for (const [type, body] of [
        ['text/plain', JSON.stringify({ query: mutation })],
        ['application/x-www-form-urlencoded', new URLSearchParams({ query: mutation }).toString()],
        ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${mutation}\r\n--x--\r\n`],
      ]) {
        const res = await fetch(`${app.server.url}/graphql`, { method: 'POST', headers: { 'content-type': type!, origin: 'https://evil.example' }, body });
        expect([type, res.status, res.headers.get('access-control-allow-origin')]).toEqual([type, 415, null]);
      }
      // JSON without the Authorization header is refused too (UNAUTHENTICATED), and a mutation over GET is not run.
      const unsigned = await send(mutation);
      expect(unsigned.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const viaGet = await fetch(`${app.server.url}/graphql?query=${encodeURIComponent(mutation)}`, { headers: { origin: 'https://evil.example' } });
      expect(viaGet.status).toBeGreaterThanOrEqual(400);
      expect([await count('Decision'), await count('Allegation'), (await candidate(target.id)).status]).toEqual(before);
    }, 60_000);
  });
});
