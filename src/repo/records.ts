// The shapes every repository shares: an entity's common fields, an edge row, and the readers of store properties.
import type { NodeType } from '../ids';
import { toGlobalId } from '../ids';
import type { ActorRecord } from './actor.repo';
import type { AllegationRecord } from './allegation.repo';
import type { DocumentRecord } from './document.repo';
import type { MeetingRecord } from './meeting.repo';
import type { ResolutionRecord } from './resolution.repo';
import type { StatementRecord } from './statement.repo';
import type { TopicRecord } from './topic.repo';

/** Common fields of every entity with a global id. */
export interface EntityRecord {
  __typename: NodeType;
  /** The opaque GraphQL id. */
  id: string;
  /** The id property in the store ("Actor:russia"). */
  key: string;
  evidenceIds: string[];
}

/** An edge from a parent to a child entity, with what the edge says and its evidence. */
export interface EdgeRecord {
  parentId: string;
  childId: string;
  relation?: string | null;
  role?: string | null;
  direction?: string | null;
  evidence?: string[] | null;
}

/** Any entity with a global id. */
export type AnyRecord = ActorRecord | ResolutionRecord | MeetingRecord | DocumentRecord | AllegationRecord | StatementRecord | TopicRecord;

/** A row's property map. */
export type Props = Record<string, unknown>;

/** Readers of store properties: the value when it has the type, else null (or []). */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
export const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The fields every entity record has, from its properties. */
export function base(p: Props) {
  const key = String(p.id);
  return { id: toGlobalId(key), key, evidenceIds: strings(p.evidence) };
}
