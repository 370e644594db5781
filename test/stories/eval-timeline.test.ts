/**
 * Smoke test of eval/timeline.ts on one small Timeline17 topic, read from ../shared at test time.
 * Skipped when ../shared is absent. The fixed reference dates are the corpus' own folder dates.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateTimelines, keywordQuery, parseGoldTimeline, T17_DIR } from '../../eval/timeline.js';

describe('parseGoldTimeline', () => {
  it('reads dates, sentences and separators, merging repeated dates', () => {
    const tl = parseGoldTimeline(
      '2020-01-02\nFirst thing happened .\n-----\n2020-01-01\nEarlier thing .\nMore .\n-----\n2020-01-02\nSecond thing .\n-----\n',
    );
    expect([...tl.entries()]).toEqual([
      ['2020-01-02', ['First thing happened .', 'Second thing .']],
      ['2020-01-01', ['Earlier thing .', 'More .']],
    ]);
    expect(keywordQuery(['LibyaWar', 'oil'])).toBe('Libya War oil');
  });
});

describe.skipIf(!existsSync(T17_DIR))(`eval/timeline on T17 (skipped: ${T17_DIR} not found)`, () => {
  it('scores one topic with sane figures', async () => {
    const r = await evaluateTimelines({ topics: ['H1N1_guardian'] });
    expect(r.timelines).toBe(1);
    expect(r.date_f1).toBeGreaterThan(0.3);
    expect(r.date_f1).toBeLessThanOrEqual(1);
    expect(r.alignm1_r1).toBeGreaterThan(0.03);
    expect(r.alignm1_r2).toBeGreaterThan(0);
    expect(r.alignm1_r2).toBeLessThan(r.alignm1_r1);
  }, 60_000);
});
