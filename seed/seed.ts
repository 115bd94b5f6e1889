// The seed step: verifies every quote against its document, then loads the curated facts (idempotent MERGE).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { storeId } from '../src/ids';
import { PROJECT_ROOT } from '../src/paths';
import { normaliseName, searchTextOf, symbolNumber } from '../src/names';
import type { GraphStore } from '../src/store/graph-store';
import type { QueryName } from '../src/store/queries';
import { withoutNulls } from '../src/store/values';

/** Where the seed lives: seed/ at the project root (also when running from dist/). */
export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** A quote as the seed file gives it. */
export interface SeedEvidence {
  doc: string;
  quote: string;
  start: number;
  end: number;
}

interface Linked {
  actor: string;
  evidence: SeedEvidence[];
}

/** The shape of seed/facts.json. */
export interface SeedFacts {
  documents: Array<{
    id: string;
    file: string;
    title: string | null;
    publisher: string | null;
    url: string | null;
    publishedOn: string | null;
    publishedNotBefore: string | null;
    note: string | null;
  }>;
  topics: Array<{ key: string; name: string; aliases: string[] }>;
  actors: Array<{ id: string; kind: string; name: string; aliases: string[]; description: string | null; evidence: SeedEvidence[] }>;
  relations: Array<{ from: string; relation: string; to: string; evidence: SeedEvidence[] }>;
  meetings: Array<{
    id: string;
    kind: string;
    title: string | null;
    date: string | null;
    datePrecision: string;
    dateText: string | null;
    symbol: string | null;
    note: string | null;
    participants: string[];
    evidence: SeedEvidence[];
  }>;
  resolutions: Array<{
    number: number;
    year: number;
    title: string | null;
    adoptedOn: string | null;
    adoptedAt: string | null;
    votesFor: number | null;
    votesAgainst: number | null;
    abstentions: number | null;
    unanimous: boolean | null;
    cosponsorCount: number | null;
    chapter: string | null;
    note: string | null;
    evidence: SeedEvidence[];
    drafters: Linked[];
    targets: Linked[];
    topics: Array<{ topic: string; evidence: SeedEvidence[] }>;
    recalls: Array<{ number: number; year: number; relation: string; evidence: SeedEvidence[] }>;
  }>;
  statements: Array<{ id: string; speaker: string; meeting: string | null; direct: boolean; quote: string; evidence: SeedEvidence[] }>;
  allegations: Array<{
    id: string;
    summary: string;
    claimant: string;
    status: string;
    statedOn: string | null;
    statedOnPrecision: string;
    note: string | null;
    named: Array<{ actor: string; role: string }>;
    topics: string[];
    evidence: SeedEvidence[];
  }>;
}

/** The seed is inconsistent; the message lists every bad entry by its path in facts.json. */
export class SeedError extends Error {}

/** Reads seed/facts.json and the document texts (byte-for-byte, UTF-8). */
export function readSeed(dir: string = SEED_DIR): { facts: SeedFacts; texts: Map<string, string> } {
  const facts = JSON.parse(fs.readFileSync(path.join(dir, 'facts.json'), 'utf8')) as SeedFacts;
  const texts = new Map<string, string>();
  for (const doc of facts.documents) texts.set(doc.id, fs.readFileSync(path.join(dir, 'documents', doc.file), 'utf8'));
  return { facts, texts };
}

function isEvidence(value: unknown): value is SeedEvidence {
  return typeof value === 'object' && value !== null && 'quote' in value && 'doc' in value;
}

