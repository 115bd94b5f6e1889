// Sentence spans (UTF-16 offsets) over wink-nlp's tokens: abbreviations never end a sentence, paragraph breaks always do.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A sentence: `text.slice(start, end)` is the sentence, trimmed (UTF-16 code units, end exclusive). */
export interface SentenceSpan {
  start: number;
  end: number;
}

let wink: WinkMethods | null = null;

/** The one wink instance (its tokenizer only: the boundaries are ours), made on first use: loading the model takes time. */
function nlp(): WinkMethods {
  wink ??= winkNLP(model, []);
  return wink;
}

/**
 * Words that end with a full stop without ending a sentence (compared lower-case, without the stop).
 * Single capital initials ("A.") and dotted acronyms ("U.N.", "a.k.a.") are recognised by shape instead.
 */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'ft',
  'prof',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'jr',
  'sr',
  'approx',
  'ca',
  'cf',
  'vs',
  'art',
  'para',
  'vol',
  'pp',
  'fig',
  'dept',
  'co',
]);

const SENTENCE_END = /[.!?…]$/;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Quotes that may open a sentence (a bracket never does: "(QE.J.115.04.) (AQI)." is one sentence). */
const OPENERS = new Set(['"', '“', '‘', "'", '«']);
const STARTS_SENTENCE = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
const INITIAL = /^\p{Lu}\.$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
const LIST_ITEM = /^\s*(?:[-*•–—▪◦]|\d{1,3}[.)]|\(?[a-z]\)|\((?:[ivxlc]+|\d{1,3})\))\s+/u;

/** Splits `text` (or `text.slice(from, to)`, offsets still into `text`) into sentence spans, in order. */
export function splitSentences(text: string, from = 0, to: number = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const block of paragraphs(text, Math.max(0, from), Math.min(text.length, to))) {
    for (const span of sentencesIn(text, block.start, block.end)) spans.push(span);
  }
  return spans;
}

interface Token {
  value: string;
  start: number;
  end: number;
}

/** The sentences of one paragraph: every token ending in . ! ? or … is a candidate, kept where a sentence truly ends. */
function sentencesIn(text: string, start: number, end: number): SentenceSpan[] {
  const slice = text.slice(start, end);
  // Without an `its` function, out() gives each token's original text.
  const values = nlp().readDoc(slice).tokens().out();
  // Place each token in the text (wink keeps the original characters); whitespace tokens are dropped.
  const tokens: Token[] = [];
  let cursor = 0;
  for (const value of values) {
    if (value.trim() === '') continue;
    const at = slice.indexOf(value, cursor);
    if (at < 0) continue;
    tokens.push({ value, start: start + at, end: start + at + value.length });
    cursor = at + value.length;
  }
  // A list item's marker ("1.", "(a)") never ends its sentence.
  const marker = LIST_ITEM.exec(slice);
  const markerEnd = marker ? start + marker[0].length : start;

  const spans: SentenceSpan[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.end <= markerEnd || !SENTENCE_END.test(token.value)) continue;
    // Closing quotes and brackets right after the stop belong to the sentence.
    let last = i;
    while (last + 1 < tokens.length && CLOSERS.has((tokens[last + 1] as Token).value) && (tokens[last + 1] as Token).start === (tokens[last] as Token).end)
      last++;
    if (last + 1 < tokens.length && !endsHere(text, tokens, i, last)) continue;
    spans.push({ start: (tokens[sentenceStart] as Token).start, end: (tokens[last] as Token).end });
    sentenceStart = last + 1;
    i = last;
  }
  if (sentenceStart < tokens.length) {
    spans.push({ start: (tokens[sentenceStart] as Token).start, end: (tokens[tokens.length - 1] as Token).end });
  }
  return spans;
}

/** Whether the sentence ends after tokens[last], its stop being tokens[stop]: whitespace, then a capital, and no abbreviation. */
function endsHere(text: string, tokens: Token[], stop: number, last: number): boolean {
  const next = tokens[last + 1] as Token;
  if (next.start === (tokens[last] as Token).end) return false;
  let first = next;
  if (OPENERS.has(next.value) && last + 2 < tokens.length) first = tokens[last + 2] as Token;
  if (!STARTS_SENTENCE.test(first.value)) return false;
  const token = tokens[stop] as Token;
  if (!token.value.endsWith('.')) return true;
  // The word the stop ends: the token itself ("Jan."), or the word it is glued to ("ca" + ".").
  let word = token.value;
  const before = tokens[stop - 1];
  if (word === '.' && before && before.end === token.start) word = text.slice(before.start, token.end);
  if (INITIAL.test(word) || DOTTED_ACRONYM.test(word)) return false;
  const bare = word.slice(0, -1);
  return !ABBREVIATIONS.has(bare.toLowerCase()) || /\d$/.test(bare);
}

/** Paragraphs of text[from, to): blank lines end one, and so does a newline before a list item or around a heading. */
function paragraphs(text: string, from: number, to: number): SentenceSpan[] {
  const lines: SentenceSpan[] = [];
  let at = from;
  while (at <= to) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 || newline >= to ? to : newline;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const body = (l: number): string => {
    const line = lines[l];
    return line ? text.slice(line.start, line.end).trim() : '';
  };
  const isHeading = (l: number): boolean => {
    const line = body(l);
    if (line === '') return false;
    if (line.startsWith('#')) return true;
    if (line.length > 60 || /[.!?,;…]$/.test(line) || !/^[\p{Lu}\d]/u.test(line)) return false;
    const previous = l > 0 ? body(l - 1) : '';
    const next = body(l + 1);
    return (previous === '' || /[.!?:…"”)]$/.test(previous)) && next !== '' && /^[\p{Lu}\d\-*•–—(]/u.test(next);
  };

  const blocks: SentenceSpan[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const close = () => {
    if (blockStart >= 0) blocks.push(trim(text, blockStart, blockEnd));
    blockStart = -1;
  };
  lines.forEach((line, l) => {
    const content = body(l);
    if (content === '') return close();
    if (blockStart >= 0 && (LIST_ITEM.test(text.slice(line.start, line.end)) || isHeading(l) || isHeading(l - 1))) close();
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
  });
  close();
  return blocks.filter((b) => b.end > b.start);
}

function trim(text: string, start: number, end: number): SentenceSpan {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
