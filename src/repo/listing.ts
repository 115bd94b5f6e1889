// Root lists: typed filters turned into query parameters, and Relay pages (first/after, last/before) over one ordered query.
import type { Data } from './data';
import { decodeCursor, encodeCursor, type CursorType } from '../cursor';
import { BadUserInputError } from '../errors';
import { normaliseName } from '../names';
import type { QueryName } from '../store/queries';
import type { EntityModel } from '../model/model';
import { countStatement, pageStatement, type ListModel, type Statement } from '../model/list-statements';
import { connectionOf, type PageInfoRecord } from './connection';
import { loadPresent, primeNode, type NodeSpec } from './loaders';

/** Default and largest page size. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** The most values an `in` list takes, and the longest string a filter takes. */
const MAX_IN = 100;
const MAX_TEXT = 200;

export interface StringFilterInput {
  eq?: string | null;
  in?: string[] | null;
  contains?: string | null;
  startsWith?: string | null;
  matches?: string | null;
}
/** Dates arrive as the Date scalar parses them (a Date at midnight UTC) or as YYYY-MM-DD. */
export interface DateFilterInput {
  eq?: Date | string | null;
  gte?: Date | string | null;
  lte?: Date | string | null;
}
export interface IntFilterInput {
  eq?: number | null;
  in?: number[] | null;
  gte?: number | null;
  lte?: number | null;
}
export interface PageArgsInput {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  /** The client asks for totalCount: the count runs alongside the page instead of after it. */
  withCount?: boolean;
}
export interface OrderInput<F extends string> {
  field: F;
  direction?: 'ASC' | 'DESC' | null;
}

/** Refuses a filter string that is too long (the name says which argument). */
export function checkText(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > MAX_TEXT) throw new BadUserInputError(`${name} is longer than ${MAX_TEXT} characters`, { argumentName: 'where' });
  return value;
}

/** eq and in as one list of allowed values (null: any). */
export function allowedValues<T>(name: string, eq: T | null | undefined, list: T[] | null | undefined): T[] | null {
  if (list && list.length > MAX_IN) throw new BadUserInputError(`${name}.in takes at most ${MAX_IN} values`, { argumentName: 'where' });
  if (eq === null || eq === undefined) return list ?? null;
  return list ? list.filter((v) => v === eq) : [eq];
}

/** The normalised words of a `matches` text; BAD_USER_INPUT when it has none. */
export function matchWords(name: string, text: string | null | undefined): string[] | null {
  if (!checkText(`${name}.matches`, text)) return null;
  const key = normaliseName(text!);
  if (!key) throw new BadUserInputError(`${name}.matches "${text!.slice(0, 50)}" has no letters or digits to match`, { argumentName: 'where' });
  return key.split(' ');
}

/** Parameters `<p>Values`, `<p>Contains`, `<p>StartsWith` and `<p>Words` of a StringFilter (nulls when absent). */
export function stringParams(p: string, f: StringFilterInput | null | undefined): Record<string, unknown> {
  const name = `where.${p}`;
  for (const v of [f?.eq, ...(f?.in ?? [])]) checkText(name, v);
  return {
    [`${p}Values`]: allowedValues(name, f?.eq, f?.in),
    [`${p}Contains`]: checkText(`${name}.contains`, f?.contains)?.toLowerCase() ?? null,
    [`${p}StartsWith`]: checkText(`${name}.startsWith`, f?.startsWith)?.toLowerCase() ?? null,
    [`${p}Words`]: matchWords(name, f?.matches),
  };
}

/** Parameters `<p>From` and `<p>To` of a DateFilter (eq narrows both). */
export function dateParams(p: string, f: DateFilterInput | null | undefined): Record<string, unknown> {
  const day = (d: Date | string | null | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d ?? null));
  const [gte, lte, eq] = [day(f?.gte), day(f?.lte), day(f?.eq)];
  const later = (a: string | null, b: string | null) => (a === null ? b : b !== null && b > a ? b : a);
  const earlier = (a: string | null, b: string | null) => (a === null ? b : b !== null && b < a ? b : a);
  return { [`${p}From`]: later(gte, eq), [`${p}To`]: earlier(lte, eq) };
}

/** Parameters `<p>Values`, `<p>From` and `<p>To` of an IntFilter. */
export function intParams(p: string, f: IntFilterInput | null | undefined): Record<string, unknown> {
  return { [`${p}Values`]: allowedValues(`where.${p}`, f?.eq, f?.in), [`${p}From`]: f?.gte ?? null, [`${p}To`]: f?.lte ?? null };
}

/** Every `matches` of several string filters as one list of words over the searchable text (null: none). */
export function searchWords(...lists: Array<unknown>): string[] | null {
  const words = lists.flatMap((l) => (Array.isArray(l) ? (l as string[]) : []));
  return words.length > 0 ? words : null;
}

/** A page of a root list; totalCount (a getter) runs its count query only when a client asks for it. */
export interface ListPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoRecord;
  readonly totalCount: Promise<number>;
}

/**
 * A relationship filter answered from its other end: an index seek from the named topic or actors gives
 * the ids of the listed entities it allows, and the page and count then run over those candidates.
 */
export interface Anchor {
  /** The filter's parameter (an id or a list of ids; null: not filtered). */
  param: string;
  /** Params: $ids [string] (or the name in `as`). Returns: id. */
  query: QueryName;
  /** The anchor query's parameter for the filter's values, when not `ids`. */
  as?: string;
}

