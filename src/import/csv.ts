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
  while (i < text.length) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (;;) {
      const c = text[i];
      if (quoted) {
        if (c === undefined) break;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      } else if (c === '"' && field === '') {
        quoted = true;
        i++;
      } else if (c === ',') {
        fields.push(field);
        field = '';
        i++;
      } else if (c === '\n' || c === '\r' || c === undefined) {
        fields.push(field);
        const end = i;
        if (c === '\r' && text[i + 1] === '\n') i += 2;
        else if (c !== undefined) i++;
        line++;
        if (!(fields.length === 1 && fields[0] === '')) yield { fields, line: startLine, start, end };
        break;
      } else {
        field += c;
        i++;
      }
    }
    if (quoted) {
      yield { fields: [...fields, field], line: startLine, start, end: text.length };
      return;
    }
  }
}
