import { describe, expect, it } from 'vitest';
import { findTimes, timexToIsoDate } from '../../src/nlp/times.js';

// Wednesday 2017-05-03 is the reference date of most cases (ISO week 18).
const REF = '2017-05-03';
const tag = (text: string, ref: string | null = REF): [string, string, string][] =>
  findTimes(text, ref).map((t) => [t.text, t.type, t.value]);
const valueOf = (text: string, phrase: string, ref: string | null = REF): string | undefined =>
  findTimes(text, ref).find((t) => t.text === phrase)?.value;

describe('findTimes: weekdays with news past bias', () => {
  it('resolves a weekday to the most recent one in a past-tense sentence', () => {
    expect(valueOf("Tuesday's phone call between the two leaders lasted an hour.", 'Tuesday')).toBe('2017-05-02');
    expect(valueOf('The envoy arrived in the capital on Friday.', 'Friday')).toBe('2017-04-28');
  });
  it('uses the next one in a future-tense sentence, today included', () => {
    expect(valueOf('The talks are set to begin on Wednesday.', 'Wednesday')).toBe('2017-05-03');
    expect(valueOf('The two ministers will meet on Friday.', 'Friday')).toBe('2017-05-05');
    expect(valueOf('Delegates are scheduled to gather in Oslo on Friday.', 'Friday')).toBe('2017-05-05');
    expect(valueOf('She said the council would proceed with the vote on Friday.', 'Friday')).toBe('2017-05-05');
  });
  it('handles last/next and parts of the day', () => {
    expect(valueOf('The convoy left last Wednesday.', 'last Wednesday')).toBe('2017-04-26');
    expect(tag('Shelling resumed on Monday night.')).toEqual([['Monday night', 'TIME', '2017-05-01TNI']]);
  });
  it('gives X values without a reference date, never today', () => {
    expect(valueOf('The ceasefire collapsed on Tuesday.', 'Tuesday', null)).toBe('XXXX-WXX-2');
    expect(valueOf('The ceasefire collapsed yesterday.', 'yesterday', null)).toBe('XXXX-XX-XX');
    expect(valueOf('The vote was held on August 1.', 'August 1', null)).toBe('XXXX-08-01');
  });
});

describe('findTimes: dates, months, years', () => {
  it('normalises explicit dates', () => {
    expect(tag('The leaders met on August 9, 2016 in a palace.')).toEqual([['August 9, 2016', 'DATE', '2016-08-09']]);
    expect(tag('Voting ended on 12 March 2015.')).toEqual([['12 March 2015', 'DATE', '2015-03-12']]);
    expect(tag('Posted 03.05.2017 by the desk.')).toEqual([['03.05.2017', 'DATE', '2017-05-03']]);
    expect(tag('The report is dated 2016-11-30.')).toEqual([['2016-11-30', 'DATE', '2016-11-30']]);
  });
  it('infers the year of a month-day from the tense', () => {
    expect(valueOf('The round of talks opened on August 1.', 'August 1')).toBe('2016-08-01');
    expect(valueOf('The round of talks will open on August 1.', 'August 1')).toBe('2017-08-01');
  });
  it('resolves bare months by tense and keeps month granularity for early/late', () => {
    expect(valueOf('The summit is to take place in Oslo in July.', 'July')).toBe('2017-07');
    expect(valueOf('The bombing campaign began in September.', 'September')).toBe('2016-09');
    expect(valueOf('The strikes in early April raised tensions.', 'early April')).toBe('2017-04');
    expect(valueOf('The uprising began in March 2011.', 'March 2011')).toBe('2011-03');
  });
  it('resolves years, decades and fuzzy year phrases', () => {
    expect(valueOf('In 2011, the protests began.', '2011')).toBe('2011');
    expect(valueOf('A resolution from late 2013 still applies.', 'late 2013')).toBe('2013');
    expect(valueOf('The dam was built in the 1990s.', 'the 1990s')).toBe('199');
    expect(valueOf('The war erupted six years ago.', 'six years ago')).toBe('2011');
    expect(valueOf('Earlier this year, the army advanced.', 'Earlier this year')).toBe('2017');
    expect(valueOf('A truce was agreed last year.', 'last year')).toBe('2016');
  });
  it('does not take counts or money for years', () => {
    expect(tag('The agency counted 2,017 refugees and paid $2015 to each.')).toEqual([]);
  });
});

