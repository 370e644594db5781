import { describe, expect, it } from 'vitest';
import {
  DOC_FEATS_PER_TOKEN,
  DocContext,
  FEATS_PER_TOKEN,
  documentFeatures,
  fnv1a,
  feat1,
  gazCodesForWords,
  gazCodesFromHits,
  normalizeWord,
  sentenceFeatures,
  sentenceInfo,
  wordShapes,
} from '../../../src/nlp/ner/features.js';
import { TAG_NAMES, allowed, bilouToSpans, spansToBilou, viterbi, NUM_TAGS } from '../../../src/nlp/ner/decoder.js';
import { iobToSpans, readConll, scoreSpans } from '../../../src/nlp/ner/conll.js';

/** Sentence and document features of each word of a one-sentence document. */
function features(words: string[], gaz?: Uint8Array): number[][] {
  const info = sentenceInfo({ words, gaz });
  const doc = new DocContext([info]);
  const out = new Uint32Array(words.length * FEATS_PER_TOKEN);
  const counts = new Uint8Array(words.length);
  sentenceFeatures(info, out, counts);
  const dout = new Uint32Array(words.length * DOC_FEATS_PER_TOKEN);
  const dcounts = new Uint8Array(words.length);
  documentFeatures(info, doc, dout, dcounts);
  return words.map((_, i) => [
    ...out.subarray(i * FEATS_PER_TOKEN, i * FEATS_PER_TOKEN + counts[i]),
    ...dout.subarray(i * DOC_FEATS_PER_TOKEN, i * DOC_FEATS_PER_TOKEN + dcounts[i]),
  ]);
}

describe('NER hashing', () => {
  it('is the stable 32-bit FNV-1a and a fixed mix (weights depend on these values)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(feat1(1, fnv1a('norland'))).toBe(feat1(1, fnv1a('norland')));
    expect(feat1(1, fnv1a('norland'))).not.toBe(feat1(2, fnv1a('norland')));
    // pinned: a change here silently invalidates data/ner/weights.bin.gz (bump FEATURE_VERSION and retrain)
    expect(feat1(3, 12345)).toBe(3948623603);
  });
});

describe('NER word features', () => {
  it('computes word shapes', () => {
    expect(wordShapes('Washington')).toEqual({ long: 'Xxxx', short: 'Xx' });
    expect(wordShapes('NATO')).toEqual({ long: 'XXX', short: 'X' });
    expect(wordShapes('U.S.')).toEqual({ long: 'X.X.', short: 'X.X.' });
    expect(wordShapes('1996-08-22')).toEqual({ long: 'ddd-dd-dd', short: 'd-d-d' });
    expect(wordShapes('al-Hadi').short).toBe('x-Xx');
  });

  it('folds typographic quotes and dashes', () => {
    expect(normalizeWord('’s')).toBe("'s");
    expect(normalizeWord('“')).toBe('"');
    expect(normalizeWord('—')).toBe('-');
    expect(normalizeWord('Zürich')).toBe('Zürich');
  });

  it('are deterministic and depend on context', () => {
    const a = features(['Minister', 'Ola', 'Dahl', 'visited', 'Brim', '.']);
    const b = features(['Minister', 'Ola', 'Dahl', 'visited', 'Brim', '.']);
    expect(a).toEqual(b);
    const c = features(['Minister', 'Ola', 'Dahl', 'left', 'Brim', '.']);
    expect(c[4]).not.toEqual(a[4]); // "Brim" sees a different previous word
    expect(c[0]).toEqual(a[0]); // "Minister" only sees up to two words ahead
    for (const f of a) expect(f.length).toBeLessThanOrEqual(FEATS_PER_TOKEN + DOC_FEATS_PER_TOKEN);
  });

  it('never fails on empty, odd or non-Latin words', () => {
    expect(features([])).toEqual([]);
    const f = features(['', '北京', 'Москва', '😀', '\u0301', 'x'.repeat(5000)]);
    expect(f).toHaveLength(6);
  });

  it('marks all-capitals lines', () => {
    expect(sentenceInfo({ words: ['NORLAND', 'BEAT', 'EASTLAND', '2-1'] }).capsLine).toBe(true);
    expect(sentenceInfo({ words: ['Norland', 'beat', 'Eastland', '2-1'] }).capsLine).toBe(false);
  });

  it('turns registry hits into B/I/L/U gazetteer codes on token boundaries', () => {
    const toks = [
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 10, end: 16 },
      { start: 17, end: 24 },
    ];
    const codes = gazCodesFromHits(toks, [
      { start: 0, end: 9, type: 'PER' },
      { start: 17, end: 24, type: 'GPE' },
      { start: 11, end: 16, type: 'ORG' }, // not on a token start: ignored
    ]);
    expect(Array.from(codes)).toEqual([4, 6, 0, 19]);
    const scan = (t: string) =>
      t.includes('Anna Berg') ? [{ start: t.indexOf('Anna'), end: t.indexOf('Anna') + 9, type: 'PER' }] : [];
    expect(Array.from(gazCodesForWords(['Yes', ',', 'Anna', 'Berg', 'came'], scan))).toEqual([0, 0, 4, 6, 0]);
  });
});

