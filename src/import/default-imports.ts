// Loads the UN data files shipped under seed/data (manifest order) after the seed; skips files already loaded.
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { PROJECT_ROOT } from '../paths';
import type { GraphStore } from '../store/graph-store';
import { runImport } from './import-runner';
import type { ImportKind, ImportReport, Progress } from './import.types';

/** Where the shipped data files are. */
export const DATA_DIR = path.join(PROJECT_ROOT, 'seed', 'data');

/** The shipped files in load order. */
export function readManifest(dir: string = DATA_DIR): Array<{ kind: ImportKind; file: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { imports: Array<{ kind: ImportKind; file: string }> };
  return manifest.imports.map((i) => ({ kind: i.kind, file: path.join(dir, i.file) }));
}

/** One line that sums up an import (for logs and non-interactive terminals). */
export function summarise(report: ImportReport & { skipped: boolean }): string {
  if (report.skipped) return `${path.basename(report.file)}: already imported, skipped`;
  const rate = report.ms > 0 ? Math.round((report.rows / report.ms) * 1000) : report.rows;
  return `${path.basename(report.file)} (${report.kind}): ${report.loaded}/${report.rows} rows loaded in ${report.ms} ms (${rate} rows/s), ${report.problems.length} bad row${report.problems.length === 1 ? '' : 's'}`;
}

/** A progress bar on an interactive terminal; nothing otherwise. */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}%${pct === 100 ? '\n' : ''}`);
  };
}

/** Imports every shipped file not yet imported. */
export async function runDefaultImports(store: GraphStore, logger: Logger): Promise<Array<ImportReport & { skipped: boolean }>> {
  const reports = [];
  for (const { kind, file } of readManifest()) {
    const report = await runImport(store, kind, file, { progress: createProgressBar(path.basename(file)) });
    logger.info(summarise(report), { problems: report.problems.slice(0, 20) });
    reports.push(report);
  }
  return reports;
}
