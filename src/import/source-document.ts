// The imported file itself as a Document: every imported fact's evidence is a slice of its text.
import crypto from 'node:crypto';
import path from 'node:path';
import { normaliseName } from '../names';

/** What we know about an imported file. */
export interface SourceFile {
  id: string;
  text: string;
  name: string;
}

/** Describes a file for the store; the id is stable for the same content. */
export function describeSourceFile(file: string, text: string): SourceFile {
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { id: `Document:import:${hash}`, text, name: path.basename(file) };
}

/** Texts longer than this are stored in chunks of this size (a property holds at most 16 MiB). */
export const CHUNK_CHARS = 1_000_000;

/** The chunk rows of a long text (none for a short one: its text stays on the Document). */
export function documentChunkRows(source: SourceFile): Array<Record<string, unknown>> {
  if (source.text.length <= CHUNK_CHARS) return [];
  const rows = [];
  for (let i = 0; i * CHUNK_CHARS < source.text.length; i++) {
    rows.push({ id: `${source.id}:chunk:${i}`, documentId: source.id, index: i, text: source.text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS) });
  }
  return rows;
}

/** What a data file covers: kinds of fact and the dates of its first and last rows. */
export interface DatasetCoverage {
  covers: string[];
  from: string | null;
  to: string | null;
}

/** The earliest and latest of some ISO dates (nulls when there are none). */
export function dateRange(dates: Iterable<string>): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  for (const d of dates) {
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
  }
  return { from, to };
}

/** coverage rows (mark-coverage) saying that this file lists `field` of each entity. */
export function coverageRows(source: SourceFile, field: string, ids: Iterable<string>): Array<{ id: string; coverage: string[] }> {
  return [...ids].map((id) => ({ id, coverage: [`${field}|${source.id}`] }));
}

/** The upsert row for the file's Document node. */
export function sourceDocumentRow(
  source: SourceFile,
  meta: { title: string; publisher: string; url?: string | null; publishedOn?: string | null; note?: string | null; coverage: DatasetCoverage },
) {
  const chunked = source.text.length > CHUNK_CHARS;
  const props: Record<string, unknown> = {
    file: source.name,
    text: chunked ? '' : source.text,
    chunked,
    textLength: source.text.length,
    title: meta.title,
    publisher: meta.publisher,
    nameKey: normaliseName(meta.title),
    searchText: normaliseName(`${meta.title} ${meta.publisher} ${source.name}`),
  };
  if (meta.url) props.url = meta.url;
  if (meta.publishedOn) props.publishedOn = meta.publishedOn;
  if (meta.note) props.note = meta.note;
  Object.assign(props, { sourceKind: 'DATASET', covers: meta.coverage.covers, coverageFrom: meta.coverage.from, coverageTo: meta.coverage.to });
  return { id: source.id, props };
}

/** An evidence span inside the file: the quote is exactly text.slice(start, end). */
export function evidenceRow(source: SourceFile, start: number, end: number) {
  return { id: `Evidence:${source.id.slice('Document:'.length)}:${start}-${end}`, documentId: source.id, quote: source.text.slice(start, end), start, end };
}
