// Operation limits (depth, aliases, directives, cost, supported operation types), each refused with its own code.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLList,
  getNullableType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { CodedError, LimitError } from '../errors';

/** Operation limits: legitimate queries pass, abusive ones are refused with a code. */
export const LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxCost: 50000, maxDirectives: 20 } as const;

/** Most selections an operation may expand to (fragments spread at every use), so measuring stays cheap. */
const MAX_EXPANDED_SELECTIONS = 20000;

/** What a list field without `first`/`last` is assumed to hold, for the cost. */
export const ASSUMED_LIST_SIZE = 10;

/** The largest `first`/`last` any list accepts. */
const MAX_PAGE_SIZE = 100;

/** Characters of text that cost as much as one field. */
export const CHARS_PER_COST_UNIT = 1000;

/** A cost declared on a field as a function of its arguments. */
type TextCost = (options: { args: Record<string, unknown> }) => number;

/** Cost of a text field that returns up to `chars` characters: weighed by its size. */
export function textCost(chars: number): number {
  return 1 + Math.ceil(Math.max(chars, 0) / CHARS_PER_COST_UNIT);
}

/** graphql-js 17's rule, for 16: an operation whose root type the schema lacks fails validation, not execution. */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`The ${node.operation} operation is not supported: this API is read-only and answers queries only.`, { nodes: node }),
      );
    }
  },
});

/**
 * Cost of one field: its own cost (1, or the `complexity` declared on it) plus its children times
 * the number of items it can return (`first`/`last`, else ASSUMED_LIST_SIZE for lists; connection
 * `edges` count once, their connection field already multiplied). Text fields declare a cost that
 * grows with the characters they can return. Introspection costs nothing.
 */
export const estimateFieldCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  const declared = field.extensions?.complexity;
  const own = typeof declared === 'number' ? declared : typeof declared === 'function' ? Number((declared as TextCost)({ args })) : 1;
  const isList = getNullableType(field.type) instanceof GraphQLList;
  const paged = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
  // An out-of-range page size is refused by its resolver with BAD_USER_INPUT; the cost counts the largest page.
  const items = paged !== null ? Math.min(paged, MAX_PAGE_SIZE) : isList && field.name !== 'edges' ? ASSUMED_LIST_SIZE : 1;
  return own + Math.max(items, 0) * childComplexity;
};

/** Depth, aliases and directives of an operation (fragments expanded at every spread; introspection fields not counted for depth). */
export function measureOperation(document: DocumentNode, operation: OperationDefinitionNode): { depth: number; aliases: number; directives: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let aliases = 0;
  let visited = 0;
  let directives = operation.directives?.length ?? 0;
  const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const selection of set.selections) {
      if (++visited > MAX_EXPANDED_SELECTIONS) {
        throw new LimitError(`The operation expands to more than ${MAX_EXPANDED_SELECTIONS} selections`, 'COST_LIMIT_EXCEEDED', { limit: LIMITS.maxCost });
      }
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(selection.selectionSet, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Every spread is resolved again, so its aliases and directives count again.
        if (fragment && !visiting.has(name)) max = Math.max(max, depthOf(fragment.selectionSet, new Set([...visiting, name])));
      }
    }
    return max;
  };
  const depth = depthOf(operation.selectionSet, new Set());
  return { depth, aliases, directives };
}

/** Refuses, after validation and before execution, an operation past a limit: one coded error, HTTP 400. */
export function createLimitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const { depth, aliases, directives } = measureOperation(document, operation);
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
          let cost: number;
          try {
            cost = getComplexity({
              estimators: [estimateFieldCost],
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operation.name?.value ?? request.operationName ?? undefined,
            });
          } catch (error) {
            // The variables do not fit their types: the client's mistake, said as graphql-js says it.
            throw new CodedError((error as Error).message, 'BAD_USER_INPUT', {}, true);
          }
          if (cost > LIMITS.maxCost) {
            throw new LimitError(
              `The operation would cost ${cost}; the limit is ${LIMITS.maxCost} (lists count as many times as the items they can return: ask for fewer items or fewer large text fields)`,
              'COST_LIMIT_EXCEEDED',
              { limit: LIMITS.maxCost, found: cost },
            );
          }
        },
      };
    },
  };
}
