// Security Council resolutions.
import { DateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType('Resolution', { implements: Node, description: 'A Security Council resolution.' })
export class Resolution extends Node {
  @Field(() => Int)
  number!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'e.g. "S/RES/2253 (2015)". Every resolution has one; nullable like Meeting.symbol, so that one query over the search union can ask both for `symbol`.',
  })
  symbol!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => DateResolver, { nullable: true })
  adoptedOn!: string | null;

  @Field(() => Int, { nullable: true })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true })
  votesAgainst!: number | null;

  @Field(() => Int, { nullable: true })
  abstentions!: number | null;

  @Field(() => Boolean, { nullable: true })
  unanimous!: boolean | null;

  @Field(() => Int, { nullable: true })
  cosponsorCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Chapter of the UN Charter it was adopted under, e.g. "VII".' })
  chapter!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when adopted without a vote.' })
  adoptedWithoutVote!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The agenda item it was adopted under.' })
  agendaItem!: string | null;

  @Field(() => String, { nullable: true, description: 'Symbol of the draft, e.g. S/2015/100.' })
  draftSymbol!: string | null;
}
