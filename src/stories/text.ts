/**
 * Text helpers shared by the stories module: word tokens, stopwords, stemmed terms, sparse TF-IDF
 * vectors and cosine similarity. Pure functions, no state besides small caches.
 */
import { createHash } from 'node:crypto';
import { porterStem } from './porter.js';

/**
 * English function words and very common reporting words that carry no topic. Our own list, in
 * the spirit of the SMART stopword list that ROUGE-1.5.5 uses with `-s`.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above according across after afterwards again against ago all almost alone along already also although always am
among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as aside ask asked asking at away
be became because become becomes becoming been before beforehand behind being below beside besides best better between beyond
both brief but by came can cannot cant could couldn did didn do does doesn doing don done down during each eg eight either
else elsewhere enough especially et etc even ever every everybody everyone everything everywhere ex exactly except far few
fifth first five for former formerly forth four from further furthermore get gets getting given gives go goes going gone got
gotten had hadn hardly has hasn have haven having he hello hence her here hereafter hereby herein hereupon hers herself hi him
himself his hither how however i ie if in inasmuch inc indeed instead into inward is isn it its itself just keep keeps kept
know known knows last lately later latter latterly least less lest let like liked likely little ll look looking looks ltd
mainly many may maybe me mean meanwhile merely might more moreover most mostly mr mrs ms much must my myself namely nd near
nearly necessary need needs neither never nevertheless new next nine no nobody non none noone nor normally not nothing now
nowhere obviously of off often oh ok okay old on once one ones only onto or other others otherwise ought our ours ourselves
out outside over overall own particular particularly per perhaps placed please plus possible presumably probably provides
que quite qv rather rd re really reasonably regarding regardless regards relatively respectively right s said same saw say
saying says second secondly see seeing seem seemed seeming seems seen self selves sensible sent serious seriously seven
several shall she should shouldn since six so some somebody somehow someone something sometime sometimes somewhat somewhere
soon sorry specified specify specifying still sub such sup sure t take taken tell tends th than thank thanks thanx that thats
the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they think third this
thorough thoroughly those though three through throughout thru thus to together told too took toward towards tried tries
truly try trying twice two un under unfortunately unless unlikely until unto up upon us use used useful uses using usually
value various ve very via viz vs want wants was wasn way we welcome well went were weren what whatever when whence whenever
where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why
will willing wish with within without won wonder would wouldn yes yet you your yours yourself yourselves zero`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lowercase word tokens (letters/digits, with an inner apostrophe kept). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RE)) out.push(m[0].replace(/['’]s$/, ''));
  return out;
}

/** Content terms: lowercase words minus stopwords and bare numbers shorter than 4 digits, Porter-stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOPWORDS.has(w)) continue;
    if (/^\d{1,3}$/.test(w)) continue;
    if (w.length === 1) continue;
    out.push(porterStem(w));
  }
  return out;
}

/** Sparse vector: term → weight. */
export type Vec = Map<string, number>;

export function termCounts(ts: string[]): Vec {
  const v: Vec = new Map();
  for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

/** Inverse document frequencies, smoothed: log((N + 1) / (df + 1)) + 1. */
export function idfTable(docs: Iterable<Iterable<string>>): { idf: Map<string, number>; n: number; dflt: number } {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of docs) {
    n++;
    for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [t, c] of df) idf.set(t, Math.log((n + 1) / (c + 1)) + 1);
  return { idf, n, dflt: Math.log(n + 1) + 1 };
}

/** TF-IDF vector (sublinear tf), L2-normalised. */
export function tfidf(ts: string[], idf: { idf: Map<string, number>; dflt: number }): Vec {
  const v: Vec = new Map();
  for (const [t, c] of termCounts(ts)) v.set(t, (1 + Math.log(c)) * (idf.idf.get(t) ?? idf.dflt));
  return normalize(v);
}

export function normalize(v: Vec): Vec {
  let s = 0;
  for (const x of v.values()) s += x * x;
  if (s === 0) return v;
  const k = 1 / Math.sqrt(s);
  for (const [t, x] of v) v.set(t, x * k);
  return v;
}

/** Dot product of two sparse vectors (cosine when both are normalised). */
export function dot(a: Vec, b: Vec): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [t, x] of a) {
    const y = b.get(t);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** Adds `w`·`b` into `a` (in place). */
export function addInto(a: Vec, b: Vec, w = 1): Vec {
  for (const [t, x] of b) a.set(t, (a.get(t) ?? 0) + w * x);
  return a;
}

/** Short stable hash (hex) of a string. */
export function stableHash(s: string, len = 16): string {
  return createHash('sha1').update(s).digest('hex').slice(0, len);
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date or date-time's calendar day (`YYYY-MM-DD…`), or null when it has no day. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

export function dayToIso(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day `YYYY-MM-DD` of an ISO date(-time), or null when it has none. */
export function isoDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m ? m[1] : null;
}

/**
 * Inclusive day range of a filter date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): from the first day of
 * the period to its last. Null bounds mean open.
 */
export function filterRange(from?: string, to?: string): { lo: number | null; hi: number | null } {
  const first = (s: string): number | null => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
    if (!m) return null;
    return Math.floor(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / DAY_MS);
  };
  const last = (s: string): number | null => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
    if (!m) return null;
    const y = Number(m[1]);
    if (m[3]) return Math.floor(Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY_MS);
    if (m[2]) return Math.floor(Date.UTC(y, Number(m[2]), 1) / DAY_MS) - 1;
    return Math.floor(Date.UTC(y + 1, 0, 1) / DAY_MS) - 1;
  };
  return { lo: from ? first(from) : null, hi: to ? last(to) : null };
}
