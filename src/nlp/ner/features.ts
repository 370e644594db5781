/**
 * Features of Chronicle's NER model, hashed into a fixed number of weight rows.
 *
 * Every feature is a template id combined with one or two 32-bit string hashes (FNV-1a) through a
 * murmur3-style finaliser; its row is the top `bits` bits of the result. Nothing of the training
 * text is kept: a row is a bucket shared by every feature string that hashes to it.
 *
 * Sentence features of token i (words only; no part-of-speech or chunk input):
 *   - the word (these come first; their summed scores are cached per word form): lower-cased form
 *     (digits folded to 0), exact form, long and short word shapes (`Xxxx`, `XX`, `dd`, `X.X.`),
 *     prefixes and suffixes of 1–4 characters, length class, fine and coarse word cluster;
 *   - context: lower-cased words at i±1, i±2, word bigrams (i-1,i) and (i,i+1), 4-letter suffixes
 *     of the neighbours, shapes at i±1 and i-2, shape bigrams and trigram, previous word × shape,
 *     shape × next word, neighbour clusters × own cluster;
 *   - position: sentence start × shape and × word, headline sentences (all capitals; title case);
 *   - gazetteer: the actor registry's hit type with its B/I/L/U position at i, i-1, i+1, and × shape.
 * Document features (capitalised words; `DocContext`):
 *   - the word also occurs in lower case in the document, or capitalised inside a sentence;
 *   - context aggregation: the neighbours of the word's other occurrences in the document;
 *   - the entity types the model gave the same word earlier in the document (this pass);
 *   - second pass: the types the first pass gave it in the other sentences of the document.
 * Previous tags enter through the decoder's transition weights (first-order Viterbi over BILOU).
 */

/** Version of the feature set; a model trained with another version is refused at load. */
export const FEATURE_VERSION = 4;

/** Entity types of the model (CoNLL-2003). */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Gazetteer types (the actor registry's EntityType) in code order; 0 = no hit. */
export const GAZ_TYPES = ['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'MISC'] as const;

// ---------------------------------------------------------------------------------------------
// hashing

/** FNV-1a over UTF-16 code units of `s[from, to)`. */
export function fnv1a(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hashed prefixes (slots 0-3) and suffixes (slots 4-7) of 1-4 characters of a lower-cased word,
 * each only when the word is longer than the affix; 0 elsewhere.
 */
export function affixHashes(lower: string): Uint32Array {
  const affix = new Uint32Array(8);
  const n = lower.length;
  for (let k = 1; k <= 4; k++) {
    if (n > k) {
      affix[k - 1] = fnv1a(lower, 0, k);
      affix[3 + k] = fnv1a(lower, n - k, n);
    }
  }
  return affix;
}

/** murmur3 32-bit finaliser. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of feature template `t` with value hash `a`. */
export function feat1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}

/** Hash of feature template `t` with value hashes `a` and `b`. */
export function feat2(t: number, a: number, b: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ fmix(a ^ Math.imul(b, 0x27d4eb2f)));
}

// ---------------------------------------------------------------------------------------------
// word forms

const QUOTE_MAP: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '–': '-',
  '—': '-',
};

/** Typographic quotes and dashes folded to ASCII (training text uses ASCII). */
export function normalizeWord(w: string): string {
  if (w.length === 0) return w;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 0x7f) return w.replace(/[“”„«»‘’ʼ–—]/g, (c) => QUOTE_MAP[c] ?? c);
  }
  return w;
}

const enum C {
  Upper = 1,
  Lower = 2,
  Digit = 3,
  Other = 4,
}

function charClass(code: number, ch: string): C {
  if (code >= 65 && code <= 90) return C.Upper;
  if (code >= 97 && code <= 122) return C.Lower;
  if (code >= 48 && code <= 57) return C.Digit;
  if (code < 128) return C.Other;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? C.Upper : C.Lower;
  if (/\p{N}/u.test(ch)) return C.Digit;
  if (/\p{L}/u.test(ch)) return C.Lower; // caseless scripts: letters without case
  return C.Other;
}

