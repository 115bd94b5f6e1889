// Source documents and the evidence spans (quote + character offsets) every fact points to.
import { DateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType('Document', { implements: Node, description: 'A source text, kept byte-for-byte.' })
export class Document extends Node {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => DateResolver, { nullable: true })
  publishedOn!: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When the exact date is unknown: the earliest date the text can have been published.' })
  publishedNotBefore!: string | null;

  @Field(() => String, { nullable: true, description: 'What is known or inferred about the origin of the text.' })
  note!: string | null;
}

@ObjectType('Evidence', { description: 'The exact quote a fact came from: document.text.slice(start, end) === quote.' })
export class Evidence {
  @Field(() => Document)
  document!: Document;

  @Field(() => String)
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
