import { describe, expect, it } from 'vitest';
import { annotate, annotateStage } from '../../src/nlp/index.js';
import type { Article } from '../../src/types.js';

function article(text: string, published: string | null): Article {
  return {
    id: 'test',
    source: 'test',
    url: null,
    outlet: null,
    title: null,
    published,
    published_from: null,
    language: 'en',
    authors: [],
    text,
  };
}

describe('annotate stage', () => {
  it('declares what it needs and produces', () => {
    expect(annotateStage.name).toBe('annotate');
    expect(annotateStage.needs).toBe('article');
    expect(annotateStage.produces).toBe('annotated');
  });

  it('uses article.published, then ctx.published, as the reference date', () => {
    const text = 'The envoy arrived on Tuesday.';
    const own = annotateStage.run(article(text, '2019-06-13'), { published: '2001-01-01', debug: () => {} });
    expect(own.times[0].value).toBe('2019-06-11');
    const fallback = annotateStage.run(article(text, null), { published: '2019-06-13', debug: () => {} });
    expect(fallback.times[0].value).toBe('2019-06-11');
    const none = annotate(article(text, null));
    expect(none.times[0].value).toBe('XXXX-WXX-2');
  });

  it('returns records whose text is the slice of article.text', () => {
    const text = 'Officials said at least 40 families left Brim on Monday.\n"We will return," one farmer said.';
    const a = annotate(article(text, '2019-06-13'));
    expect(a.article.text).toBe(text);
    expect(a.sentences.length).toBe(2);
    for (const list of [a.entities, a.times, a.quantities, a.quotes]) {
      for (const r of list) expect(text.slice(r.start, r.end)).toBe(r.text);
    }
    expect(a.quantities.map((q) => q.text)).toEqual(['at least 40 families']);
    expect(a.quotes.some((q) => q.text === 'We will return' && q.speaker?.text === 'one farmer')).toBe(true);
  });

  it('handles empty text', () => {
    const a = annotate(article('', null));
    expect(a).toMatchObject({ sentences: [], entities: [], times: [], quantities: [], quotes: [] });
  });
});
