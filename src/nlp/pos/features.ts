/**
 * Features of Chronicle's part-of-speech tagger.
 *
 * Window-only design: the features of position i come from the words at i-2..i+2 and from i's
 * place in the sentence — never from the tags given to other positions. A caller can therefore tag
 * ONE position (`PosTagger.tagAt`) without tagging the sentence, and the tag of a word does not
 * depend on mistakes made elsewhere. What tag history would tell is approximated by "lexical
 * tags": each window word's most likely tag out of context, given by a small word-only model (the
 * lexical table, trained first), so that "the army targets the rebels" sees NN _ DT around
 * "targets" even when the pair of words was never seen.
 *
 * Every feature is a 32-bit hash (template id combined with FNV-1a hashes of strings, through the
 * NER model's `feat1`/`feat2`). The features of a position are of two kinds:
 *   - role features: they depend on ONE word and the role it plays relative to i (the word itself,
 *     its left or right neighbour, the word two to the left or right). Their summed scores are
 *     cached per word form and role by the tagger, which makes tagging cheap;
 *   - pair features: combinations of two window words (or of their lexical tags, or of the word's
 *     ending with a neighbour's lexical tag) and the sentence-start interactions; looked up each time.
 * The trainer uses exactly the same functions, so the cached sums equal the trained model.
 *
 * Feature templates:
 *   word (lexical table, and the tagged word in the main table): bias, lower-cased form (digits
 *     folded to 0), exact form, long and short word shape (`Xxxx`, `Xx`, `d,ddd`), prefixes and
 *     suffixes of 1–4 characters, the part after the last hyphen, capitalisation/digit/hyphen flags,
 *     length class, fine and coarse word cluster;
 *   every window word (main table): its lexical tag, by role;
 *   neighbours i±1: lower-cased form, 2- and 3-letter suffix, short shape, fine cluster;
 *   neighbours i±2: lower-cased form, short shape, coarse cluster;
 *   pairs: words (i-1,i), (i,i+1), (i-1,i+1), (i-2,i-1), (i+1,i+2); lexical tags (i-1,i+1),
 *     (i-2,i-1), (i+1,i+2), (i-1,i,i+1); lexical tag at i-1 × word at i and word at i × lexical tag
 *     at i+1; lexical tag at i-1 (and at i+1) × 1- and 2-letter suffix of the word; sentence start ×
 *     lower-cased form and × shape; capitalisation × sentence start.
 */
import { affixHashes, feat1, feat2, fnv1a, normalizeWord, wordShapes } from '../ner/features.js';
import { lookupCluster, type WordClusters } from '../ner/clusters.js';

/** Version of the feature set; weights trained with another version are refused at load. */
export const POS_FEATURE_VERSION = 1;

/** Roles a word can play relative to the tagged position. */
export const Role = { Own: 0, Left1: 1, Right1: 2, Left2: 3, Right2: 4 } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const NUM_ROLES = 5;

/** Feature template ids (part of every feature hash; never renumber without a version bump). */
const enum T {
  Bias = 1,
  Lower,
  Form,
  Shape,
  Short,
  Prefix,
  Suffix,
  LastPart,
  Flags,
  Length,
  L1Lower,
  L1Suffix,
  L1Short,
  R1Lower,
  R1Suffix,
  R1Short,
  L2Lower,
  L2Short,
  R2Lower,
  R2Short,
  PairL1W0,
  PairW0R1,
  PairL1R1,
  PairL2L1,
  PairR1R2,
  StartLower,
  StartShape,
  CapStart,
  LexTag,
  LexL1R1,
  LexL2L1,
  LexR1R2,
  LexL1W0,
  LexW0R1,
  LexL1T0R1,
  Fine,
  Coarse,
  L1Fine,
  R1Fine,
  L2Coarse,
  R2Coarse,
  LexL1Suffix,
  SuffixLexR1,
}

/** Facts of one word form, computed once and cached by the tagger. */
export interface WordInfo {
  /** Lower-cased normalised form, digits folded to 0. */
  lower: string;
  lowerH: number;
  formH: number;
  shapeH: number;
  shortH: number;
  /** Prefix hashes of 1–4 characters (index k-1), then suffix hashes (index 3+k); 0 = too short. */
  affix: Uint32Array;
  /** Hash of the part after the last inner hyphen, 0 when there is none. */
  lastPartH: number;
  /** Bit flags: 1 initial capital, 2 all capitals, 4 has digit, 8 has hyphen, 16 has letter. */
  flags: number;
  /** Length class: 1, 2, 3, 4–5, 6–8, 9+. */
  lengthClass: number;
  /** Distributional word cluster (fine, coarse); NO_CLUSTER when the word is not clustered. */
  fine: number;
  coarse: number;
}

