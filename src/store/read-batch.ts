// Several named reads as ONE Cypher statement (Neo4j): each in its own CALL { } with its parameters renamed, joined by UNION ALL.

/** A read to combine: its Cypher text, its parameters and the columns it returns, in order. */
export interface BatchPart {
  text: string;
  params: Record<string, unknown>;
  columns: readonly string[];
}

/** The most reads one combined statement holds (the plan cache keeps one plan per combination). */
export const MAX_BATCH = 8;

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const COLUMN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One statement answering every part: part i runs as `CALL { <its text, $x renamed $p<i>_x> }` and returns one
 * row (`part` = i, `rows` = its rows as lists of its columns, in its own order — an empty list when it has none).
 * Only our own query files are combined: their `$` appear in parameters only, their columns are plain names.
 */
export function combineReads(parts: readonly BatchPart[]): { text: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const branches = parts.map((part, i) => {
    for (const [name, value] of Object.entries(part.params)) params[`p${i}_${name}`] = value;
    const columns = part.columns.map((c) => {
      if (!COLUMN.test(c)) throw new Error(`cannot combine a read whose column is "${c}"`);
      return `\`${c}\``;
    });
    const body = part.text.replace(PARAMETER, (_, name: string) => `$p${i}_${name}`);
    return `CALL {\n${body}\n}\nRETURN ${i} AS part, collect([${columns.join(', ')}]) AS rows`;
  });
  return { text: branches.join('\nUNION ALL\n'), params };
}

/** Splits the rows of a combined statement back into each part's rows (objects keyed by its columns). */
export function splitRows(parts: readonly BatchPart[], rows: ReadonlyArray<{ part: unknown; rows: unknown }>): Array<Array<Record<string, unknown>>> {
  const out = parts.map((): Array<Record<string, unknown>> => []);
  for (const row of rows) {
    const index = Number(row.part);
    const part = parts[index];
    const target = out[index];
    if (!part || !target || !Array.isArray(row.rows)) throw new Error('a combined read returned a row that is no part of it');
    for (const values of row.rows as unknown[][]) target.push(Object.fromEntries(part.columns.map((c, j) => [c, values[j] ?? null])));
  }
  return out;
}
