// What the loaded sources cover: per relationship list of a resolution or meeting (unknown is null, not []), and per source.
import type { Data } from './data';
import type { DocumentRecord, EdgeRecord, MeetingRecord, ResolutionRecord } from './records';
import { documentNodes } from './nodes';
import { childNodes, primeNode, type EdgesSpec, type Loaders, type NodesSpec } from './loaders';

/** The relationship lists whose coverage is recorded, per type. */
export const COVERED_LISTS = {
  Resolution: ['votes', 'recalls', 'drafters', 'targets'],
  Meeting: ['participants', 'resolutions'],
} as const;

type Covered = ResolutionRecord | MeetingRecord;

/** The store ids of the documents that list `field` of this entity. */
export function coveringSources(record: Covered, field: string): string[] {
  return record.coveredBy.filter((c) => c.startsWith(`${field}|`)).map((c) => c.slice(field.length + 1));
}

/**
 * Whether a list is unknown rather than empty: no item in it, and no loaded source lists `field` of this entity
 * (a list with items is shown even when no source claims to list them all: see coverage).
 */
export function isUnknownList(record: Covered, field: string, items: readonly unknown[]): boolean {
  return items.length === 0 && coveringSources(record, field).length === 0;
}

/** A covered list's edges, or null when the list is unknown (no item, and no loaded source lists it). */
export async function coveredEdges<E extends EdgeRecord>(loaders: Loaders, edges: EdgesSpec<E>, record: Covered, field: string): Promise<E[] | null> {
  const all = await loaders.get(edges).load(record.key);
  return isUnknownList(record, field, all) ? null : all;
}

/** A covered list's nodes in the edges' order (the first `first`), or null when the list is unknown. */
export async function coveredChildren<T>(
  loaders: Loaders,
  edges: EdgesSpec,
  nodes: NodesSpec<T>,
  record: Covered,
  field: string,
  first?: number | null,
): Promise<T[] | null> {
  const all = await coveredEdges(loaders, edges, record, field);
  return all ? childNodes(loaders, nodes, all, first) : null;
}

/** One relationship list's coverage, with the reason. */
export interface ListCoverageRecord {
  field: string;
  covered: boolean;
  sourceKeys: string[];
  note: string;
}

/** The coverage of every recorded list of a resolution or meeting. */
export function coverageOf(record: Covered): ListCoverageRecord[] {
  const label = record.__typename === 'Resolution' ? record.symbol : (record.symbol ?? record.title ?? 'this meeting');
  return COVERED_LISTS[record.__typename].map((field) => {
    const sourceKeys = coveringSources(record, field);
    return {
      field,
      covered: sourceKeys.length > 0,
      sourceKeys,
      note:
        sourceKeys.length > 0
          ? `The ${field} of ${label}, as listed by ${sourceKeys.length} loaded source${sourceKeys.length === 1 ? '' : 's'}`
          : `No loaded source lists the ${field} of ${label}: what the sources mention is shown, and null (unknown, not none) when they mention nothing`,
    };
  });
}

/** A loaded source and what it covers. */
export interface SourceRecordRow {
  document: DocumentRecord;
  kind: string;
  covers: string[];
  from: string | null;
  to: string | null;
  rows: number | null;
}

/** Every loaded source, data files first, then by date. */
export async function listSources(ctx: Data): Promise<SourceRecordRow[]> {
  const rows = await ctx.store.read<Omit<SourceRecordRow, 'document'> & { document: Record<string, unknown> }>('list-sources');
  return rows.flatMap((row) => {
    const document = primeNode(ctx.loaders, documentNodes, row.document);
    return document ? [{ ...row, document }] : [];
  });
}
