/**
 * Word clusters for the NER model, induced from unlabelled running text (distributional classes,
 * a cheap stand-in for Brown clusters).
 *
 * Each word (exact form, digits folded to 0) seen at least `minCount` times is described by the
 * counts of the frequent words (lower case) at positions −2, −1, +1, +2 around it; counts are
 * square-rooted and the vector L2-normalised. Spherical k-means (k-means++ start with a fixed seed)
 * groups the words into `k` fine clusters; the fine centroids are grouped again into `coarseK`
 * coarse clusters. Deterministic for the same text and seed.
 *
 * Shipped form: the words' 32-bit FNV-1a hashes (sorted) with their fine and coarse cluster ids —
 * no word strings.
 */
import { fnv1a } from './features.js';
import { prng } from './prng.js';

export interface WordClusters {
  /** Sorted FNV-1a hashes of the clustered word forms. */
  hashes: Uint32Array;
  fine: Uint16Array;
  coarse: Uint8Array;
  k: number;
  coarseK: number;
}

export interface ClusterOptions {
  k: number;
  coarseK: number;
  minCount: number;
  /** Number of frequent (lower-case) words used as context dimensions. */
  contextWords: number;
  iterations: number;
  seed: number;
  /** Largest number of words clustered (the most frequent). */
  maxWords: number;
  log?: (msg: string) => void;
}

const DIGITS = /\d/g;
/** The key a word is clustered under: its exact form with digits folded to 0. */
export function clusterKey(word: string): string {
  return word.replace(DIGITS, '0');
}

/** Cluster ids of a word form, trying the form, then Title case, then lower case; -1 when unknown. */
export function lookupCluster(c: WordClusters, word: string): number {
  const key = clusterKey(word);
  let i = find(c.hashes, fnv1a(key));
  if (i < 0 && key.length > 1) {
    const lower = key.toLowerCase();
    const title = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (title !== key) i = find(c.hashes, fnv1a(title));
    if (i < 0 && lower !== key) i = find(c.hashes, fnv1a(lower));
  }
  return i;
}

function find(a: Uint32Array, h: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid];
    if (v === h) return mid;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Induces clusters from sentences of words. */
export function induceClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions): WordClusters {
  const log = opts.log ?? (() => {});
  // 1. vocabularies
  const freq = new Map<string, number>();
  const lfreq = new Map<string, number>();
  for (const s of sentences)
    for (const w of s) {
      const k = clusterKey(w);
      freq.set(k, (freq.get(k) ?? 0) + 1);
      const l = k.toLowerCase();
      lfreq.set(l, (lfreq.get(l) ?? 0) + 1);
    }
  const byFreq = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const words = byFreq(freq)
    .filter(([, c]) => c >= opts.minCount)
    .slice(0, opts.maxWords)
    .map(([w]) => w);
  const wIndex = new Map(words.map((w, i) => [w, i]));
  const ctxWords = byFreq(lfreq)
    .slice(0, opts.contextWords)
    .map(([w]) => w);
  const cIndex = new Map(ctxWords.map((w, i) => [w, i]));
  const C = ctxWords.length;
  const D = 4 * C;
  const V = words.length;
  log(`clusters: ${V} words, ${C} context words`);

  // 2. co-occurrence keys (word × dimension) sorted into a sparse matrix
  let keys = new Uint32Array(1 << 20);
  let nk = 0;
  const push = (key: number): void => {
    if (nk === keys.length) {
      const bigger = new Uint32Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[nk++] = key;
  };
  if (V * D >= 2 ** 32) throw new Error(`clusters: ${V} words × ${D} dimensions exceed 32-bit keys; lower maxWords`);
  for (const s of sentences) {
    const wi = s.map((w) => wIndex.get(clusterKey(w)) ?? -1);
    const ci = s.map((w) => cIndex.get(clusterKey(w).toLowerCase()) ?? -1);
    for (let i = 0; i < s.length; i++) {
      if (wi[i] < 0) continue;
      const base = wi[i] * D;
      if (i > 1 && ci[i - 2] >= 0) push(base + ci[i - 2]);
      if (i > 0 && ci[i - 1] >= 0) push(base + C + ci[i - 1]);
      if (i + 1 < s.length && ci[i + 1] >= 0) push(base + 2 * C + ci[i + 1]);
      if (i + 2 < s.length && ci[i + 2] >= 0) push(base + 3 * C + ci[i + 2]);
    }
  }
  const sorted = keys.subarray(0, nk).sort();
  const rowStart = new Int32Array(V + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  {
    let row = 0;
    for (let i = 0; i < nk;) {
      const key = sorted[i];
      let j = i;
      while (j < nk && sorted[j] === key) j++;
      const r = Math.floor(key / D);
      while (row <= r) rowStart[row++] = cols.length;
      cols.push(key - r * D);
      vals.push(Math.sqrt(j - i));
      i = j;
    }
    while (row <= V) rowStart[row++] = cols.length;
  }
  const colA = Int32Array.from(cols);
  const valA = Float32Array.from(vals);
  for (let r = 0; r < V; r++) {
    let norm = 0;
    for (let p = rowStart[r]; p < rowStart[r + 1]; p++) norm += valA[p] * valA[p];
    norm = Math.sqrt(norm) || 1;
    for (let p = rowStart[r]; p < rowStart[r + 1]; p++) valA[p] /= norm;
  }
  log(`clusters: ${colA.length} non-zero co-occurrences`);

  const fine = sphericalKMeans(
    V,
    D,
    (r, fn) => {
      for (let p = rowStart[r]; p < rowStart[r + 1]; p++) fn(colA[p], valA[p]);
    },
    Math.min(opts.k, V),
    opts.iterations,
    prng(opts.seed),
    log,
  );
  // coarse: cluster the fine centroids (dense rows)
  const K = fine.k;
  const coarse = sphericalKMeans(
    K,
    D,
    (r, fn) => {
      for (let d = 0; d < D; d++) {
        const v = fine.centroids[d * K + r];
        if (v !== 0) fn(d, v);
      }
    },
    Math.min(opts.coarseK, K),
    opts.iterations * 2,
    prng(opts.seed + 1),
    log,
  );

  const entries = words.map((w, i) => ({ h: fnv1a(w), f: fine.assign[i], c: coarse.assign[fine.assign[i]] }));
  entries.sort((a, b) => a.h - b.h);
  const hashes: number[] = [];
  const fineIds: number[] = [];
  const coarseIds: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && entries[i].h === entries[i - 1].h) continue; // a 32-bit collision: keep the first
    hashes.push(entries[i].h);
    fineIds.push(entries[i].f);
    coarseIds.push(entries[i].c);
  }
  return {
    hashes: Uint32Array.from(hashes),
    fine: Uint16Array.from(fineIds),
    coarse: Uint8Array.from(coarseIds),
    k: K,
    coarseK: coarse.k,
  };
}

