// Types for the UN record: votes, sanctions listings, source records and resolution pages.
import { DateResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from './actor.type';
import { DatePrecision } from './node.type';
import { connectionType, DateFilter, IntFilter, orderInput } from './list.type';
import { Resolution } from './resolution.type';
import { BUSY_MONTH_ROWS } from '../repo/coverage.repo';

export enum VoteValue {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
  NON_VOTING = 'NON_VOTING',
}
registerEnumType(VoteValue, { name: 'VoteValue' });

export enum VoteOutcome {
  UNANIMOUS = 'UNANIMOUS',
  CONTESTED = 'CONTESTED',
  WITHOUT_VOTE = 'WITHOUT_VOTE',
}
registerEnumType(VoteOutcome, {
  name: 'VoteOutcome',
  description: 'UNANIMOUS: no votes against or abstentions; CONTESTED: some; WITHOUT_VOTE: adopted without a vote.',
});

export enum SourceKind {
  DATASET = 'DATASET',
  OFFICIAL_DOCUMENT = 'OFFICIAL_DOCUMENT',
  ARTICLE = 'ARTICLE',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'DATASET: an imported data file; OFFICIAL_DOCUMENT: a UN text; ARTICLE: a news article; DOCUMENT: any other text.',
});

export enum SourceRecordStatus {
  MERGED = 'MERGED',
  POSSIBLE = 'POSSIBLE',
}
registerEnumType(SourceRecordStatus, { name: 'SourceRecordStatus', description: 'MERGED into this actor, or POSSIBLE (listed for review, not merged).' });

@ObjectType('DateRange', { description: 'Days from `from` to `to`, both included; `to` null: open-ended.' })
export class DateRange {
  @Field(() => DateResolver)
  from!: string;

  @Field(() => DateResolver, { nullable: true })
  to!: string | null;
}

@ObjectType('SourceCoverage', {
  description: `What a source covers in time: its first and last day, and the gaps between them, found in its own rows: a run of months with no row where the twelve months on each side hold at least ${BUSY_MONTH_ROWS} rows a month on average.`,
})
export class SourceCoverage {
  @Field(() => DateResolver, { nullable: true, description: 'Its earliest row (data files) or its publication.' })
  from!: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Its latest row (data files) or its publication: nothing later is loaded from it.' })
  to!: string | null;

  @Field(() => [DateRange], { description: 'Spans with no row, from the day after the last row before to the day before the first row after.' })
  gaps!: DateRange[];
}

@ObjectType('Vote', { description: "A member state's vote on a resolution." })
export class Vote {
  @Field(() => VoteValue)
  vote!: VoteValue;

  @Field(() => Actor)
  state!: Actor;
}

@ObjectType('SanctionEvent', { description: "A dated event of a listed subject that the entry's comments state (read by src/text/relation-rules.ts)." })
export class SanctionEvent {
  @Field(() => String, { description: 'DEATH, ARREST, DETENTION, RELEASE, DESIGNATION or OTHER.' })
  type!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO, as precise as datePrecision says (2019-10 for "October 2019"); null when the sentence gives no date.',
  })
  date!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision!: DatePrecision | null;
}

@ObjectType('SanctionListing', { description: 'An entry on a UN sanctions list, as the list gives it.' })
export class SanctionListing {
  @Field(() => [SanctionEvent], { description: 'Dated events of the subject its comments state (a death, an arrest…), each with its sentence as evidence.' })
  events!: SanctionEvent[];

  @Field(() => String, { description: 'As printed on that list (QDe.115, or QE.J.115.04. before 2016).' })
  referenceNumber!: string;

  @Field(() => String, { nullable: true, description: 'The current form of the reference (QDe.115).' })
  permanentReference!: string | null;

  @Field(() => DateResolver, { nullable: true })
  listedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The sanctions regime (UN list type), e.g. Al-Qaida.' })
  regime!: string | null;

  @Field(() => String, { description: 'The name as listed.' })
  name!: string;

  @Field(() => String, { nullable: true })
  originalScriptName!: string | null;

  @Field(() => [String], { description: 'Aliases with their quality, e.g. "AQI [a.k.a.]".' })
  aliases!: string[];

  @Field(() => DateResolver, { nullable: true, description: 'The date of the list version this entry is from.' })
  listDate!: string | null;

  @Field(() => String, { nullable: true, description: 'individual or entity.' })
  entryType!: string | null;
}

@ObjectType('SourceRecord', { description: "One source's own record of an actor, and how it was resolved." })
export class SourceRecord {
  @Field(() => String)
  id!: string;

  @Field(() => String, { nullable: true, description: 'un-sanctions, dhl-voting…' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  ref!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => SourceRecordStatus)
  status!: SourceRecordStatus;

  @Field(() => String, { nullable: true, description: 'same-reference, same-name, new-actor, weak-name, ambiguous-name.' })
  rule!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('MergeCandidate', { description: 'An unsure match kept for review.' })
export class MergeCandidate {
  @Field(() => String)
  recordId!: string;

  @Field(() => String, { nullable: true })
  recordName!: string | null;

  @Field(() => Actor)
  actor!: Actor;

  @Field(() => String)
  rule!: string;

  @Field(() => String)
  reason!: string;
}

export const ResolutionConnection = connectionType('Resolution', Resolution, 'Resolutions in pages (Relay cursor connection).');

@InputType('ResolutionFilter', { description: 'Deprecated: use ResolutionWhere.' })
export class ResolutionFilter {
  @Field(() => Int, { nullable: true })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true })
  toYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Topic key or alias ("terrorism", "terrorist acts"), as everywhere.' })
  topic?: string | null;

  @Field(() => VoteOutcome, { nullable: true })
  outcome?: VoteOutcome | null;
}

@InputType('ResolutionWhere', { description: 'Every given condition must hold.' })
export class ResolutionWhere {
  @Field(() => IntFilter, { nullable: true })
  number?: IntFilter | null;

  @Field(() => IntFilter, { nullable: true })
  year?: IntFilter | null;

  @Field(() => DateFilter, { nullable: true })
  adoptedOn?: DateFilter | null;

  @Field(() => String, { nullable: true, description: 'Topic key or alias; resolutions get topics from their sources and their agenda item.' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'A name or alias of a drafter or co-sponsor.' })
  drafter?: string | null;

  @Field(() => String, { nullable: true, description: 'A name or alias of an actor the resolution targets.' })
  target?: string | null;

  @Field(() => VoteOutcome, { nullable: true })
  outcome?: VoteOutcome | null;
}

export const ResolutionOrder = orderInput('Resolution', { NUMBER: 'NUMBER', ADOPTED_ON: 'ADOPTED_ON' } as const);
