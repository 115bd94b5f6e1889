// Lean reads: a query operation has its entity maps read without the keys it selects no field for (Neo4j).
import { isAbstractType, OperationTypeNode, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { withReadOptions } from '../store/graph-store';
import { OPTIONAL_KEYS, type LeanKeys } from '../store/row-shapes';

/** Fields whose answers read entity maps whole: one of them anywhere in an operation keeps every read whole (search builds its highlights from them). */
export const READS_WHOLE: ReadonlySet<string> = new Set(['Query.search']);

/** How many different sets of left-out keys are kept (each is a text and a plan per query); an operation past them reads whole maps. */
const MAX_LEAN_SETS = 64;

const made = new Map<string, LeanKeys>();
const decided = new WeakMap<DocumentNode, LeanKeys | null>();

/** Every `Type.field` that `document` selects, through interfaces and unions to each possible type. */
function selectedFields(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const selected = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        for (const type of isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent]) selected.add(`${type.name}.${field.name}`);
      },
    }),
  );
  return selected;
}

/**
 * The keys of OPTIONAL_KEYS (`Type.key`, read by the field `Type.key` alone) that `document` selects no field for, or null
 * when it reads whole maps (READS_WHOLE), leaves nothing out, or MAX_LEAN_SETS other sets are in use. Kept per parsed
 * document, which Apollo reuses; the same set is the same object, so its texts and statements are made once.
 */
export function leanKeysOf(schema: GraphQLSchema, document: DocumentNode): LeanKeys | null {
  let lean = decided.get(document);
  if (lean !== undefined) return lean;
  const selected = selectedFields(schema, document);
  const drop = [...READS_WHOLE].some((field) => selected.has(field)) ? [] : OPTIONAL_KEYS.filter((key) => !selected.has(key));
  const id = drop.join(',');
  lean = made.get(id) ?? null;
  if (!lean && drop.length > 0 && made.size < MAX_LEAN_SETS) made.set(id, (lean = { id: `lean${made.size}`, drop: new Set(drop) }));
  decided.set(document, lean);
  return lean;
}

/**
 * After validation, before execution: a query that leaves keys out gets a view of the store whose reads are lean
 * (ReadOptions.lean) and loaders over it. Measured on Neo4j over HTTP: the actor page ≈ 5% less time with lean actors.
 */
export function createLeanReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, contextValue }) {
          if (operation?.operation !== OperationTypeNode.QUERY) return;
          const lean = leanKeysOf(schema, document);
          if (!lean) return;
          contextValue.store = withReadOptions(contextValue.store, { lean });
          contextValue.loaders = contextValue.loaders.over(contextValue.store);
        },
      };
    },
  };
}
