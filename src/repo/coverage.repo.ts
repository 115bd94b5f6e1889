// What the loaded sources cover: per relationship list (unknown is null, not []), per source with its gaps, and the NOT_COVERED notes of look-ups that fall outside.
import type { Data } from './data';
import type { ActorRecord, DocumentRecord, EdgeRecord, MeetingRecord, ResolutionRecord } from './records';
import { documentNodes } from './nodes';
import { LRUCache } from 'lru-cache';
import { childNodes, primeNode, type EdgesSpec, type LoaderSpec, type Loaders, type NodesSpec } from './loaders';
import type { GraphStore } from '../store/graph-store';

/**
 * The relationship lists that only some sources give, per type: each has an entry in its type's `coverage`. A list
 * of a type here that is not in COMPLETE_LISTS fails test/api/coverage.test.ts, which walks the schema.
 */
export const COVERED_LISTS = {
  Resolution: ['votes', 'recalls', 'drafters', 'targets', 'recalledBy'],
  Meeting: ['participants', 'resolutions'],
  Actor: ['allegationsMade', 'allegationsNaming', 'statements', 'related', 'sanctions'],
} as const;

/** The relationship lists that are whole by construction, with the reason (the schema walk of test/api/coverage.test.ts reads it). */
export const COMPLETE_LISTS: Record<string, Record<string, string>> = {
  Actor: {
    evidence: 'the quotes that name the actor: the evidence of the facts it is in',
    sources: "every source record resolved to the actor, or listed as a possible match: the resolver's own decisions",
  },
  Resolution: {
    evidence: 'the quotes the resolution was read from',
    topics: 'derived: the topics its sources give and those its agenda item maps to (seed/agenda-topics.json)',
  },
  Meeting: {
    evidence: 'the quotes the meeting was read from',
    topics: 'derived: the topics its sources give and those its agenda items map to (seed/agenda-topics.json)',
  },
  Allegation: {
    evidence: 'the quotes of the allegation itself',
    named: 'the actors the allegation itself names: one source states the whole allegation',
    topics: 'the topics of the allegation itself',
  },
  Statement: { evidence: 'the quote itself' },
  Document: { mentions: 'derived: every mention the ingestion pipeline found in the text itself' },
  Topic: {},
  Candidate: {
    named: 'what the candidate itself proposes, read from one sentence',
    resolutions: 'derived: the loaded resolutions a reference may mean',
    decisions: 'every review decision recorded on the candidate',
  },
};

type Covered = ResolutionRecord | MeetingRecord;

/** Lists no source gives whole for any entity: what loaded sources mention is all there is. */
const NEVER_WHOLE = new Set<string>(['recalledBy']);

/** The store ids of the documents that list `field` of this entity. */
export function coveringSources(record: Covered, field: string): string[] {
  return record.coveredBy.filter((c) => c.startsWith(`${field}|`)).map((c) => c.slice(field.length + 1));
}

/**
 * Whether a list is unknown rather than empty: no item in it, and no loaded source lists `field` of this entity
 * (a list with items is shown even when no source claims to list them all: see coverage).
 */
