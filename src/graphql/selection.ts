// The one walker of what an operation selects: fields through fragments, with their types; the limits, read-ahead and totalCount use it.
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** What a walk reads: the operation's fragments and schema; with `variables`, @skip/@include are applied to `included`. */
export interface Walk {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>;
  variables?: Readonly<Record<string, unknown>>;
  /** Called for every selection met, fragments expanded at every spread (the limits count and stop here). */
  onSelection?: (selection: SelectionNode) => void;
}

/** One field a selection set selects, with the type it is selected on. */
export interface SelectedField {
  node: FieldNode;
  /** The type the field is selected on (the innermost type condition, else the selection set's type). */
  parent: GraphQLCompositeType;
  /** Its definition (undefined for `__typename` on a union, or a field the schema lacks). */
  field: GraphQLField<unknown, unknown> | undefined;
  /** The object types the field is selected for: the set's possible types within every type condition on the way. */
  on: readonly string[];
  /** False when @skip/@include leave it out (or its fragment); always true without `walk.variables`. */
  included: boolean;
}

/** The possible object types of a composite type, by name. */
function possibleTypes(schema: GraphQLSchema, type: GraphQLCompositeType): string[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name];
}

/** Whether @skip/@include keep a selection, with the operation's variables. */
function kept(selection: SelectionNode, walk: Walk): boolean {
  if (!walk.variables || !selection.directives?.length) return true;
  const variables = walk.variables as Record<string, unknown>;
  if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
}

/**
 * The fields a selection set of `type` selects directly, through its fragments and inline fragments (a fragment
 * spread twice is walked twice; a spread inside itself is not followed). Fields of the same name stay apart.
 */
export function collectFields(set: SelectionSetNode | undefined, type: GraphQLCompositeType, walk: Walk): SelectedField[] {
  const found: SelectedField[] = [];
  const visit = (
    selections: SelectionSetNode | undefined,
    parent: GraphQLCompositeType,
    on: readonly string[],
    included: boolean,
    spread: ReadonlySet<string>,
  ) => {
    for (const s of selections?.selections ?? []) {
      walk.onSelection?.(s);
      const keep = included && kept(s, walk);
      if (s.kind === Kind.FIELD) {
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        found.push({ node: s, parent, field, on, included: keep });
        continue;
      }
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? walk.fragments[s.name.value] : s;
      if (!fragment || (s.kind === Kind.FRAGMENT_SPREAD && spread.has(s.name.value))) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
      if (!condition || !isCompositeType(condition)) continue;
      const narrowed = new Set(possibleTypes(walk.schema, condition));
      const inner = s.kind === Kind.FRAGMENT_SPREAD ? new Set([...spread, s.name.value]) : spread;
      visit(
        fragment.selectionSet,
        condition,
        on.filter((name) => narrowed.has(name)),
        keep,
        inner,
      );
    }
  };
  visit(set, type, possibleTypes(walk.schema, type), true, new Set());
  return found;
}

/** The composite type a selected field returns (undefined for a leaf or an unknown field). */
export function fieldType(selected: SelectedField): GraphQLCompositeType | undefined {
  const named = selected.field && getNamedType(selected.field.type);
  return named && isCompositeType(named) ? named : undefined;
}

/**
 * The fields the operation selects on the value of the field being resolved, or, with `path`, on the value of
 * that path of fields below it (every field of that name, merged). A field skipped by @skip/@include is counted:
 * reading it ahead costs only what it reads.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  const walk: Walk = { schema: info.schema, fragments: info.fragments };
  const returned = getNamedType(info.returnType);
  let level = isCompositeType(returned) ? info.fieldNodes.flatMap((node) => collectFields(node.selectionSet, returned, walk)) : [];
  for (const name of path) {
    level = level.flatMap((selected) => {
      const type = selected.node.name.value === name ? fieldType(selected) : undefined;
      return type ? collectFields(selected.node.selectionSet, type, walk) : [];
    });
  }
  return new Set(level.map((selected) => selected.node.name.value));
}
