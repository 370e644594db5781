/**
 * Scores Chronicle's shipped NER model (data/ner/weights.bin.gz) on CoNLL-2003 eng.testa.
 *
 *   npx tsx eval/ner.ts [--file PATH] [--no-gazetteer] [--errors N]
 *
 * Tokens, sentences and documents (-DOCSTART-) are those of the file; only the word column is read.
 * Metric: conlleval exact-span entity F1 (IOB1 read as conlleval does), overall and per type.
 * Prints one line per metric (`ner.f1 0.9xxx`, `ner.f1.PER …`). Reads ../shared (never copied).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../src/actors/registry.js';
import { SHARED_DIR } from '../src/paths.js';
import { NER_TYPES, NerModel, evaluateConll, readConll, type NerScores, type NerType } from '../src/nlp/ner/index.js';

export const DEFAULT_CONLL_DEV = path.join(SHARED_DIR, 'data/dev/conll2003/eng.testa');

export interface NerEvaluation {
  file: string;
  f1: number;
  precision: number;
  recall: number;
  perType: Record<NerType, { precision: number; recall: number; f1: number; gold: number }>;
  tokens: number;
  seconds: number;
  scores: NerScores;
}

/** Tags `file` (default eng.testa) with `model` (default: the shipped weights) and scores it. */
export function evaluateNer(
  opts: { file?: string; model?: NerModel; gazetteer?: boolean; errors?: number } = {},
): NerEvaluation {
  const file = opts.file ?? DEFAULT_CONLL_DEV;
  if (!existsSync(file))
    throw new Error(`eval/ner: expected the CoNLL-2003 file ${file} (../shared beside the repo), found nothing`);
  const model = opts.model ?? NerModel.load();
  const registry = opts.gazetteer === false ? null : loadRegistry();
  const docs = readConll(readFileSync(file, 'utf8'));
  const t0 = performance.now();
  const { scores, gold, pred } = evaluateConll(model, docs, registry ? (t) => registry.scan(t) : null);
  const seconds = (performance.now() - t0) / 1000;
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  if (opts.errors) {
    const words = docs.flatMap((d) => d.sentences.map((s) => s.words));
    let shown = 0;
    for (let i = 0; i < gold.length && shown < opts.errors; i++) {
      const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
      const g = new Set(gold[i].map(key));
      const p = new Set(pred[i].map(key));
      const miss = gold[i].filter((s) => !p.has(key(s)));
      const extra = pred[i].filter((s) => !g.has(key(s)));
      if (!miss.length && !extra.length) continue;
      shown++;
      const w = words[i];
      console.log(`# ${w.join(' ').slice(0, 200)}`);
      for (const s of miss) console.log(`  missed ${s.type} ${w.slice(s.start, s.end).join(' ')}`);
      for (const s of extra) console.log(`  extra  ${s.type} ${w.slice(s.start, s.end).join(' ')}`);
    }
  }
  return {
    file,
    f1: scores.f1,
    precision: scores.precision,
    recall: scores.recall,
    perType: Object.fromEntries(
      NER_TYPES.map((t) => [
        t,
        {
          precision: scores.perType[t].precision,
          recall: scores.perType[t].recall,
          f1: scores.perType[t].f1,
          gold: scores.perType[t].gold,
        },
      ]),
    ) as NerEvaluation['perType'],
    tokens,
    seconds,
    scores,
  };
}

function main(): void {
  const argv = process.argv.slice(2);
  let file: string | undefined;
  let gazetteer = true;
  let errors = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--file') file = argv[++i];
    else if (argv[i] === '--no-gazetteer') gazetteer = false;
    else if (argv[i] === '--errors') errors = Number(argv[++i]);
    else throw new Error(`eval/ner: unknown option ${argv[i]}; expected --file PATH, --no-gazetteer, --errors N`);
  }
  const r = evaluateNer({ file, gazetteer, errors });
  const f = (x: number): string => x.toFixed(4);
  console.log(
    `# ${path.basename(r.file)}: ${r.scores.gold} gold entities, ${r.tokens} tokens, tagged in ${r.seconds.toFixed(2)} s`,
  );
  console.log(`ner.f1 ${f(r.f1)}`);
  console.log(`ner.precision ${f(r.precision)}`);
  console.log(`ner.recall ${f(r.recall)}`);
  for (const t of NER_TYPES) console.log(`ner.f1.${t} ${f(r.perType[t].f1)}`);
  for (const t of NER_TYPES) console.log(`ner.precision.${t} ${f(r.perType[t].precision)}`);
  for (const t of NER_TYPES) console.log(`ner.recall.${t} ${f(r.perType[t].recall)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
