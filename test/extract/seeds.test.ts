/**
 * The five real seed texts in ../shared/seeds (read at test time, never copied): boilerplate gone,
 * title, outlet, date. Skips when ../shared is absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const present = existsSync(seedsDir);
if (!present) console.warn(`seeds.test: ${seedsDir} not found; skipping the seed checks (they need ../shared)`);

const NOW = new Date('2024-06-01T00:00:00Z');
function raw(prefix: string): string {
  const f = readdirSync(seedsDir).find((n) => n.startsWith(prefix))!;
  return readFileSync(path.join(seedsDir, f), 'utf8');
}
function seed(prefix: string): Article {
  return extract({ source: prefix, kind: 'text', content: raw(prefix) }, undefined, { now: NOW });
}
/** The i-th non-empty line of a seed, trimmed (expected values come from the file, not from this repo). */
function line(prefix: string, i: number): string {
  return raw(prefix)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)[i];
}

describe.skipIf(!present)('seed texts', () => {
  it('000: DW title line → title, outlet, date; menu and promos gone; credit kept', () => {
    const a = seed('000_');
    expect(a.title).toBe(line('000_', 0).split(' | ')[0]);
    expect(a.outlet).toBe('DW');
    expect(a.published).toBe('2017-05-03');
    expect(a.text).not.toMatch(/Navigation|Inhalt|Choose from|recommends|Audios and videos/);
    expect(a.text.split('\n')[0]).not.toBe(a.title);
    expect(a.text.split('\n').at(-1)).toMatch(/\((Reuters|AFP|AP)/);
  });
  it('001: accessibility chrome and promo gone; reporting credit kept; outlet RFE/RL', () => {
    const a = seed('001_');
    expect(a.title).toBe(line('001_', 2));
    expect(a.outlet).toBe('RFE/RL');
    expect(a.text).not.toMatch(/Accessibility links|Breaking News|16x9|journalists report/);
    expect(a.text).toMatch(/With reporting by/);
    expect(a.published).toBeNull();
  });
  it('002: skip link, duplicated caption and consent notice gone', () => {
    const a = seed('002_');
    expect(a.title).toBe(line('002_', 1));
    expect(a.text).not.toMatch(/skip to main content|consent|Manage Preferences/i);
    const lines = a.text.split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines[0]).toBe(line('002_', 4));
    expect(a.text).not.toContain(line('002_', 2)); // the caption printed twice under the title
  });
  it('003: photo credits and caption gone; signature kept; outlet TRT World', () => {
    const a = seed('003_');
    expect(a.title).toBe(line('003_', 0));
    expect(a.outlet).toBe('TRT World');
    expect(a.text).not.toMatch(/Photo by/);
    expect(a.text).not.toContain(line('003_', 4)); // the photo caption with a (L) position marker
    expect(a.text.split('\n').at(-1)).toMatch(/and agencies$/);
  });
  it('004: breadcrumb gone, body starts with the first paragraph', () => {
    const a = seed('004_');
    expect(a.text).not.toMatch(/[>首页]/);
    expect(a.text.split('\n')[0]).toBe(line('004_', 1));
    expect(a.title).toBeNull();
    expect(a.language).toBe('en');
  });
});
