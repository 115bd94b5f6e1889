// Names in running text read forwards or backwards from a point: capitalised words joined by "of", "the", "al"… ("Islamic State in Iraq and the Levant").

/** A name found in a text: `text.slice(start, end) === name`. */
export interface NamePhrase {
  name: string;
  start: number;
  end: number;
  /** The name ends in a possessive ("the Taliban’s Military Council"): it names the owner of what follows. */
  possessive?: boolean;
}

/** Lower-case words that may join the words of a name, never begin or end one. */
const CONNECTORS = new Set([
  '-',
  '–',
  '/',
  'of',
  'the',
  'in',
  'and',
  'for',
  'wa',
  'wal',
  'bin',
  'ibn',
  'bint',
  'ben',
  'el',
  'ould',
  'ag',
  'i',
  'e',
  'ul',
  'ud',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'pour',
  'en',
  'da',
  'del',
  'van',
  'von',
  'y',
]);
const DETERMINERS = /^(?:(?:the|a|an)\s+)+/iu;
/** "the Sahelian group Al Moulathamine": a description before the name is skipped. */
const DESCRIPTION = /^(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|network|entity|movement|brigade|faction)\s+(?=\p{Lu})/u;
/** "senior Al-Qaida operative Abu Musab": a role before a person's name describes the person and is skipped. */
const ROLE =
  /^(?:[\p{L}-]+\s+){0,2}?(?:operative|leader|commander|member|official|financier|facilitator|figure|cleric|ideologue|spokes(?:man|person))\s+(?=\p{Lu})/u;
