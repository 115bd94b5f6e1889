// The Resolution entity: a Security Council resolution, with the meeting that adopted it.
import Cypher from '@neo4j/cypher-builder';
import { dateRangeFilters, property, rangeFilters, type ListModel } from './list-statements';
import { entity, recordMapper, type RecordOf } from './model';

export const resolutionModel = entity({
  name: 'Resolution',
  label: 'Resolution',
  variable: 'r',
  evidence: true,
  search: 'searchText',
  properties: {
    number: { type: 'int', default: 0 },
    symbol: { type: 'string', default: '' },
    year: { type: 'int' },
    title: { type: 'string' },
    adoptedOn: { type: 'date' },
    votesFor: { type: 'int' },
    votesAgainst: { type: 'int' },
    abstentions: { type: 'int' },
    unanimous: { type: 'boolean' },
    adoptedWithoutVote: { type: 'boolean' },
    cosponsorCount: { type: 'int' },
    chapter: { type: 'string' },
    note: { type: 'string' },
    agendaItem: { type: 'string' },
    draftSymbol: { type: 'string' },
    /** '<field>|<document id>': which sources list which of its relationships (see coverage.repo). */
    coveredBy: { type: 'strings', hidden: true },
    adoptedAtId: { type: 'string', hidden: true, as: 'adoptedAtKey', expr: (v) => `head([(${v})-[:ADOPTED_AT]->(adoptedAt_:Meeting) | adoptedAt_.id])` },
  },
});

/** A resolution, as the repositories return it. */
export type ResolutionRecord = RecordOf<typeof resolutionModel>;
/** The record of a store row holding a resolution's properties. */
export const toResolution = recordMapper(resolutionModel);

const yes = new Cypher.Literal(true);
const outcomeIs = (v: Cypher.Param, outcome: string, holds: Cypher.Predicate) => Cypher.and(Cypher.eq(v, new Cypher.Literal(outcome)), holds);

/** The resolutions list: by number (the default) or the day adopted (undated last both ways). */
export const resolutionList: ListModel<'NUMBER' | 'ADOPTED_ON'> = {
  column: 'resolution',
  filters: {
    numberValues: (r, v) => Cypher.in(r.property('number'), v),
    ...rangeFilters('number', property('number')),
    yearValues: (r, v) => Cypher.in(r.property('year'), v),
    ...rangeFilters('year', property('year')),
    ...dateRangeFilters('adopted', property('adoptedOn')),
    outcome: (r, v) =>
      Cypher.or(
        outcomeIs(v, 'UNANIMOUS', Cypher.eq(r.property('unanimous'), yes)),
        outcomeIs(
          v,
          'CONTESTED',
          Cypher.or(Cypher.gt(r.property('votesAgainst'), new Cypher.Literal(0)), Cypher.gt(r.property('abstentions'), new Cypher.Literal(0))),
        ),
        outcomeIs(v, 'WITHOUT_VOTE', Cypher.eq(r.property('adoptedWithoutVote'), yes)),
      ),
  },
  orders: {
    NUMBER: { keys: (r) => [r.property('number')] },
    ADOPTED_ON: { keys: (r) => [r.property('adoptedOn'), r.property('number')], nullsLast: property('adoptedOn') },
  },
};
