// Mentions: gazetteer hits (names, aliases; demonyms and capitals only where the state acts), unknown names from rules, compromise's suggestions.
import nlp from 'compromise';
import type { KnownName, Mention } from './ingest.types';
import { findNames, type FoldedText, type Gazetteer, type GazetteerHit } from './gazetteer.matcher';
import { LEXICON } from './lexicon';

/** A demonym that only gives nationality or origin ("Syrian and Iraqi oil"): not a mention, but rules may read it. */
export interface Nationality {
  start: number;
  end: number;
  actorId: string;
}

/** What the mention stage finds. */
export interface MentionsFound {
  mentions: Mention[];
  nationalities: Nationality[];
  /** Kind of each known actor (for the later stages). */
  kinds: Map<string, KnownName['kind']>;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’\-/]*/gu;
const CONNECTORS = new Set(['of', 'the', 'for', 'and']);
/** Words that end a run of capitalised words even in capitals ("… COHEN AT THE CARNEGIE …"). */
const BREAKS = new Set(['at', 'in', 'on', 'by', 'to', 'with', 'from', 'as', 'a', 'an', 'is', 'are', 'was', 'were']);

/** The words of `text[from, to)` with their offsets (a trailing full stop is kept only on initials and dotted acronyms). */
function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    let w = m[0];
    if (w.endsWith('.') && !/^(\p{L}\.)+$/u.test(w) && !/^(dr|mr|mrs|ms|prof|gen|st|jr|sr)\.$/i.test(w)) w = w.slice(0, -1);
    w = w.replace(/['’]s?$/u, '');
    if (w.length === 0) continue;
    out.push({ text: w, start: from + m.index, end: from + m.index + w.length });
  }
  return out;
}

const capitalised = (w: string) => (/^[\p{Lu}]/u.test(w) || /^\d+\/\d+/.test(w)) && !BREAKS.has(w.toLowerCase());
const lower = (w: string) => w.toLowerCase();

/** True when the words after a demonym at `end` make its state an actor ("Russian warplanes", "the Turkish have"). */
function demonymActs(text: string, start: number, end: number): { acts: boolean; extend: number } {
  const after = text.slice(end, end + 60);
  const head = /^(?:-[\p{L}.]+)?\s+([\p{L}]+(?: force)?)/u.exec(after);
  if (head) {
    const word = lower(head[1]!);
    if (LEXICON.stateHeads.has(word)) return { acts: true, extend: LEXICON.spanHeads.has(word) && !after.startsWith('-') ? head[0].length : 0 };
    const before = text.slice(Math.max(0, start - 5), start);
    if (/\bthe\s$/i.test(before) && LEXICON.auxiliaries.has(word)) return { acts: true, extend: 0 };
  }
  return { acts: false, extend: 0 };
}

/** True when a capital at `[start, end)` is the subject of a verb ("Moscow is drafting", "Moscow rarely drafts"). */
function capitalActs(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (/\b(in|at|from|to|near|of|via|through|into)\s+$/i.test(before)) return false;
  const after = text.slice(end, end + 40);
  const m = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(after);
  if (!m) return false;
  const verb = m[1]!;
  return LEXICON.auxiliaries.has(verb) || LEXICON.cueVerbs.has(verb) || /^\p{Ll}{3,}(s|ed)$/u.test(verb);
}

/** A gazetteer hit as a mention: one actor resolves; several stay unresolved with their choices. */
function toMention(text: string, hit: GazetteerHit, end = hit.end): Mention {
  const ids = hit.entry.actorIds;
  const resolved = ids.length === 1;
  return {
    start: hit.start,
    end,
    quote: text.slice(hit.start, end),
    actorId: resolved ? ids[0]! : null,
    choices: resolved ? [] : [...ids],
    via: 'GAZETTEER',
    confidence: resolved ? (hit.entry.form === 'NAME' ? 0.95 : 0.8) : 0.5,
  };
}

