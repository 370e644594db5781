/**
 * Runs the annotate stage on the real articles of ../shared/seeds (read at test time, never
 * copied into the repo). Skipped, with a message, when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import type { Annotated, Article } from '../../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const present = existsSync(seedsDir);
if (!present)
  console.warn(`test/nlp/seeds: skipped, ${seedsDir} not found (the shared data folder is not beside the repo)`);

/** The seed whose file name starts with `prefix`, annotated with a fixed reference date. */
function seed(prefix: string, published: string): Annotated {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`expected a seed file starting with ${prefix} in ${seedsDir}, found none`);
  const text = readFileSync(path.join(seedsDir, file), 'utf8');
  const article: Article = {
    id: prefix,
    source: file,
    url: null,
    outlet: null,
    title: null,
    published,
    published_from: null,
    language: 'en',
    authors: [],
    text,
  };
  return annotate(article);
}

describe.skipIf(!present)('annotate on the seed articles', () => {
  it('000: weekday past bias and future tense, month, quantities, a quote with its speaker', () => {
    const a = seed('000_', '2017-05-03');
    const t = (s: string) => a.times.filter((x) => x.text === s).map((x) => x.value);
    expect(t('Tuesday')).toEqual(['2017-05-02']);
    expect(t('Wednesday')).toEqual(['2017-05-03']); // "set to begin on Wednesday"
    expect(t('early April')).toEqual(['2017-04']);
    expect(t('six years ago')).toEqual(['2011']);
    expect(a.quantities.find((q) => q.value === 74)).toMatchObject({ approx: 'at least', unit: 'civilians' });
    expect(a.quantities.find((q) => q.value === 0.5)).toMatchObject({ unit: 'population' });
    expect(a.quotes.some((q) => /White House/.test(q.speaker?.text ?? '') && /suffering in Syria/.test(q.text))).toBe(
      true,
    );
  });

  it('001: dates and "more than 370,000 people"', () => {
    const a = seed('001_', '2019-08-02');
    expect(a.times.filter((x) => x.text === 'August 1').map((x) => x.value)).toEqual(['2019-08-01', '2019-08-01']);
    expect(a.times.find((x) => x.text === 'March 2011')?.value).toBe('2011-03');
    expect(a.quantities.find((q) => q.value === 370000)).toMatchObject({ approx: 'more than', unit: 'people' });
    expect(a.quotes.some((q) => /Foreign Ministry/.test(q.speaker?.text ?? ''))).toBe(true);
  });

  it('002: Kerry quotes and counts of people', () => {
    const a = seed('002_', '2016-12-10');
    const kerry = a.quotes.filter((q) => /Kerry/.test(q.speaker?.text ?? ''));
    expect(kerry.length).toBeGreaterThanOrEqual(2);
    expect(a.quotes.some((q) => q.text.startsWith('Fighters ... don') && /Kerry/.test(q.speaker?.text ?? ''))).toBe(
      true,
    );
    expect(a.quantities.find((q) => q.value === 1200)).toMatchObject({ approx: 'over', unit: 'rebels' });
    expect(a.quantities.find((q) => q.value === 20000)).toMatchObject({ unit: 'civilians' });
  });

  it('003: Trudeau quotes, an anchored "a day earlier", "late 2013"', () => {
    const a = seed('003_', '2016-08-12');
    expect(a.quotes.filter((q) => /Trudeau/.test(q.speaker?.text ?? '')).length).toBeGreaterThanOrEqual(3);
    expect(a.times.find((x) => x.text === 'Thursday')?.value).toBe('2016-08-11');
    expect(a.times.find((x) => x.text === 'a day earlier')?.value).toBe('2016-08-10');
    expect(a.times.find((x) => x.text === 'late 2013')?.value).toBe('2013');
    expect(a.times.find((x) => x.text === 'the last few weeks')?.value).toBe('PXW');
    expect(a.entities.some((e) => e.text.endsWith('Konstantinovsky Palace'))).toBe(true);
  });

  it('004: scheduled Friday is the next one; Kerry reported speech', () => {
    const a = seed('004_', '2015-12-16');
    expect(a.times.filter((x) => x.text === 'Friday').map((x) => x.value)).toEqual(['2015-12-18', '2015-12-18']);
    expect(a.times.find((x) => x.text === 'Tuesday')?.value).toBe('2015-12-15');
    expect(a.quotes.some((q) => /common ground/.test(q.text) && /Kerry/.test(q.speaker?.text ?? ''))).toBe(true);
  });

  it('every record of every seed slices its article text', () => {
    for (const f of readdirSync(seedsDir)) {
      const a = seed(f.slice(0, 4), '2017-05-03');
      for (const list of [
        a.sentences.map((s) => ({ ...s, text: a.article.text.slice(s.start, s.end) })),
        a.entities,
        a.times,
        a.quantities,
        a.quotes,
      ]) {
        for (const r of list) expect(a.article.text.slice(r.start, r.end)).toBe(r.text);
      }
    }
  });
});
