// Importer for the UN sanctions list XML (consolidated list, and the 2015 Al-Qaida list): entries as
// source records resolved to actors, aliases with their quality, and relations stated in the comments.
import { XMLParser } from 'fast-xml-parser';
import { normaliseName, searchTextOf } from '../names';
import type { GraphStore } from '../store/graph-store';
import { findCandidates, findRecordActors, resolveRecord, splitAliasString, type SourceName } from './entity-resolver';
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

const REF_IN_TEXT = /\b(QD[ie]\.\d{3,}|Q[IE]\.[A-Z]\.\d+\.\d+\.?)/g;

/** The relation a sentence states about the entries it names. */
export function relationOf(sentence: string): string {
  const s = sentence.toLowerCase().trim();
  if (/previously (associated|listed)|separated from|formerly|former /.test(s)) return 'FORMERLY_ASSOCIATED_WITH';
  if (/^(the )?(senior )?(leader|head|emir|commander|founder and leader|chief) of\b/.test(s)) return 'LEADER_OF';
  if (/\bits (leader|emir|head|founder)\b|\bled by\b/.test(s)) return 'LED_BY';
  if (/^(co-)?found(ed|er)\b/.test(s)) return 'FOUNDED';
  if (/^(a |senior )?member of\b|\bjoined\b/.test(s)) return 'MEMBER_OF';
  if (/listed as|as an aka of|alias of/.test(s)) return 'LISTED_AS';
  if (/financ|fund(s|ing|ed)\b|donat|money/.test(s)) return 'FINANCIAL_LINK';
  if (/associat|affiliat|linked|aligned|support|leader/.test(s)) return 'ASSOCIATED_WITH';
  return 'MENTIONS';
}

/** Sentences of a text with their offsets. */
export function sentencesOf(body: string, offset: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /[^.]*?(?:\([^)]*\)[^.]*?)*(?:\.(?=\s|$)|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) out.push({ text: trimmed, start: offset + m.index + lead, end: offset + m.index + lead + trimmed.length });
  }
  return out;
}

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
    names: SourceName[];
    aliasTexts: string[];
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
    const names: SourceName[] = [{ text: name, quality: 'primary' }];
    const aliasTexts: string[] = [];
    const originalScript = text(parsed.NAME_ORIGINAL_SCRIPT) || null;
    if (originalScript) names.push({ text: originalScript, quality: 'original-script' });
    for (const alias of ((parsed[`${block[1]}_ALIAS`] as Xml[] | undefined) ?? []).filter((a) => a && typeof a === 'object')) {
      const quality = text(alias.QUALITY) || 'a.k.a.';
      const aliasName = text(alias.ALIAS_NAME);
      if (!aliasName) continue;
      aliasTexts.push(`${aliasName} [${quality}]`);
      for (const part of splitAliasString(aliasName)) names.push({ text: part, quality });
      const note = text(alias.NOTE);
      const inNote = /^\(([^)]*)\)/.exec(note);
      if (inNote) for (const part of inNote[1]!.split(';')) if (part.trim()) names.push({ text: part.trim(), quality });
    }
    const listedOn = text(parsed.LISTED_ON).slice(0, 10) || null;
    const commentsTag = /<COMMENTS1>([\s\S]*?)<\/COMMENTS1>/.exec(raw);
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
      names.push({ actorId, key, text: n.text, source: `${e.recordId} [${n.quality}]` });
    }
  }

  // Relations stated in the comments, each with its sentence as evidence.
  const unresolved = new Set<string>();
  const relationCandidates: Array<{ from: string; ref: string; relation: string; start: number; end: number }> = [];
  for (const e of entries) {
    if (!e.comments) continue;
    for (const sentence of sentencesOf(e.comments.text, e.comments.start)) {
      for (const m of sentence.text.matchAll(REF_IN_TEXT)) {
        const ref = permanentReference(m[1]!);
        if (ref === e.permanent) continue;
        relationCandidates.push({ from: e.permanent, ref, relation: relationOf(sentence.text), start: sentence.start, end: sentence.end });
        if (!actorByRef.has(ref)) unresolved.add(ref);
      }
    }
  }
  if (unresolved.size > 0) {
    const found = await store.read<{ ref: string; actorId: string }>('find-actors-by-sanction-reference', { refs: [...unresolved] });
    for (const r of found) actorByRef.set(r.ref, r.actorId);
  }
  const relations = new Map<string, { fromId: string; toId: string; relation: string; evidence: string[] }>();
  for (const c of relationCandidates) {
    const fromId = actorByRef.get(c.from);
    const toId = actorByRef.get(c.ref);
    if (!fromId || !toId || fromId === toId) continue;
    const ev = evidenceRow(source, c.start, c.end);
    evidence.push(ev);
    const key = `${fromId}|${c.relation}|${toId}`;
    const existing = relations.get(key);
    if (existing) existing.evidence.push(ev.id);
    else relations.set(key, { fromId, toId, relation: c.relation, evidence: [ev.id] });
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
            coverage: { covers: ['sanctions list entries', 'names and aliases', 'relations stated in the entries'], from: listDate, to: listDate },
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
