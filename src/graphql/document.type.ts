// Source documents and the evidence spans (quote + character offsets) every fact points to.
import { DateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Between, connectionType, DateFilter, orderInput, StringFilter } from './list.type';
import { Node } from './node.type';
import { SourceCoverage, SourceKind } from './un-data.type';

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

@InputType('DocumentWhere', { description: 'Every given condition must hold.' })
export class DocumentWhere {
  @Field(() => StringFilter, { nullable: true })
  title?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  publisher?: StringFilter | null;

  @Field(() => DateFilter, { nullable: true, description: 'The publication day (the earliest possible day where only that is known).' })
  publishedOn?: DateFilter | null;
}

export const DocumentOrder = orderInput('Document', { PUBLISHED_ON: 'PUBLISHED_ON', TITLE: 'TITLE' } as const);
export const DocumentConnection = connectionType('Document', Document, 'Documents (articles and data files) in pages (Relay cursor connection).');

@ObjectType('ListCoverage', { description: 'Whether loaded sources list a relationship list of an entity: null in the list means unknown, [] means none.' })
export class ListCoverage {
  @Field(() => String, { description: 'The field, e.g. "votes".' })
  field!: string;

  @Field(() => Boolean)
  covered!: boolean;

  @Field(() => String, { description: 'Why the list is what it is.' })
  note!: string;
}

@ObjectType('Source', { description: 'A loaded source and what it covers.' })
export class Source {
  @Field(() => Document)
  document!: Document;

  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field(() => [String], { description: 'The kinds of fact it gives.' })
  covers!: string[];

  @Field(() => DateResolver, { nullable: true, description: 'The date of its earliest row (data files) or its publication.' })
  from!: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'The date of its latest row (data files) or its publication.' })
  to!: string | null;

  @Field(() => Int, { nullable: true, description: 'Data rows in an imported file.' })
  rows!: number | null;

  @Field(() => SourceCoverage, { description: 'Its first and last day and the gaps in between (see README, The UN record).' })
  coverage!: SourceCoverage;
}

/** Most characters `Evidence.context` adds on each side of a quote. */
export const MAX_CONTEXT_CHARS = 2000;

/** `Document.text(start, end)`: offsets from 0 (the range's length and order are checked against the text). */
@ArgsType()
export class TextRangeArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Between(0)
  start!: number;

  @Field(() => Int, { nullable: true })
  @Between(0)
  end?: number | null;
}

/** `Evidence.context(chars)`: how much of the passage on each side of the quote. */
@ArgsType()
export class ContextArgs {
  @Field(() => Int, { defaultValue: 200 })
  @Between(0, MAX_CONTEXT_CHARS)
  chars!: number;
}
