// Decides from Neo4j's own parse tree whether user Cypher only reads; the engines check again (plan, read-only run).
import { BadUserInputError, CodedError, ForbiddenError, MemoryLimitError } from '../errors';
import type { Params } from './graph-store';

/** Most characters a user query may have. */
export const MAX_USER_QUERY_LENGTH = 20000;

/** Most tokens a user query may have (words, numbers, strings and operators, counted by a linear scan). */
export const MAX_USER_QUERY_TOKENS = 4000;

/** Deepest nesting of brackets a user query may have: Neo4j's parser recurses once per level (1,000 overflow its stack). */
export const MAX_USER_QUERY_NESTING = 50;

/** Most operators in one flat expression (`1+1+…`, `NOT NOT …`, `a OR b OR …`): the analysis takes time growing with the square of it (200 took 2.3 s). */
export const MAX_OPERATOR_CHAIN = 100;

/** Deepest nesting of a parameter value (a value 3,000 deep overflows Neo4j's Bolt reader). */
export const MAX_PARAMETER_DEPTH = 100;

/** Most items one range() may build: the engines do not count a list comprehension over it against any memory limit. */
export const MAX_RANGE_ITEMS = 100_000;

/** Clauses a read-only query may use; every other clause (writes, LOAD CSV, USE, FOREACH, commands) is refused. */
const READ_CLAUSES = new Set([
  'matchClause',
  'withClause',
  'returnClause',
  'unwindClause',
  'callClause',
  'subqueryClause',
  'orderBySkipLimitClause',
  'finishClause',
  'filterClause',
  'letClause',
]);

/** Parse-tree rules refused wherever they stand, with the reason given to the user (a Map: a leaf named `toString` is no rule). */
const REFUSED_RULES = new Map<string, string>(
  Object.entries({
    command: 'administration and schema commands are not allowed',
    consoleCommand: 'console commands are not allowed',
    useClause: 'USE is not allowed (the query runs on the configured database)',
    subqueryInTransactionsParameters: 'CALL { … } IN TRANSACTIONS is not allowed',
    localDefinition: 'DEFINE is not allowed',
    preparserOption: 'EXPLAIN, PROFILE and CYPHER options are not allowed: send the query itself',
    loadCSVClause: 'LOAD CSV is not allowed (no file or network access)',
  }),
);

/** Procedures a user query may call (read-only, no file or network access). */
export const ALLOWED_PROCEDURE =
  /^(db\.(labels|relationshipTypes|propertyKeys|schema\.visualization)|grafeo\.(pagerank|degree|degree_centrality|louvain|betweenness_centrality|closeness|closeness_centrality|connected_components|label_propagation|triangle_count|kcore|search\.text)|gds\.[A-Za-z]+(\.[A-Za-z]+)*\.stream(\.estimate)?)$/;

/** Function namespaces a user query may use (no namespace: Cypher's own functions). */
const ALLOWED_FUNCTION_NAMESPACE = /^(|date|datetime|localdatetime|time|localtime|duration|point|vector|string|gds\.util)$/;

interface ParseTree {
  name: string;
  children?: ParseTree[];
}

/** A diagnostic of Neo4j's linter: severity 1 is an error, 2 a warning. */
export interface CypherDiagnostic {
  severity?: number;
  message: string;
  range?: { start: { line: number; character: number } };
}

/** A node of the ANTLR parse tree: a rule (with its index) or a token. */
interface ParserNode {
  ruleIndex?: number;
  children?: ParserNode[] | null;
  getText(): string;
}

/** What Dossier uses of `@neo4j-cypher/language-support` (2.0.0-next.20: the last release that supports Node 20). */
interface LanguageSupport {
  parse(this: void, text: string): ParserNode[];
  lintCypherQuery(this: void, text: string, schema: object): CypherDiagnostic[];
  CypherParser: { ruleNames: string[] };
}

let language: LanguageSupport | undefined;

/** Neo4j's Cypher parser (loaded on first use: about a second). */
function loadLanguageSupport(): LanguageSupport {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  language ??= require('@neo4j-cypher/language-support') as LanguageSupport;
  return language;
}

/** The parse tree as rule names (inner nodes) and token texts (leaves). */
function parseTree(text: string): ParseTree {
  const { parse, CypherParser } = loadLanguageSupport();
  const walk = (node: ParserNode): ParseTree =>
    node.ruleIndex === undefined ? { name: node.getText() } : { name: CypherParser.ruleNames[node.ruleIndex] ?? '', children: (node.children ?? []).map(walk) };
  return { name: 'topNode', children: parse(text).map(walk) };
}

