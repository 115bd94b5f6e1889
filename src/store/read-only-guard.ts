// Decides from Neo4j's own parse tree whether user Cypher only reads; the engines check again (plan, read-only run).
import { BadUserInputError, ForbiddenError } from '../errors';
import type { Params } from './graph-store';

/** Most characters a user query may have. */
export const MAX_USER_QUERY_LENGTH = 20000;

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

/** The function and procedure signatures of the linter's test schema (Neo4j 5's built-ins, GDS and APOC). */
export function linterTestSchema(): object {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { testData } = require('@neo4j-cypher/language-support') as { testData: { mockSchema: { functions: unknown; procedures: unknown } } };
  return { functions: testData.mockSchema.functions, procedures: testData.mockSchema.procedures };
}

function leaves(tree: ParseTree): string[] {
  return tree.children?.length ? tree.children.flatMap(leaves) : [tree.name];
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

/** Checks the query's size and parameters. */
function assertWellFormed(text: string, params: Params): void {
  if (typeof text !== 'string' || text.trim() === '') throw new BadUserInputError('The query is empty');
  if (text.length > MAX_USER_QUERY_LENGTH) throw new BadUserInputError(`The query is longer than ${MAX_USER_QUERY_LENGTH} characters`);
  try {
    JSON.stringify(params);
  } catch {
    throw new BadUserInputError('Query parameters must be plain JSON values');
  }
}

/**
 * Throws unless the query is one statement that only reads, judged on Neo4j's parse tree: BAD_USER_INPUT
 * for a syntax error; FORBIDDEN for any clause but the read clauses, LOAD CSV, commands, procedures off the
 * allow-list, functions outside the allowed namespaces, and names the engines would read differently.
 */
export function assertReadOnlyCypher(text: string, params: Params): void {
  assertWellFormed(text, params);
  const errors = lintCypher(text).filter((d) => d.severity === 1);
  if (errors.length > 0) {
    const first = errors[0]!;
    const at = first.range ? ` (line ${first.range.start.line + 1}, column ${first.range.start.character + 1})` : '';
    throw new BadUserInputError(`The query is not valid Cypher${at}: ${first.message}`);
  }
  const tree = parseTree(text);
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
