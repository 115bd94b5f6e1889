// Several named reads as ONE Cypher statement (Neo4j): side by side (each in its own CALL { }, joined by UNION ALL), or one after another (chainReads).
import type { IdSource } from './graph-store';
import { PLAIN_NAME, shapeExpression, unshape, type ColumnShape } from './row-shapes';

/** A read to combine: its Cypher text, its parameters, the columns it returns, in order, and the shapes of its map columns (sent as lists). */
export interface BatchPart {
  text: string;
  params: Record<string, unknown>;
  columns: readonly string[];
  shapes?: Readonly<Record<string, ColumnShape>>;
}

/** The most reads one combined statement holds (the plan cache keeps one plan per combination). */
export const MAX_BATCH = 8;

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * One statement answering every part: part i runs as `CALL () { <its text, $x renamed $p<i>_x> }` and returns one
 * row (`part` = i, `rows` = its rows as lists of its columns, in its own order — an empty list when it has none).
 * Only our own query files are combined: their `$` appear in parameters only, their columns are plain names.
 */
export function combineReads(parts: readonly BatchPart[]): { text: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const branches = parts.map((part, i) => {
    for (const [name, value] of Object.entries(part.params)) params[`p${i}_${name}`] = value;
    const body = part.text.replace(PARAMETER, (_, name: string) => `$p${i}_${name}`);
    return `CALL () {\n${body}\n}\nRETURN ${i} AS part, collect([${shaped(part).join(', ')}]) AS rows`;
  });
  return { text: branches.join('\nUNION ALL\n'), params };
}

/** A part that follows from the first read's rows: its `$ids` taken from them as FollowingRead says (`from`, `when`). */
export interface FollowingPart extends BatchPart {
  from?: IdSource;
  when?: readonly [column: string, value: string];
}

const quoted = (columns: readonly string[]) =>
  columns.map((c) => {
    if (!PLAIN_NAME.test(c)) throw new Error(`cannot combine a read whose column is "${c}"`);
    return `\`${c}\``;
  });

/** A part's columns as it sends them: a map column of a known shape as the list of its values. */
const shaped = (part: BatchPart) =>
  quoted(part.columns).map((column, j) => {
    const shape = part.shapes?.[part.columns[j]!];
    return shape ? shapeExpression(column, shape) : column;
  });

/**
 * One statement for a read and the reads that follow from its rows (GraphStore.readThen): the first read in a
 * `CALL () { }`, its rows collected as `first` (lists of its columns); then each following part in a `CALL (chainFirst) { }` of its
 * own over the ids it takes from them (its `$ids` becomes that list, `chainIds`), its rows collected as `f<i>`.
 */
export function chainReads(first: BatchPart, following: readonly FollowingPart[]): { text: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(first.params)) params[`r_${name}`] = value;
  const at = (column: string) => {
    const index = first.columns.indexOf(column);
    if (index < 0) throw new Error(`the first read of a chain returns no column ${column}`);
    return index;
  };
  const lines = [
    `CALL () {\n${first.text.replace(PARAMETER, (_, name: string) => `$r_${name}`)}\n}`,
    // Its rows as they are (the following reads' ids come from them) and, when it has map columns of known shapes, as they are sent back.
    `WITH collect([${quoted(first.columns).join(', ')}]) AS chainFirst${first.shapes ? `, collect([${shaped(first).join(', ')}]) AS chainSent` : ''}`,
  ];
  following.forEach((part, i) => {
    const { column, key, each } = part.from ?? { column: 'id' };
    if (key !== undefined && !PLAIN_NAME.test(key)) throw new Error(`cannot chain ids from the key "${key}"`);
    const value = `row[${at(column)}]`;
    // Each row's ids as a list (a list value as it is, a single value as a list of one, null as none), then concatenated.
    const ids =
      key === undefined
        ? `coalesce(${value}, [])`
        : each
          ? `reduce(kept = [], item IN coalesce(${value}, []) | kept + coalesce(item.\`${key}\`, []))`
          : `coalesce(${value}.\`${key}\`, [])`;
    let rows = 'chainFirst';
    if (part.when) {
      params[`f${i}_when`] = part.when[1];
      rows = `[row IN chainFirst WHERE row[${at(part.when[0])}] = $f${i}_when]`;
    }
    for (const [name, v] of Object.entries(part.params)) if (name !== 'ids') params[`f${i}_${name}`] = v;
    const body = part.text.replace(PARAMETER, (_, name: string) => (name === 'ids' ? 'chainIds' : `$f${i}_${name}`));
    lines.push(
      `CALL (chainFirst) {\nWITH reduce(gathered = [], row IN ${rows} | gathered + ${ids}) AS chainAll\n` +
        `WITH reduce(once = [], id IN chainAll | CASE WHEN id IS NULL OR id IN once THEN once ELSE once + [id] END) AS chainIds\n` +
        `CALL (chainIds) {\n${body}\n}\nRETURN collect([${shaped(part).join(', ')}]) AS f${i}\n}`,
    );
  });
  lines.push(`RETURN ${first.shapes ? 'chainSent' : 'chainFirst'} AS first${following.map((_, i) => `, f${i}`).join('')}`);
  return { text: lines.join('\n'), params };
}

/** The rows of a chained statement's one row: the first read's and each following read's, as objects keyed by their columns. */
export function splitChain(
  first: BatchPart,
  following: readonly BatchPart[],
  row: Record<string, unknown>,
): { rows: Array<Record<string, unknown>>; following: Array<Array<Record<string, unknown>>> } {
  const objects = (part: BatchPart, lists: unknown) => {
    if (!Array.isArray(lists)) throw new Error('a chained read returned no list of rows');
    return rowObjects(part, lists as unknown[][]);
  };
  return { rows: objects(first, row.first), following: following.map((part, i) => objects(part, row[`f${i}`])) };
}

/**
 * A part's rows, collected as lists of its columns' values, as objects keyed by its columns. Plain loops, shapes looked
 * up once per part: the `Object.fromEntries(columns.map(…))` this replaces was the largest cost of Dossier's own code
 * on the actor page (0.19 of 1.06 ms per request, profiled).
 */
function rowObjects(part: BatchPart, lists: readonly unknown[][]): Array<Record<string, unknown>> {
  const { columns } = part;
  const shapes = columns.map((column) => part.shapes?.[column]);
  const out = new Array<Record<string, unknown>>(lists.length);
  for (let i = 0; i < lists.length; i++) {
    const values = lists[i]!;
    const row: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++) {
      const shape = shapes[j];
      row[columns[j]!] = shape ? unshape(values[j], shape) : (values[j] ?? null);
    }
    out[i] = row;
  }
  return out;
}

/** Splits the rows of a combined statement back into each part's rows (objects keyed by its columns). */
export function splitRows(parts: readonly BatchPart[], rows: ReadonlyArray<{ part: unknown; rows: unknown }>): Array<Array<Record<string, unknown>>> {
  const out = parts.map((): Array<Record<string, unknown>> => []);
  for (const row of rows) {
    const index = Number(row.part);
    const part = parts[index];
    const target = out[index];
    if (!part || !target || !Array.isArray(row.rows)) throw new Error('a combined read returned a row that is no part of it');
    target.push(...rowObjects(part, row.rows as unknown[][]));
  }
  return out;
}
