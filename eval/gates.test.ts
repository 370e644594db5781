/**
 * The quality gates of `npm test`: each evaluation on the development data in ../shared must
 * meet the floors pinned in eval/baseline.json. Skipped, with a message, when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVALUATIONS } from './evaluations.js';
import { corpusPath, judge, readBaseline } from './gate.js';

const baseline = readBaseline();

describe('quality gates (eval/baseline.json)', () => {
  for (const ev of EVALUATIONS) {
    const present = existsSync(corpusPath(ev.corpus));
    it.skipIf(!present)(
      `${ev.name}${present ? '' : ` — skipped: ${ev.corpus} is absent`}`,
      async () => {
        const metrics = await ev.run();
        const verdicts = judge(metrics, ev.corpus, baseline);
        for (const v of verdicts) console.log(`gate ${v.message}`);
        const pinned = verdicts.filter((v) => v.floor);
        expect(
          pinned.length,
          `no floors pinned for ${ev.name}; run npx tsx eval/run.ts ${ev.name} --update-baseline`,
        ).toBeGreaterThan(0);
        expect(verdicts.filter((v) => !v.ok).map((v) => v.message)).toEqual([]);
      },
      600_000,
    );
  }
});
