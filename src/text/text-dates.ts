// Dates as the sanctions lists write them ("Jan. 2012", "30 Sep. 2011", "2007"): a pattern to find them and an ISO value with its precision.

/** How precisely a date in the text is known. */
export type TextDatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date read from a text: an ISO value ("2012-01", "2011-09-30", "2007") and its precision. */
export interface TextDate {
  value: string;
  precision: TextDatePrecision;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:1[89]|20)\d{2}(?![\d'’s-])`;

/**
 * A date, as a regular expression source (no groups of its own): "30 Sep. 2011", "January 2017", "Sep 30, 2011", "2007",
 * "2014-08-01". A resolution's number ("resolution 1844 (2008)") is no year.
 */
export const DATE_SOURCE = String.raw`(?:\d{4}-\d{2}-\d{2}|(?:\d{1,2}\s+)?${MONTH}\s+${YEAR}|${MONTH}\s+\d{1,2},\s+${YEAR}|(?<!\bresolutions?\s+(?:no\.\s*)?)\b${YEAR})`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Every date in `text`, in order, with its offsets (UTF-16, end exclusive). */
export function datesIn(text: string): Array<TextDate & { start: number; end: number }> {
  const out: Array<TextDate & { start: number; end: number }> = [];
  for (const m of text.matchAll(new RegExp(DATE_SOURCE, 'giu'))) {
    const date = parseDate(m[0]);
    if (date) out.push({ ...date, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The value of one date as DATE_SOURCE finds it; null for anything else. */
export function parseDate(text: string): TextDate | null {
  const t = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { value: t, precision: 'DAY' };
  const month = /([a-z]+)\.?/.exec(t);
  const year = /(\d{4})\s*$/.exec(t);
  if (!year) return null;
  if (!month) return /^\d{4}$/.test(t) ? { value: year[1]!, precision: 'YEAR' } : null;
  const index = MONTHS.indexOf(month[1]!.slice(0, 3));
  if (index < 0) return null;
  const mm = String(index + 1).padStart(2, '0');
  const day = /^(\d{1,2})\s/.exec(t) ?? /\s(\d{1,2}),/.exec(t);
  if (day) return { value: `${year[1]!}-${mm}-${day[1]!.padStart(2, '0')}`, precision: 'DAY' };
  return { value: `${year[1]!}-${mm}`, precision: 'MONTH' };
}
