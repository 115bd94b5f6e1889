// Statements: quotes by a speaker.
import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType('Statement', { implements: Node, description: 'Words attributed to a speaker.' })
export class Statement extends Node {
  @Field(() => String)
  quote!: string;

  @Field(() => Boolean, { description: 'True for a direct quotation, false for reported speech.' })
  direct!: boolean;
}
