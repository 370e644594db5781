/**
 * Timeline evaluation metrics, after the tilse toolkit (Martschat & Markert 2017, "Improving ROUGE
 * for Timeline Summarization"; code: github.com/smartschat/tilse, tilse/evaluation/rouge.py and
 * tilse/util). Re-implemented here in TypeScript:
 *
 * - Date-F1: precision/recall/F1 of the predicted date set against the reference date set.
 * - ROUGE-N counts as tilse's `RougeReimplementation`: tokens are lowercased, split on whitespace and
 *   non-alphanumerics (as ROUGE-1.5.5 does), stopwords removed (`-s`, our list in text.ts instead of
 *   SMART's), Porter-stemmed (`-m`); n-grams run over the concatenated token list of a summary.
 *   With several references, hits are summed over them and the precision denominator is the
 *   prediction's n-gram count times the number of references (tilse's formula).
 * - `concat`: the whole timeline as one summary against each whole reference.
 * - `agreement`: per date in the union of dates, prediction vs reference of the SAME date; counts
 *   summed over dates (micro), so a date present on one side only adds to one denominator.
 * - `align` (tilse `align_date_content_costs`, 1:1) and `alignm1` (`align_date_content_costs_many_to_one`,
 *   "align+ m:1"): every predicted date is mapped to a reference date (precision side) and every
 *   reference date to a predicted date (recall side) at minimal cost, cost(d, r) =
 *   (1 − 1/(|d − r| + 1)) · (1 − sim(d, r)) where sim is a unigram-F1 content similarity of the two
 *   daily summaries; 1:1 uses an optimal assignment (Hungarian, as scipy's linear_sum_assignment),
 *   m:1 takes each row's cheapest column (first on ties, as numpy argmin). The ROUGE hits of a
 *   mapped pair are discounted by 1/(|d − r| + 1); unmapped dates add their n-grams to the
 *   denominators only.
 * F1 = 2PR/(P+R), 0 when P+R = 0.
 */
import { porterStem } from './porter.js';
import { dayNumber, STOPWORDS } from './text.js';

/** A timeline: ISO day → its summary sentences. */
export type DatedSummaries = Map<string, string[]>;

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeOptions {
  stem?: boolean;
  stopwords?: boolean;
}