/**
 * Long shape: X for upper case, x for lower case, d for digits, other characters kept; runs longer
 * than 3 are cut to 3 (`Washington` → `Xxxx`, `1996-08-22` → `ddd-dd-dd`, `U.S.` → `X.X.`).
 * Short shape: runs collapsed (`Xx`, `d-d-d`, `X.X.`).
 */
export function wordShapes(w: string): { long: string; short: string } {
  let long = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const c = charClass(w.charCodeAt(i), ch);
    const s = c === C.Upper ? 'X' : c === C.Lower ? 'x' : c === C.Digit ? 'd' : ch;
    if (s === prev) {
      run++;
      if (run <= 3) long += s;
    } else {
      run = 1;
      long += s;
      short += s;
      prev = s;
    }
  }
  return { long, short };
}

/** Per-token word facts computed once (hashes of forms; no tags). */
export interface TokInfo {
  lower: string;
  /** Normalised exact form. */
  form: string;
  lowerH: number;
  formH: number;
  shapeH: number;
  shortH: number;
  /** Starts with an upper-case letter. */
  initCap: boolean;
  /** Has letters and no lower-case letter. */
  allCaps: boolean;
  /** Has at least one letter. */
  hasLetter: boolean;
  /** Prefix and suffix hashes (1–4 characters, lower case); 0 when the word is shorter. */
  affix: Uint32Array;
  /** Number of word-only features (they come first among the sentence features). */
  nIntrinsic: number;
  /** Word cluster ids (fine, coarse); -1 when the word is not clustered or there are no clusters. */
  fine: number;
  coarse: number;
  /** Summed scores of the word-only features under a fixed (shipped) model, filled lazily. */
  scores: Float32Array | null;
}

const DIGIT_RE = /\d/g;

/** Cluster lookup: the index of a word in the cluster table, or -1. */
export interface ClusterLookup {
  lookup(word: string): { fine: number; coarse: number } | null;
}

export function tokInfo(word: string, clusters?: ClusterLookup | null): TokInfo {
  const form = normalizeWord(word);
  const lowerRaw = form.toLowerCase();
  const lower = lowerRaw.replace(DIGIT_RE, '0');
  const { long, short } = wordShapes(form);
  let hasLetter = false;
  let hasLower = false;
  for (let i = 0; i < form.length; i++) {
    const ch = form[i];
    const c = charClass(form.charCodeAt(i), ch);
    if (c === C.Upper) hasLetter = true;
    else if (c === C.Lower) {
      hasLetter = true;
      // caseless letters count as "lower" for capitalisation purposes only when they have case
      if (ch.toUpperCase() !== ch) hasLower = true;
    }
  }
  const c0 = form.length ? charClass(form.charCodeAt(0), form[0]) : C.Other;
  const affix = affixHashes(lower);
  return {
    lower,
    form,
    lowerH: fnv1a(lower),
    formH: fnv1a(form),
    shapeH: fnv1a(long),
    shortH: fnv1a(short),
    initCap: c0 === C.Upper,
    allCaps: hasLetter && !hasLower && c0 !== C.Lower,
    hasLetter,
    affix,
    nIntrinsic: 8 + affix.reduce((n, a) => n + (a !== 0 ? 1 : 0), 0),
    scores: null,
    ...(clusters?.lookup(form) ?? { fine: -1, coarse: -1 }),
  };
}

// ---------------------------------------------------------------------------------------------
// sentences and documents

/** One sentence to tag: its words, and per-word gazetteer codes (see `gazCode`). */
export interface NerSentence {
  words: string[];
  /** Gazetteer code per word (0 = none); optional. */
  gaz?: Uint8Array;
}

/** Gazetteer code: type index (1-based in GAZ_TYPES) × 4 + position (0 B, 1 I, 2 L, 3 U). */
export function gazCode(typeIndex: number, pos: 0 | 1 | 2 | 3): number {
  return (typeIndex + 1) * 4 + pos;
}

