// A small RFC 4180 CSV reader that keeps each record's line number and character offsets (for evidence).

/** One CSV record: its fields, the line it starts on, and where its raw text is in the file. */
export interface CsvRecord {
  fields: string[];
  line: number;
  start: number;
  end: number;
}

/** Reads every record of a CSV text (quoted fields may hold commas, quotes and newlines). */
export function* readCsv(text: string): Generator<CsvRecord, void, undefined> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let end = -1;
    while (end < 0) {
      if (text.charCodeAt(i) === 34 /* " */) {
        // Quoted field: up to the closing quote; "" is a quote.
        let value = '';
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            value += text.slice(i);
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === 34) {
            value += text.slice(i, q + 1);
            i = from = q + 2;
            continue;
          }
          value += text.slice(i, q);
          i = q + 1;
          break;
        }
        for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) line++;
        fields.push(value);
      } else {
        // Plain field: up to the next comma or line end.
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      const c = text.charCodeAt(i);
      if (c === 44 /* , */) {
        i++;
        if (i >= n) {
          fields.push('');
          end = i;
        }
      } else {
        end = i;
        if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
        else if (i < n) i++;
        line++;
      }
    }
    if (!(fields.length === 1 && fields[0] === '')) yield { fields, line: startLine, start, end };
  }
}

/** The cells of a table row, as positions (read only positions below the header's length). */
export type Cells = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/** A data row of a table: its fields (as many as the header has) and a way to report it as bad. */
export interface TableRow {
  record: CsvRecord;
  fields: Cells;
  bad: (message: string) => void;
}

/**
 * Reads a CSV table whose first line must be `header`: yields each data row with the right number of
 * fields; rows with another number are reported to `problems` (file and line) and skipped.
 * `counted.rows` counts every data row.
 */
export function* readTable(
  text: string,
  file: string,
  header: string[],
  problems: Array<{ file: string; line: number; message: string }>,
  what: string,
  counted: { rows: number },
): Generator<TableRow, void, undefined> {
  const records = readCsv(text);
  const first = records.next().value;
  if (!first || first.fields.join(',') !== header.join(',')) throw new Error(`not a ${what}`);
  for (const record of records) {
    counted.rows++;
    const bad = (message: string) => problems.push({ file, line: record.line, message });
    if (record.fields.length !== header.length) bad(`expected ${header.length} columns, found ${record.fields.length}`);
    else yield { record, fields: record.fields as Cells, bad };
  }
}
