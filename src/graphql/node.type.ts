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
