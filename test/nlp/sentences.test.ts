import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps titles, initials, month abbreviations and decimals inside a sentence', () => {
    const t = 'Gen. Mark O. Dalton met Mr. Reyes on Aug. 7 in St. Ives. Growth was 2.5 percent. No. 10 replied.';
    expect(split(t)).toEqual([
      'Gen. Mark O. Dalton met Mr. Reyes on Aug. 7 in St. Ives.',
      'Growth was 2.5 percent.',
      'No. 10 replied.',
    ]);
  });

  it('splits after a dotted abbreviation only before a sentence opener', () => {
    const t = 'The U.S. Navy sent a ship to the U.N. base. Officials left the U.S. The ship stayed.';
    expect(split(t)).toEqual([
      'The U.S. Navy sent a ship to the U.N. base.',
      'Officials left the U.S.',
      'The ship stayed.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case speaker tag', () => {
    const t = '"We will stay," the mayor said. "Will you?" she asked. He replied: "Yes." Then he left.';
    expect(split(t)).toEqual([
      '"We will stay," the mayor said.',
      '"Will you?" she asked.',
      'He replied: "Yes."',
      'Then he left.',
    ]);
  });

  it('handles curly quotes and an ellipsis inside a quote', () => {
    const t = '“Farmers ... cannot wait,” the minister said. “They need rain.” Talks resume today.';
    expect(split(t)).toEqual([
      '“Farmers ... cannot wait,” the minister said.',
      '“They need rain.”',
      'Talks resume today.',
    ]);
  });

  it('always ends a sentence at a line break and skips empty lines', () => {
    const t = 'Headline without a stop\n\nFirst paragraph here. Second one\nThird';
    expect(split(t)).toEqual(['Headline without a stop', 'First paragraph here.', 'Second one', 'Third']);
  });

  it('keeps a dateline and e.g. inside the sentence, and a list number with its item', () => {
    const t = 'LISBON, Jan. 4 (Wire) - Ministers met, e.g. Ms. Costa, on Monday.\n1. Contents';
    expect(split(t)).toEqual(['LISBON, Jan. 4 (Wire) - Ministers met, e.g. Ms. Costa, on Monday.', '1. Contents']);
  });

  it('returns spans that are trimmed offsets into the text', () => {
    const t = '  One here.   Two there.  ';
    const spans = splitSentences(t);
    expect(spans).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 24 },
    ]);
  });
});

describe('tokenize', () => {
  it('keeps numbers, abbreviations, names with particles and contractions whole', () => {
    const t = "The U.S. sent 1,200 troops (2.5%) to al-Qaim; they don't stay...";
    expect(tokenize(t).map((x) => x.text)).toEqual([
      'The',
      'U.S.',
      'sent',
      '1,200',
      'troops',
      '(',
      '2.5',
      '%',
      ')',
      'to',
      'al-Qaim',
      ';',
      'they',
      "don't",
      'stay',
      '...',
    ]);
  });

  it('gives offsets into the text and honours a range', () => {
    const t = 'abc def ghi';
    const toks = tokenize(t, 4, 11);
    expect(toks.map((x) => [x.start, x.end, x.text])).toEqual([
      [4, 7, 'def'],
      [8, 11, 'ghi'],
    ]);
  });
});
