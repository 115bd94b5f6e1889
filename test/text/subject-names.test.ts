// subject-names: the forms that name a list entry's subject, the spans that name it in a sentence, and the masked sentence the rules read.
import { maskSubject, namesSubject, subjectForms, subjectSpans } from '../../src/text/subject-names';

const PERSON = { ref: 'QDi.901', names: ['HAMZA OMAR BIN SAMPLE', 'Abu Sample al-Misali'] };
const GROUP = { ref: 'QDe.901', names: ['ANSAR SAMPLE BRIGADE (ASB)', 'Jund al-Mithal / JAM'] };

describe('subjectForms', () => {
  it('gives a person’s names, family name, first and last names, and first name with the family name', () => {
    expect(subjectForms(PERSON).map((f) => f.join(' '))).toEqual([
      'hamza omar bin sample',
      'sample',
      'hamza sample',
      'hamza bin sample',
      'abu sample al misali',
      'misali',
      'abu misali',
      'abu al misali',
    ]);
  });
  it('gives an entity’s names, bracketed acronyms, "/" parts and initials, never its last word alone', () => {
    expect(subjectForms(GROUP).map((f) => f.join(' '))).toEqual(
      ['ansar sample brigade', 'asb', 'asb', 'jund al mithal', 'jam'].filter((f, i, a) => a.indexOf(f) === i),
    );
    expect(namesSubject('Brigade', subjectForms(GROUP))).toBe(false);
    expect(namesSubject('ASB', subjectForms(GROUP))).toBe(true);
  });
});

describe('subjectSpans and maskSubject', () => {
  it('finds the subject by a short form, with particles before and brackets after', () => {
    const text = 'In 2015, Bin Sample (QDi.901) was arrested.';
    const spans = subjectSpans(text, subjectForms(PERSON));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Bin Sample (QDi.901)']);
    expect(maskSubject(text, PERSON)).toBe('In 2015, he                   was arrested.');
  });
  it('does not take a family name after another given name for the subject ("Omar Sample" is someone else)', () => {
    const text = 'Omar Sample was arrested.';
    expect(subjectSpans(text, subjectForms({ ref: 'QDi.902', names: ['HAMZA SAMPLE'] }))).toEqual([]);
  });
  it('masks an entity as "it" only where it acts, never as an owner', () => {
    expect(maskSubject('The Ansar Sample Brigade (ASB) was formed in 2010.', GROUP)).toBe('it                             was formed in 2010.');
    expect(maskSubject('ASB’s leader was killed.', GROUP)).toBe('ASB’s leader was killed.');
  });
});
