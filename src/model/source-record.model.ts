// Source records: an entry of an outside list (a sanctions listing, a member-state row) resolved to an actor.
import { entity } from './model';

/** A sanctions listing, as an actor's `sanctions` shows it. */
export const sanctionListingModel = entity({
  name: 'SanctionListing',
  label: 'SourceRecord',
  variable: 's',
  evidence: true,
  properties: {
    referenceNumber: { type: 'string', default: '' },
    permanentReference: { type: 'string' },
    listedOn: { type: 'date' },
    regime: { type: 'string' },
    name: { type: 'string', default: '' },
    originalScriptName: { type: 'string' },
    aliases: { type: 'strings' },
    listDate: { type: 'date' },
    entryType: { type: 'string' },
    /** The subject's dated events its comments state, as parallel lists (type; ISO date or ''; precision or ''; evidence id). */
    eventTypes: { type: 'strings', hidden: true },
    eventDates: { type: 'strings', hidden: true },
    eventDatePrecisions: { type: 'strings', hidden: true },
    eventEvidence: { type: 'strings', hidden: true },
  },
});

/** Any source record, as an actor's `sourceRecords` shows it. */
export const sourceRecordModel = entity({
  name: 'SourceRecord',
  label: 'SourceRecord',
  variable: 's',
  evidence: false,
  properties: {
    source: { type: 'string' },
    ref: { type: 'string' },
    name: { type: 'string' },
    aliases: { type: 'strings', hidden: true },
  },
});
