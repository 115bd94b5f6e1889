// The ideal for the API benchmark: ONE hand-written Cypher per question that returns the same JSON as Dossier's answer.
import neo4j, { type Driver } from 'neo4j-driver';
import { NO_NOTIFICATIONS, normaliseNeo4jValue, toNeo4jParam } from '../src/store/neo4j-store';

/** A driver for a Neo4j client the bench times (the ideal, the bare handler, the peer), set up as Dossier's store's: no notifications asked for. */
export function benchDriver(
  uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  username = 'neo4j',
  password = process.env.NEO4J_PASSWORD ?? 'dossier-test',
): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), NO_NOTIFICATIONS);
}

/** A question: the GraphQL Dossier answers, and one Cypher statement returning `data` with the same content. */
export interface IdealQuery {
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
}

export const IDEAL_QUERIES: Record<'flagship' | 'resolution' | 'actor', IdealQuery> = {
  flagship: {
    graphql:
      '{ statesNamedInConnectionWith(topic: "oil") { state { name } roles allegations { summary status statedOn claimant { name } named { role actor { name } } evidence { quote start end document { title } } } } }',
    params: { topicId: 'Topic:oil' },
    cypher: `MATCH (t:Topic {id: $topicId})<-[:ABOUT]-(al:Allegation)-[:NAMES]->(s:Actor)
WHERE s.kind = 'STATE'
WITH DISTINCT t, al
CALL (al) {
  OPTIONAL MATCH (al)-[:CLAIMED_BY]->(c:Actor)
  RETURN CASE WHEN c IS NULL THEN null ELSE {name: c.name} END AS claimant
  LIMIT 1
}
CALL (al) {
  MATCH (al)-[n:NAMES]->(a:Actor)
  RETURN collect({role: n.role, actor: {name: a.name}}) AS named
}
CALL (al) {
  UNWIND coalesce(al.evidence, []) AS evidenceId
  MATCH (e:Evidence {id: evidenceId})-[:FROM]->(d:Document)
  RETURN collect({quote: e.quote, start: e.start, end: e.end, document: {title: d.title}}) AS evidence
}
WITH t, al, {summary: al.summary, status: al.status, statedOn: al.statedOn, claimant: claimant, named: named, evidence: evidence} AS allegation
MATCH (t)<-[:ABOUT]-(al)-[r:NAMES]->(s:Actor)
WHERE s.kind = 'STATE'
WITH s, collect(DISTINCT r.role) AS roles, collect(DISTINCT allegation) AS allegations
ORDER BY s.name
WITH collect({state: {name: s.name}, roles: roles, allegations: allegations}) AS states
RETURN {statesNamedInConnectionWith: states} AS data`,
  },
  resolution: {
    graphql:
      '{ resolution(number: 2253) { symbol adoptedOn votesFor adoptedAt { symbol date } drafters { name } targets { name } recalls { number symbol } topics { key } evidence { quote } } }',
    params: { number: 2253 },
    cypher: `MATCH (r:Resolution {number: $number})
CALL (r) {
  OPTIONAL MATCH (r)-[:ADOPTED_AT]->(m:Meeting)
  RETURN CASE WHEN m IS NULL THEN null ELSE {symbol: m.symbol, date: m.date} END AS adoptedAt
  LIMIT 1
}
CALL (r) {
  OPTIONAL MATCH (r)<-[:DRAFTED]-(a:Actor)
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {name: a.name} END) AS drafters
}
CALL (r) {
  OPTIONAL MATCH (r)-[:TARGETS]->(a:Actor)
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {name: a.name} END) AS targets
}
CALL (r) {
  OPTIONAL MATCH (r)-[:RECALLS]->(o:Resolution)
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE {number: o.number, symbol: o.symbol} END) AS recalls
}
CALL (r) {
  OPTIONAL MATCH (r)-[:ABOUT]->(t:Topic)
  RETURN collect(t.key) AS topicKeys
}
CALL (r) {
  UNWIND coalesce(r.evidence, []) AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  RETURN collect({quote: e.quote}) AS evidence
}
RETURN {resolution: {
  symbol: r.symbol, adoptedOn: r.adoptedOn, votesFor: r.votesFor, adoptedAt: adoptedAt,
  drafters: drafters, targets: targets, recalls: recalls, topics: [k IN topicKeys | {key: k}], evidence: evidence
}} AS data`,
  },
  actor: {
    graphql: '{ actor(name: "Da’esh") { name kind aliases allegationsNaming { summary claimant { name } } related { relation actor { name } } } }',
    // The name's normalised key, as Dossier looks names up (Da’esh → daesh); aliases: the actor's own and every source's names but its own.
    params: { key: 'daesh' },
    cypher: `MATCH (:Name {key: $key})-[:NAME_OF]->(a:Actor)
WITH DISTINCT a
ORDER BY a.nameKey = $key DESC, a.name, a.id
LIMIT 1
CALL (a) {
  OPTIONAL MATCH (a)<-[r:NAME_OF]-(:Name)
  ORDER BY r.source, r.text
  RETURN collect(r.text) AS sourceNames
}
CALL (a) {
  MATCH (a)<-[:NAMES]-(al:Allegation)
  WITH DISTINCT al
  CALL (al) {
    OPTIONAL MATCH (al)-[:CLAIMED_BY]->(c:Actor)
    RETURN CASE WHEN c IS NULL THEN null ELSE {name: c.name} END AS claimant
    LIMIT 1
  }
  RETURN collect({summary: al.summary, claimant: claimant}) AS allegationsNaming
}
CALL (a) {
  MATCH (a)-[r:RELATED_TO]-(b:Actor)
  RETURN collect({relation: r.relation, actor: {name: b.name}}) AS related
}
WITH a, allegationsNaming, related, reduce(once = [], x IN coalesce(a.aliases, []) + sourceNames | CASE WHEN x = a.name OR x IN once THEN once ELSE once + [x] END) AS aliases
RETURN {actor: {name: a.name, kind: a.kind, aliases: aliases, allegationsNaming: allegationsNaming, related: related}} AS data`,
  },
};

/**
 * The question's answer from its one statement on Neo4j, as plain JSON (the bench in-process, and the bare handler over HTTP):
 * an auto-commit query in a READ session, as Dossier sends its reads. `driver.executeQuery` runs it in a transaction whose
 * COMMIT is one more round trip (measured on the resolution ideal: 1.76 against 1.15 ms, session 15).
 */
export async function runIdealOnNeo4j(driver: Driver, ideal: IdealQuery, database?: string): Promise<unknown> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(ideal.cypher, toNeo4jParam(ideal.params));
    return normaliseNeo4jValue(result.records[0]?.get('data'));
  } finally {
    await session.close();
  }
}

/** JSON with every list sorted (list order is the one thing a single Cypher statement does not fix without extra sorting). */
export function canonical(value: unknown): string {
  const sortDeep = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortDeep).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, x]) => [k, sortDeep(x)]),
      );
    return v;
  };
  return JSON.stringify(sortDeep(value));
}
