import { describe, expect, it } from 'vitest';
import { parseDate, dateFromUrl, isDateOnly } from '../../src/extract/dates.js';

const now = new Date('2024-06-01T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['2017-05-03T10:22:00+02:00', '2017-05-03'],
    ['03.05.2017', '2017-05-03'], // dotted: day first
    ['3. Mai 2017', '2017-05-03'],
    ['May 3, 2017', '2017-05-03'],
    ['3 May 2017', '2017-05-03'],
    ['le 3 mai 2017', '2017-05-03'],
    ['3 de mayo de 2017', '2017-05-03'],
    ['25/12/2016', '2016-12-25'], // unambiguous: 25 > 12
    ['12/25/2016', '2016-12-25'],
    ['2016/12/25', '2016-12-25'],
    ['Published: 20170503', '2017-05-03'],
    ['3 мая 2017', '2017-05-03'],
  ])('%s → %s', (s, iso) => {
    expect(parseDate(s, { now })).toBe(iso);
  });
  it('ambiguous slashed dates follow dayFirst', () => {
    expect(parseDate('04/05/2017', { now })).toBe('2017-05-04');
    expect(parseDate('04/05/2017', { now, dayFirst: false })).toBe('2017-04-05');
  });
  it('rejects impossible, too old and future dates', () => {
    expect(parseDate('31.04.2017', { now })).toBeNull();
    expect(parseDate('1985-01-01', { now })).toBeNull();
    expect(parseDate('2024-06-10', { now })).toBeNull();
    expect(parseDate('2024-06-02', { now })).toBe('2024-06-02'); // today + 1 day allowed
    expect(parseDate('no date here', { now })).toBeNull();
  });
});

describe('dateFromUrl / isDateOnly', () => {
  it('reads day paths only', () => {
    expect(dateFromUrl('https://example.org/2017/05/03/some-story/', { now })).toBe('2017-05-03');
    expect(dateFromUrl('https://example.org/news/20170503-story.html', { now })).toBe('2017-05-03');
    expect(dateFromUrl('https://example.org/2017/05/story', { now })).toBeNull();
  });
  it('tells date lines from sentences', () => {
    expect(isDateOnly('Published 03.05.2017 10:15', { now })).toBe(true);
    expect(isDateOnly('Tuesday, May 2, 2017', { now })).toBe(true);
    expect(isDateOnly('The agreement signed on May 2, 2017 ended the long dispute between them', { now })).toBe(false);
  });
});
