// Shared by the write-API tests: writers' tokens, an article with its hand-labelled extraction, and GraphQL over HTTP with a bearer token.
import type { CandidateDraft, Extraction, ExtractionInput, Mention, Span } from '../../src/ingest/ingest.types';
import type { TestApp, GqlResponse } from '../helpers';

/** One token per role (and a second reviewer), as DOSSIER_API_TOKENS takes them. */
export const TOKENS = {
  ingester: 'ingest-token-0123456789abcdef',
  reviewer: 'alice-token-0123456789abcdefgh',
  otherReviewer: 'bob-token-0123456789abcdefghij',
  admin: 'root-token-0123456789abcdefghi',
  get env() {
    return `ingest-bot:ingester:${this.ingester},alice:reviewer:${this.reviewer},bob:reviewer:${this.otherReviewer},root:admin:${this.admin}`;
  },
};

/** A short article: an allegation with its claimant, a denial by the named party, a person the graph does not know. */
export const ARTICLE = {
  title: 'Moscow says Jordanian traders buy ISIL oil',
  publisher: 'Test Wire',
  publishedOn: '2016-03-04',
  allegationQuote: '“Jordanian traders buy the oil that ISIL smuggles out of Syria,”',
  denialQuote: '“We reject outright the premise that Jordan buys oil from terrorists,”',
  get text() {
    return (
      `AMMAN, 4 March 2016 — Russia’s Foreign Ministry said on Wednesday that Jordan buys oil smuggled by ISIL. ` +
      `${this.allegationQuote} Ilya Rogachev told reporters. ` +
      `${this.denialQuote} said Kareem Haddad, a spokesman for the government in Amman.`
    );
  },
};

/** The ingestDocument input of the article. */
export function extractionInput() {
  return { text: ARTICLE.text, title: ARTICLE.title, publisher: ARTICLE.publisher, publishedOn: ARTICLE.publishedOn };
}

const span = (text: string, quote: string, from = 0): Span => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length, quote };
};

/**
 * The article's extraction, labelled by hand (for the write path alone: the pipeline is tested on its own gold set).
 * Any other text extracts nothing.
 */
export async function handExtraction(input: ExtractionInput): Promise<Extraction> {
  const text = input.text;
  if (text !== ARTICLE.text) return { sentences: [], mentions: [], references: [], dates: [], quotations: [], candidates: [] };
  const mention = (quote: string, actorId: string | null, confidence = 1, from = 0): Mention => ({
    ...span(text, quote, from),
    actorId,
    choices: [],
    via: actorId ? 'GAZETTEER' : 'SUGGESTION',
    confidence,
  });
  const allegation = span(text, ARTICLE.allegationQuote);
  const wednesday = span(text, 'on Wednesday');
  const candidates: CandidateDraft[] = [
    {
      kind: 'ALLEGATION',
      evidence: allegation,
      confidence: 0.8,
      summary: 'Jordanian traders buy oil that ISIL smuggles out of Syria.',
      claimant: { actorId: 'Actor:ilya-rogachev', name: 'Ilya Rogachev', role: null },
      named: [
        { actorId: 'Actor:jordan', name: 'Jordanian traders', role: 'BUYER' },
        { actorId: 'Actor:isil', name: 'ISIL', role: 'SELLER' },
      ],
      topics: ['oil'],
      status: 'ALLEGED',
      statedOn: { ...wednesday, value: '2016-03-02', precision: 'DAY_INFERRED', weekday: 'Wednesday' },
    },
    {
      kind: 'STATEMENT',
      evidence: span(text, ARTICLE.denialQuote),
      confidence: 0.7,
      summary: 'Jordan rejects the premise that it buys oil from terrorists.',
      speaker: { actorId: 'Actor:jordan', name: 'a spokesman for the government in Amman', role: null },
      answersEvidence: allegation,
      byNamedParty: true,
    },
    {
      kind: 'ACTOR',
      evidence: span(text, 'Kareem Haddad'),
      confidence: 0.4,
      summary: 'Kareem Haddad, a person the graph does not know',
      name: 'Kareem Haddad',
      actorKind: 'PERSON',
    },
    { kind: 'RESOLUTION_LINK', evidence: span(text, 'smuggled by ISIL'), confidence: 0.2, summary: 'Perhaps resolution 2199', resolutionNumbers: [2199] },
    // A span that is not where it says: dropped, never stored.
    { kind: 'ALLEGATION', evidence: { start: 0, end: 5, quote: 'Moscow' }, confidence: 0.1, summary: 'misplaced' },
  ];
  return {
    sentences: [],
    mentions: [
      mention('Russia', 'Actor:russia'),
      mention('Jordan', 'Actor:jordan', 1, text.indexOf('Jordan buys')),
      mention('ISIL', 'Actor:isil'),
      mention('Ilya Rogachev', 'Actor:ilya-rogachev'),
      mention('Kareem', null, 0.4),
    ],
    references: [],
    dates: [],
    quotations: [],
    candidates,
  };
}

/** Posts an operation to /graphql with a bearer token (or none, or a raw Authorization header). */
export type Post = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
  authorization?: string,
) => Promise<GqlResponse<T>>;

/** GraphQL over HTTP against a test app. */
export function post(app: TestApp): Post {
  return async <T>(query: string, variables?: Record<string, unknown>, token?: string | null, authorization?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization !== undefined) headers.authorization = authorization;
    else if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${app.server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { ...((await res.json()) as GqlResponse<T>), status: res.status };
  };
}
