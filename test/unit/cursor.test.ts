// Cursors: what we issue decodes; anything else is BAD_USER_INPUT.
import { decodeCursor, encodeCursor } from '../../src/cursor';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('cursors', () => {
  it('decode what they encode', () => {
    expect(decodeCursor(encodeCursor('Resolution', 'number.asc:2199'), 'Resolution')).toBe('number.asc:2199');
    expect(decodeCursor(encodeCursor('Allegation', 'stated_on.desc:0'), 'Allegation')).toBe('stated_on.desc:0');
    expect(decodeCursor(encodeCursor('Search', 12), 'Search')).toBe('12');
  });

  it.each([
    ['a hex number', b64('cursor:v1:Resolution:number.asc:0x10'), 'Resolution'],
    ['a leading zero', b64('cursor:v1:Resolution:number.asc:007'), 'Resolution'],
    ['a negative number', b64('cursor:v1:Resolution:number.asc:-1'), 'Resolution'],
    ['a float', b64('cursor:v1:Resolution:number.asc:16.0'), 'Resolution'],
    ['a suffix after the number', b64('cursor:v1:Resolution:number.asc:16 OR 1=1'), 'Resolution'],
    ['no order', b64('cursor:v1:Resolution:16'), 'Resolution'],
    ['an unknown direction', b64('cursor:v1:Resolution:number.up:16'), 'Resolution'],
    ['an offset past ten million', b64('cursor:v1:Resolution:number.asc:10000000'), 'Resolution'],
    ['any suffix after the type', b64('cursor:v1:Allegation:'), 'Allegation'],
    ['a key with quotes', b64("cursor:v1:Allegation:x' OR '1'='1"), 'Allegation'],
    ['another type', encodeCursor('Allegation', 'id.asc:3'), 'Resolution'],
    ['another version', b64('cursor:v2:Resolution:16'), 'Resolution'],
    ['standard base64 padding', Buffer.from('cursor:v1:Resolution:16').toString('base64'), 'Resolution'],
    ['non-canonical base64url', encodeCursor('Resolution', 'number.asc:16').slice(0, -1) + 'z', 'Resolution'],
    ['not base64 at all', '%%%', 'Resolution'],
    ['an empty string', '', 'Resolution'],
  ] as const)('refuses %s', (_what, cursor, type) => {
    let code: unknown = null;
    try {
      decodeCursor(cursor, type);
    } catch (error) {
      code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    }
    expect(code).toBe('BAD_USER_INPUT');
  });
});
