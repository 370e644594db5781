import { describe, expect, it } from 'vitest';
import { isQuotation, parseAnn } from '../../eval/quotes.js';

// A made-up brat standoff file over our own text.
const TEXT = '“The dam will hold,” the engineer said. Officials said that the river “was under control.”';
const at = (s: string): [number, number] => {
  const i = TEXT.indexOf(s);
  return [i, i + s.length];
};
const t = (id: string, type: string, s: string): string => `${id}\t${type} ${at(s).join(' ')}\t${s}`;
const ANN = [
  t('T1', 'Content', '“The dam will hold,”'),
  t('T2', 'Source', 'the engineer'),
  t('T3', 'Cue', 'said'),
  t('T4', 'Attribution', 'said'),
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  t('T5', 'Content', 'that the river “was under control.”'),
  t('T6', 'Source', 'Officials'),
  `T7\tCue ${TEXT.indexOf('said', 40)} ${TEXT.indexOf('said', 40) + 4}\tsaid`,
  'E2\tAttribution:T7 Content:T5 Cue:T7 Source:T6',
].join('\n');

describe('eval/quotes: PolNeAR parsing', () => {
  it('tells direct quotations from reported clauses with a quoted fragment', () => {
    const [a, b] = at('“The dam will hold,”');
    expect(isQuotation(TEXT, { start: a, end: b })).toBe(true);
    const [c, d] = at('that the river “was under control.”');
    expect(isQuotation(TEXT, { start: c, end: d })).toBe(false);
  });
  it('reads attribution relations with their spans', () => {
    const gold = parseAnn(ANN, TEXT);
    expect(gold).toHaveLength(2);
    expect(gold[0].direct).toBe(true);
    expect(TEXT.slice(gold[0].source[0].start, gold[0].source[0].end)).toBe('the engineer');
    expect(gold[1].direct).toBe(false);
  });
});
