/**
 * Backend-neutral checks and helpers for queries: parameter validation (shared by the CLI and the
 * HTTP API), date intervals, full-text query building, opaque cursors.
 */
import { StoreError, type ArticleFilter, type EventFilter } from './store.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with real months and days. */
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isFilterDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return false;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
      if (day < 1 || day > days) return false;
    }
  }
  return true;
}

/**
 * The interval a (possibly partial) ISO date covers, as two strings that compare correctly with
 * plain string comparison: `lo` is the date itself, `hi` is the date followed by `~` (which sorts
 * after every digit, `-`, `T` and `:`), so `2017-05` covers `2017-05` … `2017-05~`, i.e. every
 * `2017-05-DD[Thh:mm]`. Null for dates without a known year (`XXXX-08-01`) or unparseable ones.
 */
export function dateInterval(date: string | null | undefined): { lo: string; hi: string } | null {
  if (!date || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(date)) return null;
  return { lo: date, hi: `${date}~` };
}

/** Sort key for event dates: the date, or `~` (after every date) when unknown. */
export function dateSortKey(date: string | null | undefined): string {
  return dateInterval(date)?.lo ?? '~';
}

function bad(message: string): StoreError {
  return new StoreError('bad-param', message);
}

const COUNTRY_RE = /^[A-Za-z]{3}$/;
const PLOVER_RE = /^[A-Za-z][A-Za-z_-]{1,40}$/;
const CAMEO_RE = /^\d{1,4}$/;

function list(name: string, value: string, re: RegExp, expected: string, upper = true): string {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0 || parts.length > 50)
    throw bad(`${name}: expected ${expected} (comma-separated, 1–50), found "${value}"`);
  for (const p of parts) {
    if (!re.test(p)) throw bad(`${name}: expected ${expected}, found "${p}"`);
  }
  return (upper ? parts.map((p) => p.toUpperCase()) : parts).join(',');
}

function text(name: string, value: string, max: number): string {
  const v = value.trim();
  if (v.length === 0) throw bad(`${name}: expected some text, found an empty value; leave the parameter out instead`);
  if (v.length > max) throw bad(`${name}: expected at most ${max} characters, found ${v.length}`);
  return v;
}

function date(name: string, value: string): string {
  const v = value.trim();
  if (!isFilterDate(v)) throw bad(`${name}: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found "${value}"`);
  return v;
}

function limit(value: string | number, max: number): number {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw bad(`limit: expected a whole number from 1 to ${max}, found "${value}"`);
  return n;
}

function cursor(value: string): string {
  if (value.length > 512 || !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new StoreError(
      'bad-cursor',
      `cursor: expected the opaque next_cursor of a previous page, found "${value.slice(0, 40)}"`,
    );
  }
  return value;
}

/** Event filter parameter names, with the CLI's dashed spellings as aliases. */
export const EVENT_FILTER_PARAMS = [
  'actor',
  'source_country',
  'target_country',
  'event',
  'cameo',
  'from',
  'to',
  'q',
  'limit',
  'cursor',
  'order',
] as const;

const ALIASES: Record<string, string> = {
  'source-country': 'source_country',
  'target-country': 'target_country',
  sourceCountry: 'source_country',
  targetCountry: 'target_country',
};

/**
 * Validates and normalises raw event-filter parameters (strings from a URL or the command line).
 * `maxLimit` bounds `limit` (the API passes 500; a CLI export may pass Number.MAX_SAFE_INTEGER
 * and stream with `iterateEvents`, where `limit` caps the total).
 * Unknown names and bad values throw `StoreError('bad-param' | 'bad-cursor')` with a message that
 * says what was expected and what was found.
 */
export function parseEventFilter(raw: Record<string, string | number | undefined>, maxLimit = MAX_LIMIT): EventFilter {
  const f: EventFilter = {};
  for (const [key0, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const key = ALIASES[key0] ?? key0;
    const v = String(value);
    switch (key) {
      case 'actor':
        f.actor = text('actor', v, 200);
        break;
      case 'source_country':
      case 'target_country':
        f[key] = list(key, v, COUNTRY_RE, 'an ISO 3166 alpha-3 country code such as RUS');
        break;
      case 'event':
        f.event = list('event', v, PLOVER_RE, 'a PLOVER event type such as ASSAULT or CONSULT');
        break;
      case 'cameo':
        f.cameo = list('cameo', v, CAMEO_RE, 'a CAMEO event code or prefix of 1–4 digits such as 19 or 190', false);
        break;
      case 'from':
      case 'to':
        f[key] = date(key, v);
        break;
      case 'q':
        f.q = text('q', v, 500);
        break;
      case 'limit':
        f.limit = limit(value, maxLimit);
        break;
      case 'cursor':
        f.cursor = cursor(v);
        break;
      case 'order':
        if (v !== 'asc' && v !== 'desc') throw bad(`order: expected asc or desc, found "${v}"`);
        f.order = v;
        break;
      default:
        throw bad(`unknown parameter "${key0}"; expected one of ${EVENT_FILTER_PARAMS.join(', ')}`);
    }
  }
  if (f.from && f.to && f.from > `${f.to}~`) throw bad(`from (${f.from}) is after to (${f.to}); swap them`);
  return f;
}

export const ARTICLE_FILTER_PARAMS = ['q', 'from', 'to', 'outlet', 'limit', 'cursor'] as const;

export function parseArticleFilter(
  raw: Record<string, string | number | undefined>,
  maxLimit = MAX_LIMIT,
): ArticleFilter {
  const f: ArticleFilter = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const v = String(value);
    switch (key) {
      case 'q':
        f.q = text('q', v, 500);
        break;
      case 'from':
      case 'to':
        f[key] = date(key, v);
        break;
      case 'outlet':
        f.outlet = text('outlet', v, 200);
        break;
      case 'limit':
        f.limit = limit(value, maxLimit);
        break;
      case 'cursor':
        f.cursor = cursor(v);
        break;
      default:
        throw bad(`unknown parameter "${key}"; expected one of ${ARTICLE_FILTER_PARAMS.join(', ')}`);
    }
  }
  return f;
}

