// Allegations: who claimed what about whom, in which role, with the quotes.
import { DateResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { AllegationStatus, Node } from './node.type';

@ObjectType('Allegation', { implements: Node, description: 'A claim someone made, naming actors in roles.' })
export class Allegation extends Node {
  @Field(() => String)
  summary!: string;

  @Field(() => AllegationStatus)
  status!: AllegationStatus;

  @Field(() => DateResolver, { nullable: true, description: 'When it was stated, as far as the source tells (see statedOnPrecision).' })
  statedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'DAY, REPORTED (the date of the report), WEEKDAY (only the weekday is known) or UNKNOWN.' })
  statedOnPrecision!: string | null;

  @Field(() => String, { nullable: true, description: 'How the attribution or the date was inferred.' })
  note!: string | null;
}

@ObjectType('NamedActor')
export class NamedActor {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => String, { description: 'TRANSIT, BUYER, SELLER, ORIGIN, PAYER, RECIPIENT, TARGET, ATTACKER, PERPETRATOR, VICTIM…' })
  role!: string;
}

@ObjectType('StateNaming')
export class StateNaming {
  @Field(() => Actor)
  state!: Actor;

  @Field(() => [String])
  roles!: string[];

  @Field(() => [Allegation])
  allegations!: Allegation[];
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('AllegationEdge')
export class AllegationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Allegation)
  node!: Allegation;
}

@ObjectType('AllegationConnection')
export class AllegationConnection {
  @Field(() => [AllegationEdge])
  edges!: AllegationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType('AllegationFilter')
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