/** Checks every quote: its document exists and `text.slice(start, end) === quote`; every reference resolves. */
export function verifySeed(facts: SeedFacts, texts: Map<string, string>): void {
  const problems: string[] = [];
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (isEvidence(value)) {
      const text = texts.get(value.doc);
      if (text === undefined) problems.push(`${where}: unknown document "${value.doc}"`);
      else if (!Number.isInteger(value.start) || !Number.isInteger(value.end) || value.end - value.start !== value.quote.length) {
        problems.push(`${where}: start/end do not fit the quote "${value.quote.slice(0, 60)}"`);
      } else if (text.slice(value.start, value.end) !== value.quote) {
        const found = text.indexOf(value.quote);
        problems.push(
          `${where}: quote "${value.quote.slice(0, 60)}" is not at ${value.start}-${value.end} of ${value.doc}` +
            (found >= 0 ? ` (it is at ${found})` : ' (not in the text)'),
        );
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    }
  };
  walk(facts, '$');
  const actors = new Set(facts.actors.map((a) => a.id));
  const topics = new Set(facts.topics.map((t) => t.key));
  const meetings = new Set(facts.meetings.map((m) => m.id));
  const needActor = (id: string, where: string) => actors.has(id) || problems.push(`${where}: unknown actor "${id}"`);
  facts.relations.forEach((r, i) => (needActor(r.from, `$.relations[${i}].from`), needActor(r.to, `$.relations[${i}].to`)));
  facts.meetings.forEach((m, i) => m.participants.forEach((p) => needActor(p, `$.meetings[${i}].participants`)));
  facts.statements.forEach((s, i) => {
    needActor(s.speaker, `$.statements[${i}].speaker`);
    if (s.meeting !== null && !meetings.has(s.meeting)) problems.push(`$.statements[${i}].meeting: unknown meeting "${s.meeting}"`);
  });
  facts.allegations.forEach((a, i) => {
    needActor(a.claimant, `$.allegations[${i}].claimant`);
    a.named.forEach((n, j) => needActor(n.actor, `$.allegations[${i}].named[${j}]`));
    a.topics.forEach((t) => topics.has(t) || problems.push(`$.allegations[${i}].topics: unknown topic "${t}"`));
    if (a.evidence.length === 0) problems.push(`$.allegations[${i}]: no evidence`);
  });
  facts.resolutions.forEach((r, i) => {
    [...r.drafters, ...r.targets].forEach((d) => needActor(d.actor, `$.resolutions[${i}]`));
    r.topics.forEach((t) => topics.has(t.topic) || problems.push(`$.resolutions[${i}].topics: unknown topic "${t.topic}"`));
    if (r.adoptedAt !== null && !meetings.has(r.adoptedAt)) problems.push(`$.resolutions[${i}].adoptedAt: unknown meeting "${r.adoptedAt}"`);
  });
  if (problems.length > 0) throw new SeedError(`The seed has ${problems.length} bad entr${problems.length === 1 ? 'y' : 'ies'}:\n  ${problems.join('\n  ')}`);
}

const evidenceId = (e: SeedEvidence) => storeId('Evidence', `${e.doc}:${e.start}-${e.end}`);
const evidenceIds = (list: SeedEvidence[]) => list.map(evidenceId);
const resolutionId = (n: number) => storeId('Resolution', n);

