/**
 * The resolve stage on the real seed articles in ../shared/seeds (read at test time, never copied).
 * Sentences are cut naively here so that this test does not depend on the nlp module.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotated, Linked, Span } from '../../src/types.js';
import { resolveStage } from '../../src/actors/index.js';
import { noDebug } from '../../src/pipeline.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const haveSeeds = existsSync(seedsDir);

function link(prefix: string, published: string): Linked {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix}* not found in ${seedsDir}`);
  const text = readFileSync(path.join(seedsDir, file), 'utf8');
  const sentences: Span[] = [];
  const re = /[^.!?\n]+[.!?]*["”’']?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].length });
  const input: Annotated = {
    article: {
      id: prefix,
      source: file,
      url: null,
      outlet: null,
      title: null,
      published,
      published_from: 'input',
      language: 'en',
      authors: [],
      text,
    },
    sentences,
    entities: [],
    times: [],
    quantities: [],
    quotes: [],
  };
  return resolveStage.run(input, { published: null, debug: noDebug });
}

const cameos = (l: Linked, id: string) => l.mentions.filter((m) => m.actor.id === id).map((m) => m.actor.cameo);

describe.skipIf(!haveSeeds)('resolve on the seed articles (skipped when ../shared/seeds is absent)', () => {
  it('every mention text is the slice of the article at its offsets', () => {
    for (const [p, d] of [
      ['000', '2017-05-03'],
      ['001', '2019-08-01'],
      ['002', '2016-12-10'],
      ['003', '2016-08-12'],
      ['004', '2015-12-15'],
    ]) {
      const l = link(p, d);
      for (const m of l.mentions) expect(m.text).toBe(l.article.text.slice(m.start, m.end));
    }
  });

  it('000 (May 2017): Trump and Putin lead their governments; the Kremlin and the White House are governments', () => {
    const l = link('000', '2017-05-03');
    expect(new Set(cameos(l, 'donald_trump'))).toEqual(new Set(['USAGOV']));
    expect(new Set(cameos(l, 'vladimir_putin'))).toEqual(new Set(['RUSGOV']));
    expect(l.mentions.some((m) => m.text.endsWith('counterpart') && m.actor.cameo === 'RUSGOV')).toBe(true);
    expect(cameos(l, 'ISIL').length).toBeGreaterThan(0);
  });

  it('001 (2019): capitals as governments, Defence Ministry as military', () => {
    const l = link('001', '2019-08-01');
    const govs = l.mentions.filter((m) => m.via === 'nominal' && /GOV$/.test(m.actor.cameo)).map((m) => m.actor.cameo);
    expect(govs).toEqual(expect.arrayContaining(['RUSGOV', 'IRNGOV', 'TURGOV']));
    expect(l.mentions.some((m) => m.actor.cameo === 'RUSMIL' && m.via === 'agent')).toBe(true);
  });

  it('002 (Dec 2016): Kerry is Secretary of State; pronouns and "Mr" forms link to him; "the regime" is Syrian', () => {
    const l = link('002', '2016-12-10');
    expect(new Set(cameos(l, 'john_kerry'))).toEqual(new Set(['USAGOV']));
    expect(l.mentions.filter((m) => m.actor.id === 'john_kerry' && m.via === 'coref').length).toBeGreaterThan(2);
    expect(cameos(l, 'mevlut_cavusoglu')).toContain('TURGOV');
    expect(cameos(l, 'ash_carter')).toContain('USAMIL');
    expect(l.mentions.filter((m) => /regime/.test(m.text)).every((m) => m.actor.cameo === 'SYRGOV')).toBe(true);
    expect(l.mentions.some((m) => m.actor.cameo === 'SYRREB')).toBe(true);
    expect(l.mentions.some((m) => m.actor.cameo === 'SYRMIL')).toBe(true);
  });

  it('003 (Aug 2016): Erdogan and the DAESH spelling resolve; the spokeswoman is USAGOV', () => {
    const l = link('003', '2016-08-12');
    expect(cameos(l, 'recep_tayyip_erdogan')).toContain('TURGOV');
    expect(cameos(l, 'ISIL').length).toBeGreaterThan(3);
    expect(new Set(cameos(l, 'elizabeth_trudeau'))).toEqual(new Set(['USAGOV']));
  });

  it('004 (Dec 2015): Lavrov is Russian government, talks "at the Kremlin" too', () => {
    const l = link('004', '2015-12-15');
    expect(new Set(cameos(l, 'sergey_lavrov'))).toEqual(new Set(['RUSGOV']));
    expect(l.mentions.some((m) => m.text === 'Kremlin' && m.actor.cameo === 'RUSGOV')).toBe(true);
  });
});
