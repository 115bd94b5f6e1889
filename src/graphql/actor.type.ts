// Actors: states, people, organizations and unnamed groups.
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, StringFilter } from './list.type';
import { ActorKind, DatePrecision, Node, RelationDirection } from './node.type';

@ObjectType('Actor', { implements: Node, description: 'A state, person, organization or group.' })
export class Actor extends Node {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

/** How two actors are related (the stored RELATED_TO relation); OTHER stands for a stored value not listed here. */
export enum ActorRelation {
  PART_OF = 'PART_OF',
  HEAD_OF = 'HEAD_OF',
  DEPUTY_HEAD_OF = 'DEPUTY_HEAD_OF',
  LEADER_OF = 'LEADER_OF',
  LED_BY = 'LED_BY',
  MEMBER_OF = 'MEMBER_OF',
  SPOKESPERSON_OF = 'SPOKESPERSON_OF',
  NATIONAL_OF = 'NATIONAL_OF',
  FOUNDED = 'FOUNDED',
  FOUNDER_OF = 'FOUNDER_OF',
  ASSOCIATED_WITH = 'ASSOCIATED_WITH',
  FORMERLY_ASSOCIATED_WITH = 'FORMERLY_ASSOCIATED_WITH',
  FINANCIAL_LINK = 'FINANCIAL_LINK',
  FACILITATOR_OF = 'FACILITATOR_OF',
  RELATED_TO = 'RELATED_TO',
  OTHER = 'OTHER',
}
registerEnumType(ActorRelation, {
  name: 'ActorRelation',
  description:
    'How two actors are related: PART_OF, HEAD_OF, DEPUTY_HEAD_OF, LEADER_OF, LED_BY, MEMBER_OF, SPOKESPERSON_OF, NATIONAL_OF, FOUNDED, FOUNDER_OF, ASSOCIATED_WITH, FORMERLY_ASSOCIATED_WITH (a tie the source says has ended), FINANCIAL_LINK, FACILITATOR_OF, RELATED_TO (unspecified), OTHER (a stored relation not listed here).',
});

/** The enum value of a stored relation (OTHER for one not listed). */
export function asActorRelation(relation: string | null | undefined): ActorRelation {
  return Object.values(ActorRelation).includes(relation as ActorRelation) ? (relation as ActorRelation) : ActorRelation.OTHER;
}

@ObjectType('RelatedActor', { description: 'Another actor and how the two are related (PART_OF, HEAD_OF, MEMBER_OF, LED_BY, NATIONAL_OF…).' })
export class RelatedActor {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => ActorRelation)
  relation!: ActorRelation;

  @Field(() => String, {
    nullable: true,
    description: 'When the tie began, as far as the source says: an ISO date as precise as sincePrecision (2012, 2012-01, 2012-01-15).',
  })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'YEAR, MONTH or DAY.' })
  sincePrecision!: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the tie ended, as far as the source says (ISO, as precise as untilPrecision); null: not known to have ended.',
  })
  until!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'YEAR, MONTH or DAY.' })
  untilPrecision!: DatePrecision | null;

  @Field(() => RelationDirection, { description: 'OUTGOING: this actor → actor (e.g. this PART_OF actor); INCOMING: actor → this actor.' })
  direction!: RelationDirection;
}

@InputType('ActorKindFilter')
export class ActorKindFilter {
  @Field(() => ActorKind, { nullable: true })
  eq?: ActorKind | null;

  @Field(() => [ActorKind], { nullable: true })
  in?: ActorKind[] | null;
}

@InputType('ActorWhere', { description: 'Every given condition must hold.' })
export class ActorWhere {
  @Field(() => StringFilter, { nullable: true, description: 'The name (matches: every word over every name and alias from every source).' })
  name?: StringFilter | null;

  @Field(() => ActorKindFilter, { nullable: true })
  kind?: ActorKindFilter | null;

  @Field(() => String, { nullable: true, description: 'Members, parts, leaders and heads of the actor with this name or alias.' })
  memberOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'On a loaded UN sanctions list (true) or not (false).' })
  sanctioned?: boolean | null;
}

export const ActorOrder = orderInput('Actor', { NAME: 'NAME', KIND: 'KIND' } as const);
export const ActorConnection = connectionType('Actor', Actor, 'Actors in pages (Relay cursor connection).');