/** The write batches of the seed, in load order. */
export function buildSeedBatches(facts: SeedFacts, texts: Map<string, string>): Array<[QueryName, Array<Record<string, unknown>>]> {
  const allEvidence = new Map<string, SeedEvidence>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isEvidence(value)) allEvidence.set(evidenceId(value), value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(facts);
  const actorId = (id: string) => storeId('Actor', id);
  const meetingId = (id: string) => storeId('Meeting', id);
  const topicId = (key: string) => storeId('Topic', key);

  const resolutions = new Map<number, Record<string, unknown>>();
  for (const r of facts.resolutions) {
    for (const c of r.recalls)
      if (!resolutions.has(c.number)) resolutions.set(c.number, { id: resolutionId(c.number), props: resolutionProps(c.number, c.year, {}) });
  }
  for (const r of facts.resolutions) {
    const { number, year, title, adoptedOn, votesFor, votesAgainst, abstentions, unanimous, cosponsorCount, chapter, note } = r;
    resolutions.set(number, {
      id: resolutionId(number),
      props: resolutionProps(number, year, {
        title,
        adoptedOn,
        votesFor,
        votesAgainst,
        abstentions,
        unanimous,
        cosponsorCount,
        chapter,
        note,
        evidence: evidenceIds(r.evidence),
      }),
    });
  }

  return [
    [
      'upsert-documents',
      facts.documents.map((d) => {
        const text = texts.get(d.id) ?? '';
        const { id, ...rest } = d;
        return {
          id: storeId('Document', id),
          props: withoutNulls({
            ...rest,
            text,
            nameKey: normaliseName(d.title ?? d.file),
            searchText: searchTextOf([d.title, d.publisher, text]),
            sourceKind: d.publisher?.startsWith('United Nations') ? 'OFFICIAL_DOCUMENT' : 'ARTICLE',
            covers: documentCovers(facts, id),
            coverageFrom: d.publishedOn ?? d.publishedNotBefore,
            coverageTo: d.publishedOn ?? d.publishedNotBefore,
          }),
        };
      }),
    ],
    [
      'upsert-evidence',
      [...allEvidence.entries()].map(([id, e]) => ({ id, documentId: storeId('Document', e.doc), quote: e.quote, start: e.start, end: e.end })),
    ],
    [
      'upsert-actors',
      facts.actors.map((a) => ({
        id: actorId(a.id),
        props: withoutNulls({
          kind: a.kind,
          name: a.name,
          aliases: a.aliases,
          description: a.description,
          evidence: evidenceIds(a.evidence),
          nameKey: normaliseName(a.name),
          searchText: searchTextOf([a.name, ...a.aliases, a.description]),
        }),
      })),
    ],
    [
      'upsert-actor-names',
      facts.actors.flatMap((a) => [a.name, ...a.aliases].map((text) => ({ actorId: actorId(a.id), key: normaliseName(text), text, source: 'seed' }))),
    ],
    [
      'upsert-topics',
      facts.topics.map((t) => ({ id: topicId(t.key), key: t.key, name: t.name, aliases: t.aliases, aliasKeys: [t.name, ...t.aliases].map(normaliseName) })),
    ],
    [
      'upsert-meetings',
      facts.meetings.map((m) => ({
        id: meetingId(m.id),
        props: withoutNulls({
          kind: m.kind,
          title: m.title,
          date: m.date,
          datePrecision: m.datePrecision,
          dateText: m.dateText,
          symbol: m.symbol,
          note: m.note,
          evidence: evidenceIds(m.evidence),
          nameKey: normaliseName(m.symbol ?? m.title ?? m.id),
          symbolNumber: symbolNumber(m.symbol),
          searchText: searchTextOf([m.title, m.symbol, m.kind]),
        }),
      })),
    ],
    ['upsert-resolutions', [...resolutions.values()]],
    [
      'upsert-statements',
      facts.statements.map((s) => ({ id: storeId('Statement', s.id), props: { quote: s.quote, direct: s.direct }, evidence: evidenceIds(s.evidence) })),
    ],
    [
      'upsert-allegations',
      facts.allegations.map((a) => ({
        id: storeId('Allegation', a.id),
        props: withoutNulls({
          summary: a.summary,
          status: a.status,
          statedOn: a.statedOn,
          statedOnPrecision: a.statedOnPrecision,
          note: a.note,
          evidence: evidenceIds(a.evidence),
          nameKey: normaliseName(a.summary),
          searchText: searchTextOf([a.summary, ...a.evidence.map((e) => e.quote)]),
        }),
      })),
    ],
    [
      'link-actor-relations',
      facts.relations.map((r) => ({ fromId: actorId(r.from), toId: actorId(r.to), relation: r.relation, evidence: evidenceIds(r.evidence) })),
    ],
    [
      'link-meeting-participants',
      facts.meetings.flatMap((m) => m.participants.map((p) => ({ actorId: actorId(p), meetingId: meetingId(m.id), evidence: evidenceIds(m.evidence) }))),
    ],
    [
      'link-resolution-meetings',
      facts.resolutions
        .filter((r) => r.adoptedAt !== null)
        .map((r) => ({ resolutionId: resolutionId(r.number), meetingId: meetingId(r.adoptedAt ?? ''), evidence: evidenceIds(r.evidence.slice(0, 2)) })),
    ],
    [
      'link-resolution-drafters',
      facts.resolutions.flatMap((r) =>
        r.drafters.map((d) => ({ actorId: actorId(d.actor), resolutionId: resolutionId(r.number), evidence: evidenceIds(d.evidence) })),
      ),
    ],
    [
      'link-resolution-targets',
      facts.resolutions.flatMap((r) =>
        r.targets.map((d) => ({ actorId: actorId(d.actor), resolutionId: resolutionId(r.number), evidence: evidenceIds(d.evidence) })),
      ),
    ],
    [
      'link-resolution-recalls',
      facts.resolutions.flatMap((r) =>
        r.recalls.map((c) => ({ fromId: resolutionId(r.number), toId: resolutionId(c.number), relation: c.relation, evidence: evidenceIds(c.evidence) })),
      ),
    ],
    [
      'link-topics',
      [
        ...facts.resolutions.flatMap((r) =>
          r.topics.map((t) => ({ fromId: resolutionId(r.number), topicId: topicId(t.topic), evidence: evidenceIds(t.evidence) })),
        ),
        ...facts.allegations.flatMap((a) =>
          a.topics.map((t) => ({ fromId: storeId('Allegation', a.id), topicId: topicId(t), evidence: evidenceIds(a.evidence) })),
        ),
      ],
    ],
    [
      'link-statement-speakers',
      facts.statements.map((s) => ({ statementId: storeId('Statement', s.id), speakerId: actorId(s.speaker), evidence: evidenceIds(s.evidence) })),
    ],
    [
      'link-statement-meetings',
      facts.statements
        .filter((s) => s.meeting !== null)
        .map((s) => ({ statementId: storeId('Statement', s.id), meetingId: meetingId(s.meeting ?? ''), evidence: evidenceIds(s.evidence) })),
    ],
    [
      'link-allegation-claimants',
      facts.allegations.map((a) => ({ allegationId: storeId('Allegation', a.id), actorId: actorId(a.claimant), evidence: evidenceIds(a.evidence) })),
    ],
    [
      'link-allegation-named',
      facts.allegations.flatMap((a) =>
        a.named.map((n) => ({ allegationId: storeId('Allegation', a.id), actorId: actorId(n.actor), role: n.role, evidence: evidenceIds(a.evidence) })),
      ),
    ],
    [
      'mark-coverage',
      [
        ...facts.resolutions.map((r) => ({
          id: resolutionId(r.number),
          coverage: [
            ...coverageOf(
              'recalls',
              r.recalls.flatMap((c) => c.evidence),
            ),
            ...coverageOf(
              'drafters',
              r.drafters.flatMap((d) => d.evidence),
            ),
            ...coverageOf(
              'targets',
              r.targets.flatMap((d) => d.evidence),
            ),
          ],
        })),
        ...facts.meetings.filter((m) => m.participants.length > 0).map((m) => ({ id: meetingId(m.id), coverage: coverageOf('participants', m.evidence) })),
      ],
    ],
  ];
}

