// A root list's page and count statements, built with @neo4j/cypher-builder from the entity's list declaration with only the filters a request sets.
import Cypher from '@neo4j/cypher-builder';
import { projection, type EntityModel } from './model';

/** A filter's predicate over the listed node, given its parameter (only built when the parameter is set). */
export type Filter = (node: Cypher.Variable, value: Cypher.Param) => Cypher.Predicate;

/** How a list is ordered: its sort keys (ascending; DESC reverses them), the node's id breaking ties. */
export interface Order {
  keys: (node: Cypher.Variable) => Cypher.Expr[];
  /**
   * Page by top-k ids: ORDER BY and LIMIT on RETURN over plain columns, no SKIP and no CASE, so that Grafeo keeps only
   * the top rows (50,000 statements at ~1M: 10–15 ms against 53–76 ms); the page's nodes are then loaded by id.
   * Otherwise a page of nodes, with SKIP.
   */
  topIds?: boolean;
  /**
   * The value whose nulls sort last in both directions: a leading key `value IS NULL` (false first, never reversed), so
   * the page stays a plain ORDER BY over columns (no CASE) and the same on both engines.
   */
  nullsLast?: (node: Cypher.Variable) => Cypher.Expr;
  /** Predicates that let Neo4j read an index in order (left out on the embedded engine, which would test them on every row). */
  indexed?: (node: Cypher.Variable) => Cypher.Predicate;
}

/** An entity's root list: the column its pages carry the node in, its filters by parameter, its orders by GraphQL enum value. */
export interface ListModel<F extends string = string> {
  column: string;
  filters: Readonly<Record<string, Filter>>;
  orders: Readonly<Record<F, Order>>;
}

/** A built statement: its text and a name for logs (no behaviour depends on it). */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/** What a request asks of a list: which filters are set, the order, and whether its candidates are given ($candidateIds). */
export interface ListRequest {
  set: readonly string[];
  order: string;
  descending: boolean;
  among: boolean;
  engine: 'embedded' | 'neo4j';
}

/** Built statements by request shape (entity, filters set, order, engine): a handful per list, each built once. */
const built = new Map<string, Statement>();

function cached(key: string, build: () => string): Statement {
  let statement = built.get(key);
  if (!statement) built.set(key, (statement = { name: key, text: build() }));
  return statement;
}

/** The listed node matched: every node of the label, or the candidates a relationship filter allowed. */
function matchNodes(model: EntityModel, node: Cypher.Node, among: boolean): Cypher.Match | Cypher.Unwind {
  if (!among) return new Cypher.Match(new Cypher.Pattern(node, { labels: [model.label] }));
  const candidate = new Cypher.NamedVariable('candidateId');
  return new Cypher.Unwind([new Cypher.NamedParam('candidateIds'), candidate]).match(
    new Cypher.Pattern(node, { labels: [model.label], properties: { id: candidate } }),
  );
}

function predicate(list: ListModel, node: Cypher.Node, set: readonly string[], extra: Cypher.Predicate[] = []): Cypher.Predicate | undefined {
  const parts = set.map((param) => {
    const filter = list.filters[param];
    if (!filter) throw new Error(`the list of ${list.column} has no filter ${param}`);
    return filter(node, new Cypher.NamedParam(param));
  });
  return Cypher.and(...parts, ...extra);
}

function keyOf(request: ListRequest): string {
  return [request.order, request.descending ? 'desc' : 'asc', request.among ? 'among' : 'all', request.engine, ...[...request.set].sort()].join(' ');
}

/**
 * The page statement. Top-k ids (Params: the filters, $end = skip + limit + 1. Returns: id) when the order pages by ids
 * and no candidates are given; else a page of nodes (Params: the filters, [$candidateIds], $skip, $limit. Returns: the
 * node in the list's column, projected as the model declares it).
 */
