// Candidate facts: a document ingested (its candidates and mentions stored with it in one transaction), the review queue, and the decisions (accept, reject, reopen), each written with the facts it changes in one transaction.
import { candidateList, candidateModel } from '../model/candidate.model';
import { countStatement, pageStatement } from '../model/list-statements';
import crypto from 'node:crypto';
import type { Principal } from '../auth/authenticate';
import { decodeCursor, encodeCursor } from '../cursor';
import { BadUserInputError, CodedError, NotFoundError } from '../errors';
import { storeId, toGlobalId } from '../ids';
import type { CandidateDraft, CandidateKind, Extraction, ExtractionInput, FoundDate, KnownName, Span } from '../ingest/ingest.types';
import { loadKnownNames } from '../ingest/known-names.loader';
import { normaliseName, searchTextOf } from '../names';
import { WriteStepUnmetError, type WriteStep } from '../store/graph-store';
import { withoutNulls } from '../store/values';
import { connectionOf } from './connection';
import type { Data } from './data';
import { edgeLoader, nodeLoader } from './loaders';
import { allTopics } from './topic.repo';
import { num, str, strings, type DocumentRecord, type EvidenceRecord, type Props } from './records';
import { actorNodes, allegationNodes, documentNodes, resolutionNodes } from './nodes';
import { findActorByName } from './actor.repo';
import { PAGE_SIZE } from './listing';

/** Where a candidate stands. */

/** A confidence as stored: two decimals (the rules' sums give 0.6000000000000001). */
const twoPlaces = (x: number) => Math.round(x * 100) / 100;

export type CandidateStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** What a decision did. */
export type DecisionAction = 'ACCEPT' | 'REJECT' | 'REOPEN' | 'RESOLVE_MENTION';

/** The allegation a denial answered and its status before and after (restored on reopen). */
export interface Answered {
  allegationId: string;
  before: string;
  after: string;
}

/** A candidate, as the repository returns it. */
export interface CandidateRecord {
  __typename: 'Candidate';
  id: string;
  key: string;
  documentKey: string;
  index: number;
  kind: CandidateKind;
  status: CandidateStatus;
  confidence: number;
  summary: string;
  evidence: EvidenceRecord;
  /** The fact as it stands (the reviewer's edit once accepted). */
  draft: CandidateDraft;
  /** The fact as the pipeline proposed it. */
  proposal: CandidateDraft;
  /** Store ids of the facts its accept wrote (empty unless accepted). */
  factKeys: string[];
  answered: Answered | null;
  decisionCount: number;
  createdAt: string | null;
}

/** A decision, as the repository returns it (on a candidate, or on a mention: RESOLVE_MENTION). */
export interface DecisionRecord {
  key: string;
  candidateKey: string;
  mentionKey: string | null;
  seq: number;
  actor: string;
  at: string;
  action: DecisionAction;
  reason: string | null;
  edit: Record<string, unknown> | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  factKeys: string[];
}

/** A name found in a document, as the repository returns it. */
export interface MentionRecord {
  /** Its store id ("Mention:<document hash>-<position>"). */
  key: string;
  documentKey: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  actorKey: string | null;
  choiceKeys: string[];
  via: string;
  decisionCount: number;
}

const parseJson = <T>(v: unknown): T | null => {
  if (typeof v !== 'string') return null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
};

/** The record of a store row holding a candidate's properties. */
export const toCandidate = (p: Props): CandidateRecord => {
  const key = String(p.id);
  const documentKey = str(p.documentId) ?? '';
  const start = num(p.start) ?? 0;
  const end = num(p.end) ?? 0;
  const proposal = parseJson<CandidateDraft>(p.proposal);
  const quote = str(p.quote) ?? '';
  const fallback: CandidateDraft = {
    kind: str(p.kind) as CandidateKind,
    evidence: { start, end, quote },
    confidence: num(p.confidence) ?? 0,
    summary: str(p.summary) ?? '',
  };
  return {
    __typename: 'Candidate',
    id: toGlobalId(key),
    key,
    documentKey,
    index: num(p.index) ?? 0,
    kind: (str(p.kind) ?? 'ALLEGATION') as CandidateKind,
    status: (str(p.status) ?? 'PENDING') as CandidateStatus,
    confidence: num(p.confidence) ?? 0,
    summary: str(p.summary) ?? '',
    evidence: { key: evidenceKey(documentKey, start, end), documentKey, quote, start, end },
    draft: parseJson<CandidateDraft>(p.draft) ?? proposal ?? fallback,
    proposal: proposal ?? fallback,
    factKeys: strings(p.facts),
    answered: parseJson<Answered>(p.answered),
    decisionCount: num(p.decisionCount) ?? 0,
    createdAt: str(p.createdAt),
  };
};

const toDecision = (p: Props): DecisionRecord => ({
  key: String(p.id),
  candidateKey: str(p.candidateId) ?? '',
  mentionKey: str(p.mentionId),
  seq: num(p.seq) ?? 0,
  actor: str(p.actor) ?? '',
  at: str(p.at) ?? '',
  action: (str(p.action) ?? 'ACCEPT') as DecisionAction,
  reason: str(p.reason),
  edit: parseJson(p.edit),
  before: parseJson(p.before),
  after: parseJson(p.after),
  factKeys: strings(p.facts),
});

/** Candidates by store id. */
export const candidateNodes = nodeLoader<CandidateRecord>('find-candidates', 'candidate', toCandidate);

/** Each candidate's decisions, oldest first. */
const candidateDecisions = edgeLoader<{ parentId: string; decision: Props }>('list-candidate-decisions');

/** Each document's mentions, in text order. */
const documentMentions = edgeLoader<{ parentId: string; mention: Props }>('list-document-mentions');

/** Each mention's decisions, oldest first. */
const mentionDecisions = edgeLoader<{ parentId: string; decision: Props }>('list-mention-decisions');

const toMention = (p: Props, documentKey: string): MentionRecord => ({
  key: String(p.id),
  documentKey,
  text: str(p.text) ?? '',
  start: num(p.start) ?? 0,
  end: num(p.end) ?? 0,
  confidence: num(p.confidence) ?? 0,
  actorKey: str(p.actorId),
  choiceKeys: strings(p.choices),
  via: str(p.via) ?? 'GAZETTEER',
  decisionCount: num(p.decisionCount) ?? 0,
});

