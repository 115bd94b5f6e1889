// Opaque, stable GraphQL ids: base64url of "<Type>:<key>", the node's id property in the store.
import { BadUserInputError } from './errors';

/** The types that have global ids. */
export const NODE_TYPES = ['Actor', 'Resolution', 'Meeting', 'Document', 'Allegation', 'Statement', 'Topic', 'Candidate'] as const;

/** A type with a global id. */
export type NodeType = (typeof NODE_TYPES)[number];

/** The store id of an entity: "<Type>:<key>". */
export function storeId(type: NodeType | 'Evidence', key: string | number): string {
  return `${type}:${key}`;
}

/** The GraphQL id for a store id. */
export function toGlobalId(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** The type and store id inside a GraphQL id; BAD_USER_INPUT when it is not one of ours. */
export function fromGlobalId(globalId: string): { type: NodeType; id: string } {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const type = decoded.slice(0, decoded.indexOf(':'));
  if (!(NODE_TYPES as readonly string[]).includes(type) || decoded.length <= type.length + 1) {
    throw new BadUserInputError(`"${globalId.slice(0, 100)}" is not a Dossier id`);
  }
  return { type: type as NodeType, id: decoded };
}
