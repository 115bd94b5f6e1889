// Sentence spans (UTF-16 offsets) over wink-nlp's tokens: abbreviations never end a sentence; blank lines, rules, headings, list items and short unpunctuated lines (headlines, datelines) end one.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import sentenceWords from './patterns/sentence-words.json';

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
 * Words that end with a full stop without ending a sentence, and words a line cannot end a sentence on (data:
 * src/text/patterns/sentence-words.json). Single capital initials ("A.") and dotted acronyms ("U.N.") are recognised by shape.
 */
const ABBREVIATIONS = new Set(sentenceWords.abbreviations);
const LINE_CONTINUES = new Set(sentenceWords.lineContinues);

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

/** How a line reads: blank (or a rule such as `---`, which ends a paragraph like a blank line), a heading, a list item or text. */
type LineKind = 'blank' | 'heading' | 'item' | 'text';

/** One line of the text: `start`/`end` bound its words, without surrounding whitespace or markup (bullet, heading marks). */
interface Line extends SentenceSpan {
  kind: LineKind;
}

/** A thematic break (`---`, `***`, `___`, `===`): it separates a header from a body, and is not text. */
const RULE = /^([-*_=])(?:[ \t]*\1){2,}$/u;
/** Heading markup, left out of the sentence: wiki `== Background ==` and Markdown `## Background`. */
const WIKI_HEADING = /^=+[^=]+=+$/u;
const MARKDOWN_HEADING = /^#{1,6}[ \t]/u;
/** A bullet, left out of the sentence ("• Condemns …" is "Condemns …"); a numbered or lettered marker stays ("1. Oil Smuggling"). */
const BULLET = /^[-*•–—▪◦‣●][ \t]+/u;
/** A line that ends a sentence by itself: a stop, then closing quotes or brackets. */
const TERMINATED = /[.!?…]["'”’)\]»]*$/u;
/** A sentence end inside a line ("… in 2010. Believed to"): such a line is prose, wrapped, never a headline. */
const INNER_END = /[\p{Ll}\d]{2}[.!?…]["'”’)\]»]*\s+["“‘]?\p{Lu}/u;
/** A field or speaker label opening a line ("Date: 2015-12-17", "CONTACT: …", "Q: …"): up to five words, then a colon. */
const LABEL = /^\p{Lu}[\p{L}\p{N}.'’&/-]*(?:[ \t][\p{L}\p{N}.'’&/-]+){0,4}:[ \t]/u;
/** The longest line read as a line of its own (a headline, dateline, byline or field) when it ends without a stop. */
const SHORT_LINE = 60;

function readLine(text: string, start: number, end: number): Line {
  const { start: s, end: e } = trim(text, start, end);
  const body = text.slice(s, e);
  if (body === '' || RULE.test(body)) return { start: s, end: s, kind: 'blank' };
  if (WIKI_HEADING.test(body) || MARKDOWN_HEADING.test(body)) {
    const mark = body.charAt(0);
    let from = s;
    let until = e;
    while (from < until && text.charAt(from) === mark) from++;
    // Markdown's closing #s are optional and follow a space ("## C#" keeps its #).
    while (until > from && text.charAt(until - 1) === mark && (mark === '=' || /[\s#]/u.test(text.charAt(until - 2)))) until--;
    const words = trim(text, from, until);
    return { ...words, kind: words.end > words.start ? 'heading' : 'blank' };
  }
  const bullet = BULLET.exec(body);
  if (bullet) return { start: s + bullet[0].length, end: e, kind: 'item' };
  return { start: s, end: e, kind: LIST_ITEM.test(body) ? 'item' : 'text' };
}

/**
 * Whether the sentence that line `a` ends goes on into line `b` (a break between them is then only whitespace, and the
 * words decide). A heading or a list item is its own paragraph. After a blank line, only a line that begins in lower case
 * goes on, and only after one that ends without a stop ("rarely drafts⏎⏎council resolutions."). Without a blank line:
 * a line that begins in lower case or with a bracket goes on, and so does any line after a stop (the words decide);
 * a line that ends without a stop goes on when it ends on a word a sentence cannot end on, a comma, a hyphen or an
 * open bracket, and when it is long, holds a sentence end or begins in lower case (wrapped prose); a short one stands
 * alone (a headline, dateline, byline or field), and so does a field after a field ("Date: …" then "URL: …").
 */
function goesOn(text: string, a: Line, b: Line, blankBetween: boolean): boolean {
  if (a.kind === 'heading' || b.kind === 'heading' || b.kind === 'item') return false;
  const first = text.slice(b.start, b.end);
  const last = text.slice(a.start, a.end);
  const terminated = TERMINATED.test(last);
  if (blankBetween) return !terminated && /^\p{Ll}/u.test(first);
  if (terminated || /^[\p{Ll}([]/u.test(first)) return true;
  if (/[,;\-–—&(]$/u.test(last) || count(last, '(') > count(last, ')')) return true;
  if (LINE_CONTINUES.has((/[\p{L}']+$/u.exec(last)?.[0] ?? '').toLowerCase())) return true;
  if (LABEL.test(first) && LABEL.test(last)) return false;
  return last.length > SHORT_LINE || INNER_END.test(last) || /^\p{Ll}/u.test(last);
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** Paragraphs of text[from, to): each a run of lines the sentence goes on through (see goesOn), bounded by its words. */
function paragraphs(text: string, from: number, to: number): SentenceSpan[] {
  const blocks: SentenceSpan[] = [];
  let open: SentenceSpan | null = null;
  let previous: Line | null = null;
  let blankBetween = false;
  let at = from;
  while (at <= to) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 || newline >= to ? to : newline;
    const line = readLine(text, at, end);
    at = end + 1;
    if (line.kind === 'blank') {
      // A rule ends the paragraph for good; a blank line may be crossed by a sentence that goes on in lower case.
      if (RULE.test(text.slice(line.start, end).trim()) && open) {
        blocks.push(open);
        open = null;
        previous = null;
      }
      blankBetween = previous !== null;
      continue;
    }
    if (open && previous && goesOn(text, previous, line, blankBetween)) open.end = line.end;
    else {
      if (open) blocks.push(open);
      open = { start: line.start, end: line.end };
    }
    previous = line;
    blankBetween = false;
  }
  if (open) blocks.push(open);
  return blocks.filter((b) => b.end > b.start);
}

function trim(text: string, start: number, end: number): SentenceSpan {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
