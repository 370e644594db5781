/**
 * Chronicle's NER model: hashed feature weights (one row of K tag scores per bucket), BILOU
 * transition scores, first-order Viterbi decoding, and the binary weight file.
 *
 * Weight file (`data/ner/weights.bin.gz`, gzip): a 4-byte little-endian header length, a JSON header
 * ({ format, featureVersion, bits, tags, scale, clusters: { count, k, coarseK } | null, … }), zero
 * padding to 4 bytes, the (K+1)² Float32 transition table, 2^bits × K Int16 weights (quantised:
 * weight = value × scale), then the word clusters: `count` sorted Uint32 word hashes, `count`
 * Uint16 fine ids, `count` Uint8 coarse ids. It holds numbers only: no word, no feature string,
 * no training text.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath } from '../../paths.js';
import {
  DOC_FEATS_PER_TOKEN,
  DocContext,
  FEATS_PER_TOKEN,
  FEATURE_VERSION,
  documentFeatures,
  sentenceFeatures,
  sentenceInfo,
  type NerSentence,
  type SentenceInfo,
  type TokInfo,
} from './features.js';
import { NUM_TAGS, TAG_NAMES, bilouToSpans, viterbi, type TagSpan } from './decoder.js';
import { lookupCluster, type WordClusters } from './clusters.js';

export const WEIGHTS_FORMAT = 'chronicle-ner/2';
export const DEFAULT_WEIGHTS_PATH = (): string => dataPath('ner', 'weights.bin.gz');

/** Facts kept in the weight file's header. */
export interface ModelHeader {
  format: string;
  featureVersion: number;
  bits: number;
  tags: string[];
  /** Int16 weights × scale = score. */
  scale: number;
  trainedOn?: string;
  epochs?: number;
  seed?: number;
  [key: string]: unknown;
}

/** Work buffers reused across sentences. */
class Scratch {
  feats = new Uint32Array(0);
  counts = new Uint8Array(0);
  docFeats = new Uint32Array(0);
  docCounts = new Uint8Array(0);
  emit = new Float32Array(0);
  ensure(n: number): void {
    if (this.counts.length >= n) return;
    const m = Math.max(n, 2 * this.counts.length, 64);
    this.feats = new Uint32Array(m * FEATS_PER_TOKEN);
    this.counts = new Uint8Array(m);
    this.docFeats = new Uint32Array(m * DOC_FEATS_PER_TOKEN);
    this.docCounts = new Uint8Array(m);
    this.emit = new Float32Array(m * NUM_TAGS);
  }
}

export class NerModel {
  readonly bits: number;
  readonly shift: number;
  /** Row-major: weights[row * K + tag]. Float32 while training, Int16 when shipped. */
  weights: Float32Array | Int16Array;
  scale: number;
  /** (K+1)×(K+1) transition scores; row K = start, column K = end. */
  trans: Float32Array;
  header: ModelHeader;
  /** Word clusters (features of the word and its neighbours); null when the model has none. */
  readonly clusters: WordClusters | null;
  private readonly clusterLookup: { lookup(w: string): { fine: number; coarse: number } | null } | null;
  private readonly scratch = new Scratch();
  private readonly cache = new Map<string, TokInfo>();
  private readonly acc = new Float64Array(NUM_TAGS);