/** The evidence id of a span of a document, as the seed makes them ("Evidence:<document key>:<start>-<end>"). */
function evidenceKey(documentKey: string, start: number, end: number): string {
  return storeId('Evidence', `${documentKey.replace(/^Document:/, '')}:${start}-${end}`);
}

/** A candidate by store id, or null. */
export function findCandidate(data: Data, key: string): Promise<CandidateRecord | null> {
  return data.loaders.get(candidateNodes).load(key);
}

/** A candidate's decisions, oldest first. */
export async function decisionsOf(data: Data, candidateKey: string): Promise<DecisionRecord[]> {
  return (await data.loaders.get(candidateDecisions).load(candidateKey)).map((row) => toDecision(row.decision));
}

/** A document's mentions, in text order (none for documents that were not ingested). */
export async function mentionsOf(data: Data, documentKey: string): Promise<MentionRecord[]> {
  return (await data.loaders.get(documentMentions).load(documentKey)).map(({ mention: p }) => toMention(p, documentKey));
}

/** A mention's decisions (RESOLVE_MENTION), oldest first. */
export async function mentionDecisionsOf(data: Data, mentionKey: string): Promise<DecisionRecord[]> {
  return (await data.loaders.get(mentionDecisions).load(mentionKey)).map((row) => toDecision(row.decision));
}

/** A mention by store id (read from the store, not a loader: decisions need its latest decisionCount), or null. */
async function readMention(data: Data, key: string): Promise<MentionRecord | null> {
  const rows = await data.store.read<{ mention: Props }>('find-mentions', { ids: [key] });
  return rows[0] ? toMention(rows[0].mention, str(rows[0].mention.documentId) ?? '') : null;
}

// ---------------------------------------------------------------------------------------------------------------------
// The review queue

/** The review queue's filters. */
export interface ReviewQueueFilter {
  documentKey?: string | null;
  kinds?: CandidateKind[] | null;
  status?: CandidateStatus | null;
}

/** The review queue's statements for the filters set (built from the model: src/model/candidate.model.ts). */
const setFilters = (params: Record<string, unknown>) => Object.keys(params).filter((k) => params[k] !== null && params[k] !== undefined);
const queuePage = (data: Data, params: Record<string, unknown>) =>
  pageStatement(candidateModel, candidateList, { set: setFilters(params), order: 'QUEUE', descending: false, among: false, engine: data.store.engine });
const queueCount = (data: Data, params: Record<string, unknown>) =>
  countStatement(candidateModel, candidateList, { set: setFilters(params), among: false, engine: data.store.engine });

/** A page of the review queue (Relay connection; positions as cursors). */
export async function reviewQueue(
  data: Data,
  filter: ReviewQueueFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  withCount: boolean,
) {
  const limit = first ?? PAGE_SIZE.default;
  const skip = after ? Number(decodeCursor(after, 'Candidate')) + 1 : 0;
  const params = {
    documentId: filter.documentKey ?? null,
    kinds: filter.kinds && filter.kinds.length > 0 ? filter.kinds : null,
    statuses: filter.status ? [filter.status] : null,
  };
  const [rows, count] = await Promise.all([
    data.store.read<{ candidate: Props }>(queuePage(data, params), { ...params, skip, limit: limit + 1 }),
    withCount ? data.store.read<{ total: number }>(queueCount(data, params), params) : Promise.resolve([{ total: 0 }]),
  ]);
  const nodes = rows.slice(0, limit).map((r) => toCandidate(r.candidate));
  for (const node of nodes) data.loaders.get(candidateNodes).prime(node.key, node);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor('Candidate', skip + i), node }));
  return { ...connectionOf(edges, rows.length > limit, skip > 0), totalCount: count[0]?.total ?? 0 };
}

// ---------------------------------------------------------------------------------------------------------------------
// Ingest

/** What ingestDocument takes. */
export interface IngestArgs {
  text: string;
  title?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
  url?: string | null;
}

/** The pipeline: a text and what the graph knows in, spans and candidates out (run in the worker pool by the caller's choice). */
export type Extractor = (input: ExtractionInput, deadline: number) => Promise<Extraction>;

