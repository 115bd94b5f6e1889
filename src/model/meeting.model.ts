// The Meeting entity: a Council meeting or another Council event.
import Cypher from '@neo4j/cypher-builder';
import { dateRangeFilters, property, stringFilters, wordsFilter, type ListModel } from './list-statements';
import { entity, recordMapper, type RecordOf } from './model';

export const meetingModel = entity({
  name: 'Meeting',
  label: 'Meeting',
  variable: 'm',
  evidence: true,
  search: 'searchText',
  properties: {
    kind: { type: 'string', default: 'MEETING' },
    title: { type: 'string' },
    date: { type: 'date' },
    datePrecision: { type: 'string' },
    dateText: { type: 'string' },
    symbol: { type: 'string' },
    pressRelease: { type: 'string' },
    agenda: { type: 'strings' },
    presidentialStatements: { type: 'strings' },
    note: { type: 'string' },
    /** '<field>|<document id>': which sources list which of its relationships (see coverage.repo). */
    coveredBy: { type: 'strings', hidden: true },
  },
});

/** A meeting, as the repositories return it. */
export type MeetingRecord = RecordOf<typeof meetingModel>;
/** The record of a store row holding a meeting's properties. */
export const toMeeting = recordMapper(meetingModel);

/** The meetings list: by date (the default; undated last both ways) or the number in its symbol. */
export const meetingList: ListModel<'DATE' | 'SYMBOL'> = {
  column: 'meeting',
  filters: {
    ...dateRangeFilters('date', property('date')),
    ...stringFilters('kind', property('kind')),
    ...stringFilters('symbol', property('symbol')),
    ...stringFilters('title', property('title')),
    words: wordsFilter(),
  },
  orders: {
    DATE: { keys: (m) => [m.property('date')], nullsLast: property('date') },
    SYMBOL: { keys: (m) => [Cypher.coalesce(m.property('symbolNumber'), new Cypher.Literal(-1))] },
  },
};
