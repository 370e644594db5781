/**
 * Throughput of the NER model on one core: tokens per second on CoNLL-2003 eng.testa.
 *
 *   npx tsx bench/ner.ts [--rounds N]
 *
 * Prints: load time of the weights, model-only throughput (gazetteer codes computed beforehand),
 * throughput including the actor-registry scan, and findEntities on running text. Never fails:
 * when the data or weights are missing it says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadRegistry } from '../src/actors/registry.js';
import { SHARED_DIR } from '../src/paths.js';
import { NerModel, conllToSentences, readConll } from '../src/nlp/ner/index.js';
import { findEntities } from '../src/nlp/entities.js';
import { splitSentences } from '../src/nlp/sentences.js';

function main(): void {
  const argv = process.argv.slice(2);
  const ri = argv.indexOf('--rounds');
  const rounds = ri >= 0 ? Math.max(1, Number(argv[ri + 1]) || 3) : 3;
  const file = path.join(SHARED_DIR, 'data/dev/conll2003/eng.testa');
  if (!existsSync(file)) {
    console.log(`bench/ner: skipped, ${file} not found (../shared is not beside the repo)`);
    return;
  }
  let model: NerModel;
  const t0 = performance.now();
  try {
    model = NerModel.load();
  } catch (e) {
    console.log(`bench/ner: skipped, ${(e as Error).message}`);
    return;
  }
  console.log(`ner.load_ms ${(performance.now() - t0).toFixed(0)}`);
  const docs = readConll(readFileSync(file, 'utf8'));
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  const registry = loadRegistry();
  const scan = (t: string) => registry.scan(t);
  const inputs = docs.map((d) => conllToSentences(d, scan));

  // model only (gazetteer codes precomputed); first round warms up the JIT. CPU time of this
  // process is reported beside wall time: on a shared machine wall time includes waiting.
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r <= rounds; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const d of inputs) model.tagDocument(d);
    const s = (performance.now() - t) / 1000;
    const cu = process.cpuUsage(c);
    if (r > 0) {
      best = Math.min(best, s);
      bestCpu = Math.min(bestCpu, (cu.user + cu.system) / 1e6);
    }
  }
  console.log(
    `ner.tokens_per_s ${Math.round(tokens / best)} (model only, wall time, ${tokens} tokens, best of ${rounds})`,
  );
  console.log(
    `ner.tokens_per_cpu_s ${Math.round(tokens / bestCpu)} (model only, per second of CPU time of this process)`,
  );

  best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (const d of docs) model.tagDocument(conllToSentences(d, scan));
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  console.log(`ner.tokens_per_s_with_gazetteer ${Math.round(tokens / best)}`);

  // the integrated entity finder on running text (documents re-joined with spaces)
  const texts = docs.map((d) => d.sentences.map((s) => s.words.join(' ')).join('\n'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (const text of texts) findEntities(text, splitSentences(text));
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  console.log(
    `entities.tokens_per_s ${Math.round(tokens / best)} (findEntities incl. tokenising and registry scan, ${chars} chars)`,
  );
}

try {
  main();
} catch (e) {
  console.log(`bench/ner: failed to run (${(e as Error).message})`);
}
