import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function collect(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, path: string[], out: Set<string>): void {
  if (!set) return;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (!path.length) out.add(s.name.value);
      else if (s.name.value === path[0]) collect(info, s.selectionSet, path.slice(1), out);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      collect(info, s.selectionSet, path, out);
    } else {
      collect(info, info.fragments[s.name.value]?.selectionSet, path, out);
    }
  }
}

/**
 * Names of the fields selected under `path` of the current field (fragments included; directives
 * ignored, so a field under @skip still counts): what a read must fetch, so it fetches no more.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  const out = new Set<string>();
  for (const node of info.fieldNodes) collect(info, node.selectionSet, path, out);
  return out;
}