/** Title case for a name written in capitals ("DAVID S. COHEN" → "David S. Cohen"). */
function displayName(words: string[]): string {
  return words.map((w) => (w === w.toUpperCase() && w.length > 2 && !/\./.test(w) ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
}

/** A name the rules found that the graph does not know. */
interface RuleName {
  start: number;
  end: number;
  name: string;
  kind: 'PERSON' | 'ORGANIZATION';
}

/**
 * Unknown names in one sentence, by rule: a person after a title ("Dr. Muasher", "Bureau Chief Ferit Parlak") or
 * before an appositive title ("Adam J. Szubin, Acting Under Secretary"); an organisation whose name ends in a head
 * word ("U.S. Treasury Department", "Office of Public Affairs"), unless a known name covers that head.
 */
function ruleNames(text: string, from: number, to: number, known: GazetteerHit[]): RuleName[] {
  const words = wordsIn(text, from, to);
  const out: RuleName[] = [];
  const covered = (w: Word) => known.some((h) => h.start <= w.start && w.end <= h.end);
  // Runs of capitalised words joined by spaces (one line break at most) and connectors.
  let i = 0;
  while (i < words.length) {
    if (!capitalised(words[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      const gap = text.slice(words[j]!.end, words[j + 1]!.start);
      if (!/^[ \t]*\n?[ \t]*$/.test(gap) || gap.length === 0) break;
      // A line break joins only hard-wrapped prose ("…at Chatham⏎House"), not the short lines of a letterhead.
      if (gap.includes('\n') && words[j]!.end - (text.lastIndexOf('\n', words[j]!.end - 1) + 1) < 60) break;
      const next = words[j + 1]!.text;
      if (capitalised(next)) {
        j++;
        continue;
      }
      // Connectors ("of the") join capitalised words on both sides.
      let k = j + 1;
      while (k < words.length && k <= j + 3 && CONNECTORS.has(lower(words[k]!.text))) k++;
      if (k > j + 1 && k < words.length && capitalised(words[k]!.text) && !/[,;:.]/.test(text.slice(words[j]!.end, words[k]!.start))) j = k;
      else break;
    }
    const run = words.slice(i, j + 1);
    i = j + 1;
    while (run.length > 0 && CONNECTORS.has(lower(run[run.length - 1]!.text))) run.pop();
    while (run.length > 0 && (LEXICON.notNames.has(lower(run[0]!.text)) || CONNECTORS.has(lower(run[0]!.text)))) run.shift();
    if (run.length === 0) continue;
    // A person after a title: the words after the last title word.
    let lastTitle = -1;
    for (let k = 0; k < run.length; k++) if (LEXICON.titles.has(lower(run[k]!.text)) || LEXICON.titleWords.has(lower(run[k]!.text))) lastTitle = k;
    const hasTitle = run.some((w) => LEXICON.titles.has(lower(w.text)));
    if (hasTitle && lastTitle >= 0 && lastTitle < run.length - 1) {
      const name = run.slice(lastTitle + 1);
      if (name.length <= 4 && !name.some(covered) && !name.some((w) => LEXICON.orgHeads.has(lower(w.text)) || LEXICON.notNames.has(lower(w.text)))) {
        out.push({ start: name[0]!.start, end: name[name.length - 1]!.end, name: displayName(name.map((w) => w.text)), kind: 'PERSON' });
        continue;
      }
    }
    // A person before an appositive title.
    const firstTitle = run.findIndex((w) => LEXICON.titles.has(lower(w.text)));
    const head = firstTitle < 0 ? run : run.slice(0, firstTitle);
    const afterRun = text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 40);
    if (
      firstTitle < 0 &&
      run.length >= 2 &&
      run.length <= 4 &&
      !run.some(covered) &&
      !run.some((w) => CONNECTORS.has(lower(w.text)) || LEXICON.orgHeads.has(lower(w.text))) &&
      (/^,\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Secretary|Minister|Director|Ambassador|President|Chief|Head|Spokes\p{L}+|Representative|Envoy|Commander)\b/u.test(
        afterRun,
      ) ||
        /^,\s+(?:the\s+)?(?:leader|head|chief|founder|spokes\p{L}+|commander|emir|director|deputy)\s+of\b/u.test(afterRun))
    ) {
      out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, name: displayName(run.map((w) => w.text)), kind: 'PERSON' });
      continue;
    }
    // An organisation: up to its last head word, with an "of/for …" tail of capitalised words.
    let headAt = -1;
    for (let k = 0; k < head.length; k++) if (LEXICON.orgHeads.has(lower(head[k]!.text))) headAt = k;
    if (headAt >= 1 || (headAt === 0 && head.length > 2 && CONNECTORS.has(lower(head[1]!.text)))) {
      if (covered(head[headAt]!)) continue;
      let endAt = headAt;
      if (headAt === 0 || /^(department|ministry|office|endowment|committee|commission|agency|bureau|institute)$/i.test(head[headAt]!.text)) {
        // The "of …" tail: capitalised words and "of", "for", "the" (an "and" starts another name).
        while (endAt + 1 < head.length && lower(head[endAt + 1]!.text) !== 'and' && !covered(head[endAt + 1]!)) endAt++;
      }
      const span = head.slice(0, endAt + 1);
      while (span.length > 0 && CONNECTORS.has(lower(span[span.length - 1]!.text))) span.pop();
      if (span.length < 2) continue;
      out.push({ start: span[0]!.start, end: span[span.length - 1]!.end, name: displayName(span.map((w) => w.text)), kind: 'ORGANIZATION' });
    }
  }
  return out;
}

