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
import { DocContext, FEATS_PER_TOKEN, sentenceFeatures, type NerSentence, type SentenceInfo } from './features.js';
import { NUM_TAGS, spansToBilou, viterbi, type TagSpan } from './decoder.js';
import { NerModel } from './model.js';

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
  /** Called after each epoch with the averaged model so far (e.g. to score a dev set). */
  onEpoch?: (epoch: number, averaged: NerModel, stats: { sentences: number; mistakes: number; seconds: number }) => void;
}

/** mulberry32: small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  const model = new NerModel(opts.bits);
  const w = model.weights as Float32Array;
  const u = new Float64Array(w.length);
  const tr = model.trans;
  const tu = new Float64Array(tr.length);
  const shift = model.shift;

  // word facts once
  const prepared: { infos: SentenceInfo[]; gold: Int32Array[] }[] = docs.map((d) => ({
    infos: d.sentences.map((s) => model.prepare(s)),
    gold: d.sentences.map((s) => spansToBilou(s.spans, s.words.length)),
  }));
  let maxLen = 1;
  for (const d of prepared) for (const s of d.infos) maxLen = Math.max(maxLen, s.toks.length);
  const feats = new Uint32Array(maxLen * F);
  const counts = new Uint8Array(maxLen);
  const emit = new Float32Array(maxLen * K);
  const pred = new Int32Array(maxLen);

  const rand = prng(opts.seed);
  const order = prepared.map((_, i) => i);
  let c = 1;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, rand);
    let sentences = 0;
    let mistakes = 0;
    for (const di of order) {
      const d = prepared[di];
      const doc = new DocContext(d.infos);
      for (let si = 0; si < d.infos.length; si++) {
        const s = d.infos[si];
        const gold = d.gold[si];
        const n = s.toks.length;
        if (n === 0) continue;
        sentenceFeatures(s, doc, feats, counts);
        model.emissions(n, feats, counts, emit);
        viterbi(emit, tr, n, pred);
        doc.record(s, pred.subarray(0, n));
        sentences++;
        let wrong = false;
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = pred[i];
          if (g === p) continue;
          wrong = true;
          const base = i * F;
          const end = base + counts[i];
          for (let f = base; f < end; f++) {
            const r = (feats[f] >>> shift) * K;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
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
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    if (opts.onEpoch) opts.onEpoch(epoch, averaged(model, u, tu, c), { sentences, mistakes, seconds });
  }
  return averaged(model, u, tu, c);
}

function averaged(model: NerModel, u: Float64Array, tu: Float64Array, c: number): NerModel {
  const w = model.weights as Float32Array;
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
  const trans = new Float32Array(model.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = model.trans[i] - tu[i] / c;
  return new NerModel(model.bits, avg, trans, { ...model.header });
}
