// Every entity's record as the repositories return it and its mapper from store properties, and the shapes and readers all share.
import type { NodeType } from '../ids';
import { toGlobalId } from '../ids';

/** Common fields of every entity with a global id. */
export interface EntityRecord {
  __typename: NodeType;
  /** The opaque GraphQL id. */
  id: string;
  /** The id property in the store ("Actor:russia"). */
  key: string;
  evidenceIds: string[];
}

/** An edge from a parent to a child entity, with what the edge says and its evidence. */
export interface EdgeRecord {
  parentId: string;
  childId: string;
  relation?: string | null;
  role?: string | null;
  direction?: string | null;
  evidence?: string[] | null;
}

/** Any entity with a global id. */
export type AnyRecord = ActorRecord | ResolutionRecord | MeetingRecord | DocumentRecord | AllegationRecord | StatementRecord | TopicRecord;

/** A row's property map. */
export type Props = Record<string, unknown>;

/** Readers of store properties: the value when it has the type, else null (or []). */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
export const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The fields every entity record has, from its properties. */
export function base(p: Props) {
  const key = String(p.id);
  return { id: toGlobalId(key), key, evidenceIds: strings(p.evidence) };
}

/** An actor, as the repository returns it. */
export interface ActorRecord extends EntityRecord {
  __typename: 'Actor';
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
}

/** The record of a store row holding an actor's properties. */
export const toActor = (p: Props): ActorRecord => ({
  __typename: 'Actor',
  ...base(p),
  kind: str(p.kind) ?? 'ORGANIZATION',
  name: str(p.name) ?? '',
  aliases: strings(p.aliases),
  description: str(p.description),
});

/** An allegation, as the repository returns it. */
export interface AllegationRecord extends EntityRecord {
  __typename: 'Allegation';
  summary: string;
  status: string;
  statedOn: string | null;
  statedOnPrecision: string | null;
  note: string | null;
  claimantKey: string | null;
}

/** The record of a store row holding an allegation's properties. */
export const toAllegation = (p: Props): AllegationRecord => ({
  __typename: 'Allegation',
  ...base(p),
  summary: str(p.summary) ?? '',
  status: str(p.status) ?? 'ALLEGED',
  statedOn: str(p.statedOn),
  statedOnPrecision: str(p.statedOnPrecision),
  note: str(p.note),
  claimantKey: str(p.claimantId),
});

/** A document (an article or a data file), as the repository returns it. */
export interface DocumentRecord extends EntityRecord {
  __typename: 'Document';
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  publishedNotBefore: string | null;
  note: string | null;
  /** Characters in the full text (UTF-16 code units). */
  length: number;
  chunked: boolean;
}

/** An evidence span: a quote and where it sits in its document, as the repository returns it. */
export interface EvidenceRecord {
  key: string;
  documentKey: string;
  quote: string;
  start: number;
  end: number;
}

/** The record of a store row holding a document's properties. */
export const toDocument = (p: Props): DocumentRecord => ({
  __typename: 'Document',
  ...base(p),
  title: str(p.title),
  publisher: str(p.publisher),
  url: str(p.url),
  publishedOn: str(p.publishedOn),
  publishedNotBefore: str(p.publishedNotBefore),
  note: str(p.note),
  length: num(p.length) ?? 0,
  chunked: bool(p.chunked) ?? false,
});

/** The record of a store row holding an evidence span's properties. */
export const toEvidence = (p: Props): EvidenceRecord => ({
  key: String(p.id),
  documentKey: str(p.documentId) ?? '',
  quote: str(p.quote) ?? '',
  start: num(p.start) ?? 0,
  end: num(p.end) ?? 0,
});

/** A meeting (or another Council event), as the repository returns it. */
export interface MeetingRecord extends EntityRecord {
  __typename: 'Meeting';
  kind: string;
  title: string | null;
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
  symbol: string | null;
  note: string | null;
  pressRelease: string | null;
  agenda: string[];
  presidentialStatements: string[];
  /** '<field>|<document id>': which sources list which of its relationships (see coverage.repo). */
  coveredBy: string[];
}

/** The record of a store row holding a meeting's properties. */
export const toMeeting = (p: Props): MeetingRecord => ({
  __typename: 'Meeting',
  ...base(p),
  kind: str(p.kind) ?? 'MEETING',
  title: str(p.title),
  date: str(p.date),
  datePrecision: str(p.datePrecision),
  dateText: str(p.dateText),
  symbol: str(p.symbol),
  note: str(p.note),
  pressRelease: str(p.pressRelease),
  agenda: strings(p.agenda),
  presidentialStatements: strings(p.presidentialStatements),
  coveredBy: strings(p.coveredBy),
});

/** A resolution, as the repository returns it. */
export interface ResolutionRecord extends EntityRecord {
  __typename: 'Resolution';
  number: number;
  symbol: string;
  year: number | null;
  title: string | null;
  adoptedOn: string | null;
  adoptedAtKey: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
  unanimous: boolean | null;
  cosponsorCount: number | null;
  chapter: string | null;
  note: string | null;
  adoptedWithoutVote: boolean | null;
  agendaItem: string | null;
  draftSymbol: string | null;
  /** '<field>|<document id>': which sources list which of its relationships (see coverage.repo). */
  coveredBy: string[];
}

/** The record of a store row holding a resolution's properties. */
export const toResolution = (p: Props): ResolutionRecord => ({
  __typename: 'Resolution',
  ...base(p),
  number: num(p.number) ?? 0,
  symbol: str(p.symbol) ?? '',
  year: num(p.year),
  title: str(p.title),
  adoptedOn: str(p.adoptedOn),
  adoptedAtKey: str(p.adoptedAtId),
  votesFor: num(p.votesFor),
  votesAgainst: num(p.votesAgainst),
  abstentions: num(p.abstentions),
  unanimous: bool(p.unanimous),
  cosponsorCount: num(p.cosponsorCount),
  chapter: str(p.chapter),
  note: str(p.note),
  adoptedWithoutVote: bool(p.adoptedWithoutVote),
  agendaItem: str(p.agendaItem),
  draftSymbol: str(p.draftSymbol),
  coveredBy: strings(p.coveredBy),
});

/** A statement, as the repository returns it. */
export interface StatementRecord extends EntityRecord {
  __typename: 'Statement';
  quote: string;
  direct: boolean;
  speakerKey: string | null;
  meetingKey: string | null;
}

/** The record of a store row holding a statement's properties. */
export const toStatement = (p: Props): StatementRecord => ({
  __typename: 'Statement',
  ...base(p),
  quote: str(p.quote) ?? '',
  direct: bool(p.direct) ?? false,
  speakerKey: str(p.speakerId),
  meetingKey: str(p.meetingId),
});

/** A topic, as the repository returns it. */
export interface TopicRecord extends EntityRecord {
  __typename: 'Topic';
  name: string;
  topicKey: string;
  aliases: string[];
  aliasKeys: string[];
}

/** The record of a store row holding a topic's properties. */
export const toTopic = (p: Props): TopicRecord => ({
  __typename: 'Topic',
  ...base(p),
  topicKey: str(p.key) ?? '',
  name: str(p.name) ?? '',
  aliases: strings(p.aliases),
  aliasKeys: strings(p.aliasKeys),
});
