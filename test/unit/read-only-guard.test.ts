// The parse-tree guard of user Cypher and the embedded engine's plan check, called directly.
import { assertReadOnlyCypher, assertReadOnlyPlan } from '../../src/store/read-only-guard';

const code = (query: string): string => {
  try {
    assertReadOnlyCypher(query, {});
    return 'OK';
  } catch (error) {
    return String((error as { extensions?: { code?: string } }).extensions?.code ?? 'NO_CODE');
  }
};

describe('assertReadOnlyCypher', () => {
  it.each([
    'MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT 5',
    'MATCH (a:Actor)-[r:NAMES|CLAIMED_BY]-(b) WITH a, count(r) AS c WHERE c > 1 RETURN a {.id, .name} AS actor, c',
    'UNWIND range(1, 10) AS x RETURN sum(x) AS s',
    'MATCH (r:Resolution) WHERE EXISTS { MATCH (r)-[:RECALLS]->() } RETURN count(r) AS c',
    'MATCH (a:Actor) CALL { WITH a MATCH (a)<-[:NAMES]-(al) RETURN count(al) AS n } RETURN a.name AS name, n',
    'CALL grafeo.pagerank() YIELD node_id, score RETURN node_id, score LIMIT 3',
    'CALL db.labels() YIELD label RETURN label',
    "// CREATE nothing\nRETURN 'DELETE me' AS s, 'SET' AS t",
    'MATCH (n) RETURN n.`set` AS `set`, {merge: 1} AS m, $create AS p',
    'RETURN date("2015-02-12") AS d, toLower("X") AS x, duration.between(date("2015-01-01"), date("2015-02-01")) AS gap',
    'MATCH p = shortestPath((a:Actor {id: $a})-[*..4]-(b:Actor {id: $b})) RETURN length(p) AS hops',
    // Names of Object.prototype (the rule table was an object: `toString` was refused as "function toString()…").
    'MATCH (r:Resolution) RETURN toString(r.number) AS n, r.constructor AS c, r.hasOwnProperty AS h LIMIT 1',
  ])('lets a read through: %s', (query) => {
    expect(code(query)).toBe('OK');
  });

  it.each([
    ['the escaped-backtick bypass of the old screen', 'WITH 1 AS `a\\` LOAD CSV FROM "/etc/passwd" AS row RETURN row AS `b` LIMIT 3'],
    ['LOAD CSV', 'LOAD CSV FROM "file:///etc/passwd" AS row RETURN row'],
    ['LOAD CSV with headers', 'LOAD CSV WITH HEADERS FROM "https://example.org/x.csv" AS row RETURN row'],
    ['CREATE', 'CREATE (n:Hacked) RETURN n'],
    ['MERGE', 'MERGE (n:Hacked {id: 1}) RETURN n'],
    ['SET', 'MATCH (n) SET n.x = 1'],
    ['SET +=', 'MATCH (n) SET n += {x: 1}'],
    ['REMOVE', 'MATCH (n) REMOVE n.name'],
    ['DELETE', 'MATCH (n) DELETE n'],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
    ['FOREACH', 'MATCH (n) FOREACH (x IN [1] | SET n.x = x)'],
    ['a write in a subquery', 'MATCH (n) CALL { WITH n DELETE n } RETURN 1 AS one'],
    ['a write after a read', 'MATCH (n) WITH n LIMIT 1 CREATE (m:Copy) RETURN m'],
    ['a write in a UNION branch', 'RETURN 1 AS x UNION CREATE (n:X) RETURN 2 AS x'],
    ['CALL IN TRANSACTIONS', 'UNWIND [1] AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS RETURN y'],
    ['a procedure off the list', 'CALL apoc.load.json("file:///etc/passwd") YIELD value RETURN value'],
    ['a backticked procedure off the list', 'CALL `dbms`.`security`.`createUser`("x", "y", false)'],
    ['a dbms procedure', 'CALL dbms.components() YIELD name RETURN name'],
    ['a function off the allowed namespaces', 'RETURN apoc.util.sleep(1000) AS x'],
    ['USE', 'USE system MATCH (n) RETURN n'],
    ['SHOW', 'SHOW DATABASES'],
    ['CREATE INDEX', 'CREATE INDEX x FOR (n:Actor) ON (n.name)'],
    ['DROP CONSTRAINT', 'DROP CONSTRAINT actor_id'],
    ['GRANT', 'GRANT ROLE admin TO neo4j'],
    ['two statements', 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n'],
    ['PROFILE', 'PROFILE MATCH (n) RETURN n'],
    ['EXPLAIN', 'EXPLAIN CREATE (n)'],
  ])('refuses %s with FORBIDDEN', (_what, query) => {
    expect(code(query)).toBe('FORBIDDEN');
  });

  it.each([
    ['a syntax error', 'MATCH (n RETURN n'],
    ['an empty query', '   '],
    ['an overlong query', `RETURN ${'1 + '.repeat(6000)}1 AS x`],
  ])('refuses %s with BAD_USER_INPUT', (_what, query) => {
    expect(code(query)).toBe('BAD_USER_INPUT');
  });

  it('says where a syntax error is', () => {
    expect(() => assertReadOnlyCypher('MATCH (n)\nRETURN n.x +', {})).toThrow(/line 2/);
  });

  it('refuses cyclic parameters', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => assertReadOnlyCypher('RETURN $self AS s', cyclic)).toThrow(/plain JSON/);
  });
});

describe("assertReadOnlyPlan (the embedded engine's own plan)", () => {
  it('lets read plans through', () => {
    expect(() => assertReadOnlyPlan('Limit (1)\n  Return (n)\n    NodeScan (n:*)\n')).not.toThrow();
    expect(() => assertReadOnlyPlan('Return (node_id)\n  CallProcedure (grafeo.pagerank)\n')).not.toThrow();
  });

  it.each([
    ['a file load the parsers read differently', "Limit (3)\n  Return (row AS b)\n    LoadCsv ('/etc/passwd' AS row)\n"],
    ['a write', 'Return (n) [after the write]\n  Create (n:X)\n'],
    ['a procedure off the list', 'Return (x)\n  CallProcedure (apoc.load.json)\n'],
  ])('refuses %s', (_what, plan) => {
    expect(() => assertReadOnlyPlan(plan)).toThrow(/Read-only/);
  });
});
