// The date stage: precision from what the text states, resolved against the publication date with a past bias.
import { run } from './ingest-fixture';

describe('dates', () => {
  it('resolves weekdays backwards, relative years and months, written days and bare years', () => {
    const dates = run(
      'On Wednesday the minister spoke; last year he did not. On 14 July 2015 and in 2014, and last December, talks failed.',
      '2015-12-02',
    ).dates;
    expect(dates.map((d) => [d.start, d.end, d.quote, d.value, d.precision])).toEqual([
      [3, 12, 'Wednesday', '2015-12-02', 'DAY_INFERRED'],
      [33, 42, 'last year', '2014', 'YEAR'],
      [58, 70, '14 July 2015', '2015-07-14', 'DAY'],
      [78, 82, '2014', '2014', 'YEAR'],
      [88, 101, 'last December', '2014-12', 'MONTH'],
    ]);
  });

  it('keeps a weekday with no publication date as a WEEKDAY with no value', () => {
    expect(run('Rogachev spoke on Friday.').dates).toEqual([{ start: 18, end: 24, quote: 'Friday', value: null, precision: 'WEEKDAY', weekday: 'Friday' }]);
  });

  it('takes "today" from the publication date and leaves out vague words and durations', () => {
    expect(
      run('Today the Council met; it will review the list in 18 months and acts now.', '2016-02-08').dates.map((d) => [d.quote, d.value, d.precision]),
    ).toEqual([['Today', '2016-02-08', 'DAY_INFERRED']]);
  });
});