/**
 * Gazetteer codes for tokens from registry hits, both with offsets into the same text. A hit
 * covers the tokens that lie inside it; hits that do not start on a token boundary are ignored.
 */
export function gazCodesFromHits(
  tokens: readonly { start: number; end: number }[],
  hits: readonly { start: number; end: number; type: string }[],
): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (tokens.length === 0 || hits.length === 0) return out;
  let j = 0;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  for (const h of sorted) {
    const ti = (GAZ_TYPES as readonly string[]).indexOf(h.type);
    if (ti < 0) continue;
    while (j < tokens.length && tokens[j].start < h.start) j++;
    if (j >= tokens.length) break;
    if (tokens[j].start !== h.start) continue;
    let k = j;
    while (k < tokens.length && tokens[k].end <= h.end) k++;
    if (k === j) continue;
    if (k - j === 1) out[j] = gazCode(ti, 3);
    else {
      out[j] = gazCode(ti, 0);
      for (let m = j + 1; m < k - 1; m++) out[m] = gazCode(ti, 1);
      out[k - 1] = gazCode(ti, 2);
    }
  }
  return out;
}

/**
 * Gazetteer codes for a sentence given as words: the words are joined with single spaces and
 * scanned. `scan` is the actor registry's scan.
 */
export function gazCodesForWords(
  words: readonly string[],
  scan: (text: string) => readonly { start: number; end: number; type: string }[],
): Uint8Array {
  const toks: { start: number; end: number }[] = [];
  let text = '';
  for (const w of words) {
    if (text.length) text += ' ';
    toks.push({ start: text.length, end: text.length + w.length });
    text += w;
  }
  return gazCodesFromHits(toks, scan(text));
}

/** Sentence-level facts. */
export interface SentenceInfo {
  toks: TokInfo[];
  /** Every word with letters is in capitals (CoNLL headlines, datelines). */
  capsLine: boolean;
  /** Most words are capitalised (title-case headline). */
  titleLine: boolean;
  gaz: Uint8Array;
}

export function sentenceInfo(
  s: NerSentence,
  cache?: Map<string, TokInfo>,
  clusters?: ClusterLookup | null,
): SentenceInfo {
  const toks = s.words.map((w) => {
    if (!cache) return tokInfo(w, clusters);
    let t = cache.get(w);
    if (!t) {
      t = tokInfo(w, clusters);
      if (cache.size > 100_000) cache.clear();
      cache.set(w, t);
    }
    return t;
  });
  let letters = 0;
  let caps = 0;
  let init = 0;
  for (const t of toks) {
    if (!t.hasLetter || t.form.length < 2) continue;
    letters++;
    if (t.allCaps) caps++;
    if (t.initCap) init++;
  }
  const capsLine = letters > 0 && caps / letters >= 0.8 && (letters >= 2 || caps === letters);
  const titleLine = !capsLine && letters >= 4 && init / letters >= 0.75;
  const gaz = s.gaz && s.gaz.length === toks.length ? s.gaz : new Uint8Array(toks.length);
  return { toks, capsLine, titleLine, gaz };
}

/** Adds the entity types of `tags` (BILOU ids) to per-word counts (capitalised words only). */
function countTypes(into: Map<string, Uint16Array>, s: SentenceInfo, tags: ArrayLike<number>): void {
  for (let i = 0; i < s.toks.length; i++) {
    const tag = tags[i];
    if (tag === 0) continue;
    const t = s.toks[i];
    if (!t.initCap && !t.allCaps) continue;
    let c = into.get(t.lower);
    if (!c) {
      c = new Uint16Array(4);
      into.set(t.lower, c);
    }
    const type = (tag - 1) >> 2;
    if (c[type] < 65535) c[type]++;
  }
}

/**
 * Document memory: what the rest of the document says about a word (lower-case occurrences,
 * capitalised occurrences inside sentences), the types the model gave it earlier in this pass,
 * and — in the second pass — the types the first pass gave it in the other sentences.
 */