describe('findTimes: relative periods', () => {
  it('resolves last/this/next periods against the reference', () => {
    expect(valueOf('Relations warmed after a coup attempt last month.', 'last month')).toBe('2017-04');
    expect(valueOf('The two states took a big step this week.', 'this week')).toBe('2017-W18');
    expect(valueOf('Markets calmed this morning.', 'this morning')).toBe('2017-05-03TMO');
    expect(valueOf('The mayor spoke today.', 'today')).toBe('2017-05-03');
  });
  it('anchors "a day earlier" on the last date mentioned', () => {
    const t = 'On Thursday, officials reported an attack that took place a day earlier.';
    expect(tag(t)).toEqual([
      ['Thursday', 'DATE', '2017-04-27'],
      ['a day earlier', 'DATE', '2017-04-26'],
    ]);
  });
  it('tags present, past and future references', () => {
    expect(valueOf('The fighting is now in its ninth year.', 'now')).toBe('PRESENT_REF');
    expect(valueOf('The town currently hosts refugees.', 'currently')).toBe('PRESENT_REF');
    expect(valueOf('The bridge was recently repaired.', 'recently')).toBe('PAST_REF');
  });
});

describe('findTimes: durations and sets', () => {
  it('normalises durations', () => {
    expect(tag('The siege lasted six years.')).toEqual([['six years', 'DURATION', 'P6Y']]);
    expect(tag('The two-day meeting ended.')).toEqual([['two-day', 'DURATION', 'P2D']]);
    expect(tag('Reports grew over the last few weeks.')).toEqual([['the last few weeks', 'DURATION', 'PXW']]);
    expect(tag('They waited for 48 hours.')).toEqual([['48 hours', 'DURATION', 'PT48H']]);
  });
  it('does not take ages or fractions for durations', () => {
    expect(tag('A 6-year-old girl and about three-quarters of the staff left.')).toEqual([]);
  });
  it('normalises sets', () => {
    expect(tag('The committee meets every week.')).toEqual([['every week', 'SET', 'P1W']]);
    expect(tag('Inspectors visit every Monday.')).toEqual([['every Monday', 'SET', 'XXXX-WXX-1']]);
    expect(tag('The paper is published daily.')).toEqual([['daily', 'SET', 'P1D']]);
  });
  it('reads clock times', () => {
    expect(tag('The blast happened at 10:35 a.m. on Friday.', '2017-05-03')[0]).toEqual([
      '10:35 a.m. on Friday',
      'TIME',
      '2017-04-28T10:35',
    ]);
  });
});

describe('findTimes: offsets and helpers', () => {
  it('returns spans whose text is the slice of the input', () => {
    const t = 'Since 2011 and until last week, the group met every month in early April.';
    for (const x of findTimes(t, REF)) expect(t.slice(x.start, x.end)).toBe(x.text);
  });
  it('turns TIMEX3 values into ISO calendar dates', () => {
    expect(timexToIsoDate('2017-05-03TMO')).toBe('2017-05-03');
    expect(timexToIsoDate('2017-W18')).toBe('2017-05');
    expect(timexToIsoDate('2017-Q3')).toBe('2017-07');
    expect(timexToIsoDate('2011')).toBe('2011');
    expect(timexToIsoDate('P6Y')).toBeNull();
    expect(timexToIsoDate('XXXX-WXX-2')).toBeNull();
    expect(timexToIsoDate('PRESENT_REF')).toBeNull();
  });
});
