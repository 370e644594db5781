import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import { extractContent } from '../../src/extract/content.js';
import { parsePage } from '../../src/extract/dom.js';
import { decodeHtmlBytes } from '../../src/extract/charset.js';
import iconv from 'iconv-lite';

const here = path.dirname(fileURLToPath(import.meta.url));
const NOW = new Date('2024-06-01T00:00:00Z');
const page = readFileSync(path.join(here, 'fixtures', 'news-page.html'), 'utf8');

describe('HTML news page', () => {
  const a = extract({ source: 'fixtures/news-page.html', kind: 'html', content: page }, undefined, { now: NOW });
  it('keeps paragraphs, the subheading, list items and the quote', () => {
    expect(a.text).toContain('For the first time in forty years');
    expect(a.text).toContain('A job nobody expected to return');
    expect(a.text).toContain('Keepers must hold a boat licence.');
    expect(a.text).toContain('We want a human eye on the lamp');
    expect(a.text).toContain('The keepers start in October');
  });
  it('drops cookie banner, navigation, caption, share bar, related links, newsletter, comments, footer, scripts', () => {
    for (const s of [
      'cookies',
      'Sport',
      'old tower seen from the ferry',
      'Share on',
      'Ferry timetable',
      'newsletter',
      'wonderful story',
      'All rights reserved',
      'tracking text',
      'color:red',
    ]) {
      expect(a.text).not.toContain(s);
    }
  });
  it('reads metadata: JSON-LD date (not the modified date), title, outlet, authors, language, canonical URL', () => {
    expect(a.published).toBe('2021-09-14');
    expect(a.published_from).toBe('json-ld');
    expect(a.title).toBe('Lighthouse keepers return to remote island');
    expect(a.outlet).toBe('Coastline Courier');
    expect(a.authors).toEqual(['Mara Quill', 'Tobias Fenn']);
    expect(a.language).toBe('en');
    expect(a.url).toBe('https://courier.example/news/lighthouse-keepers');
  });
  it('text has one paragraph per line, no blank lines', () => {
    expect(a.text).not.toMatch(/\n\n/);
  });
});

describe('HTML metadata fallbacks', () => {
  const body =
    '<p>' +
    'The regional council approved the new bus routes after a long debate on Thursday evening. '.repeat(6) +
    '</p>';
  it('meta article:published_time → html-meta', () => {
    const a = extract(
      {
        source: 's',
        kind: 'html',
        content: `<html><head><meta property="article:published_time" content="2019-02-11T10:00:00Z"><title>Bus routes approved - Town Gazette</title></head><body><h1>Bus routes approved</h1>${body}</body></html>`,
      },
      undefined,
      { now: NOW },
    );
    expect(a.published).toBe('2019-02-11');
    expect(a.published_from).toBe('html-meta');
    expect(a.title).toBe('Bus routes approved');
  });
  it('URL pattern → url; no date anywhere → null (never today)', () => {
    const html = `<html><body>${body}</body></html>`;
    const a = extract(
      { source: 'x', kind: 'html', content: html, given: { url: 'https://gazette.example/2018/07/22/bus-routes/' } },
      undefined,
      { now: NOW },
    );
    expect(a.published).toBe('2018-07-22');
    expect(a.published_from).toBe('url');
    expect(a.outlet).toBe('gazette.example');
    const b = extract({ source: 'x', kind: 'html', content: html }, undefined, { now: NOW });
    expect(b.published).toBeNull();
  });
  it('<time datetime> and German lang', () => {
    const de =
      '<p>' +
      'Der Gemeinderat hat am Donnerstag nach langer Debatte die neuen Buslinien beschlossen. '.repeat(5) +
      '</p>';
    const a = extract(
      {
        source: 'x',
        kind: 'html',
        content: `<html lang="de"><body><article><time datetime="2020-03-05">5. März</time>${de}</article></body></html>`,
      },
      undefined,
      { now: NOW },
    );
    expect(a.published).toBe('2020-03-05');
    expect(a.language).toBe('de');
  });
  it('detects the language when the page does not declare one', () => {
    const fr =
      '<p>' +
      'Le conseil municipal a approuvé jeudi soir les nouvelles lignes de bus après un long débat. '.repeat(5) +
      '</p>';
    const a = extract({ source: 'x', kind: 'html', content: `<html><body>${fr}</body></html>` }, undefined, {
      now: NOW,
    });
    expect(a.language).toBe('fr');
  });
});

describe('own block scorer', () => {
  it('finds the article run among navigation and link lists', () => {
    const c = extractContent(parsePage(page).root, 'Lighthouse keepers return to remote island');
    expect(c.paragraphs.join('\n')).toContain('More than three hundred people applied');
    expect(c.paragraphs.join('\n')).not.toContain('Ferry timetable');
  });
});

describe('charset decoding', () => {
  it('decodes a declared windows-1251 page and sniffs UTF-8', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Новости дня</p></body></html>';
    expect(decodeHtmlBytes(iconv.encode(html, 'windows-1251')).text).toContain('Новости дня');
    expect(decodeHtmlBytes(Buffer.from('<p>Grüße</p>', 'utf8')).text).toContain('Grüße');
    expect(decodeHtmlBytes(iconv.encode('<p>Grüße</p>', 'windows-1252')).text).toContain('Grüße');
  });
});

describe('dates shown in page text', () => {
  const para = (n: number) =>
    '<p>' +
    'The village school will reopen after the summer with two new classrooms and a larger library. '.repeat(n) +
    '</p>';
  it('a labelled date ("Veröffentlicht am …") when there is no meta date', () => {
    const html = `<html lang="de"><body><div class="info"><span>Veröffentlicht am</span> 7. Juni 2019</div>${para(4)}</body></html>`;
    const a = extract({ source: 'x', kind: 'html', content: html }, undefined, { now: NOW });
    expect(a.published).toBe('2019-06-07');
    expect(a.published_from).toBe('text');
  });
  it('a short date block right above the article text', () => {
    const html = `<html><body><ul class="menu"><li>Home</li></ul><p class="kicker">12.02.2020 | Schools</p>${para(3)}${para(3)}</body></html>`;
    const a = extract({ source: 'x', kind: 'html', content: html }, undefined, { now: NOW });
    expect(a.published).toBe('2020-02-12');
  });
  it('an "updated" line is not taken as the publication date', () => {
    const html = `<html><body><p>Updated 12.02.2020</p>${para(3)}${para(3)}</body></html>`;
    const a = extract({ source: 'x', kind: 'html', content: html }, undefined, { now: NOW });
    expect(a.published).toBeNull();
  });
});

describe('titles', () => {
  const body =
    '<p>' +
    'Volunteers planted four hundred trees along the river bank over the weekend, the park office said. '.repeat(4) +
    '</p>';
  it('strips a site name from <title> and decodes entities', () => {
    const a = extract(
      {
        source: 'x',
        kind: 'html',
        content: `<html><head><title>River bank gets &#8222;new&#8220; trees | Valley Post</title><meta property="og:site_name" content="Valley Post"></head><body>${body}</body></html>`,
      },
      undefined,
      { now: NOW },
    );
    expect(a.title).toBe('River bank gets „new“ trees');
    expect(a.outlet).toBe('Valley Post');
  });
  it('prefers the h1 when a meta title wraps it with extra words', () => {
    const a = extract(
      {
        source: 'x',
        kind: 'html',
        content: `<html><head><meta property="og:title" content="Green week: River bank gets new trees"></head><body><h1>River bank gets new trees</h1>${body}</body></html>`,
      },
      undefined,
      { now: NOW },
    );
    expect(a.title).toBe('River bank gets new trees');
  });
});