/**
 * Neo4j's linter on a query, without "parameter not defined" (parameters come at run time). `schema`
 * lists the functions and procedures known (unknown ones are reported only when it is given).
 */
export function lintCypher(text: string, schema: object = {}): CypherDiagnostic[] {
  return loadLanguageSupport()
    .lintCypherQuery(text, schema)
    .filter((d) => !/^Parameter \$\S+ is not defined/.test(d.message));
}

/** Loads the parser and analyses one query, so that a worker's first task is not charged for it (about a second). */
export function warmUpCypherAnalysis(): void {
  lintCypher('MATCH (a:Actor)-[r]->(b) WHERE a.kind = $kind RETURN a.name AS name, count(b) AS n ORDER BY n DESC LIMIT 10');
}

/** The function and procedure signatures of the linter's test schema (Neo4j 5's built-ins, GDS and APOC). */
export function linterTestSchema(): object {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { testData } = require('@neo4j-cypher/language-support') as { testData: { mockSchema: { functions: unknown; procedures: unknown } } };
  return { functions: testData.mockSchema.functions, procedures: testData.mockSchema.procedures };
}

/** The token texts under a node (a rule that matched nothing, such as an empty `namespace`, gives none). */
function leaves(tree: ParseTree): string[] {
  return tree.children === undefined ? [tree.name] : tree.children.flatMap(leaves);
}

function walk(tree: ParseTree, visit: (node: ParseTree) => void): void {
  visit(tree);
  for (const child of tree.children ?? []) walk(child, visit);
}

/** A qualified name from its tokens: backticks removed (`a`.`b` → a.b). */
function qualifiedName(tree: ParseTree): string {
  return leaves(tree)
    .map((token) => (token.startsWith('`') && token.endsWith('`') ? token.slice(1, -1).replace(/``/g, '`') : token))
    .join('');
}

/** How deep a JSON value nests (a scalar is 0), stopping once past `limit`; a cycle counts as past it (`cyclic`). */
function depthOf(value: unknown, limit: number, path: Set<object> = new Set(), depth = 0): number {
  if (value === null || typeof value !== 'object' || depth > limit) return depth;
  if (path.has(value)) throw new BadUserInputError('Query parameters must be plain JSON values (this one refers to itself)');
  path.add(value);
  let deepest = depth + 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit, path, depth + 1));
    if (deepest > limit) break;
  }
  path.delete(value);
  return deepest;
}

/** A character of a word or number. */
const WORD = /[\p{L}\p{N}_$.]/u;

/** Keywords that start a new clause or item: an operator chain does not run across them. */
const CLAUSE_WORDS = new Set([
  'MATCH',
  'OPTIONAL',
  'WHERE',
  'WITH',
  'RETURN',
  'UNWIND',
  'CALL',
  'YIELD',
  'ORDER',
  'BY',
  'SKIP',
  'LIMIT',
  'UNION',
  'AS',
  'WHEN',
  'THEN',
  'ELSE',
]);

/**
 * The cheap checks, in one linear pass, made before a query is handed to a worker for analysis: its size in
 * characters and tokens, how deep its brackets and CASEs nest, how long its flat operator chains run (strings, quoted
 * names and comments skipped), and how deep its parameters nest. Throws BAD_USER_INPUT or QUERY_TOO_COMPLEX.
 */
