// Whole-graph results: search hits, paths with evidence, and counts.
import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { Allegation } from './allegation.type';
import { Document, Evidence } from './document.type';
import { Meeting } from './meeting.type';
import { Node } from './node.type';
import { Resolution } from './resolution.type';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Actor, Resolution, Meeting, Document, Allegation] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

@ObjectType('PathStep', { description: 'One edge of a path, with the quotes that support it.' })
export class PathStep {
  @Field(() => Node)
  from!: Node;

  @Field(() => Node)
  to!: Node;

  @Field(() => String, { description: 'Relationship type, e.g. NAMES, CLAIMED_BY, RELATED_TO.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The relation or role the edge carries (PART_OF, TRANSIT…).' })
  label!: string | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType('GraphPath')
export class GraphPath {
  @Field(() => Int)
  length!: number;

  @Field(() => [Node])
  nodes!: Node[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}

@ObjectType('LabelCount')
export class LabelCount {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TypeCount')
export class TypeCount {
  @Field(() => String)
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('GraphStats')
export class GraphStats {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => [LabelCount])
  labels!: LabelCount[];

  @Field(() => [TypeCount])
  relationshipTypes!: TypeCount[];
}
