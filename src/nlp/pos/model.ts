/**
 * Weights of Chronicle's part-of-speech tagger and their binary file.
 *
 * Two tables of the same kind (`SparseTable`: feature hash → scores of a few tags):
 *   - `lexical`: the word alone → its most likely tag out of context (the "lexical tag"), used as a
 *     feature of the word and of its neighbours by the main table;
 *   - `main`: the window features of a position → its tag.
 * Only features seen at least twice in training are kept (see the trainer), and each feature keeps
 * only the tags whose quantised weight is not 0: most features matter for a few tags, so the
 * tables are sparse — small on disk and cheap to sum.
 *
 * Weight file (`data/pos/weights.bin.gz`, gzip): a 4-byte little-endian header length, a JSON
 * header ({ format, featureVersion, tags, tables: [{ name, scale, features, entries }], … }), zero
 * padding to 4 bytes, then per table: `features` Uint32 feature hashes in ascending order stored as
 * differences from the previous one, `entries` Int16 weights (score = value × scale), `features`
 * Uint8 entry counts (the entries of one feature are consecutive), `entries` Uint8 tag ids, zero
 * padding to 4 bytes; then the word clusters (when `clusters` is not null): `count` sorted Uint32
 * FNV-1a hashes of word forms, `count` Uint16 fine and `count` Uint8 coarse cluster ids. It holds
 * numbers only: no word, no feature string, no training text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath } from '../../paths.js';
import { POS_FEATURE_VERSION } from './features.js';
import type { WordClusters } from '../ner/clusters.js';

export const POS_WEIGHTS_FORMAT = 'chronicle-pos/2';
export const DEFAULT_POS_WEIGHTS_PATH = (): string => dataPath('pos', 'weights.bin.gz');

/** Sizes of one table as kept in the header. */
export interface TableHeader {
  name: string;
  /** Int16 weight × scale = score. */
  scale: number;
  features: number;
  entries: number;
}

/** Facts kept in the weight file's header. */
export interface PosModelHeader {
  format: string;
  featureVersion: number;
  tags: string[];
  tables: TableHeader[];
  /** Word clusters kept after the tables; null when the model has none. */
  clusters: { count: number; k: number; coarseK: number } | null;
  [key: string]: unknown;
}

