/**
 * Training of the POS tagger: multiclass averaged perceptrons (Collins 2002), deterministic.
 *
 * 1. The lexical table learns each word's most likely tag from the word alone (`wordFeatures`).
 *    The main table uses these lexical tags of the window words as features; to train it on
 *    lexical tags as unreliable as those of new text, each training token gets its lexical tag from
 *    a lexical table trained WITHOUT its sentence (jackknifing over `folds` folds). The shipped
 *    lexical table is trained on all sentences.
 * 2. The main table learns the tag of a position from its window features (`positionFeatures`).
 *
 * For each table, features are extracted once per training token, counted, and those seen fewer
 * than `minCount` times are dropped (rare features mostly memorise single tokens and cost space).
 * Each epoch visits the sentences in an order shuffled with a fixed seed; each token is classified
 * on its own (no tag history): when the best tag is wrong, its features get +1 for the gold tag and
 * −1 for the predicted one. Weights are averaged over all token visits ("w − u/c" bookkeeping).
 */
import { shuffle } from '../ner/trainer.js';
import { prng } from '../ner/prng.js';
import { positionFeatures, wordFeatures, wordInfo, type WordInfo } from './features.js';
import { PosModel, SparseTable } from './model.js';
import type { PosSentence } from './conll.js';
import type { WordClusters } from '../ner/clusters.js';

export interface PosTrainOptions {
  epochs: number;
  /** Epochs of the lexical table. */
  lexicalEpochs: number;
  seed: number;
  /** Features seen fewer times than this in the training tokens are dropped. */
  minCount: number;
  /** Folds of the jackknife that gives training tokens their lexical tags. */
  folds: number;
  /** Word clusters used as features (kept in the model); null for none. */
  clusters: WordClusters | null;
  log?: (msg: string) => void;
  /** Called after each epoch of the main table; `model()` builds the averaged model so far. */
  onEpoch?: (epoch: number, model: () => PosModel, stats: { mistakes: number; seconds: number }) => void;
}

/** Training examples as flat arrays: feature indices of example t are feats[offsets[t], offsets[t+1]). */
interface Examples {
  /** Feature hashes kept, ascending; a feature index points into it. */
  hashes: Uint32Array;
  feats: Int32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
  /** Example range of each sentence: [groups[s], groups[s + 1]). */
  groups: Uint32Array;
}

/** Tags ordered by frequency in the training text (ties by name): deterministic ids. */
export function tagSet(sentences: readonly PosSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
}

/** Counts the features of every example and keeps those seen at least `minCount` times. */
function buildExamples(perExample: number[][], gold: number[], groups: number[], minCount: number): Examples {
  const counts = new Map<number, number>();
  for (const f of perExample) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  const kept = Uint32Array.from([...counts.entries()].filter(([, c]) => c >= minCount).map(([h]) => h)).sort();
  const index = new Map<number, number>();
  kept.forEach((h, i) => index.set(h, i));
  let total = 0;
  for (const f of perExample) total += f.length;
  const feats = new Int32Array(total);
  const offsets = new Uint32Array(perExample.length + 1);
  let n = 0;
  perExample.forEach((f, t) => {
    for (const h of f) {
      const j = index.get(h);
      if (j !== undefined) feats[n++] = j;
    }
    offsets[t + 1] = n;
  });
  return {
    hashes: kept,
    feats: feats.slice(0, n),
    offsets,
    gold: Uint8Array.from(gold),
    groups: Uint32Array.from(groups),
  };
}

/** Trains an averaged perceptron over `ex` with K tags; returns dense averaged weights. */
function perceptron(
  ex: Examples,
  K: number,
  epochs: number,
  seed: number,
  onEpoch?: (epoch: number, averaged: () => Float32Array, stats: { mistakes: number; seconds: number }) => void,
): Float32Array {
  const w = new Float32Array(ex.hashes.length * K);
  const u = new Float64Array(w.length);
  const scores = new Float64Array(K);
  const { feats, offsets, gold, groups } = ex;
  let c = 1;
  const averaged = (): Float32Array => {
    const avg = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
    return avg;
  };
  const rand = prng(seed);
  const order = Array.from({ length: groups.length - 1 }, (_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, rand);
    let mistakes = 0;
    for (const s of order) {
      for (let t = groups[s]; t < groups[s + 1]; t++) {
        const a = offsets[t];
        const b = offsets[t + 1];
        scores.fill(0);
        for (let j = a; j < b; j++) {
          const r = feats[j] * K;
          for (let k = 0; k < K; k++) scores[k] += w[r + k];
        }
        let best = 0;
        for (let k = 1; k < K; k++) if (scores[k] > scores[best]) best = k;
        const g = gold[t];
        if (best !== g) {
          mistakes++;
          for (let j = a; j < b; j++) {
            const r = feats[j] * K;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + best] -= 1;
            u[r + best] -= c;
          }
        }
        c++;
      }
    }
    if (onEpoch) onEpoch(epoch, averaged, { mistakes, seconds: (performance.now() - t0) / 1000 });
  }
  return averaged();
}

