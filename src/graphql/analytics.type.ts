// Analytics a front-end shows: central actors and communities.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { Resolution } from './resolution.type';

@ObjectType('ActorScore', { description: 'An actor and its PageRank in the allegation graph (claimant → named, weighted by evidence; scores sum to 1).' })
export class ActorScore {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: '1 for the most central.' })
  rank!: number;
}

@ObjectType('ResolutionScore', { description: 'A resolution and its PageRank in the citation network (RECALLS; scores sum to 1).' })
export class ResolutionScore {
  @Field(() => Resolution)
  resolution!: Resolution;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: '1 for the most influential.' })
  rank!: number;
}

@ObjectType('Community', { description: 'Actors that Louvain groups together over relations, claims and co-naming.' })
export class Community {
  @Field(() => String, { description: 'Stable: the id of its first member (by store id).' })
  id!: string;

  @Field(() => Int)
  size!: number;
}