/** Persons named next to a cue verb ("Antonov said", "said Antonov"), when no rule or known name covers them. */
function cueNames(text: string, from: number, to: number): RuleName[] {
  const out: RuleName[] = [];
  const slice = text.slice(from, to);
  const re =
    /(?<![\p{L}.])((?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)){0,2})\s+(said|told|says|added|concluded|stated|noted|explained)\b/gu;
  for (const m of slice.matchAll(re)) {
    const words = m[1]!.split(/\s+/);
    if (words.some((w) => LEXICON.notNames.has(lower(w)) || LEXICON.titleWords.has(lower(w)) || LEXICON.orgHeads.has(lower(w)))) continue;
    const start = from + m.index;
    out.push({ start, end: start + m[1]!.length, name: m[1]!, kind: 'PERSON' });
  }
  return out;
}

/** compromise's people and organisations in one sentence (low confidence suggestions). */
function suggestions(text: string, from: number, to: number): RuleName[] {
  const slice = text.slice(from, to);
  const doc = nlp(slice);
  const out: RuleName[] = [];
  const take = (list: Array<{ text: string; offset?: { start: number; length: number } }>, kind: RuleName['kind']) => {
    for (const item of list) {
      const trimmed = item.text.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/['’]s$/u, '');
      if (trimmed.length < 3) continue;
      const at = item.offset ? slice.indexOf(trimmed, Math.max(0, item.offset.start - 2)) : slice.indexOf(trimmed);
      if (at < 0) continue;
      if (trimmed.split(/\s+/).every((w) => LEXICON.notNames.has(lower(w)))) continue;
      out.push({ start: from + at, end: from + at + trimmed.length, name: trimmed, kind });
    }
  };
  take(doc.people().json({ offset: true }) as Array<{ text: string; offset?: { start: number; length: number } }>, 'PERSON');
  take(doc.organizations().json({ offset: true }) as Array<{ text: string; offset?: { start: number; length: number } }>, 'ORGANIZATION');
  return out;
}

/**
 * Finds mentions in `text`, sentence by sentence: gazetteer hits (demonyms and capitals only when the sentence makes
 * the state an actor; "Turkish government" spans its head), names the rules find (new actors, with `proposedName`),
 * later short forms of those names (a surname, an organisation's first word, an acronym given in brackets), and,
 * only in sentences with no other mention, compromise's suggestions.
 */
export function findMentions(
  text: string,
  sentences: Array<{ start: number; end: number }>,
  gazetteer: Gazetteer,
  fold: FoldedText,
  names: KnownName[],
): MentionsFound {
  const kinds = new Map<string, KnownName['kind']>();
  for (const n of names) if (!kinds.has(n.actorId)) kinds.set(n.actorId, n.kind);
  const hits = findNames(gazetteer, text, fold);
  const mentions: Mention[] = [];
  const nationalities: Nationality[] = [];
  const newNames = new Map<string, { name: string; kind: RuleName['kind'] }>();
  const shortForms = new Map<string, string>();
  // Acronyms the text defines for a known name: "the Al Nusra Front (ANF)".
  const defined: Array<{ name: string; acronym: RegExp; actorId: string; from: number }> = [];
  for (const hit of hits) {
    const def = /^\s*\(([\p{Lu}][\p{Lu}\p{Ll}]{0,2}[\p{Lu}]{1,4})\)/u.exec(text.slice(hit.end, hit.end + 12));
    if (!def || hit.entry.actorIds.length !== 1 || gazetteer.entries.has(def[1]!.toLowerCase()) || defined.some((d) => d.name === def[1])) continue;
    defined.push({
      name: def[1]!,
      acronym: new RegExp(`(?<![\\p{L}\\p{N}])${def[1]}(?![\\p{L}\\p{N}])`, 'gu'),
      actorId: hit.entry.actorIds[0]!,
      from: hit.end,
    });
  }
  let h = 0;
  for (const sentence of sentences) {
    const inSentence: GazetteerHit[] = [];
    while (h < hits.length && hits[h]!.start < sentence.start) h++;
    while (h < hits.length && hits[h]!.end <= sentence.end) inSentence.push(hits[h++]!);
    const found: Mention[] = [];
    for (const hit of inSentence) {
      // "Counter-ISIL": a hyphen joins the name to a capitalised word that is not itself a name.
      if (
        text[hit.start - 1] === '-' &&
        /\p{Lu}\p{Ll}+$/u.test(text.slice(Math.max(0, hit.start - 12), hit.start - 1)) &&
        !inSentence.some((o) => o.end === hit.start - 1)
      )
        continue;
      if (hit.entry.form === 'NAME') {
        const state = hit.entry.kind === 'STATE' && /^\s+(government|Government|regime)\b/.exec(text.slice(hit.end, hit.end + 12));
        found.push(toMention(text, hit, state ? hit.end + state[0].length : hit.end));
      } else if (hit.entry.form === 'DEMONYM') {
        const acts = demonymActs(text, hit.start, hit.end);
        if (acts.acts) found.push(toMention(text, hit, hit.end + acts.extend));
        else if (hit.entry.actorIds.length === 1) nationalities.push({ start: hit.start, end: hit.end, actorId: hit.entry.actorIds[0]! });
      } else if (capitalActs(text, hit.start, hit.end)) found.push(toMention(text, hit));
    }
    for (const d of defined) {
      if (d.from > sentence.end || !text.slice(sentence.start, sentence.end).includes(d.name)) continue;
      for (const m of text.slice(sentence.start, sentence.end).matchAll(d.acronym)) {
        const start = sentence.start + m.index;
        if (start < d.from || found.some((f) => f.start < start + m[0].length && start < f.end)) continue;
        found.push({ start, end: start + m[0].length, quote: m[0], actorId: d.actorId, choices: [], via: 'RULE', confidence: 0.8 });
      }
    }
    found.sort((a, b) => a.start - b.start);
    // Names the graph does not know; they take the place of known names inside them (no nesting).
    const rules = [...ruleNames(text, sentence.start, sentence.end, inSentence), ...cueNames(text, sentence.start, sentence.end)];
    for (const r of rules) {
      if (found.some((m) => m.start <= r.start && r.end <= m.end)) continue;
      for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start >= r.start && found[k]!.end <= r.end) found.splice(k, 1);
      if (found.some((m) => m.start < r.end && r.start < m.end)) continue;
      const key = r.name.toLowerCase();
      const existing = shortForms.get(key);
      const proposed = existing ?? r.name;
      if (!existing) {
        newNames.set(proposed, { name: proposed, kind: r.kind });
        const words = r.name.split(/\s+/);
        const short = r.kind === 'PERSON' ? words[words.length - 1]! : words[0]!;
        if (
          words.length > 1 &&
          /^\p{Lu}\p{Ll}{3,}$/u.test(short) &&
          !gazetteer.entries.has(short.toLowerCase()) &&
          !LEXICON.notNames.has(short.toLowerCase()) &&
          !LEXICON.orgHeads.has(short.toLowerCase()) &&
          !LEXICON.titleWords.has(short.toLowerCase())
        ) {
          shortForms.set(short.toLowerCase(), proposed);
        }
        shortForms.set(key, proposed);
        const acronym = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(r.end, r.end + 10));
        if (acronym) shortForms.set(acronym[1]!.toLowerCase(), proposed);
      }
      found.push({
        start: r.start,
        end: r.end,
        quote: text.slice(r.start, r.end),
        actorId: null,
        choices: [],
        via: 'RULE',
        confidence: 0.6,
        proposedName: proposed,
      });
    }
    // Short forms of names found earlier ("Szubin", "Carnegie", "IAEA").
    if (shortForms.size > 0) {
      for (const w of wordsIn(text, sentence.start, sentence.end)) {
        const proposed = shortForms.get(w.text.toLowerCase());
        if (!proposed || !capitalised(w.text)) continue;
        if (found.some((m) => m.start < w.end && w.start < m.end)) continue;
        found.push({ start: w.start, end: w.end, quote: w.text, actorId: null, choices: [], via: 'RULE', confidence: 0.5, proposedName: proposed });
      }
    }
    // compromise is slow: only where two capitalised words stand after the sentence's first word.
    if (found.length === 0 && /\S\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(text.slice(sentence.start, sentence.end))) {
      for (const s of suggestions(text, sentence.start, sentence.end)) {
        if (found.some((m) => m.start < s.end && s.start < m.end)) continue;
        const proposed = shortForms.get(s.name.toLowerCase()) ?? s.name;
        if (!newNames.has(proposed)) newNames.set(proposed, { name: proposed, kind: s.kind });
        found.push({
          start: s.start,
          end: s.end,
          quote: text.slice(s.start, s.end),
          actorId: null,
          choices: [],
          via: 'SUGGESTION',
          confidence: 0.3,
          proposedName: proposed,
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    mentions.push(...found);
  }
  for (const m of mentions) if (m.proposedName) m.proposedKind = newNames.get(m.proposedName)?.kind ?? 'PERSON';
  return { mentions, nationalities, kinds };
}