/** Page size to use: the filter's, else the default, never above MAX_LIMIT. */
export function pageSize(n: number | undefined): number {
  if (n === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(n) || n < 1) throw bad(`limit: expected a whole number from 1 to ${MAX_LIMIT}, found ${n}`);
  return Math.min(n, MAX_LIMIT);
}

/**
 * Turns user search text into a safe full-text query: every word becomes a quoted term (ANDed),
 * `"several words"` stays a phrase, a trailing `*` keeps prefix search. Operators and punctuation
 * in the user's text are never interpreted. Returns null when nothing searchable is left.
 * The result uses FTS5 syntax; a PostgreSQL backend builds its tsquery from `searchTerms`.
 */
export function searchTerms(q: string): { text: string; prefix: boolean; phrase: boolean }[] {
  const terms: { text: string; prefix: boolean; phrase: boolean }[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push({ text: words.join(' '), prefix: false, phrase: true });
    } else {
      const raw = m[2];
      const prefix = raw.endsWith('*');
      const words = raw.match(/[\p{L}\p{N}]+/gu);
      if (!words) continue;
      // "U.S." or "al-Qaeda" → the words in sequence, as the tokenizer splits them.
      terms.push({ text: words.join(' '), prefix, phrase: words.length > 1 });
    }
  }
  return terms;
}

export function fts5Query(q: string): string | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' ');
}

/** Opaque keyset cursor: base64url of a JSON array. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: ('string' | 'number')[]): (string | number)[] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (!Array.isArray(parts) || parts.length !== shape.length || parts.some((p, i) => typeof p !== shape[i])) {
    throw new StoreError(
      'bad-cursor',
      `cursor: expected the opaque next_cursor of a previous page with the same filters, found "${cursor.slice(0, 40)}"; start again without a cursor`,
    );
  }
  return parts as (string | number)[];
}

/** The range [lo, hi) of codes that start with `prefix` (for index-friendly prefix matching). */
export function prefixRange(prefix: string): { lo: string; hi: string } {
  return { lo: prefix, hi: `${prefix}\uffff` };
}

/** PLOVER types whose two parties play the same part: X consults Y = Y consults X. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/**
 * Key under which the same event reported by several articles is grouped (null: never grouped):
 * the PLOVER type, the two parties (by country when they have one, so "Putin" and "the Kremlin"
 * meet; unordered for symmetric types) and negation. Reports are grouped when their keys are equal
 * and their exact-day dates lie within `DEDUP_WINDOW_DAYS` of each other (see `dedupWindow`).
 */
export function dedupKey(e: {
  date: string | null;
  source: { actor: { id: string; country?: string | null } | null };
  target: { actor: { id: string; country?: string | null } | null } | null;
  plover: { event: string };
  negated: boolean;
}): string | null {
  if (!e.date || !/^\d{4}-\d{2}-\d{2}/.test(e.date) || !e.source.actor) return null;
  const party = (a: { id: string; country?: string | null } | null | undefined) => (a ? (a.country ?? a.id) : '');
  let parties = [party(e.source.actor), party(e.target?.actor)];
  if (SYMMETRIC.has(e.plover.event)) parties = parties.sort();
  return [e.plover.event, ...parties, e.negated ? 'neg' : ''].join('|');
}

/** Days apart two reports of one event may be dated (time zones, reporting lag). */
export const DEDUP_WINDOW_DAYS = 1;

/** The range of exact-day dates a report dated `date` is grouped with. */
export function dedupWindow(date: string): { lo: string; hi: string } {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const day = (d: number) => new Date(t + d * 86_400_000).toISOString().slice(0, 10);
  return { lo: day(-DEDUP_WINDOW_DAYS), hi: `${day(DEDUP_WINDOW_DAYS)}~` };
}
