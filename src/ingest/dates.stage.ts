// Dates with precision, resolved against the publication date (chrono-node's known components give the precision; news reports the past).
import * as chrono from 'chrono-node';
import type { DatePrecision, FoundDate } from './ingest.types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|during|of|until|till|before|after)\s+/i;
/** Bare years ("in 2015", "between 2006 and 2015"), not citations ("2253 (2015)", "S/RES/2253(2015)") nor numbers in symbols. */
const BARE_YEAR = /(?<![\d/(.,-])\b(19[4-9]\d|20\d\d)\b(?![\d/)]|\s*\)|-\d|\.\d)/g;

const DATE_WORDS =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow|morning|evening|afternoon|noon|midnight|week|month|year|ago|last|next|this)\b/i;

const CASUAL_DAY = /\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b/i;
const NOT_A_DATE = /^(?:now|right now|just now|so far|soon|recently|currently)$|^\d+\s+(?:days?|weeks?|months?|years?|decades?)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The weekday on or before `published` with the given index (0 = Sunday): news reports what happened. */
function lastWeekday(published: string, weekday: number): string {
  const date = new Date(`${published}T12:00:00Z`);
  const back = (date.getUTCDay() - weekday + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** One chrono result as a found date: precision from its known components, a year from the publication date going back. */
function toFound(text: string, result: chrono.ParsedResult, published: string | null, offset: number): FoundDate | null {
  let quote = result.text;
  let start = offset + result.index;
  quote = quote.replace(/[\s,.;:]+$/, '');
  const lead = LEADING_PREPOSITION.exec(quote);
  if (lead) {
    quote = quote.slice(lead[0].length);
    start += lead[0].length;
  }
  const known = result.start;
  const tags = [...(result.tags?.() ?? [])];
  const relative = tags.some((t) => t.startsWith('casualReference') || t.startsWith('result/relative'));
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  let value: string | null = null;
  let precision: DatePrecision;
  let weekday: string | undefined;
  if (CASUAL_DAY.test(quote) && !/\d/.test(quote)) {
    // "today", "this morning", "yesterday": the day is worked out from the publication date.
    value = published ? iso(known.get('year')!, known.get('month')!, known.get('day')!) : null;
    precision = 'DAY_INFERRED';
  } else if (known.isCertain('day') && known.isCertain('month')) {
    const month = known.get('month')!;
    const day = known.get('day')!;
    let year = known.isCertain('year') ? known.get('year')! : pubYear;
    if (!known.isCertain('year') && year !== null && published && iso(year, month, day) > published) year -= 1;
    value = year === null ? null : iso(year, month, day);
    precision = relative && !/\d/.test(quote) ? 'DAY_INFERRED' : 'DAY';
    if (relative && !published) value = null;
  } else if (known.isCertain('weekday') && !known.isCertain('day')) {
    weekday = WEEKDAYS[known.get('weekday')!];
    if (published) {
      value = lastWeekday(published, known.get('weekday')!);
      precision = 'DAY_INFERRED';
    } else precision = 'WEEKDAY';
  } else if (known.isCertain('month')) {
    const month = known.get('month')!;
    let year = known.isCertain('year') ? known.get('year')! : pubYear;
    const before = text.slice(Math.max(0, start - 5), start);
    const last = before.search(/last\s$/i);
    if (last >= 0 && year !== null) {
      const from = start - (before.length - last);
      quote = text.slice(from, start + quote.length);
      start = from;
      if (published && iso(year, month, 1) >= published.slice(0, 7) + '-01') year -= 1;
    } else if (!known.isCertain('year') && year !== null && published && iso(year, month, 1) > published) year -= 1;
    value = year === null ? null : `${year}-${pad(month)}`;
    precision = 'MONTH';
  } else if (known.isCertain('year')) {
    value = String(known.get('year'));
    precision = 'YEAR';
  } else return null;
  if (text.slice(start, start + quote.length) !== quote) return null;
  return { start, end: start + quote.length, quote, value, precision, ...(weekday ? { weekday } : {}) };
}

/**
 * Dates in `text[from, to)` (one sentence at a time: chrono's cost stays linear), resolved against `published`
 * (YYYY-MM-DD or null): a written day is DAY (its year, when missing, the latest not after publication); "today",
 * "this morning" and a weekday are DAY_INFERRED (the weekday on or before publication); a weekday with no
 * publication date is WEEKDAY with a null value; "last December" a MONTH; "last year" and bare years a YEAR.
 */
export function findDates(text: string, sentences: Array<{ start: number; end: number }>, published: string | null): FoundDate[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const out: FoundDate[] = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const found: FoundDate[] = [];
    // chrono only where a date can be: a digit, a month or weekday name, or a relative day word.
    const results = DATE_WORDS.test(slice) ? chrono.casual.parse(slice, ref, { forwardDate: false }) : [];
    for (const result of results) {
      // "today, this morning" comes back as one result: each part is its own date.
      const parts = CASUAL_DAY.test(result.text) ? result.text.split(/,\s+/) : [result.text];
      if (parts.length > 1) {
        let at = result.index;
        for (const part of parts) {
          const idx = slice.indexOf(part, at);
          for (const sub of chrono.casual.parse(part, ref, { forwardDate: false })) {
            const d = toFound(text, { ...sub, index: idx + sub.index, tags: sub.tags.bind(sub) }, published, s.start);
            if (d) found.push(d);
          }
          at = idx + part.length;
        }
        continue;
      }
      // Times of day alone ("at noon") and numbers chrono reads as times are not dates.
      const dated = ['day', 'month', 'year', 'weekday'].some((c) => result.start.isCertain(c as chrono.Component));
      if (!dated && !CASUAL_DAY.test(result.text)) continue;
      // Vague words ("now") and durations ("in 18 months", "10 years after") are not dates.
      if (NOT_A_DATE.test(result.text.replace(LEADING_PREPOSITION, ''))) continue;
      const d = toFound(text, result, published, s.start);
      if (d) found.push(d);
    }
    for (const m of slice.matchAll(BARE_YEAR)) {
      const start = s.start + m.index;
      if (found.some((d) => d.start <= start && start < d.end)) continue;
      const before = slice.slice(Math.max(0, m.index - 12), m.index);
      if (/(?:Resolution|S\/RES\/\d+|\d)\s*\(?$/i.test(before)) continue;
      found.push({ start, end: start + 4, quote: m[0], value: m[0], precision: 'YEAR' });
    }
    found.sort((a, b) => a.start - b.start);
    out.push(...found);
  }
  return out;
}
