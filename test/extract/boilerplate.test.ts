/**
 * Cross-document boilerplate (boilerplate.ts): lines recurring across documents of one outlet,
 * on three scraped-text documents written for this test.
 */
import { describe, expect, it } from 'vitest';
import { learnBoilerplate, removeBoilerplate, lineKey } from '../../src/extract/boilerplate.js';
import { extract } from '../../src/extract/index.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const chrome = [
  'Valley Herald – your daily paper',
  'Subscribe to the evening edition today and save',
  'Sections: Town, Farms, Schools, Weather',
];
const footer = ['Printed and published by the Valley Herald cooperative since 1921'];
const doc = (title: string, paras: string[]) => [...chrome, title, ...paras, ...footer].join('\n');
const docs = [
  doc('Bridge reopens after repairs', [
    'The old stone bridge reopened on Monday after six weeks of repair work by the county.',
    'Drivers had used a long detour through the hills since early spring.',
  ]),
  doc('School gets a new library', [
    'The primary school opened a library on Friday with two thousand donated books.',
    'Parents painted the walls over three weekends in March.',
  ]),
  doc('Orchard sells first cider', [
    'The orchard cooperative sold its first cider at the autumn market this weekend.',
    'The stall ran out of bottles by noon, the organisers said.',
  ]),
];

describe('learnBoilerplate', () => {
  const model = learnBoilerplate(docs);
  it('learns the lines shared by the documents, not their own lines', () => {
    expect(model.docs).toBe(3);
    for (const l of [...chrome, ...footer]) expect(model.keys.has(lineKey(l))).toBe(true);
    expect(model.keys.has(lineKey('Bridge reopens after repairs'))).toBe(false);
  });
  it('needs at least two documents and a share of them', () => {
    expect(learnBoilerplate([docs[0]]).keys.size).toBe(0);
    const mixed = learnBoilerplate([
      docs[0],
      'Another outlet\nWith other lines entirely here',
      'A third one\nNothing in common at all',
    ]);
    expect(mixed.keys.size).toBe(0); // a line in 1 of 3 documents is not boilerplate
  });
  it('removes learned lines, ignoring case and punctuation', () => {
    expect(removeBoilerplate('SECTIONS: town, farms, schools, weather\nKept line of text.', model)).toBe(
      'Kept line of text.',
    );
  });
  it('extract() drops the learned lines from plain text and still finds the title', () => {
    const raw = { source: 'd1.txt', kind: 'text' as const, content: docs[1] };
    const without = extract(raw, undefined, { now: NOW });
    const withModel = extract(raw, undefined, { now: NOW, boilerplate: model });
    expect(without.text).toMatch(/cooperative since 1921|evening edition/);
    expect(withModel.text).not.toMatch(/cooperative since 1921|evening edition|Sections/);
    expect(withModel.title).toBe('School gets a new library');
    expect(withModel.text).toContain('two thousand donated books');
  });
});
