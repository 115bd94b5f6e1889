// The dossier command line: serve, seed, import, unmerge, cypher (read-only, prints a table), export and schema.
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

  return program;
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
