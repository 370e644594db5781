import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/nlp/times.js';

// Fixed reference dates; every sentence is our own.
const valueOf = (text: string, phrase: string, ref: string | null): string | undefined =>
  findTimes(text, ref).find((t) => t.text === phrase)?.value;
const typeOf = (text: string, phrase: string, ref: string | null): string | undefined =>
  findTimes(text, ref).find((t) => t.text === phrase)?.type;

describe('findTimes: year of a month-day without a year', () => {
  it('prefers the near future over a date most of a year back, even in a past-tense clause', () => {
    // written in late October: "payable Dec. 7" is six weeks ahead, not eleven months back
    expect(
      valueOf('The board declared a dividend, payable Dec. 7 to holders of record Nov. 20.', 'Dec. 7', '1999-10-27'),
    ).toBe('1999-12-07');
    expect(
      valueOf('The board declared a dividend, payable Dec. 7 to holders of record Nov. 20.', 'Nov. 20', '1999-10-27'),
    ).toBe('1999-11-20');
  });
  it('still takes the past occurrence when it is the nearer fit', () => {
    expect(valueOf('The index closed at a record on Aug. 6.', 'Aug. 6', '2003-02-06')).toBe('2002-08-06');
    expect(valueOf('A deadline of Jan. 14 was set for the handover.', 'Jan. 14', '2004-01-15')).toBe('2004-01-14');
  });
  it('uses the weekday to pick the year', () => {
    // 26 October is a Monday in 2015, not in 2014
    expect(
      valueOf(
        'The paper wrote in an editorial on Monday, Oct. 26: the case is closed.',
        'Monday, Oct. 26',
        '2015-10-25',
      ),
    ).toBe('2015-10-26');
  });
  it('tags the second day of a pair and the week of a date', () => {
    const t = findTimes('The summit will be held on April 24 and 25 in the capital.', '2011-02-10');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['April 24', '2011-04-24'],
      ['25', '2011-04-25'],
    ]);
    expect(valueOf('A hearing may be scheduled the week of March 6.', 'the week of March 6', '2006-02-24')).toBe(
      '2006-W10',
    );
  });
});

describe('findTimes: tense cues', () => {
  it('reads a fronted adverbial with the clause after its comma', () => {
    expect(valueOf('In January, the mill hired a new manager.', 'January', '2007-10-27')).toBe('2007-01');
    expect(valueOf('In January, the mill will hire a new manager.', 'January', '2007-10-27')).toBe('2008-01');
  });
  it('does not take a passive participle for a past tense, and reads "as soon as" as future', () => {
    expect(valueOf('The vote will be held on Friday.', 'Friday', '2012-03-14')).toBe('2012-03-16');
    expect(valueOf('The envoy could arrive as soon as Tuesday, aides said.', 'Tuesday', '2012-03-12')).toBe(
      '2012-03-13',
    );
  });
  it('anchors "the previous Friday" on the day in focus', () => {
    expect(
      valueOf('Shares fell on Friday, down 4% from the previous Friday.', 'the previous Friday', '2008-10-29'),
    ).toBe('2008-10-17');
  });
});

