// Plain objects the repository layer returns; GraphQL types mirror them.
import type { NodeType } from '../ids';

/** Common fields of every entity with a global id. */
export interface EntityRecord {
  __typename: NodeType;
  /** The opaque GraphQL id. */
  id: string;
  /** The id property in the store ("Actor:russia"). */
  key: string;
  evidenceIds: string[];
}

export interface ActorRecord extends EntityRecord {
  __typename: 'Actor';
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
}

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

export interface AllegationRecord extends EntityRecord {
  __typename: 'Allegation';
  summary: string;
  status: string;
  statedOn: string | null;
  statedOnPrecision: string | null;
  note: string | null;
  claimantKey: string | null;
}

export interface StatementRecord extends EntityRecord {
  __typename: 'Statement';
  quote: string;
  direct: boolean;
  speakerKey: string | null;
  meetingKey: string | null;
}

export interface TopicRecord extends EntityRecord {
  __typename: 'Topic';
  name: string;
  topicKey: string;
  aliases: string[];
  aliasKeys: string[];
}

export interface EvidenceRecord {
  key: string;
  documentKey: string;
  quote: string;
  start: number;
  end: number;
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

/** A sanctions list entry as the list gives it. */
export interface SanctionListingRecord {
  id: string;
  referenceNumber: string;
  permanentReference: string | null;
  listedOn: string | null;
  regime: string | null;
  name: string;
  originalScriptName: string | null;
  aliases: string[];
  listDate: string | null;
  entryType: string | null;
  evidenceIds: string[];
}
