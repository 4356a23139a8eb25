import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError, Kind, NoSchemaIntrospectionCustomRule, TypeInfo, ValidationContext, parse, specifiedRules, validate, visit,
  visitWithTypeInfo, type ArgumentNode, type ASTVisitor, type DocumentNode, type FieldNode, type GraphQLSchema, type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/** graphql-armor reports through the validation context (so the caller gets a normal 400), never throws. */
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => {
    ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'BAD_USER_INPUT' } }));
  }],
} as const;

/**
 * graphql-armor's cost rule only multiplies by a literal `first`. Before it runs, every field whose
 * definition takes `first` gets the number the resolver will really use: the default page size when
 * omitted; for a variable, the value sent (`variables`, known at request time) or else the
 * variable's default or the default page size (validation runs before variables are known, and its
 * result is cached per document). `__typename` costs nothing (no resolver; clients such as Apollo
 * Client add it everywhere) and is left out; its aliases still count against the alias limit.
 */
function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown> | null): DocumentNode {
  const defaults = new Map<string, number>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? []) {
      if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, Number(v.defaultValue.value));
    }
  }
  const sizeOf = (name: string): number => {
    const sent = variables?.[name];
    if (typeof sent === 'number' && Number.isInteger(sent)) return Math.max(0, sent);
    return defaults.get(name) ?? DEFAULT_PAGE_SIZE;
  };
  const typeInfo = new TypeInfo(schema);
  const intArg = (value: number): ArgumentNode => ({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(value) } });
  return visit(document, visitWithTypeInfo(typeInfo, {
    Field(node: FieldNode) {
      if (node.name.value === '__typename') return null;
      const def = typeInfo.getFieldDef();
      if (!def || !def.args.some((a) => a.name === 'first')) return undefined;
      const given = node.arguments?.find((a) => a.name.value === 'first');
      if (given?.value.kind === Kind.INT) return undefined;
      const size = given?.value.kind === Kind.VARIABLE ? sizeOf(given.value.name.value) : DEFAULT_PAGE_SIZE;
      return { ...node, arguments: [...(node.arguments ?? []).filter((a) => a.name.value !== 'first'), intArg(size)] };
    },
  }));
}

function runCost(schema: GraphQLSchema, document: DocumentNode, maxCost: number, variables: Record<string, unknown> | null | undefined, onError: (e: GraphQLError) => void): void {
  // objectCost = scalarCost = depthCostFactor = 1: one unit per field, a list field's subtree times its page size.
  const armor = costLimitRule({ maxCost, objectCost: 1, scalarCost: 1, depthCostFactor: 1, flattenFragments: true, ...report } as never);
  const sized = withPageSizes(schema, document, variables);
  visit(sized, armor(new ValidationContext(schema, sized, new TypeInfo(schema), onError)));
}

function costRule(maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      runCost(context.getSchema(), node, maxCost, null, (e) => context.reportError(e));
      return false;
    },
  });
}

const variablePageSize = new WeakMap<DocumentNode, boolean>();

/**
 * Whether some `first` of the document is a variable (only then does the request-time check add
 * anything). Remembered per document: Apollo and the graphql-ws cache hand out the same parsed one.
 */
function hasVariablePageSize(document: DocumentNode): boolean {
  let found = variablePageSize.get(document);
  if (found === undefined) {
    found = false;
    visit(document, { Argument(node) { if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) found = true; } });
    variablePageSize.set(document, found);
  }
  return found;
}

/**
 * The cost again at request time, with the variables sent: `songs(first: $n)` costs what `$n` asks
 * for. An error (BAD_USER_INPUT, HTTP 400) when over the limit, else null.
 */
export function costWithVariables(schema: GraphQLSchema, document: DocumentNode, maxCost: number, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  if (!variables || !hasVariablePageSize(document)) return null;
  let error: GraphQLError | null = null;
  runCost(schema, document, maxCost, variables, (e) => { error ??= e; });
  const found = error as GraphQLError | null;
  return found ? new GraphQLError(found.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } }) : null;
}