/** Cluster id of words outside the cluster table (itself informative: rare words). */
export const NO_CLUSTER = 0xffff;

const DIGITS = /\d/g;

/** Quote forms of other conventions mapped to CoNLL's `"`; typographic apostrophes and dashes folded. */
function canonicalForm(word: string): string {
  if (word === '``' || word === "''" || word === '„' || word === '«' || word === '»') return '"';
  return normalizeWord(word);
}

function lengthClass(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6;
}

/** Word facts of a surface token (case kept), with its word cluster when `clusters` are given. */
export function wordInfo(word: string, clusters: WordClusters | null): WordInfo {
  const form = canonicalForm(word);
  const lower = form.toLowerCase().replace(DIGITS, '0');
  const { long, short } = wordShapes(form);
  let flags = 0;
  const first = form.charAt(0);
  if (first !== first.toLowerCase()) flags |= 1;
  if (form !== form.toLowerCase() && form === form.toUpperCase()) flags |= 2;
  if (/\d/.test(form)) flags |= 4;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && hyphen < lower.length - 1) flags |= 8;
  if (/\p{L}/u.test(form)) flags |= 16;
  const affix = affixHashes(lower);
  const n = lower.length;
  return {
    lower,
    lowerH: fnv1a(lower),
    formH: fnv1a(form),
    shapeH: fnv1a(long),
    shortH: fnv1a(short),
    affix,
    lastPartH: flags & 8 ? fnv1a(lower, hyphen + 1, n) : 0,
    flags,
    lengthClass: lengthClass(n),
    ...cluster(form, clusters),
  };
}

function cluster(form: string, clusters: WordClusters | null): { fine: number; coarse: number } {
  const i = clusters ? lookupCluster(clusters, form) : -1;
  return clusters && i >= 0
    ? { fine: clusters.fine[i], coarse: clusters.coarse[i] }
    : { fine: NO_CLUSTER, coarse: NO_CLUSTER };
}

/** Stands for the words before the sentence start (i-1, i-2 out of range). */
export const BOS: WordInfo = sentinel('\u0002<s>');
/** Stands for the words after the sentence end. */
export const EOS: WordInfo = sentinel('\u0002</s>');

function sentinel(name: string): WordInfo {
  const h = fnv1a(name);
  return {
    lower: name,
    lowerH: h,
    formH: h,
    shapeH: h,
    shortH: h,
    affix: new Uint32Array(8).fill(h),
    lastPartH: 0,
    flags: 32,
    lengthClass: 0,
    fine: NO_CLUSTER - 1,
    coarse: NO_CLUSTER - 1,
  };
}

/** Feature hashes are never 0 (0 marks an empty slot in the model's table). */
const nz = (h: number): number => h || 1;

/** Lexical tag ids of the sentinels (real tag ids are below 254). */
export const BOS_TAG = 254;
export const EOS_TAG = 255;

/**
 * Features of a word on its own, for the lexical model (the word's most likely tag out of
 * context) and as the tagged word's own features in the main model.
 */
export function wordFeatures(w: WordInfo, out: number[]): void {
  out.push(
    nz(feat1(T.Bias, 0)),
    nz(feat1(T.Lower, w.lowerH)),
    nz(feat1(T.Form, w.formH)),
    nz(feat1(T.Shape, w.shapeH)),
    nz(feat1(T.Short, w.shortH)),
    nz(feat1(T.Flags, w.flags)),
    nz(feat1(T.Length, w.lengthClass)),
    nz(feat1(T.Fine, w.fine)),
    nz(feat1(T.Coarse, w.coarse)),
  );
  for (let k = 1; k <= 4; k++) {
    if (w.affix[k - 1]) out.push(nz(feat2(T.Prefix, k, w.affix[k - 1])));
    if (w.affix[3 + k]) out.push(nz(feat2(T.Suffix, k, w.affix[3 + k])));
  }
  if (w.lastPartH) out.push(nz(feat1(T.LastPart, w.lastPartH)));
}

/**
 * Appends the features contributed by word `w` playing `role`; `lex` is the word's lexical tag
 * (its best tag out of context, from the lexical model). Independent of the position.
 */
