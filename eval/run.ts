/**
 * Runs the evaluations and prints one line per metric; with --update-baseline, pins the floors.
 *
 *   npx tsx eval/run.ts                       # all evaluations
 *   npx tsx eval/run.ts extract time          # some
 *   npx tsx eval/run.ts --update-baseline     # raise floors to what was measured
 *   npx tsx eval/run.ts --update-baseline --allow-lower   # also lower them (say why in the commit)
 */
import { existsSync } from 'node:fs';
import { EVALUATIONS } from './evaluations.js';
import { corpusPath, judge, updateBaseline } from './gate.js';

const args = process.argv.slice(2);
const update = args.includes('--update-baseline');
const allowLower = args.includes('--allow-lower');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !EVALUATIONS.some((e) => e.name === n));
if (unknown.length) {
  console.error(
    `eval: expected evaluation names among ${EVALUATIONS.map((e) => e.name).join(', ')}, found ${unknown.join(', ')}`,
  );
  process.exit(2);
}

let failed = 0;
for (const ev of EVALUATIONS.filter((e) => names.length === 0 || names.includes(e.name))) {
  if (!existsSync(corpusPath(ev.corpus))) {
    console.log(`${ev.name}: skipped (${ev.corpus} is absent)`);
    continue;
  }
  const t0 = Date.now();
  const metrics = await ev.run();
  for (const v of judge(metrics, ev.corpus)) {
    console.log(v.message);
    if (!v.ok) failed++;
  }
  console.log(`${ev.name}: ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  if (update) for (const n of updateBaseline(metrics, ev.corpus, { allowLower })) console.log(`  pinned ${n}`);
}
process.exitCode = failed && !update ? 1 : 0;
