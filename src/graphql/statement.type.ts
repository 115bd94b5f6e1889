// Statements: quotes by a speaker.
import { Field, InputType, ObjectType } from 'type-graphql';
import { connectionType, orderInput, StringFilter } from './list.type';
import { Node } from './node.type';

@ObjectType('Statement', { implements: Node, description: 'Words attributed to a speaker.' })
export class Statement extends Node {
  @Field(() => String)
  quote!: string;

  @Field(() => Boolean, { description: 'True for a direct quotation, false for reported speech.' })
  direct!: boolean;
}

@InputType('StatementWhere', { description: 'Every given condition must hold.' })
export class StatementWhere {
  @Field(() => String, { nullable: true, description: 'A name or alias of the speaker.' })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: 'The record symbol of the meeting, e.g. "S/PV.7587".' })
  meeting?: string | null;

  @Field(() => StringFilter, { nullable: true, description: 'The quote (matches: every word, ignoring case).' })
  quote?: StringFilter | null;

  @Field(() => Boolean, { nullable: true })
  direct?: boolean | null;
}

export const StatementOrder = orderInput('Statement', { MEETING_DATE: 'MEETING_DATE', SPEAKER: 'SPEAKER' } as const);
export const StatementConnection = connectionType('Statement', Statement, 'Statements in pages (Relay cursor connection).');
