/**
 * Titles and authors from HTML metadata (metadata.ts), on pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { cleanAuthorName, cleanAuthors } from '../../src/extract/metadata.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const body =
  '<p>' +
  'The orchard cooperative sold its first cider at the autumn market, and the stall ran out of bottles by noon. '.repeat(
    4,
  ) +
  '</p>';
const page = (head: string, bodyHtml: string, url?: string) =>
  extract(
    {
      source: 'x',
      kind: 'html',
      content: `<html><head>${head}</head><body>${bodyHtml}${body}</body></html>`,
      given: url ? { url } : undefined,
    },
    undefined,
    { now: NOW },
  );

describe('title by agreement', () => {
  it('takes the <h1> that a <title> part repeats, not the site logo <h1>', () => {
    const a = page(
      '<title>Cider sells out at the market | Orchard Notes</title>',
      '<h1 class="site-logo"><a href="/">Orchard Notes</a></h1><h1>Cider sells out at the market</h1>',
    );
    expect(a.title).toBe('Cider sells out at the market');
  });
  it('drops a kicker span from the <h1> and still agrees with the meta title', () => {
    const a = page(
      '<meta property="og:title" content="Farming: Cider sells out at the market">',
      '<h1><span class="headline-kicker">Farming</span><span class="sr-only">: </span><span>Cider sells out at the market</span></h1>',
    );
    expect(a.title).toBe('Cider sells out at the market');
  });
  it('strips a site name that itself contains separators', () => {
    const a = page(
      '<title>Cider sells out at the market | Orchard Notes - News from the valley</title><meta property="og:site_name" content="Orchard Notes - News from the valley">',
      '',
    );
    expect(a.title).toBe('Cider sells out at the market');
  });
  it('takes a content <h2> that is part of <title> when there is no <h1>', () => {
    const a = page(
      '<title>Blog Archive » Cider sells out at the market</title>',
      '<h2>Cider sells out at the market</h2>',
    );
    expect(a.title).toBe('Cider sells out at the market');
  });
});

describe('authors', () => {
  it.each([
    ['By Jane Roe', 'Jane Roe'],
    ['Posted by Jane Roe at 18:52', 'Jane Roe'],
    ['Von:Max Beispiel', 'Max Beispiel'],
    ['Jane Roe · 18. Oktober 2019', 'Jane Roe'],
    ['Posted on May 3, 2019 by jroe', 'jroe'],
    ['Jane Roe, Chefredakteurin', 'Jane Roe'],
    ['Ana Ejemplo Staff Writer', 'Ana Ejemplo'],
    ['Redacci&oacute;n Central', 'Redacción Central'],
  ])('%s → %s', (raw, name) => {
    expect(cleanAuthorName(raw)).toBe(name);
  });
  it('rejects form labels, URLs and the site name; splits several names', () => {
    expect(cleanAuthorName('Name (erforderlich)')).toBeNull();
    expect(cleanAuthorName('Name *')).toBeNull();
    expect(cleanAuthorName('https://example.org/me')).toBeNull();
    expect(cleanAuthors(['Orchard Notes'], ['Orchard Notes'])).toEqual([]);
    expect(cleanAuthors(['Jane Roe, Max Beispiel and Ana Ejemplo'])).toEqual([
      'Jane Roe',
      'Max Beispiel',
      'Ana Ejemplo',
    ]);
    expect(cleanAuthors(['Ursula von der Leyen'])).toEqual(['Ursula von der Leyen']);
  });
  it('prefers the fuller meta author and ignores commenters', () => {
    const a = page(
      '<meta name="author" content="Jane"><meta name="parsely-author" content="Jane Roe">',
      '<div class="comments"><span class="comment-author">Troll Person</span></div>',
    );
    expect(a.authors).toEqual(['Jane Roe']);
    const b = page('', '<div id="comments"><span class="comment-author">Troll Person says:</span></div>');
    expect(b.authors).toEqual([]);
  });
  it('reads a byline or an "Author:" line in the page text', () => {
    const a = page('', '<h1>Cider sells out</h1><p class="x">By Jane Roe and Max Beispiel</p>');
    expect(a.authors).toEqual(['Jane Roe', 'Max Beispiel']);
    const b = page('', '<h1>Cider sells out</h1><div>Autor: Max Beispiel</div>');
    expect(b.authors).toEqual(['Max Beispiel']);
  });
  it('sets canonical_url and modified when the page states them', () => {
    const a = page(
      '<link rel="canonical" href="https://notes.example/cider"><meta property="article:published_time" content="2020-10-01"><meta property="article:modified_time" content="2020-10-03">',
      '',
      'https://notes.example/cider?utm=1',
    );
    expect(a.canonical_url).toBe('https://notes.example/cider');
    expect(a.published).toBe('2020-10-01');
    expect(a.modified).toBe('2020-10-03');
  });
});