export class DocContext {
  /** Lower-case forms of words that occur in lower case somewhere in the document. */
  readonly lowerSeen = new Set<string>();
  /** Lower-case forms of words capitalised at a non-initial position of a normal sentence. */
  readonly capMid = new Set<string>();
  /** Lower-case form → counts of the types predicted for it so far (PER, ORG, LOC, MISC). */
  history = new Map<string, Uint16Array>();
  /** Second pass: counts of the first pass over the whole document; null in the first pass. */
  global: Map<string, Uint16Array> | null = null;
  /** Second pass: the current sentence's own first-pass counts (left out of `global`). */
  own: Map<string, Uint16Array> | null = null;
  /** Lower-case form of a capitalised word → hashes of the words around its occurrences (pairs). */
  readonly contexts = new Map<string, number[]>();

  constructor(sentences: readonly SentenceInfo[]) {
    for (const s of sentences) {
      const headline = s.capsLine || s.titleLine;
      const n = s.toks.length;
      for (let i = 0; i < n; i++) {
        const t = s.toks[i];
        if (!t.hasLetter) continue;
        if (!t.initCap && !t.allCaps) {
          this.lowerSeen.add(t.lower);
          continue;
        }
        if (!headline && i > 0 && t.initCap && !isOpener(s.toks[i - 1])) this.capMid.add(t.lower);
        let c = this.contexts.get(t.lower);
        if (!c) {
          c = [];
          this.contexts.set(t.lower, c);
        }
        if (c.length < 2 * MAX_CONTEXTS)
          c.push(i > 0 ? s.toks[i - 1].lowerH : BOS_H, i + 1 < n ? s.toks[i + 1].lowerH : EOS_H);
      }
    }
  }

  /** Records the tags (BILOU ids) the model gave a sentence. */
  record(s: SentenceInfo, tags: ArrayLike<number>): void {
    countTypes(this.history, s, tags);
  }

  /** Starts the second pass: the first pass's tags of every sentence become `global`. */
  startSecondPass(sentences: readonly SentenceInfo[], tags: readonly ArrayLike<number>[]): void {
    const g = new Map<string, Uint16Array>();
    for (let i = 0; i < sentences.length; i++) countTypes(g, sentences[i], tags[i]);
    this.global = g;
    this.history = new Map();
  }

  /** Second pass: the sentence about to be tagged, with its first-pass tags. */
  setCurrent(s: SentenceInfo, firstPass: ArrayLike<number>): void {
    const own = new Map<string, Uint16Array>();
    countTypes(own, s, firstPass);
    this.own = own;
  }
}

/** A token after which a capitalised word may just be a sentence opener (quotes, brackets, colon). */
function isOpener(t: TokInfo): boolean {
  const f = t.form;
  return f === '"' || f === "'" || f === '(' || f === '[' || f === ':' || f === '-' || f === '--' || f === '``';
}

// ---------------------------------------------------------------------------------------------
// feature templates

const T = {
  bias: 0,
  lower: 1,
  form: 2,
  shape: 3,
  short: 4,
  affix: 5, // 5..12
  len: 13,
  wm1: 14,
  wm2: 15,
  wp1: 16,
  wp2: 17,
  bgL: 18,
  bgR: 19,
  shm1: 20,
  shp1: 21,
  shbL: 22,
  shbR: 23,
  wm1Shape: 24,
  shapeWp1: 25,
  start: 26,
  capsLower: 27,
  capsShape: 28,
  titleShape: 29,
  gaz: 30,
  gazM1: 31,
  gazP1: 32,
  gazShape: 33,
  gazType: 34,
  docLower: 35,
  docCapMid: 36,
  hist: 37,
  histMax: 38,
  startLower: 39,
  shm2: 40,
  capsWm1: 41,
  shapeTri: 42,
  sufM1: 43,
  sufP1: 44,
  glob: 45,
  globMax: 46,
  aggM1: 47,
  aggP1: 48,
  clF: 49,
  clC: 50,
  clFm1: 51,
  clFp1: 52,
  clCL: 53,
  clCR: 54,
} as const;

