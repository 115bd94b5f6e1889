// splitSentences: exact UTF-16 spans, abbreviations that never end a sentence, and how lines, blank lines, rules, headings and list items end one.
import { splitSentences } from '../../src/text/sentences';
import sentenceWords from '../../src/text/patterns/sentence-words.json';

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

  it.each(sentenceWords.abbreviations)('never ends a sentence at "%s."', (word) => {
    const text = `See ${word.charAt(0).toUpperCase()}${word.slice(1)}. Smith here.`;
    expect(split(text)).toEqual([text]);
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
      'Background\nHe was born in Mosul.\n\nHe moved.\nRoles:\n- leader of the group\n- member of the council. Since 2012\n  in charge.\n1. Numbered item';
    expect(split(text)).toEqual([
      'Background',
      'He was born in Mosul.',
      'He moved.',
      'Roles:',
      'leader of the group',
      'member of the council.',
      'Since 2012\n  in charge.',
      '1. Numbered item',
    ]);
  });

  it('ends a paragraph at a rule line (---), which is not text', () => {
    const text = 'Completeness: excerpt\n---\nBREAKING NEWS\n\nIt rained.\n***\nthe end';
    expect(split(text)).toEqual(['Completeness: excerpt', 'BREAKING NEWS', 'It rained.', 'the end']);
  });

  it('reads a short line without a stop as a sentence of its own: headline, dateline, byline', () => {
    const text = 'Treasury Building\nU.S. Treasury Department\nOffice of Public Affairs\n2/8/2016\nLONDON—Good morning, everyone. Thanks.';
    expect(split(text)).toEqual([
      'Treasury Building',
      'U.S. Treasury Department',
      'Office of Public Affairs',
      '2/8/2016',
      'LONDON—Good morning, everyone.',
      'Thanks.',
    ]);
  });

  it('goes on over a line break where the line is long, holds a sentence end or begins in lower case (wrapped prose)', () => {
    const long = 'Remarks by Assistant Secretary for Terrorist Financing Daniel Glaser at Chatham\nHouse\n2/8/2016';
    expect(split(long)).toEqual(['Remarks by Assistant Secretary for Terrorist Financing Daniel Glaser at Chatham\nHouse', '2/8/2016']);
    const inner = 'Born in 1970. Trader in Butembo, North\nKivu province.';
    expect(split(inner)).toEqual(['Born in 1970.', 'Trader in Butembo, North\nKivu province.']);
    const lower = 'Photo\n      available for inclusion in the INTERPOL-UN\n      Security Council Special Notice.';
    expect(split(lower)).toEqual([lower]);
  });

  it('goes on over a line break after a word a sentence cannot end on, a comma, a hyphen or an open bracket', () => {
    expect(split('Member of the\nTaliban Supreme Council.')).toEqual(['Member of the\nTaliban Supreme Council.']);
    expect(split("Father's name is Abdullah al\nSbhua.")).toEqual(["Father's name is Abdullah al\nSbhua."]);
    expect(split('Sold by Ali,\nHassan and Omar.')).toEqual(['Sold by Ali,\nHassan and Omar.']);
    expect(split('Listed under resolution 1970 (Travel\nBan).')).toEqual(['Listed under resolution 1970 (Travel\nBan).']);
    expect(split('Leadership included Hassan Dahir Aweys\n(QDi.042).')).toEqual(['Leadership included Hassan Dahir Aweys\n(QDi.042).']);
  });

  it.each(sentenceWords.lineContinues)('goes on over a line break after "%s"', (word) => {
    const text = `Named ${word}\nBaghdad Airport.`;
    expect(split(text)).toEqual([text]);
  });

  it('goes on over a blank line only in lower case after a line without a stop', () => {
    const text = 'They noted that Moscow rarely drafts\n\ncouncil resolutions. He left\n\nThen it rained.\n\nand stopped.';
    expect(split(text)).toEqual(['They noted that Moscow rarely drafts\n\ncouncil resolutions.', 'He left', 'Then it rained.', 'and stopped.']);
  });

  it('leaves bullets and heading marks out of the sentence, but keeps a numbered marker', () => {
    const text =
      '= Resolution 2253 =\n\n== Background==\nIn 2011, it changed.\n## Next steps ##\n1. Oil Smuggling\n  • Condemns trade;\n  • Clarifies that it is banned;\n* Asks states to act.';
    expect(split(text)).toEqual([
      'Resolution 2253',
      'Background',
      'In 2011, it changed.',
      'Next steps',
      '1. Oil Smuggling',
      'Condemns trade;',
      'Clarifies that it is banned;',
      'Asks states to act.',
    ]);
  });

  it('ends a sentence before a field that follows a field, however long ("Title: …" then "Publisher: …")', () => {
    const text =
      'Title: Remarks of the Under Secretary at the Carnegie Endowment for International Peace\nPublisher: U.S. Treasury\nURL: https://example.org/a/\nRetrieved via: web copy\nMoney Service Provider License and Pakistan National Tax Number 3187777 and Afghan\nNumber: 044.';
    expect(split(text)).toEqual([
      'Title: Remarks of the Under Secretary at the Carnegie Endowment for International Peace',
      'Publisher: U.S. Treasury',
      'URL: https://example.org/a/',
      'Retrieved via: web copy',
      'Money Service Provider License and Pakistan National Tax Number 3187777 and Afghan\nNumber: 044.',
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
