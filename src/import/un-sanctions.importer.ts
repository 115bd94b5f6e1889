// Importer for the UN sanctions list XML (consolidated list, and the 2015 Al-Qaida list): entries as
// source records resolved to actors, aliases with their quality and kind, and the relations and dated events stated in
// the comments, read by the rules in src/text/ (each with its sentence as evidence).
import { XMLParser } from 'fast-xml-parser';
import { normaliseName, searchTextOf } from '../names';
import type { GraphStore } from '../store/graph-store';
import { readAliasEntry } from '../text/alias-rules';
import { readAliases, readEvents, readRelations, type ReadEvent } from '../text/relation-rules';
import { splitSentences } from '../text/sentences';
import { findCandidates, findRecordActors, resolveRecord, type SourceName } from './entity-resolver';
import type { ImportProblem } from './import.types';
import { documentChunkRows, evidenceRow, sourceDocumentRow, type SourceFile } from './source-document';
import type { ImportPlan } from './un-meetings.importer';
import { titleCase } from './un-votes.importer';

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['VALUE', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS'].includes(name),
});

type Xml = Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const values = (v: unknown): string[] =>
  v && typeof v === 'object' && Array.isArray((v as Xml).VALUE) ? ((v as Xml).VALUE as unknown[]).map(text).filter(Boolean) : [];

/** "QE.J.115.04." → "QDe.115", "QI.A.12.01." → "QDi.012"; new references are kept. */
export function permanentReference(ref: string): string {
  const old = /^Q([IE])\.[A-Z]\.(\d+)\.\d+\.?$/.exec(ref.trim());
  if (old) return `QD${old[1] === 'I' ? 'i' : 'e'}.${old[2]!.padStart(3, '0')}`;
  return ref.trim().replace(/\.$/, '');
}

