// Operation limits (depth, aliases, directives, cost, supported operation types), each refused with its own code.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLList,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { CodedError, LimitError } from '../errors';
import { normaliseName } from '../names';
import { PAGE_SIZE } from '../repo/listing';
import type { GraphStore } from '../store/graph-store';
import { collectFields, fieldType, type Walk } from './selection';

/** Operation limits: legitimate queries pass, abusive ones are refused with a code. */
export const LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxCost: 50000, maxDirectives: 20 } as const;

/** Most selections an operation may expand to (fragments spread at every use), so measuring stays cheap. */
const MAX_EXPANDED_SELECTIONS = 20000;

/** What a list field without `first`/`last` is assumed to hold, for the cost, when the store does not bound it. */
export const ASSUMED_LIST_SIZE = 10;

/** Characters of text that cost as much as one field. */
export const CHARS_PER_COST_UNIT = 1000;

/** Most characters one `Document.text` returns; longer texts are read in ranges. */
export const MAX_TEXT_RANGE = 100_000;

/** How long the store's sizes are used before they are read again (in the background: no request waits for it). */
export const SIZES_TTL_MS = 60_000;

/** What the store holds that bounds what an operation can return, read before any operation is priced. */
export interface StoreSizes {
  /** The longest document text (UTF-16 code units). */
  maxTextLength: number;
  /** STATE actors: the most states `statesNamedInConnectionWith` can list. */
  states: number;
  /** Topics: the most any `topics` list can hold. */
  topics: number;
  /** The most allegations that name one state: the most a `StateNaming.allegations` can hold. */
  allegationsPerState: number;
  /** The most actors one allegation names. */
  namedPerAllegation: number;
  /** The most evidence spans one fact (node or relationship) has: the most any `evidence` list can hold. */
  evidencePerFact: number;
  /** Per topic that allegations naming states are about (by key): what the flagship can return for it; null when not read. */
  topicSizes: TopicSize[] | null;
}

/** What `statesNamedInConnectionWith(topic)` can return for one topic: its states, and the most allegations per state. */
export interface TopicSize {
  key: string;
  aliasKeys: string[];
  states: number;
  allegationsPerState: number;
}

/** The sizes priced when the store has not answered: the longest range and ASSUMED_LIST_SIZE everywhere. */
export const ASSUMED_SIZES: StoreSizes = {
  maxTextLength: MAX_TEXT_RANGE,
  states: ASSUMED_LIST_SIZE,
  topics: ASSUMED_LIST_SIZE,
  allegationsPerState: ASSUMED_LIST_SIZE,
  namedPerAllegation: ASSUMED_LIST_SIZE,
  evidencePerFact: ASSUMED_LIST_SIZE,
  topicSizes: null,
};

/**
 * The sizes of the topic a `topic` argument means (by key or alias, as the flagship's statement finds it); a topic no
 * allegation naming a state is about has none (0). Null when the sizes per topic were not read, or with no argument.
 */
function topicSize(sizes: StoreSizes, topic: unknown): Pick<TopicSize, 'states' | 'allegationsPerState'> | null {
  if (!sizes.topicSizes || typeof topic !== 'string') return null;
  const key = normaliseName(topic);
  const found = sizes.topicSizes.find((t) => normaliseName(t.key) === key || t.aliasKeys.includes(key));
  return found ?? { states: 0, allegationsPerState: 0 };
}

/** The arguments of the fields enclosing the one being priced, by "Type.field" (the nearest of each). */
type Scope = Readonly<Record<string, Record<string, unknown>>>;

/**
 * List fields without `first` whose size the store bounds ("Type.field"); every `[Evidence]` list is bounded by
 * evidencePerFact. The flagship's lists are bounded by what its topic holds (at ~1M relationships the most states and
 * allegations per state over all topics priced the flagship about oil at 7.7 million, for an answer of 5 states).
 */
