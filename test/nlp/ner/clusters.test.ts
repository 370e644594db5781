import { describe, expect, it } from 'vitest';
import { induceClusters, lookupCluster } from '../../../src/nlp/ner/clusters.js';
import { DOC_FEATS_PER_TOKEN, DocContext, documentFeatures, sentenceInfo } from '../../../src/nlp/ner/features.js';

/** A made-up corpus: towns follow "in"/"to", people precede "said"/"smiled". */
function corpus(): string[][] {
  const towns = ['Tarsk', 'Brim', 'Osterholm', 'Kestrel'];
  const people = ['Varga', 'Kalm', 'Dahl', 'Lind'];
  const out: string[][] = [];
  for (let r = 0; r < 6; r++)
    for (const t of towns)
      for (const p of people) {
        out.push(['they', 'went', 'to', t, 'on', 'foot', '.']);
        out.push(['we', 'live', 'in', t, 'now', '.']);
        out.push(['yesterday', p, 'said', 'no', '.']);
        out.push(['then', p, 'smiled', 'again', '.']);
      }
  return out;
}

describe('word clusters', () => {
  const opts = { k: 4, coarseK: 2, minCount: 2, contextWords: 30, iterations: 10, seed: 3, maxWords: 1000 };

  it('groups words that share contexts and keeps no strings', () => {
    const c = induceClusters(corpus(), opts);
    const id = (w: string) => c.fine[lookupCluster(c, w)];
    expect(id('Tarsk')).toBe(id('Brim'));
    expect(id('Osterholm')).toBe(id('Kestrel'));
    expect(id('Varga')).toBe(id('Lind'));
    expect(id('Tarsk')).not.toBe(id('Varga'));
    expect(c.hashes).toBeInstanceOf(Uint32Array);
    for (let i = 1; i < c.hashes.length; i++) expect(c.hashes[i]).toBeGreaterThan(c.hashes[i - 1]);
  });

  it('is deterministic and looks words up by form, Title case, then lower case', () => {
    const a = induceClusters(corpus(), opts);
    const b = induceClusters(corpus(), opts);
    expect(Array.from(a.fine)).toEqual(Array.from(b.fine));
    expect(lookupCluster(a, 'TARSK')).toBe(lookupCluster(a, 'Tarsk'));
    expect(lookupCluster(a, 'Yesterday')).toBe(lookupCluster(a, 'yesterday'));
    expect(lookupCluster(a, 'Nowhere')).toBe(-1);
  });
});

describe('document memory', () => {
  it('tells later sentences what earlier ones were tagged, and the second pass sees the whole document', () => {
    const s1 = sentenceInfo({ words: ['Varga', 'arrived', '.'] });
    const s2 = sentenceInfo({ words: ['Then', 'Varga', 'left', '.'] });
    const feats = (doc: DocContext) => {
      const out = new Uint32Array(4 * DOC_FEATS_PER_TOKEN);
      const counts = new Uint8Array(4);
      documentFeatures(s2, doc, out, counts);
      return Array.from(out.subarray(DOC_FEATS_PER_TOKEN, DOC_FEATS_PER_TOKEN + counts[1]));
    };
    const doc = new DocContext([s1, s2]);
    const before = feats(doc);
    doc.record(s1, Int32Array.of(4, 0, 0)); // U-PER
    const after = feats(doc);
    expect(after).not.toEqual(before);
    doc.startSecondPass([s1, s2], [Int32Array.of(4, 0, 0), Int32Array.of(0, 0, 0, 0)]);
    doc.setCurrent(s2, Int32Array.of(0, 0, 0, 0));
    const second = feats(doc);
    expect(second.length).toBeGreaterThan(before.length);
  });
});
