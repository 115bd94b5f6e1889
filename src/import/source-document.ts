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

/** The upsert row for the file's Document node. */
export function sourceDocumentRow(
  source: SourceFile,
  meta: { title: string; publisher: string; url?: string | null; publishedOn?: string | null; note?: string | null },
) {
  const props: Record<string, unknown> = {
    file: source.name,
    text: source.text,
    title: meta.title,
    publisher: meta.publisher,
    nameKey: normaliseName(meta.title),
    searchText: normaliseName(`${meta.title} ${meta.publisher} ${source.name}`),
  };
  if (meta.url) props.url = meta.url;
  if (meta.publishedOn) props.publishedOn = meta.publishedOn;
  if (meta.note) props.note = meta.note;
  return { id: source.id, props };
}

/** An evidence span inside the file: the quote is exactly text.slice(start, end). */
export function evidenceRow(source: SourceFile, start: number, end: number) {
  return { id: `Evidence:${source.id.slice('Document:'.length)}:${start}-${end}`, documentId: source.id, quote: source.text.slice(start, end), start, end };
}