/** What ingestDocument returns. */
export interface IngestRecord {
  document: DocumentRecord;
  candidates: CandidateRecord[];
  duplicate: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character that shows a text is not clean UTF-8 (a lone surrogate, U+FFFD left by a failed decoding, NUL), or null. */
function firstBadCharacter(text: string): { at: number; what: string } | null {
  const found = [
    { at: LONE_SURROGATE.exec(text)?.index ?? -1, what: 'a lone surrogate' },
    { at: text.indexOf('\uFFFD'), what: 'a byte sequence that is not UTF-8 (U+FFFD)' },
    { at: text.indexOf(String.fromCharCode(0)), what: 'a NUL character' },
  ].filter((f) => f.at >= 0);
  return found.sort((x, y) => x.at - y.at)[0] ?? null;
}

/** Refuses a text that is empty, not valid Unicode (UTF-8 that did not decode, lone surrogates, NUL), or longer than `maxChars`. */
export function checkIngestText(text: string, maxChars: number): void {
  if (text.length > maxChars) {
    throw new BadUserInputError(`The text has ${text.length} characters; at most ${maxChars} are ingested at once (DOSSIER_INGEST_MAX_CHARS)`, {
      argumentName: 'text',
      reason: 'TOO_LARGE',
      limit: maxChars,
    });
  }
  if (text.trim() === '') throw new BadUserInputError('The text is empty', { argumentName: 'text', reason: 'EMPTY' });
  const bad = firstBadCharacter(text);
  if (bad) {
    throw new BadUserInputError(`The text is not valid UTF-8 text: ${bad.what} at character ${bad.at}`, {
      argumentName: 'text',
      reason: 'NOT_UTF8',
      at: bad.at,
    });
  }
}

const KINDS_OF_KNOWN_NAMES: Record<string, KnownName['kind']> = { STATE: 'STATE', PERSON: 'PERSON' };

/**
 * What the pipeline needs from the graph: every actor's names (the store's, with the seed's and the member states' the
 * pipeline ships: a state the store lacks keeps its `Actor:state:<ISO3>` id), the topics, the resolutions' adoptions.
 */
export async function extractionInput(data: Data, text: string, publishedOn: string | null, publisher: string | null): Promise<ExtractionInput> {
  const [stored, topics, resolutions] = await Promise.all([
    data.store.read<{ actorId: string; name: string; kind: string }>('list-known-names'),
    allTopics(data),
    data.store.read<{ number: number; adoptedOn: string; topics: string[]; agenda: string | null }>('list-resolution-adoptions'),
  ]);
  const names = new Map<string, KnownName>();
  for (const n of [...stored.map((s) => ({ actorId: s.actorId, name: s.name, kind: KINDS_OF_KNOWN_NAMES[s.kind] ?? 'ORGANIZATION' })), ...shippedNames()]) {
    names.set(`${n.actorId}\u0000${n.name}`, n);
  }
  return {
    text,
    publishedOn,
    publisher,
    names: [...names.values()],
    topics: topics.map((t) => ({ key: t.topicKey, names: [t.name, ...t.aliases] })),
    resolutions: resolutions.map((r) => ({ number: r.number, adoptedOn: r.adoptedOn, topics: r.topics, ...(r.agenda ? { agenda: r.agenda } : {}) })),
  };
}

let shipped: KnownName[] | undefined;

/** The names the pipeline ships (the seed's actors and the member states), read once. */
function shippedNames(): KnownName[] {
  return (shipped ??= loadKnownNames());
}

/** Whether a span is exactly where it says in the text. */
const spanHolds = (text: string, span: Span | null | undefined): span is Span =>
  !!span &&
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.end <= text.length &&
  text.slice(span.start, span.end) === span.quote;

/**
 * Ingests a text: the same text (same SHA-256) again returns its document and candidates, adding nothing; else the
 * pipeline runs and the document, its mentions and its candidates are written in one transaction. Spans that are not
 * exactly where they say are dropped (logged by the caller through `dropped`).
 */
export async function ingestDocument(
  data: Data,
  args: IngestArgs,
  principal: Principal,
  options: { maxChars: number; extract: Extractor; deadline: number },
): Promise<IngestRecord & { dropped: number }> {
  checkIngestText(args.text, options.maxChars);
  if (args.url && !/^https?:\/\/\S+$/.test(args.url))
    throw new BadUserInputError(`"url" must be an http(s) URL, got "${args.url.slice(0, 100)}"`, { argumentName: 'url' });
  const hash = crypto.createHash('sha256').update(args.text, 'utf8').digest('hex');
  const documentKey = storeId('Document', `ingest-${hash.slice(0, 32)}`);
  const existing = await data.loaders.get(documentNodes).load(documentKey);
  if (existing) return { document: existing, candidates: await candidatesOfDocument(data, documentKey), duplicate: true, dropped: 0 };

  const text = args.text;
  const extraction = await options.extract(await extractionInput(data, text, args.publishedOn ?? null, args.publisher ?? null), options.deadline);
  const drafts = extraction.candidates.filter((c) => spanHolds(text, c.evidence));
  const mentions = extraction.mentions.filter((m) => spanHolds(text, m));
  const now = new Date().toISOString();
  const short = hash.slice(0, 16);
  const steps: WriteStep[] = [
    {
      query: 'upsert-documents',
      params: {
        rows: [
          {
            id: documentKey,
            props: withoutNulls({
              title: args.title,
              publisher: args.publisher,
              url: args.url,
              publishedOn: args.publishedOn,
              text,
              textLength: text.length,
              contentHash: hash,
              nameKey: normaliseName(args.title ?? documentKey),
              searchText: searchTextOf([args.title, args.publisher, text]),
              sourceKind: 'ARTICLE',
              covers: ['allegations', 'statements'],
              coverageFrom: args.publishedOn,
              coverageTo: args.publishedOn,
              ingestedBy: principal.name,
              ingestedAt: now,
            }),
          },
        ],
      },
    },
    {
      query: 'upsert-mentions',
      params: {
        rows: mentions.map((m, i) => ({
          id: `Mention:${short}-${i}`,
          documentId: documentKey,
          props: withoutNulls({
            text: m.quote,
            start: m.start,
            end: m.end,
            confidence: twoPlaces(m.confidence),
            actorId: m.actorId,
            choices: m.choices,
            via: m.via,
          }),
        })),
      },
    },
    {
      query: 'upsert-candidates',
      params: {
        rows: drafts.map((draft, index) => {
          const json = JSON.stringify(draft);
          return {
            id: storeId('Candidate', `${short}-${index}`),
            documentId: documentKey,
            props: {
              documentId: documentKey,
              index,
              kind: draft.kind,
              status: 'PENDING',
              confidence: twoPlaces(draft.confidence),
              summary: draft.summary,
              quote: draft.evidence.quote,
              start: draft.evidence.start,
              end: draft.evidence.end,
              proposal: json,
              draft: json,
              facts: [],
              decisionCount: 0,
              createdAt: now,
            },
          };
        }),
      },
    },
  ];
  await data.store.writeTransaction(steps, { actor: principal.name, decision: `ingest ${documentKey}` });
  data.loaders.get(documentNodes).clear(documentKey);
  const document = await data.loaders.get(documentNodes).load(documentKey);
  if (!document) throw new Error(`the document ${documentKey} was written but cannot be read`);
  return {
    document,
    candidates: await candidatesOfDocument(data, documentKey),
    duplicate: false,
    dropped: extraction.candidates.length - drafts.length + extraction.mentions.length - mentions.length,
  };
}

/** Every candidate of a document, in order (at most 10,000). */
async function candidatesOfDocument(data: Data, documentKey: string): Promise<CandidateRecord[]> {
  const params = { documentId: documentKey };
  const rows = await data.store.read<{ candidate: Props }>(queuePage(data, params), { ...params, skip: 0, limit: 10_000 });
  return rows.map((r) => toCandidate(r.candidate));
}

// ---------------------------------------------------------------------------------------------------------------------
// Decisions

/** What a reviewer may correct before accepting (store ids; null or absent: keep the candidate's). */
export interface CandidateEditInput {
  summary?: string | null;
  claimantKey?: string | null;
  named?: Array<{ actorKey: string; role: string }> | null;
  topics?: string[] | null;
  status?: string | null;
  statedOn?: string | null;
  statedOnPrecision?: string | null;
  speakerKey?: string | null;
  answersKey?: string | null;
  name?: string | null;
  actorKind?: string | null;
  /** RELATION: the relation, and the parties (an actor's store id, or a name looked up as actor(name:) does). */
  relation?: string | null;
  subject?: PartyRef | null;
  object?: PartyRef | null;
  /** RELATION: ISO dates as precise as known (2014, 2014-06, 2014-06-29); "" for none. */
  since?: string | null;
  until?: string | null;
  /** RESOLUTION_LINK: the resolution meant (store id). */
  resolutionKey?: string | null;
}

/** A party a reviewer names: an actor by store id, or a name. */
export type PartyRef = { key: string } | { name: string };

/** The candidate to decide on; NOT_FOUND when there is none. */
async function candidateToDecide(data: Data, key: string): Promise<CandidateRecord> {
  const candidate = await data.store.read<{ candidate: Props }>('find-candidates', { ids: [key] });
  if (!candidate[0]) throw new NotFoundError(`There is no candidate ${toGlobalId(key)}`);
  return toCandidate(candidate[0].candidate);
}

/** The state of a candidate a decision records before and after. */
const stateOf = (c: Pick<CandidateRecord, 'status' | 'draft' | 'factKeys' | 'answered'>) => ({
  status: c.status,
  draft: c.draft,
  facts: c.factKeys,
  answered: c.answered,
});

/** The step that records a decision and moves the candidate, unless another decision came first (then nothing is written). */
function decisionStep(
  candidate: CandidateRecord,
  principal: Principal,
  action: DecisionAction,
  reason: string | null,
  edit: CandidateEditInput | null,
  after: Pick<CandidateRecord, 'status' | 'draft' | 'factKeys' | 'answered'>,
  at: string,
): { step: WriteStep; decisionKey: string } {
  const seq = candidate.decisionCount + 1;
  const decisionKey = `Decision:${candidate.key.replace(/^Candidate:/, '')}-${seq}`;
  return {
    decisionKey,
    step: {
      query: 'record-decision',
      requireRows: true,
      params: {
        candidateId: candidate.key,
        seen: candidate.decisionCount,
        status: after.status,
        draft: JSON.stringify(after.draft),
        facts: after.factKeys,
        answered: after.answered ? JSON.stringify(after.answered) : null,
        decision: withoutNulls({
          id: decisionKey,
          candidateId: candidate.key,
          seq,
          actor: principal.name,
          at,
          action,
          reason,
          edit: edit ? JSON.stringify(edit) : null,
          before: JSON.stringify(stateOf(candidate)),
          after: JSON.stringify(stateOf(after)),
          facts: action === 'REOPEN' ? candidate.factKeys : after.factKeys,
        }),
      },
    },
  };
}

/** Runs a decision's steps in one transaction; a decision that lost a race with another is refused, nothing written. */
async function commitDecision(
  data: Data,
  candidate: CandidateRecord,
  principal: Principal,
  decisionKey: string,
  steps: WriteStep[],
  answered: string | null = null,
): Promise<CandidateRecord> {
  try {
    await data.store.writeTransaction(steps, { actor: principal.name, decision: decisionKey });
  } catch (error) {
    if (error instanceof WriteStepUnmetError && error.query === 'record-decision') {
      throw new CodedError(`The candidate ${candidate.id} was decided by someone else meanwhile; read it again`, 'BAD_USER_INPUT');
    }
    if (error instanceof WriteStepUnmetError && error.query === 'record-mention-resolution') {
      throw new CodedError(`The mention this candidate names was resolved by someone else meanwhile; read it again`, 'BAD_USER_INPUT');
    }
    if (error instanceof WriteStepUnmetError && error.query === 'link-accepted-relations') {
      throw new CodedError(`A party of the relation left the graph meanwhile; read it again`, 'BAD_USER_INPUT');
    }
    throw error;
  }
  data.loaders.get(candidateNodes).clear(candidate.key);
  data.loaders.get(candidateDecisions).clear(candidate.key);
  if (answered) data.loaders.get(allegationNodes).clear(answered);
  return (await findCandidate(data, candidate.key))!;
}

/** Checks that every actor exists; BAD_USER_INPUT naming the missing ones. */
async function assertActors(data: Data, keys: string[], what: string): Promise<void> {
  const found = await data.loaders.get(actorNodes).loadMany(keys);
  const missing = keys.filter((_, i) => !found[i] || found[i] instanceof Error);
  if (missing.length > 0) throw new BadUserInputError(`${what}: no actor ${missing.map(toGlobalId).join(', ')}`);
}

/** The draft with the reviewer's corrections applied and checked. */
async function applyEdit(data: Data, draft: CandidateDraft, edit: CandidateEditInput | null): Promise<CandidateDraft> {
  if (!edit) return draft;
  const next: CandidateDraft = { ...draft };
  const actorName = async (key: string) => (await data.loaders.get(actorNodes).load(key))?.name ?? key;
  if (edit.summary) next.summary = edit.summary;
  if (edit.claimantKey) next.claimant = { actorId: edit.claimantKey, name: await actorName(edit.claimantKey), role: null };
  if (edit.speakerKey) next.speaker = { actorId: edit.speakerKey, name: await actorName(edit.speakerKey), role: null };
  if (edit.named) {
    next.named = await Promise.all(edit.named.map(async (n) => ({ actorId: n.actorKey, name: await actorName(n.actorKey), role: n.role })));
  }
  if (edit.topics) next.topics = edit.topics;
  if (edit.status) next.status = edit.status as CandidateDraft['status'];
  if (edit.statedOn !== undefined && edit.statedOn !== null) {
    const precision = (edit.statedOnPrecision ?? 'DAY') as NonNullable<CandidateDraft['statedOn']>['precision'];
    next.statedOn = { ...(draft.statedOn ?? draft.evidence), value: edit.statedOn, precision };
  }
  if (edit.name) next.name = edit.name;
  if (edit.actorKind) next.actorKind = edit.actorKind as CandidateDraft['actorKind'];
  if (edit.relation) next.relation = edit.relation;
  if (edit.subject) next.subject = await partyOf(data, edit.subject, 'edit.subject');
  if (edit.object) next.object = await partyOf(data, edit.object, 'edit.object');
  if (edit.since !== undefined && edit.since !== null) next.since = editedDate(edit.since, draft.since ?? draft.evidence, 'edit.since');
  if (edit.until !== undefined && edit.until !== null) next.until = editedDate(edit.until, draft.until ?? draft.evidence, 'edit.until');
  if (edit.resolutionKey) next.resolutionKey = edit.resolutionKey;
  return next;
}

/** A party a reviewer names, as a resolved actor: by id (it must exist) or by name (exactly one actor; AMBIGUOUS_NAME lists the choices). */
async function partyOf(data: Data, ref: PartyRef, argumentName: string): Promise<NonNullable<CandidateDraft['subject']>> {
  if ('key' in ref) {
    const actor = await data.loaders.get(actorNodes).load(ref.key);
    if (!actor) throw new BadUserInputError(`"${argumentName}": there is no actor ${toGlobalId(ref.key)}`, { argumentName });
    return { actorId: actor.key, name: actor.name, role: null };
  }
  const actor = await findActorByName(data, ref.name);
  if (!actor) throw new BadUserInputError(`"${argumentName}": no actor is called "${ref.name.slice(0, 100)}"`, { argumentName });
  return { actorId: actor.key, name: actor.name, role: null };
}

const ISO_PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date a reviewer gives (2014, 2014-06 or 2014-06-29; "" for none) as a found date: the first day of it, with its precision. */
function editedDate(value: string, at: Span, argumentName: string): FoundDate | null {
  if (value.trim() === '') return null;
  const m = ISO_PARTIAL.exec(value.trim());
  if (!m)
    throw new BadUserInputError(`"${argumentName}" must be an ISO date (2014, 2014-06 or 2014-06-29), or "" for none; got "${value.slice(0, 40)}"`, {
      argumentName,
    });
  const precision = m[3] ? 'DAY' : m[2] ? 'MONTH' : 'YEAR';
  return { start: at.start, end: at.end, quote: at.quote, value: `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`, precision };
}

/** A found date as a RELATED_TO edge stores it: an ISO date as precise as known (YEAR 2014, MONTH 2014-06, DAY 2014-06-29); null without a value. */
function edgeDate(date: FoundDate | null | undefined): { value: string; precision: 'DAY' | 'MONTH' | 'YEAR' } | null {
  if (!date?.value) return null;
  if (date.precision === 'YEAR') return { value: date.value.slice(0, 4), precision: 'YEAR' };
  if (date.precision === 'MONTH') return { value: date.value.slice(0, 7), precision: 'MONTH' };
  if (date.precision === 'WEEKDAY') return null;
  return { value: date.value.slice(0, 10), precision: 'DAY' };
}

/** A party of a relation the pipeline proposed, resolved: its actor, else the one actor of its name (AMBIGUOUS_NAME lists the choices). */
async function resolvedParty(data: Data, party: CandidateDraft['subject'], what: string): Promise<NonNullable<CandidateDraft['subject']>> {
  if (!party) throw new BadUserInputError(`The relation has no ${what}: give edit.${what} (an actor id or name)`);
  if (party.actorId) {
    await assertActors(data, [party.actorId], `The ${what}`);
    return party;
  }
  const actor = await findActorByName(data, party.name);
  if (!actor) throw new BadUserInputError(`The ${what} "${party.name}" is not a known actor: give edit.${what} (an actor id or name)`);
  return { ...party, actorId: actor.key };
}

/**
 * The parties the extraction left unresolved, resolved by name where the graph now knows exactly one actor so called
 * (an ACTOR candidate accepted since, for instance); a name still unknown or shared stays unresolved.
 */
async function resolveParties(data: Data, draft: CandidateDraft): Promise<CandidateDraft> {
  type Party = NonNullable<CandidateDraft['claimant']>;
  const resolve = async <P extends Party | null | undefined>(party: P): Promise<P> => {
    if (!party || party.actorId || !party.name) return party;
    const key = normaliseName(party.name);
    const rows = key ? await data.store.read<{ id: string }>('find-actor-ids-by-name', { key }, { combine: true }) : [];
    return rows.length === 1 ? { ...party, actorId: rows[0]!.id } : party;
  };
  return {
    ...draft,
    claimant: await resolve(draft.claimant),
    speaker: await resolve(draft.speaker),
    named: draft.named ? await Promise.all(draft.named.map(resolve)) : draft.named,
  };
}

/** The document text a candidate quotes, with its evidence checked against it. */
async function verifiedEvidence(data: Data, candidate: CandidateRecord): Promise<EvidenceRecord> {
  const rows = await data.store.read<{ document: Props }>('find-documents', { ids: [candidate.documentKey], withText: true });
  const text = str(rows[0]?.document.text);
  const e = candidate.evidence;
  if (text === null || text.slice(e.start, e.end) !== e.quote) {
    throw new Error(`candidate ${candidate.key}: its quote is not at ${e.start}-${e.end} of ${candidate.documentKey}`);
  }
  return e;
}

/**
 * Accepts a candidate: its facts are written with their evidence and the decision, in one transaction. `roles`: the
 * roles a named actor may have (the API's Role enum).
 */
export async function acceptCandidate(
  data: Data,
  key: string,
  edit: CandidateEditInput | null,
  principal: Principal,
  roles: ReadonlySet<string>,
): Promise<CandidateRecord> {
  const candidate = await candidateToDecide(data, key);
  if (candidate.status !== 'PENDING') throw new BadUserInputError(`The candidate ${candidate.id} is ${candidate.status}: reopen it first`);
  const draft = await resolveParties(data, await applyEdit(data, candidate.draft, edit));
  const evidence = await verifiedEvidence(data, candidate);
  const at = new Date().toISOString();
  const factKey = (type: 'Allegation' | 'Statement') => storeId(type, `ingest-${candidate.key.replace(/^Candidate:/, '')}-${candidate.decisionCount + 1}`);
  const evidenceRow = { id: evidence.key, documentId: evidence.documentKey, quote: evidence.quote, start: evidence.start, end: evidence.end };
  const factSteps: WriteStep[] = [{ query: 'upsert-evidence', params: { rows: [evidenceRow] } }];
  let factKeys: string[] = [];
  let answered: Answered | null = null;

  if (draft.kind === 'ALLEGATION') {
    const claimant = draft.claimant?.actorId;
    if (!claimant) throw new BadUserInputError('The claimant is not a known actor: give edit.claimant (an actor id)');
    const unresolved = (draft.named ?? []).filter((n) => !n.actorId);
    if (unresolved.length > 0) {
      throw new BadUserInputError(`Named actors not resolved: ${unresolved.map((n) => `"${n.name}"`).join(', ')}; give edit.named with actor ids and roles`);
    }
    const badRoles = (draft.named ?? []).filter((n) => !n.role || !roles.has(n.role));
    if (badRoles.length > 0) {
      throw new BadUserInputError(`Named actors without a known role: ${badRoles.map((n) => `"${n.name}" (${n.role ?? 'none'})`).join(', ')}; give edit.roles`);
    }
    const named = (draft.named ?? []).map((n) => ({ actorId: n.actorId!, role: n.role! }));
    await assertActors(data, [claimant, ...named.map((n) => n.actorId)], 'The claimant and named actors');
    const known = new Set((await allTopics(data)).map((t) => t.topicKey));
    const topics = [...new Set(draft.topics ?? [])];
    const unknownTopics = topics.filter((t) => !known.has(t));
    if (unknownTopics.length > 0)
      throw new BadUserInputError(`Unknown topics: ${unknownTopics.join(', ')} (topic keys such as ${[...known].slice(0, 3).join(', ')})`);
    const id = factKey('Allegation');
    factKeys = [id];
    factSteps.push(
      {
        query: 'upsert-allegations',
        params: {
          rows: [
            {
              id,
              props: withoutNulls({
                summary: draft.summary,
                status: draft.status ?? 'ALLEGED',
                statedOn: draft.statedOn?.value ?? null,
                statedOnPrecision: draft.statedOn ? draft.statedOn.precision : 'UNKNOWN',
                note: `Accepted by ${principal.name} from candidate ${candidate.id}`,
                evidence: [evidence.key],
                nameKey: normaliseName(draft.summary),
                searchText: searchTextOf([draft.summary, evidence.quote]),
                candidateId: candidate.key,
              }),
            },
          ],
        },
      },
      { query: 'link-allegation-claimants', params: { rows: [{ allegationId: id, actorId: claimant, evidence: [evidence.key] }] } },
      {
        query: 'link-allegation-named',
        params: { rows: named.map((n) => ({ allegationId: id, actorId: n.actorId, role: n.role, evidence: [evidence.key] })) },
      },
      { query: 'link-topics', params: { rows: topics.map((t) => ({ fromId: id, topicId: storeId('Topic', t), evidence: [evidence.key] })) } },
    );
  } else if (draft.kind === 'STATEMENT') {
    const speaker = draft.speaker?.actorId;
    if (!speaker) throw new BadUserInputError('The speaker is not a known actor: give edit.speaker (an actor id)');
    await assertActors(data, [speaker], 'The speaker');
    const id = factKey('Statement');
    factKeys = [id];
    factSteps.push(
      {
        query: 'upsert-statements',
        params: { rows: [{ id, props: { quote: evidence.quote, direct: /^[“"‘']/.test(evidence.quote) }, evidence: [evidence.key] }] },
      },
      { query: 'link-statement-speakers', params: { rows: [{ statementId: id, speakerId: speaker, evidence: [evidence.key] }] } },
    );
    const allegationKey = edit?.answersKey ?? (await answeredAllegation(data, candidate, draft));
    if (allegationKey) {
      const allegation = await data.loaders.get(allegationNodes).load(allegationKey);
      if (!allegation) throw new BadUserInputError(`There is no allegation ${toGlobalId(allegationKey)} to answer`);
      const namedRows = await data.store.read<{ childId: string }>('list-allegation-named', { ids: [allegationKey] });
      // A speaker the reviewer named is judged by the allegation's named actors alone (the pipeline's guess was about its own speaker).
      const speakerIsNamed = namedRows.some((r) => r.childId === speaker);
      const byNamedParty = edit?.speakerKey ? speakerIsNamed : draft.byNamedParty === true || speakerIsNamed;
      const status = byNamedParty || allegation.status === 'DENIED' ? 'DENIED' : 'DISPUTED';
      answered = { allegationId: allegationKey, before: allegation.status, after: status };
      factSteps.push(
        { query: 'upsert-allegations', params: { rows: [{ id: allegationKey, props: { status } }] } },
        { query: 'link-statement-answers', params: { rows: [{ statementId: id, allegationId: allegationKey, evidence: [evidence.key] }] } },
      );
    }
  } else if (draft.kind === 'ACTOR') {
    const name = draft.name?.trim();
    if (!name) throw new BadUserInputError('The actor has no name: give edit.name');
    const slug = normaliseName(name).replace(/ /g, '-');
    const id = storeId('Actor', slug);
    if (await data.loaders.get(actorNodes).load(id))
      throw new BadUserInputError(`An actor ${toGlobalId(id)} ("${name}") exists already; reject this candidate`);
    factKeys = [id];
    factSteps.push(
      {
        query: 'upsert-actors',
        params: {
          rows: [
            {
              id,
              props: {
                kind: draft.actorKind ?? 'PERSON',
                name,
                aliases: [],
                evidence: [evidence.key],
                nameKey: normaliseName(name),
                searchText: searchTextOf([name]),
              },
            },
          ],
        },
      },
      { query: 'upsert-actor-names', params: { rows: [{ actorId: id, key: normaliseName(name), text: name, source: 'ingest' }] } },
    );
    const mention = await mentionOfActorCandidate(data, candidate, draft);
    if (mention) {
      draft.mentionBefore = mention.actorKey;
      draft.mentionKey = mention.key;
      factSteps.push(mentionStep(mention, id, principal, `Accepted candidate ${candidate.id}: a new actor`, at).step);
    }
  } else if (draft.kind === 'RELATION') {
    const subject = await resolvedParty(data, draft.subject, 'subject');
    const object = await resolvedParty(data, draft.object, 'object');
    if (subject.actorId === object.actorId)
      throw new BadUserInputError(`The subject and the object are the same actor (${subject.name}): give edit.subject or edit.object`);
    const relation = draft.relation ?? 'RELATED_TO';
    const since = edgeDate(draft.since);
    const until = edgeDate(draft.until);
    if (since && until && since.value > until.value) throw new BadUserInputError(`The relation ends (${until.value}) before it begins (${since.value})`);
    draft.subject = subject;
    draft.object = object;
    const id = `Relation:ingest-${candidate.key.replace(/^Candidate:/, '')}-${candidate.decisionCount + 1}`;
    factKeys = [id];
    factSteps.push({
      query: 'link-accepted-relations',
      requireRows: true,
      params: {
        rows: [
          {
            fromId: subject.actorId,
            toId: object.actorId,
            props: withoutNulls({
              id,
              relation,
              evidence: [evidence.key],
              since: since?.value ?? null,
              sincePrecision: since?.precision ?? null,
              until: until?.value ?? null,
              untilPrecision: until?.precision ?? null,
              candidateId: candidate.key,
              acceptedBy: principal.name,
            }),
          },
        ],
      },
    });
  } else if (draft.kind === 'RESOLUTION_LINK') {
    const proposed = (draft.resolutionNumbers ?? []).map((n) => storeId('Resolution', n));
    const chosen = draft.resolutionKey ?? (proposed.length === 1 ? proposed[0]! : null);
    if (!chosen) {
      throw new BadUserInputError(
        proposed.length === 0
          ? 'The reference names no resolution: give edit.resolution (a resolution id)'
          : `The reference may mean ${proposed.length} resolutions (${proposed.map((k) => `${k.replace(/^Resolution:/, '')} ${toGlobalId(k)}`).join(', ')}): pick one with edit.resolution`,
        { choices: proposed.map(toGlobalId) },
      );
    }
    if (!(await data.loaders.get(resolutionNodes).load(chosen))) throw new BadUserInputError(`There is no resolution ${toGlobalId(chosen)}`);
    draft.resolutionKey = chosen;
    factKeys = [chosen];
    factSteps.push({ query: 'link-resolution-evidence', requireRows: true, params: { id: chosen, evidence: [evidence.key] } });
  } else {
    throw new BadUserInputError(`Candidates of kind ${String(draft.kind)} cannot be accepted`);
  }

  const after = { status: 'ACCEPTED' as const, draft, factKeys, answered };
  const { step, decisionKey } = decisionStep(candidate, principal, 'ACCEPT', null, edit, after, at);
  const written = await commitDecision(data, candidate, principal, decisionKey, [step, ...factSteps], answered?.allegationId ?? null);
  if (draft.kind === 'RESOLUTION_LINK') data.loaders.get(resolutionNodes).clear(draft.resolutionKey!);
  return written;
}

/** The mention an ACTOR candidate names: the one it was proposed for, else the document's mention at exactly its evidence. */
async function mentionOfActorCandidate(data: Data, candidate: CandidateRecord, draft: CandidateDraft): Promise<MentionRecord | null> {
  if (draft.mentionKey) return readMention(data, draft.mentionKey);
  const at = (await mentionsOf(data, candidate.documentKey)).find((m) => m.start === candidate.evidence.start && m.end === candidate.evidence.end);
  return at ? readMention(data, at.key) : null;
}

/** The step that resolves a mention to an actor (null: unresolved again) with its decision, unless another decision came first. */
function mentionStep(
  mention: MentionRecord,
  actorKey: string | null,
  principal: Principal,
  reason: string | null,
  at: string,
): { step: WriteStep; decisionKey: string } {
  const seq = mention.decisionCount + 1;
  const decisionKey = `Decision:${mention.key.replace(/^Mention:/, 'mention-')}-${seq}`;
  return {
    decisionKey,
    step: {
      query: 'record-mention-resolution',
      requireRows: true,
      params: {
        mentionId: mention.key,
        seen: mention.decisionCount,
        actorId: actorKey,
        decision: withoutNulls({
          id: decisionKey,
          mentionId: mention.key,
          seq,
          actor: principal.name,
          at,
          action: 'RESOLVE_MENTION',
          reason,
          before: JSON.stringify({ actorId: mention.actorKey }),
          after: JSON.stringify({ actorId: actorKey }),
        }),
      },
    },
  };
}

/** The allegation a denial answers: the accepted allegation candidate of the same document whose evidence it names. */
async function answeredAllegation(data: Data, candidate: CandidateRecord, draft: CandidateDraft): Promise<string | null> {
  const span = draft.answersEvidence;
  if (!span) return null;
  const params = { documentId: candidate.documentKey, kinds: ['ALLEGATION'], statuses: ['ACCEPTED'] };
  const rows = await data.store.read<{ candidate: Props }>(queuePage(data, params), { ...params, skip: 0, limit: 10_000 });
  const match = rows.map((r) => toCandidate(r.candidate)).find((c) => c.evidence.start === span.start && c.evidence.end === span.end);
  return match?.factKeys.find((k) => k.startsWith('Allegation:')) ?? null;
}

/** Rejects a pending candidate, with the reason. */
export async function rejectCandidate(data: Data, key: string, reason: string, principal: Principal): Promise<CandidateRecord> {
  const candidate = await candidateToDecide(data, key);
  if (candidate.status !== 'PENDING') throw new BadUserInputError(`The candidate ${candidate.id} is ${candidate.status}: reopen it first`);
  const after = { status: 'REJECTED' as const, draft: candidate.draft, factKeys: [], answered: null };
  const { step, decisionKey } = decisionStep(candidate, principal, 'REJECT', reason, null, after, new Date().toISOString());
  return commitDecision(data, candidate, principal, decisionKey, [step]);
}

const RETRACT_BY_TYPE = { Allegation: 'retract-allegations', Statement: 'retract-statements', Actor: 'retract-actors' } as const;

/**
 * Reopens a decided candidate: an accept is undone (its facts retracted — relabelled, never deleted — and the status
 * of an allegation it answered restored), a reject withdrawn; the candidate is PENDING with its proposal again.
 * Only the reviewer who decided, or an admin, may reopen (FORBIDDEN otherwise).
 */
export async function reopenCandidate(data: Data, key: string, reason: string, principal: Principal): Promise<CandidateRecord> {
  const candidate = await candidateToDecide(data, key);
  if (candidate.status === 'PENDING') throw new BadUserInputError(`The candidate ${candidate.id} is PENDING: there is nothing to reopen`);
  const last = (await decisionsOf(data, candidate.key)).at(-1);
  if (last && last.actor !== principal.name && principal.role !== 'admin') {
    throw new CodedError(`The candidate was decided by ${last.actor}: only they or an admin may reopen it`, 'FORBIDDEN', {}, true);
  }
  const at = new Date().toISOString();
  const after = { status: 'PENDING' as const, draft: candidate.proposal, factKeys: [], answered: null };
  const { step, decisionKey } = decisionStep(candidate, principal, 'REOPEN', reason, null, after, at);
  const steps: WriteStep[] = [step];
  for (const [type, query] of Object.entries(RETRACT_BY_TYPE)) {
    const ids = candidate.factKeys.filter((k) => k.startsWith(`${type}:`));
    if (ids.length > 0) steps.push({ query, params: { ids, decisionId: decisionKey, at } });
  }
  const relations = candidate.factKeys.filter((k) => k.startsWith('Relation:'));
  if (relations.length > 0) {
    const [fromId, toId] = [candidate.draft.subject?.actorId, candidate.draft.object?.actorId];
    steps.push({ query: 'retract-relations', params: { rows: relations.map((id) => ({ id, fromId, toId })), decisionId: decisionKey, at } });
  }
  const resolutions = candidate.factKeys.filter((k) => k.startsWith('Resolution:'));
  if (resolutions.length > 0) steps.push({ query: 'retract-resolution-evidence', params: { ids: resolutions, evidence: [candidate.evidence.key] } });
  const actorKey = candidate.factKeys.find((k) => k.startsWith('Actor:'));
  const mention = actorKey && candidate.draft.mentionKey ? await readMention(data, candidate.draft.mentionKey) : null;
  // The mention the accept resolved goes back to what it meant before, unless someone resolved it otherwise since.
  if (mention && mention.actorKey === actorKey) {
    steps.push(mentionStep(mention, candidate.draft.mentionBefore ?? null, principal, `Reopened candidate ${candidate.id}: ${reason}`, at).step);
  }
  if (candidate.answered) {
    steps.push({ query: 'upsert-allegations', params: { rows: [{ id: candidate.answered.allegationId, props: { status: candidate.answered.before } }] } });
  }
  const written = await commitDecision(data, candidate, principal, decisionKey, steps, candidate.answered?.allegationId ?? null);
  for (const key of resolutions) data.loaders.get(resolutionNodes).clear(key);
  return written;
}

// ---------------------------------------------------------------------------------------------------------------------
// Mentions

/**
 * Resolves a mention to an actor, recording the decision (RESOLVE_MENTION: who, when, why, the actor before and after)
 * in the same transaction; again with another actor re-resolves it, the history kept. Its choices are left as they were.
 * Resolving it to the actor it already means changes nothing and records nothing.
 */
export async function resolveMention(data: Data, key: string, actorKey: string, reason: string | null, principal: Principal): Promise<MentionRecord> {
  const mention = await readMention(data, key);
  if (!mention) throw new NotFoundError(`There is no mention ${toGlobalId(key)}`);
  await assertActors(data, [actorKey], '"actorId"');
  if (mention.actorKey === actorKey) return mention;
  const { step, decisionKey } = mentionStep(mention, actorKey, principal, reason, new Date().toISOString());
  try {
    await data.store.writeTransaction([step], { actor: principal.name, decision: decisionKey });
  } catch (error) {
    if (error instanceof WriteStepUnmetError)
      throw new CodedError(`The mention ${toGlobalId(key)} was resolved by someone else meanwhile; read it again`, 'BAD_USER_INPUT');
    throw error;
  }
  data.loaders.get(documentMentions).clear(mention.documentKey);
  data.loaders.get(mentionDecisions).clear(key);
  return (await readMention(data, key))!;
}

/**
 * Proposes a new actor for a mention: a pending ACTOR candidate of the mention's document whose evidence is the mention
 * (accepting it creates the actor and resolves the mention to it). One proposal per mention: a second is refused while
 * the first exists (decide on it, or accept it with edit.name and edit.actorKind).
 */
export async function proposeActor(data: Data, mentionKey: string, kind: string, name: string | null, principal: Principal): Promise<CandidateRecord> {
  const mention = await readMention(data, mentionKey);
  if (!mention) throw new NotFoundError(`There is no mention ${toGlobalId(mentionKey)}`);
  const actorName = (name ?? mention.text).trim();
  if (normaliseName(actorName) === '') throw new BadUserInputError('"name" must hold letters or digits', { argumentName: 'name' });
  if (actorName.length > 300) throw new BadUserInputError('"name" holds at most 300 characters', { argumentName: 'name' });
  const key = storeId('Candidate', `${mentionKey.replace(/^Mention:/, '')}-actor`);
  if (await findCandidate(data, key)) {
    throw new BadUserInputError(
      `A new actor was proposed for this mention already: candidate ${toGlobalId(key)} (accept it with edit.name and edit.actorKind, or reject it)`,
      {
        candidate: toGlobalId(key),
      },
    );
  }
  const evidence = { start: mention.start, end: mention.end, quote: mention.text };
  const draft: CandidateDraft = {
    kind: 'ACTOR',
    evidence,
    confidence: 1,
    summary: `New ${kind.toLowerCase()}: ${actorName} (proposed by ${principal.name})`,
    name: actorName,
    actorKind: kind as CandidateDraft['actorKind'],
    mentionKey,
    proposedBy: principal.name,
  };
  const json = JSON.stringify(draft);
  const props = {
    documentId: mention.documentKey,
    index: 1_000_000 + mention.start,
    kind: 'ACTOR',
    status: 'PENDING',
    confidence: 1,
    summary: draft.summary,
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
    proposal: json,
    draft: json,
    facts: [],
    decisionCount: 0,
    createdAt: new Date().toISOString(),
  };
  await data.store.writeTransaction([{ query: 'upsert-candidates', params: { rows: [{ id: key, documentId: mention.documentKey, props }] } }], {
    actor: principal.name,
    decision: `propose ${key}`,
  });
  data.loaders.get(candidateNodes).clear(key);
  return (await findCandidate(data, key))!;
}
