// Runs an import: checks the file is of the kind asked, plans it, writes it in idempotent batches.
import fs from 'node:fs';
import type { GraphStore } from '../store/graph-store';
import { withoutNulls } from '../store/values';
import { IMPORT_KINDS, WrongFileKindError, type ImportKind, type ImportReport, type Progress } from './import.types';
import { describeSourceFile } from './source-document';
import { MEETINGS_HEADER, planMeetingsImport, type ImportPlan } from './un-meetings.importer';
import { planSanctionsImport } from './un-sanctions.importer';
import { planVotesImport, VOTES_HEADER } from './un-votes.importer';

/** Rows per write batch. */
export const BATCH_SIZE = 1000;

/** Which kind a file's content looks like, or null. */
export function detectKind(text: string): ImportKind | null {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (firstLine === MEETINGS_HEADER.join(',')) return 'un-meetings';
  if (firstLine === VOTES_HEADER.join(',')) return 'un-votes';
  if (/^<\?xml[^>]*>\s*<CONSOLIDATED_LIST\b/.test(text.replace(/^\uFEFF/, '').slice(0, 1000))) return 'un-sanctions';
  return null;
}

function withoutNullProps(row: Record<string, unknown>): Record<string, unknown> {
  return row.props && typeof row.props === 'object' ? { ...row, props: withoutNulls(row.props as Record<string, unknown>) } : row;
}

/** Imports one file. Safe to re-run (MERGE everywhere); a file already fully imported is skipped unless `force`. */
export async function runImport(
  store: GraphStore,
  kind: ImportKind,
  file: string,
  options: { progress?: Progress; force?: boolean } = {},
): Promise<ImportReport & { skipped: boolean }> {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new WrongFileKindError(`Unknown import kind "${kind}": use one of ${IMPORT_KINDS.join(', ')}`);
  const started = Date.now();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new WrongFileKindError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const detected = detectKind(text);
  if (detected !== kind) {
    throw new WrongFileKindError(
      detected
        ? `${file} is a ${detected} file, not ${kind}: run "dossier import ${detected} ${file}"`
        : `${file} is not a ${kind} file (its first line is not the expected header)`,
    );
  }
  const source = describeSourceFile(file, text);
  const status = await store.read<{ importedAt: string | null }>('find-import-status', { id: source.id });
  if (!options.force && status[0]?.importedAt) {
    return { kind, file, rows: 0, loaded: 0, problems: [], ms: Date.now() - started, written: {}, skipped: true };
  }
  let plan: ImportPlan;
  if (kind === 'un-meetings') plan = planMeetingsImport(source);
  else if (kind === 'un-votes') plan = await planVotesImport(store, source);
  else plan = await planSanctionsImport(store, source);

  const total = plan.batches.reduce((sum, [, rows]) => sum + rows.length, 0);
  let done = 0;
  const written: Record<string, number> = {};
  for (const [query, rows] of plan.batches) {
    for (let i = 0; i < rows.length; i += BATCH_SIZE) {
      const chunk = rows.slice(i, i + BATCH_SIZE).map(withoutNullProps);
      const result = await store.write<{ count: number }>(query, { rows: chunk });
      written[query] = (written[query] ?? 0) + (result[0]?.count ?? 0);
      done += chunk.length;
      options.progress?.(done, total);
    }
  }
  await store.write('mark-import-complete', { id: source.id, kind, at: new Date().toISOString(), rows: plan.rows });
  return { kind, file, rows: plan.rows, loaded: plan.loaded, problems: plan.problems, ms: Date.now() - started, written, skipped: false };
}
