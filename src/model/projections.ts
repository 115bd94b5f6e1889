// Query files name the entity they return (`a {...Actor}`, `al {...Allegation, claimantId: a.id}`): expanded here, when cypher/ is loaded, from the model.
import { MODELS } from './models';
import { projection, shapeOf, type MapShape } from './model';

/** `<variable> {...<Entity>` opens a projection placeholder. */
const SPREAD = /([A-Za-z_][A-Za-z0-9_]*)\s*\{\.\.\.([A-Za-z]+)/g;

/** A column's shape: an entity's map (or null), or a list of them (`listOf`). */
export type ColumnShape = MapShape | { readonly listOf: MapShape };

/**
 * Walks `text` from `from`, skipping quoted strings ('…', "…", `…`), and calls `visit` with each other character's index
 * and the bracket depth there (after an opening bracket, before a closing one); stops when `visit` returns true.
 */
function scan(text: string, from: number, visit: (i: number, depth: number) => boolean | void): void {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') depth--;
    if (visit(i, c === '(' || c === '[' || c === '{' ? depth++ : depth)) return;
  }
}

/** The index of the bracket closing the one at `open` (quotes skipped), or -1. */
export function closingBracket(text: string, open: number): number {
  let found = -1;
  scan(text, open, (i, depth) => depth === 0 && i > open && (found = i) >= 0);
  return found;
}

/** `text` split at its top-level commas (outside brackets and quotes), each part trimmed. */
export function topLevelParts(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let from = 0;
  scan(text, 0, (i, depth) => {
    if (depth === 0 && text[i] === separator) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  });
  parts.push(text.slice(from).trim());
  return parts.filter((p) => p.length > 0);
}

/** The text with every placeholder replaced by the entity's map projection (overrides kept, nested ones expanded). */
export function expandProjections(text: string, where = 'a query'): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(SPREAD)) {
    if (match.index < at) continue;
    // A placeholder in a comment (a header's "Returns: …") is left as it is.
    if (text.slice(text.lastIndexOf('\n', match.index) + 1, match.index).includes('//')) continue;
    const [, variable, name] = match;
    const model = MODELS.get(name!);
    if (!model) throw new Error(`${where}: no entity model named ${name} (src/model/models.ts)`);
    const open = match.index + match[0].indexOf('{');
    const close = closingBracket(text, open);
    if (close < 0) throw new Error(`${where}: the projection {...${name} is not closed`);
    const overrides = new Map<string, string>();
    for (const part of topLevelParts(text.slice(open + 1 + 3 + name!.length, close))) {
      const colon = part.indexOf(':');
      if (colon < 0) throw new Error(`${where}: "${part}" in {...${name}} is not "key: expression"`);
      const key = part.slice(0, colon).trim();
      if (!(key in model.properties)) throw new Error(`${where}: ${name} declares no property ${key}`);
      overrides.set(key, expandProjections(part.slice(colon + 1).trim(), where));
    }
    out += text.slice(at, match.index) + projection(model, variable!, overrides);
    at = close + 1;
  }
  return out + text.slice(at);
}

/** The top-level index of each keyword in `text` (outside brackets and quotes). */
function topLevelKeyword(text: string, keyword: RegExp): number[] {
  const found: number[] = [];
  scan(text, 0, (i, depth) => {
    if (depth === 0 && (i === 0 || /\W/.test(text[i - 1]!)) && keyword.exec(text.slice(i))?.index === 0) found.push(i);
  });
  return found;
}

/** Where each clause of a query body starts: its top-level keywords. */
const CLAUSE = /(OPTIONAL\s+MATCH|MATCH|WITH|RETURN|UNWIND|WHERE|ORDER\s+BY|SKIP|LIMIT|UNION|CALL)\b/;

/**
 * The map columns of a query's last RETURN, from its placeholders: `x {...E} AS c` is E's shape, `collect(x {...E}) AS c`
 * a list of them (in the RETURN, or in a WITH whose column the RETURN passes on). Other columns come as they are.
 */
export function returnShapes(text: string): Record<string, ColumnShape> {
  const body = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  const starts = topLevelKeyword(body, CLAUSE);
  const defined = new Map<string, ColumnShape>();
  let returned: string[] = [];
  starts.forEach((start, i) => {
    const keyword = /^(WITH|RETURN)\b/.exec(body.slice(start));
    if (!keyword) return;
    const items = topLevelParts(body.slice(start + keyword[0].length, starts[i + 1] ?? body.length));
    if (keyword[1] === 'RETURN') returned = [];
    for (const item of items) {
      const as = /\s+AS\s+([A-Za-z_][A-Za-z0-9_]*)$/.exec(item);
      const column = as ? as[1]! : item;
      if (keyword[1] === 'RETURN') returned.push(column);
      const spread = /\{\.\.\.([A-Za-z]+)/.exec(item);
      const model = spread && MODELS.get(spread[1]!);
      if (as && model) defined.set(column, /^collect\s*\(/i.test(item) ? { listOf: shapeOf(model) } : shapeOf(model));
      else if (as) defined.delete(column);
    }
  });
  const shapes: Record<string, ColumnShape> = {};
  for (const column of returned) {
    const shape = defined.get(column);
    if (shape) shapes[column] = shape;
  }
  return shapes;
}