/** Sparse, quantised weights with a hash-table index over the feature hashes. */
export class SparseTable {
  readonly scale: number;
  /** Feature hashes, ascending. */
  readonly hashes: Uint32Array;
  /** Entries of feature f: [start[f], start[f + 1]). */
  readonly start: Uint32Array;
  readonly entryTag: Uint8Array;
  /** Quantised weights (saved) and the same as scores (used). */
  readonly entryQ: Int16Array;
  private readonly entryScore: Float32Array;
  /** Open-addressing table, two numbers per slot: feature hash (0 = empty), feature index. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(scale: number, hashes: Uint32Array, counts: Uint8Array, entryTag: Uint8Array, q: Int16Array) {
    if (counts.length !== hashes.length || entryTag.length !== q.length)
      throw new Error(
        `POS table: expected one count per feature and one tag per weight, found ${counts.length}/${hashes.length} and ${entryTag.length}/${q.length}`,
      );
    this.scale = scale;
    this.hashes = hashes;
    this.entryTag = entryTag;
    this.entryQ = q;
    this.start = new Uint32Array(hashes.length + 1);
    for (let f = 0; f < hashes.length; f++) this.start[f + 1] = this.start[f] + counts[f];
    if (this.start[hashes.length] !== q.length)
      throw new Error(`POS table: entry counts sum to ${this.start[hashes.length]}, expected ${q.length}`);
    this.entryScore = new Float32Array(q.length);
    for (let e = 0; e < q.length; e++) this.entryScore[e] = q[e] * scale;
    let size = 1024;
    while (size < hashes.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Uint32Array(size * 2);
    for (let f = 0; f < hashes.length; f++) {
      let s = hashes[f] & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = hashes[f];
      this.slots[2 * s + 1] = f;
    }
  }

  get features(): number {
    return this.hashes.length;
  }

  get entries(): number {
    return this.entryQ.length;
  }

  /** Index of a feature hash, or -1 when the table has no weights for it. */
  featureIndex(h: number): number {
    const slots = this.slots;
    let s = h & this.mask;
    for (;;) {
      const k = slots[2 * s];
      if (k === h) return slots[2 * s + 1];
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the scores of feature hashes `feats[0, n)` to `acc` (one score per tag). */
  addScores(feats: readonly number[], n: number, acc: Float32Array): void {
    const tag = this.entryTag;
    const score = this.entryScore;
    const start = this.start;
    for (let j = 0; j < n; j++) {
      const f = this.featureIndex(feats[j]);
      if (f < 0) continue;
      const end = start[f + 1];
      for (let e = start[f]; e < end; e++) acc[tag[e]] += score[e];
    }
  }

  /**
   * The shipped form of trained dense weights (`dense[f * K + k]` for feature `hashes[f]`, hashes
   * ascending): Int16 with one scale (largest |weight| → 32767); weights that round to 0 are dropped.
   */
  static fromDense(K: number, hashes: Uint32Array, dense: Float32Array): SparseTable {
    if (dense.length !== hashes.length * K)
      throw new Error(`POS table: expected ${hashes.length * K} dense weights, found ${dense.length}`);
    let max = 0;
    for (let i = 0; i < dense.length; i++) max = Math.max(max, Math.abs(dense[i]));
    const scale = max > 0 ? max / 32767 : 1;
    const keptHashes: number[] = [];
    const counts: number[] = [];
    const etag: number[] = [];
    const q: number[] = [];
    for (let f = 0; f < hashes.length; f++) {
      let c = 0;
      for (let k = 0; k < K; k++) {
        const v = Math.round(dense[f * K + k] / scale);
        if (v === 0) continue;
        etag.push(k);
        q.push(v);
        c++;
      }
      if (c) {
        keptHashes.push(hashes[f]);
        counts.push(c);
      }
    }
    return new SparseTable(
      scale,
      Uint32Array.from(keptHashes),
      Uint8Array.from(counts),
      Uint8Array.from(etag),
      Int16Array.from(q),
    );
  }

  /** The table's sections in file order, padded to 4 bytes. */
  toBuffers(): Buffer[] {
    const nF = this.hashes.length;
    const deltas = new Uint32Array(nF);
    for (let f = 0; f < nF; f++) deltas[f] = (this.hashes[f] - (f ? this.hashes[f - 1] : 0)) >>> 0;
    const counts = new Uint8Array(nF);
    for (let f = 0; f < nF; f++) counts[f] = this.start[f + 1] - this.start[f];
    const view = (a: Uint32Array | Int16Array | Uint8Array): Buffer =>
      Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const size = nF * 4 + this.entries * 2 + nF + this.entries;
    return [view(deltas), view(this.entryQ), view(counts), view(this.entryTag), Buffer.alloc((4 - (size % 4)) % 4)];
  }

  /** Reads a table at `off` of `bytes` (4-aligned); returns it and the offset after it. */
  static read(bytes: Uint8Array, off: number, h: TableHeader): { table: SparseTable; next: number } {
    const nF = h.features;
    const nE = h.entries;
    const deltas = new Uint32Array(bytes.buffer, off, nF);
    off += nF * 4;
    const q = new Int16Array(bytes.buffer, off, nE);
    off += nE * 2;
    const counts = new Uint8Array(bytes.buffer, off, nF);
    off += nF;
    const etag = new Uint8Array(bytes.buffer, off, nE);
    off += nE;
    off += (4 - (off % 4)) % 4;
    const hashes = new Uint32Array(nF);
    let x = 0;
    for (let f = 0; f < nF; f++) {
      x = (x + deltas[f]) >>> 0;
      hashes[f] = x;
    }
    return { table: new SparseTable(h.scale, hashes, counts, etag, q), next: off };
  }
}

const tableBytes = (h: TableHeader): number => {
  const size = h.features * 5 + h.entries * 3;
  return size + ((4 - (size % 4)) % 4);
};

/** Cluster sections: sorted Uint32 word hashes, Uint16 fine ids, Uint8 coarse ids (as the NER file). */
function clusterBuffers(c: WordClusters | null): Buffer[] {
  if (!c) return [];
  const view = (a: Uint32Array | Uint16Array | Uint8Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return [view(c.hashes), view(c.fine), view(c.coarse)];
}

function readClusters(bytes: Uint8Array, off: number, h: PosModelHeader['clusters']): WordClusters | null {
  if (!h) return null;
  const hashes = new Uint32Array(bytes.buffer, off, h.count);
  const fine = new Uint16Array(bytes.buffer, off + h.count * 4, h.count);
  const coarse = new Uint8Array(bytes.buffer, off + h.count * 6, h.count);
  return { hashes, fine, coarse, k: h.k, coarseK: h.coarseK };
}

/** The tagger's weights: the lexical and the main table over one tag set, and the word clusters. */
export class PosModel {
  readonly tags: readonly string[];
  readonly header: PosModelHeader;
  readonly lexical: SparseTable;
  readonly main: SparseTable;
  readonly clusters: WordClusters | null;

  constructor(
    tags: readonly string[],
    lexical: SparseTable,
    main: SparseTable,
    clusters: WordClusters | null,
    extra: Record<string, unknown> = {},
  ) {
    if (tags.length === 0 || tags.length > 250) throw new Error(`POS model: expected 1–250 tags, found ${tags.length}`);
    this.tags = tags;
    this.lexical = lexical;
    this.main = main;
    this.clusters = clusters;
    this.header = {
      ...extra,
      format: POS_WEIGHTS_FORMAT,
      featureVersion: POS_FEATURE_VERSION,
      tags: [...tags],
      tables: [
        { name: 'lexical', scale: lexical.scale, features: lexical.features, entries: lexical.entries },
        { name: 'main', scale: main.scale, features: main.features, entries: main.entries },
      ],
      clusters: clusters ? { count: clusters.hashes.length, k: clusters.k, coarseK: clusters.coarseK } : null,
    };
  }

  get numTags(): number {
    return this.tags.length;
  }

  /** Serialised weights (gzip). */
  toBuffer(): Buffer {
    const header = Buffer.from(JSON.stringify(this.header), 'utf8');
    const pad = (4 - ((4 + header.length) % 4)) % 4;
    return gzipSync(
      Buffer.concat([
        Buffer.from(Uint32Array.of(header.length).buffer),
        header,
        Buffer.alloc(pad),
        ...this.lexical.toBuffers(),
        ...this.main.toBuffers(),
        ...clusterBuffers(this.clusters),
      ]),
      { level: 9 },
    );
  }

  /** Writes the weights to `path`; returns the file size in bytes. */
  save(path: string): number {
    const buf = this.toBuffer();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, buf);
    return buf.length;
  }

  static fromBuffer(gz: Buffer, where = 'buffer'): PosModel {
    const fail = (what: string): Error => new Error(`POS weights ${where}: ${what}; rebuild with npm run train:pos`);
    let raw: Buffer;
    try {
      raw = gunzipSync(gz);
    } catch (e) {
      throw fail(`expected a gzip file, could not decompress it (${(e as Error).message})`);
    }
    const bytes = new Uint8Array(raw.length);
    bytes.set(raw);
    const hlen = bytes.length >= 4 ? new DataView(bytes.buffer).getUint32(0, true) : 0;
    if (hlen <= 0 || hlen > 1 << 20 || 4 + hlen > bytes.length)
      throw fail(`expected a header of sensible length, found ${hlen}`);
    const header = JSON.parse(Buffer.from(bytes.buffer, 4, hlen).toString('utf8')) as PosModelHeader;
    if (header.format !== POS_WEIGHTS_FORMAT)
      throw fail(`expected format ${POS_WEIGHTS_FORMAT}, found ${String(header.format)}`);
    if (header.featureVersion !== POS_FEATURE_VERSION)
      throw fail(`trained with feature set v${header.featureVersion}, the code uses v${POS_FEATURE_VERSION}`);
    const [lh, mh] = header.tables ?? [];
    if (!lh || !mh || lh.name !== 'lexical' || mh.name !== 'main')
      throw fail('expected the tables "lexical" and "main" in the header');
    let off = 4 + hlen;
    off += (4 - (off % 4)) % 4;
    const nC = header.clusters ? header.clusters.count : 0;
    const need = off + tableBytes(lh) + tableBytes(mh) + nC * 7;
    if (bytes.length !== need)
      throw fail(`expected ${need} bytes after decompression, found ${bytes.length}; the file is damaged`);
    const lex = SparseTable.read(bytes, off, lh);
    const main = SparseTable.read(bytes, lex.next, mh);
    for (const t of [lex.table, main.table])
      for (let e = 0; e < t.entries; e++)
        if (t.entryTag[e] >= header.tags.length)
          throw fail(`a weight has tag id ${t.entryTag[e]}, expected < ${header.tags.length}`);
    const clusters = readClusters(bytes, main.next, header.clusters);
    const extra: Record<string, unknown> = { ...header };
    for (const k of ['format', 'featureVersion', 'tags', 'tables', 'clusters']) delete extra[k];
    return new PosModel(header.tags, lex.table, main.table, clusters, extra);
  }

  static load(path: string = DEFAULT_POS_WEIGHTS_PATH()): PosModel {
    let gz: Buffer;
    try {
      gz = readFileSync(path);
    } catch (e) {
      throw new Error(
        `POS weights: expected a weight file at ${path}, could not read it (${(e as Error).message}); run npm run train:pos`,
      );
    }
    return PosModel.fromBuffer(gz, path);
  }
}