const LIST_BOUNDS: Record<string, (sizes: StoreSizes, args: Record<string, unknown>, scope: Scope) => number> = {
  'Query.statesNamedInConnectionWith': (s, args) => topicSize(s, args.topic)?.states ?? s.states,
  'StateNaming.allegations': (s, _args, scope) => topicSize(s, scope['Query.statesNamedInConnectionWith']?.topic)?.allegationsPerState ?? s.allegationsPerState,
  'Allegation.named': (s) => s.namedPerAllegation,
  'Query.topics': (s) => s.topics,
  'Allegation.topics': (s) => s.topics,
  'Resolution.topics': (s) => s.topics,
  'Meeting.topics': (s) => s.topics,
};

interface SizesEntry {
  sizes: StoreSizes;
  readAt: number;
  reading: Promise<StoreSizes> | null;
}

const sizesByStore = new WeakMap<GraphStore, SizesEntry>();

/** Reads the store's sizes (cypher/count-list-sizes.cypher); ASSUMED_SIZES if the store cannot answer. */
async function readSizes(store: GraphStore): Promise<StoreSizes> {
  try {
    const [row] = await store.read('count-list-sizes');
    const n = (key: string) => Number(row?.[key] ?? 0);
    const topicSizes = Array.isArray(row?.topicSizes)
      ? (row.topicSizes as Array<Record<string, unknown>>).map((t) => ({
          key: String(t.key),
          aliasKeys: Array.isArray(t.aliasKeys) ? t.aliasKeys.map(String) : [],
          states: Number(t.states ?? 0),
          allegationsPerState: Number(t.allegationsPerState ?? 0),
        }))
      : null;
    return {
      topicSizes,
      maxTextLength: n('maxTextLength'),
      states: n('states'),
      topics: n('topics'),
      allegationsPerState: n('allegationsPerState'),
      namedPerAllegation: n('namedPerAllegation'),
      evidencePerFact: Math.max(n('evidencePerNode'), n('evidencePerEdge')),
    };
  } catch {
    return ASSUMED_SIZES;
  }
}

/**
 * The store's sizes for pricing: read on the first operation, then kept for SIZES_TTL_MS and read again in the
 * background once older (operations meanwhile are priced by the last sizes read; the response-bytes budget stays
 * the hard stop for anything written since).
 */
/** Reads the store's sizes now (the server does it once its data is loaded, before it says it is ready). */
export async function primeStoreSizes(store: GraphStore): Promise<void> {
  const reading = readSizes(store);
  const entry: SizesEntry = { sizes: ASSUMED_SIZES, readAt: Date.now(), reading };
  sizesByStore.set(store, entry);
  entry.sizes = await reading;
  entry.reading = null;
}

export async function storeSizes(store: GraphStore, now = Date.now()): Promise<StoreSizes> {
  let entry = sizesByStore.get(store);
  if (!entry) {
    const reading = readSizes(store);
    entry = { sizes: ASSUMED_SIZES, readAt: now, reading };
    sizesByStore.set(store, entry);
    entry.sizes = await reading;
    entry.reading = null;
    return entry.sizes;
  }
  if (entry.reading && entry.sizes === ASSUMED_SIZES) return entry.reading;
  if (!entry.reading && now - entry.readAt > SIZES_TTL_MS) {
    const current = entry;
    current.readAt = now;
    current.reading = readSizes(store).then((sizes) => {
      current.sizes = sizes;
      current.reading = null;
      return sizes;
    });
  }
  return entry.sizes;
}

/** A cost declared on a field as a function of its arguments (the store's sizes in `context.sizes`). */
type DeclaredCost = (options: { args: Record<string, unknown>; context: { sizes: StoreSizes } }) => number;

/** The store's sizes a declared cost is priced with (ASSUMED_SIZES outside an operation's pricing). */
export function sizesIn(context: Record<string, unknown> | undefined): StoreSizes {
  return (context?.sizes as StoreSizes | undefined) ?? ASSUMED_SIZES;
}

/** Cost of a text field that returns up to `chars` characters: weighed by its size. */
export function textCost(chars: number): number {
  return 1 + Math.ceil(Math.max(chars, 0) / CHARS_PER_COST_UNIT);
}

