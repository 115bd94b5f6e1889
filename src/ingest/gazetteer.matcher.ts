// The gazetteer: every known name, alias, demonym and capital, folded like normaliseName and matched with Aho–Corasick over the folded text.
import AhoCorasick from 'modern-ahocorasick';
import type { KnownName } from './ingest.types';
import { MEMBER_STATES } from './lexicon';
import { normaliseName } from '../names';

/** How a name refers to its actor: by name, or by a demonym or capital that names the state only when it acts. */
export type NameForm = 'NAME' | 'DEMONYM' | 'CAPITAL';

/** What one folded key means. */
export interface GazetteerEntry {
  /** Actors the key names (more than one: ambiguous). */
  actorIds: string[];
  kind: KnownName['kind'];
  form: NameForm;
  /** Every letter of every source form is upper case (ISIS, US, U.S.): the text must be upper case too. */
  acronym: boolean;
  /** Some source form starts lower case ("the council"): a lower-case match is allowed. */
  lowerAllowed: boolean;
}

/** A gazetteer hit in the original text (UTF-16 offsets). */
export interface GazetteerHit {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

/** The folded text and, for each folded code unit, where it came from in the original. */
export interface FoldedText {
  folded: string;
  starts: Int32Array;
  ends: Int32Array;
}

const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`', '´']);
const foldCache = new Map<string, string>();

/** One character folded: lower case without diacritics, ' ' for anything that is not a letter or digit. */
function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out === undefined) {
    out = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (!/^[\p{L}\p{N}]+$/u.test(out)) out = ' ';
    foldCache.set(ch, out);
  }
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Folds `text` as normaliseName does (lower case, no diacritics, apostrophes dropped, other punctuation and runs of
 * whitespace as one space), keeping where each folded code unit came from. A possessive "'s" becomes " s", so
 * "Russia's" still ends a word at "Russia".
 */
export function foldText(text: string): FoldedText {
  const out: string[] = [];
  const starts = new Int32Array(text.length * 2 + 1);
  const ends = new Int32Array(text.length * 2 + 1);
  let n = 0;
  let lastSpace = true;
  const push = (s: string, from: number, to: number) => {
    for (const c of s) {
      if (c === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      out.push(c);
      starts[n] = from;
      ends[n] = to;
      n++;
    }
  };
  const possessive = (i: number) => (text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2]) && isWordChar(text[i - 1]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) push(text[i]!, i, i + 1);
      else if (code >= 65 && code <= 90) push(String.fromCharCode(code + 32), i, i + 1);
      else if (code === 39 || code === 96) {
        if (possessive(i)) push(' ', i, i + 1);
      } else push(' ', i, i + 1);
      continue;
    }
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
    if (APOSTROPHES.has(ch)) {
      if (possessive(i)) push(' ', i, i + 1);
    } else push(foldChar(ch), i, i + ch.length);
    if (ch.length === 2) i++;
  }
  return { folded: out.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** A name's key: folded as the text is, leading "the " dropped (as normaliseName does). */
export function foldName(name: string): string {
  return foldText(name).folded.trim().replace(/^the /, '');
}

/** A compiled gazetteer: keys to entries and the matcher over them. */
export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  matcher: AhoCorasick<string>;
  /** The actor of each member state found among the names (by ISO code), for demonyms and capitals. */
  stateByIso3: Map<string, string>;
}

/** Lower-case words that may sit inside a name ("Islamic State in Iraq and the Levant", "al-Qaeda"). */
const NAME_PARTICLES = /^(of|the|and|for|in|on|to|against|al|al-.*|el|de|du|da|bin|ibn|y)$/;

const isAcronymForm = (name: string) => /\p{L}/u.test(name) && !/\p{Ll}/u.test(name) && name.replace(/[^\p{L}]/gu, '').length <= 5;

const STATE_NAME_KEYS = new Set(MEMBER_STATES.flatMap((s) => [s.name, ...s.aliases].map(foldName)));
const DEMONYM_KEYS = new Set(MEMBER_STATES.flatMap((s) => s.demonyms.map(foldName)).filter((k) => !STATE_NAME_KEYS.has(k)));
const CAPITAL_KEYS = new Set(MEMBER_STATES.flatMap((s) => s.capitals.map(foldName)).filter((k) => !STATE_NAME_KEYS.has(k)));

/** Builds the gazetteer over `names`, adding member states' demonyms and capitals for the states among them. */
export function buildGazetteer(names: KnownName[]): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const add = (text: string, actorId: string, kind: KnownName['kind'], form: NameForm) => {
    const key = foldName(text);
    if (key.length === 0) return;
    const entry = entries.get(key);
    const lower = /^\p{Ll}/u.test(text.replace(/^the /, ''));
    if (!entry) {
      entries.set(key, { actorIds: [actorId], kind, form, acronym: isAcronymForm(text), lowerAllowed: lower });
      return;
    }
    if (!entry.actorIds.includes(actorId)) entry.actorIds.push(actorId);
    entry.acronym &&= isAcronymForm(text);
    entry.lowerAllowed ||= lower;
  };
  // Which actor each member state is: the one state whose name or alias is the state's name, an alias or its ISO code.
  const byKey = new Map<string, Set<string>>();
  for (const n of names) {
    if (n.kind !== 'STATE') continue;
    const key = normaliseName(n.name);
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)!.add(n.actorId);
  }
  const stateByIso3 = new Map<string, string>();
  for (const state of MEMBER_STATES) {
    for (const form of [state.name, state.iso3, ...state.aliases]) {
      const ids = byKey.get(normaliseName(form));
      if (ids && ids.size === 1) {
        stateByIso3.set(state.iso3, [...ids][0]!);
        break;
      }
    }
  }
  for (const n of names) {
    // "ISIL/Da’esh" is two names, each listed on its own: the joined form would hide them.
    if (/\p{L}\/\p{L}/u.test(n.name)) continue;
    add(n.name, n.actorId, n.kind, n.form ?? 'NAME');
    // "Islamic State in Iraq and Levant": long names are also written without an inner "the".
    if (/\S \S+ \S+ the \S/i.test(n.name)) add(n.name.replace(/ the /gi, ' '), n.actorId, n.kind, n.form ?? 'NAME');
  }
  for (const state of MEMBER_STATES) {
    const actorId = stateByIso3.get(state.iso3);
    if (!actorId) continue;
    for (const d of state.demonyms) if (DEMONYM_KEYS.has(foldName(d))) add(d, actorId, 'STATE', 'DEMONYM');
    for (const c of state.capitals) if (CAPITAL_KEYS.has(foldName(c))) add(c, actorId, 'STATE', 'CAPITAL');
  }
  // A demonym or capital stays one even when a source lists it as a name ("Turkish", "Moscow").
  for (const [key, entry] of entries) {
    if (DEMONYM_KEYS.has(key)) entry.form = 'DEMONYM';
    else if (CAPITAL_KEYS.has(key)) entry.form = 'CAPITAL';
  }
  const keys = [...entries.keys()];
  return { entries, matcher: new AhoCorasick(keys.map((k) => ({ pattern: k, data: k }))), stateByIso3 };
}

/**
 * Every gazetteer hit in `text`: whole words of the folded text, with the case rules (an acronym only in upper case,
 * a name only capitalised unless a source form was lower case), leftmost-longest.
 */
export function findNames(gazetteer: Gazetteer, text: string, fold: FoldedText): GazetteerHit[] {
  const { folded, starts, ends } = fold;
  const hits: Array<{ s: number; e: number; hit: GazetteerHit }> = [];
  for (const m of gazetteer.matcher.iterate(folded, { strategy: 'all' })) {
    if (m.start > 0 && folded[m.start - 1] !== ' ') continue;
    if (m.end < folded.length && folded[m.end] !== ' ') continue;
    const entry = gazetteer.entries.get(m.data!)!;
    const start = starts[m.start]!;
    const end = ends[m.end - 1]!;
    const surface = text.slice(start, end);
    if (entry.acronym && /\p{Ll}/u.test(surface)) continue;
    if (!entry.acronym && !entry.lowerAllowed && /^\p{Ll}/u.test(surface.replace(/^(?:al|el|ad|as|an|ar|at|az|ash)[-\s]/, ''))) continue;
    // A descriptive lower-case tail ("Russian Foreign Ministry department for new challenges") is not part of a name.
    if (!entry.lowerAllowed && surface.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.test(w)).length >= 2) continue;
    // "U.S." keeps its last full stop.
    const dotted = entry.acronym && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(surface) && text[end] === '.';
    hits.push({ s: m.start, e: m.end, hit: { start, end: dotted ? end + 1 : end, entry } });
  }
  hits.sort((a, b) => a.s - b.s || b.e - a.e);
  const out: GazetteerHit[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.s < reach) continue;
    out.push(h.hit);
    reach = h.e;
  }
  return out;
}
