/**
 * The extraction evaluation runs on a small subset of ../shared's trafilatura pages (the pinned
 * quality floors live in eval/gates.test.ts; this only checks the harness works). Skips without ../shared.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { evaluateExtraction, DEFAULT_EVAL_DIR, authorNames } from '../../eval/extract.js';

const present = existsSync(DEFAULT_EVAL_DIR);
if (!present) console.warn(`eval-smoke.test: ${DEFAULT_EVAL_DIR} not found; skipping (needs ../shared)`);

describe('author name comparison', () => {
  it('splits and normalises names', () => {
    expect(authorNames('Anna Berg und Jörg Kranz')).toEqual(['anna berg', 'jorg kranz']);
    expect(authorNames(['Kranz, J.'])).toEqual(['kranz j']);
  });
});

describe.skipIf(!present)('evaluateExtraction on a subset', () => {
  it('scores 30 spread-out pages', () => {
    const r = evaluateExtraction({ every: 33, limit: 30 });
    expect(r.pages).toBe(30);
    expect(r.tp + r.fn).toBeGreaterThan(0);
    expect(r.f1).toBeGreaterThan(0.7);
    expect(r.f1).toBeLessThanOrEqual(1);
  }, 60_000);
});
