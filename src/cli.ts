// The dossier command line: serve, seed, import, unmerge, cypher (read-only, prints a table), export, schema, and ingest and review through the running server.
// First, before graphql-js is loaded: it reads NODE_ENV once.
import './library-mode';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { runSeed } from '../seed/seed';
import { ConfigError, loadConfig, type Config } from './config';
import { clientErrorCodeOf } from './errors';
import { EXPORT_FORMATS, exportAround, type ExportFiles, type ExportFormat } from './export/graph-export';
import { printSchemaSdl } from './graphql/schema';
import { countGraph } from './repo/graph.repo';
import { createProgressBar, summarise } from './import/default-imports';
import { unmergeRecord } from './import/entity-resolver';
import { runImport } from './import/import-runner';
import { IMPORT_KINDS, WrongFileKindError, type ImportKind } from './import/import.types';
import { serve } from './main';
import { ServerStartError } from './server';
import { openStore } from './open-store';
import { findRunningServer } from './server-address';
import { PROJECT_ROOT } from './paths';
import { StoreOpenError } from './store/embedded-store';
import { Neo4jAuthError, Neo4jVersionError } from './store/neo4j-store';
import type { GraphStore, Row, UserQueryResult } from './store/graph-store';
import { configureCypherAnalysis } from './store/user-cypher-check';
import { readCsv } from './import/csv';

/** Formats rows as a fixed-width text table. */
export function formatTable(columns: string[], rows: Row[], maxWidth = 60): string {
  const cell = (v: unknown) => {
    const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > maxWidth ? flat.slice(0, maxWidth - 1) + '…' : flat;
  };
  const body = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...body.map(line)].join('\n');
}

