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
import type { AnyRecord } from './records';
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

/** The words to search for: the text's own, plus every name of a topic or actor the text names ("ISIL" → ISIS, Da’esh…). */
async function expandedWords(ctx: Data, key: string): Promise<string[]> {
  const words = new Set(key.split(' '));
  const padded = ` ${key} `;
  const [topics, actorIds] = await Promise.all([allTopics(ctx), findActorKeysByName(ctx.store, key)]);
  for (const topic of topics) {
    const names = [normaliseName(topic.topicKey), normaliseName(topic.name), ...topic.aliasKeys];
    if (names.some((n) => n !== '' && padded.includes(` ${n} `))) for (const n of names) for (const w of n.split(' ')) words.add(w);
  }
  for (const actor of await loadPresent(ctx.loaders, actorNodes, actorIds.slice(0, 3)))
    for (const name of [actor.name, ...actor.aliases]) for (const w of normaliseName(name).split(' ')) words.add(w);
  const content = [...words].filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  return content.length > 0 ? content : key.split(' ');
}

/** The passage of `text` around its first matching word (about `width` characters), matching words marked. */
export function highlight(text: string, words: ReadonlySet<string>, width = 160): string | null {
  const tokens = [...text.matchAll(/[\p{L}\p{N}'’]+/gu)];
  const hits = tokens.filter((m) => words.has(normaliseName(m[0])));
  const first = hits[0];
  if (!first) return null;
  const from = Math.max(0, first.index - Math.floor(width / 3));
  const to = Math.min(text.length, from + width);
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const m of hits) {
    if (m.index < from || m.index + m[0].length > to) continue;
    out += escapeHtml(text.slice(at, m.index)) + '<mark>' + escapeHtml(m[0]) + '</mark>';
    at = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(at, to)) + (to < text.length ? '…' : '');
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

  const [pinned, words] = await Promise.all([namedEntity(ctx, text), expandedWords(ctx, key)]);
  const params = { query: words.join(' '), limit: Math.min(MAX_RANKED, (offset + limit + 1) * (wanted.size < SEARCH_TYPES.length ? 4 : 1) + 1) };
  // The first page of every type loads its hits with the full-text query (one round trip on Neo4j; a hit or two past the page).
  const ahead = offset === 0 && wanted.size === SEARCH_TYPES.length;
  const rows = (ahead ? await searchLoadingHits(ctx, params) : await ctx.store.read<Record<string, unknown>>('search-entities', params)) as Array<{
    id: string;
    label: string;
    score: number;
  }>;
  const top = rows[0]?.score ?? 0;
  const ranked = [
    ...(pinned ? [{ id: pinned, label: pinned.slice(0, pinned.indexOf(':')), score: top + 1 }] : []),
    ...rows.filter((r) => r.id !== pinned),
  ].filter((r) => wanted.has(r.label));
  const page = ranked.slice(offset, offset + limit);
  const nodes = await Promise.all(page.map((r) => loadEntity(ctx, r.id)));
  const wordSet = new Set(words);
  const hits = page.flatMap((r, i): SearchHit[] => {
    const node = nodes[i];
    if (!node) return [];
    const highlights = textFields(node).flatMap(([field, value]) => {
      const snippet = value ? highlight(value, wordSet) : null;
      return snippet ? [{ field, snippet }] : [];
    });
    return [{ cursor: encodeCursor('Search', offset + i), score: Math.round(r.score * 1000) / 1000, node, highlights }];
  });
  return connectionOf(hits, ranked.length > offset + limit, offset > 0);
}
