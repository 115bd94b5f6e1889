// The Actor entity: a state, person or organisation.
import Cypher from '@neo4j/cypher-builder';
import { property, stringFilters, type ListModel } from './list-statements';
import { entity, recordMapper, type RecordOf } from './model';

export const actorModel = entity({
  name: 'Actor',
  label: 'Actor',
  variable: 'a',
  evidence: true,
  search: 'searchText',
  properties: {
    kind: { type: 'string', default: 'ORGANIZATION' },
    name: { type: 'string', default: '' },
    aliases: { type: 'strings' },
    description: { type: 'string' },
  },
});

/** An actor, as the repositories return it. */
export type ActorRecord = RecordOf<typeof actorModel>;
/** The record of a store row holding an actor's properties. */
export const toActor = recordMapper(actorModel);

/** The actors list: by name (the default) or kind, top-k ids (Neo4j reads actor_name_key_idx / actor_kind_name_idx in order). */
export const actorList: ListModel<'NAME' | 'KIND'> = {
  column: 'actor',
  filters: {
    ...stringFilters('name', property('name')),
    kinds: (a, v) => Cypher.in(a.property('kind'), v),
    // a.sanctioned is kept by link-source-records
    sanctioned: (a, v) => Cypher.eq(Cypher.coalesce(a.property('sanctioned'), new Cypher.Literal(false)), v),
  },
  orders: {
    NAME: { keys: (a) => [a.property('nameKey')], topIds: true, indexed: (a) => Cypher.isNotNull(a.property('nameKey')) },
    KIND: {
      keys: (a) => [a.property('kind'), a.property('nameKey')],
      topIds: true,
      indexed: (a) => Cypher.and(Cypher.isNotNull(a.property('kind')), Cypher.isNotNull(a.property('nameKey'))),
    },
  },
};
