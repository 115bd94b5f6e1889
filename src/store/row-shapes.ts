// Map columns sent as lists of their values (a combined statement on Neo4j) and rebuilt here; the shapes come from the model.
import type { ColumnShape } from '../model/projections';
import type { MapShape } from '../model/model';

export type { ColumnShape } from '../model/projections';
export type { MapShape } from '../model/model';

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