/** XML text as read: the five named entities and numeric references decoded. */
export function decodeXmlText(raw: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return raw.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu, (whole, hex?: string, dec?: string, name?: string) => {
    if (name) return named[name.toLowerCase()] ?? whole;
    const code = Number.parseInt(hex ?? dec ?? '', hex ? 16 : 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Sentences of the comments, as spans of the source file (UTF-16 offsets) with their decoded text. */
export function commentSentences(source: string, start: number, end: number): Array<{ text: string; start: number; end: number }> {
  return splitSentences(source, start, end).map((s) => ({ text: decodeXmlText(source.slice(s.start, s.end)), start: s.start, end: s.end }));
}

/** The ISO date a relation or event carries, with its precision (null when the sentence gives none). */
const dateProps = (prefix: string, date: { value: string; precision: string } | null) =>
  date ? { [prefix]: date.value, [`${prefix}Precision`]: date.precision } : {};

/** Plans a sanctions-list import. */
export async function planSanctionsImport(store: GraphStore, source: SourceFile): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  const generated = /<CONSOLIDATED_LIST[^>]*dateGenerated=['"]([^'"]+)['"]/.exec(source.text);
  if (!generated) throw new Error('not a UN sanctions list');
  const listDate = generated[1]!.slice(0, 10);

  interface Entry {
    ref: string;
    permanent: string;
    type: 'individual' | 'entity';
    name: string;
    names: Array<SourceName & { kind?: string }>;
    aliasTexts: string[];
    /** What each sentence of the comments states: relations to other parties and the subject's dated events. */
    statements: Array<{ start: number; end: number; relations: ReturnType<typeof readRelations>; events: ReadEvent[] }>;
    regime: string;
    listedOn: string | null;
    originalScript: string | null;
    nationality: string[];
    comments: { text: string; start: number } | null;
    evidenceId: string;
    recordId: string;
  }
  const entries: Entry[] = [];
  const evidence: Array<Record<string, unknown>> = [];
  let rows = 0;
  const lineAt = (index: number) => source.text.slice(0, index).split('\n').length;

  for (const block of source.text.matchAll(/<(INDIVIDUAL|ENTITY)>[\s\S]*?<\/\1>/g)) {
    rows++;
    const start = block.index;
    const raw = block[0];
    const bad = (message: string) => problems.push({ file: source.name, line: lineAt(start), message });
    let parsed: Xml;
    try {
      parsed = (parser.parse(raw) as Xml)[block[1]!] as Xml;
    } catch (error) {
      bad(`the entry is not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const ref = text(parsed.REFERENCE_NUMBER);
    const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
      .map((k) => text(parsed[k]))
      .filter(Boolean)
      .join(' ');
    if (!ref) {
      bad('the entry has no REFERENCE_NUMBER');
      continue;
    }
    if (!name) {
      bad(`entry ${ref} has no name`);
      continue;
    }
    const type = block[1] === 'INDIVIDUAL' ? 'individual' : 'entity';
    const names: Array<SourceName & { kind?: string }> = [{ text: name, quality: 'primary' }];
    const aliasTexts: string[] = [];
    const originalScript = text(parsed.NAME_ORIGINAL_SCRIPT) || null;
    if (originalScript) names.push({ text: originalScript, quality: 'original-script' });
    for (const alias of ((parsed[`${block[1]}_ALIAS`] as Xml[] | undefined) ?? []).filter((a) => a && typeof a === 'object')) {
      const quality = text(alias.QUALITY) || 'a.k.a.';
      const aliasName = text(alias.ALIAS_NAME);
      if (!aliasName) continue;
      aliasTexts.push(`${aliasName} [${quality}]`);
      // Markers ("(nom de guerre)", "formerly listed as", "original script: …") give the kind; they are never names.
      for (const read of readAliasEntry(aliasName, text(alias.NOTE))) names.push({ text: read.text, quality, kind: read.kind });
    }
    const listedOn = text(parsed.LISTED_ON).slice(0, 10) || null;
    const commentsTag = /<COMMENTS1>([\s\S]*?)<\/COMMENTS1>/.exec(raw);
    // The comments, sentence by sentence: relations, events, and other names of the subject (kept as weak names).
    const statements: Entry['statements'] = [];
    if (commentsTag) {
      const from = start + commentsTag.index + '<COMMENTS1>'.length;
      const subject = { ref, names: names.map((n) => n.text) };
      for (const sentence of commentSentences(source.text, from, from + commentsTag[1]!.length)) {
        for (const alias of readAliases(sentence.text, subject)) names.push({ text: alias.text, quality: 'Low', kind: `comments, ${alias.kind}` });
        const read = { relations: readRelations(sentence.text, subject, permanentReference), events: readEvents(sentence.text, subject) };
        if (read.relations.length > 0 || read.events.length > 0) statements.push({ start: sentence.start, end: sentence.end, ...read });
      }
    }
    const ev = evidenceRow(source, start, start + raw.length);
    evidence.push(ev);
    const permanent = permanentReference(ref);
    entries.push({
      ref,
      permanent,
      type,
      name,
      names,
      aliasTexts,
      statements,
      regime: text(parsed.UN_LIST_TYPE),
      listedOn: listedOn && /^\d{4}-\d{2}-\d{2}$/.test(listedOn) ? listedOn : null,
      originalScript,
      nationality: values(parsed.NATIONALITY),
      comments: commentsTag ? { text: commentsTag[1]!, start: start + commentsTag.index + '<COMMENTS1>'.length } : null,
      evidenceId: ev.id,
      recordId: `SourceRecord:un-sanctions:${listDate}:${ref}`,
    });
  }

  // Resolve: an entry already known by its permanent reference goes to the same actor; otherwise by name.
  const known = new Map<string, string>();
  const decidedBefore = await findRecordActors(
    store,
    entries.map((e) => e.recordId),
  );
  for (let i = 0; i < entries.length; i += 2000) {
    const rowsFound = await store.read<{ ref: string; actorId: string }>('find-actors-by-sanction-reference', {
      refs: entries.slice(i, i + 2000).map((e) => e.permanent),
    });
    for (const r of rowsFound) known.set(r.ref, r.actorId);
  }
  const candidates = await findCandidates(
    store,
    entries.flatMap((e) => e.names.map((n) => n.text)),
  );
  const actorByRef = new Map<string, string>();
  const actors: Array<Record<string, unknown>> = [];
  const records: Array<Record<string, unknown>> = [];
  const names: Array<Record<string, unknown>> = [];
  const merges: Array<Record<string, unknown>> = [];
  const possibles: Array<Record<string, unknown>> = [];
  for (const e of entries) {
    const kinds = e.type === 'individual' ? ['PERSON'] : ['ORGANIZATION', 'GROUP'];
    const before = decidedBefore.get(e.recordId);
    const byRef = known.get(e.permanent) ?? actorByRef.get(e.permanent);
    const decided = before
      ? { actorId: before, rule: null, reason: null, possible: [] }
      : byRef
        ? { actorId: byRef, rule: 'same-reference', reason: `same UN reference number ${e.permanent}`, possible: [] }
        : resolveRecord(e.names, kinds, candidates);
    const actorId = decided.actorId ?? `Actor:un:${e.permanent}`;
    actorByRef.set(e.permanent, actorId);
    records.push({
      id: e.recordId,
      props: {
        source: 'un-sanctions',
        ref: e.ref,
        referenceNumber: e.ref,
        permanentReference: e.permanent,
        entryType: e.type,
        name: e.name,
        originalScriptName: e.originalScript,
        aliases: e.aliasTexts,
        regime: e.regime,
        listedOn: e.listedOn,
        listDate,
        nationality: e.nationality,
        comments: e.comments?.text ?? null,
      },
      evidence: [e.evidenceId],
    });
    if (decided.actorId === null) {
      const display = titleCase(e.name);
      actors.push({
        id: actorId,
        props: {
          kind: e.type === 'individual' ? 'PERSON' : 'ORGANIZATION',
          name: display,
          description: `UN sanctions list entry ${e.permanent} (${e.regime})`,
          nameKey: normaliseName(display),
          searchText: searchTextOf([display, ...e.names.map((n) => n.text)]),
        },
        evidence: [e.evidenceId],
      });
    }
    merges.push({
      recordId: e.recordId,
      actorId,
      rule: decided.rule ?? 'new-actor',
      reason: decided.reason ?? 'no actor matched on a strong name: a new actor was made for the entry',
    });
    for (const p of decided.possible) possibles.push({ recordId: e.recordId, ...p });
    const seen = new Set<string>();
    for (const n of e.names) {
      const key = normaliseName(n.text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      names.push({ actorId, key, text: n.text, source: `${e.recordId} [${n.quality}${n.kind && n.kind !== 'ALIAS' ? `, ${n.kind}` : ''}]` });
    }
  }

  // Relations stated in the comments, each with its sentence as evidence: the party by its list reference, or else by a
  // name that exactly one actor has.
  const unresolved = new Set<string>();
  const unnamed = new Set<string>();
  for (const e of entries) {
    for (const st of e.statements) {
      for (const r of st.relations) {
        if (r.objectRef && !actorByRef.has(permanentReference(r.objectRef))) unresolved.add(permanentReference(r.objectRef));
        if (!r.objectRef) unnamed.add(r.object);
      }
    }
  }
  if (unresolved.size > 0) {
    const found = await store.read<{ ref: string; actorId: string }>('find-actors-by-sanction-reference', { refs: [...unresolved] });
    for (const r of found) actorByRef.set(r.ref, r.actorId);
  }
  const byName = new Map<string, Set<string>>();
  for (const n of names) {
    const ids = byName.get(String(n.key)) ?? new Set<string>();
    ids.add(String(n.actorId));
    byName.set(String(n.key), ids);
  }
  for (const [key, found] of await findCandidates(store, unnamed)) {
    const ids = byName.get(key) ?? new Set<string>();
    for (const c of found) ids.add(c.actorId);
    byName.set(key, ids);
  }
  const actorNamed = (name: string) => {
    const ids = byName.get(normaliseName(name));
    return ids && ids.size === 1 ? [...ids][0]! : null;
  };
  const relations = new Map<string, Record<string, unknown> & { evidence: string[] }>();
  const eventsByRecord = new Map<string, Array<{ event: ReadEvent; evidenceId: string }>>();
  for (const e of entries) {
    const fromId = actorByRef.get(e.permanent);
    for (const st of e.statements) {
      const ev = evidenceRow(source, st.start, st.end);
      evidence.push(ev);
      const events = eventsByRecord.get(e.recordId) ?? [];
      for (const event of st.events) events.push({ event, evidenceId: ev.id });
      eventsByRecord.set(e.recordId, events);
      for (const r of st.relations) {
        const toId = r.objectRef ? actorByRef.get(permanentReference(r.objectRef)) : actorNamed(r.object);
        if (!fromId || !toId || fromId === toId) continue;
        const key = `${fromId}|${r.type}|${toId}`;
        const existing = relations.get(key);
        if (existing) {
          if (!existing.evidence.includes(ev.id)) existing.evidence.push(ev.id);
          continue;
        }
        relations.set(key, { fromId, toId, relation: r.type, evidence: [ev.id], ...dateProps('since', r.since), ...dateProps('until', r.until) });
      }
    }
  }
  // The subject's dated events go on its record, as parallel lists (type, ISO date or '', precision or '', evidence).
  for (const record of records) {
    const events = eventsByRecord.get(String(record.id)) ?? [];
    Object.assign(record.props as Record<string, unknown>, {
      eventTypes: events.map((x) => x.event.type),
      eventDates: events.map((x) => x.event.date?.value ?? ''),
      eventDatePrecisions: events.map((x) => x.event.date?.precision ?? ''),
      eventEvidence: events.map((x) => x.evidenceId),
    });
  }

  return {
    rows,
    loaded: entries.length,
    problems,
    batches: [
      [
        'upsert-documents',
        [
          sourceDocumentRow(source, {
            title: `UN Security Council sanctions list (generated ${listDate})`,
            publisher: 'United Nations Security Council',
            url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
            publishedOn: listDate,
            coverage: {
              covers: ['sanctions list entries', 'names and aliases', 'relations stated in the entries', 'dated events stated in the entries'],
              from: listDate,
              to: listDate,
            },
          }),
        ],
      ],
      ['upsert-document-chunks', documentChunkRows(source)],
      ['upsert-evidence', evidence],
      ['upsert-actors', actors],
      ['upsert-source-records', records],
      ['upsert-actor-names', names],
      ['link-source-records', merges],
      ['link-possible-matches', possibles],
      ['link-actor-relations', [...relations.values()]],
    ],
  };
}