describe('BILOU and IOB1', () => {
  it('converts IOB1 as conlleval does (B- only between touching names of one type)', () => {
    expect(iobToSpans(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG', 'I-ORG', 'B-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 7, type: 'ORG' },
      { start: 7, end: 8, type: 'ORG' },
    ]);
    expect(iobToSpans(['B-MISC', 'I-MISC', 'I-PER'])).toEqual([
      { start: 0, end: 2, type: 'MISC' },
      { start: 2, end: 3, type: 'PER' },
    ]);
  });

  it('round-trips spans through BILOU tags', () => {
    const spans = [
      { start: 0, end: 1, type: 'PER' as const },
      { start: 1, end: 4, type: 'ORG' as const },
      { start: 5, end: 7, type: 'MISC' as const },
    ];
    const tags = spansToBilou(spans, 8);
    expect(Array.from(tags).map((t) => TAG_NAMES[t])).toEqual([
      'U-PER',
      'B-ORG',
      'I-ORG',
      'L-ORG',
      'O',
      'B-MISC',
      'L-MISC',
      'O',
    ]);
    expect(bilouToSpans(tags)).toEqual(spans);
  });

  it('Viterbi never outputs a transition BILOU forbids', () => {
    expect(allowed(NUM_TAGS, 0)).toBe(true);
    expect(allowed(0, 2)).toBe(false); // O → I-PER
    expect(allowed(1, 0)).toBe(false); // B-PER → O
    expect(allowed(1, 6)).toBe(false); // B-PER → I-ORG
    expect(allowed(1, 3)).toBe(true); // B-PER → L-PER
    // emissions that prefer an invalid sequence (I-PER alone) get a valid one
    const n = 3;
    const emit = new Float32Array(n * NUM_TAGS);
    emit[1 * NUM_TAGS + 2] = 5; // I-PER at token 1
    emit[1 * NUM_TAGS + 4] = 1; // U-PER at token 1
    emit[0 * NUM_TAGS + 1] = -5; // B-PER at token 0 is costly
    const tags = viterbi(emit, new Float32Array((NUM_TAGS + 1) ** 2), n);
    for (let i = 0; i <= n; i++)
      expect(allowed(i === 0 ? NUM_TAGS : tags[i - 1], i === n ? NUM_TAGS : tags[i])).toBe(true);
    expect(bilouToSpans(tags)).toEqual([{ start: 1, end: 2, type: 'PER' }]);
    // when B-PER costs nothing, the best valid path wraps the I-PER: B-PER I-PER L-PER
    emit[0 * NUM_TAGS + 1] = 0;
    expect(bilouToSpans(viterbi(emit, new Float32Array((NUM_TAGS + 1) ** 2), n))).toEqual([
      { start: 0, end: 3, type: 'PER' },
    ]);
  });
});

describe('CoNLL reading and scoring', () => {
  const file = [
    '-DOCSTART- -X- -X- O',
    '',
    'Anna NNP I-NP I-PER',
    'Berg NNP I-NP I-PER',
    'visited VBD I-VP O',
    'Norland NNP I-NP I-LOC',
    '. . O O',
    '',
    '-DOCSTART- -X- -X- O',
    '',
    'Brim NNP I-NP I-ORG',
    'won VBD I-VP O',
    '',
  ].join('\n');

  it('reads documents and sentences', () => {
    const docs = readConll(file);
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences[0].words).toEqual(['Anna', 'Berg', 'visited', 'Norland', '.']);
    expect(docs[1].sentences[0].tags).toEqual(['I-ORG', 'O']);
  });

  it('scores exact spans only', () => {
    const gold = [
      [
        { start: 0, end: 2, type: 'PER' as const },
        { start: 3, end: 4, type: 'LOC' as const },
      ],
    ];
    const pred = [
      [
        { start: 0, end: 1, type: 'PER' as const },
        { start: 3, end: 4, type: 'LOC' as const },
      ],
    ];
    const s = scoreSpans(gold, pred);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.perType.LOC.f1).toBe(1);
    expect(s.perType.PER.f1).toBe(0);
  });
});
