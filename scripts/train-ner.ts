/**
 * Trains Chronicle's NER model and writes data/ner/weights.bin.gz and data/ner/MODEL_CARD.md.
 *
 *   npm run train:ner [-- --epochs N --bits B --seed S --limit-docs N --no-save]
 *
 * Data: ../shared/data/dev/conll2003/eng.train (training), eng.testa (scored after each epoch and
 * in the model card). Only the word column is used; the POS and chunk columns are ignored. Gazetteer
 * features come from the actor registry (data/actors/). Deterministic: same data, same seed, same
 * weights. Single-threaded.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadRegistry } from '../src/actors/registry.js';
import { DATA_DIR, ROOT, SHARED_DIR } from '../src/paths.js';
import {
  NER_TYPES,
  NerModel,
  evaluateConll,
  gazCodesForWords,
  iobToSpans,
  readConll,
  type NerScores,
} from '../src/nlp/ner/index.js';
import { trainNer, type TrainDoc } from '../src/nlp/ner/trainer.js';
import { FEATURE_VERSION } from '../src/nlp/ner/features.js';
import { induceClusters, type WordClusters } from '../src/nlp/ner/clusters.js';
import { TRAINER_OPTIONS, readOptions, trainerArgs } from './options.js';

interface Args {
  train: string;
  dev: string;
  epochs: number;
  bits: number;
  seed: number;
  limitDocs: number;
  ensemble: number;
  clusters: number;
  clusterText: string;
  save: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  // (--clusters K: 0 = none)
  const o = readOptions('train-ner', argv, {
    ...TRAINER_OPTIONS,
    bits: 'number',
    'limit-docs': 'number',
    ensemble: 'number',
    clusters: 'number',
    'cluster-text': 'string',
  });
  return {
    ...trainerArgs(o, path.join(DATA_DIR, 'ner', 'weights.bin.gz')),
    bits: o.bits ?? 20,
    limitDocs: o['limit-docs'] ?? 0,
    ensemble: Math.max(1, o.ensemble ?? 5),
    clusters: o.clusters ?? 256,
    clusterText: o['cluster-text'] ?? path.join(SHARED_DIR, 'data/dev/timelines/t17'),
  };
}

const fmt = (x: number): string => x.toFixed(4);
function line(s: NerScores): string {
  return (
    `F1 ${fmt(s.f1)} (P ${fmt(s.precision)} R ${fmt(s.recall)}) ` +
    NER_TYPES.map((t) => `${t} ${fmt(s.perType[t].f1)}`).join(' ')
  );
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  for (const f of [args.train, args.dev])
    if (!existsSync(f))
      throw new Error(`train-ner: expected the CoNLL-2003 file ${f} (../shared beside the repo), found nothing`);
  const t0 = performance.now();
  const registry = loadRegistry();
  const scan = (text: string) => registry.scan(text);
  let trainDocs = readConll(readFileSync(args.train, 'utf8'));
  if (args.limitDocs > 0) trainDocs = trainDocs.slice(0, args.limitDocs);
  const devDocs = readConll(readFileSync(args.dev, 'utf8'));
  const docs: TrainDoc[] = trainDocs.map((d) => ({
    sentences: d.sentences.map((s) => ({
      words: s.words,
      gaz: gazCodesForWords(s.words, scan),
      spans: iobToSpans(s.tags),
    })),
  }));
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  console.log(
    `train-ner: ${docs.length} documents, ${tokens} tokens; ${args.epochs} epochs, 2^${args.bits} rows, seed ${args.seed} ` +
      `(prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  let clusters: WordClusters | null = null;
  let clusterTokens = 0;
  if (args.clusters > 0) {
    const t1 = performance.now();
    // unlabelled text: the training sentences plus the tokenised articles under --cluster-text
    const sents: string[][] = trainDocs.flatMap((d) => d.sentences.map((s) => s.words));
    if (existsSync(args.clusterText))
      for (const f of walk(args.clusterText)
        .filter((x) => x.endsWith('.txt') && x.includes(`${path.sep}InputDocs${path.sep}`))
        .sort())
        for (const l of readFileSync(f, 'utf8').split('\n')) {
          const w = l.split(/\s+/).filter(Boolean);
          if (w.length) sents.push(w);
        }
    else console.log(`train-ner: ${args.clusterText} not found; clusters from the training text only`);
    clusterTokens = sents.reduce((n, s) => n + s.length, 0);
    clusters = induceClusters(sents, {
      k: args.clusters,
      coarseK: 32,
      minCount: 3,
      contextWords: 500,
      iterations: 8,
      seed: args.seed,
      maxWords: 60_000,
    });
    console.log(
      `train-ner: ${clusters.hashes.length} words in ${clusters.k} clusters from ${clusterTokens} tokens (${((performance.now() - t1) / 1000).toFixed(1)} s)`,
    );
  }
  const history: { run: number; epoch: number; f1: number }[] = [];
  const models: NerModel[] = [];
  for (let run = 0; run < args.ensemble; run++) {
    const seed = args.seed + run;
    models.push(
      trainNer(docs, {
        bits: args.bits,
        epochs: args.epochs,
        seed,
        clusters,
        onEpoch(epoch, avg, st) {
          // scoring every epoch costs time; score the last epoch, and all of them for a single run
          if (args.ensemble > 1 && epoch < args.epochs) {
            console.log(
              `run ${run + 1} (seed ${seed}) epoch ${epoch}: ${st.mistakes} sentence mistakes, ${st.seconds.toFixed(1)} s`,
            );
            return;
          }
          const { scores } = evaluateConll(avg(), devDocs, scan);
          history.push({ run: run + 1, epoch, f1: scores.f1 });
          console.log(
            `run ${run + 1} (seed ${seed}) epoch ${epoch}: ${st.mistakes} sentence mistakes, ${st.seconds.toFixed(1)} s; eng.testa ${line(scores)}`,
          );
        },
      }),
    );
  }
  const model = averageModels(models);
  const q = model.quantize();
  const { scores } = evaluateConll(q, devDocs, scan);
  console.log(`quantised: eng.testa ${line(scores)}`);
  const trainSeconds = (performance.now() - t0) / 1000;
  if (!args.save) return;
  q.header.trainedOn = 'CoNLL-2003 English eng.train';
  q.header.epochs = args.epochs;
  q.header.seed = args.seed;
  const bytes = q.save(args.out);
  const t1 = performance.now();
  NerModel.load(args.out);
  const loadMs = performance.now() - t1;
  const rawBytes = gunzipSync(readFileSync(args.out)).length;
  console.log(
    `wrote ${path.relative(ROOT, args.out)}: ${(bytes / 1e6).toFixed(2)} MB (${(rawBytes / 1e6).toFixed(1)} MB raw), loads in ${loadMs.toFixed(0)} ms`,
  );
  writeCard({
    args,
    scores,
    bytes,
    rawBytes,
    loadMs,
    tokens,
    docs: docs.length,
    trainSeconds,
    history,
    clusters,
    clusterTokens,
  });
}

/** The mean of several models' weights (a bagged linear model). */
function averageModels(models: NerModel[]): NerModel {
  if (models.length === 1) return models[0];
  const first = models[0];
  const w = new Float32Array(first.weights.length);
  const tr = new Float32Array(first.trans.length);
  for (const m of models) {
    for (let i = 0; i < w.length; i++) w[i] += m.weights[i] / models.length;
    for (let i = 0; i < tr.length; i++) tr[i] += m.trans[i] / models.length;
  }
  return new NerModel(first.bits, w, tr, { ...first.header }, first.clusters);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function writeCard(o: {
  args: Args;
  scores: NerScores;
  bytes: number;
  rawBytes: number;
  loadMs: number;
  tokens: number;
  docs: number;
  trainSeconds: number;
  history: { run: number; epoch: number; f1: number }[];
  clusters: WordClusters | null;
  clusterTokens: number;
}): void {
  const { args, scores } = o;
  const rows = NER_TYPES.map(
    (t) =>
      `| ${t} | ${fmt(scores.perType[t].precision)} | ${fmt(scores.perType[t].recall)} | ${fmt(scores.perType[t].f1)} | ${scores.perType[t].gold} |`,
  ).join('\n');
  const seeds = Array.from({ length: args.ensemble }, (_, i) => args.seed + i);
  const clusterText = o.clusters
    ? `Word clusters: ${o.clusters.hashes.length} word forms in ${o.clusters.k} fine and ${o.clusters.coarseK} coarse
distributional clusters (spherical k-means over the counts of the 500 most frequent words at ±1 and ±2),
induced at training time from ${o.clusterTokens} tokens of unlabelled text: the words of \`eng.train\` and the
tokenised articles of Timeline17 (\`../shared/data/dev/timelines/t17/*/InputDocs\`, news of 2009–2013;
research use). Shipped as 32-bit hashes of the word forms with their cluster ids — no word strings.`
    : 'Word clusters: none (trained with --clusters 0).';
  const card = `# Chronicle NER model — model card

Generated by \`npm run train:ner\` (scripts/train-ner.ts); do not edit by hand.

## What it is
An averaged structured perceptron (Collins 2002) over hashed word features, decoded with first-order
Viterbi over BILOU tags (O + B/I/L/U × PER, ORG, LOC, MISC = 17 tags), run in two passes over a
document (the second pass sees what the first gave the same words elsewhere in the document). The shipped
weights are the mean of ${args.ensemble} such models trained with seeds ${seeds.join(', ')} (bagging). Code:
\`src/nlp/ner/\`. Used by \`src/nlp/entities.ts\`, which maps LOC → GPE and MISC → NORP where the actor registry
knows the name as a country/city or a demonym.

## Data
- Training: CoNLL-2003 English \`eng.train\` (Reuters newswire 1996–97): ${o.docs} documents, ${o.tokens} tokens.
  Only the word column is used — the POS and chunk columns are ignored (real input has none).
- Development/score: \`eng.testa\`. The CoNLL test set (\`eng.testb\`) is not available here and was not used.
- Gazetteer features: Chronicle's actor registry (\`data/actors/\`, \`scan\` hits with types PER/ORG/GPE/NORP).
- ${clusterText}

## Features (feature set v${FEATURE_VERSION}, \`src/nlp/ner/features.ts\`)
Word: lower-cased form (digits → 0), exact form, long and short word shape (Xxxx, XX, dd, X.X.),
prefixes and suffixes of 1–4 characters, length, fine and coarse word cluster. Context: words at ±1 and ±2,
word bigrams, 4-letter suffixes of the neighbours, shapes at ±1 (and −2), shape bigrams and trigram,
previous word × shape, shape × next word, neighbour clusters × own cluster. Position: sentence start × shape
and × word; all-capitals lines (headlines, datelines) × word, × shape, × previous word; title-case lines
× shape. Gazetteer: registry hit type with B/I/L/U position at i, i−1, i+1, and × shape. Document:
the capitalised word occurs in lower case elsewhere in the document; it occurs capitalised inside a
sentence; the words around its other occurrences (context aggregation); the types the model gave the same
word earlier in the document (predicted, also in training); in the second pass, the types the first pass
gave it in the other sentences. Previous tags: transition weights (start and end included);
BILOU-invalid transitions are never decoded.

## Training
\`npm run train:ner\` — per model ${args.epochs} epochs, documents shuffled each epoch (mulberry32 PRNG, fixed seed),
each sentence decoded and updated in both passes, weights averaged over all updates; hash table 2^${args.bits}
rows × 17 tags. Deterministic and single-threaded; the whole run (clusters, ${args.ensemble} models, scoring)
took ${o.trainSeconds.toFixed(0)} s. Weights are quantised to Int16 with one scale after averaging.

F1 on eng.testa of each model alone (last epoch): ${o.history.map((h) => `seed ${args.seed + h.run - 1}: ${fmt(h.f1)}`).join(', ')}.

## Scores (shipped, quantised weights) on eng.testa — conlleval exact-span
Overall: **F1 ${fmt(scores.f1)}** (precision ${fmt(scores.precision)}, recall ${fmt(scores.recall)}; ${scores.gold} gold entities).

| type | precision | recall | F1 | gold |
|---|---|---|---|---|
${rows}

Reproduce: \`npx tsx eval/ner.ts\`. eng.testa was used to choose the settings (epochs, ensemble size,
features), so it is a development score. References on the CoNLL *test* set (eng.testb, usually 3–5 points
below testa): Stanford CRF 86.9, MITIE 88.1, spaCy small ≈ 85; the compromise library measured 0.34.

## Size and speed
\`data/ner/weights.bin.gz\`: ${(o.bytes / 1e6).toFixed(2)} MB gzip (${(o.rawBytes / 1e6).toFixed(1)} MB in memory); loaded in
${o.loadMs.toFixed(0)} ms after training. Throughput: \`npx tsx bench/ner.ts\`.

## Licence and provenance
CoNLL-2003 text is Reuters material for research use only; Timeline17 is research use too. Neither is
redistributed here. The weight file holds only numbers: hashed feature buckets (32-bit hashes of feature
strings, reduced to ${args.bits} bits, many features per bucket) × tag scores, a tag-transition table, and
32-bit hashes of clustered word forms with cluster ids. It contains no words, no feature strings and no
training text. The code and the weights are MIT like the project; the research-use terms of the training
data apply to how you use the weights.

## Limits
Newswire English of 1996–97 (labels) and 2009–13 (clusters): names of later years, other genres and other
languages are weaker; the actor registry's gazetteer helps for politics. Non-Latin scripts produce few or no
entities. Sports results and tables make up much of CoNLL, which is where its typing errors concentrate
(clubs named after cities: ORG vs LOC).
`;
  writeFileSync(path.join(path.dirname(args.out), 'MODEL_CARD.md'), card);
}

main();
