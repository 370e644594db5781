import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import { extractText } from '../../src/extract/text.js';
import { classifyLine } from '../../src/extract/lines.js';
import { DocumentRejected } from '../../src/errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => readFileSync(path.join(here, 'fixtures', name), 'utf8');
const NOW = new Date('2024-06-01T00:00:00Z');
const run = (name: string) => extract({ source: name, kind: 'text', content: fixture(name) }, undefined, { now: NOW });

describe('plain text: DW-style page', () => {
  const a = run('dw-style.txt');
  it('reads headline, outlet and day-first date from the title line', () => {
    expect(a.title).toBe('Harbour cities agree on joint flood plan');
    expect(a.outlet).toBe('DW');
    expect(a.published).toBe('2018-03-14');
    expect(a.published_from).toBe('text');
  });
  it('drops the numbered menu, the repeated headline and the closing promos', () => {
    expect(a.text).not.toMatch(/Navigation|Choose from|Meta navigation|recommends|Audios and videos/);
    expect(a.text.split('\n')[0]).toMatch(/^Mayors of four North Sea ports/);
  });
  it('keeps the subheading and the agency credit', () => {
    expect(a.text).toContain('Shared warnings');
    expect(a.text.split('\n').at(-1)).toBe('ab/xy (dpa, Reuters)');
  });
  it('joins paragraphs with single newlines, trimmed', () => {
    expect(a.text).not.toMatch(/\n\n|^\s|\s$/);
    for (const l of a.text.split('\n')) expect(l).toBe(l.trim());
  });
  it('has a stable id and detects English', () => {
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(run('dw-style.txt').id).toBe(a.id);
    expect(a.language).toBe('en');
  });
});

describe('plain text: accessibility links, breadcrumbs, consent, promo', () => {
  const a = run('radio-style.txt');
  it('finds the title after the chrome', () => {
    expect(a.title).toBe('Rail Unions Call Off Strike After Overnight Talks');
  });
  it('drops chrome, breadcrumb, cookie notice, image label and promo', () => {
    expect(a.text).not.toMatch(/Accessibility|Breaking News|Skip to|Home > World|cookies|16x9|journalists report/);
  });
  it('keeps the reporting credit and the body', () => {
    expect(a.text).toContain('With reporting by Norland Press Agency and Baltic Wire');
    expect(a.text).toContain('The dispute had halted freight traffic for three days in March.');
  });
  it('takes the outlet from the self-promotion line', () => {
    expect(a.outlet).toBe('Radio Norland');
  });
  it('gives no date when nothing supports one', () => {
    expect(a.published).toBeNull();
    expect(a.published_from).toBeNull();
  });
});

describe('plain text: captions and photo credits', () => {
  const a = run('caption-style.txt');
  it('drops the duplicated caption, photo credits and the positional caption', () => {
    expect(a.text).not.toMatch(/Tractors block a motorway|Photo by|shake hands/);
  });
  it('keeps body and signature, takes outlet from the signature', () => {
    expect(a.text.split('\n')[0]).toMatch(/^Farmers drove hundreds/);
    expect(a.text).toContain('Meadowland News and agencies');
    expect(a.outlet).toBe('Meadowland News');
  });
  it('a duplicated sentence is kept once', () => {
    const t = extractText(
      'Short headline for the story\n\nThe council met on Monday and voted to close the old bridge.\nThe council met on Monday and voted to close the old bridge.\nRepairs will take a year.',
    );
    expect(t.paragraphs).toEqual([
      'The council met on Monday and voted to close the old bridge.',
      'Repairs will take a year.',
    ]);
  });
});

