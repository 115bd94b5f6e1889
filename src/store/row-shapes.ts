// The keys of the maps our look-ups return, so that a combined statement sends each map as a list and the maps are rebuilt here.
import type { QueryName } from './queries';

/**
 * A map's keys in a fixed order; a key given as `[key, shape]` holds a map of that shape (or null). Neo4j sends a
 * map as its keys and values, and the driver defines each key with `Object.defineProperty` — its largest cost in
 * a profile of the actor page. A list of the values is sent without the keys and unpacked as a plain array
 * (measured on the actor page's statement: 0.3–0.45 ms less of 2.1–2.7 ms).
 */
export type MapShape = readonly (string | readonly [key: string, shape: MapShape])[];

/** A column's shape: a map (or null), or a list of maps (`listOf`). */
export type ColumnShape = MapShape | { readonly listOf: MapShape };

/** The actor map's keys, as every query file projects them. */
const ACTOR: MapShape = ['id', 'kind', 'name', 'aliases', 'description', 'evidence'];
const ALLEGATION: MapShape = ['id', 'summary', 'status', 'statedOn', 'statedOnPrecision', 'note', 'evidence', 'claimantId', ['claimant', ACTOR]];
const DOCUMENT: MapShape = ['id', 'title', 'publisher', 'url', 'publishedOn', 'publishedNotBefore', 'note', 'file', 'chunked', 'text', 'length'];
const MEETING: MapShape = [
  'id',
  'kind',
  'title',
  'date',
  'datePrecision',
  'dateText',
  'symbol',
  'pressRelease',
  'agenda',
  'presidentialStatements',
  'note',
  'coveredBy',
  'evidence',
];
const TOPIC: MapShape = ['id', 'key', 'name', 'aliases', 'aliasKeys'];
const RESOLUTION: MapShape = [
  'id',
  'number',
  'symbol',
  'year',
  'title',
  'adoptedOn',
  'votesFor',
  'votesAgainst',
  'abstentions',
  'unanimous',
  'adoptedWithoutVote',
  'cosponsorCount',
  'chapter',
  'note',
  'agendaItem',
  'draftSymbol',
  'coveredBy',
  'evidence',
  'adoptedAtId',
];

/**
 * The map columns of the look-ups that are combined into one statement on Neo4j (read-batch.ts), as their
 * files project them. A column not listed here comes as the map it is. The cypher test checks every shape
 * against the rows each query returns, on both engines.
 */
export const ROW_SHAPES: Partial<Record<QueryName, Readonly<Record<string, ColumnShape>>>> = {
  'find-actor-ids-by-name': { actor: ACTOR },
  'find-actors': { actor: ACTOR },
  'find-allegations': { allegation: ALLEGATION },
  'find-documents': { document: DOCUMENT },
  'find-evidence': { evidence: ['id', 'documentId', 'quote', 'start', 'end'], document: DOCUMENT },
  'find-meeting-by-symbol': { meeting: MEETING },
  'find-meetings': { meeting: MEETING },
  'find-resolution-by-number': { resolution: RESOLUTION },
  'find-resolutions': { resolution: RESOLUTION },
  'find-statements': { statement: ['id', 'quote', 'direct', 'evidence', 'speakerId', 'meetingId'] },
  'list-actor-relations': { child: ACTOR },
  'list-actor-sanctions': {
    listing: [
      'id',
      'referenceNumber',
      'permanentReference',
      'listedOn',
      'regime',
      'name',
      'originalScriptName',
      'aliases',
      'listDate',
      'entryType',
      'evidence',
    ],
  },
  'list-actor-source-records': { record: ['id', 'source', 'ref', 'name', 'aliases'] },
  'list-allegation-named': { child: ACTOR },
  'list-allegations-by-claimants': { child: ALLEGATION },
  'list-allegations-naming-actors': { child: ALLEGATION },
  'list-meeting-participants': { child: ACTOR },
  'list-meeting-resolutions': { child: RESOLUTION },
  'list-resolution-drafters': { child: ACTOR },
  'list-resolution-recalled-by': { child: RESOLUTION },
  'list-resolution-recalls': { child: RESOLUTION },
  'list-resolution-targets': { child: ACTOR },
  'list-resolution-votes': { child: ACTOR },
  'list-states-named-with-topic': { state: ACTOR, allegations: { listOf: ALLEGATION } },
  'list-topics': { topic: TOPIC },
  'list-topics-of': { child: TOPIC },
};

/** A name Cypher takes without quoting: the columns and map keys that read-batch.ts and shapes write into statements. */
export const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The Cypher expression that turns `value`, of this shape, into lists of its values (null stays null). */
export function shapeExpression(value: string, shape: ColumnShape, depth = 0): string {
  if (!Array.isArray(shape)) {
    const item = `shaped${depth}`;
    return `[${item} IN ${value} | ${shapeExpression(item, (shape as { listOf: MapShape }).listOf, depth + 1)}]`;
  }
  const values = (shape as MapShape).map((key) => {
    const name = typeof key === 'string' ? key : key[0];
    if (!PLAIN_NAME.test(name)) throw new Error(`cannot shape the map key "${name}"`);
    const lookup = `(${value}).\`${name}\``;
    return typeof key === 'string' ? lookup : shapeExpression(lookup, key[1], depth + 1);
  });
  return `CASE WHEN ${value} IS NULL THEN null ELSE [${values.join(', ')}] END`;
}

/** The value `shapeExpression` sent, as the map (or list of maps) it was. */
export function unshape(value: unknown, shape: ColumnShape): unknown {
  if (!Array.isArray(value)) {
    if (value === null || value === undefined) return null;
    throw new Error('a shaped column returned neither a list nor null');
  }
  if (!Array.isArray(shape)) return value.map((item) => unshape(item, (shape as { listOf: MapShape }).listOf));
  const out: Record<string, unknown> = {};
  (shape as MapShape).forEach((key, i) => {
    const item: unknown = value[i] ?? null;
    if (typeof key === 'string') out[key] = item;
    else out[key[0]] = unshape(item, key[1]);
  });
  return out;
}
