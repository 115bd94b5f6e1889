// Loads every query in cypher/ once, by name; QueryName keeps code and folder in step.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** Every query file in cypher/ (without .cypher); a test checks this list against the folder. */
export const QUERY_NAMES = [
  'backfill-actor-sanctioned',
  'backfill-allegation-status-labels',
  'backfill-statement-dates',
  'count-all-actors',
  'count-all-allegations',
  'count-all-statements',
  'count-allegations-by-status',
  'count-documents',
  'count-listed-actors',
  'count-listed-actors-among',
  'count-listed-allegations',
  'count-listed-allegations-among',
  'count-listed-documents',
  'count-listed-meetings',
  'count-listed-meetings-among',
  'count-listed-resolutions',
  'count-listed-resolutions-among',
  'count-listed-statements',
  'count-listed-statements-among',
  'count-missing-derived',
  'count-nodes-by-label',
  'count-relationships-by-type',
  'find-actor-ids-by-name',
  'find-actors',
  'find-actors-by-name-keys',
  'find-actors-by-sanction-reference',
  'find-actors-matching-name',
  'find-allegations',
  'find-documents',
  'find-entities',
  'find-evidence',
  'find-import-status',
  'find-meeting-by-symbol',
  'find-meetings',
  'find-resolution-by-number',
  'find-resolutions',
  'find-seed-status',
  'find-shortest-paths',
  'find-source-record-actors',
  'find-source-record-names',
  'find-statements',
  'link-actor-relations',
  'link-allegation-claimants',
  'link-allegation-named',
  'link-meeting-participants',
  'link-possible-matches',
  'link-resolution-drafters',
  'link-resolution-meetings',
  'link-resolution-recalls',
  'link-resolution-targets',
  'link-source-records',
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
  'list-allegation-ids-about-topics',
  'list-allegation-ids-claimed-by',
  'list-allegation-ids-naming',
  'list-allegation-named',
  'list-allegations-by-claimants',
  'list-allegations-naming-actors',
  'list-document-chunks',
  'list-meeting-ids-about-topics',
  'list-meeting-participants',
  'list-meeting-resolutions',
  'list-neighbours',
  'list-possible-matches',
  'list-recall-edges',
  'list-resolution-drafters',
  'list-resolution-ids-about-topics',
  'list-resolution-ids-drafted-by',
  'list-resolution-ids-in-years',
  'list-resolution-ids-targeting',
  'list-resolution-recalled-by',
  'list-resolution-recalls',
  'list-resolution-targets',
  'list-resolution-votes',
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
  'page-actor-ids',
  'page-actor-ids-by-kind',
  'page-actor-ids-by-kind-desc',
  'page-actor-ids-desc',
  'page-actors-among',
  'page-all-actor-ids',
  'page-all-actor-ids-by-kind',
  'page-all-actor-ids-by-kind-desc',
  'page-all-actor-ids-desc',
  'page-all-allegation-ids',
  'page-all-allegation-ids-by-day',
  'page-all-allegation-ids-by-day-desc',
  'page-all-allegation-ids-desc',
  'page-all-statement-ids',
  'page-all-statement-ids-desc',
  'page-allegation-ids',
  'page-allegation-ids-by-day',
  'page-allegation-ids-by-day-desc',
  'page-allegation-ids-desc',
  'page-allegations-among',
  'page-documents',
  'page-meetings',
  'page-meetings-among',
  'page-resolutions',
  'page-resolutions-among',
  'page-statement-ids',
  'page-statement-ids-desc',
  'page-statements-among',
  'page-statements-by-speaker',
  'refresh-actor-sanctioned',
  'search-entities',
  'unmerge-source-record',
  'upsert-actor-names',
  'upsert-actors',
  'upsert-allegations',
  'upsert-document-chunks',
  'upsert-documents',
  'upsert-evidence',
  'upsert-meetings',
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

/**
 * Filtered top-k pages (`page-<stem>[-desc]`) by their whole-label twin (`page-all-<stem>[-desc]`): the same rows, ordered
 * the same way, before filters (a test holds each pair to it). A list asked for with no filter runs the twin
 * (src/repo/listing.ts), which reads no `$x IS NULL OR …` on each row. Params: `$end`.
 */
export const WHOLE_LABEL_PAGE_OF: ReadonlyMap<QueryName, QueryName> = new Map(
  QUERY_NAMES.flatMap((name): Array<[QueryName, QueryName]> => {
    const page = name.replace(/^page-all-/, 'page-');
    return page !== name && isQueryName(page) ? [[page, name]] : [];
  }),
);

/** The cypher/ folder at the project root. */
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/**
 * Query texts by name for one engine: `<name>.<engine>.cypher` overrides `<name>.cypher`, and a line that ends with
 * `// <other engine> only…` is left out (an `x IS NOT NULL` that lets Neo4j read an index in order, which Grafeo would
 * test on every row: 11 ms over 120,000 allegations at ~1M).
 */
export function loadQueries(engine: 'embedded' | 'neo4j', dir: string = CYPHER_DIR): Map<QueryName, string> {
  const texts = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const override = path.join(dir, `${name}.${engine}.cypher`);
    const file = fs.existsSync(override) ? override : path.join(dir, `${name}.cypher`);
    texts.set(name, forEngine(fs.readFileSync(file, 'utf8'), engine));
  }
  return texts;
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