/**
 * Spherical k-means over `n` unit rows of dimension `D` given by `row(r, fn)` (sparse visitor).
 * Centroids are stored column-major (`centroids[d * k + c]`) for the sparse dot products.
 */
function sphericalKMeans(
  n: number,
  D: number,
  row: (r: number, fn: (d: number, v: number) => void) => void,
  k: number,
  iterations: number,
  rand: () => number,
  log: (msg: string) => void,
): { k: number; assign: Int32Array; centroids: Float32Array } {
  const centroids = new Float32Array(D * k);
  const assign = new Int32Array(n);
  if (n === 0 || k === 0) return { k, assign, centroids };
  // k-means++ start: next centre drawn with probability ∝ (1 − best cosine) to the centres so far
  const best = new Float64Array(n).fill(-1);
  const setCentre = (c: number, r: number): void => {
    row(r, (d, v) => {
      centroids[d * k + c] = v;
    });
  };
  const dense = new Float32Array(D);
  let first = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    setCentre(c, first);
    dense.fill(0);
    row(first, (d, v) => {
      dense[d] = v;
    });
    let total = 0;
    for (let r = 0; r < n; r++) {
      let s = 0;
      row(r, (d, v) => {
        s += v * dense[d];
      });
      if (s > best[r]) best[r] = s;
      total += Math.max(0, 1 - best[r]);
    }
    let x = rand() * total;
    first = n - 1;
    for (let r = 0; r < n; r++) {
      x -= Math.max(0, 1 - best[r]);
      if (x <= 0) {
        first = r;
        break;
      }
    }
  }
  const scores = new Float64Array(k);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let r = 0; r < n; r++) {
      scores.fill(0);
      row(r, (d, v) => {
        const base = d * k;
        for (let c = 0; c < k; c++) scores[c] += v * centroids[base + c];
      });
      let arg = 0;
      for (let c = 1; c < k; c++) if (scores[c] > scores[arg]) arg = c;
      if (it === 0 || assign[r] !== arg) changed++;
      assign[r] = arg;
    }
    // recompute centroids (normalised means); an empty cluster keeps its centre
    const sums = new Float32Array(D * k);
    const sizes = new Int32Array(k);
    for (let r = 0; r < n; r++) {
      const c = assign[r];
      sizes[c]++;
      row(r, (d, v) => {
        sums[d * k + c] += v;
      });
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) continue;
      let norm = 0;
      for (let d = 0; d < D; d++) norm += sums[d * k + c] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) centroids[d * k + c] = sums[d * k + c] / norm;
    }
    log(`clusters: k=${k} iteration ${it + 1}: ${changed} changed`);
    if (it > 0 && changed === 0) break;
  }
  return { k, assign, centroids };
}
