import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/nlp/quantities.js';
import { findTimes } from '../../src/nlp/times.js';
import { splitSentences } from '../../src/nlp/sentences.js';

const qs = (text: string): unknown[] => {
  const sentences = splitSentences(text);
  return findQuantities(text, sentences, findTimes(text, '2017-05-03', sentences)).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    const o: Record<string, unknown> = { text: q.text, value: q.value };
    if (q.approx) o.approx = q.approx;
    if (q.unit) o.unit = q.unit;
    return o;
  });
};

describe('findQuantities', () => {
  it('reads qualifiers, numbers and the counted noun', () => {
    expect(qs('The flood left at least 74 villagers homeless.')).toEqual([
      { text: 'at least 74 villagers', value: 74, approx: 'at least', unit: 'villagers' },
    ]);
    expect(qs('More than 370,000 people have fled and over 1,200 fighters surrendered.')).toEqual([
      { text: 'More than 370,000 people', value: 370000, approx: 'more than', unit: 'people' },
      { text: 'over 1,200 fighters', value: 1200, approx: 'over', unit: 'fighters' },
    ]);
  });
  it('keeps the head noun phrase up to three words, without leading "additional"', () => {
    expect(qs('The navy is sending some 200 additional military personnel.')).toEqual([
      { text: 'some 200 additional military personnel', value: 200, approx: 'some', unit: 'military personnel' },
    ]);
  });
  it('reads scale words, number words, fractions and vague plurals', () => {
    expect(qs('The plan costs 1.5 million euros.')).toEqual([
      { text: '1.5 million euros', value: 1500000, unit: 'euros' },
    ]);
    expect(qs('Twenty-four ships and two hundred sailors joined.')).toEqual([
      { text: 'Twenty-four ships', value: 24, unit: 'ships' },
      { text: 'two hundred sailors', value: 200, unit: 'sailors' },
    ]);
    expect(qs('The drought displaced half the population and millions of goats.')).toEqual([
      { text: 'half the population', value: 0.5, unit: 'population' },
      { text: 'millions of goats', value: 1000000, approx: 'millions', unit: 'goats' },
    ]);
    expect(qs('It uprooted millions, officials said.')).toEqual([
      { text: 'millions', value: 1000000, approx: 'millions' },
    ]);
  });
  it('reads percentages and currency', () => {
    expect(qs('Prices rose 12 percent while $2 billion was spent.')).toEqual([
      { text: '12 percent', value: 12, unit: 'percent' },
      { text: '$2 billion', value: 2000000000, unit: 'USD' },
    ]);
  });
  it('skips years, durations, ordinals, hyphenated adjectives and names with digits', () => {
    expect(qs('In 2011 the two-day G20 summit opened its 13th round for six years.')).toEqual([]);
  });
  it('counts languages and countries', () => {
    expect(qs('The service broadcasts in 27 languages.')).toEqual([
      { text: '27 languages', value: 27, unit: 'languages' },
    ]);
  });
});