export function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export function dateF1(predicted: Iterable<string>, reference: Iterable<string>): PRF {
  const pred = new Set(predicted);
  const ref = new Set(reference);
  let hit = 0;
  for (const d of pred) if (ref.has(d)) hit++;
  const precision = pred.size ? hit / pred.size : 0;
  const recall = ref.size ? hit / ref.size : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

/** ROUGE tokens of sentences: lowercase alphanumeric runs, stopwords removed, stemmed. */
export function rougeTokens(sentences: readonly string[], opts: RougeOptions = {}): string[] {
  const stem = opts.stem ?? true;
  const stop = opts.stopwords ?? true;
  const out: string[] = [];
  for (const s of sentences) {
    for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (!w) continue;
      if (stop && STOPWORDS.has(w)) continue;
      out.push(stem ? porterStem(w) : w);
    }
  }
  return out;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Raw ROUGE-N counts: hits, precision denominator, recall denominator. */
export interface RougeCounts {
  hit: number;
  pDen: number;
  rDen: number;
}

/** tilse's counts for one prediction against several references (each a token list). */
export function rougeCounts(pred: readonly string[], refs: readonly (readonly string[])[], n: number): RougeCounts {
  const p = ngramCounts(pred, n);
  let hit = 0;
  let rDen = 0;
  let pTotal = 0;
  for (const c of p.values()) pTotal += c;
  for (const ref of refs) {
    const r = ngramCounts(ref, n);
    for (const [g, c] of p) hit += Math.min(c, r.get(g) ?? 0);
    for (const c of r.values()) rDen += c;
  }
  return { hit, pDen: pTotal * refs.length, rDen };
}

/** Unigram-overlap F1 of a prediction against references (averaged): tilse's `compute_rouge_approximation`. */
export function contentSimilarity(pred: readonly string[], refs: readonly (readonly string[])[]): number {
  if (refs.length === 0) return 0;
  let sum = 0;
  for (const ref of refs) {
    const c = rougeCounts(pred, [ref], 1);
    const p = c.pDen ? c.hit / c.pDen : 0;
    const r = c.rDen ? c.hit / c.rDen : 0;
    sum += f1(p, r);
  }
  return sum / refs.length;
}

/**
 * Optimal assignment minimising total cost for a rectangular matrix (rows × cols): returns, for
 * each assigned pair, [row, col]; min(rows, cols) pairs. O(n²m) Hungarian algorithm with potentials.
 */
export function linearSumAssignment(cost: readonly (readonly number[])[]): [number, number][] {
  const rows = cost.length;
  const cols = rows ? cost[0].length : 0;
  if (rows === 0 || cols === 0) return [];
  const transposed = rows > cols;
  const a = transposed ? cols : rows; // a ≤ b
  const b = transposed ? rows : cols;
  const c = (i: number, j: number): number => (transposed ? cost[j][i] : cost[i][j]);
  const u = new Float64Array(a + 1);
  const v = new Float64Array(b + 1);
  const p = new Int32Array(b + 1); // p[j] = row (1-based) assigned to column j
  const way = new Int32Array(b + 1);
  for (let i = 1; i <= a; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(b + 1).fill(Infinity);
    const used = new Uint8Array(b + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= b; j++) {
        if (used[j]) continue;
        const cur = c(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= b; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= b; j++) {
    if (p[j] === 0) continue;
    pairs.push(transposed ? [j - 1, p[j] - 1] : [p[j] - 1, j - 1]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** Each row to its cheapest column (first on ties). */
function assignManyToOne(cost: readonly (readonly number[])[]): [number, number][] {
  return cost.map((row, i) => {
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j] < row[best]) best = j;
    return [i, best] as [number, number];
  });
}

export interface TimelineScores {
  date: PRF;
  concat: { rouge1: PRF; rouge2: PRF };
  agreement: { rouge1: PRF; rouge2: PRF };
  align: { rouge1: PRF; rouge2: PRF };
  alignm1: { rouge1: PRF; rouge2: PRF };
}

function prf(hit: number, pDen: number, rHit: number, rDen: number): PRF {
  const precision = pDen ? hit / pDen : 0;
  const recall = rDen ? rHit / rDen : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

/** All tilse measures for one predicted timeline against one or more reference timelines. */
export function scoreTimeline(
  predicted: DatedSummaries,
  references: readonly DatedSummaries[],
  opts: RougeOptions = {},
): TimelineScores {
  const tok = (s: readonly string[] | undefined): string[] => rougeTokens(s ?? [], opts);
  const predDates = [...predicted.keys()].sort();
  const refDates = [...new Set(references.flatMap((r) => [...r.keys()]))].sort();
  const predTok = new Map(predDates.map((d) => [d, tok(predicted.get(d))]));
  const refTok = new Map(refDates.map((d) => [d, references.map((r) => tok(r.get(d)))]));
  const ns = [1, 2] as const;

  // Date F1 (against the union of reference dates).
  const date = dateF1(predDates, refDates);

  // concat
  const allPred = predDates.flatMap((d) => predTok.get(d)!);
  const allRefs = references.map((r) => tok([...r.keys()].sort().flatMap((d) => r.get(d)!)));
  const concat = Object.fromEntries(
    ns.map((n) => {
      const c = rougeCounts(allPred, allRefs, n);
      return [`rouge${n}`, prf(c.hit, c.pDen, c.hit, c.rDen)];
    }),
  ) as { rouge1: PRF; rouge2: PRF };

  // agreement
  const agreement = Object.fromEntries(
    ns.map((n) => {
      let hit = 0;
      let pDen = 0;
      let rDen = 0;
      for (const d of new Set([...predDates, ...refDates])) {
        const c = rougeCounts(predTok.get(d) ?? [], refTok.get(d) ?? references.map(() => []), n);
        hit += c.hit;
        pDen += c.pDen;
        rDen += c.rDen;
      }
      return [`rouge${n}`, prf(hit, pDen, hit, rDen)];
    }),
  ) as { rouge1: PRF; rouge2: PRF };

  // align (1:1) and align+ m:1
  const predDay = predDates.map((d) => dayNumber(d)!);
  const refDay = refDates.map((d) => dayNumber(d)!);
  const costPrec = predDates.map((pd, i) =>
    refDates.map(
      (rd, j) =>
        (1 - 1 / (Math.abs(predDay[i] - refDay[j]) + 1)) * (1 - contentSimilarity(predTok.get(pd)!, refTok.get(rd)!)),
    ),
  );
  const costRec = refDates.map((_, j) => predDates.map((_2, i) => costPrec[i][j]));
  const aligned = (assign: (c: readonly (readonly number[])[]) => [number, number][]): { rouge1: PRF; rouge2: PRF } => {
    const precPairs = predDates.length && refDates.length ? assign(costPrec) : [];
    const recPairs = predDates.length && refDates.length ? assign(costRec) : [];
    const out: Record<string, PRF> = {};
    for (const n of ns) {
      let pHit = 0;
      let pDen = 0;
      const matchedP = new Set<number>();
      for (const [i, j] of precPairs) {
        matchedP.add(i);
        const c = rougeCounts(predTok.get(predDates[i])!, refTok.get(refDates[j])!, n);
        pHit += c.hit / (Math.abs(predDay[i] - refDay[j]) + 1);
        pDen += c.pDen;
      }
      predDates.forEach((d, i) => {
        if (!matchedP.has(i))
          pDen += rougeCounts(
            predTok.get(d)!,
            references.map(() => []),
            n,
          ).pDen;
      });
      let rHit = 0;
      let rDen = 0;
      const matchedR = new Set<number>();
      for (const [j, i] of recPairs) {
        matchedR.add(j);
        const c = rougeCounts(predTok.get(predDates[i])!, refTok.get(refDates[j])!, n);
        rHit += c.hit / (Math.abs(predDay[i] - refDay[j]) + 1);
        rDen += c.rDen;
      }
      refDates.forEach((d, j) => {
        if (!matchedR.has(j)) rDen += rougeCounts([], refTok.get(d)!, n).rDen;
      });
      out[`rouge${n}`] = prf(pHit, pDen, rHit, rDen);
    }
    return out as { rouge1: PRF; rouge2: PRF };
  };

  return { date, concat, agreement, align: aligned(linearSumAssignment), alignm1: aligned(assignManyToOne) };
}
