// The Allegation entity: a claim that named actors did something, with its claimant.
import Cypher from '@neo4j/cypher-builder';
import { dateRangeFilters, property, stringFilters, wordsFilter, type ListModel } from './list-statements';
import { actorModel } from './actor.model';
import { entity, projection, recordMapper, type RecordOf } from './model';

export const allegationModel = entity({
  name: 'Allegation',
  label: 'Allegation',
  variable: 'al',
  evidence: true,
  search: 'searchText',
  properties: {
    summary: { type: 'string', default: '' },
    status: { type: 'string', default: 'ALLEGED' },
    statedOn: { type: 'date' },
    statedOnPrecision: { type: 'string' },
    /** When its own date is unknown: the day its document is known not to be published before (only when no document gives its day). */
    notBefore: { type: 'date' },
    /** When its own date is unknown: the earliest day a document reporting it was published (it was stated by then). */
    notAfter: { type: 'date' },
    note: { type: 'string' },
    claimantId: { type: 'string', hidden: true, as: 'claimantKey', expr: (v) => `head([(${v})-[:CLAIMED_BY]->(claimant_:Actor) | claimant_.id])` },
    /** The claimant's map: primes the actor loader, so `claimant { … }` costs no round trip. */
    claimant: {
      type: 'string',
      internal: true,
      nested: actorModel,
      expr: (v) => `head([(${v})-[:CLAIMED_BY]->(claimant_:Actor) | ${projection(actorModel, 'claimant_')}])`,
    },
  },
});

/** An allegation, as the repositories return it. */
export type AllegationRecord = RecordOf<typeof allegationModel>;
/** The record of a store row holding an allegation's properties. */
export const toAllegation = recordMapper(allegationModel);

/** The best bound on the day stated: the day itself, else what its documents bound it by. */
const statedBound = (al: Cypher.Variable) => Cypher.coalesce(al.property('statedOn'), al.property('notBefore'), al.property('notAfter'));

/** The allegations list: by id (the default) or the day stated (its best bound; undated last both ways), top-k ids. */
export const allegationList: ListModel<'ID' | 'STATED_ON'> = {
  column: 'allegation',
  filters: {
    statuses: (al, v) => Cypher.in(al.property('status'), v),
    ...stringFilters('summary', property('summary')),
    ...dateRangeFilters('stated', property('statedOn')),
    // the normalised words of the summary and the quotes
    words: wordsFilter(),
  },
  orders: {
    ID: { keys: () => [], topIds: true, indexed: (al) => Cypher.isNotNull(al.property('id')) },
    STATED_ON: { keys: (al) => [statedBound(al)], nullsLast: statedBound, topIds: true },
  },
};
