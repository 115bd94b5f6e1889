// Loads every query in cypher/ once, by name; QueryName keeps code and folder in step.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { expandProjections, returnShapes, type ColumnShape } from '../model/projections';

/** Every query file in cypher/ (without .cypher); a test checks this list against the folder. */
export const QUERY_NAMES = [
  'backfill-actor-sanctioned',
  'backfill-allegation-bounds',
  'backfill-allegation-status-labels',
  'backfill-statement-dates',
  'convert-string-dates',
  'count-allegations-by-status',
  'count-documents',
  'count-list-sizes',
  'count-missing-derived',
  'count-nodes-by-label',
  'count-relationships-by-type',
  'count-string-dates',
  'find-actor-ids-by-name',
  'find-actors',
  'find-actors-by-name-keys',
  'find-actors-by-sanction-reference',
  'find-actors-matching-name',
  'find-allegations',
  'find-candidates',
  'find-documents',
  'find-entities',
  'find-evidence',
  'find-import-status',
  'find-meeting-by-symbol',
  'find-meeting-neighbours',
  'find-meetings',
  'find-mentions',
  'find-resolution-by-number',
  'find-resolution-neighbours',
  'find-resolutions',
  'find-seed-status',
  'find-shortest-paths',
  'find-source-record-actors',
  'find-source-record-names',
  'find-statements',
  'link-accepted-relations',
  'link-actor-relations',
  'link-allegation-claimants',
  'link-allegation-named',
  'link-meeting-participants',
  'link-possible-matches',
  'link-resolution-drafters',
  'link-resolution-evidence',
  'link-resolution-meetings',
  'link-resolution-recalls',
  'link-resolution-targets',
  'link-source-records',
  'link-statement-answers',
  'link-statement-meetings',
  'link-statement-speakers',
  'link-topics',
  'link-votes',
  'list-actor-graph-edges',
  'list-actor-ids-matching-words',
  'list-actor-ids-member-of',
  'list-actor-names',
  'list-actor-relations',
  'list-actor-sanctions',
  'list-actor-source-records',
  'list-allegation-graph-edges',
  'list-allegation-graph-edges-about',
  'list-allegation-ids-about-topics',
  'list-allegation-ids-claimed-by',
  'list-allegation-ids-naming',
  'list-allegation-named',
  'list-allegations-by-claimants',
  'list-allegations-naming-actors',
  'list-candidate-decisions',
  'list-document-chunks',
  'list-document-mentions',
  'list-known-names',
  'list-meeting-ids-about-topics',
  'list-meeting-participants',
  'list-meeting-resolutions',
  'list-mention-decisions',
  'list-neighbours',
  'list-possible-matches',
  'list-recall-edges',
  'list-resolution-adoptions',
  'list-resolution-drafters',
  'list-resolution-ids-about-topics',
  'list-resolution-ids-drafted-by',
  'list-resolution-ids-in-years',
  'list-resolution-ids-targeting',
  'list-resolution-recalled-by',
  'list-resolution-recalls',
  'list-resolution-targets',
  'list-resolution-votes',
  'list-source-row-months',
  'list-sources',
  'list-statement-ids-at-meetings',
  'list-statement-ids-by-speakers',
  'list-statements-by-speakers',
  'list-states-named-with-topic',
  'list-topics',
  'list-topics-of',
  'mark-coverage',
  'mark-import-complete',
  'mark-seed-complete',
  'move-record-names',
  'move-record-votes',
  'record-decision',
  'record-mention-resolution',
  'refresh-actor-sanctioned',
  'retract-actors',
  'retract-allegations',
  'retract-relations',
  'retract-resolution-evidence',
  'retract-statements',
  'search-entities',
  'unmerge-source-record',
  'upsert-actor-names',
  'upsert-actors',
  'upsert-allegations',
  'upsert-candidates',
  'upsert-document-chunks',
  'upsert-documents',
  'upsert-evidence',
  'upsert-meetings',
  'upsert-mentions',
  'upsert-resolutions',
  'upsert-source-records',
  'upsert-statements',
  'upsert-topics',
] as const;

/** The name of a query file in cypher/. */
export type QueryName = (typeof QUERY_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(QUERY_NAMES);

/** Whether `name` names a query file in cypher/. */
export function isQueryName(name: string): name is QueryName {
  return NAMES.has(name);
}

/** The cypher/ folder at the project root. */
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** The text of query `name` for one engine, before its projections are expanded (see loadQueries). */
export function rawQuery(name: QueryName, engine: 'embedded' | 'neo4j', dir: string): string {
  const override = path.join(dir, `${name}.${engine}.cypher`);
  const file = fs.existsSync(override) ? override : path.join(dir, `${name}.cypher`);
  return forEngine(fs.readFileSync(file, 'utf8'), engine);
}

/**
 * Query texts by name for one engine: `<name>.<engine>.cypher` overrides `<name>.cypher`, a line that ends with
 * `// <other engine> only…` is left out (an `x IS NOT NULL` that lets Neo4j read an index in order, which Grafeo would
 * test on every row: 11 ms over 120,000 allegations at ~1M), and each `x {...Entity}` becomes the entity's map
 * projection as src/model declares it.
 */
export function loadQueries(engine: 'embedded' | 'neo4j', dir: string = CYPHER_DIR): Map<QueryName, string> {
  return new Map(QUERY_NAMES.map((name) => [name, expandProjections(rawQuery(name, engine, dir), `cypher/${name}`)]));
}

/** The map columns each query returns (from its `{...Entity}` placeholders), for the queries that return any. */
export function loadRowShapes(engine: 'embedded' | 'neo4j', dir: string = CYPHER_DIR): Map<QueryName, Record<string, ColumnShape>> {
  return new Map(
    QUERY_NAMES.flatMap((name): Array<[QueryName, Record<string, ColumnShape>]> => {
      const shapes = returnShapes(rawQuery(name, engine, dir));
      return Object.keys(shapes).length > 0 ? [[name, shapes]] : [];
    }),
  );
}

/** A query text without the lines marked for the other engine (`… // neo4j only`, `… // embedded only`). */
export function forEngine(text: string, engine: 'embedded' | 'neo4j'): string {
  const otherOnly = new RegExp(`//\\s*${engine === 'embedded' ? 'neo4j' : 'embedded'} only\\b`);
  return text
    .split('\n')
    .filter((line) => !otherOnly.test(line))
    .join('\n');
}

/** The schema statements for one engine, split on semicolons, comments removed. */
export function loadSchemaStatements(engine: 'embedded' | 'neo4j', dir: string = CYPHER_DIR): string[] {
  const text = fs.readFileSync(path.join(dir, 'schema', `${engine}.cypher`), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Graph algorithms over a projected edge list (cypher/algorithms/<name>.<engine>.cypher). */
export const ALGORITHMS = ['pagerank', 'louvain'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

/** The text of an algorithm step for one engine: project, pagerank, louvain, drop (neo4j); pagerank, louvain (embedded). */
export function algorithmQuery(step: string, engine: 'embedded' | 'neo4j', dir: string = CYPHER_DIR): string {
  return fs.readFileSync(path.join(dir, 'algorithms', `${step}.${engine}.cypher`), 'utf8');
}
