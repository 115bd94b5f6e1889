// Search: the engine's full-text index (BM25), the query expanded with aliases and topic names, named entities pinned first.
import escapeHtml from 'escape-html';
import type { Data } from './data';
import { decodeCursor, encodeCursor } from '../cursor';
import { BadUserInputError } from '../errors';
import { normaliseName } from '../names';
import { findActorKeysByName } from './actor.repo';
import { actorNodes } from './nodes';
import { connectionOf, type PageInfoRecord } from './connection';
import { ENTITY_NODES, loadEntity } from './graph.repo';
import { meetingBySymbol } from './meeting.repo';
import { resolutionByNumber } from './resolution.repo';
import { allTopics } from './topic.repo';
import type { AnyRecord, TopicRecord } from './records';
import { loadPresent, readFilling } from './loaders';

/** The kinds of entity search returns. */
export const SEARCH_TYPES = ['Actor', 'Resolution', 'Meeting', 'Document', 'Allegation'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A matching passage of a field, the matched words in <mark>…</mark> (the rest HTML-escaped). */
export interface HighlightRecord {
  field: string;
  snippet: string;
}

export interface SearchHit {
  cursor: string;
  score: number;
  node: AnyRecord;
  highlights: HighlightRecord[];
}

/** A page of search hits, as a connection. */
export interface SearchPage {
  edges: SearchHit[];
  pageInfo: PageInfoRecord;
}

/** Most hits one search ranks (pages walk through them). */
const MAX_RANKED = 500;

/** The resolution or meeting a text names outright: "2199", "resolution 2199", "S/RES/2199 (2015)", "S/PV.7587". */
async function namedEntity(ctx: Data, text: string): Promise<string | null> {
  const t = text.trim();
  const resolution = /^(?:(?:s\s*\/\s*res\s*\/\s*)|(?:resolution\s+))?(\d{1,5})(?:\s*\(\s*\d{4}\s*\))?$/i.exec(t);
  // Number 0 names no resolution (resolutionByNumber would refuse it).
  if (resolution) return Number(resolution[1]) >= 1 ? ((await resolutionByNumber(ctx, Number(resolution[1])))?.key ?? null) : null;
  const meeting = /^s\s*\/\s*pv\s*\.?\s*(\d{1,6})$/i.exec(t);
  if (meeting) return (await meetingBySymbol(ctx, `S/PV.${meeting[1]}`))?.key ?? null;
  return null;
}

/** Words both full-text indexes leave out (English stop words), so they are neither searched nor marked: "Islamic State of Iraq and the Levant" adds no "of". */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

/** What a search text asks for: its own words (with every name of the actors it names), the words its topics add, and those topics. */
interface QueryWords {
  /** The text's own content words and every name of the actors it names ("ISIL" → ISIS, Da’esh…). */
  direct: string[];
  /** Those and every name of the topics it names ("looted antiquities" → antiquities, cultural heritage…). */
  all: string[];
  /** The store ids of the topics the text names by key, name or alias. */
  topicIds: string[];
}

/** The content words of some normalised names (stop words left out: neither searched nor marked). */
function contentWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) for (const w of name.split(' ')) if (w.length > 0 && !STOP_WORDS.has(w)) words.add(w);
  return [...words];
}

/** The words to search for: the text's own, plus every name of a topic or actor the text names. */
async function queryWords(ctx: Data, key: string): Promise<QueryWords> {
  const padded = ` ${key} `;
  const [topics, actorIds] = await Promise.all([allTopics(ctx), findActorKeysByName(ctx.store, key)]);
  const named = topics.filter((topic) => topicNames(topic).some((n) => n !== '' && padded.includes(` ${n} `)));
  const actorNames = (await loadPresent(ctx.loaders, actorNodes, actorIds.slice(0, 3))).flatMap((a) => [a.name, ...a.aliases].map(normaliseName));
  const direct = contentWords([key, ...actorNames]);
  const own = direct.length > 0 ? direct : key.split(' ');
  const all = [...new Set([...own, ...contentWords(named.flatMap(topicNames))])];
  return { direct: own, all, topicIds: named.map((t) => t.key) };
}

