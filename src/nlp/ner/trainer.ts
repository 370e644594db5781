/**
 * Averaged structured perceptron for the NER model (Collins 2002).
 *
 * Each epoch visits the documents in an order shuffled with a fixed seed (deterministic); inside
 * a document, sentences keep their order so the document memory sees what it would see when
 * tagging. A sentence is decoded with Viterbi; when the best sequence differs from the gold one,
 * the features of every token whose tag differs get +1 for the gold tag and −1 for the predicted
 * tag, and the transitions that differ likewise. The returned weights are the average of the
 * weights over all sentence visits (the usual "w − u/c" bookkeeping).
 */
import {
  DOC_FEATS_PER_TOKEN,
  DocContext,
  FEATS_PER_TOKEN,
  documentFeatures,
  sentenceFeatures,
  type NerSentence,
  type SentenceInfo,
} from './features.js';
import { NUM_TAGS, spansToBilou, viterbi, type TagSpan } from './decoder.js';
import { NerModel } from './model.js';
import { prng } from './prng.js';
import type { WordClusters } from './clusters.js';

export interface TrainSentence extends NerSentence {
  spans: TagSpan[];
}

export interface TrainDoc {
  sentences: TrainSentence[];
}

export interface TrainOptions {
  /** Hash size in bits (rows = 2^bits). */
  bits: number;
  epochs: number;
  seed: number;
  /** Word clusters the model uses (kept in the model). */
  clusters?: WordClusters | null;
  /** Called after each epoch; `averaged()` builds the averaged model so far (e.g. to score a dev set). */
  onEpoch?: (
    epoch: number,
    averaged: () => NerModel,
    stats: { sentences: number; mistakes: number; seconds: number },
  ) => void;
}

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

export function trainNer(docs: readonly TrainDoc[], opts: TrainOptions): NerModel {
  const K = NUM_TAGS;
  const W = K + 1;
  const F = FEATS_PER_TOKEN;
  const DF = DOC_FEATS_PER_TOKEN;
  const model = new NerModel(opts.bits, undefined, undefined, undefined, opts.clusters);
  const w = model.weights as Float32Array;
  const u = new Float64Array(w.length);
  const tr = model.trans;
  const tu = new Float64Array(tr.length);
  const shift = model.shift;

  // word facts and sentence features once
  const prepared = docs.map((d) => {
    const infos = d.sentences.map((s) => model.prepare(s));
    return {
      infos,
      gold: d.sentences.map((s) => spansToBilou(s.spans, s.words.length)),
      feats: infos.map((s) => {
        const n = s.toks.length;
        const f = new Uint32Array(Math.max(1, n) * F);
        const c = new Uint8Array(Math.max(1, n));
        sentenceFeatures(s, f, c);
        return { f, c };
      }),
    };
  });
  let maxLen = 1;
  for (const d of prepared) for (const s of d.infos) maxLen = Math.max(maxLen, s.toks.length);
  const docFeats = new Uint32Array(maxLen * DF);
  const docCounts = new Uint8Array(maxLen);
  const emit = new Float32Array(maxLen * K);

  let c = 1;
  let mistakes = 0;
  const updateRows = (feats: Uint32Array, counts: Uint8Array, FF: number, i: number, g: number, p: number): void => {
    const base = i * FF;
    const end = base + counts[i];
    for (let f = base; f < end; f++) {
      const r = (feats[f] >>> shift) * K;
      w[r + g] += 1;
      u[r + g] += c;
      w[r + p] -= 1;
      u[r + p] -= c;
    }
  };
  /** Decodes one sentence with the current weights, updates on a mistake, records the tags. */
  const step = (
    s: SentenceInfo,
    gold: Int32Array,
    sf: { f: Uint32Array; c: Uint8Array },
    doc: DocContext,
  ): Int32Array => {
    const n = s.toks.length;
    const pred = new Int32Array(n);
    if (n === 0) return pred;
    model.addScores(n, sf.f, sf.c, F, emit, true);
    documentFeatures(s, doc, docFeats, docCounts);
    model.addScores(n, docFeats, docCounts, DF, emit, false);
    viterbi(emit, tr, n, pred);
    doc.record(s, pred);
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g === p) continue;
      wrong = true;
      updateRows(sf.f, sf.c, F, i, g, p);
      updateRows(docFeats, docCounts, DF, i, g, p);
    }
    if (wrong) {
      mistakes++;
      for (let i = 0; i <= n; i++) {
        const gp = i === 0 ? K : gold[i - 1];
        const gc = i === n ? K : gold[i];
        const pp = i === 0 ? K : pred[i - 1];
        const pc = i === n ? K : pred[i];
        if (gp === pp && gc === pc) continue;
        tr[gp * W + gc] += 1;
        tu[gp * W + gc] += c;
        tr[pp * W + pc] -= 1;
        tu[pp * W + pc] -= c;
      }
    }
    c++;
    return pred;
  };

  const rand = prng(opts.seed);
  const order = prepared.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, rand);
    let sentences = 0;
    mistakes = 0;
    for (const di of order) {
      const d = prepared[di];
      const doc = new DocContext(d.infos);
      const first = d.infos.map((s, si) => step(s, d.gold[si], d.feats[si], doc));
      doc.startSecondPass(d.infos, first);
      for (let si = 0; si < d.infos.length; si++) {
        doc.setCurrent(d.infos[si], first[si]);
        step(d.infos[si], d.gold[si], d.feats[si], doc);
      }
      sentences += d.infos.length;
    }
    const seconds = (performance.now() - t0) / 1000;
    if (opts.onEpoch) opts.onEpoch(epoch, () => averaged(model, u, tu, c), { sentences, mistakes, seconds });
  }
  return averaged(model, u, tu, c);
}

function averaged(model: NerModel, u: Float64Array, tu: Float64Array, c: number): NerModel {
  const w = model.weights as Float32Array;
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
  const trans = new Float32Array(model.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = model.trans[i] - tu[i] / c;
  return new NerModel(model.bits, avg, trans, { ...model.header }, model.clusters);
}