/** How one entity is listed: its model and list declaration, its loader, and its relationship filters. */
export interface ListSpec<T, F extends string> {
  type: CursorType;
  model: EntityModel;
  list: ListModel<F>;
  source: NodeSpec<T>;
  /** Relationship filters, answered from their other end. */
  anchors?: readonly Anchor[];
  /**
   * A count for a list filtered by this one parameter and nothing else, read from labels the writers keep
   * (allegations by status: Neo4j's count store instead of counting 120,000 matches at ~1M, 36–59 ms → ≈ 1 ms).
   */
  countWhenOnly?: { param: string; count: QueryName };
}

/** Whether a parameter is set (null and undefined are not). */
const isSet = (value: unknown) => value !== null && value !== undefined;

/**
 * The page and count statements for these parameters, built with only the filters that are set: over the candidates
 * of the relationship filters that are set (their anchors' ids intersected), else over the whole label.
 */
async function listQueries<T, F extends string>(
  ctx: Data,
  spec: ListSpec<T, F>,
  params: Record<string, unknown>,
  field: F,
  descending: boolean,
): Promise<{ page: Statement & { idsOnly: boolean }; count: QueryName | Statement; params: Record<string, unknown> }> {
  const anchors = spec.anchors ?? [];
  const anchorParams = new Set(anchors.map((a) => a.param));
  const filters = Object.keys(params).filter((k) => isSet(params[k]) && !anchorParams.has(k));
  const given = anchors.filter((a) => isSet(params[a.param]));
  const request = { set: filters, order: field, descending, among: given.length > 0, engine: ctx.store.engine };
  const page = pageStatement(spec.model, spec.list, request);
  const byLabel = spec.countWhenOnly;
  const count =
    !request.among && byLabel && filters.length === 1 && filters[0] === byLabel.param ? byLabel.count : countStatement(spec.model, spec.list, request);
  if (!request.among) return { page, count, params };
  const idSets = await Promise.all(
    given.map(async (a) => {
      const value = params[a.param];
      const rows = await ctx.store.read<{ id: string }>(a.query, { [a.as ?? 'ids']: Array.isArray(value) ? value : [value] }, { combine: true });
      return new Set(rows.map((r) => r.id));
    }),
  );
  const [first, ...rest] = idSets;
  const candidateIds = [...(first ?? [])].filter((id) => rest.every((ids) => ids.has(id)));
  return { page, count, params: { ...params, candidateIds } };
}

/** The position a cursor of this list and order points at. */
function cursorOffset(cursor: string, type: CursorType, tag: string, argumentName: string): number {
  const key = decodeCursor(cursor, type);
  const at = key.lastIndexOf(':');
  if (key.slice(0, at) !== tag) throw new BadUserInputError(`The cursor "${cursor.slice(0, 100)}" belongs to another order of ${type} pages`, { argumentName });
  return Number(key.slice(at + 1));
}

/**
 * One Relay page of a root list: offsets from the cursors (`after`: the items after it; `before`: the items
 * before it), `first` from the start of that window or `last` from its end (counting the list when there is
 * no `before`). The rows carry the nodes and prime their loader.
 */
export async function listPage<T, F extends string>(
  ctx: Data,
  spec: ListSpec<T, F>,
  params: Record<string, unknown>,
  order: OrderInput<F> | null | undefined,
  args: PageArgsInput,
): Promise<ListPage<T>> {
  if (args.first !== null && args.first !== undefined && args.last !== null && args.last !== undefined)
    throw new BadUserInputError('Give "first" or "last", not both', { argumentName: 'last' });
  const fields = Object.keys(spec.list.orders) as F[];
  const field = order?.field ?? fields[0]!;
  const descending = order?.direction === 'DESC';
  const tag = `${field.toLowerCase()}.${descending ? 'desc' : 'asc'}`;
  let start = args.after ? cursorOffset(args.after, spec.type, tag, 'after') + 1 : 0;
  let end = args.before ? cursorOffset(args.before, spec.type, tag, 'before') : null;
  // first and last are bounded by their argument class (PageArgs).
  const last = args.last ?? null;
  const size = last ?? args.first ?? PAGE_SIZE.default;
  // Arguments are checked before any query runs (the anchors included).
  const queries = await listQueries(ctx, spec, params, field, descending);
  let counted: Promise<number> | undefined;
  const totalCount = () => (counted ??= ctx.store.read<{ total: number }>(queries.count, queries.params).then((rows) => rows[0]?.total ?? 0));
  if (args.withCount) totalCount().catch(() => undefined); // started now; totalCount's resolver awaits the same promise
  if (last !== null) {
    end ??= await totalCount();
    start = Math.max(start, end - last);
  }
  const window = end === null ? Infinity : Math.max(0, end - start);
  const limit = Math.min(size, window);
  let rows: Array<Record<string, unknown>>;
  let nodes: T[];
  if (queries.page.idsOnly) {
    rows = (await ctx.store.read<{ id: string }>(queries.page, { ...queries.params, end: start + limit + 1 })).slice(start);
    nodes = await loadPresent(
      ctx.loaders,
      spec.source,
      rows.slice(0, limit).map((r) => String(r.id)),
    );
  } else {
    rows = await ctx.store.read<Record<string, unknown>>(queries.page, {
      ...queries.params,
      skip: start,
      limit: limit + 1,
    });
    nodes = rows.slice(0, limit).flatMap((row) => primeNode(ctx.loaders, spec.source, row[spec.list.column]) ?? []);
  }
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(spec.type, `${tag}:${start + i}`), node }));
  const hasNext = rows.length > limit || (args.before !== null && args.before !== undefined);
  return {
    ...connectionOf(edges, hasNext, start > 0),
    get totalCount() {
      return totalCount();
    },
  };
}