/** "the local TTP": one lower-case adjective before a capitalised word is skipped. */
const ADJECTIVE = /^\p{Ll}[\p{L}-]*\s+(?=\p{Lu})/u;
const WORD = /[^\s,;:()[\]“”"]+/gu;
/** Nouns that end a group's name when written in lower case ("the Al-Khanssaa brigade"). */
const GROUP_NOUN = /^(?:\p{Ll}[\p{L}-]*\s+)?(?:brigade|battalion|group|network|front|movement|army|organi[sz]ation|militia|faction|company|tribe|cell)\b/u;
/** Lower-case words that may follow a name without being nouns it qualifies. */
const FUNCTION_WORDS = new Set([
  'to',
  'was',
  'is',
  'were',
  'are',
  'had',
  'has',
  'have',
  'who',
  'which',
  'that',
  'as',
  'at',
  'on',
  'by',
  'from',
  'with',
  'into',
  'since',
  'until',
  'during',
  'after',
  'before',
  'between',
  'operating',
  'based',
]);

/** A word that belongs to a name: it has a capital letter, or is in a script without case (Arabic…). */
function isNameWord(word: string): boolean {
  return /\p{Lu}/u.test(word) || /^[\p{Lo}]/u.test(word);
}

/** A connector is a lower-case joining word ("of", "al", "-") or a number inside a name ("Mouvement du 23 Mars"). */
function isConnector(word: string): boolean {
  return CONNECTORS.has(word) || /^\d{1,3}$/u.test(word);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of text[from, to), stopping at the first punctuation that ends a name. */
function wordsBetween(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  let at = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (/[^\s]/u.test(text.slice(at, m.index))) break;
    const end = Math.min(m.index + m[0].length, to);
    words.push({ text: m[0].slice(0, end - m.index), start: m.index, end });
    at = m.index + m[0].length;
  }
  return words;
}

/** Clean a word's end: a possessive or a full stop ends the name there. */
function wordEnd(word: Word): { end: number; stop: boolean } {
  const possessive = /['’]s$/u.exec(word.text);
  if (possessive) return { end: word.end - 2, stop: true };
  if (/\.$/u.test(word.text) && !/^(?:\p{L}\.)+$/u.test(word.text)) return { end: word.end - 1, stop: true };
  return { end: word.end, stop: false };
}

/** The name that begins at `from` (after determiners and a description), or null. Never reads past `to`. */
export function nameAfter(text: string, from: number, to: number = text.length): NamePhrase | null {
  let at = from;
  const skip = (re: RegExp) => {
    const rest = text.slice(at, to);
    const lead = /^\s*/u.exec(rest)![0].length;
    const m = re.exec(rest.slice(lead));
    at += lead + (m ? m[0].length : 0);
  };
  skip(DETERMINERS);
  skip(DESCRIPTION);
  skip(ROLE);
  skip(ADJECTIVE);
  let start = -1;
  let end = -1;
  let possessive = false;
  /** The end of the name before its last "in" ("TTP in Pakistan’s valley": the place is Pakistan, the name TTP). */
  let beforeIn = -1;
  let last = -1;
  for (const word of wordsBetween(text, at, to)) {
    const { end: cleanEnd, stop } = wordEnd(word);
    if (isNameWord(word.text)) {
      if (start < 0) start = word.start;
      end = cleanEnd;
      last = cleanEnd;
      possessive = /['’]s$/u.test(word.text);
    } else if (!(start >= 0 && isConnector(word.text.toLowerCase()))) break;
    else if (word.text === 'in') beforeIn = last;
    if (stop) break;
  }
  if (start < 0) return null;
  // "the Central African Republic (CAR)-based militia": the name qualifies what follows.
  if (/^(?:\s*\([^)]*\))?-\p{Ll}/u.test(text.slice(end, to))) return null;
  if (possessive && beforeIn > start) return { name: text.slice(start, beforeIn), start, end: beforeIn };
  if (possessive) return { name: text.slice(start, end), start, end, possessive };
  // A lower-case word right after the name: a group noun belongs to it ("Al-Khanssaa brigade"); any other noun makes a
  // one-word name an adjective ("a German individual", "the DPRK military").
  const after = text.slice(end, to);
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after);
  if (next && !isConnector(next[1]!) && !FUNCTION_WORDS.has(next[1]!)) {
    const group = GROUP_NOUN.exec(after.trimStart());
    if (group) end += after.length - after.trimStart().length + group[0].length;
    else if (!/\s/u.test(text.slice(start, end))) return null;
  }
  return { name: text.slice(start, end), start, end };
}

/** The name that ends at `to` (after skipping an acronym in brackets such as "(ISIL)"), or null. Never reads before `limit`. */
export function nameBefore(text: string, to: number, limit = 0): NamePhrase | null {
  let end = to;
  for (;;) {
    const before = text.slice(limit, end);
    const acronym = /\(\s*[\p{Lu}][\p{L}\-–/&.' ]*\)\s*$/u.exec(before);
    const space = /\s*$/u.exec(before)!;
    if (acronym) end = limit + acronym.index;
    else {
      end -= space[0].length;
      break;
    }
  }
  // Only the words after the last punctuation mark that ends a name count.
  const stretch = text.slice(limit, end);
  let from = limit;
  for (const m of stretch.matchAll(/[,;:()[\]“”"]/gu)) from = limit + m.index + 1;
  const words = wordsBetween(text, from, end);
  const tail: Word[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const next = tail[0];
    if ((next ? next.start : end) - word.end > 1 || /[^\s]/u.test(text.slice(word.end, next ? next.start : end))) break;
    tail.unshift(word);
  }
  let first = -1;
  for (let i = tail.length - 1; i >= 0; i--) {
    const word = tail[i]!;
    if (i < tail.length - 1 && wordEnd(word).stop && !/['’]s$/u.test(word.text)) break;
    // "Appointed the SPLA-IO": a name word right before "the" ends another phrase ("Iraq and the Levant" joins by "and").
    if (word.text === 'the' && i > 0 && isNameWord(tail[i - 1]!.text)) break;
    if (isNameWord(word.text)) first = i;
    else if (!isConnector(word.text.toLowerCase())) break;
  }
  // "Senior Jemaah Islamiyah (…) leader", "Syria-based Al-Qaida (…) facilitator", "Then Radulan Sahiron (…) became": a
  // role adjective or a sentence adverb is no part of the name.
  while (
    first >= 0 &&
    first < tail.length - 1 &&
    /^(?:Senior|Key|Former|Deputy|Top|Prominent|Leading|Acting|Then|Later|Now|Also|Meanwhile|However|[\p{L}]+-based)$/u.test(tail[first]!.text)
  )
    first++;
  if (first < 0) return null;
  const last = tail[tail.length - 1]!;
  const start = tail[first]!.start;
  const cleanEnd = wordEnd(last).end;
  if (!isNameWord(last.text) || cleanEnd <= start) return null;
  return { name: text.slice(start, cleanEnd), start, end: cleanEnd };
}