export function roleFeatures(w: WordInfo, lex: number, role: Role, out: number[]): void {
  out.push(nz(feat2(T.LexTag, role, lex)));
  switch (role) {
    case Role.Own:
      wordFeatures(w, out);
      return;
    case Role.Left1:
      out.push(nz(feat1(T.L1Lower, w.lowerH)), nz(feat1(T.L1Short, w.shortH)), nz(feat1(T.L1Fine, w.fine)));
      if (w.affix[5]) out.push(nz(feat2(T.L1Suffix, 2, w.affix[5])));
      if (w.affix[6]) out.push(nz(feat2(T.L1Suffix, 3, w.affix[6])));
      return;
    case Role.Right1:
      out.push(nz(feat1(T.R1Lower, w.lowerH)), nz(feat1(T.R1Short, w.shortH)), nz(feat1(T.R1Fine, w.fine)));
      if (w.affix[5]) out.push(nz(feat2(T.R1Suffix, 2, w.affix[5])));
      if (w.affix[6]) out.push(nz(feat2(T.R1Suffix, 3, w.affix[6])));
      return;
    case Role.Left2:
      out.push(nz(feat1(T.L2Lower, w.lowerH)), nz(feat1(T.L2Short, w.shortH)), nz(feat1(T.L2Coarse, w.coarse)));
      return;
    case Role.Right2:
      out.push(nz(feat1(T.R2Lower, w.lowerH)), nz(feat1(T.R2Short, w.shortH)), nz(feat1(T.R2Coarse, w.coarse)));
      return;
  }
}

/** The five words of the window of position i (sentinels outside the sentence), with lexical tags. */
export interface Window {
  l2: WordInfo;
  l1: WordInfo;
  w0: WordInfo;
  r1: WordInfo;
  r2: WordInfo;
  /** Lexical tags of l2, l1, w0, r1, r2. */
  tl2: number;
  tl1: number;
  t0: number;
  tr1: number;
  tr2: number;
  /** i === 0. */
  start: boolean;
}

/** Appends the features of position i that combine two words or a word with its position. */
export function pairFeatures(win: Window, out: number[]): void {
  const { l2, l1, w0, r1, r2 } = win;
  out.push(
    nz(feat2(T.PairL1W0, l1.lowerH, w0.lowerH)),
    nz(feat2(T.PairW0R1, w0.lowerH, r1.lowerH)),
    nz(feat2(T.LexL1W0, win.tl1, w0.lowerH)),
    nz(feat2(T.LexW0R1, w0.lowerH, win.tr1)),
    nz(feat2(T.PairL1R1, l1.lowerH, r1.lowerH)),
    nz(feat2(T.PairL2L1, l2.lowerH, l1.lowerH)),
    nz(feat2(T.PairR1R2, r1.lowerH, r2.lowerH)),
    nz(feat2(T.CapStart, w0.flags & 3, win.start ? 1 : 0)),
    nz(feat2(T.LexL1R1, win.tl1, win.tr1)),
    nz(feat2(T.LexL2L1, win.tl2, win.tl1)),
    nz(feat2(T.LexR1R2, win.tr1, win.tr2)),
    nz(feat2(T.LexL1T0R1, win.tl1 * 256 + win.t0, win.tr1)),
  );
  // the word's ending next to the neighbours' lexical tags: generalises over words ending alike
  // ("he" + "-s" is a verb, "the" + "-s" a noun, whichever the word)
  for (let k = 1; k <= 2; k++) {
    const suffix = w0.affix[3 + k];
    if (!suffix) continue;
    out.push(nz(feat2(T.LexL1Suffix, win.tl1 * 4 + k, suffix)), nz(feat2(T.SuffixLexR1, win.tr1 * 4 + k, suffix)));
  }
  if (win.start) out.push(nz(feat1(T.StartLower, w0.lowerH)), nz(feat1(T.StartShape, w0.shapeH)));
}

/** The window of position i over `infos` and their lexical tags `lex`. */
export function windowAt(infos: readonly WordInfo[], lex: ArrayLike<number>, i: number): Window {
  const n = infos.length;
  return {
    l2: i >= 2 ? infos[i - 2] : BOS,
    l1: i >= 1 ? infos[i - 1] : BOS,
    w0: infos[i],
    r1: i + 1 < n ? infos[i + 1] : EOS,
    r2: i + 2 < n ? infos[i + 2] : EOS,
    tl2: i >= 2 ? lex[i - 2] : BOS_TAG,
    tl1: i >= 1 ? lex[i - 1] : BOS_TAG,
    t0: lex[i],
    tr1: i + 1 < n ? lex[i + 1] : EOS_TAG,
    tr2: i + 2 < n ? lex[i + 2] : EOS_TAG,
    start: i === 0,
  };
}

/** All features of position i (role features of the five window words, then pair features). */
export function positionFeatures(infos: readonly WordInfo[], lex: ArrayLike<number>, i: number, out: number[]): void {
  const win = windowAt(infos, lex, i);
  roleFeatures(win.w0, win.t0, Role.Own, out);
  roleFeatures(win.l1, win.tl1, Role.Left1, out);
  roleFeatures(win.r1, win.tr1, Role.Right1, out);
  roleFeatures(win.l2, win.tl2, Role.Left2, out);
  roleFeatures(win.r2, win.tr2, Role.Right2, out);
  pairFeatures(win, out);
}