/** Builds the command line program. */
export function createProgram(): Command {
  const program = new Command('dossier').description('Dossier: a GraphQL knowledge-graph server for sourced reporting on international security');

  program
    .command('serve')
    .description('start the server (embedded store under DOSSIER_DATA_DIR, or Neo4j with NEO4J_URI); seeds an empty store')
    .action(async () => {
      await serve(loadConfig());
    });

  program
    .command('seed')
    .description('verify every quote and load the seed (idempotent: a second run changes no counts)')
    .action(async () => {
      const config = loadConfig();
      const store = await openStore(config);
      try {
        await store.setupSchema();
        const before = await countGraph({ store });
        const started = Date.now();
        const summary = await runSeed(store);
        const after = await countGraph({ store });
        process.stdout.write(
          `seed loaded in ${Date.now() - started} ms: nodes ${before.nodes} → ${after.nodes}, relationships ${before.relationships} → ${after.relationships}\n`,
        );
        process.stdout.write(
          formatTable(
            ['query', 'rows'],
            Object.entries(summary).map(([query, rows]) => ({ query, rows })),
          ) + '\n',
        );
      } finally {
        await store.close();
      }
    });

  program
    .command('import')
    .description(`import a UN data file: ${IMPORT_KINDS.join(', ')} (idempotent; a killed import can be re-run)`)
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<files...>')
    .option('--force', 'import again even if the file was fully imported before')
    .action(async (kind: string, files: string[], options: { force?: boolean }) => {
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new ConfigError(`Unknown import kind "${kind}": use one of ${IMPORT_KINDS.join(', ')}`);
      const config = loadConfig();
      const store = await openStore(config);
      let bad = 0;
      try {
        await store.setupSchema();
        for (const file of files) {
          const report = await runImport(store, kind as ImportKind, file, { progress: createProgressBar(path.basename(file)), force: options.force });
          for (const p of report.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
          bad += report.problems.length;
          process.stdout.write(summarise(report) + '\n');
        }
      } finally {
        await store.close();
      }
      if (bad > 0) process.exitCode = 2;
    });

  program
    .command('unmerge')
    .description('undo a merge: give a source record (see Actor.sources) an actor of its own again; later imports keep it apart')
    .argument('<record-id>', 'e.g. SourceRecord:dhl-member-state:RUS')
    .option('--reason <text>', 'why the merge was wrong', 'undone by hand')
    .action(async (recordId: string, options: { reason: string }) => {
      const store = await openStore(loadConfig());
      try {
        const moved = await unmergeRecord(store, recordId, options.reason);
        if (!moved) throw new ConfigError(`No merged source record ${recordId}`);
        process.stdout.write(`${recordId}: moved from ${moved.oldId} to ${moved.newId}\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command('cypher')
    .description('run read-only Cypher (a file such as cypher/analytics/x.cypher, or the query text) and print a table')
    .argument('<file-or-query>')
    .option('-p, --params <json>', 'query parameters as a JSON object', '{}')
    .option('--json', 'print rows as JSON lines instead of a table')
    .action(async (input: string, options: { params: string; json?: boolean }) => {
      const config = loadConfig();
      const text = fs.existsSync(input) && fs.statSync(input).isFile() ? fs.readFileSync(input, 'utf8') : input;
      let params: Record<string, unknown>;
      try {
        params = JSON.parse(options.params) as Record<string, unknown>;
      } catch {
        throw new ConfigError('--params must be a JSON object');
      }
      const result = await runUserCypher(config, text, params);
      if (options.json) for (const row of result.rows) process.stdout.write(JSON.stringify(row) + '\n');
      else process.stdout.write(formatTable(result.columns, result.rows) + '\n');
      process.stderr.write(
        `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ` (cut at ${config.maxRows}; set DOSSIER_MAX_ROWS)` : ''}${result.via ? ` (via the server at ${result.via})` : ''}\n`,
      );
    });

  program
    .command('export')
    .description("export an entity's neighbourhood as GraphML or CSV (a nodes file and an edges file), with evidence quotes")
    .requiredOption('--around <id-or-name>', 'a Dossier id, a store id (Actor:isil) or an actor name')
    .option('--depth <n>', 'hops from it (1–3)', '1')
    .option('--format <format>', 'graphml or csv', 'graphml')
    .option('--out <file>', 'write here (CSV: <file>-nodes.csv and <file>-edges.csv) instead of standard output')
    .action(async (options: { around: string; depth: string; format: string; out?: string }) => {
      const config = loadConfig();
      const format = options.format as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new ConfigError(`--format must be graphml or csv, got ${options.format}`);
      const depth = Number(options.depth);
      const files = await exportFiles(config, options.around, depth, format);
      if ('graphml' in files) {
        if (options.out) fs.writeFileSync(options.out, files.graphml);
        else process.stdout.write(files.graphml);
      } else if (options.out) {
        const base = options.out.replace(/\.csv$/, '');
        fs.writeFileSync(`${base}-nodes.csv`, files.nodes);
        fs.writeFileSync(`${base}-edges.csv`, files.edges);
      } else process.stdout.write(`${files.nodes}\n${files.edges}`);
      if (options.out) process.stderr.write(`wrote ${options.out}${'graphml' in files ? '' : ' (-nodes.csv, -edges.csv)'}\n`);
    });

  program
    .command('schema')
    .description('write the GraphQL schema to schema.graphql (--check: fail if it is stale)')
    .option('--check', 'compare instead of writing')
    .action(async (options: { check?: boolean }) => {
      const file = path.join(PROJECT_ROOT, 'schema.graphql');
      const sdl = await printSchemaSdl();
      if (options.check) {
        const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        if (current !== sdl) throw new ConfigError('schema.graphql is stale: run npm run schema');
        process.stdout.write('schema.graphql is current\n');
      } else {
        fs.writeFileSync(file, sdl);
        process.stdout.write(`wrote ${file}\n`);
      }
    });

  program
    .command('ingest')
    .description(
      'ingest texts through the running server (DOSSIER_URL, or the one serving DOSSIER_DATA_DIR; token in DOSSIER_TOKEN); --dry-run prints the candidates and writes nothing',
    )
    .argument('[files...]', 'UTF-8 text files')
    .option('--title <title>')
    .option('--publisher <publisher>')
    .option('--published <date>', 'YYYY-MM-DD: relative dates in the text are resolved against it')
    .option('--url <url>')
    .option('--manifest <csv>', 'a manifest (id,text_file,title,publisher,date,…,url) naming the files, beside them')
    .option('--dry-run', 'run the pipeline here and print the candidates; write nothing')
    .option('--json', 'print JSON lines')
    .action(async (files: string[], options: IngestOptions) => {
      const config = loadConfig();
      const inputs = ingestInputs(files, options);
      for (const input of inputs) {
        if (options.dryRun) {
          // Loaded only here: the pipeline's language model takes seconds to load.
          const { extract } = await import('./ingest/pipeline');
          const { loadKnownNames, loadResolutions, loadTopics } = await import('./ingest/known-names.loader');
          const extraction = extract({
            text: input.text,
            publishedOn: input.publishedOn ?? null,
            publisher: input.publisher ?? null,
            names: loadKnownNames(),
            topics: loadTopics(),
            resolutions: loadResolutions(),
          });
          if (options.json) process.stdout.write(JSON.stringify({ file: input.file, candidates: extraction.candidates, mentions: extraction.mentions }) + '\n');
          else {
            process.stdout.write(
              `${input.file}: ${extraction.candidates.length} candidates, ${extraction.mentions.length} mentions (dry run: nothing written)\n`,
            );
            for (const c of extraction.candidates)
              process.stdout.write(`  ${c.kind.padEnd(15)} ${c.confidence.toFixed(2)}  ${c.summary.replace(/\s+/g, ' ').slice(0, 100)}\n`);
          }
          continue;
        }
        const { file, ...fields } = input;
        const data = await writeRequest<{
          ingestDocument: { duplicate: boolean; document: { id: string }; candidates: Array<{ id: string; kind: string; summary: string }> };
        }>(config, `mutation ($input: IngestInput!) { ingestDocument(input: $input) { duplicate document { id } candidates { id kind summary } } }`, {
          input: fields,
        });
        const result = data.ingestDocument;
        if (options.json) process.stdout.write(JSON.stringify({ file, ...result }) + '\n');
        else
          process.stdout.write(
            `${file}: document ${result.document.id}, ${result.candidates.length} candidates${result.duplicate ? ' (already ingested: nothing added)' : ''}\n`,
          );
      }
    });

  const review = program.command('review').description('review candidates through the running server (token in DOSSIER_TOKEN)');
  review
    .command('list')
    .description('the review queue')
    .option('--document <id>')
    .option('--kind <kind...>', 'ALLEGATION, STATEMENT, ACTOR, RELATION, RESOLUTION_LINK')
    .option('--status <status>', 'PENDING, ACCEPTED or REJECTED', 'PENDING')
    .option('--first <n>', 'at most this many (1–100)', '100')
    .option('--json', 'print JSON lines')
    .action(async (options: { document?: string; kind?: string[]; status: string; first: string; json?: boolean }) => {
      const data = await writeRequest<{ reviewQueue: { totalCount: number; edges: Array<{ node: ReviewRow }> } }>(
        loadConfig(),
        `query ($doc: ID, $kinds: [CandidateKind!], $status: CandidateStatus, $first: Int) { reviewQueue(documentId: $doc, kinds: $kinds, status: $status, first: $first) {
          totalCount edges { node { id kind status confidence summary evidence { quote } } } } }`,
        { doc: options.document ?? null, kinds: options.kind ?? null, status: options.status, first: Number(options.first) },
      );
      const rows = data.reviewQueue.edges.map((e) => e.node);
      if (options.json) for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
      else {
        const table = rows.map((r) => ({ ...r, evidence: r.evidence.quote }));
        process.stdout.write(formatTable(['id', 'kind', 'status', 'confidence', 'summary', 'evidence'], table, 50) + '\n');
      }
      process.stderr.write(`${rows.length} of ${data.reviewQueue.totalCount}\n`);
    });
  review
    .command('accept')
    .argument('<id>')
    .option(
      '--edit <json>',
      'corrections, as CandidateEdit in JSON: {"claimant": "<actor id>", "roles": [{"actor": "<id>", "role": "BUYER"}], "topics": ["oil"], …}',
    )
    .action(async (id: string, options: { edit?: string }) => {
      let edit: unknown = null;
      try {
        edit = options.edit ? JSON.parse(options.edit) : null;
      } catch {
        throw new ConfigError('--edit must be a JSON object');
      }
      await printDecision(
        `mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { ${DECISION_FIELDS} } }`,
        { id, edit },
        'acceptCandidate',
      );
    });
  for (const [name, field] of [
    ['reject', 'rejectCandidate'],
    ['reopen', 'reopenCandidate'],
  ] as const) {
    review
      .command(name)
      .argument('<id>')
      .requiredOption('--reason <text>', 'why')
      .action(async (id: string, options: { reason: string }) => {
        await printDecision(
          `mutation ($id: ID!, $reason: String!) { ${field}(id: $id, reason: $reason) { ${DECISION_FIELDS} } }`,
          { id, reason: options.reason },
          field,
        );
      });
  }

  return program;
}

interface IngestOptions {
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
  manifest?: string;
  dryRun?: boolean;
  json?: boolean;
}

interface ReviewRow {
  id: string;
  kind: string;
  status: string;
  confidence: number;
  summary: string;
  evidence: { quote: string };
}

const DECISION_FIELDS = 'id kind status facts decisions { actor action reason at }';

/** A file's text, refused when it is not UTF-8. */
function readUtf8(file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new ConfigError(`There is no file ${file}`);
    throw new ConfigError(`${file} is not UTF-8 text`);
  }
}

/** What to ingest: the files named (with the options' title, publisher, date and URL), or a manifest's. */
function ingestInputs(files: string[], options: IngestOptions) {
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published))
    throw new ConfigError(`--published must be YYYY-MM-DD, got ${options.published}`);
  if (options.manifest) {
    const dir = path.dirname(options.manifest);
    const [header, ...records] = [...readCsv(readUtf8(options.manifest))].map((r) => r.fields);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const [fileAt, titleAt, publisherAt, dateAt, urlAt] = ['text_file', 'title', 'publisher', 'date', 'url'].map(column);
    if (fileAt === undefined || fileAt < 0) throw new ConfigError(`${options.manifest} has no text_file column`);
    const stored = records.filter((r) => r.length > 1 && r[fileAt]);
    const skipped = records.length - stored.length;
    if (skipped > 0) process.stderr.write(`${options.manifest}: ${skipped} entries name no text file (skipped)\n`);
    return stored.map((r) => {
      const cell = (at: number | undefined) => (at !== undefined && at >= 0 && r[at] ? r[at] : null);
      const file = path.join(dir, r[fileAt] ?? '');
      const date = cell(dateAt);
      return {
        file,
        text: readUtf8(file),
        title: cell(titleAt),
        publisher: cell(publisherAt),
        publishedOn: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
        url: cell(urlAt),
      };
    });
  }
  if (files.length === 0) throw new ConfigError('Name the files to ingest, or --manifest');
  return files.map((file) => ({
    file,
    text: readUtf8(file),
    title: options.title ?? path.basename(file).replace(/\.[^.]+$/, ''),
    publisher: options.publisher ?? null,
    publishedOn: options.published ?? null,
    url: options.url ?? null,
  }));
}

/** Sends an operation to the running server with the CLI's token; a GraphQL error becomes one line. */
async function writeRequest<T>(config: Config, query: string, variables: Record<string, unknown>): Promise<T> {
  const url = config.serverUrl ?? (config.neo4j ? null : findRunningServer(config.dataDir));
  if (!url) throw new ConfigError('No running server: start one (npm start) or set DOSSIER_URL to its address');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.cliToken) headers.authorization = `Bearer ${config.cliToken}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T | null; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  if (body.errors?.length || !body.data) {
    const error = body.errors?.[0];
    const hint = error?.extensions?.code === 'UNAUTHENTICATED' && !config.cliToken ? ' (set DOSSIER_TOKEN to your token)' : '';
    throw new ConfigError(`${error?.message ?? `the server at ${url} answered ${res.status}`}${hint}`);
  }
  return body.data;
}

/** Runs a decision and prints the candidate's state and its last decision. */
async function printDecision(query: string, variables: Record<string, unknown>, field: string): Promise<void> {
  const data = await writeRequest<
    Record<string, { id: string; status: string; facts: string[]; decisions: Array<{ actor: string; action: string; at: string }> }>
  >(loadConfig(), query, variables);
  const candidate = data[field]!;
  const last = candidate.decisions.at(-1);
  process.stdout.write(
    `${candidate.id}: ${candidate.status}${candidate.facts.length > 0 ? `, facts ${candidate.facts.join(', ')}` : ''}${last ? ` (${last.action} by ${last.actor} at ${last.at})` : ''}\n`,
  );
}

/**
 * Runs `remote` against the server that holds the embedded store's data directory when one runs (the
 * embedded engine lets one process hold a store), else `local` on the store opened here. A data directory
 * that does not exist is refused rather than created empty.
 */
async function onServerOrStore<T>(config: Config, remote: (url: string) => Promise<T>, local: (store: GraphStore) => Promise<T>): Promise<T> {
  if (!config.neo4j) {
    const url = findRunningServer(config.dataDir);
    if (url) return remote(url);
    if (!fs.existsSync(config.dataDir))
      throw new ConfigError(
        `There is no data directory at ${config.dataDir}: set DOSSIER_DATA_DIR to the server's, or start the server once (npm start) to create and load it`,
      );
  }
  const store = await openStore(config);
  try {
    return await local(store);
  } finally {
    await store.close();
  }
}

/** The message of a server's JSON error answer (GraphQL-style or the Query API's). */
function serverError(body: unknown, url: string, status: number): ConfigError {
  const errors = (body as { errors?: Array<{ message?: string }> } | null)?.errors;
  return new ConfigError(errors?.[0]?.message ?? `the server at ${url} answered ${status}`);
}

/** Read-only Cypher, through the running server's Query API (`via` its URL) or on the store (`via` null). */
function runUserCypher(config: Config, text: string, params: Record<string, unknown>): Promise<UserQueryResult & { via: string | null }> {
  return onServerOrStore<UserQueryResult & { via: string | null }>(
    config,
    async (url) => {
      const res = await fetch(`${url}/db/neo4j/query/v2`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ statement: text, parameters: params }),
      });
      const body = (await res.json()) as { data?: { fields: string[]; values: unknown[][] }; notifications?: unknown[] };
      if (!body.data) throw serverError(body, url, res.status);
      const { fields, values } = body.data;
      const rows = values.map((v) => Object.fromEntries(fields.map((f, i) => [f, v[i]])));
      return { columns: fields, rows, truncated: (body.notifications ?? []).length > 0, via: url };
    },
    async (store) => {
      configureCypherAnalysis({ deadlineMs: config.cypherAnalysisMs });
      return { ...(await store.readUserCypher(text, params, { maxRows: config.maxRows, timeoutMs: config.queryTimeoutMs })), via: null };
    },
  );
}

