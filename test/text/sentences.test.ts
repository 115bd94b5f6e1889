// splitSentences: exact UTF-16 spans, abbreviations that never end a sentence, paragraph breaks that always do.
import { splitSentences } from '../../src/text/sentences';

/** The sentences as text, each checked to be exactly the slice its span gives. */
function split(text: string, from?: number, to?: number): string[] {
  return splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('gives exact offsets, trimmed of surrounding whitespace', () => {
    const text = '  He left. She stayed!  Why? ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 10 },
      { start: 11, end: 22 },
      { start: 24, end: 28 },
    ]);
  });

  it('never ends a sentence at a month, a title, an initial or a dotted acronym', () => {
    const text =
      'Since Jan. 2012, he is the Leader of Al-Nusrah Front. He met Dr. Smith and Mr. J. R. Doe at U.N. headquarters on 3 Jul. 2010. Born ca. 1970 in St. Louis, No. 5 on the list. Listed a.k.a. Abu Bakr. Done.';
    expect(split(text)).toEqual([
      'Since Jan. 2012, he is the Leader of Al-Nusrah Front.',
      'He met Dr. Smith and Mr. J. R. Doe at U.N. headquarters on 3 Jul. 2010.',
      'Born ca. 1970 in St. Louis, No. 5 on the list.',
      'Listed a.k.a. Abu Bakr.',
      'Done.',
    ]);
  });

  it('ends a sentence only before whitespace and a capital', () => {
    const text = 'Listed (QDe.118).In custody. Leaves 7-9 cm. long. Height: 1.70 m. Since 2001 here. Code BGHFCL66R28Z352G. Next.';
    expect(split(text)).toEqual([
      'Listed (QDe.118).In custody.',
      'Leaves 7-9 cm. long.',
      'Height: 1.70 m.',
      'Since 2001 here.',
      'Code BGHFCL66R28Z352G.',
      'Next.',
    ]);
  });

  it('never starts a sentence at a bracket ("(QE.J.115.04.) (AQI).")', () => {
    const text = 'Leader of Al-Qaida in Iraq (QE.J.115.04.) (AQI). Currently based in Iraq.';
    expect(split(text)).toEqual(['Leader of Al-Qaida in Iraq (QE.J.115.04.) (AQI).', 'Currently based in Iraq.']);
  });

  it('keeps closing quotes with their sentence and does not split a quoted exclamation', () => {
    const text = "“Stop!” he said. She answered: “Never.” Then left. 'Fine?' Yes.";
    expect(split(text)).toEqual(['“Stop!” he said.', 'She answered: “Never.”', 'Then left.', "'Fine?'", 'Yes.']);
  });

  it('counts UTF-16 code units for non-ASCII text and emoji (surrogate pairs)', () => {
    const text = 'Café Über… ok? Mr. Ø 🙂 went. Next 👨‍👩‍👧 family. Last.';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 0, end: 14 },
      { start: 15, end: 29 },
      { start: 30, end: 51 },
      { start: 52, end: 57 },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Café Über… ok?', 'Mr. Ø 🙂 went.', 'Next 👨‍👩‍👧 family.', 'Last.']);
  });

  it('keeps a sentence wrapped over indented lines whole', () => {
    const text = 'A financier for Islamic State in Iraq\n                and the Levant. Reportedly\n deceased in 2010.';
    expect(split(text)).toEqual(['A financier for Islamic State in Iraq\n                and the Levant.', 'Reportedly\n deceased in 2010.']);
  });

  it('ends a sentence at a blank line, before a list item and around a heading', () => {
    const text =
      'Background\nHe was born in Mosul\n\nand moved.\nRoles:\n- leader of the group\n- member of the council. Since 2012\n  in charge.\n1. Numbered item';
    expect(split(text)).toEqual([
      'Background',
      'He was born in Mosul',
      'and moved.',
      'Roles:',
      '- leader of the group',
      '- member of the council.',
      'Since 2012\n  in charge.',
      '1. Numbered item',
    ]);
  });

  it('splits only the given range, with offsets into the whole text', () => {
    const text = 'Before. One here. Two there. After.';
    const from = text.indexOf('One');
    const to = text.indexOf(' After');
    expect(splitSentences(text, from, to)).toEqual([
      { start: 8, end: 17 },
      { start: 18, end: 28 },
    ]);
    expect(splitSentences('', 0, 0)).toEqual([]);
    expect(splitSentences('   \n\n  ')).toEqual([]);
  });
});