export function precheckUserCypher(text: string, params: Params): void {
  if (typeof text !== 'string' || text.trim() === '') throw new BadUserInputError('The query is empty');
  if (text.length > MAX_USER_QUERY_LENGTH) throw new BadUserInputError(`The query is longer than ${MAX_USER_QUERY_LENGTH} characters`);
  let depth = 0;
  let tokens = 0;
  // Operators met since the last comma or clause keyword, one counter per open bracket or CASE.
  const chains = [0];
  const open = () => {
    chains.push(0);
    if (++depth > MAX_USER_QUERY_NESTING)
      throw new CodedError(`The query nests brackets or CASE more than ${MAX_USER_QUERY_NESTING} deep`, 'QUERY_TOO_COMPLEX');
  };
  const close = () => {
    if (chains.length > 1) chains.pop();
    depth = Math.max(0, depth - 1);
  };
  const operator = () => {
    if (++chains[chains.length - 1]! > MAX_OPERATOR_CHAIN) {
      throw new CodedError(`The query has an expression of more than ${MAX_OPERATOR_CHAIN} operators: split it`, 'QUERY_TOO_COMPLEX');
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      // A string or quoted name: skip to its closing quote (a backslash escapes in strings; `` in names).
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\' && c !== '`') i++;
      tokens++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (WORD.test(c)) {
      let end = i + 1;
      while (end < text.length && WORD.test(text[end]!)) end++;
      const word = text.slice(i, end).toUpperCase();
      i = end - 1;
      tokens++;
      if (word === 'CASE') open();
      else if (word === 'END') close();
      else if (word === 'AND' || word === 'OR' || word === 'XOR' || word === 'NOT') operator();
      else if (CLAUSE_WORDS.has(word)) chains[chains.length - 1] = 0;
      continue;
    }
    if (/\s/.test(c)) continue;
    tokens++;
    if (c === '(' || c === '[' || c === '{') open();
    else if (c === ')' || c === ']' || c === '}') close();
    else if (c === ',') chains[chains.length - 1] = 0;
    else if ('+-*/%^=<>'.includes(c)) operator();
  }
  if (tokens > MAX_USER_QUERY_TOKENS) throw new CodedError(`The query has more than ${MAX_USER_QUERY_TOKENS} tokens`, 'QUERY_TOO_COMPLEX');
  if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new BadUserInputError('Query parameters must be a JSON object');
  if (depthOf(params, MAX_PARAMETER_DEPTH) > MAX_PARAMETER_DEPTH) {
    throw new BadUserInputError(`Query parameters nest more than ${MAX_PARAMETER_DEPTH} deep`);
  }
  try {
    JSON.stringify(params);
  } catch {
    throw new BadUserInputError('Query parameters must be plain JSON values');
  }
}

/** An integer a range() argument's tokens give: a literal, a parameter, or + - * / ( ) of those; null otherwise. */
function constantOf(tokens: string[], params: Params): number | null {
  let at = 0;
  const peek = () => tokens[at];
  const atom = (): number | null => {
    const token = tokens[at++];
    if (token === undefined) return null;
    if (token === '-') {
      const value = atom();
      return value === null ? null : -value;
    }
    if (token === '(') {
      const value = sum();
      return tokens[at++] === ')' ? value : null;
    }
    if (token === '$') {
      const value = params[tokens[at++] ?? ''];
      return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
    }
    return /^\d+$/.test(token) ? Number(token) : null;
  };
  const product = (): number | null => {
    let value = atom();
    while (value !== null && (peek() === '*' || peek() === '/')) {
      const op = tokens[at++];
      const right = atom();
      if (right === null || (op === '/' && right === 0)) return null;
      value = op === '*' ? value * right : Math.trunc(value / right);
    }
    return value;
  };
  const sum = (): number | null => {
    let value = product();
    while (value !== null && (peek() === '+' || peek() === '-')) {
      const op = tokens[at++];
      const right = product();
      if (right === null) return null;
      value = op === '+' ? value + right : value - right;
    }
    return value;
  };
  const value = sum();
  return at === tokens.length ? value : null;
}

/**
 * range() bounded before it runs: its arguments must be integers the query gives (literals, parameters and
 * arithmetic of them; MEMORY_LIMIT_EXCEEDED past MAX_RANGE_ITEMS items), or `size(…)` plus or minus one of those
 * (bounded by the list or string measured); anything else is FORBIDDEN, since nothing counts its size.
 */
function assertBoundedRange(node: ParseTree, params: Params): void {
  const args = (node.children ?? []).filter((c) => c.name === 'functionArgument').map(leaves);
  const values = args.map((tokens) => constantOf(tokens, params));
  const sized = (tokens: string[]) => {
    if (tokens[0]?.toLowerCase() !== 'size' || tokens[1] !== '(') return false;
    let depth = 0;
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i] === '(') depth++;
      else if (tokens[i] === ')' && --depth === 0) {
        const rest = tokens.slice(i + 1);
        if (rest.length === 0) return true;
        const offset = (rest[0] === '+' || rest[0] === '-') && constantOf(rest.slice(1), params);
        return typeof offset === 'number' && Math.abs(offset) <= MAX_RANGE_ITEMS;
      }
    }
    return false;
  };
  args.forEach((tokens, i) => {
    if (values[i] === null && !(i < 2 && sized(tokens))) {
      throw new ForbiddenError(
        'Read-only: range() takes integers (literals, parameters, arithmetic of them) or size(…) ± n, so that its size is known before it runs',
      );
    }
  });
  const [start, end, step = 1] = values;
  if (start === null || end === null || start === undefined || end === undefined) {
    const known = [start, end].filter((v): v is number => typeof v === 'number');
    if (known.every((v) => Math.abs(v) <= MAX_RANGE_ITEMS)) return;
    throw new MemoryLimitError(`range() would build more than ${MAX_RANGE_ITEMS} items`);
  }
  const items = step === null || step === 0 ? 0 : Math.max(0, Math.floor((end - start) / step) + 1);
  if (items > MAX_RANGE_ITEMS) throw new MemoryLimitError(`range() would build ${items} items; a query may build at most ${MAX_RANGE_ITEMS}`);
}

/**
 * Throws unless the query is one statement that only reads, judged on Neo4j's parse tree: BAD_USER_INPUT
 * for a syntax error; FORBIDDEN for any clause but the read clauses, LOAD CSV, commands, procedures off the
 * allow-list, functions outside the allowed namespaces, and names the engines would read differently.
 */
export function assertReadOnlyCypher(text: string, params: Params): void {
  precheckUserCypher(text, params);
  // range() first, on the parse tree alone (parsing is fast; the analysis below is what can take seconds).
  const tree = parseTree(text);
  walk(tree, (node) => {
    if (node.name !== 'functionInvocation') return;
    const name = node.children?.find((c) => c.name === 'functionName');
    if (name && qualifiedName(name).toLowerCase() === 'range') assertBoundedRange(node, params);
  });
  const errors = lintCypher(text).filter((d) => d.severity === 1);
  if (errors.length > 0) {
    const first = errors[0]!;
    const at = first.range ? ` (line ${first.range.start.line + 1}, column ${first.range.start.character + 1})` : '';
    throw new BadUserInputError(`The query is not valid Cypher${at}: ${first.message}`);
  }
  const statements = (tree.children ?? []).filter((c) => c.name === 'statementOrCommand');
  if (statements.length !== 1) throw new ForbiddenError('Read-only: send one statement at a time');
  walk(tree, (node) => {
    const refused = REFUSED_RULES.get(node.name);
    if (refused) throw new ForbiddenError(`Read-only: ${refused}`);
    if (node.name === 'clause') {
      const kind = node.children?.[0]?.name ?? '';
      if (!READ_CLAUSES.has(kind)) {
        const keyword = leaves(node)[0] ?? kind;
        throw new ForbiddenError(`Read-only: ${keyword.toUpperCase()} is not allowed in user queries (only MATCH, WITH, UNWIND, CALL, RETURN and subqueries)`);
      }
    }
    if (node.name === 'procedureName') {
      const name = qualifiedName(node);
      if (!ALLOWED_PROCEDURE.test(name)) throw new ForbiddenError(`Read-only: procedure ${name} is not on the list of read-only procedures`);
    }
    if (node.name === 'functionName') {
      const name = qualifiedName(node);
      const namespace = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
      if (!ALLOWED_FUNCTION_NAMESPACE.test(namespace)) throw new ForbiddenError(`Read-only: function ${name} is not allowed in user queries`);
    }
    if (node.name === 'escapedSymbolicNameString' && leaves(node).some((token) => token.includes('\\'))) {
      throw new ForbiddenError('Read-only: a backslash inside a `quoted name` is read differently by the engines; rename it');
    }
  });
}

/** Operators of the embedded engine's plan that write or reach outside the database. */
const REFUSED_PLAN_OPERATORS = /^(LoadCsv|LoadJson|Load\w*|Create\w*|Merge\w*|Set\w*|Delete\w*|Remove\w*|Foreach|Insert\w*|Drop\w*)\b/;

/**
 * The second wall on the embedded engine: its own plan (EXPLAIN) for the query, so a query that the
 * two parsers read differently is judged by what the engine would run. Throws FORBIDDEN for a write,
 * a file load or a procedure off the allow-list.
 */
export function assertReadOnlyPlan(plan: string): void {
  for (const line of plan.split('\n')) {
    const operator = line.trim();
    if (operator === '') continue;
    if (REFUSED_PLAN_OPERATORS.test(operator) || /\[after the write\]/.test(operator)) {
      throw new ForbiddenError(`Read-only: the engine's plan for the query writes or loads files (${operator.split(' ')[0]})`);
    }
    const call = /^CallProcedure \(([^)]*)\)/.exec(operator);
    if (call && !ALLOWED_PROCEDURE.test(call[1]!.trim())) {
      throw new ForbiddenError(`Read-only: procedure ${call[1]!.trim()} is not on the list of read-only procedures`);
    }
  }
}
