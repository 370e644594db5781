/**
 * Titles and authors from HTML metadata (metadata.ts), on pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { cleanAuthorName, cleanAuthors, keyedSlice } from '../../src/extract/metadata.js';

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

describe('title: kickers, site parts and disagreeing sources', () => {
  it('drops a kicker element inside the <h1> when the article metadata names the headline alone', () => {
    const a = page(
      '<title>Drill of the week | Ladder sets for endurance - Swim Notes</title>' +
        '<script type="application/ld+json">{"@type":"Article","headline":"Ladder sets for endurance"}</script>',
      '<h1><span><small>Drill of the week</small><br>Ladder sets for endurance</span></h1>',
    );
    expect(a.title).toBe('Ladder sets for endurance');
  });
  it('keeps a kicker written into the heading text when og:title and <title> repeat it', () => {
    const a = page(
      '<title>Billing change: Musicians ask for a new payout model</title>' +
        '<meta property="og:title" content="Billing change: Musicians ask for a new payout model">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Musicians ask for a new payout model"}</script>',
      '<h1>Billing change: Musicians ask for a new payout model</h1>',
    );
    expect(a.title).toBe('Billing change: Musicians ask for a new payout model');
  });
  it('drops a kicker the og:title leaves out ("Topic: Headline" → "Headline")', () => {
    const a = page(
      '<meta property="og:title" content="Council approves the new footbridge | Town Gazette">',
      '<h1>Town budget: Council approves the new footbridge</h1>',
    );
    expect(a.title).toBe('Council approves the new footbridge');
  });
  it('does not start a title with the separator left by a kicker span', () => {
    const a = page(
      '<meta property="og:title" content="Town Gazette | Council approves the new footbridge">',
      '<h1><span class="kicker">Town budget</span> : Council approves the new footbridge</h1>',
    );
    expect(a.title).toBe('Council approves the new footbridge');
  });
  it('does not take the <title> part shown as the page heading for the site name', () => {
    const a = page(
      '<title>Harbour fair returns - Coastal Sailing Club e.V.</title>',
      '<nav><h1>Menu</h1></nav><h1>Harbour fair returns</h1>',
    );
    expect(a.title).toBe('Harbour fair returns');
  });
  it('keeps a hyphenated word that starts with the site name ("ABC-Chief …")', () => {
    const a = page(
      '<title>ABC-Chief Miller: the budget is balanced - ABC Union</title>',
      '<h1>ABC-Chief Miller: the budget is balanced</h1>',
      'https://abc.example/news/budget',
    );
    expect(a.title).toBe('ABC-Chief Miller: the budget is balanced');
  });
  it('prefers the heading that names the whole <title> or og:title over one naming a section', () => {
    const a = page(
      '<title>City Portal - Notices - Road works close Main Street in June</title>',
      '<h1>Notices</h1><h1>Road works close Main Street in June</h1>',
    );
    expect(a.title).toBe('Road works close Main Street in June');
    const b = page(
      '<title>News - Lakeside Institute</title><meta property="og:title" content="Divers find a second wreck in the lake">',
      '<h1>News</h1><h1>Divers find a second wreck in the lake</h1>',
    );
    expect(b.title).toBe('Divers find a second wreck in the lake');
  });
  it('takes a breadcrumb <title> tail that an <h1> shows', () => {
    const a = page(
      '<title>portal.example: The Mayor / Speeches / Speech of the mayor at the river festival</title>',
      '<h1>Navigation and service</h1><h1>Speech of the mayor at the river festival</h1>',
    );
    expect(a.title).toBe('Speech of the mayor at the river festival');
  });
  it('reads several short <h1> as widget titles and takes the declared title', () => {
    const a = page(
      '<meta property="og:title" content="What I read and watched in March">',
      '<h1>Recent comments</h1><h1>Categories</h1><h1>Search</h1>',
    );
    expect(a.title).toBe('What I read and watched in March');
  });
  it('takes a one-word page heading when nothing agrees with it, but not a domain name', () => {
    expect(page('<title>Harbour Tours Ltd</title>', '<h1>Timetable</h1>').title).toBe('Timetable');
    expect(page('<title>Summer timetable for harbour tours</title>', '<h1>harbour-tours.net</h1>').title).toBe(
      'Summer timetable for harbour tours',
    );
  });
  it('takes the heading that a declared title wraps with an author and the site name', () => {
    const a = page(
      '<meta property="og:title" content="Plum-Crumble-Cake by jdoe | Bake Hub">',
      '<h1>Plum-Crumble-Cake</h1>',
    );
    expect(a.title).toBe('Plum-Crumble-Cake');
  });
  it('keyedSlice cuts a heading where the key of its tail starts, keeping quotes', () => {
    expect(keyedSlice('Town budget: „Council approves it“', 'councilapprovesit', true)).toBe('„Council approves it“');
    expect(keyedSlice('Town budget: Council', 'nomatch', true)).toBeNull();
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