describe('findTimes: holidays, years, centuries, fractions', () => {
  it('resolves fixed and movable holidays', () => {
    expect(valueOf('The boat was found at sea on Thanksgiving Day.', 'Thanksgiving Day', '2010-01-06')).toBe(
      '2009-11-26',
    );
    expect(valueOf('The market stays shut on Good Friday 2016.', 'Good Friday 2016', null)).toBe('2016-03-25');
    expect(valueOf('Fireworks are planned for New Year’s Eve.', 'New Year’s Eve', '2013-12-02')).toBe('2013-12-31');
    expect(valueOf('Crowds gathered during Easter week.', 'Easter week', '2014-04-24')).toBe('2014-W16');
    expect(valueOf('The airline Eastern said nothing.', 'Eastern', '2014-04-24')).toBeUndefined();
  });
  it('reads "the (fiscal) year" as the current year, or a twelve-month duration when it "ended"', () => {
    expect(valueOf('Sales for the full year rose 5%.', 'the full year', '1995-11-02')).toBe('1995');
    expect(valueOf('It forecast lower profit for the fiscal year.', 'the fiscal year', '1995-11-02')).toBe('1995');
    expect(valueOf('Revenue was $9 million in the year ended March 31.', 'the year', '1995-11-02')).toBe('P1Y');
    expect(typeOf('Revenue was $9 million in the year ended March 31.', 'the year', '1995-11-02')).toBe('DURATION');
    expect(valueOf('The deal should close by year-end.', 'year-end', '1995-11-02')).toBe('1995-12-31');
    expect(valueOf('The index is up 12% since year-end.', 'year-end', '1995-11-02')).toBe('1994-12-31');
  });
  it('refers "that year" to the last year written out', () => {
    expect(
      valueOf('She left for Lisbon in June 1998 and came back later that year.', 'later that year', '2004-01-28'),
    ).toBe('1998');
  });
  it('formats centuries, soon, now that, this past season', () => {
    expect(valueOf('A ruined 11th century chapel stands on the hill.', '11th century', '2001-02-19')).toBe('10');
    expect(valueOf('The storms of this century were the worst.', 'this century', '2001-02-19')).toBe('20');
    expect(valueOf('The firm thinks it will be profitable soon.', 'soon', '2001-02-19')).toBe('FUTURE_REF');
    expect(valueOf('Call me as soon as you land.', 'soon', '2001-02-19')).toBeUndefined();
    expect(valueOf('The port is busy now that the strike is over.', 'now', '2001-02-19')).toBe('PRESENT_REF');
    expect(valueOf('The unit was sold this past spring.', 'this past spring', '2001-10-30')).toBe('2001-SP');
  });
  it('writes fractional durations with the next smaller unit', () => {
    expect(valueOf('The crew worked for 5 1/2 hours.', '5 1/2 hours', '2001-02-19')).toBe('PT5H30M');
    expect(valueOf('They lived in the camps for 2 1/2 years.', '2 1/2 years', '2001-02-19')).toBe('P2Y6M');
    expect(valueOf('The alarm rang for a minute and a half.', 'a minute and a half', '2001-02-19')).toBe('PT1M30S');
    expect(valueOf('The trial took one and a half days.', 'one and a half days', '2001-02-19')).toBe('P1DT12H');
    expect(valueOf('Hiring slowed in recent months.', 'recent months', '2001-02-19')).toBe('PXM');
  });
});

describe('findTimes: quarterly reports', () => {
  it('compares with the quarter being reported, not a quarter still to come', () => {
    const text =
      'Acme Corp. said its third-quarter net rose 8% to $12 million.\n' +
      'Acme expects a fourth-quarter charge of $2 million.\n' +
      'Sales in the latest quarter were $90 million, up from $80 million a year ago.\n' +
      'Its paper unit earned $3 million, compared with a loss of $1 million last year.';
    const t = findTimes(text, '1994-11-02');
    const v = (p: string): string | undefined => t.find((x) => x.text === p)?.value;
    expect(v('third-quarter')).toBe('1994-Q3');
    expect(v('fourth-quarter')).toBe('1994-Q4');
    expect(v('the latest quarter')).toBe('1994-Q3');
    expect(v('a year ago')).toBe('1993-Q3');
    expect(v('last year')).toBe('1993-Q3');
  });
});

describe('findTimes: anchors stay in their paragraph', () => {
  it('resolves a bare clock time on the paragraph’s own day, else the publication date', () => {
    const text = 'The convoy left on Thursday. It stopped at 6 p.m.\nThe ministry briefed reporters at 9 a.m.';
    const t = findTimes(text, '2013-05-10');
    expect(t.find((x) => x.text === '6 p.m.')?.value).toBe('2013-05-09T18:00');
    expect(t.find((x) => x.text === '9 a.m.')?.value).toBe('2013-05-10T09:00');
  });
});
