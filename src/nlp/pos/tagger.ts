/**
 * The part-of-speech tagger: scores of the window features of one position, best tag and margin.
 *
 * Window-only (see features.ts): `tagAt(words, i)` reads words i-2..i+2 and nothing else, so the
 * event coder can ask about a single position without tagging the sentence. Speed comes from a
 * per-word-form cache: the summed scores of a word's role features (as the tagged word, as the
 * left or right neighbour, as the word two away) are computed once per form, so a position costs
 * five vector additions plus the few pair features (bigrams, sentence start).
 */
import {
  BOS,
  BOS_TAG,
  EOS,
  EOS_TAG,
  NUM_ROLES,
  Role,
  pairFeatures,
  roleFeatures,
  wordFeatures,
  wordInfo,
  type Window,
  type WordInfo,
} from './features.js';
import { isVerbTag } from './conll.js';
import type { PosModel } from './model.js';

/** A word form's facts, lexical tag and cached role scores (NUM_ROLES × K), filled on first use. */
interface Entry {
  info: WordInfo;
  /** Best tag of the word out of context (lexical table); -1 until computed. */
  lex: number;
  roles: Float32Array | null;
}

/** Largest number of word forms cached before the cache is emptied. */
const MAX_CACHE = 200_000;

export interface PosScore {
  tag: string;
  /** Best score minus the second best: 0 = a tie; larger = more confident. */
  margin: number;
}

/**
 * Tags words with a `PosModel`. Keeps a cache of word forms, so one tagger should be reused (see
 * `loadPosTagger`); not safe to share between threads (no JavaScript code is).
 */
export class PosTagger {
  readonly model: PosModel;
  private readonly K: number;
  private readonly cache = new Map<string, Entry>();
  private readonly bos: Entry;
  private readonly eos: Entry;
  private readonly feats: number[] = [];
  private readonly acc: Float32Array;
  private readonly win: Window = {
    l2: BOS,
    l1: BOS,
    w0: BOS,
    r1: EOS,
    r2: EOS,
    tl2: BOS_TAG,
    tl1: BOS_TAG,
    t0: BOS_TAG,
    tr1: EOS_TAG,
    tr2: EOS_TAG,
    start: false,
  };

  constructor(model: PosModel) {
    this.model = model;
    this.K = model.numTags;
    this.acc = new Float32Array(this.K);
    this.bos = { info: BOS, lex: BOS_TAG, roles: null };
    this.eos = { info: EOS, lex: EOS_TAG, roles: null };
  }

  /** The tag set (Penn Treebank as in CoNLL-2003; `"` for quotes, `(` `)` for brackets). */
  get tags(): readonly string[] {
    return this.model.tags;
  }

  /** Best tag of position i of `words` (surface tokens, case kept). */
  tagAt(words: readonly string[], i: number): string {
    return this.model.tags[this.best(words, i)];
  }

  /** Best tag of position i with its margin over the second best (a confidence). */
  scoresAt(words: readonly string[], i: number): PosScore {
    const k = this.best(words, i);
    const acc = this.acc;
    let second = -Infinity;
    for (let t = 0; t < this.K; t++) if (t !== k && acc[t] > second) second = acc[t];
    return { tag: this.model.tags[k], margin: acc[k] - second };
  }

  /** Tags of every position. */
  tag(words: readonly string[]): string[] {
    const n = words.length;
    const entries: Entry[] = new Array<Entry>(n);
    for (let i = 0; i < n; i++) entries[i] = this.entry(words[i]);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.model.tags[this.bestOf(entries, i)];
    return out;
  }

  /**
   * True when position i is tagged as a verb: VB, VBD, VBG, VBN, VBP or VBZ (not MD). Participles
   * (VBN, VBG) count as verbs here; use tagAt when "the proposed plan" (VBN used as an adjective)
   * must be told from "they proposed a plan" (VBD).
   */
  isVerbAt(words: readonly string[], i: number): boolean {
    return isVerbTag(this.tagAt(words, i));
  }

