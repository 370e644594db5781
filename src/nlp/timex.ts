/**
 * Calendar arithmetic and TIMEX3 value formatting used by the time tagger.
 * All dates are proleptic Gregorian calendar days handled in UTC (no time zones involved).
 */

/** A reference date: year, and month/day when known. */
export interface RefDate {
  y: number;
  m: number | null;
  d: number | null;
}

/** Parses an ISO 8601 date or date-time (`2017-05-03`, `2017-05-03T10:00:00Z`, `2017-05`, `2017`). */
export function parseRef(iso: string | null | undefined): RefDate | null {
  if (!iso) return null;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (d !== null && (d < 1 || d > 31)) return null;
  return { y, m: mo, d: mo === null ? null : d };
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function fullRef(r: RefDate | null): YMD | null {
  return r && r.m !== null && r.d !== null ? { y: r.y, m: r.m, d: r.d } : null;
}

const DAY_MS = 86400000;

export function toDays(x: YMD): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / DAY_MS);
}

export function fromDays(n: number): YMD {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: YMD, n: number): YMD {
  return fromDays(toDays(x) + n);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(x: YMD): number {
  const wd = new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week: `{ year, week }`. */
export function isoWeek(x: YMD): { year: number; week: number } {
  const thursday = addDays(x, 4 - isoWeekday(x));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function fmtDate(x: YMD): string {
  return `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`;
}
export function fmtMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}
export function fmtWeek(x: YMD): string {
  const w = isoWeek(x);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Adds `n` months to (y, m). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

/**
 * Turns a TIMEX3 value into an ISO calendar date or partial date (`2017-05-02`, `2017-05`,
 * `2017`) usable as an event date, or null when the value names no calendar period
 * (durations, sets, `PRESENT_REF`, values with `X`). Weeks and quarters become the month they
 * start in; seasons and halves become their year.
 */
export function timexToIsoDate(value: string): string | null {
  if (value.includes('X') || value.startsWith('P') || value.endsWith('_REF')) return null;
  let m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (m) return m[1];
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // Monday of ISO week
    const y = Number(m[1]);
    const jan4 = { y, m: 1, d: 4 };
    const monday = addDays(jan4, 1 - isoWeekday(jan4) + (Number(m[2]) - 1) * 7);
    return fmtMonth(monday.y, monday.m);
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return fmtMonth(Number(m[1]), (Number(m[2]) - 1) * 3 + 1);
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return value;
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI|H1|H2))?$/.exec(value);
  if (m) return m[1];
  return null;
}
