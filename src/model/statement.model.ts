// The Statement entity: what a speaker said, at a meeting or in a document.
import Cypher from '@neo4j/cypher-builder';
import { property, stringFilters, type ListModel } from './list-statements';
import { entity, recordMapper, type RecordOf } from './model';

export const statementModel = entity({
  name: 'Statement',
  label: 'Statement',
  variable: 's',
  evidence: true,
  properties: {
    quote: { type: 'string', default: '' },
    direct: { type: 'boolean', default: false },
    speakerId: { type: 'string', hidden: true, as: 'speakerKey', expr: (v) => `head([(${v})-[:SPOKEN_BY]->(speaker_:Actor) | speaker_.id])` },
    meetingId: { type: 'string', hidden: true, as: 'meetingKey', expr: (v) => `head([(${v})-[:MADE_AT]->(meeting_:Meeting) | meeting_.id])` },
  },
});

/** A statement, as the repositories return it. */
export type StatementRecord = RecordOf<typeof statementModel>;
/** The record of a store row holding a statement's properties. */
export const toStatement = recordMapper(statementModel);

const word = new Cypher.NamedVariable('word');

/** The statements list: by the day of their meeting (the default; top-k ids, Neo4j reads statement_day_idx in order) or the speaker's name. */
export const statementList: ListModel<'MEETING_DATE' | 'SPEAKER'> = {
  column: 'statement',
  filters: {
    direct: (s, v) => Cypher.eq(s.property('direct'), v),
    ...stringFilters('quote', property('quote')),
    quoteWords: (s, v) => Cypher.all(word, v, Cypher.contains(Cypher.toLower(s.property('quote')), word)),
  },
  orders: {
    // every statement has a meetingDay ('' when unknown; written by upsert-statements and the meeting links)
    MEETING_DATE: { keys: (s) => [s.property('meetingDay')], topIds: true, indexed: (s) => Cypher.isNotNull(s.property('meetingDay')) },
    SPEAKER: {
      keys: (s) => [new Cypher.Raw((env) => `coalesce(head([(${env.compile(s)})-[:SPOKEN_BY]->(speaker_:Actor) | speaker_.name]), '')`)],
    },
  },
};
