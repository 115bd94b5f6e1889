// Store rows → records: the one place that knows the property names of each label.
import { toGlobalId } from '../ids';
import type {
  SanctionListingRecord,
  ActorRecord,
  AllegationRecord,
  DocumentRecord,
  EvidenceRecord,
  MeetingRecord,
  ResolutionRecord,
  StatementRecord,
  TopicRecord,
} from './records';

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function base(p: Props) {
  const key = String(p.id);
  return { id: toGlobalId(key), key, evidenceIds: strings(p.evidence) };
}

export const toActor = (p: Props): ActorRecord => ({
  __typename: 'Actor',
  ...base(p),
  kind: str(p.kind) ?? 'ORGANIZATION',
  name: str(p.name) ?? '',
  aliases: strings(p.aliases),
  description: str(p.description),
});

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

export const toStatement = (p: Props): StatementRecord => ({
  __typename: 'Statement',
  ...base(p),
  quote: str(p.quote) ?? '',
  direct: bool(p.direct) ?? false,
  speakerKey: str(p.speakerId),
  meetingKey: str(p.meetingId),
});

export const toTopic = (p: Props): TopicRecord => ({
  __typename: 'Topic',
  ...base(p),
  topicKey: str(p.key) ?? '',
  name: str(p.name) ?? '',
  aliases: strings(p.aliases),
  aliasKeys: strings(p.aliasKeys),
});

export const toEvidence = (p: Props): EvidenceRecord => ({
  key: String(p.id),
  documentKey: str(p.documentId) ?? '',
  quote: str(p.quote) ?? '',
  start: num(p.start) ?? 0,
  end: num(p.end) ?? 0,
});

export const toSanctionListing = (p: Props): SanctionListingRecord => ({
  id: String(p.id),
  referenceNumber: str(p.referenceNumber) ?? '',
  permanentReference: str(p.permanentReference),
  listedOn: str(p.listedOn),
  regime: str(p.regime),
  name: str(p.name) ?? '',
  originalScriptName: str(p.originalScriptName),
  aliases: strings(p.aliases),
  listDate: str(p.listDate),
  entryType: str(p.entryType),
  evidenceIds: strings(p.evidence),
});
