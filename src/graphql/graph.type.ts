// Whole-graph results: search hits, paths with evidence, and counts.
import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from './list.type';
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

/** What search can return, to narrow it with `types`. */
export enum SearchType {
  ACTOR = 'Actor',
  RESOLUTION = 'Resolution',
  MEETING = 'Meeting',
  DOCUMENT = 'Document',
  ALLEGATION = 'Allegation',
}
registerEnumType(SearchType, { name: 'SearchType', description: 'A kind of entity search returns.' });

@ObjectType('Highlight', { description: 'Where a hit matched: a passage of one field, the matching words in <mark>…</mark> and the rest HTML-escaped.' })
export class Highlight {
  @Field(() => String, { description: 'The field the passage comes from (name, aliases, summary, title…; topics: the hit is about a topic the text names).' })
  field!: string;

  @Field(() => String)
  snippet!: string;
}

@ObjectType('SearchEdge')
export class SearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Float, {
    description:
      'Relevance: BM25 of the engine\'s full-text index on the hit\'s own text, plus the best score of the search for a resolution, meeting or allegation about a topic the text names; a hit that only matches words a topic added (and is not about it) ranks below every other. An entity the text names outright, such as "2199" or "S/PV.7587", ranks first. Comparable within one search only.',
  })
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;

  @Field(() => [Highlight])
  highlights!: Highlight[];
}

@ObjectType('SearchConnection')
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

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