/** Export files, from the running server or the store. */
function exportFiles(config: Config, around: string, depth: number, format: ExportFormat): Promise<ExportFiles> {
  return onServerOrStore(
    config,
    async (url) => {
      const get = async (part: string) => {
        const res = await fetch(`${url}/export/${format}?${new URLSearchParams({ id: around, depth: String(depth), part })}`);
        const text = await res.text();
        if (!res.ok) throw serverError(JSON.parse(text), url, res.status);
        return text;
      };
      return format === 'graphml' ? { graphml: await get('graph') } : { nodes: await get('nodes'), edges: await get('edges') };
    },
    (store) => exportAround(store, around, depth, format),
  );
}

/** Runs the CLI; user-facing failures print one line and exit 1. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    const known =
      error instanceof ConfigError ||
      error instanceof StoreOpenError ||
      error instanceof WrongFileKindError ||
      error instanceof ServerStartError ||
      error instanceof Neo4jAuthError ||
      error instanceof Neo4jVersionError ||
      clientErrorCodeOf(error) !== null;
    // One line for the user; the stack of an unexpected error only at LOG_LEVEL=debug (a driver's stack says nothing to them).
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const debug = (() => {
      try {
        return loadConfig().logLevel === 'debug';
      } catch {
        return false;
      }
    })();
    process.stderr.write(`dossier: ${known || !debug ? message : ((error as Error).stack ?? message)}\n`);
    process.exit(1);
  }
}

if (require.main === module) void runCli(process.argv);
