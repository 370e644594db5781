import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NerModel, DEFAULT_WEIGHTS_PATH } from '../../../src/nlp/ner/model.js';
import { trainNer, type TrainDoc } from '../../../src/nlp/ner/trainer.js';
import { induceClusters } from '../../../src/nlp/ner/clusters.js';
import type { TagSpan } from '../../../src/nlp/ner/decoder.js';
import { findEntities, findEntitiesByRules, modelTokens } from '../../../src/nlp/entities.js';
import type { EntityType } from '../../../src/types.js';
import { splitSentences } from '../../../src/nlp/sentences.js';

/** Our own sentences, with [start, end, type] token spans. */
const OWN: [string, [number, number, TagSpan['type']][]][] = [
  [
    'Mayor Ilse Varga opened the Brimvale Harbour Authority office in Tarsk .',
    [
      [1, 3, 'PER'],
      [5, 8, 'ORG'],
      [10, 11, 'LOC'],
    ],
  ],
  [
    'Officials in Tarsk said Ilse Varga would travel to Osterholm on Monday .',
    [
      [2, 3, 'LOC'],
      [4, 6, 'PER'],
      [9, 10, 'LOC'],
    ],
  ],
  [
    'The Norlandic delegation met Petr Kalm of the Osterholm Farmers Union .',
    [
      [1, 2, 'MISC'],
      [4, 6, 'PER'],
      [8, 11, 'ORG'],
    ],
  ],
  [
    'Petr Kalm said the Brimvale Harbour Authority had lost money .',
    [
      [0, 2, 'PER'],
      [4, 7, 'ORG'],
    ],
  ],
  [
    'Rain fell on Osterholm and Tarsk all week .',
    [
      [3, 4, 'LOC'],
      [5, 6, 'LOC'],
    ],
  ],
  ['Nobody from the union spoke to reporters on Tuesday .', []],
];

function ownDocs(): TrainDoc[] {
  return OWN.map(([s, spans]) => ({
    sentences: [{ words: s.split(' '), spans: spans.map(([start, end, type]) => ({ start, end, type })) }],
  }));
}

const spansOf = (m: NerModel, words: string[]) => m.tagDocument([{ words }])[0];

describe('NER model: a tiny model trained in the test', () => {
  const docs = ownDocs();
  const clusters = induceClusters(
    docs.map((d) => d.sentences[0].words),
    { k: 4, coarseK: 2, minCount: 1, contextWords: 20, iterations: 5, seed: 1, maxWords: 500 },
  );
  const model = trainNer(docs, { bits: 14, epochs: 20, seed: 7, clusters });

  it('learns its training sentences', () => {
    for (const d of docs) expect(spansOf(model, d.sentences[0].words)).toEqual(d.sentences[0].spans);
  });

  it('generalises to a new sentence built from what it learnt', () => {
    const words = 'Officials in Osterholm said Petr Kalm would travel to Tarsk on Monday .'.split(' ');
    const got = spansOf(model, words);
    expect(got).toContainEqual({ start: 4, end: 6, type: 'PER' });
    expect(got).toContainEqual({ start: 9, end: 10, type: 'LOC' });
  });

  it('is deterministic: same data and seed, same weights', () => {
    const again = trainNer(ownDocs(), { bits: 14, epochs: 20, seed: 7, clusters });
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
  });

  it('survives quantisation and the file format', () => {
    const q = model.quantize();
    const back = NerModel.fromBuffer(q.toBuffer(), 'test');
    expect(back.weights).toBeInstanceOf(Int16Array);
    expect(Array.from(back.clusters?.hashes ?? [])).toEqual(Array.from(clusters.hashes));
    expect(Array.from(back.clusters?.fine ?? [])).toEqual(Array.from(clusters.fine));
    for (const d of docs) expect(spansOf(back, d.sentences[0].words)).toEqual(d.sentences[0].spans);
  });

  it('refuses damaged weight files with a reason', () => {
    expect(() => NerModel.fromBuffer(Buffer.from('not gzip'), 'x.bin.gz')).toThrow(/expected a gzip file/);
  });
});

