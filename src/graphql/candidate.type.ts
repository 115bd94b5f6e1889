// Candidate facts a person reviews, their decisions, a document's mentions, and the inputs and results of the write API.
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from './actor.type';
import { Document } from './document.type';
import { connectionType } from './list.type';
import { ActorRelation } from './actor.type';
import { ActorKind, AllegationStatus, DatePrecision, Node, Role } from './node.type';

export enum CandidateKind {
  ALLEGATION = 'ALLEGATION',
  STATEMENT = 'STATEMENT',
  ACTOR = 'ACTOR',
  RELATION = 'RELATION',
  RESOLUTION_LINK = 'RESOLUTION_LINK',
}
registerEnumType(CandidateKind, {
  name: 'CandidateKind',
  description: 'ALLEGATION, STATEMENT (a denial or rebuttal), ACTOR (a name the graph does not know), RELATION, or RESOLUTION_LINK.',
});

export enum CandidateStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(CandidateStatus, { name: 'CandidateStatus' });

export enum DecisionAction {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  REOPEN = 'REOPEN',
  RESOLVE_MENTION = 'RESOLVE_MENTION',
}
registerEnumType(DecisionAction, {
  name: 'DecisionAction',
  description: 'ACCEPT, REJECT, REOPEN (on a candidate), or RESOLVE_MENTION (a mention resolved to an actor: before and after hold actorId).',
});

@ObjectType('CandidateActor', { description: 'An actor a candidate names: known (actor) or a name still to be resolved (actor null).' })
export class CandidateActor {
  @Field(() => String)
  name!: string;

  @Field(() => Actor, { nullable: true })
  actor!: Actor | null;

  @Field(() => String, { nullable: true, description: 'BUYER, TRANSIT, SELLER, ORIGIN, …' })
  role!: string | null;
}

@ObjectType('CandidateDate', { description: 'A date the text gives, resolved against the publication date.' })
export class CandidateDate {
  @Field(() => DateResolver, { nullable: true, description: 'Null for a weekday with no anchor.' })
  value!: string | null;

  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => String, { description: 'The words of the text.' })
  text!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType('Decision', {
  description:
    'A reviewer’s decision on a candidate (who, when, what, why, and the candidate before and after) or on a mention (RESOLVE_MENTION: the actor before and after).',
})
export class Decision {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The API token’s name or the JWT’s subject.' })
  actor!: string;

  @Field(() => DateTimeResolver)
  at!: string;

  @Field(() => DecisionAction)
  action!: DecisionAction;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The reviewer’s corrections (accept).' })
  edit!: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The candidate before: status, draft, facts, answered.' })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The candidate after.' })
  after!: Record<string, unknown> | null;
}

@ObjectType('Candidate', { implements: Node, description: 'A fact the ingestion pipeline proposes; nothing becomes a fact until a reviewer accepts it.' })
export class Candidate extends Node {
  @Field(() => CandidateKind)
  kind!: CandidateKind;

  @Field(() => CandidateStatus)
  status!: CandidateStatus;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String)
  summary!: string;
}

@ObjectType('Mention', { description: 'A name found in a document: the actor it means, or null while unresolved (choices: the actors it may mean).' })
export class Mention {
  @Field(() => ID, {
    description: 'Stable (the document and the mention’s place in it); resolveMention and proposeActor take it. node(id) does not resolve it.',
  })
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String, { description: 'GAZETTEER (the graph’s names), RULE, or SUGGESTION.' })
  via!: string;
}

@ObjectType('IngestResult')
export class IngestResult {
  @Field(() => Document)
  document!: Document;

  @Field(() => [Candidate])
  candidates!: Candidate[];

  @Field(() => Boolean, { description: 'The same text (same SHA-256) was ingested before: its document and candidates, nothing added.' })
  duplicate!: boolean;
}

@InputType('IngestInput')
export class IngestInput {
  @Field(() => String, { description: 'The full text, as published (UTF-8; at most DOSSIER_INGEST_MAX_CHARS characters).' })
  text!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Relative dates ("on Wednesday") are resolved against it.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@InputType('NamedActorInput')
export class NamedActorInput {
  @Field(() => ID)
  actor!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType('CandidateEdit', { description: 'Corrections a reviewer makes before accepting; what is not given stays as proposed.' })
export class CandidateEdit {
  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor who makes the allegation.' })
  claimant?: string | null;

  @Field(() => [NamedActorInput], { nullable: true, description: 'The named actors and their roles (replaces the proposed ones).' })
  roles?: NamedActorInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Topic keys.' })
  topics?: string[] | null;

  @Field(() => AllegationStatus, { nullable: true })
  status?: AllegationStatus | null;

  @Field(() => DateResolver, { nullable: true, description: 'When the allegation was made.' })
  statedOn?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'The precision of statedOn (DAY without it).' })
  statedOnPrecision?: DatePrecision | null;

  @Field(() => ID, { nullable: true, description: 'A statement’s speaker.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'The allegation a denial answers (any allegation in the graph).' })
  answers?: string | null;

  @Field(() => String, { nullable: true, description: 'A new actor’s name.' })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'A new actor’s kind.' })
  actorKind?: ActorKind | null;

  @Field(() => ActorRelation, { nullable: true, description: 'RELATION: how the subject is related to the object (not OTHER).' })
  relation?: ActorRelation | null;

  @Field(() => String, {
    nullable: true,
    description: 'RELATION: the subject, an actor id or a name as actor(name:) takes it (AMBIGUOUS_NAME lists the choices).',
  })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'RELATION: the object, an actor id or a name as actor(name:) takes it.' })
  object?: string | null;

  @Field(() => String, { nullable: true, description: 'RELATION: since when, an ISO date as precise as known (2014, 2014-06, 2014-06-29); "" for not known.' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'RELATION: until when (ISO, as since); "" for not known to have ended.' })
  until?: string | null;

  @Field(() => ID, { nullable: true, description: 'RESOLUTION_LINK: the resolution meant (implied when exactly one is proposed).' })
  resolution?: string | null;
}

export const CandidateConnection = connectionType('Candidate', Candidate, 'Candidates waiting for review (or decided), in pages.');
