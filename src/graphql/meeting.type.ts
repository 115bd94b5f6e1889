// Meetings: Council meetings, interviews, press statements and briefings.
import { DateResolver } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { connectionType, DateFilter, orderInput, StringFilter } from './list.type';
import { DatePrecision, Node } from './node.type';

@ObjectType('Meeting', { implements: Node, description: 'A Council meeting, interview, press statement or briefing.' })
export class Meeting extends Node {
  @Field(() => String, { description: 'SECURITY_COUNCIL_MEETING, INTERVIEW, PRESS_STATEMENT, PRESS_BRIEFING…' })
  kind!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Null unless the day is known or inferred (see datePrecision).' })
  date!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'DAY, DAY_INFERRED, WEEKDAY (only the weekday is known) or UNKNOWN.' })
  datePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'The date as the source wrote it ("Friday").' })
  dateText!: string | null;

  @Field(() => String, { nullable: true, description: 'Record symbol, e.g. S/PV.7587.' })
  symbol!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Press release symbol, e.g. SC/12168.' })
  pressRelease!: string | null;

  @Field(() => [String], { description: 'Agenda items considered.' })
  agenda!: string[];

  @Field(() => [String], { description: 'Presidential statements issued, e.g. S/PRST/2015/1.' })
  presidentialStatements!: string[];
}

@InputType('MeetingWhere', { description: 'Every given condition must hold.' })
export class MeetingWhere {
  @Field(() => DateFilter, { nullable: true })
  date?: DateFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'SECURITY_COUNCIL_MEETING, DECISION_WITHOUT_MEETING, INTERVIEW…' })
  kind?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The record symbol, e.g. {startsWith: "S/PV.75"}.' })
  symbol?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The title (the first agenda item).' })
  title?: StringFilter | null;

  @Field(() => String, { nullable: true, description: 'Topic key or alias; meetings get topics from their agenda items.' })
  topic?: string | null;
}

export const MeetingOrder = orderInput('Meeting', { DATE: 'DATE', SYMBOL: 'SYMBOL' } as const);
export const MeetingConnection = connectionType('Meeting', Meeting, 'Meetings in pages (Relay cursor connection).');