  constructor(
    bits: number,
    weights?: Float32Array | Int16Array,
    trans?: Float32Array,
    header?: Partial<ModelHeader>,
    clusters?: WordClusters | null,
  ) {
    this.clusters = clusters ?? null;
    const c = this.clusters;
    this.clusterLookup = c
      ? {
          lookup(w: string) {
            const i = lookupCluster(c, w);
            return i < 0 ? null : { fine: c.fine[i], coarse: c.coarse[i] };
          },
        }
      : null;
    if (!Number.isInteger(bits) || bits < 8 || bits > 24)
      throw new Error(`NER model: expected a hash size of 8–24 bits, found ${bits}`);
    this.bits = bits;
    this.shift = 32 - bits;
    this.weights = weights ?? new Float32Array((1 << bits) * NUM_TAGS);
    if (this.weights.length !== (1 << bits) * NUM_TAGS)
      throw new Error(
        `NER model: expected ${(1 << bits) * NUM_TAGS} weights for ${bits} bits × ${NUM_TAGS} tags, found ${this.weights.length}`,
      );
    this.trans = trans ?? new Float32Array((NUM_TAGS + 1) * (NUM_TAGS + 1));
    this.scale = header?.scale ?? 1;
    this.header = {
      format: WEIGHTS_FORMAT,
      featureVersion: FEATURE_VERSION,
      bits,
      tags: TAG_NAMES,
      scale: this.scale,
      ...header,
    };
  }

  /** Prepares a sentence (word facts, cached per word form). */
  prepare(s: NerSentence): SentenceInfo {
    return sentenceInfo(s, this.cache, this.clusterLookup);
  }

