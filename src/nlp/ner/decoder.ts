/**
 * BILOU tag set and first-order Viterbi decoding.
 *
 * Tag ids: 0 = O; for entity type t (0 PER, 1 ORG, 2 LOC, 3 MISC): B = 1+4t, I = 2+4t, L = 3+4t,
 * U = 4+4t. Transition scores are a (K+1)×(K+1) table: row K is the sentence start, column K the
 * sentence end. Transitions BILOU forbids (O→I, B-PER→O, B-PER→I-ORG, …) are never chosen.
 */
import { NER_TYPES, type NerType } from './features.js';

export const NUM_TAGS = 1 + 4 * NER_TYPES.length;
const K = NUM_TAGS;

export const TAG_NAMES: string[] = ['O'];
for (const t of NER_TYPES) for (const p of ['B', 'I', 'L', 'U']) TAG_NAMES.push(`${p}-${t}`);

const typeOf = (tag: number): number => (tag - 1) >> 2;
/** 0 B, 1 I, 2 L, 3 U (for tag > 0). */
const posOf = (tag: number): number => (tag - 1) & 3;

/** May `cur` follow `prev`? prev = K is the start, cur = K the end. */
export function allowed(prev: number, cur: number): boolean {
  const prevOpen = prev !== K && prev !== 0 && (posOf(prev) === 0 || posOf(prev) === 1);
  if (cur === K) return !prevOpen;
  const curCont = cur !== 0 && (posOf(cur) === 1 || posOf(cur) === 2);
  if (prevOpen) return curCont && typeOf(cur) === typeOf(prev);
  return !curCont;
}

/** 0 where allowed, -Infinity where not; (K+1)×(K+1). */
export const TRANSITION_MASK: Float32Array = (() => {
  const m = new Float32Array((K + 1) * (K + 1));
  for (let p = 0; p <= K; p++) for (let c = 0; c <= K; c++) m[p * (K + 1) + c] = allowed(p, c) ? 0 : -Infinity;
  return m;
})();

/** For each tag c, the tags that may precede it (excluding the start). */
const PREVS: Int32Array[] = (() => {
  const out: Int32Array[] = [];
  for (let c = 0; c < K; c++) {
    const ps: number[] = [];
    for (let p = 0; p < K; p++) if (allowed(p, c)) ps.push(p);
    out.push(Int32Array.from(ps));
  }
  return out;
})();

let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/**
 * Best tag sequence for `n` tokens given emission scores (`emit[i*K + tag]`) and transition scores.
 * Only transitions BILOU allows are considered. Writes the tags into `out` and returns it.
 */
export function viterbi(
  emit: Float32Array,
  trans: Float32Array,
  n: number,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  if (n === 0) return out;
  const W = K + 1;
  if (scoreBuf.length < n * K) {
    scoreBuf = new Float64Array(Math.max(n * K, 2 * scoreBuf.length));
    backBuf = new Int32Array(scoreBuf.length);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let c = 0; c < K; c++) score[c] = emit[c] + trans[K * W + c] + TRANSITION_MASK[K * W + c];
  for (let i = 1; i < n; i++) {
    const base = i * K;
    const prevBase = base - K;
    for (let c = 0; c < K; c++) {
      const ps = PREVS[c];
      let best = -Infinity;
      let arg = ps[0];
      for (let j = 0; j < ps.length; j++) {
        const p = ps[j];
        const v = score[prevBase + p] + trans[p * W + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[base + c] = best + emit[base + c];
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * K;
  for (let p = 0; p < K; p++) {
    const v = score[last + p] + trans[p * W + K] + TRANSITION_MASK[p * W + K];
    if (v > best) {
      best = v;
      arg = p;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * K + out[i]];
  return out;
}

/** A typed span of tokens [start, end). */
export interface TagSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Spans of a BILOU tag sequence (tolerant: an unfinished B/I run ends where the type changes). */
export function bilouToSpans(tags: ArrayLike<number>): TagSpan[] {
  const out: TagSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 0) {
      if (open >= 0) out.push({ start: open, end: i, type: NER_TYPES[openType] });
      open = -1;
      continue;
    }
    const ty = typeOf(tag);
    const pos = posOf(tag);
    if (open >= 0 && (ty !== openType || pos === 0 || pos === 3)) {
      out.push({ start: open, end: i, type: NER_TYPES[openType] });
      open = -1;
    }
    if (open < 0) {
      open = i;
      openType = ty;
    }
    if (pos === 2 || pos === 3) {
      out.push({ start: open, end: i + 1, type: NER_TYPES[openType] });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: tags.length, type: NER_TYPES[openType] });
  return out;
}

/** BILOU tag ids of `n` tokens for the given spans. */
export function spansToBilou(spans: readonly TagSpan[], n: number): Int32Array {
  const out = new Int32Array(n);
  for (const s of spans) {
    const t = NER_TYPES.indexOf(s.type);
    if (t < 0 || s.end <= s.start) continue;
    if (s.end - s.start === 1) out[s.start] = 4 + 4 * t;
    else {
      out[s.start] = 1 + 4 * t;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = 2 + 4 * t;
      out[s.end - 1] = 3 + 4 * t;
    }
  }
  return out;
}