export function isUnknownList(record: Covered, field: string, items: readonly unknown[]): boolean {
  return items.length === 0 && (NEVER_WHOLE.has(field) || coveringSources(record, field).length === 0);
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
    if (field === 'recalledBy')
      return {
        field,
        covered: false,
        sourceKeys: [],
        note: `No loaded source lists every resolution that recalls ${label}: the list holds the later resolutions whose recalls a loaded source gives, and null when none of them recalls it`,
      };
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

/** What each of an actor's lists comes from: the kinds of fact (a source's `covers`) that give it, and whether those sources give it whole. */
const ACTOR_LISTS: Record<(typeof COVERED_LISTS)['Actor'][number], { covers: string[]; whole: boolean; what: string }> = {
  allegationsMade: { covers: ['allegations'], whole: false, what: 'allegations it made' },
  allegationsNaming: { covers: ['allegations'], whole: false, what: 'allegations that name it' },
  statements: { covers: ['statements'], whole: false, what: 'statements' },
  related: { covers: ['actors', 'relations stated in the entries'], whole: false, what: 'relations to other actors' },
  sanctions: { covers: ['sanctions list entries'], whole: true, what: 'entries on UN sanctions lists' },
};

/** The coverage of an actor's lists: which loaded sources give them, and that only the sanctions lists are whole lists. */
export async function actorCoverageOf(data: Data, actor: ActorRecord): Promise<ListCoverageRecord[]> {
  const sources = await data.loaders.get(sourcesSpec).sources();
  return COVERED_LISTS.Actor.map((field) => {
    const { covers, whole, what } = ACTOR_LISTS[field];
    const sourceKeys = sources.filter((s) => s.covers.some((c) => covers.includes(c))).map((s) => s.document.key);
    const n = `${sourceKeys.length} loaded source${sourceKeys.length === 1 ? '' : 's'}`;
    return {
      field,
      covered: whole && sourceKeys.length > 0,
      sourceKeys,
      note:
        whole && sourceKeys.length > 0
          ? `The ${what}, from ${n}: each is a whole list, so an actor on none of them has []`
          : `Only the ${what} that ${n} state (for ${actor.name}): no loaded source gives them whole, so [] means none found, not none`,
    };
  });
}

/** A span of days, bounds included (`to` null: open-ended). */
export interface DateRangeRecord {
  from: string;
  to: string | null;
}

/** What a source covers in time: its first and last day, and the gaps in between where it has no rows. */
export interface SourceCoverageRecord {
  from: string | null;
  to: string | null;
  gaps: DateRangeRecord[];
}

/** A loaded source and what it covers. */
export interface SourceRecordRow {
  document: DocumentRecord;
  kind: string;
  covers: string[];
  from: string | null;
  to: string | null;
  rows: number | null;
  coverage: SourceCoverageRecord;
  /** What it lists of which entities, from the rows that name it: "Meeting" (it lists meetings), "Meeting.resolutions"… */
  lists: string[];
}

/** One month of a source's rows (list-source-row-months). */
export interface MonthRow {
  month: string;
  first: string;
  last: string;
  rows: number;
}

/** Rows a month must have, on average over the twelve months before and the twelve after, for a month with none to be a gap. */
export const BUSY_MONTH_ROWS = 10;

/** The day after or before a YYYY-MM-DD day. */
function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The months from one YYYY-MM to another, both included. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * The gaps in a source's rows, found in the rows themselves: a run of months with no row, where the twelve months
 * before it and the twelve after it hold at least BUSY_MONTH_ROWS rows a month on average (a quiet month of a quiet
 * period is no gap). A gap runs from the day after the last row before it to the day before the first row after it.
 */
export function findGaps(months: readonly MonthRow[]): DateRangeRecord[] {
  const sorted = [...months].filter((m) => m.rows > 0).sort((a, b) => (a.month < b.month ? -1 : 1));
  if (sorted.length < 2) return [];
  const byMonth = new Map(sorted.map((m) => [m.month, m]));
  const calendar = monthsBetween(sorted[0]!.month, sorted[sorted.length - 1]!.month);
  const rows = calendar.map((m) => byMonth.get(m)?.rows ?? 0);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const gaps: DateRangeRecord[] = [];
  for (let i = 0; i < calendar.length; i++) {
    if (rows[i] !== 0) continue;
    let j = i;
    while (rows[j + 1] === 0) j++;
    if (mean(rows.slice(Math.max(0, i - 12), i)) >= BUSY_MONTH_ROWS && mean(rows.slice(j + 1, j + 13)) >= BUSY_MONTH_ROWS)
      gaps.push({ from: shiftDay(byMonth.get(calendar[i - 1]!)!.last, 1), to: shiftDay(byMonth.get(calendar[j + 1]!)!.first, -1) });
    i = j;
  }
  return gaps;
}

/** A source's months of rows (list-source-row-months). */
type SourceMonthRow = MonthRow & { documentId: string; field: string; label: string };

/**
 * The months of the sources' rows, per store, kept while the loaded sources stay the same (keyed by every source's
 * id and import time: only an import or a seed marks rows as a source's). Reading them scans every meeting
 * (≈ 130–220 ms on the shipped data, embedded).
 */
const MONTHS = new WeakMap<GraphStore, LRUCache<string, ReadonlyMap<string, SourceRows>>>();

/** What a source's rows say: the lists it gives and, for a data file's meetings, the gaps in them. */
interface SourceRows {
  lists: string[];
  meetingGaps: ReturnType<typeof findGaps>;
}

/** Each source's lists and gaps (by document id), read and computed when the loaded sources changed since the last time. */
async function sourceRows(store: GraphStore, sourcesKey: string): Promise<ReadonlyMap<string, SourceRows>> {
  let cache = MONTHS.get(store);
  if (!cache) MONTHS.set(store, (cache = new LRUCache<string, ReadonlyMap<string, SourceRows>>({ max: 4 })));
  const kept = cache.get(sourcesKey);
  if (kept) return kept;
  const months = await store.read<SourceMonthRow>('list-source-row-months');
  const byDocument = new Map<string, SourceMonthRow[]>();
  for (const m of months) byDocument.set(m.documentId, [...(byDocument.get(m.documentId) ?? []), m]);
  const rows = new Map<string, SourceRows>();
  for (const [documentId, own] of byDocument) {
    rows.set(documentId, {
      lists: [...new Set(own.flatMap((m) => [m.label, `${m.label}.${m.field}`]))].sort(),
      meetingGaps: findGaps(own.filter((m) => m.label === 'Meeting')),
    });
  }
  cache.set(sourcesKey, rows);
  return rows;
}

/** The loaded sources with what they cover, read once per request. */
const sourcesSpec: LoaderSpec<{ sources(): Promise<SourceRecordRow[]> }> = {
  make: (store, _options, loaders) => {
    let read: Promise<SourceRecordRow[]> | null = null;
    return {
      sources: () =>
        (read ??= (async () => {
          type Row = Omit<SourceRecordRow, 'document' | 'coverage' | 'lists'> & { document: Record<string, unknown>; importedAt: unknown };
          const rows = await store.read<Row>('list-sources');
          const key = JSON.stringify(rows.map((r) => [r.document.id, r.importedAt ?? null, r.rows ?? null]));
          const bySource = await sourceRows(store, key);
          return rows.flatMap((row) => {
            const document = primeNode(loaders, documentNodes, row.document);
            if (!document) return [];
            const own = bySource.get(document.key);
            const lists = own?.lists ?? [];
            // Gaps are looked for in what a data file lists row by row (the meetings of the meetings table).
            const gaps = row.kind === 'DATASET' ? (own?.meetingGaps ?? []) : [];
            const { importedAt: _importedAt, ...source } = row;
            return [{ ...source, document, lists, coverage: { from: row.from, to: row.to, gaps } }];
          });
        })()),
    };
  },
};

/** Every loaded source, data files first, then by date. */
export function listSources(ctx: Data): Promise<SourceRecordRow[]> {
  return ctx.loaders.get(sourcesSpec).sources();
}

/** A note in the response's `extensions.notes`: the answer at `path` lies where a loaded source does not reach. */
export interface CoverageNote {
  code: 'NOT_COVERED';
  path: Array<string | number>;
  message: string;
  source: { id: string; title: string | null };
  /** The days the source does not cover: a gap, or from the day after its last row on (`to` null). */
  from: string;
  to: string | null;
}

/** The notes of each request, by its loaders (one per request). */
const NOTES = new WeakMap<Loaders, CoverageNote[]>();

/** Adds a note to this request's response. */
function addNote(data: Data, note: CoverageNote): void {
  const notes = NOTES.get(data.loaders) ?? [];
  if (!notes.some((n) => n.path.join('.') === note.path.join('.') && n.source.id === note.source.id && n.from === note.from)) notes.push(note);
  NOTES.set(data.loaders, notes);
}

/** This request's coverage notes (for the response's extensions). */
export function coverageNotes(loaders: Loaders): CoverageNote[] {
  return NOTES.get(loaders) ?? [];
}

/** A day as written in notes: 13 March 2020. */
function spell(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The data files that list `what` ("Meeting": meetings; "Meeting.resolutions": the resolutions adopted at them). */
async function datasetsListing(data: Data, what: string): Promise<SourceRecordRow[]> {
  return (await listSources(data)).filter((s) => s.kind === 'DATASET' && s.lists.includes(what) && s.coverage.to !== null);
}

/** A day given as a filter value (graphql-scalars' Date parses to a Date; strings stay), as YYYY-MM-DD. */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** Notes each part of the days [from, to] (either open) that a source listing `what` does not cover: its gaps, and the days after its last row. */
async function noteUncoveredDays(
  data: Data,
  what: string,
  subject: string,
  from: string | null,
  to: string | null,
  path: Array<string | number>,
): Promise<void> {
  for (const source of await datasetsListing(data, what)) {
    const title = source.document.title;
    const src = { id: source.document.id, title };
    for (const gap of source.coverage.gaps) {
      if ((to === null || gap.from <= to) && (from === null || gap.to === null || gap.to >= from))
        addNote(data, {
          code: 'NOT_COVERED',
          path,
          source: src,
          from: gap.from,
          to: gap.to,
          message: `${subject}: "${title}" has no rows from ${spell(gap.from)} to ${gap.to ? spell(gap.to) : 'its end'} (a gap in the source), so what falls then is missing, not absent`,
        });
    }
    const end = source.coverage.to!;
    if (to === null || to > end)
      addNote(data, {
        code: 'NOT_COVERED',
        path,
        source: src,
        from: shiftDay(end, 1),
        to: null,
        message: `${subject}: "${title}" ends with its rows of ${spell(end)}, so what falls later is missing, not absent`,
      });
  }
}

/** Notes, for a resolution look-up that found nothing, the source gap or end it falls in (judged by the loaded resolutions numbered around it). */
export async function noteMissingResolution(data: Data, number: number, path: Array<string | number>): Promise<void> {
  const [row] = await data.store.read<{ before: { number: number; adoptedOn: string } | null; after: { number: number; adoptedOn: string } | null }>(
    'find-resolution-neighbours',
    { number },
  );
  const before = row?.before ?? null;
  const after = row?.after ?? null;
  if (!before) return;
  const subject = after
    ? `Resolution ${number} is not loaded; it was adopted between ${spell(before.adoptedOn)} and ${spell(after.adoptedOn)} (resolutions ${before.number} and ${after.number})`
    : `Resolution ${number} is not loaded; it was adopted after ${spell(before.adoptedOn)} (resolution ${before.number}, the last loaded)`;
  await noteUncoveredDays(data, 'Meeting.resolutions', subject, before.adoptedOn, after?.adoptedOn ?? null, path);
}

/** Notes, for a meeting look-up (S/PV.<n>) that found nothing, the source gap or end it falls in (judged by the loaded records numbered around it). */
export async function noteMissingMeeting(data: Data, symbol: string, path: Array<string | number>): Promise<void> {
  const match = /^\s*s\s*\/\s*pv\s*\.\s*(\d{1,6})\s*$/i.exec(symbol);
  if (!match) return;
  const number = Number(match[1]);
  const [row] = await data.store.read<{ before: { number: number; date: string } | null; after: { number: number; date: string } | null }>(
    'find-meeting-neighbours',
    { number },
  );
  const before = row?.before ?? null;
  const after = row?.after ?? null;
  if (!before) return;
  const subject = after
    ? `Meeting S/PV.${number} is not loaded; it was held between ${spell(before.date)} and ${spell(after.date)} (meetings S/PV.${before.number} and S/PV.${after.number})`
    : `Meeting S/PV.${number} is not loaded; it was held after ${spell(before.date)} (S/PV.${before.number}, the last loaded)`;
  await noteUncoveredDays(data, 'Meeting', subject, before.date, after?.date ?? null, path);
}

/** Notes the gaps and the end of the sources that list what a list asks for, where its days [from, to] reach them. */
export async function noteListDays(
  data: Data,
  what: 'Meeting' | 'Meeting.resolutions',
  from: unknown,
  to: unknown,
  path: Array<string | number>,
): Promise<void> {
  const [first, last] = [dayOf(from), dayOf(to)];
  if (!first && !last) return;
  const subject = `The ${what === 'Meeting' ? 'meetings' : 'resolutions'} asked for (${first ? spell(first) : 'any day'} to ${last ? spell(last) : 'any day'})`;
  await noteUncoveredDays(data, what, subject, first, last, path);
}
