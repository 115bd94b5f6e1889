// Where a sentence names the list entry's own subject ("Fazlullah died…", "The Abu Sayyaf Group (ASG) was founded…"): the subject's names, their short forms, and the spans that name it.
import { normaliseName } from '../names';

/** Whether a list reference is of an individual (QDi., TAi., QI.A.…) rather than an entity (QDe., QE.A.…). */
export const isPersonRef = (ref: string) => /^(?:[A-Z]{2}i|[A-Z]{0,1}I)\./u.test(ref);

/** Particles that join a family name and never name anyone on their own ("al", "bin"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abou', 'ben', 'ould', 'ag', 'ad', 'ul', 'wa', 'de', 'van']);
/** Words too common to stand for a person on their own. */
const COMMON = new Set(['muhammad', 'mohammed', 'mohamed', 'mohammad', 'ahmad', 'ahmed', 'abdul', 'abdel', 'abdullah', 'ali', 'hassan', 'omar']);
/** Words an entity's initials leave out ("Organization of Al-Qaida in the Islamic Maghreb" → "OAQIM"…). */
const SMALL = new Set(['of', 'the', 'and', 'in', 'for', 'e', 'i', 'wa', 'ul', 'al']);

/** The words of a name as normaliseName spells them, with their offsets in `text` (hyphens and apostrophes split no word). */
function words(text: string): Array<{ key: string; start: number; end: number }> {
  const out: Array<{ key: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’‘ʼ`´]+/gu)) {
    // A possessive ("AIAI’s") is the word without its "’s".
    const word = m[0].replace(/['’]s$/u, '');
    const key = normaliseName(word);
    if (key) out.push({ key, start: m.index, end: m.index + word.length });
  }
  return out;
}

/**
 * The word sequences that name the subject: each of its names (bracketed acronyms and "/"-separated parts apart), the
 * initials of an entity's longer names ("Abu Sayyaf Group" → "asg"), and for a person the family name ("Fazlullah",
 * "al-Aulaqi"), the first and last names ("Emilie Konig") and the first name with the family name ("Hamza bin Laden").
 */
export function subjectForms(subject: { ref: string | null; names: string[] }): string[][] {
  const known = FORMS.get(subject);
  if (known) return known;
  const forms = formsOf(subject);
  FORMS.set(subject, forms);
  return forms;
}

/** The forms of each subject object (an importer reads every sentence of an entry with the same object). */
const FORMS = new WeakMap<object, string[][]>();

function formsOf(subject: { ref: string | null; names: string[] }): string[][] {
  const person = subject.ref ? isPersonRef(subject.ref) : false;
  const forms: string[][] = [];
  const add = (form: string[]) => {
    if (form.length > 0 && !forms.some((f) => f.join(' ') === form.join(' '))) forms.push(form);
  };
  for (const name of subject.names) {
    const acronyms = [...name.matchAll(/\(([^()]+)\)/gu)].flatMap((m) => m[1]!.split(';'));
    for (const part of [name.replace(/\([^()]*\)/gu, ' ').replace(/\([^)]*\)/gu, ' '), ...acronyms].flatMap((p) =>
      p.split(/\s\/\s|\s*\/\s*(?=\p{Lu}{2,}\b)/u),
    )) {
      const w = words(part).map((x) => x.key);
      if (w.length === 0) continue;
      add(w);
      if (!person && w.length >= 3) {
        const initials = part
          .split(/[\s\-–]+/u)
          .filter((x) => x && !SMALL.has(normaliseName(x)) && /^\p{L}/u.test(x))
          .map((x) => normaliseName(x)[0])
          .join('');
        if (initials.length >= 3) add([initials]);
      }
      if (person && w.length >= 2) {
        const last = w[w.length - 1]!;
        const lastLong = last.length >= 4 && !PARTICLES.has(last) && !COMMON.has(last);
        if (lastLong) add([last]);
        add([w[0]!, last]);
        if (w.length >= 3 && PARTICLES.has(w[w.length - 2]!)) add([w[0]!, w[w.length - 2]!, last]);
      }
    }
  }
  return forms;
}

/** Whether a name is one of the subject's forms. */
export function namesSubject(name: string, forms: string[][]): boolean {
  const key = words(name.replace(/\([^)]*\)/gu, ' '))
    .map((w) => w.key)
    .join(' ');
  return key.length > 0 && forms.some((f) => f.join(' ') === key);
}

/**
 * Spans of `text` that name the subject, each with a leading "the", particles before a family name ("Al Ajmi") and
 * bracketed acronyms or references after it. A family name right after another capitalised word ("Usama bin Laden"
 * for Hamza bin Laden) is someone else's.
 */
export function subjectSpans(text: string, forms: string[][]): Array<{ start: number; end: number }> {
  const w = words(text);
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < w.length; i++) {
    let best = 0;
    for (const f of forms) {
      if (f.length > best && f.every((k, j) => w[i + j]?.key === k && (j === 0 || /^[\s\-–]*$/u.test(text.slice(w[i + j - 1]!.end, w[i + j]!.start))))) {
        best = f.length;
      }
    }
    if (best === 0) continue;
    let first = i;
    while (first > 0 && PARTICLES.has(w[first - 1]!.key) && /^[\s\-–]*$/u.test(text.slice(w[first - 1]!.end, w[first]!.start))) first--;
    const before = text.slice(0, w[first]!.start);
    if (best === 1 && /\p{Lu}[\p{L}'’-]*\s+$/u.test(before) && !/\b(?:The|In|On|Then|From|Since|After|Under)\s+$/u.test(before)) continue;
    let start = w[first]!.start;
    const the = /\bthe\s+$/iu.exec(before);
    if (the) start = the.index;
    let end = w[i + best - 1]!.end;
    for (let m = /^\s*\([^()]*\)/u.exec(text.slice(end)); m; m = /^\s*\([^()]*\)/u.exec(text.slice(end))) end += m[0].length;
    out.push({ start, end });
    i += best - 1;
  }
  return out;
}

/**
 * `text` with every span that names the subject as the grammatical subject of what follows (a lower-case word or a
 * comma comes next) replaced by "he"/"it" and spaces (same length), so that rules written for "he was arrested" read
 * "Fazlullah was arrested" and offsets stay the same.
 */
export function maskSubject(
  text: string,
  subject: { ref: string | null; names: string[] },
  spans: Array<{ start: number; end: number }> = subjectSpans(text, subjectForms(subject)),
): string {
  const pronoun = subject.ref && isPersonRef(subject.ref) ? 'he' : 'it';
  let out = text;
  for (const span of spans) {
    if (!/^\s*(?:,|\p{Ll})/u.test(text.slice(span.end))) continue;
    const width = span.end - span.start;
    const word = pronoun.length <= width ? pronoun : '';
    out = out.slice(0, span.start) + word + ' '.repeat(width - word.length) + out.slice(span.end);
  }
  return out;
}
