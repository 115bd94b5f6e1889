// Actors: states, people, organizations and unnamed groups.
import { Field, ObjectType } from 'type-graphql';
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
