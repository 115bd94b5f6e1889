// Actors: states, people, organizations and unnamed groups.
import { Field, InputType, ObjectType } from 'type-graphql';
import { connectionType, orderInput, StringFilter } from './list.type';
import { ActorKind, Node } from './node.type';

@ObjectType('Actor', { implements: Node, description: 'A state, person, organization or group.' })
export class Actor extends Node {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType('RelatedActor', { description: 'Another actor and how the two are related (PART_OF, HEAD_OF, MEMBER_OF, LED_BY, NATIONAL_OF…).' })
export class RelatedActor {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => String)
  relation!: string;

  @Field(() => String, { description: 'OUTGOING: this actor → actor (e.g. this PART_OF actor); INCOMING: actor → this actor.' })
  direction!: string;
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
