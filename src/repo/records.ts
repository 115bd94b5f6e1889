// The records repositories return: each entity's from its model (src/model/), and the edge and reader helpers all share.
import type { NodeType } from '../ids';
import type { ActorRecord } from '../model/actor.model';
import type { AllegationRecord } from '../model/allegation.model';
import type { DocumentRecord } from '../model/document.model';
import type { MeetingRecord } from '../model/meeting.model';
import type { ResolutionRecord } from '../model/resolution.model';
import type { StatementRecord } from '../model/statement.model';
import type { TopicRecord } from '../model/topic.model';

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

export { type ActorRecord, toActor } from '../model/actor.model';
export { type AllegationRecord, toAllegation } from '../model/allegation.model';
export { type DocumentRecord, toDocument } from '../model/document.model';
export { type EvidenceRecord, toEvidence } from '../model/evidence.model';
export { type MeetingRecord, toMeeting } from '../model/meeting.model';
export { type ResolutionRecord, toResolution } from '../model/resolution.model';
export { type StatementRecord, toStatement } from '../model/statement.model';
export { type TopicRecord, toTopic } from '../model/topic.model';