describe('line classifier', () => {
  it.each([
    ['Skip to main content', 'nav'],
    ['Accessibility links', 'nav'],
    ['Choose from 12 Languages', 'nav'],
    ['4x3 Image', 'nav'],
    ['Photo by: Someone/Agency', 'nav'],
    ['您现在的位置是:首页 > 新闻 > 国际', 'breadcrumb'],
    ['Startseite > Politik > Ausland', 'breadcrumb'],
    ['We need your consent to load this video player. It may set cookies on your device.', 'consent'],
    ['jd/ab (Reuters, dpa)', 'credit'],
    ['With reporting by Harbour Wire and Coastal News', 'credit'],
    ['Acme Daily and agencies', 'credit'],
    ['The minister said the talks would resume on Friday.', 'text'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
});

describe('rejection', () => {
  it('rejects text with only boilerplate', () => {
    const doc = {
      source: 'x.txt',
      kind: 'text' as const,
      content: 'Skip to main content\n\nAccessibility links\n  1. Menu\n  2. Search\n',
    };
    expect(() => extract(doc)).toThrow(DocumentRejected);
    try {
      extract(doc);
    } catch (e) {
      expect((e as DocumentRejected).code).toBe('no-text');
      expect((e as Error).message).toMatch(/expected article text/);
    }
  });
  it('rejects empty content', () => {
    expect(() => extract({ source: 'e.txt', kind: 'text', content: '  \n ' })).toThrow(DocumentRejected);
  });
});

describe('given metadata wins', () => {
  it('keeps given id, title, date (input) and outlet', () => {
    const a = extract(
      {
        source: 'in.jsonl#3',
        kind: 'text',
        content: fixture('dw-style.txt'),
        given: {
          id: 'doc-7',
          title: 'T',
          published: '2018-01-02',
          outlet: 'Example Wire',
          url: 'https://example.org/a',
        },
      },
      undefined,
      { now: NOW },
    );
    expect(a).toMatchObject({
      id: 'doc-7',
      title: 'T',
      published: '2018-01-02',
      published_from: 'input',
      outlet: 'Example Wire',
      url: 'https://example.org/a',
    });
  });
  it('uses ctx.published only when nothing else gives a date', () => {
    const a = extract(
      { source: 'r.txt', kind: 'text', content: fixture('radio-style.txt') },
      { published: '2020-02-03', debug: () => {} },
      { now: NOW },
    );
    expect(a.published).toBe('2020-02-03');
    expect(a.published_from).toBe('input');
    const b = extract(
      { source: 'd.txt', kind: 'text', content: fixture('dw-style.txt') },
      { published: '2020-02-03', debug: () => {} },
      { now: NOW },
    );
    expect(b.published).toBe('2018-03-14');
  });
  it('outlet from the URL host when the text names none', () => {
    const a = extract(
      {
        source: 'https://www.rferl.org/a/x.html',
        kind: 'text',
        content:
          'A headline about talks\n\nDelegates from three countries met in the capital on Tuesday to discuss a ceasefire plan.',
      },
      undefined,
      { now: NOW },
    );
    expect(a.outlet).toBe('RFE/RL');
    expect(a.url).toBe('https://www.rferl.org/a/x.html');
  });
});

describe('page furniture of wire-style scrapes', () => {
  const page = [
    'Skip to main content',
    'HARBOUR GAZETTE',
    'Home | World | Europe | Markets | Opinion',
    'Sign in    Subscribe',
    '',
    'World > Europe',
    '',
    'Ferry operators agree joint timetable after winter strikes',
    '',
    'By Lena Ostrova and Piet de Vries',
    'March 3, 2019 / 07:15 GMT / Updated 1 hour ago / 3 min read',
    '',
    'ROTTERDAM (Harbour Gazette) - Three ferry operators agreed on Sunday to run a joint timetable across the North Sea after a winter of strikes left thousands of passengers stranded.',
    'The agreement, signed in Rotterdam, runs until the end of the year, the companies said in a joint statement.',
  ].join('\n');

  it('finds title, masthead outlet, byline and the publication date beside an update time', () => {
    const t = extractText(page);
    expect(t.title).toBe('Ferry operators agree joint timetable after winter strikes');
    expect(t.outlet).toBe('Harbour Gazette');
    expect(t.authors).toEqual(['Lena Ostrova', 'Piet de Vries']);
    expect(t.published).toBe('2019-03-03');
    expect(t.paragraphs[0]).toMatch(/^ROTTERDAM/);
    expect(t.paragraphs.join('\n')).not.toMatch(/Sign in|World > Europe|min read/);
  });

  it('takes the outlet from a wire dateline when the page names none', () => {
    const t = extractText(page.replace('HARBOUR GAZETTE\n', ''));
    expect(t.outlet).toBe('Harbour Gazette');
  });
});

describe('plain text: date lines in the head', () => {
  const body =
    'Two neighbouring states signed a river-sharing accord in the border town of Ostrava on the morning after talks.\n\n' +
    'The accord takes effect next month, officials said.\n';
  const dateOf = (line: string) =>
    extractText(`River states sign water accord after long dispute\n${line}\n\n${body}`, { now: NOW }).published;

  it('reads a date line of digits alone (dotted, ISO, slashed with a time)', () => {
    expect(dateOf('10.11.2020')).toBe('2020-11-10');
    expect(dateOf('2023-09-20')).toBe('2023-09-20');
    expect(dateOf('20/11/2023 10:05')).toBe('2023-11-20');
  });

  it('a date followed by "last updated" and a time is the publication date', () => {
    expect(dateOf('5 August 2022, last updated 18:05')).toBe('2022-08-05');
  });

  it('an update date stands in only when the page gives no publication date', () => {
    expect(dateOf('Updated Tue 9 Nov 2021')).toBe('2021-11-09');
    const both = extractText(
      `River states sign water accord after long dispute\nPublished 3 May 2021\nLast updated: 9 Nov 2021\n\n${body}`,
      { now: NOW },
    );
    expect(both.published).toBe('2021-05-03');
  });

  it('a numeric line that is no date is still dropped', () => {
    const t = extractText(`River states sign water accord after long dispute\n12 345\n\n${body}`, { now: NOW });
    expect(t.published).toBeNull();
    expect(t.paragraphs.join('\n')).not.toContain('12 345');
  });
});

describe('plain text: a sentence that ends inside a quotation', () => {
  it('is body text, not a headline ("… said the alliance “deeply regrets the deaths.”")', () => {
    const t = extractText('The commander said the alliance "deeply regrets the deaths in the village."\n');
    expect(t.title).toBeNull();
    expect(t.paragraphs).toEqual(['The commander said the alliance "deeply regrets the deaths in the village."']);
    const curly = extractText('The minister said: “We will respond.”\n');
    expect(curly.paragraphs).toEqual(['The minister said: “We will respond.”']);
  });

  it('a headline quoting someone without a full stop stays a headline', () => {
    const t = extractText(
      'Putin: "We will respond to any attack"\n\nThe Kremlin said on Monday that Russia would respond to any attack on its forces.\n',
    );
    expect(t.title).toBe('Putin: "We will respond to any attack"');
  });
});