/** A topic's key, name and aliases, normalised. */
function topicNames(topic: TopicRecord): string[] {
  return [normaliseName(topic.topicKey), normaliseName(topic.name), ...topic.aliasKeys];
}

/** The passage of `text` around its first matching word (about `width` characters, cut at word boundaries), matching words marked. */
export function highlight(text: string, words: ReadonlySet<string>, width = 160): string | null {
  const tokens = [...text.matchAll(/[\p{L}\p{N}'’]+/gu)];
  const hits = tokens.filter((m) => words.has(normaliseName(m[0])));
  const first = hits[0];
  if (!first) return null;
  // The window starts at the start of a word (never inside one) and ends at the end of one.
  let from = Math.max(0, first.index - Math.floor(width / 3));
  const cut = tokens.find((m) => m.index + m[0].length > from);
  if (cut && cut.index <= first.index) from = cut.index;
  let to = Math.min(text.length, from + width);
  const last = tokens.find((m) => m.index < to && m.index + m[0].length > to);
  if (last && last.index >= first.index + first[0].length) to = last.index;
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const m of hits) {
    if (m.index < from || m.index + m[0].length > to) continue;
    out += escapeHtml(text.slice(at, m.index)) + '<mark>' + escapeHtml(m[0]) + '</mark>';
    at = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(at, to).trimEnd()) + (to < text.length ? '…' : '');
}

/** The fields of an entity that a highlight can come from, in display order. */
function textFields(node: AnyRecord): Array<[string, string | null | undefined]> {
  switch (node.__typename) {
    case 'Actor':
      return [['name', node.name], ...node.aliases.map((a): [string, string] => ['aliases', a]), ['description', node.description]];
    case 'Resolution':
      return [
        ['symbol', node.symbol],
        ['title', node.title],
        ['agendaItem', node.agendaItem],
      ];
    case 'Meeting':
      return [['symbol', node.symbol], ['title', node.title], ...node.agenda.map((a): [string, string] => ['agenda', a])];
    case 'Document':
      return [
        ['title', node.title],
        ['publisher', node.publisher],
      ];
    case 'Allegation':
      return [['summary', node.summary]];
    default:
      return [];
  }
}

/** The full-text hits, their entities loaded with them into this request's loaders (loaders.readFilling). */
function searchLoadingHits(ctx: Data, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
  return readFilling(
    ctx,
    'search-entities',
    params,
    SEARCH_TYPES.map((type) => ({ spec: ENTITY_NODES[type], when: ['label', type] as const })),
  );
}

/** A full-text hit, or a resolution, meeting or allegation about a topic the text names (score 0 unless its text matched too). */
interface HitRow {
  id: string;
  label: string;
  score: number;
  /** The topics the text names that it is about. */
  topicIds: string[];
}

/** Fewest hits a search ranks from each index query, so that the first pages of one search rank the same pool. */
const MIN_POOL = 50;

/**
 * One ranking of the hits: BM25 of the expanded words on the hit's own text, plus a topic match (the best BM25 score
 * of the search) for a resolution, meeting or allegation about a topic the text names. A hit that matches neither
 * the text's own words nor its actors' names (it is not among `direct`), only words a topic added, and is not about
 * a named topic ranks below every other hit, its score scaled under the lowest of theirs. Best first, ties by id.
 */
export function rankHits(direct: readonly HitRow[], expanded: readonly HitRow[]): HitRow[] {
  const best = new Map<string, HitRow>();
  for (const r of [...direct, ...expanded]) {
    const seen = best.get(r.id);
    best.set(r.id, seen ? { ...seen, score: Math.max(seen.score, r.score), topicIds: [...new Set([...seen.topicIds, ...r.topicIds])] } : r);
  }
  const topicMatch = Math.max(1e-3, ...[...best.values()].map((r) => r.score));
  const isDirect = new Set(direct.map((r) => r.id));
  const first: HitRow[] = [];
  const rest: HitRow[] = [];
  for (const r of best.values()) {
    if (r.topicIds.length > 0) first.push({ ...r, score: r.score + topicMatch });
    else (isDirect.has(r.id) ? first : rest).push(r);
  }
  const byScore = (a: HitRow, b: HitRow) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  first.sort(byScore);
  rest.sort(byScore);
  const floor = first.length > 0 ? first[first.length - 1]!.score : Infinity;
  const top = rest[0]?.score ?? 0;
  const scale = top > 0 && top >= floor ? (floor / top) * 0.5 : 1;
  return [...first, ...rest.map((r) => ({ ...r, score: r.score * scale }))];
}

/** Ranked hits for `text`, one page (`first` 1–50, default 10; `after` a cursor of an earlier page). */
export async function search(
  ctx: Data,
  text: string,
  types: SearchType[] | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<SearchPage> {
  if (text.length > 200) throw new BadUserInputError('Search text is longer than 200 characters', { argumentName: 'text' });
  const key = normaliseName(text);
  if (key.length < 2) throw new BadUserInputError('Search text needs at least two letters or digits', { argumentName: 'text' });
  const limit = first ?? 10; // 1–50: checked on the argument (SearchFirstArgs)
  const offset = after ? Number(decodeCursor(after, 'Search')) + 1 : 0;
  const wanted = new Set<string>(types && types.length > 0 ? types : SEARCH_TYPES);

  const [pinned, words] = await Promise.all([namedEntity(ctx, text), queryWords(ctx, key)]);
  const pool = Math.min(MAX_RANKED, Math.max(MIN_POOL, (offset + limit + 1) * (wanted.size < SEARCH_TYPES.length ? 4 : 1) + 1));
  // The expanded words, with the named topics' members: this read loads its hits on the first page of every type (one
  // round trip on Neo4j). When a topic added words, the text's own words are searched beside it, to tell direct hits.
  const params = { query: words.all.join(' '), limit: pool, topicIds: words.topicIds };
  const ahead = offset === 0 && wanted.size === SEARCH_TYPES.length;
  const expands = words.all.length > words.direct.length;
  const [expanded, direct] = await Promise.all([
    (ahead ? searchLoadingHits(ctx, params) : ctx.store.read<Record<string, unknown>>('search-entities', params)).then((r) => r as unknown as HitRow[]),
    expands ? ctx.store.read<HitRow>('search-entities', { query: words.direct.join(' '), limit: pool, topicIds: [] }) : null,
  ]);
  const rows = rankHits(direct ?? expanded, expanded);
  const top = rows[0]?.score ?? 0;
  const ranked = [
    ...(pinned ? [{ id: pinned, label: pinned.slice(0, pinned.indexOf(':')), score: top + 1, topicIds: [] as string[] }] : []),
    ...rows.filter((r) => r.id !== pinned),
  ].filter((r) => wanted.has(r.label));
  const page = ranked.slice(offset, offset + limit);
  const nodes = await Promise.all(page.map((r) => loadEntity(ctx, r.id)));
  const topicNamesById = new Map((await allTopics(ctx)).map((t) => [t.key, t.name]));
  const wordSet = new Set(words.all);
  const hits = page.flatMap((r, i): SearchHit[] => {
    const node = nodes[i];
    if (!node) return [];
    const highlights = textFields(node).flatMap(([field, value]) => {
      const snippet = value ? highlight(value, wordSet) : null;
      return snippet ? [{ field, snippet }] : [];
    });
    // A hit about a topic the text names shows that topic.
    for (const id of r.topicIds) highlights.push({ field: 'topics', snippet: `<mark>${escapeHtml(topicNamesById.get(id) ?? id)}</mark>` });
    return [{ cursor: encodeCursor('Search', offset + i), score: Math.round(r.score * 1000) / 1000, node, highlights }];
  });
  return connectionOf(hits, ranked.length > offset + limit, offset > 0);
}
