// What an operation selects below a field: the field names (fragments included), to count or read ahead only what is asked.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The names of the fields a selection set selects directly, through its fragments (aliases and directives aside). */
function fieldNames(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Set<string>, path: readonly string[]): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      if (path.length === 0) into.add(s.name.value);
      else if (s.name.value === path[0]) fieldNames(s.selectionSet, info, into, path.slice(1));
    } else if (s.kind === Kind.INLINE_FRAGMENT) fieldNames(s.selectionSet, info, into, path);
    else fieldNames(info.fragments[s.name.value]?.selectionSet, info, into, path);
  }
}

/**
 * The fields the operation selects on the value of the field being resolved, or, with `path`, on the value of
 * that path of fields below it (every field of that name, merged). A field skipped by @skip/@include is counted:
 * reading it ahead costs only what it reads.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) fieldNames(node.selectionSet, info, names, path);
  return names;
}