/** Slots per token for the features of the sentence alone (absent features are not written). */
export const FEATS_PER_TOKEN = 52;
/** Slots per token for the document features. */
export const DOC_FEATS_PER_TOKEN = 32;
/** Occurrences of a word whose neighbours feed the context-aggregation features. */
const MAX_CONTEXTS = 8;

const NONE_H = 0x5bd1e995;
const BOS_H = 0x1b873593;
const EOS_H = 0x68e31da4;

/** Is token i at the start of the sentence (or right after an opening quote/bracket there)? */
function isInitial(s: SentenceInfo, i: number): boolean {
  return i === 0 || (i <= 2 && isOpener(s.toks[i - 1]));
}

/**
 * Hashed features (32-bit) of every token of a sentence that depend on the sentence alone:
 * `FEATS_PER_TOKEN` slots per token in `out`, the number used in `counts[i]`.
 */
export function sentenceFeatures(s: SentenceInfo, out: Uint32Array, counts: Uint8Array): void {
  const toks = s.toks;
  const n = toks.length;
  const F = FEATS_PER_TOKEN;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const p1 = i > 0 ? toks[i - 1] : null;
    const p2 = i > 1 ? toks[i - 2] : null;
    const n1 = i + 1 < n ? toks[i + 1] : null;
    const n2 = i + 2 < n ? toks[i + 2] : null;
    const wm1 = p1 ? p1.lowerH : BOS_H;
    const wm2 = p2 ? p2.lowerH : p1 ? BOS_H : NONE_H;
    const wp1 = n1 ? n1.lowerH : EOS_H;
    const wp2 = n2 ? n2.lowerH : n1 ? EOS_H : NONE_H;
    const shm1 = p1 ? p1.shortH : BOS_H;
    const shp1 = n1 ? n1.shortH : EOS_H;
    let k = i * F;
    out[k++] = feat1(T.bias, 0);
    out[k++] = feat1(T.lower, t.lowerH);
    out[k++] = feat1(T.form, t.formH);
    out[k++] = feat1(T.shape, t.shapeH);
    out[k++] = feat1(T.short, t.shortH);
    for (let a = 0; a < 8; a++) if (t.affix[a] !== 0) out[k++] = feat1(T.affix + a, t.affix[a]);
    out[k++] = feat1(T.len, Math.min(t.form.length, 12));
    out[k++] = feat1(T.clF, t.fine);
    out[k++] = feat1(T.clC, t.coarse);
    // (the features above depend on the word alone: t.nIntrinsic of them)
    out[k++] = feat2(T.clFm1, p1 ? p1.fine : -2, t.coarse);
    out[k++] = feat2(T.clFp1, t.coarse, n1 ? n1.fine : -2);
    out[k++] = feat2(T.clCL, p1 ? p1.coarse : -2, t.fine);
    out[k++] = feat2(T.clCR, t.fine, n1 ? n1.coarse : -2);
    out[k++] = feat1(T.wm1, wm1);
    out[k++] = feat1(T.wm2, wm2);
    out[k++] = feat1(T.wp1, wp1);
    out[k++] = feat1(T.wp2, wp2);
    out[k++] = feat2(T.bgL, wm1, t.lowerH);
    out[k++] = feat2(T.bgR, t.lowerH, wp1);
    out[k++] = feat1(T.shm1, shm1);
    out[k++] = feat1(T.shp1, shp1);
    out[k++] = feat2(T.shbL, shm1, t.shortH);
    out[k++] = feat2(T.shbR, t.shortH, shp1);
    out[k++] = feat2(T.shapeTri, shm1, feat2(0, t.shortH, shp1));
    out[k++] = feat2(T.wm1Shape, wm1, t.shortH);
    out[k++] = feat2(T.shapeWp1, t.shortH, wp1);
    out[k++] = feat1(T.shm2, p2 ? p2.shortH : NONE_H);
    out[k++] = feat1(T.sufM1, p1 ? p1.affix[7] : BOS_H);
    out[k++] = feat1(T.sufP1, n1 ? n1.affix[7] : EOS_H);
    if (isInitial(s, i)) {
      out[k++] = feat1(T.start, t.shortH);
      out[k++] = feat1(T.startLower, t.lowerH);
    }
    if (s.capsLine) {
      out[k++] = feat1(T.capsLower, t.lowerH);
      out[k++] = feat1(T.capsShape, t.shortH);
      out[k++] = feat2(T.capsWm1, wm1, t.lowerH);
    } else if (s.titleLine) {
      out[k++] = feat1(T.titleShape, t.shortH);
    }
    const g = s.gaz[i];
    const gm1 = i > 0 ? s.gaz[i - 1] : 255;
    const gp1 = i + 1 < n ? s.gaz[i + 1] : 255;
    out[k++] = feat1(T.gaz, g);
    out[k++] = feat1(T.gazM1, gm1);
    out[k++] = feat1(T.gazP1, gp1);
    if (g !== 0) {
      out[k++] = feat2(T.gazShape, g, t.shortH);
      out[k++] = feat1(T.gazType, g >> 2);
    }
    counts[i] = k - i * F;
  }
}

