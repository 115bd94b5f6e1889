// The CSV reader: quoting rules, line numbers and offsets that slice back to each record.
import { readCsv } from '../src/import/csv';

it('reads quoted fields with commas, quotes and newlines, and gives lines and offsets', () => {
  const text = 'a,b,c\n1,"two, ""2""",3\r\n"multi\nline",x,\n\nlast,,"q"';
  const records = [...readCsv(text)];
  expect(records.map((r) => r.fields)).toEqual([
    ['a', 'b', 'c'],
    ['1', 'two, "2"', '3'],
    ['multi\nline', 'x', ''],
    ['last', '', 'q'],
  ]);
  expect(records.map((r) => r.line)).toEqual([1, 2, 3, 6]);
  expect(records.map((r) => text.slice(r.start, r.end))).toEqual(['a,b,c', '1,"two, ""2""",3', '"multi\nline",x,', 'last,,"q"']);
});

it('keeps a trailing empty field and skips a byte-order mark', () => {
  expect([...readCsv('\uFEFFx,y,\n')].map((r) => r.fields)).toEqual([['x', 'y', '']]);
  expect([...readCsv('x,')].map((r) => r.fields)).toEqual([['x', '']]);
});
