// Topics allegations and resolutions are about (oil, antiquities, ransom…).
import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType('Topic', { implements: Node })
export class Topic extends Node {
  @Field(() => String, { description: 'Stable key, e.g. "oil".' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Other words that find this topic, e.g. "oil products".' })
  aliases!: string[];
}
