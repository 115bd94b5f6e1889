// Allegations: who claimed what about whom, in which role, with the quotes.
import { DateResolver } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { connectionType, DateFilter, orderInput, StringFilter } from './list.type';
import { AllegationStatus, DatePrecision, Node, Role } from './node.type';

@ObjectType('Allegation', { implements: Node, description: 'A claim someone made, naming actors in roles.' })
export class Allegation extends Node {
  @Field(() => String)
  summary!: string;

  @Field(() => AllegationStatus)
  status!: AllegationStatus;

  @Field(() => DateResolver, { nullable: true, description: 'When it was stated, as far as the source tells (see statedOnPrecision).' })
  statedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'DAY, REPORTED (the date of the report), WEEKDAY (only the weekday is known) or UNKNOWN.' })
  statedOnPrecision!: DatePrecision | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'When statedOn is unknown: the day its documents are known not to be published before (when none gives its day), so the earliest it can have been stated as they report it; null when statedOn is known.',
  })
  notBefore!: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'When statedOn is unknown: the earliest day a document reporting it was published (it was stated by then); null when statedOn is known.',
  })
  notAfter!: string | null;

  @Field(() => String, { nullable: true, description: 'How the attribution or the date was inferred.' })
  note!: string | null;
}

@ObjectType('NamedActor')
export class NamedActor {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Role)
  role!: Role;
}

@ObjectType('StateNaming')
export class StateNaming {
  @Field(() => Actor)
  state!: Actor;

  @Field(() => [Role], { description: 'Every role its allegations give it, once each.' })
  roles!: Role[];

  @Field(() => [Allegation])
  allegations!: Allegation[];
}

export const AllegationConnection = connectionType('Allegation', Allegation, 'Allegations in pages (Relay cursor connection).');

@InputType('AllegationFilter', { description: 'Deprecated: use AllegationWhere.' })
export class AllegationFilter {
  @Field(() => String, { nullable: true, description: 'Topic key or alias ("oil", "oil products").' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'A name or alias of an actor the allegation names.' })
  named?: string | null;

  @Field(() => String, { nullable: true, description: 'A name or alias of the claimant.' })
  claimant?: string | null;

  @Field(() => AllegationStatus, { nullable: true })
  status?: AllegationStatus | null;
}

@InputType('AllegationStatusFilter')
export class AllegationStatusFilter {
  @Field(() => AllegationStatus, { nullable: true })
  eq?: AllegationStatus | null;

  @Field(() => [AllegationStatus], { nullable: true })
  in?: AllegationStatus[] | null;
}

@InputType('AllegationWhere', { description: 'Every given condition must hold.' })
export class AllegationWhere {
  @Field(() => String, { nullable: true, description: 'A name or alias of an actor the allegation names (every actor so called).' })
  named?: string | null;

  @Field(() => String, { nullable: true, description: 'A name or alias of the claimant.' })
  claimant?: string | null;

  @Field(() => String, { nullable: true, description: 'Topic key or alias ("oil", "oil smuggling").' })
  topic?: string | null;

  @Field(() => AllegationStatusFilter, { nullable: true })
  status?: AllegationStatusFilter | null;

  @Field(() => DateFilter, { nullable: true })
  statedOn?: DateFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The summary (matches: words of the summary and its quotes).' })
  summary?: StringFilter | null;
}

export const AllegationOrder = orderInput('Allegation', { ID: 'ID', STATED_ON: 'STATED_ON' } as const);