  /** Index of the best tag at i; leaves the scores in `this.acc`. */
  private best(words: readonly string[], i: number): number {
    const n = words.length;
    if (!Number.isInteger(i) || i < 0 || i >= n)
      throw new RangeError(`POS tagger: expected a position in 0..${n - 1}, found ${i}`);
    return this.score(
      i >= 2 ? this.entry(words[i - 2]) : this.bos,
      i >= 1 ? this.entry(words[i - 1]) : this.bos,
      this.entry(words[i]),
      i + 1 < n ? this.entry(words[i + 1]) : this.eos,
      i + 2 < n ? this.entry(words[i + 2]) : this.eos,
      i === 0,
    );
  }

  /** Like `best`, over the entries of a whole sentence. */
  private bestOf(entries: readonly Entry[], i: number): number {
    const n = entries.length;
    return this.score(
      i >= 2 ? entries[i - 2] : this.bos,
      i >= 1 ? entries[i - 1] : this.bos,
      entries[i],
      i + 1 < n ? entries[i + 1] : this.eos,
      i + 2 < n ? entries[i + 2] : this.eos,
      i === 0,
    );
  }

  /** Scores of a window into `this.acc`; returns the index of the best tag. */
  private score(l2: Entry, l1: Entry, w0: Entry, r1: Entry, r2: Entry, start: boolean): number {
    const K = this.K;
    const acc = this.acc;
    const own = this.roles(w0);
    const a = this.roles(l1);
    const b = this.roles(r1);
    const c = this.roles(l2);
    const d = this.roles(r2);
    const oA = Role.Left1 * K;
    const oB = Role.Right1 * K;
    const oC = Role.Left2 * K;
    const oD = Role.Right2 * K;
    for (let k = 0; k < K; k++) acc[k] = own[k] + a[oA + k] + b[oB + k] + c[oC + k] + d[oD + k];
    const win = this.win;
    win.l2 = l2.info;
    win.l1 = l1.info;
    win.w0 = w0.info;
    win.r1 = r1.info;
    win.r2 = r2.info;
    win.tl2 = l2.lex;
    win.tl1 = l1.lex;
    win.t0 = w0.lex;
    win.tr1 = r1.lex;
    win.tr2 = r2.lex;
    win.start = start;
    const feats = this.feats;
    feats.length = 0;
    pairFeatures(win, feats);
    this.model.main.addScores(feats, feats.length, acc);
    let best = 0;
    for (let k = 1; k < K; k++) if (acc[k] > acc[best]) best = k;
    return best;
  }

  /** The cache entry of a word form. */
  private entry(word: string): Entry {
    let e = this.cache.get(word);
    if (!e) {
      if (this.cache.size >= MAX_CACHE) this.cache.clear();
      e = { info: wordInfo(word, this.model.clusters), lex: -1, roles: null };
      this.cache.set(word, e);
    }
    return e;
  }

  /**
   * The role scores of an entry, computed on first use with its lexical tag. Every window word
   * passes through here before the pair features read its lexical tag.
   */
  private roles(e: Entry): Float32Array {
    if (e.roles) return e.roles;
    const K = this.K;
    const feats: number[] = [];
    if (e.lex < 0) {
      const lexScores = new Float32Array(K);
      wordFeatures(e.info, feats);
      this.model.lexical.addScores(feats, feats.length, lexScores);
      let best = 0;
      for (let k = 1; k < K; k++) if (lexScores[k] > lexScores[best]) best = k;
      e.lex = best;
    }
    const roles = new Float32Array(NUM_ROLES * K);
    for (let r = 0; r < NUM_ROLES; r++) {
      feats.length = 0;
      roleFeatures(e.info, e.lex, r as Role, feats);
      this.model.main.addScores(feats, feats.length, roles.subarray(r * K, (r + 1) * K));
    }
    e.roles = roles;
    return roles;
  }
}