  /**
   * Adds the scores of features (`F` slots per token, `counts[i]` used) to `emit` (n × K); with
   * `reset`, `emit` is zeroed first. Exposed for the trainer.
   */
  addScores(n: number, feats: Uint32Array, counts: Uint8Array, F: number, emit: Float32Array, reset: boolean): void {
    const K = NUM_TAGS;
    const w = this.weights;
    const shift = this.shift;
    const scale = this.scale;
    const acc = this.acc;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < K; k++) acc[k] = 0;
      const base = i * F;
      const end = base + counts[i];
      for (let f = base; f < end; f++) {
        const r = (feats[f] >>> shift) * K;
        for (let k = 0; k < K; k++) acc[k] += w[r + k];
      }
      const e = i * K;
      if (reset) for (let k = 0; k < K; k++) emit[e + k] = acc[k] * scale;
      else for (let k = 0; k < K; k++) emit[e + k] += acc[k] * scale;
    }
  }

  /**
   * Sentence-only scores of a prepared sentence into `emit`. With fixed (Int16) weights, the sum of
   * a word's word-only features is kept on its (cached) word facts and reused.
   */
  private staticScores(s: SentenceInfo, feats: Uint32Array, counts: Uint8Array, emit: Float32Array): void {
    const n = s.toks.length;
    if (!(this.weights instanceof Int16Array)) {
      this.addScores(n, feats, counts, FEATS_PER_TOKEN, emit, true);
      return;
    }
    const K = NUM_TAGS;
    const F = FEATS_PER_TOKEN;
    const w = this.weights;
    const shift = this.shift;
    const scale = this.scale;
    const acc = this.acc;
    for (let i = 0; i < n; i++) {
      const t = s.toks[i];
      const base = i * F;
      let ws = t.scores;
      if (!ws) {
        ws = new Float32Array(K);
        for (let f = base; f < base + t.nIntrinsic; f++) {
          const r = (feats[f] >>> shift) * K;
          for (let k = 0; k < K; k++) ws[k] += w[r + k];
        }
        t.scores = ws;
      }
      for (let k = 0; k < K; k++) acc[k] = ws[k];
      const end = base + counts[i];
      for (let f = base + t.nIntrinsic; f < end; f++) {
        const r = (feats[f] >>> shift) * K;
        for (let k = 0; k < K; k++) acc[k] += w[r + k];
      }
      const e = i * K;
      for (let k = 0; k < K; k++) emit[e + k] = acc[k] * scale;
    }
  }

  /**
   * Tags a document: its sentences in order. Two passes: the first carries the types given so
   * far from one sentence to the next; the second also sees what the first pass gave the same
   * words anywhere else in the document. Returns per sentence the entity spans as token ranges.
   */
  tagDocument(sentences: readonly NerSentence[]): TagSpan[][] {
    return this.tagDocumentIds(sentences).map((t) => bilouToSpans(t));
  }

  /**
   * Like tagDocument, returning the BILOU tag ids. A very long document is tagged in parts of at
   * most `MAX_DOC_TOKENS` tokens (whole sentences), each with its own document memory.
   */
  tagDocumentIds(sentences: readonly NerSentence[]): Int32Array[] {
    let total = 0;
    for (const s of sentences) total += s.words.length;
    if (total <= MAX_DOC_TOKENS) return this.tagPart(sentences);
    const out: Int32Array[] = [];
    let from = 0;
    let size = 0;
    for (let i = 0; i < sentences.length; i++) {
      size += sentences[i].words.length;
      if (size > MAX_DOC_TOKENS && i > from) {
        out.push(...this.tagPart(sentences.slice(from, i)));
        from = i;
        size = sentences[i].words.length;
      }
    }
    out.push(...this.tagPart(sentences.slice(from)));
    return out;
  }

  private tagPart(sentences: readonly NerSentence[]): Int32Array[] {
    const K = NUM_TAGS;
    const infos = sentences.map((s) => this.prepare(s));
    const doc = new DocContext(infos);
    const sc = this.scratch;
    const statics: Float32Array[] = [];
    const first: Int32Array[] = [];
    for (const s of infos) {
      const n = s.toks.length;
      sc.ensure(n);
      sentenceFeatures(s, sc.feats, sc.counts);
      const st = new Float32Array(n * K);
      this.staticScores(s, sc.feats, sc.counts, st);
      statics.push(st);
      first.push(this.decodeWithDoc(s, st, doc));
    }
    doc.startSecondPass(infos, first);
    const out: Int32Array[] = [];
    for (let i = 0; i < infos.length; i++) {
      doc.setCurrent(infos[i], first[i]);
      out.push(this.decodeWithDoc(infos[i], statics[i], doc));
    }
    if (this.cache.size > 50_000) this.cache.clear();
    return out;
  }

  /** Decodes a sentence from its sentence-only scores plus the document features; records the tags. */
  private decodeWithDoc(s: SentenceInfo, staticScores: Float32Array, doc: DocContext): Int32Array {
    const n = s.toks.length;
    const tags = new Int32Array(n);
    if (n === 0) return tags;
    const sc = this.scratch;
    sc.ensure(n);
    documentFeatures(s, doc, sc.docFeats, sc.docCounts);
    const emit = sc.emit;
    emit.set(staticScores);
    this.addScores(n, sc.docFeats, sc.docCounts, DOC_FEATS_PER_TOKEN, emit, false);
    viterbi(emit, this.trans, n, tags);
    doc.record(s, tags);
    return tags;
  }

  /** Quantised copy: Int16 weights with one scale (max |w| → 32767). */
  quantize(): NerModel {
    const w = this.weights;
    let max = 0;
    for (let i = 0; i < w.length; i++) {
      const a = Math.abs(w[i] * this.scale);
      if (a > max) max = a;
    }
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(w.length);
    for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i] * this.scale) / scale);
    return new NerModel(this.bits, q, Float32Array.from(this.trans), { ...this.header, scale }, this.clusters);
  }

  /** Serialises a quantised model (gzip). */
  toBuffer(): Buffer {
    if (!(this.weights instanceof Int16Array))
      throw new Error('NER model: expected quantised (Int16) weights to save, found Float32; call quantize() first');
    const c = this.clusters;
    const header = Buffer.from(
      JSON.stringify({
        ...this.header,
        scale: this.scale,
        bits: this.bits,
        clusters: c ? { count: c.hashes.length, k: c.k, coarseK: c.coarseK } : null,
      }),
      'utf8',
    );
    const pad = (4 - ((4 + header.length) % 4)) % 4;
    const parts = [
      Buffer.from(Uint32Array.of(header.length).buffer),
      header,
      Buffer.alloc(pad),
      Buffer.from(this.trans.buffer, this.trans.byteOffset, this.trans.byteLength),
      Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength),
    ];
    if (c) {
      const view = (a: Uint32Array | Uint16Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      parts.push(view(c.hashes), view(c.fine), view(c.coarse));
    }
    return gzipSync(Buffer.concat(parts), { level: 9 });
  }

  save(path: string): number {
    const buf = this.toBuffer();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, buf);
    return buf.length;
  }

  static fromBuffer(gz: Buffer, where = 'buffer'): NerModel {
    let raw: Buffer;
    try {
      raw = gunzipSync(gz);
    } catch (e) {
      throw new Error(
        `NER weights ${where}: expected a gzip file, could not decompress it (${(e as Error).message}); rebuild with npm run train:ner`,
      );
    }
    // own, aligned copy
    const bytes = new Uint8Array(raw.length);
    bytes.set(raw);
    const hlen = new DataView(bytes.buffer).getUint32(0, true);
    if (hlen <= 0 || hlen > 1 << 20 || 4 + hlen > bytes.length)
      throw new Error(
        `NER weights ${where}: expected a header of sensible length, found ${hlen}; rebuild with npm run train:ner`,
      );
    const header = JSON.parse(Buffer.from(bytes.buffer, 4, hlen).toString('utf8')) as ModelHeader;
    if (header.format !== WEIGHTS_FORMAT)
      throw new Error(`NER weights ${where}: expected format ${WEIGHTS_FORMAT}, found ${String(header.format)}`);
    if (header.featureVersion !== FEATURE_VERSION)
      throw new Error(
        `NER weights ${where}: trained with feature set v${header.featureVersion}, the code uses v${FEATURE_VERSION}; retrain with npm run train:ner`,
      );
    if (header.tags.length !== NUM_TAGS || header.tags.some((t, i) => t !== TAG_NAMES[i]))
      throw new Error(`NER weights ${where}: expected tags ${TAG_NAMES.join(' ')}, found ${header.tags.join(' ')}`);
    let off = 4 + hlen;
    off += (4 - (off % 4)) % 4;
    const T = (NUM_TAGS + 1) * (NUM_TAGS + 1);
    const hc = header.clusters as { count: number; k: number; coarseK: number } | null | undefined;
    const count = hc ? hc.count : 0;
    const need = off + T * 4 + (1 << header.bits) * NUM_TAGS * 2 + count * 7;
    if (bytes.length !== need)
      throw new Error(
        `NER weights ${where}: expected ${need} bytes after decompression, found ${bytes.length}; the file is damaged`,
      );
    const trans = new Float32Array(bytes.buffer, off, T);
    off += T * 4;
    const weights = new Int16Array(bytes.buffer, off, (1 << header.bits) * NUM_TAGS);
    off += weights.byteLength;
    let clusters: WordClusters | null = null;
    if (hc) {
      const hashes = new Uint32Array(bytes.buffer, off, count);
      off += count * 4;
      const fine = new Uint16Array(bytes.buffer, off, count);
      off += count * 2;
      const coarse = new Uint8Array(bytes.buffer, off, count);
      clusters = { hashes, fine, coarse, k: hc.k, coarseK: hc.coarseK };
    }
    return new NerModel(header.bits, weights, trans, header, clusters);
  }

  static load(path: string = DEFAULT_WEIGHTS_PATH()): NerModel {
    let gz: Buffer;
    try {
      gz = readFileSync(path);
    } catch (e) {
      throw new Error(
        `NER weights: expected a weight file at ${path}, could not read it (${(e as Error).message}); run npm run train:ner`,
      );
    }
    return NerModel.fromBuffer(gz, path);
  }
}

/** Longest stretch of a document (in tokens) that shares one document memory. */
const MAX_DOC_TOKENS = 100_000;

let shipped: NerModel | null = null;
let shippedProblem: string | null = null;

/** The shipped model (loaded once); null when the weight file is missing or unusable (reason kept). */
export function loadNerModel(): NerModel | null {
  if (shipped || shippedProblem) return shipped;
  try {
    shipped = NerModel.load();
  } catch (e) {
    shippedProblem = (e as Error).message;
  }
  return shipped;
}

/** Why the shipped model could not be loaded, or null. */
export function nerModelStatus(): string | null {
  return shippedProblem;
}
