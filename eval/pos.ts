/**
 * Scores Chronicle's shipped POS tagger (data/pos/weights.bin.gz) on CoNLL-2003 eng.testa.
 *
 *   npx tsx eval/pos.ts [--file PATH] [--errors N]
 *
 * Sentences are those of the file; only the word and POS columns are read. Metrics: token accuracy,
 * accuracy on unknown words (forms absent from eng.train), and the verb (VB*) / non-verb decision
 * (accuracy over all tokens, and F1 of the verb class). Prints one line per metric
 * (`pos.accuracy 0.9xxx`, …). Reads ../shared (never copied); says so and exits 0 without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DIR } from '../src/paths.js';
import { PosModel, PosTagger, evaluateTagger, readConllPos, type PosScores } from '../src/nlp/pos/index.js';

export const DEFAULT_POS_DEV = path.join(SHARED_DIR, 'data/dev/conll2003/eng.testa');
export const DEFAULT_POS_TRAIN = path.join(SHARED_DIR, 'data/dev/conll2003/eng.train');

export interface PosEvaluation {
  file: string;
  /** Token accuracy. */
  accuracy: number;
  /** Accuracy on tokens whose form is absent from eng.train. */
  unknownAccuracy: number;
  /** Accuracy of the verb (VB*) / non-verb decision over all tokens. */
  verbAccuracy: number;
  /** F1 of the verb class. */
  verbF1: number;
  tokens: number;
  seconds: number;
  scores: PosScores;
}

/** Tags `file` (default eng.testa) with `tagger` (default: the shipped weights) and scores it. */
export function evaluatePos(
  opts: { file?: string; train?: string; tagger?: PosTagger; errors?: number } = {},
): PosEvaluation {
  const file = opts.file ?? DEFAULT_POS_DEV;
  const train = opts.train ?? DEFAULT_POS_TRAIN;
  for (const f of [file, train])
    if (!existsSync(f))
      throw new Error(`eval/pos: expected the CoNLL-2003 file ${f} (../shared beside the repo), found nothing`);
  const tagger = opts.tagger ?? new PosTagger(PosModel.load());
  const known = new Set(readConllPos(readFileSync(train, 'utf8')).flatMap((s) => s.words));
  const sentences = readConllPos(readFileSync(file, 'utf8'));
  const t0 = performance.now();
  const { scores, pred } = evaluateTagger(tagger, sentences, known);
  const seconds = (performance.now() - t0) / 1000;
  if (opts.errors) printErrors(sentences, pred, known, opts.errors);
  return {
    file,
    accuracy: scores.accuracy,
    unknownAccuracy: scores.unknown.accuracy,
    verbAccuracy: scores.verb.accuracy,
    verbF1: scores.verb.f1,
    tokens: scores.tokens,
    seconds,
    scores,
  };
}

/** Prints up to `max` wrong tokens in their context, `gold→predicted`. */
function printErrors(
  sentences: readonly { words: string[]; tags: string[] }[],
  pred: readonly string[][],
  known: ReadonlySet<string>,
  max: number,
): void {
  let shown = 0;
  for (let si = 0; si < sentences.length && shown < max; si++) {
    const { words, tags } = sentences[si];
    for (let i = 0; i < words.length && shown < max; i++) {
      if (tags[i] === pred[si][i]) continue;
      shown++;
      const left = words.slice(Math.max(0, i - 4), i).join(' ');
      const right = words.slice(i + 1, i + 4).join(' ');
      const unk = known.has(words[i]) ? '' : ' (unknown)';
      console.log(`${tags[i]}→${pred[si][i]}${unk}\t${left} [${words[i]}] ${right}`);
    }
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  let file: string | undefined;
  let errors = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--file') file = argv[++i];
    else if (argv[i] === '--errors') errors = Number(argv[++i]);
    else throw new Error(`eval/pos: unknown option ${argv[i]}; expected --file PATH, --errors N`);
  }
  const target = file ?? DEFAULT_POS_DEV;
  if (!existsSync(target) || !existsSync(DEFAULT_POS_TRAIN)) {
    console.log(
      `eval/pos: skipped, the CoNLL-2003 files are absent (${path.dirname(target)}; ../shared beside the repo)`,
    );
    return;
  }
  const r = evaluatePos({ file, errors });
  const f = (x: number): string => x.toFixed(4);
  const s = r.scores;
  console.log(
    `# ${path.basename(r.file)}: ${r.tokens} tokens (${s.unknown.tokens} unknown, ${s.verb.gold} verbs), tagged in ${r.seconds.toFixed(2)} s`,
  );
  console.log(`pos.accuracy ${f(r.accuracy)}`);
  console.log(`pos.unknown_accuracy ${f(r.unknownAccuracy)}`);
  console.log(`pos.verb_accuracy ${f(r.verbAccuracy)}`);
  console.log(`pos.verb_f1 ${f(r.verbF1)}`);
  console.log(`pos.verb_precision ${f(s.verb.precision)}`);
  console.log(`pos.verb_recall ${f(s.verb.recall)}`);
  console.log(`# most frequent confusions (gold→predicted): ${s.confusions.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
