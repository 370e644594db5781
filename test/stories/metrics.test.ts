import { describe, expect, it } from 'vitest';
import {
  contentSimilarity,
  dateF1,
  linearSumAssignment,
  rougeCounts,
  rougeTokens,
  scoreTimeline,
} from '../../src/stories/metrics.js';
import { porterStem } from '../../src/stories/porter.js';

describe('porterStem', () => {
  it('matches the reference algorithm on classic examples', () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['cats', 'cat'],
      ['feed', 'feed'],
      ['agreed', 'agre'],
      ['plastered', 'plaster'],
      ['motoring', 'motor'],
      ['hopping', 'hop'],
      ['filing', 'file'],
      ['happy', 'happi'],
      ['relational', 'relat'],
      ['conditional', 'condit'],
      ['generalization', 'gener'],
      ['electrical', 'electr'],
      ['adjustment', 'adjust'],
      ['adoption', 'adopt'],
      ['controll', 'control'],
      ['probate', 'probat'],
      ['rate', 'rate'],
      ['killed', 'kill'],
      ['explosion', 'explos'],
    ];
    for (const [w, s] of cases) expect(porterStem(w), w).toBe(s);
  });
});

describe('dateF1', () => {
  it('scores date sets', () => {
    expect(dateF1(['2020-01-01', '2020-01-02'], ['2020-01-02', '2020-01-03', '2020-01-04', '2020-01-05'])).toEqual({
      precision: 0.5,
      recall: 0.25,
      f1: 1 / 3,
    });
    expect(dateF1([], ['2020-01-01']).f1).toBe(0);
  });
});

describe('ROUGE counts', () => {
  it('drops stopwords and punctuation, stems, and counts clipped n-gram hits', () => {
    expect(rougeTokens(['The rebels attacked the town , killing 3 .'])).toEqual([
      'rebel',
      'attack',
      'town',
      'kill',
      '3',
    ]);
    const c1 = rougeCounts(['a', 'b', 'a'], [['a', 'c']], 1);
    expect(c1).toEqual({ hit: 1, pDen: 3, rDen: 2 });
    const c2 = rougeCounts(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 'd'],
        ['b', 'c'],
      ],
      2,
    );
    // bigrams ab, bc; ref1 ab, bd; ref2 bc → hits 1 + 1; pDen = 2 × 2 refs; rDen = 2 + 1
    expect(c2).toEqual({ hit: 2, pDen: 4, rDen: 3 });
    expect(contentSimilarity(['a', 'b'], [['a', 'b']])).toBe(1);
  });
});

describe('linearSumAssignment', () => {
  function brute(cost: number[][]): number {
    const n = cost.length;
    const m = cost[0].length;
    let best = Infinity;
    const rec = (i: number, used: Set<number>, acc: number, assigned: number): void => {
      if (i === n) {
        if (assigned === Math.min(n, m)) best = Math.min(best, acc);
        return;
      }
      if (n - i > Math.min(n, m) - assigned) rec(i + 1, used, acc, assigned); // row i unassigned
      for (let j = 0; j < m; j++) {
        if (used.has(j)) continue;
        used.add(j);
        rec(i + 1, used, acc + cost[i][j], assigned + 1);
        used.delete(j);
      }
    };
    rec(0, new Set(), 0, 0);
    return best;
  }
  it('finds the optimal assignment on square and rectangular matrices', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const [n, m] of [
      [3, 3],
      [2, 4],
      [4, 2],
      [5, 5],
      [1, 3],
      [3, 1],
    ]) {
      const cost = Array.from({ length: n }, () => Array.from({ length: m }, () => Math.round(rnd() * 100) / 100));
      const pairs = linearSumAssignment(cost);
      expect(pairs).toHaveLength(Math.min(n, m));
      expect(new Set(pairs.map((p) => p[0])).size).toBe(pairs.length);
      expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
      const total = pairs.reduce((s, [i, j]) => s + cost[i][j], 0);
      expect(total).toBeCloseTo(brute(cost), 9);
    }
  });
});

describe('scoreTimeline', () => {
  const gold = new Map([
    ['2020-03-01', ['Rebels seized the northern bridge after a night of fighting .']],
    ['2020-03-05', ['The government announced a ceasefire in the north .']],
  ]);

  it('gives 1 everywhere for the reference itself', () => {
    const s = scoreTimeline(gold, [gold]);
    for (const v of [
      s.date,
      s.concat.rouge1,
      s.concat.rouge2,
      s.agreement.rouge1,
      s.agreement.rouge2,
      s.align.rouge1,
      s.align.rouge2,
      s.alignm1.rouge1,
      s.alignm1.rouge2,
    ]) {
      expect(v.f1).toBeCloseTo(1, 12);
    }
  });

  it('discounts content given on a neighbouring date', () => {
    const shifted = new Map([
      ['2020-03-02', ['Rebels seized the northern bridge after a night of fighting .']],
      ['2020-03-05', ['The government announced a ceasefire in the north .']],
    ]);
    const s = scoreTimeline(shifted, [gold]);
    expect(s.date.f1).toBe(0.5);
    expect(s.concat.rouge1.f1).toBeCloseTo(1, 12); // dates do not matter for concat
    // agreement: only the exact-date half counts (4 of 9 unigrams … per side)
    expect(s.agreement.rouge1.f1).toBeLessThan(0.6);
    // align: the shifted date maps to 03-01 with weight 1/2
    const tokens1 = rougeTokens(gold.get('2020-03-01')!).length;
    const tokens2 = rougeTokens(gold.get('2020-03-05')!).length;
    expect(s.alignm1.rouge1.precision).toBeCloseTo((tokens1 / 2 + tokens2) / (tokens1 + tokens2), 12);
    expect(s.align.rouge1.f1).toBeCloseTo(s.alignm1.rouge1.f1, 12);
  });

  it('gives 0 for an empty prediction', () => {
    const s = scoreTimeline(new Map(), [gold]);
    expect(s.date.f1).toBe(0);
    expect(s.alignm1.rouge1.f1).toBe(0);
    expect(s.concat.rouge2.f1).toBe(0);
  });
});
