/**
 * Timeline summarisation on plain in-memory documents: which dates matter for a topic, and one or
 * two sentences saying what happened on each. No store here, so the same code runs behind
 * `chronicle timeline` and in eval/timeline.ts on the Timeline17 corpus.
 *
 * 1. Candidate sentences. A sentence with an exact-day time expression (TIMEX3 `YYYY-MM-DD…`) is
 *    dated by that day (one candidate per day it names); any other sentence by its article's
 *    publication day, as a weaker candidate.
 * 2. Date selection. A day scores by how many distinct articles refer to it in text, plus a
 *    smaller share for the articles published that day (date-reference frequency is the strongest
 *    simple signal known for this task: Tran et al. 2013, Martschat & Markert 2018).
 * 3. Daily summaries. Among the day's candidates, the sentence closest (TF-IDF cosine) to the
 *    day's centroid and to the query wins; further sentences are added only when not redundant.
 */
import type { Span } from '../types.js';
import {
  addInto,
  dayNumber,
  dayToIso,
  dot,
  filterRange,
  idfTable,
  normalize,
  terms,
  tfidf,
  words,
  type Vec,
} from './text.js';

export interface TimelineEntry {
  date: string;
  summary: string[];
  article_ids: string[];
}

/** A document as the timeline needs it. `times` are the stored/tagged time expressions. */
export interface TimelineDoc {
  id: string;
  /** ISO date or date-time, or null. */
  published: string | null;
  title?: string | null;
  text: string;
  sentences: Span[];
  times: { start: number; end: number; value: string; type?: string }[];
}

export interface TimelineOptions {
  /** Query text (the topic); used to rank summary sentences and, softly, dates. */
  query?: string;
  /** Inclusive `YYYY[-MM[-DD]]` bounds on timeline dates. */
  from?: string;
  to?: string;
  /** Number of dates (default 10). */
  maxDates?: number;
  /** Sentences per date: a fixed number, or `auto` (default: 1, a second one when nearly as good). */
  sentencesPerDate?: number | 'auto';
  /** Keep only the sentences this accepts (e.g. those naming an actor). */
  accept?: (doc: TimelineDoc, sentence: Span) => boolean;
  /** Weight of an article published on a day, relative to one referring to it in text (default 0.5). */
  publishedWeight?: number;
  /** Sentences with fewer words are not used as summaries (default 6); more than `maxWords` neither (default 60). */
  minWords?: number;
  maxWords?: number;
  /** Summary-sentence score weights (defaults: query 0.5, explicit date 0.1, lead sentence 0.05, redundancy cut 0.5). */
  queryWeight?: number;
  explicitBonus?: number;
  leadBonus?: number;
  redundancy?: number;
}

interface Candidate {
  doc: number;
  /** Sentence index within its document. */
  index: number;
  text: string;
  day: number;
  explicit: boolean;
  terms: string[];
  vec?: Vec;
}

const EXACT_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** Normalises whitespace and strips bullet/quote debris from the ends of a sentence. */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Days named by time expressions inside [start, end). */
function daysIn(doc: TimelineDoc, s: Span): number[] {
  const out = new Set<number>();
  for (const t of doc.times) {
    if (t.start < s.start || t.end > s.end) continue;
    if (t.type && t.type !== 'DATE' && t.type !== 'TIME') continue;
    const m = EXACT_DAY.exec(t.value);
    if (!m) continue;
    const d = dayNumber(m[1]);
    if (d !== null) out.add(d);
  }
  return [...out].sort((a, b) => a - b);
}

/** Candidate dated sentences of all documents, within the date range. */
function candidates(docs: readonly TimelineDoc[], opts: TimelineOptions): Candidate[] {
  const { lo, hi } = filterRange(opts.from, opts.to);
  const inRange = (d: number): boolean => (lo === null || d >= lo) && (hi === null || d <= hi);
  const out: Candidate[] = [];
  docs.forEach((doc, di) => {
    const pub = dayNumber(doc.published);
    doc.sentences.forEach((s, index) => {
      if (opts.accept && !opts.accept(doc, s)) return;
      const text = clean(doc.text.slice(s.start, s.end));
      if (!text) return;
      const ts = terms(text);
      if (ts.length === 0) return;
      const days = daysIn(doc, s);
      if (days.length) {
        for (const day of days) if (inRange(day)) out.push({ doc: di, index, text, day, explicit: true, terms: ts });
      } else if (pub !== null && inRange(pub)) {
        out.push({ doc: di, index, text, day: pub, explicit: false, terms: ts });
      }
    });
  });
  return out;
}