export function pageStatement(model: EntityModel, list: ListModel, request: ListRequest): Statement & { idsOnly: boolean } {
  const order = list.orders[request.order];
  if (!order) throw new Error(`the list of ${list.column} has no order ${request.order}`);
  const idsOnly = Boolean(order.topIds) && !request.among;
  const statement = cached(`${model.name} page ${keyOf(request)}`, () => {
    const node = new Cypher.NamedNode(model.variable);
    const direction = request.descending ? 'DESC' : 'ASC';
    const keys = order.keys(node);
    const id = node.property('id');
    // the sort columns in order, each with its direction: the nulls key (always ascending), then the keys
    const sorts: Array<[Cypher.Expr, 'ASC' | 'DESC']> = [
      ...(order.nullsLast ? [[Cypher.isNull(order.nullsLast(node)), 'ASC'] as [Cypher.Expr, 'ASC']] : []),
      ...keys.map((key): [Cypher.Expr, 'ASC' | 'DESC'] => [key, direction]),
    ];
    const tie = keys.length === 0 ? direction : 'ASC';
    if (idsOnly) {
      const indexed = request.engine === 'neo4j' && order.indexed ? [order.indexed(node)] : [];
      const idColumn = new Cypher.NamedVariable('id');
      const keyColumns = sorts.map((_, i) => new Cypher.NamedVariable(`key${i}`));
      const match = matchNodes(model, node, false) as Cypher.Match;
      const where = predicate(list, node, request.set, indexed);
      const clause = where ? match.where(where) : match;
      return clause
        .return([id, idColumn], ...sorts.map(([key], i): [Cypher.Expr, Cypher.Variable] => [key, keyColumns[i]!]))
        .orderBy(...keyColumns.map((k, i): [Cypher.Expr, 'ASC' | 'DESC'] => [k, sorts[i]![1]]), [idColumn, tie])
        .limit(new Cypher.NamedParam('end'))
        .build().cypher;
    }
    const match = matchNodes(model, node, request.among);
    const where = predicate(list, node, request.set);
    const filtered = where ? (match as Cypher.Match).where(where) : match;
    const keyColumns = sorts.map((_, i) => new Cypher.NamedVariable(`key${i}`));
    return (filtered as Cypher.Match)
      .with(node, ...sorts.map(([key], i): [Cypher.Expr, Cypher.Variable] => [key, keyColumns[i]!]))
      .orderBy(...keyColumns.map((k, i): [Cypher.Expr, 'ASC' | 'DESC'] => [k, sorts[i]![1]]), [id, tie])
      .skip(new Cypher.NamedParam('skip'))
      .limit(new Cypher.NamedParam('limit'))
      .return([new Cypher.Raw(projection(model, model.variable)), new Cypher.NamedVariable(list.column)])
      .build().cypher;
  });
  return { ...statement, idsOnly };
}

/** The count statement (Params: the filters, [$candidateIds]. Returns: total). */
export function countStatement(model: EntityModel, list: ListModel, request: Omit<ListRequest, 'order' | 'descending'>): Statement {
  return cached(`${model.name} count ${keyOf({ ...request, order: '', descending: false })}`, () => {
    const node = new Cypher.NamedNode(model.variable);
    const match = matchNodes(model, node, request.among);
    const where = predicate(list, node, request.set);
    const filtered = where ? (match as Cypher.Match).where(where) : match;
    return (filtered as Cypher.Match).return([Cypher.count(node), new Cypher.NamedVariable('total')]).build().cypher;
  });
}

/** Filters of a string property: `<p>Values` (in), `<p>Contains` and `<p>StartsWith` (lower case). */
export function stringFilters(p: string, value: (node: Cypher.Variable) => Cypher.Expr): Record<string, Filter> {
  return {
    [`${p}Values`]: (node, v) => Cypher.in(value(node), v),
    [`${p}Contains`]: (node, v) => Cypher.contains(Cypher.toLower(value(node)), v),
    [`${p}StartsWith`]: (node, v) => Cypher.startsWith(Cypher.toLower(value(node)), v),
  };
}

/** Filters of a number range: `<p>From` and `<p>To`, both inclusive. */
export function rangeFilters(p: string, value: (node: Cypher.Variable) => Cypher.Expr): Record<string, Filter> {
  return {
    [`${p}From`]: (node, v) => Cypher.gte(value(node), v),
    [`${p}To`]: (node, v) => Cypher.lte(value(node), v),
  };
}

/** Filters of a range of days over a DATE property: `<p>From` and `<p>To` (ISO days, read with `date()`), both inclusive. */
export function dateRangeFilters(p: string, value: (node: Cypher.Variable) => Cypher.Expr): Record<string, Filter> {
  return {
    [`${p}From`]: (node, v) => Cypher.gte(value(node), Cypher.date(v)),
    [`${p}To`]: (node, v) => Cypher.lte(value(node), Cypher.date(v)),
  };
}

/** A filter on the words of the node's searchable text: every word of the parameter, whole. */
export function wordsFilter(): Filter {
  const word = new Cypher.NamedVariable('word');
  const space = new Cypher.Literal(' ');
  return (node, v) => Cypher.all(word, v, Cypher.contains(Cypher.plus(space, node.property('searchText'), space), Cypher.plus(space, word, space)));
}

/** A node's property, as list declarations read it. */
export const property =
  (name: string) =>
  (node: Cypher.Variable): Cypher.Expr =>
    node.property(name);