/** Best tag of a feature list under dense weights (`index`: feature hash → row). */
function classify(feats: readonly number[], index: Map<number, number>, w: Float32Array, K: number): number {
  const scores = new Float64Array(K);
  for (const h of feats) {
    const r = index.get(h);
    if (r === undefined) continue;
    for (let k = 0; k < K; k++) scores[k] += w[r * K + k];
  }
  let best = 0;
  for (let k = 1; k < K; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

/** Word facts and gold tag ids of the training sentences. */
interface Corpus {
  tags: string[];
  infos: WordInfo[][];
  gold: number[][];
  /** Own-word features of each token (the lexical table's input). */
  wordFeats: number[][][];
}

function corpus(sentences: readonly PosSentence[], clusters: WordClusters | null): Corpus {
  const tags = tagSet(sentences);
  if (tags.length > 250) throw new Error(`POS trainer: expected at most 250 tags, found ${tags.length}`);
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const cache = new Map<string, { info: WordInfo; feats: number[] }>();
  const entry = (w: string): { info: WordInfo; feats: number[] } => {
    let x = cache.get(w);
    if (!x) {
      const info = wordInfo(w, clusters);
      const feats: number[] = [];
      wordFeatures(info, feats);
      cache.set(w, (x = { info, feats }));
    }
    return x;
  };
  const entries = sentences.map((s) => s.words.map(entry));
  return {
    tags,
    infos: entries.map((e) => e.map((x) => x.info)),
    gold: sentences.map((s) => s.tags.map((t) => tagId.get(t) ?? 0)),
    wordFeats: entries.map((e) => e.map((x) => x.feats)),
  };
}

/** Lexical-table examples of the sentences `ids`. */
function lexicalExamples(c: Corpus, ids: readonly number[], minCount: number): Examples {
  const per: number[][] = [];
  const gold: number[] = [];
  const groups = [0];
  for (const s of ids) {
    for (let i = 0; i < c.gold[s].length; i++) {
      per.push(c.wordFeats[s][i]);
      gold.push(c.gold[s][i]);
    }
    groups.push(per.length);
  }
  return buildExamples(per, gold, groups, minCount);
}

/** Lexical tags of every training token, each from a lexical table trained without its fold. */
function jackknifeLexicalTags(c: Corpus, opts: PosTrainOptions): Uint8Array[] {
  const K = c.tags.length;
  const out = c.gold.map((g) => new Uint8Array(g.length));
  const all = c.gold.map((_, s) => s);
  for (let fold = 0; fold < opts.folds; fold++) {
    const ex = lexicalExamples(
      c,
      all.filter((s) => s % opts.folds !== fold),
      opts.minCount,
    );
    const w = perceptron(ex, K, opts.lexicalEpochs, opts.seed + 1 + fold);
    const index = new Map<number, number>();
    ex.hashes.forEach((h, i) => index.set(h, i));
    for (let s = fold; s < c.gold.length; s += opts.folds)
      for (let i = 0; i < c.gold[s].length; i++) out[s][i] = classify(c.wordFeats[s][i], index, w, K);
  }
  return out;
}

export function trainPos(sentences: readonly PosSentence[], opts: PosTrainOptions): PosModel {
  const log = opts.log ?? (() => {});
  const c = corpus(sentences, opts.clusters);
  const K = c.tags.length;
  const all = c.gold.map((_, s) => s);
  const t0 = performance.now();
  const lexEx = lexicalExamples(c, all, opts.minCount);
  const lexical = SparseTable.fromDense(K, lexEx.hashes, perceptron(lexEx, K, opts.lexicalEpochs, opts.seed));
  const lexTags = jackknifeLexicalTags(c, opts);
  log(`lexical table and ${opts.folds}-fold lexical tags: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const per: number[][] = [];
  const gold: number[] = [];
  const groups = [0];
  c.infos.forEach((infos, s) => {
    for (let i = 0; i < infos.length; i++) {
      const f: number[] = [];
      positionFeatures(infos, lexTags[s], i, f);
      per.push(f);
      gold.push(c.gold[s][i]);
    }
    groups.push(per.length);
  });
  const ex = buildExamples(per, gold, groups, opts.minCount);
  const extra = {
    minCount: opts.minCount,
    epochs: opts.epochs,
    lexicalEpochs: opts.lexicalEpochs,
    folds: opts.folds,
    seed: opts.seed,
  };
  const build = (dense: Float32Array): PosModel =>
    new PosModel(c.tags, lexical, SparseTable.fromDense(K, ex.hashes, dense), opts.clusters, extra);
  const dense = perceptron(ex, K, opts.epochs, opts.seed, (epoch, averaged, stats) =>
    opts.onEpoch?.(epoch, () => build(averaged()), stats),
  );
  return build(dense);
}