/** Scores days by the number of distinct articles referring to them (and, less, published on them). */
function scoreDates(
  cands: readonly Candidate[],
  publishedWeight: number,
  queryTerms: Set<string>,
): Map<number, number> {
  const refs = new Map<number, Map<number, number>>();
  const add = (day: number, doc: number, w: number): void => {
    let m = refs.get(day);
    if (!m) refs.set(day, (m = new Map()));
    m.set(doc, Math.max(m.get(doc) ?? 0, w));
  };
  for (const c of cands) {
    // A sentence that shares a word with the query counts a little more than one that does not.
    const rel = queryTerms.size === 0 || c.terms.some((t) => queryTerms.has(t)) ? 1 : 0.75;
    if (c.explicit) add(c.day, c.doc, rel);
  }
  const scores = new Map<number, number>();
  for (const [day, m] of refs) {
    let s = 0;
    for (const w of m.values()) s += w;
    scores.set(day, s);
  }
  if (publishedWeight > 0) {
    const pubDocs = new Map<number, Set<number>>();
    for (const c of cands) {
      if (c.explicit) continue;
      let set = pubDocs.get(c.day);
      if (!set) pubDocs.set(c.day, (set = new Set()));
      set.add(c.doc);
    }
    for (const [day, set] of pubDocs) scores.set(day, (scores.get(day) ?? 0) + publishedWeight * set.size);
  }
  return scores;
}

/** Builds a timeline from in-memory documents. Entries come sorted by date. */
export function computeTimeline(docs: readonly TimelineDoc[], opts: TimelineOptions = {}): TimelineEntry[] {
  const maxDates = opts.maxDates ?? 10;
  const perDate = opts.sentencesPerDate ?? 'auto';
  const minWords = opts.minWords ?? 6;
  const maxWords = opts.maxWords ?? 60;
  const queryTerms = new Set(opts.query ? terms(opts.query) : []);
  const queryWeight = opts.queryWeight ?? 0.5;
  const explicitBonus = opts.explicitBonus ?? 0.1;
  const leadBonus = opts.leadBonus ?? 0.05;
  const redundancy = opts.redundancy ?? 0.5;

  const cands = candidates(docs, opts);
  if (cands.length === 0 || maxDates <= 0) return [];

  const scores = scoreDates(cands, opts.publishedWeight ?? 0.5, queryTerms);
  const days = [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxDates)
    .map(([d]) => d);

  // IDF over all candidate sentences (each sentence once).
  const seen = new Set<string>();
  const sentTerms: string[][] = [];
  for (const c of cands) {
    const k = `${c.doc}:${c.index}`;
    if (seen.has(k)) continue;
    seen.add(k);
    sentTerms.push(c.terms);
  }
  const idf = idfTable(sentTerms);
  const queryVec = queryTerms.size ? tfidf([...queryTerms], idf) : null;

  const byDay = new Map<number, Candidate[]>();
  const chosenDays = new Set(days);
  for (const c of cands) {
    if (!chosenDays.has(c.day)) continue;
    let list = byDay.get(c.day);
    if (!list) byDay.set(c.day, (list = []));
    list.push(c);
  }

  // Which documents carry each normalised sentence (the same wire sentence in several articles).
  const carriers = new Map<string, Set<string>>();
  for (const c of cands) {
    if (!chosenDays.has(c.day)) continue;
    const key = words(c.text).join(' ');
    let set = carriers.get(key);
    if (!set) carriers.set(key, (set = new Set()));
    set.add(docs[c.doc].id);
  }

  const entries: TimelineEntry[] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const list = byDay.get(day) ?? [];
    for (const c of list) c.vec ??= tfidf(c.terms, idf);
    const centroid: Vec = new Map();
    for (const c of list) addInto(centroid, c.vec!, c.explicit ? 1 : 0.5);
    normalize(centroid);

    const scored = list
      .filter((c) => {
        const n = words(c.text).length;
        return n >= minWords && n <= maxWords;
      })
      .map((c) => {
        let s = dot(c.vec!, centroid);
        if (queryVec) s += queryWeight * dot(c.vec!, queryVec);
        if (c.explicit) s += explicitBonus;
        if (c.index < 3) s += leadBonus;
        return { c, s };
      })
      .sort((a, b) => b.s - a.s || a.c.doc - b.c.doc || a.c.index - b.c.index);

    const picked: { c: Candidate; s: number }[] = [];
    const limit = perDate === 'auto' ? 2 : Math.max(1, perDate);
    const seenText = new Set<string>();
    for (const x of scored) {
      if (picked.length >= limit) break;
      const key = words(x.c.text).join(' ');
      if (seenText.has(key)) continue;
      if (picked.some((p) => dot(p.c.vec!, x.c.vec!) > redundancy)) continue;
      if (perDate === 'auto' && picked.length === 1 && x.s < 0.85 * picked[0].s) break;
      seenText.add(key);
      picked.push(x);
    }
    if (picked.length === 0 && list.length) {
      // Only short or long sentences on this day: take the best of them rather than drop the date.
      const best = [...list].sort(
        (a, b) => dot(b.vec!, centroid) - dot(a.vec!, centroid) || a.doc - b.doc || a.index - b.index,
      )[0];
      picked.push({ c: best, s: 0 });
    }
    const ids = new Set<string>();
    for (const p of picked) for (const id of carriers.get(words(p.c.text).join(' ')) ?? [docs[p.c.doc].id]) ids.add(id);
    entries.push({ date: dayToIso(day), summary: picked.map((p) => p.c.text), article_ids: [...ids].sort() });
  }
  return entries;
}
