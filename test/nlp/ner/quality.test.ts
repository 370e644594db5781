/**
 * Quality gate: the shipped NER model on CoNLL-2003 eng.testa (read from ../shared at test time,
 * skipped with a message when absent). Floor pinned a little below the measured score.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONLL_DEV, evaluateNer } from '../../../eval/ner.js';
import { DEFAULT_WEIGHTS_PATH } from '../../../src/nlp/ner/model.js';

/** Measured 0.9317 (PER 0.9585, ORG 0.8803, LOC 0.9609, MISC 0.8925) with `npx tsx eval/ner.ts`. */
const F1_FLOOR = 0.926;
const TYPE_FLOOR = { PER: 0.953, ORG: 0.875, LOC: 0.955, MISC: 0.887 };

const present = existsSync(DEFAULT_CONLL_DEV) && existsSync(DEFAULT_WEIGHTS_PATH());
if (!present)
  console.warn(
    `test/nlp/ner/quality: skipped, ${DEFAULT_CONLL_DEV} or ${DEFAULT_WEIGHTS_PATH()} not found (../shared beside the repo; npm run train:ner)`,
  );

describe.skipIf(!present)('NER quality gate (CoNLL-2003 eng.testa)', () => {
  it(`entity F1 ≥ ${F1_FLOOR}`, () => {
    const r = evaluateNer();
    expect(r.scores.gold).toBe(5942);
    expect(r.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    for (const [t, floor] of Object.entries(TYPE_FLOOR))
      expect(r.perType[t as keyof typeof TYPE_FLOOR].f1, t).toBeGreaterThanOrEqual(floor);
  });
});