/** Cost of `Document.text(start, end)`: the characters the range can hold in the store's longest text. */
export function textRangeCost(args: { start?: number; end?: number | null }, sizes: StoreSizes): number {
  const start = Math.max(args.start ?? 0, 0);
  const end = args.end ?? start + MAX_TEXT_RANGE;
  return textCost(Math.min(end, sizes.maxTextLength) - Math.min(start, sizes.maxTextLength));
}

/** Cost of `Evidence.context(chars)`: the passage on both sides of a quote, at most the store's longest text. */
export function contextCost(chars: number, sizes: StoreSizes): number {
  return textCost(Math.min(2 * chars, sizes.maxTextLength));
}

/** One field that made an operation's cost: its name, what it costs with its children, and the change that lowers it. */
interface CostPart {
  field: string;
  total: number;
  change: string;
}

/** graphql-js 17's rule, for 16: an operation whose root type the schema lacks fails validation, not execution. */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`The ${node.operation} operation is not supported: this API answers queries and mutations only.`, { nodes: node }));
    }
  },
});

/**
 * One field's cost: its own (1, or the `complexity` declared on it) plus its children's times the number of items it
 * can return (`first`/`last`; else for lists the most the store holds where it bounds them, ASSUMED_LIST_SIZE
 * otherwise; connection `edges` count once, their connection field already multiplied). Text fields declare a cost
 * that grows with the characters they can return, at most the store's longest text. `parts` collects the fields a
 * smaller request would make cheaper.
 */
export function fieldCost(
  type: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  childCost: number,
  sizes: StoreSizes,
  parts: CostPart[] = [],
  scope: Scope = {},
): number {
  const name = `${type.name}.${field.name}`;
  const declared = field.extensions?.complexity;
  const own = typeof declared === 'number' ? declared : typeof declared === 'function' ? Number((declared as DeclaredCost)({ args, context: { sizes } })) : 1;
  const listOf = getNullableType(field.type);
  const isList = listOf instanceof GraphQLList;
  const paged = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
  const bound = LIST_BOUNDS[name] ?? (isList && getNamedType(listOf).name === 'Evidence' ? (s: StoreSizes) => s.evidencePerFact : null);
  const bounded = bound ? bound(sizes, args, scope) : ASSUMED_LIST_SIZE;
  // An out-of-range page size is refused by its argument class with BAD_USER_INPUT; the cost counts the largest root page.
  const items = paged !== null ? Math.min(paged, PAGE_SIZE.max) : !isList || field.name === 'edges' ? 1 : bounded;
  const total = own + Math.max(items, 0) * childCost;
  if (field.name === 'text' && type.name === 'Document') parts.push({ field: name, total, change: 'ask ranges with `text(start, end)`' });
  else if (field.name === 'context' && type.name === 'Evidence') parts.push({ field: name, total, change: 'a smaller `context(chars:)`' });
  else if (field.args.some((arg) => arg.name === 'first') && items > 1) parts.push({ field: name, total, change: `a smaller \`first\` (now ${items})` });
  else if (isList && items > 1 && childCost > 1)
    parts.push({ field: name, total, change: `fewer fields inside it (it has no \`first\`; it counts ${items} items)` });
  return total;
}

/** The changes that lower a cost the most, largest first, one per field (at most four). */
export function costAdvice(parts: readonly CostPart[]): string {
  const best = new Map<string, CostPart>();
  for (const part of parts) if ((best.get(part.field)?.total ?? -1) < part.total) best.set(part.field, part);
  return [...best.values()]
    .sort((a, b) => b.total - a.total)
    .slice(0, 4)
    .map((part) => `${part.field}: ${part.change}`)
    .join('; ');
}