function seen(out: Uint32Array, from: number, to: number, f: number): boolean {
  for (let j = from; j < to; j++) if (out[j] === f) return true;
  return false;
}

/**
 * Document features of every token (capitalised words only): `DOC_FEATS_PER_TOKEN` slots per token.
 */
export function documentFeatures(s: SentenceInfo, doc: DocContext, out: Uint32Array, counts: Uint8Array): void {
  const toks = s.toks;
  const n = toks.length;
  const F = DOC_FEATS_PER_TOKEN;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    let k = i * F;
    if (t.initCap || t.allCaps) {
      const where = (isInitial(s, i) ? 2 : 0) + (s.capsLine ? 1 : 0);
      out[k++] = feat2(T.docLower, doc.lowerSeen.has(t.lower) ? 1 : 0, where);
      out[k++] = feat2(T.docCapMid, doc.capMid.has(t.lower) ? 1 : 0, where);
      const h = doc.history.get(t.lower);
      if (h) {
        let best = 0;
        for (let ty = 0; ty < 4; ty++) {
          if (h[ty] > 0) out[k++] = feat1(T.hist, ty);
          if (h[ty] > h[best]) best = ty;
        }
        out[k++] = feat1(T.histMax, best);
      } else out[k++] = feat1(T.histMax, 9);
      if (doc.global) {
        const g = doc.global.get(t.lower);
        const o = doc.own?.get(t.lower);
        let best = -1;
        let bestC = 0;
        if (g) {
          for (let ty = 0; ty < 4; ty++) {
            const c = g[ty] - (o ? o[ty] : 0);
            if (c > 0) out[k++] = feat1(T.glob, ty);
            if (c > bestC) {
              bestC = c;
              best = ty;
            }
          }
        }
        out[k++] = feat1(T.globMax, best < 0 ? 9 : best);
      }
      // context aggregation: the neighbours of the word's other occurrences in the document
      const ctx = doc.contexts.get(t.lower);
      if (ctx && ctx.length > 2) {
        const wm1 = i > 0 ? toks[i - 1].lowerH : BOS_H;
        const wp1 = i + 1 < n ? toks[i + 1].lowerH : EOS_H;
        const start = k;
        for (let c = 0; c < ctx.length; c += 2) {
          if (ctx[c] !== wm1) {
            const f = feat1(T.aggM1, ctx[c]);
            if (!seen(out, start, k, f)) out[k++] = f;
          }
          if (ctx[c + 1] !== wp1) {
            const f = feat1(T.aggP1, ctx[c + 1]);
            if (!seen(out, start, k, f)) out[k++] = f;
          }
        }
      }
    }
    counts[i] = k - i * F;
  }
}