/** Apollo: the request-time checks of the variables (validation results are cached per document, so they run here). */
export function costWithVariablesPlugin(maxCost: number) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }: { document: DocumentNode; request: { variables?: Record<string, unknown> }; schema: GraphQLSchema }) {
          const error = checkVariables(schema, document, maxCost, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

const NUL = '\u0000';
/** PostgreSQL cannot store a NUL character in text: refused at the door, as the caller's mistake. */
export const NUL_MESSAGE = 'Text must not contain the NUL character (\\u0000).';

/** A string literal of the document holding a NUL character (validation: cached per document). */
const noNulLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes(NUL)) context.reportError(new GraphQLError(NUL_MESSAGE, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
  },
});

/** Whether a variables object holds a NUL character in any string, key or value, at any depth. */
export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes(NUL) || hasNul(v, depth + 1));
}

/** The checks of the variables sent, on every transport: no NUL characters, then the cost with them. */
export function checkVariables(schema: GraphQLSchema, document: DocumentNode, maxCost: number, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  if (variables && hasNul(variables)) return new GraphQLError(NUL_MESSAGE, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  return costWithVariables(schema, document, maxCost, variables);
}

/**
 * The validation rules every transport applies (HTTP through Apollo, graphql-ws through `validateOperation`):
 * graphql-armor's depth, aliases (`__typename` aliases count too), directives and cost, and — in
 * production — no introspection.
 */
export function queryLimitRules(limits: QueryLimits, opts: { introspection: boolean } = { introspection: true }): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...report } as never),
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...report } as never),
    maxDirectivesRule({ n: limits.maxDirectives, ...report } as never),
    costRule(limits.maxCost),
    noNulLiterals,
    ...(opts.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}

/** Parse options of every transport: the lexer stops at the token limit, before any validation work. */
export function parseOptions(limits: QueryLimits) {
  return { maxTokens: limits.maxTokens };
}

type Checked = { document: DocumentNode } | { errors: GraphQLError[] };

function parseAndValidateUncached(schema: GraphQLSchema, query: string, limits: QueryLimits, rules: ValidationRule[]): Checked {
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions(limits));
  } catch (e) {
    const error = e instanceof GraphQLError ? e : new GraphQLError(String(e));
    return { errors: [new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...rules]);
  if (errors.length) return { errors: errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: e.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' } })) };
  return { document };
}

/** Parse + validation outcomes per (schema, rules), by token limit and query text; the oldest go first past MAX_CHECKED. */
const checkedCache = new WeakMap<GraphQLSchema, WeakMap<ValidationRule[], Map<string, Checked>>>();
const MAX_CHECKED = 1000;

/**
 * Parse and validate one operation the way Apollo does for HTTP (specified rules + the limits, then the
 * cost with the variables sent), for transports that do it themselves (graphql-ws). Like Apollo's
 * document store, the outcome of parsing and validating a query text is kept (it depends on nothing
 * else), so a thousand screens subscribing with the same text parse and validate it once; the cost
 * with the variables sent is checked on every call. Callers must not change the document.
 */
export function parseAndValidate(schema: GraphQLSchema, query: string, limits: QueryLimits, rules: ValidationRule[], variables?: Record<string, unknown> | null): Checked {
  let bySchema = checkedCache.get(schema);
  if (!bySchema) checkedCache.set(schema, (bySchema = new WeakMap()));
  let byQuery = bySchema.get(rules);
  if (!byQuery) bySchema.set(rules, (byQuery = new Map()));
  const key = `${limits.maxTokens}:${query}`;
  let checked = byQuery.get(key);
  if (!checked) {
    checked = parseAndValidateUncached(schema, query, limits, rules);
    if (byQuery.size >= MAX_CHECKED) byQuery.delete(byQuery.keys().next().value!);
    byQuery.set(key, checked);
  }
  if ('errors' in checked) return checked;
  const refused = checkVariables(schema, checked.document, limits.maxCost, variables);
  if (refused) return { errors: [refused] };
  return checked;
}

/** graphql-js's "Did you mean …?" hints name fields the caller may not know of; production hides them. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .+\?/g, '').trim();
}
