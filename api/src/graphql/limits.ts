import {
  GraphQLError, Kind, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext,
} from 'graphql';

/**
 * Validation rules that bound what one operation may cost: nesting depth, aliases, and an estimated
 * cost where list fields multiply their children by their `first` argument.
 */
export function queryLimits(limits: { maxDepth: number; maxCost: number; maxAliases: number }) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const measure = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): { depth: number; cost: number; aliases: number } => {
      if (!set) return { depth, cost: 0, aliases: 0 };
      let maxDepth = depth, cost = 0, aliases = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          const field = sel as FieldNode;
          if (field.name.value.startsWith('__')) continue;
          if (field.alias) aliases++;
          const firstArg = field.arguments?.find((a) => a.name.value === 'first');
          const multiplier = firstArg && firstArg.value.kind === Kind.INT ? Math.max(1, Number(firstArg.value.value)) : firstArg ? 20 : 1;
          const inner = measure(field.selectionSet, depth + 1, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += 1 + multiplier * inner.cost;
          aliases += inner.aliases;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(sel.selectionSet, depth, seen);
          maxDepth = Math.max(maxDepth, inner.depth); cost += inner.cost; aliases += inner.aliases;
        } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const name = sel.name.value;
          if (seen.has(name)) continue;
          const frag = fragments.get(name);
          if (!frag) continue;
          const inner = measure(frag.selectionSet, depth, new Set([...seen, name]));
          maxDepth = Math.max(maxDepth, inner.depth); cost += inner.cost; aliases += inner.aliases;
        }
      }
      return { depth: maxDepth, cost, aliases };
    };

    return {
      OperationDefinition(node) {
        const m = measure(node.selectionSet, 0, new Set());
        const fail = (msg: string) => context.reportError(new GraphQLError(msg, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
        if (m.depth > limits.maxDepth) fail(`Query is too deep: depth ${m.depth} exceeds the limit of ${limits.maxDepth}.`);
        if (m.aliases > limits.maxAliases) fail(`Query uses too many aliases: ${m.aliases} exceeds the limit of ${limits.maxAliases}.`);
        if (m.cost > limits.maxCost) fail(`Query is too expensive: estimated cost ${m.cost} exceeds the limit of ${limits.maxCost}.`);
      },
    };
  };
}
