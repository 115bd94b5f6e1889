// Every entity's loader by store id, declared once: the repositories (and each other's edge loaders) load and prime entities through these.
import { nodeLoader } from './loaders';
import {
  type ActorRecord,
  type AllegationRecord,
  type DocumentRecord,
  type EvidenceRecord,
  type MeetingRecord,
  type ResolutionRecord,
  type StatementRecord,
  toActor,
  toAllegation,
  toDocument,
  toEvidence,
  toMeeting,
  toResolution,
  toStatement,
} from './records';

/** Actors by store id. */
export const actorNodes = nodeLoader<ActorRecord>('find-actors', 'actor', toActor);

/** Allegations by store id; each carries its claimant (`claimant { … }` costs no round trip). */
export const allegationNodes = nodeLoader<AllegationRecord>('find-allegations', 'allegation', toAllegation, { nested: { claimant: actorNodes } });

/** Documents by store id, without their texts. */
export const documentNodes = nodeLoader<DocumentRecord>('find-documents', 'document', toDocument, { params: { withText: false } });

/** Evidence spans by store id, priming their documents. */
export const evidenceNodes = nodeLoader<EvidenceRecord>('find-evidence', 'evidence', toEvidence, { also: { document: documentNodes } });

/** Meetings by store id. */
export const meetingNodes = nodeLoader<MeetingRecord>('find-meetings', 'meeting', toMeeting);

/** Resolutions by store id. */
export const resolutionNodes = nodeLoader<ResolutionRecord>('find-resolutions', 'resolution', toResolution);

/** Statements by store id. */
export const statementNodes = nodeLoader<StatementRecord>('find-statements', 'statement', toStatement);