/**
 * Coverage entries ('<field>|<document id>') for a list the seed gives: its sources are the documents its
 * evidence quotes. A list the seed leaves empty is one no seed document covers (unknown, not none).
 */
function coverageOf(field: string, evidence: SeedEvidence[]): string[] {
  return [...new Set(evidence.map((e) => `${field}|${storeId('Document', e.doc)}`))];
}

/** What the seed cites each document for (the kinds of fact quoting it). */
function documentCovers(facts: SeedFacts, doc: string): string[] {
  // Evidence sits at any depth of a fact (a resolution's recalls, an allegation's named actors…).
  const cites = (value: unknown): boolean =>
    isEvidence(value)
      ? value.doc === doc
      : Array.isArray(value)
        ? value.some(cites)
        : typeof value === 'object' && value !== null && Object.values(value).some(cites);
  const kinds: Array<[string, unknown[]]> = [
    ['actors', facts.actors],
    ['meetings', facts.meetings],
    ['resolutions', facts.resolutions],
    ['statements', facts.statements],
    ['allegations', facts.allegations],
  ];
  return kinds.filter(([, list]) => cites(list)).map(([kind]) => kind);
}

function resolutionProps(number: number, year: number, extra: Record<string, unknown>): Record<string, unknown> {
  const symbol = `S/RES/${number} (${year})`;
  return withoutNulls({
    number,
    year,
    symbol,
    ...extra,
    nameKey: normaliseName(symbol),
    searchText: searchTextOf([symbol, `resolution ${number}`, extra.title as string | null]),
  });
}

/** What a seed run wrote, by query. */
export type SeedSummary = Record<string, number>;

/** A fingerprint of the seed (facts and texts), stored with the completion marker. */
export function seedHash(facts: SeedFacts, texts: Map<string, string>): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(facts))
    .update(JSON.stringify([...texts.entries()]))
    .digest('hex')
    .slice(0, 16);
}

/** Verifies and loads the seed into the store, then marks it complete. Safe to run again: MERGE changes no counts. */
export async function runSeed(store: GraphStore, dir: string = SEED_DIR): Promise<SeedSummary> {
  const { facts, texts } = readSeed(dir);
  verifySeed(facts, texts);
  const summary: SeedSummary = {};
  for (const [query, rows] of buildSeedBatches(facts, texts)) {
    if (rows.length === 0) continue;
    const result = await store.write<{ count: number }>(query, { rows });
    summary[query] = result[0]?.count ?? 0;
  }
  await store.write('mark-seed-complete', { at: new Date().toISOString(), hash: seedHash(facts, texts) });
  return summary;
}

/** True when the seed has not finished loading (never started, interrupted, or changed since). */
export async function needsSeed(store: GraphStore, dir: string = SEED_DIR): Promise<boolean> {
  const rows = await store.read<{ seededAt: string | null; hash: string | null }>('find-seed-status');
  if (!rows[0]?.seededAt) return true;
  const { facts, texts } = readSeed(dir);
  return rows[0].hash !== seedHash(facts, texts);
}
