/**
 * Near-duplicate detection: the same wire story republished by several outlets, or one article
 * ingested twice with different boilerplate. MinHash signatures over word 5-gram shingles, with
 * locality-sensitive hashing (bands of rows) to find candidate pairs in about linear time, then the
 * candidates are checked with the signature's Jaccard estimate. Pure TypeScript, deterministic.
 */
import { words } from './text.js';

export interface DupOptions {
  /** Words per shingle (default 5). */
  shingle?: number;
  /** Number of hash functions (default 128; must be bands × rows). */
  hashes?: number;
  /** LSH bands (default 16 bands of 8 rows: pairs above Jaccard ≈ 0.7 become candidates). */
  bands?: number;
  /** Minimum estimated Jaccard similarity of shingle sets to call two texts near-duplicates (default 0.7). */
  threshold?: number;
}

/** FNV-1a 32-bit hash of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a fast, well-mixing permutation of 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();
function seeds(n: number): Uint32Array {
  let s = seedCache.get(n);
  if (!s) {
    s = new Uint32Array(n);
    let x = 0x9e3779b9;
    for (let i = 0; i < n; i++) {
      x = fmix32(x + 0x6d2b79f5);
      s[i] = x;
    }
    seedCache.set(n, s);
  }
  return s;
}

/** The set of hashed word shingles of a text (a text shorter than one shingle is one shingle). */
export function shingles(text: string, size = 5): Set<number> {
  const ws = words(text);
  const out = new Set<number>();
  if (ws.length === 0) return out;
  if (ws.length < size) {
    out.add(fnv1a(ws.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= ws.length; i++) out.add(fnv1a(ws.slice(i, i + size).join(' ')));
  return out;
}

/** MinHash signature: for each of `n` hash functions, the minimum hash over the shingles. */
export function signature(sh: Set<number>, n = 128): Uint32Array {
  const sd = seeds(n);
  const sig = new Uint32Array(n).fill(0xffffffff);
  for (const x of sh) {
    for (let i = 0; i < n; i++) {
      const h = fmix32(x ^ sd[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions of two signatures: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return a.length ? eq / a.length : 0;
}

/**
 * Groups of near-duplicate texts: every group has at least two ids, ids in a group are sorted, and
 * groups are ordered by their first id. Texts with no words are never grouped.
 */
export function nearDuplicates(articles: readonly { id: string; text: string }[], opts: DupOptions = {}): string[][] {
  const size = opts.shingle ?? 5;
  const n = opts.hashes ?? 128;
  const bands = opts.bands ?? 16;
  const threshold = opts.threshold ?? 0.7;
  if (n % bands !== 0)
    throw new Error(`nearDuplicates: expected hashes (${n}) to be a multiple of bands (${bands}); change one of them`);
  const rows = n / bands;

  const items = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sigs: (Uint32Array | null)[] = items.map((a) => {
    const sh = shingles(a.text, size);
    return sh.size ? signature(sh, n) : null;
  });

  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const checked = new Set<string>();
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < items.length; i++) {
      const sig = sigs[i];
      if (!sig) continue;
      const key = Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x];
          const j = bucket[y];
          const key = `${i}:${j}`;
          if (checked.has(key)) continue;
          checked.add(key);
          if (estimateJaccard(sigs[i]!, sigs[j]!) >= threshold) union(i, j);
        }
      }
    }
  }

  const groups = new Map<number, string[]>();
  for (let i = 0; i < items.length; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(items[i].id);
    else groups.set(r, [items[i].id]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort())
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
