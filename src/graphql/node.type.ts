// The Relay Node interface and the shared enums.
import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';

/** Anything with a stable, opaque global id. */
@InterfaceType('Node', { resolveType: (value: { __typename: string }) => value.__typename, description: 'An object with a stable, opaque global id.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

export enum ActorKind {
  STATE = 'STATE',
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  GROUP = 'GROUP',
}
registerEnumType(ActorKind, { name: 'ActorKind', description: 'STATE, PERSON, ORGANIZATION, or GROUP (an unnamed collective such as "Western diplomats").' });

export enum AllegationStatus {
  ALLEGED = 'ALLEGED',
  DENIED = 'DENIED',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}
registerEnumType(AllegationStatus, { name: 'AllegationStatus' });

export enum Role {
  TRANSIT = 'TRANSIT',
  BUYER = 'BUYER',
  SELLER = 'SELLER',
  ORIGIN = 'ORIGIN',
  PAYER = 'PAYER',
  RECIPIENT = 'RECIPIENT',
  BENEFICIARY = 'BENEFICIARY',
  FACILITATOR = 'FACILITATOR',
  RECRUITER = 'RECRUITER',
  TARGET = 'TARGET',
  ATTACKER = 'ATTACKER',
  PERPETRATOR = 'PERPETRATOR',
  VICTIM = 'VICTIM',
  VICTIM_STATE = 'VICTIM_STATE',
  AFFECTED = 'AFFECTED',
  SUBJECT = 'SUBJECT',
}
registerEnumType(Role, {
  name: 'Role',
  description:
    'The part an allegation gives a named actor: in a trade TRANSIT, BUYER, SELLER, ORIGIN, PAYER, RECIPIENT, BENEFICIARY, FACILITATOR, RECRUITER; in an attack TARGET, ATTACKER, PERPETRATOR, VICTIM, VICTIM_STATE (the state whose nationals were the victims), AFFECTED; SUBJECT: what the claim is about.',
});

export enum DatePrecision {
  DAY = 'DAY',
  DAY_INFERRED = 'DAY_INFERRED',
  WEEKDAY = 'WEEKDAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  REPORTED = 'REPORTED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How much of a date the source gives: DAY; DAY_INFERRED (the day worked out from the text, e.g. "yesterday" in a dated article); WEEKDAY (only the weekday, "on Friday"); MONTH; YEAR; REPORTED (the date of the report, not of the event); UNKNOWN.',
});

export enum RelationDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'OUTGOING: this actor → the other (e.g. this PART_OF the other); INCOMING: the other → this actor.',
});