/** What the limits measure of an operation. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * Depth, aliases, directives and cost of an operation, in one walk of its selections (fragments expanded at every
 * spread, so their aliases and directives count again). Introspection fields count for aliases and directives, not
 * for depth nor cost; a field left out by @skip/@include counts for depth, not for cost; an abstract type costs its
 * dearest possible type. Variables that do not fit their types are BAD_USER_INPUT, said as graphql-js says it.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  sizes: StoreSizes,
  parts: CostPart[] = [],
): OperationMeasure {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) throw new CodedError(coerced.errors[0]!.message, 'BAD_USER_INPUT', {}, true);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const measure = { depth: 0, aliases: 0, directives: operation.directives?.length ?? 0, cost: 0 };
  let visited = 0;
  const walk: Walk = {
    schema,
    fragments,
    variables: coerced.coerced,
    onSelection(selection) {
      if (++visited > MAX_EXPANDED_SELECTIONS) {
        throw new LimitError(`The operation expands to more than ${MAX_EXPANDED_SELECTIONS} selections`, 'COST_LIMIT_EXCEEDED', { limit: LIMITS.maxCost });
      }
      measure.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD && selection.alias) measure.aliases++;
    },
  };
  const level = (set: SelectionSetNode | undefined, type: GraphQLCompositeType, priced: boolean, scope: Scope): { depth: number; cost: number } => {
    let depth = 0;
    const costs = new Map<string, number>();
    for (const selected of collectFields(set, type, walk)) {
      if (selected.node.name.value.startsWith('__') || !selected.field) continue;
      const returned = fieldType(selected);
      const included = priced && selected.included;
      let args: Record<string, unknown> = {};
      if (included) {
        try {
          args = getArgumentValues(selected.field, selected.node, coerced.coerced);
        } catch (error) {
          throw new CodedError((error as Error).message, 'BAD_USER_INPUT', {}, true);
        }
      }
      const name = `${selected.parent.name}.${selected.field.name}`;
      const inner = returned ? level(selected.node.selectionSet, returned, included, included ? { ...scope, [name]: args } : scope) : { depth: 0, cost: 0 };
      depth = Math.max(depth, 1 + inner.depth);
      if (!included) continue;
      const cost = fieldCost(selected.parent, selected.field, args, inner.cost, sizes, parts, scope);
      for (const name of selected.on) costs.set(name, (costs.get(name) ?? 0) + cost);
    }
    return { depth, cost: Math.max(0, ...costs.values()) };
  };
  const root = schema.getRootType(operation.operation);
  if (root) Object.assign(measure, level(operation.selectionSet, root, true, {}));
  return measure;
}

/** Refuses, after validation and before execution, an operation past a limit: one coded error, HTTP 400. */
export function createLimitsPlugin<T extends { store: GraphStore }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          const sizes = await storeSizes(contextValue.store);
          const parts: CostPart[] = [];
          const { depth, aliases, directives, cost } = measureOperation(schema, document, operation, request.variables ?? {}, sizes, parts);
          if (depth > LIMITS.maxDepth) {
            throw new LimitError(`The operation is ${depth} levels deep; the limit is ${LIMITS.maxDepth}`, 'DEPTH_LIMIT_EXCEEDED', {
              limit: LIMITS.maxDepth,
              found: depth,
            });
          }
          if (aliases > LIMITS.maxAliases) {
            throw new LimitError(`The operation has ${aliases} aliases; the limit is ${LIMITS.maxAliases}`, 'ALIAS_LIMIT_EXCEEDED', {
              limit: LIMITS.maxAliases,
              found: aliases,
            });
          }
          if (directives > LIMITS.maxDirectives) {
            throw new LimitError(`The operation has ${directives} directives; the limit is ${LIMITS.maxDirectives}`, 'DIRECTIVE_LIMIT_EXCEEDED', {
              limit: LIMITS.maxDirectives,
              found: directives,
            });
          }
          if (cost > LIMITS.maxCost) {
            throw new LimitError(
              `The operation would cost ${cost}; the limit is ${LIMITS.maxCost} (lists count as many times as the items they can return, texts by the characters they can return). What lowers it most: ${costAdvice(parts)}`,
              'COST_LIMIT_EXCEEDED',
              { limit: LIMITS.maxCost, found: cost },
            );
          }
        },
      };
    },
  };
}