const shipped = existsSync(DEFAULT_WEIGHTS_PATH());
if (!shipped)
  console.warn(
    `test/nlp/ner: shipped-model tests skipped, ${DEFAULT_WEIGHTS_PATH()} not found (run npm run train:ner)`,
  );

describe.skipIf(!shipped)('NER model: the shipped weights', () => {
  it('load in under a second', () => {
    const t0 = performance.now();
    const m = NerModel.load();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(m.weights).toBeInstanceOf(Int16Array);
  });

  it('tag our own sentences', () => {
    const m = NerModel.load();
    const words = 'Secretary of State John Kerry met Sergey Lavrov in Geneva on Friday .'.split(' ');
    const got = spansOf(m, words).map((s) => [words.slice(s.start, s.end).join(' '), s.type]);
    expect(got).toContainEqual(['John Kerry', 'PER']);
    expect(got).toContainEqual(['Sergey Lavrov', 'PER']);
    expect(got).toContainEqual(['Geneva', 'LOC']);
  });

  it('give findEntities exact offsets, registry refinements, and no crash on odd input', () => {
    const t = 'Secretary of State John Kerry met Sergey Lavrov in Geneva on Friday.';
    const ents = findEntities(t, splitSentences(t));
    const got = ents.map((e) => [e.text, e.type]);
    expect(got).toContainEqual(['John Kerry', 'PER']);
    expect(got).toContainEqual(['Sergey Lavrov', 'PER']);
    expect(got.some(([x, ty]) => x === 'Geneva' && (ty === 'GPE' || ty === 'LOC'))).toBe(true);
    for (const e of ents) expect(t.slice(e.start, e.end)).toBe(e.text);

    const odd = '北京是中国的首都。 Москва — столица России. 😀 “Quoted” Kerry’s aides… ' + 'word '.repeat(3000);
    const oddEnts = findEntities(odd, splitSentences(odd));
    for (const e of oddEnts) expect(odd.slice(e.start, e.end)).toBe(e.text);
    expect(findEntities('', [])).toEqual([]);
  });

  it('type with the registry: LOC known as a country → GPE, MISC known as a demonym → NORP, titles trimmed', () => {
    const reg = {
      scan(text: string) {
        const names: [string, EntityType][] = [
          ['Foreign Minister Ola Dahl', 'PER'],
          ['Norland', 'GPE'],
          ['Norlandic', 'NORP'],
        ];
        const hits = [];
        for (const [n, type] of names) {
          const re = new RegExp(`\\b${n}\\b`, 'g');
          for (let m = re.exec(text); m; m = re.exec(text))
            hits.push({ start: m.index, end: m.index + n.length, text: n, type, ids: [n] });
        }
        return hits.sort((a, b) => a.start - b.start);
      },
    };
    const t = 'Foreign Minister Ola Dahl flew to Norland on Monday. Norlandic farmers protested in Norland.';
    const got = findEntities(t, splitSentences(t), reg).map((e) => [e.text, e.type]);
    expect(got).toContainEqual(['Ola Dahl', 'PER']);
    expect(got).toContainEqual(['Norland', 'GPE']);
    expect(got).toContainEqual(['Norlandic', 'NORP']);
    expect(got.some(([x]) => /Minister/.test(x))).toBe(false);
  });

  it('fall back to the rules when no model is given', () => {
    const t = 'Later, Mr Kovac said the plan had failed.';
    expect(findEntities(t, splitSentences(t), { scan: () => [] }, null)).toEqual(
      findEntitiesByRules(t, splitSentences(t), { scan: () => [] }),
    );
  });

  it('split possessives off like the training text', () => {
    expect(modelTokens('Kerry’s aides and the rebels’ base don’t').map((t) => t.text)).toEqual([
      'Kerry',
      '’s',
      'aides',
      'and',
      'the',
      'rebels',
      '’',
      'base',
      'do',
      'n’t',
    ]);
  });
});
