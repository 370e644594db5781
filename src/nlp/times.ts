/**
 * Time expressions, normalised to TIMEX3 values against the reference (publication) date.
 *
 * How it works
 *   1. Rules (regular expressions over one sentence at a time) propose candidate spans, each with
 *      a type and a resolver. Our rules cover what news text uses most: weekdays, months, dates,
 *      years, decades, quarters, seasons, `last/this/next week`, `six years ago`, `a day earlier`,
 *      durations (`six years`, `two-day`, `the last few weeks`), sets (`every week`, `daily`),
 *      present/past/future references (`now`, `recently`, `the future`) and clock times.
 *   2. chrono-node (strict English, `forwardDate: false`) proposes explicit formats our rules do
 *      not cover (e.g. `12/03/2016`, `2016/08/09`); its certain components become the value.
 *   3. Overlaps are settled longest-first; the survivors are resolved in text order, so that
 *      anchored expressions (`a day earlier`, `the next day`) use the last full date mentioned.
 *
 * News past bias: a weekday, a month, or a month-day without a year points to the most recent
 * occurrence, unless the surrounding clause is future tense (`will meet on Friday`, `set to begin
 * on Wednesday`, `is scheduled to … on Friday`), which picks the next occurrence (today included).
 * A month-day is not pushed most of a year back by a past tense when its next occurrence is
 * weeks away ("payable Dec. 7" written in October): the date on the side the tense does not point
 * to may be up to four times nearer. A weekday written with the date picks the year.
 * Anchored expressions ("a day earlier", "at 9 a.m.", "that day") use the last full date of the
 * same paragraph, else the reference date; "that year" uses the last year written out; in results
 * reports, "a year ago" / "last year" / "the year-earlier period" refer to the quarter reported.
 * Without a reference date, values that need one carry `X` (`XXXX-WXX-2`); today's date is never
 * used.
 */
import * as chrono from 'chrono-node/en';
import type { Span, TimeExpr, TimeType } from '../types.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { NUMBER_WORDS } from './numbers.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  fmtDate,
  fmtMonth,
  fmtWeek,
  fullRef,
  isoWeekday,
  pad2,
  pad4,
  parseRef,
  toDays,
  type RefDate,
  type YMD,
} from './timex.js';

export { timexToIsoDate } from './timex.js';

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const DAYPARTS: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  tonight: 'NI',
};
const SMALL_NUMS: Record<string, number> = {
  ...NUMBER_WORDS,
  a: 1,
  an: 1,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  'a hundred': 100,
  'one hundred': 100,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM_RE =
  '(?:(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) and a half|\\d{1,3}\\s+[13]/[24](?![\\d/])|\\d{1,3}(?:\\.\\d+)?(?![\\d,/])|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'a few|a couple of|a couple|couple of|a dozen|a hundred|one hundred|several|few|many|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|a|an)';
const UNIT_RE = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)';
const APPROX_RE =
  '(?:at least|at most|more than|less than|fewer than|no more than|nearly|almost|about|around|roughly|' +
  'approximately|up to|some|just over|just under)';
const DAYPART_RE = '(?:morning|afternoon|evening|night)';

function numValue(s: string): number | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const half = /^(.+) and a half$/.exec(w);
  if (half) {
    const whole = numValue(half[1]);
    return whole === null ? null : whole + 0.5;
  }
  const frac = /^(\d+) ([13])\/([24])$/.exec(w);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (w in SMALL_NUMS) return SMALL_NUMS[w];
  const m =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(
      w,
    );
  if (m) return SMALL_NUMS[m[1]] + SMALL_NUMS[m[2]];
  return null; // few, several, many, some → unspecified
}

function unitOf(s: string): string {
  const u = s.toLowerCase().replace(/s$/, '');
  return u === 'centurie' || u === 'centurys' ? 'century' : u;
}

/** For a fractional amount: the next smaller unit and how many of it make one unit. */
const SUB_UNIT: Record<string, [string, number, boolean]> = {
  // unit: [sub-unit letter, count, sub-unit is a time (T) component]
  hour: ['M', 60, true],
  minute: ['S', 60, true],
  day: ['H', 24, true],
  week: ['D', 7, false],
  year: ['M', 12, false],
};

/** TIMEX3 duration value for n units (n null → unspecified `X`). */
function durationValue(n: number | null, unit: string): string {
  if (n !== null && !Number.isInteger(n) && SUB_UNIT[unit]) {
    // "5 1/2 hours" → PT5H30M, "2 1/2 years" → P2Y6M
    const [sub, k, subIsTime] = SUB_UNIT[unit];
    const whole = Math.floor(n);
    const rest = +((n - whole) * k).toFixed(3);
    if (Number.isInteger(rest)) {
      const head = whole > 0 ? durationValue(whole, unit) : unit === 'hour' || unit === 'minute' ? 'PT' : 'P';
      return subIsTime && !head.includes('T') ? `${head}T${rest}${sub}` : `${head}${rest}${sub}`;
    }
  }
  const x = (k: number): string => (n === null ? 'X' : String(+(n * k).toFixed(3)));
  switch (unit) {
    case 'second':
      return `PT${x(1)}S`;
    case 'minute':
      return `PT${x(1)}M`;
    case 'hour':
      return `PT${x(1)}H`;
    case 'day':
      return `P${x(1)}D`;
    case 'week':
      return `P${x(1)}W`;
    case 'fortnight':
      return `P${x(2)}W`;
    case 'month':
      return `P${x(1)}M`;
    case 'quarter':
      return `P${x(1)}Q`;
    case 'year':
      return `P${x(1)}Y`;
    case 'decade':
      return n === null ? 'PXDE' : `P${x(10)}Y`;
    case 'century':
      return n === null ? 'PXCE' : `P${x(100)}Y`;
    default:
      return `P${x(1)}D`;
  }
}

// ---------------------------------------------------------------------------------------------
// Tense of the clause around an expression

type Tense = 'future' | 'past' | null;

const FUTURE_WORDS = new Set([
  'must',
  'should',
  'deadline',
  'will',
  "'ll",
  'shall',
  'wo',
  "won't",
  'would',
  'scheduled',
  'expected',
  'expects',
  'expect',
  'anticipates',
  'due',
  'planned',
  'plans',
  'plan',
  'planning',
  'upcoming',
  'tomorrow',
  'next',
  'intends',
  'intend',
  'aims',
  'hopes',
  'slated',
  'poised',
]);
const INFINITIVE_FUTURE = new Set([
  'acquire',
  'buy',
  'sell',
  'complete',
  'pay',
  'build',
  'raise',
  'cut',
  'reduce',
  'increase',
  'file',
  'leave',
  'withdraw',
  'deliver',
  'offer',
  'redeem',
  'issue',
  'merge',
  'become',
  'expire',
  'take',
  'resign',
  'step',
  'submit',
  'report',
  'rule',
  'hear',
  'consider',
  'review',
  'implement',
  'introduce',
  'lift',
  'impose',
  'begin',
  'start',
  'meet',
  'take',
  'hold',
  'be',
  'visit',
  'open',
  'attend',
  'travel',
  'resume',
  'launch',
  'sign',
  'vote',
  'host',
  'return',
  'convene',
  'discuss',
  'arrive',
  'hold',
  'announce',
  'release',
  'decide',
  'continue',
  'go',
  'come',
  'end',
  'close',
  'finish',
  'present',
  'testify',
  'appear',
  'fly',
  'speak',
  'publish',
]);
const PAST_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'ago',
  'yesterday',
  'last',
  'began',
  'met',
  'went',
  'came',
  'took',
  'held',
  'made',
  'left',
  'saw',
  'gave',
  'fell',
  'rose',
  'spoke',
  'won',
  'lost',
  'struck',
  'fought',
  'sent',
  'led',
  'brought',
  'thought',
  'bought',
  'became',
  'ran',
  'wrote',
  'broke',
  'got',
  'flew',
  'drove',
  'hit',
  'shot',
  'sold',
  'paid',
  'found',
  'kept',
  'spent',
  'stood',
  'won',
  'meant',
  'felt',
  'knew',
  'grew',
  'threw',
  'drew',
  'chose',
  'arose',
  'forgot',
  'sought',
  'taught',
  'caught',
  'fled',
  'bled',
  'fed',
  'dealt',
  'earlier',
  'previously',
  'since',
  'already',
]);
/** Reporting verbs say when something was said, not when it happens: not tense cues. */
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'tells',
  'told',
  'announced',
  'added',
  'stated',
  'reported',
  'confirmed',
  'explained',
  'noted',
]);
const NOT_PAST_ED = new Set([
  'scheduled',
  'expected',
  'planned',
  'need',
  'proposed',
  'supposed',
  'indeed',
  'red',
  'bed',
  'seed',
  'speed',
  'shed',
  'united',
  'based',
  'concerned',
  'interested',
  'related',
  'armed',
  'called',
  'so-called',
  'detailed',
  'limited',
  'advanced',
  'alleged',
  'embed',
  'hundred',
  'bred',
  'wed',
  'led',
]);

function cueOf(tokens: Token[], i: number): Tense {
  const w = tokens[i].text.toLowerCase();
  if (FUTURE_WORDS.has(w)) {
    if (w === 'due' || w === 'set') return tokens[i + 1]?.text.toLowerCase() === 'to' ? 'future' : null;
    return 'future';
  }
  if (w === 'set' && tokens[i + 1]?.text.toLowerCase() === 'to') return 'future';
  // modal "may"/"might" (lower case: "May" is the month)
  if (tokens[i].text === 'may' || tokens[i].text === 'might') return 'future';
  if (w === 'going' && tokens[i + 1]?.text.toLowerCase() === 'to') return 'future';
  if (INFINITIVE_FUTURE.has(w) && tokens[i - 1]?.text.toLowerCase() === 'to') return 'future';
  if (REPORTING.has(w)) return null;
  if (PAST_WORDS.has(w)) {
    // an irregular participle in a passive or infinitive ("will be held", "to be made") is no
    // past-tense cue; the auxiliary before it decides
    if (/^(?:be|been|being|is|are|am|get|gets)$/.test(tokens[i - 1]?.text.toLowerCase() ?? '')) return null;
    return 'past';
  }
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && /^[a-z-]+$/.test(w)) {
    // "proceed", "succeed", "exceed" are present tense; "agreed", "freed" are past
    if (w.endsWith('eed') && !/(?:agreed|freed|decreed|guaranteed)$/.test(w)) return null;
    // a participle is past only after "was/were/has/had"; after a determiner or "be/is/must be"
    // it is an adjective or a passive ("the reduced dividend", "must be returned by Jan. 14")
    const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
    if (NOT_PAST_BEFORE_PARTICIPLE.has(prev)) return null;
    return 'past';
  }
  return null;
}

const NOT_PAST_BEFORE_PARTICIPLE = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  "'s",
  'get',
  'gets',
  'become',
  'becomes',
  'to',
  'newly',
  'recently',
  'previously',
]);

/**
 * The tense of the clause around a time expression:
 *   1. the nearest cue before it, within its clause (stopping at `, ; : ( —`); a past reporting
 *      verb there means the expression dates the saying ("said on Friday") → past;
 *   2. the nearest cue after it, within its clause (stopping at punctuation and "that"); a
 *      reporting verb right after ("the State Department on Thursday said") → past;
 *   3. the nearest cue before the clause.
 */
function tenseAround(tokens: Token[], start: number, end: number): Tense {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i].start >= start) i--;
  // "as soon as Tuesday", "as early as next week": a earliest-possible date lies ahead
  if (
    i >= 2 &&
    tokens[i].text.toLowerCase() === 'as' &&
    /^(?:soon|early)$/i.test(tokens[i - 1].text) &&
    tokens[i - 2].text.toLowerCase() === 'as'
  )
    return 'future';
  let k = i;
  for (let n = 0; k >= 0 && n < 14; k--, n++) {
    const t = tokens[k].text;
    if (/^[,;:(—–]$/.test(t)) break;
    if (REPORTING.has(t)) return PRESENT_REPORTING.has(t) ? null : 'past';
    const c = cueOf(tokens, k);
    if (c) return c;
  }
  let j = 0;
  while (j < tokens.length && tokens[j].start < end) j++;
  for (let m = j, n = 0; m < tokens.length && n < 8; m++, n++) {
    const t = tokens[m].text;
    if (/^[.,;:!?(—–]$/.test(t) || t === 'that') break;
    if (REPORTING.has(t)) return PRESENT_REPORTING.has(t) ? null : 'past';
    const c = cueOf(tokens, m);
    if (c) return c;
  }
  // a fronted adverbial ("In January, the company bought …"): the clause after the comma
  if (tokens[j]?.text === ',' && i - k <= 2) {
    for (let m = j + 1, n = 0; m < tokens.length && n < 12; m++, n++) {
      const t = tokens[m].text;
      if (/^[.;:!?(—–]$/.test(t) || t === 'that') break;
      if (REPORTING.has(t)) return PRESENT_REPORTING.has(t) ? null : 'past';
      const c = cueOf(tokens, m);
      if (c) return c;
    }
  }
  for (let n = 0, m = k - 1; m >= 0 && n < 10; m--, n++) {
    const t = tokens[m].text;
    if (REPORTING.has(t)) return PRESENT_REPORTING.has(t) ? null : 'past';
    const c = cueOf(tokens, m);
    if (c) return c;
  }
  return null;
}

const PRESENT_REPORTING = new Set(['says', 'say', 'tells']);

// ---------------------------------------------------------------------------------------------
// Resolution helpers

interface State {
  ref: YMD | null;
  refY: number | null;
  refM: number | null;
  /** Last full date mentioned (or the reference date), for anchored expressions. */
  anchor: YMD | null;
  /** Last quarter mentioned (`1989-Q3`), for "a year earlier" in quarterly reports. */
  lastQuarter: string | null;
  /** Last year written out in the text ("June 1998", "in 2011"), for "that year". */
  lastYear: number | null;
  /** Index of the sentence being resolved, and of the one where `lastQuarter` was seen. */
  sentIndex: number;
  lastQuarterAt: number;
}

/**
 * How much further a date on the "wrong" side of the reference may be than one on the side the
 * tense points to: a past-tense clause prefers the last occurrence, but not when it lies most of
 * a year back while the next one is weeks away ("payable Dec. 7", written in late October).
 */
const WRONG_SIDE_WEIGHT = 4;

/** Distance score of a candidate `diff` days (or months) from the reference, given the tense. */
function sideScore(diff: number, tense: Tense): number {
  if (tense === 'future') return diff >= 0 ? diff : -diff * WRONG_SIDE_WEIGHT;
  if (tense === 'past') return diff <= 0 ? -diff : diff * WRONG_SIDE_WEIGHT;
  return Math.abs(diff) + (diff > 0 ? 0.5 : 0);
}

/**
 * Year for (month, day) with no year, by tense. With a weekday (`Monday, Oct. 26`), a year in
 * which that date falls on that weekday wins.
 */
function inferYearMD(m: number, d: number, ref: YMD, tense: Tense, weekday: number | null = null): number {
  const r = toDays(ref);
  let best = ref.y;
  let bestScore = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const dd = Math.min(d, daysInMonth(y, m));
    const day = { y, m, d: dd };
    const diff = toDays(day) - r;
    let score = sideScore(diff, tense);
    if (weekday !== null && isoWeekday(day) !== weekday) score += 10000;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/**
 * Year for a bare month: previous occurrence (this month included), or next when future. Months
 * are coarse, so the tense decides outright (no distance trade-off as for month-day dates).
 */
function inferYearM(m: number, refY: number, refM: number, tense: Tense): number {
  if (tense === 'future') return m >= refM ? refY : refY + 1;
  if (tense === 'past') return m <= refM ? refY : refY - 1;
  // unknown tense: the nearest occurrence, the past one on a tie
  if (m <= refM) return refM - m <= 12 - refM + m ? refY : refY + 1;
  return m - refM < 12 - m + refM ? refY : refY - 1;
}

function weekdayDate(wd: number, ref: YMD, mode: 'past' | 'future' | 'last' | 'next'): YMD {
  const cur = isoWeekday(ref);
  let diff: number;
  if (mode === 'past') diff = -((cur - wd + 7) % 7);
  else if (mode === 'future') diff = (wd - cur + 7) % 7;
  else if (mode === 'last') diff = -((cur - wd + 7) % 7 || 7);
  else diff = (wd - cur + 7) % 7 || 7;
  return addDays(ref, diff);
}

function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Shifts a reference by n units (negative = back), formatted at that unit's granularity. */
function shiftValue(base: YMD | null, baseY: number | null, n: number, unit: string): string | null {
  switch (unit) {
    case 'day':
      return base ? fmtDate(addDays(base, n)) : null;
    case 'week':
    case 'fortnight':
      return base ? fmtWeek(addDays(base, n * (unit === 'week' ? 7 : 14))) : null;
    case 'month': {
      if (!base) return null;
      const r = addMonths(base.y, base.m, n);
      return fmtMonth(r.y, r.m);
    }
    case 'quarter': {
      if (!base) return null;
      const r = addMonths(base.y, base.m, 3 * n);
      return `${pad4(r.y)}-Q${quarterOf(r.m)}`;
    }
    case 'year':
      return baseY === null ? null : pad4(baseY + n);
    case 'decade':
      return baseY === null ? null : pad4(baseY + 10 * n);
    case 'century':
      return baseY === null ? null : pad4(baseY + 100 * n);
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Holidays

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
function easter(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based; -1 = last) ISO weekday `wd` of month `m` of year `y`. */
function nthWeekday(y: number, m: number, wd: number, n: number): YMD {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
}

interface Holiday {
  dateIn(y: number): YMD;
  /** Month and day when the holiday has a fixed date. */
  fixed?: [number, number];
  /** The holiday names a week ("Easter week"). */
  week?: boolean;
}

const fixedHoliday = (m: number, d: number): Holiday => ({ dateIn: (y) => ({ y, m, d }), fixed: [m, d] });

/** Holiday names (lower case, apostrophes normalised) → date rule. US holidays where names collide. */
const HOLIDAYS: [RegExp, Holiday][] = [
  [/^christmas eve$/, fixedHoliday(12, 24)],
  [/^christmas(?: day)?$/, fixedHoliday(12, 25)],
  [/^boxing day$/, fixedHoliday(12, 26)],
  [/^new year's eve$/, fixedHoliday(12, 31)],
  [/^new year's(?: day)?$/, fixedHoliday(1, 1)],
  [/^independence day$/, fixedHoliday(7, 4)],
  [/^valentine's day$/, fixedHoliday(2, 14)],
  [/^halloween$/, fixedHoliday(10, 31)],
  [/^(?:veterans|armistice) day$/, fixedHoliday(11, 11)],
  [/^bastille day$/, fixedHoliday(7, 14)],
  [/^st\.? patrick's day$/, fixedHoliday(3, 17)],
  [/^may day$/, fixedHoliday(5, 1)],
  [/^thanksgiving(?: day)?$/, { dateIn: (y) => nthWeekday(y, 11, 4, 4) }],
  [/^election day$/, { dateIn: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) }],
  [/^labou?r day$/, { dateIn: (y) => nthWeekday(y, 9, 1, 1) }],
  [/^memorial day$/, { dateIn: (y) => nthWeekday(y, 5, 1, -1) }],
  [/^(?:martin luther king(?: jr\.?)?|mlk) day$/, { dateIn: (y) => nthWeekday(y, 1, 1, 3) }],
  [/^presidents'? day$/, { dateIn: (y) => nthWeekday(y, 2, 1, 3) }],
  [/^mother's day$/, { dateIn: (y) => nthWeekday(y, 5, 7, 2) }],
  [/^father's day$/, { dateIn: (y) => nthWeekday(y, 6, 7, 3) }],
  [/^easter(?: sunday)?$/, { dateIn: easter }],
  [/^good friday$/, { dateIn: (y) => addDays(easter(y), -2) }],
  [/^easter monday$/, { dateIn: (y) => addDays(easter(y), 1) }],
  [/^easter week$/, { dateIn: easter, week: true }],
];

const HOLIDAY_RE =
  "Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s(?: Day| Eve)?|Independence Day|Valentine['’]s Day|Halloween|" +
  "(?:Veterans|Armistice) Day|Bastille Day|St\\.? Patrick['’]s Day|May Day|Thanksgiving(?: Day)?|Election Day|" +
  "Labou?r Day|Memorial Day|(?:Martin Luther King(?: Jr\\.?)?|MLK) Day|Presidents['’]? Day|Mother['’]s Day|" +
  "Father['’]s Day|Easter(?: Sunday| Monday| week)?|Good Friday";

function holidayOf(name: string): Holiday | null {
  const n = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  for (const [re, h] of HOLIDAYS) if (re.test(n)) return h;
  return null;
}

const holidayIsWeek = (name: string): boolean => holidayOf(name)?.week === true;

/** Year (reference year ± 1) whose occurrence of a yearly date best fits the tense. */
function inferYearBy(dateIn: (y: number) => YMD, ref: YMD, tense: Tense): number {
  const r = toDays(ref);
  let best = ref.y;
  let bestScore = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const score = sideScore(toDays(dateIn(y)) - r, tense);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Rules

interface Candidate extends Span {
  type: TimeType;
  /** Lower wins among candidates of equal length. */
  prio: number;
  resolve(st: State): string;
  /** True when this expression names a full calendar date (updates the anchor). */
  setsAnchor?: boolean;
  /** True when the expression names a quarter explicitly ("the third quarter"): later
   *  "a year earlier" / "the year-ago period" refer to it. Derived quarters do not count. */
  setsQuarter?: boolean;
}

interface SentenceCtx {
  text: string; // the whole text
  sStart: number;
  sText: string;
  tokens: Token[];
}

type RuleFn = (m: RegExpExecArray, c: SentenceCtx, start: number, end: number) => Candidate | Candidate[] | null;

interface Rule {
  re: RegExp;
  fn: RuleFn;
}

const cap = (s: string): boolean => /^\p{Lu}/u.test(s);
const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')];

function cand(
  start: number,
  end: number,
  type: TimeType,
  resolve: (st: State) => string,
  prio = 5,
  setsAnchor = false,
  flags: { setsQuarter?: boolean } = {},
): Candidate {
  return { start, end, type, prio, resolve, setsAnchor, ...flags };
}

/** "May" and "March" are also common words: accept them as months only with date context. */
function plausibleMonth(word: string, c: SentenceCtx, startInS: number, endInS: number): boolean {
  if (!cap(word)) return false;
  const lw = word.toLowerCase().replace(/\.$/, '');
  if (lw !== 'may' && lw !== 'march' && lw !== 'mar') return true;
  const before = c.sText.slice(Math.max(0, startInS - 12), startInS).toLowerCase();
  const after = c.sText.slice(endInS, endInS + 6);
  return (
    /\b(?:in|since|until|till|by|last|next|this|early|late|mid|of|through|from|to|during|before|after|on)[\s-]*$/.test(
      before,
    ) || /^,?\s*\d/.test(after)
  );
}

function fixedModifierSpan(mod: string | undefined): boolean {
  return mod !== undefined && mod !== '';
}

const RULES: Rule[] = [
  // ISO date 2016-08-09
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    fn: (m, _c, s, e) => {
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return cand(s, e, 'DATE', () => `${m[1]}-${m[2]}-${m[3]}`, 1, true);
    },
  },
  // numeric dates: 03.05.2017 (day first, as in Europe), 05/03/2017 (US month first unless > 12)
  {
    re: /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d./]\d)/g,
    fn: (m, _c, s, e) => {
      let d = Number(m[1]);
      let mo = Number(m[3]);
      if (m[2] === '/' && d <= 12) [d, mo] = [mo, d];
      if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(Number(m[4]), mo)) return null;
      return cand(s, e, 'DATE', () => `${m[4]}-${pad2(mo)}-${pad2(d)}`, 1, true);
    },
  },
  // (Tuesday,) August 9(, 2016) / Aug. 9 / August 9th
  {
    re: new RegExp(
      `\\b(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:\\d)(?:,?\\s+(\\d{4})\\b)?`,
      'gi',
    ),
    fn: (m, c, s, e) => {
      const monthWord = m[2];
      if (!cap(monthWord)) return null;
      const mo = monthOf(monthWord);
      const d = Number(m[3]);
      if (!mo || d < 1 || d > 31) return null;
      const yr = m[4] ? Number(m[4]) : null;
      const weekday = m[1] ? WEEKDAYS[m[1].toLowerCase()] : null;
      const tense = tenseAround(c.tokens, s, e);
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if (yr !== null) return `${pad4(yr)}-${pad2(mo)}-${pad2(d)}`;
          if (!st.ref) return `XXXX-${pad2(mo)}-${pad2(d)}`;
          return `${pad4(inferYearMD(mo, d, st.ref, tense, weekday))}-${pad2(mo)}-${pad2(d)}`;
        },
        1,
        true,
      );
    },
  },
  // the second day of a pair or range: "April 24 and 25", "on May 3 or 4", "June 5-7"
  {
    re: new RegExp(
      `\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(\\s*(?:and|or|to|through|-|–)\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.,]?\\d|\\s*(?:%|percent|per cent|p\\.?m|a\\.?m))(?:,?\\s+(\\d{4})\\b)?`,
      'gd',
    ),
    fn: (m, c, s) => {
      if (!cap(m[1])) return null;
      const mo = monthOf(m[1]);
      const d1 = Number(m[2]);
      const d2 = Number(m[4]);
      if (!mo || d2 < 1 || d2 > 31 || d2 <= d1) return null;
      const yr = m[5] ? Number(m[5]) : null;
      const tense = tenseAround(c.tokens, s, s + m[0].length);
      const [d2Start, d2End] = m.indices?.[4] ?? [0, 0];
      const start = c.sStart + d2Start;
      const end = c.sStart + d2End;
      return cand(
        start,
        end,
        'DATE',
        (st) => {
          if (yr !== null) return `${pad4(yr)}-${pad2(mo)}-${pad2(d2)}`;
          if (!st.ref) return `XXXX-${pad2(mo)}-${pad2(d2)}`;
          return `${pad4(inferYearMD(mo, d1, st.ref, tense))}-${pad2(mo)}-${pad2(d2)}`;
        },
        1,
      );
    },
  },
  // the week of March 6: the ISO week containing that day
  {
    re: new RegExp(
      `\\bthe\\s+week\\s+of\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:\\d)(?:,?\\s+(\\d{4})\\b)?`,
      'g',
    ),
    fn: (m, c, s, e) => {
      const mo = monthOf(m[1]);
      const d = Number(m[2]);
      if (!mo || d < 1 || d > 31) return null;
      const yr = m[3] ? Number(m[3]) : null;
      const tense = tenseAround(c.tokens, s, e);
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          const y = yr ?? (st.ref ? inferYearMD(mo, d, st.ref, tense) : null);
          return y === null ? 'XXXX-WXX' : fmtWeek({ y, m: mo, d: Math.min(d, daysInMonth(y, mo)) });
        },
        1,
      );
    },
  },
  // 9 August (2016) / 9th of August
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    fn: (m, c, s, e) => {
      if (!cap(m[2])) return null;
      const mo = monthOf(m[2]);
      const d = Number(m[1]);
      if (!mo || d < 1 || d > 31) return null;
      const yr = m[3] ? Number(m[3]) : null;
      const tense = tenseAround(c.tokens, s, e);
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if (yr !== null) return `${pad4(yr)}-${pad2(mo)}-${pad2(d)}`;
          if (!st.ref) return `XXXX-${pad2(mo)}-${pad2(d)}`;
          return `${pad4(inferYearMD(mo, d, st.ref, tense))}-${pad2(mo)}-${pad2(d)}`;
        },
        1,
        true,
      );
    },
  },
  // (early|mid|late) March 2011 / March of 2011
  {
    re: new RegExp(
      `\\b(?:(early|mid|late|the end of|the beginning of|the start of|the middle of)[\\s-]+)?(${MONTH_RE}),?\\s+(?:of\\s+)?(\\d{4})\\b`,
      'gi',
    ),
    fn: (m, _c, s, e) => {
      if (!cap(m[2])) return null;
      const mo = monthOf(m[2]);
      if (!mo) return null;
      return cand(s, e, 'DATE', () => fmtMonth(Number(m[3]), mo), 2);
    },
  },
  // (early|mid|late|last|next|this) July — bare month
  {
    re: new RegExp(
      `\\b(?:(early|mid|late|last|next|this|the end of|the beginning of|the start of|the middle of)[\\s-]+)?(${MONTH_RE})(?![\\w-])`,
      'gi',
    ),
    fn: (m, c, s, e) => {
      const word = m[2];
      const sIn = s - c.sStart + (m[0].length - word.length);
      if (!plausibleMonth(word, c, sIn, sIn + word.length) && !fixedModifierSpan(m[1])) return null;
      if (!cap(word)) return null;
      // abbreviations alone are too ambiguous ("Dec", "Jan" as names)
      if (
        !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.)$/.test(
          word,
        )
      )
        return null;
      const mo = monthOf(word);
      const mod = (m[1] ?? '').toLowerCase();
      const tense: Tense = mod === 'last' ? 'past' : mod === 'next' ? 'future' : tenseAround(c.tokens, s, e);
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if (st.refY === null || st.refM === null) return `XXXX-${pad2(mo)}`;
          if (mod === 'this') return fmtMonth(st.refY, mo);
          if (mod === 'last') {
            const y = mo < st.refM ? st.refY : st.refY - 1;
            return fmtMonth(y, mo);
          }
          if (mod === 'next') {
            const y = mo > st.refM ? st.refY : st.refY + 1;
            return fmtMonth(y, mo);
          }
          return fmtMonth(inferYearM(mo, st.refY, st.refM, tense), mo);
        },
        3,
      );
    },
  },
  // decades: the 1990s, the '90s, mid-1990s
  {
    re: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(1[0-9]|20)(\d)0s|'(\d)0s)\b/gi,
    fn: (m, _c, s, e) => {
      const v = m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`;
      return cand(s, e, 'DATE', () => v, 2);
    },
  },
  // years: (in|early|late|mid|fiscal) 2011
  {
    re: /(?<![\d$£€.,:/-])(?:\b(?:(early|mid|late|fiscal|the end of|the beginning of|the start of|the middle of|the year)[\s-]+))?\b((?:1[5-9]|20)\d\d)\b(?![.,:/]\d|%|-\d|\s*(?:percent|per cent|people|troops|soldiers|civilians|km|kilometres|kilometers|miles|tonnes|tons|dollars|euros|members|points)\b)/gi,
    fn: (m, _c, s, e) => {
      const y = m[2];
      return cand(s, e, 'DATE', () => y, 3);
    },
  },
  // quarters and halves: the third quarter (of 2011) / third-quarter / the fiscal first quarter
  {
    re: /\b(?:the\s+)?(?:(?:fiscal|latest|year-earlier|year-ago)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-](?:fiscal\s+)?(quarter|half)(?:\s+of\s+(?:fiscal\s+)?(\d{4})\b)?/gi,
    fn: (m, c, s, e) => {
      const q = ORDINALS[m[1].toLowerCase()];
      const half = m[2].toLowerCase() === 'half';
      if (half && q > 2 && m[1].toLowerCase() !== 'last' && m[1].toLowerCase() !== 'final') return null;
      const yr = m[3] ? Number(m[3]) : null;
      const yearEarlier = /year-(?:earlier|ago)/i.test(m[0]);
      const after = c.text.slice(e, e + 12);
      if (/^\s*(?:of|in)\s+(?:the|a|its|this|his|her)\b/i.test(after) && !yr) return null; // "the first half of the match"
      // a quarter still to come ("will result in a fourth-quarter charge") is not the one reported
      const ahead = tenseAround(c.tokens, s, e) === 'future';
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          const y = yr ?? (st.refY === null ? null : st.refY - (yearEarlier ? 1 : 0));
          const ys = y === null ? 'XXXX' : pad4(y);
          if (half)
            return `${ys}-H${m[1].toLowerCase() === 'last' || m[1].toLowerCase() === 'final' || q === 2 ? 2 : 1}`;
          return `${ys}-Q${q}`;
        },
        2,
        false,
        { setsQuarter: !yearEarlier && !half && !ahead },
      );
    },
  },
  // year-earlier / year-ago (as adjectives): the same period a year before
  {
    re: /\b(?:the\s+)?year-(?:earlier|ago)\b(?!\s+(?:quarter|period)\b)/gi,
    fn: (_m, _c, s, e) =>
      cand(
        s,
        e,
        'DATE',
        (st) => {
          if (st.lastQuarter) return `${pad4(Number(st.lastQuarter.slice(0, 4)) - 1)}${st.lastQuarter.slice(4)}`;
          return st.refY === null ? 'XXXX' : pad4(st.refY - 1);
        },
        5,
      ),
  },
  // the 1988 (third) quarter / the 1988 period: that year's quarter (the one being discussed)
  {
    re: /\b(?:the\s+)?((?:19|20)\d\d)\s+(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-])?(?:fiscal\s+)?(quarter|period)\b/gi,
    fn: (m, _c, s, e) => {
      const y = m[1];
      const q = m[2] ? ORDINALS[m[2].toLowerCase()] : null;
      if (!q && m[3].toLowerCase() === 'period' && !/^the/i.test(m[0])) return null;
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if (q) return `${y}-Q${q}`;
          return st.lastQuarter ? `${y}${st.lastQuarter.slice(4)}` : `${y}-QX`;
        },
        2,
        false,
        { setsQuarter: q !== null },
      );
    },
  },
  // the (latest|same|current|year-earlier) quarter — the quarter being reported
  {
    re: /\b(?:the|this)\s+(?:(latest|current|past|year-earlier|year-ago|same)\s+)?quarter\b(?!s)|\bthe\s+(latest|year-earlier|year-ago|comparable|same)\s+period\b/gi,
    fn: (m, _c, s, e) => {
      const mod = (m[1] ?? m[2] ?? '').toLowerCase();
      const period = m[2] !== undefined;
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if ((period || !/^(?:current|past)$/.test(mod)) && !/^this/i.test(m[0]) && st.lastQuarter) {
            const y = Number(st.lastQuarter.slice(0, 4)) - (mod.startsWith('year-') || mod === 'comparable' ? 1 : 0);
            return `${pad4(y)}${st.lastQuarter.slice(4)}`;
          }
          if (!st.ref) return 'XXXX-QX';
          const cur = mod === 'current' || m[0].toLowerCase().startsWith('this');
          const r = addMonths(st.ref.y, st.ref.m, cur ? 0 : -3);
          const y = r.y - (mod.startsWith('year-') ? 1 : 0);
          return `${pad4(y)}-Q${quarterOf(r.m)}`;
        },
        4,
      );
    },
  },
  // seasons: this summer / last fall / in the spring / early winter
  {
    re: /\b(this past|this coming|this|last|next|early|late|the|in the|during the|mid)[\s-]+(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(\d{4})\b)?/gi,
    fn: (m, c, s, e) => {
      const mod = m[1]
        .toLowerCase()
        .replace(/^this past$/, 'last')
        .replace(/^this coming$/, 'next');
      const season = SEASONS[m[2].toLowerCase()];
      if (
        m[2].toLowerCase() === 'fall' &&
        (mod === 'the' || mod === 'in the' || mod === 'during the' || mod === 'early' || mod === 'late')
      ) {
        if (!m[3]) return null; // "the fall of Aleppo", "late fall in prices"
      }
      if (/^\s+of\b/i.test(c.text.slice(e, e + 4)) && !m[3]) return null;
      const tense = mod === 'last' ? 'past' : mod === 'next' ? 'future' : tenseAround(c.tokens, s, e);
      // span: drop "in the"/"during the" (they are not part of the expression)
      let start = s;
      if (mod === 'in the' || mod === 'during the') start = s + m[0].toLowerCase().indexOf('the');
      return cand(
        start,
        e,
        'DATE',
        (st) => {
          if (m[3]) return `${m[3]}-${season}`;
          if (st.refY === null || st.refM === null) return `XXXX-${season}`;
          const seasonMonth = { SP: 4, SU: 7, FA: 10, WI: 1 }[season] ?? 1;
          let y = st.refY;
          if (mod === 'this') y = st.refY;
          else if (mod === 'last') y = seasonMonth < st.refM - 2 ? st.refY : st.refY - 1;
          else if (mod === 'next') y = seasonMonth > st.refM ? st.refY : st.refY + 1;
          else if (tense === 'future') y = seasonMonth + 2 >= st.refM ? st.refY : st.refY + 1;
          else y = seasonMonth <= st.refM ? st.refY : st.refY - 1;
          return `${pad4(y)}-${season}`;
        },
        3,
      );
    },
  },
  // today / yesterday / tomorrow / tonight / the day before yesterday
  {
    re: /\b(?:the day (?:before yesterday|after tomorrow)|today|yesterday|tomorrow|tonight)\b/gi,
    fn: (m, _c, s, e) => {
      const w = m[0].toLowerCase();
      const off =
        w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : w.includes('after') ? 2 : 0;
      return cand(s, e, 'DATE', (st) => (st.ref ? fmtDate(addDays(st.ref, off)) : 'XXXX-XX-XX'), 2, true);
    },
  },
  // this morning / last night / yesterday afternoon / overnight
  {
    re: /\b(?:(this|last|yesterday|tomorrow|early this|late last|late this|early yesterday)\s+(morning|afternoon|evening|night)|overnight)\b/gi,
    fn: (m, _c, s, e) => {
      const w = (m[1] ?? '').toLowerCase();
      const part = DAYPARTS[(m[2] ?? 'overnight').toLowerCase()];
      const off =
        w.includes('yesterday') || (w.includes('last') && part === 'NI') ? -1 : w.includes('tomorrow') ? 1 : 0;
      const lastNonNight = w.includes('last') && part !== 'NI' ? -1 : 0;
      return cand(
        s,
        e,
        'TIME',
        (st) => (st.ref ? `${fmtDate(addDays(st.ref, off + lastNonNight))}T${part}` : `XXXX-XX-XXT${part}`),
        2,
      );
    },
  },
  // weekdays: (last|this|next|on|coming|past)? Tuesday (morning|night)?
  {
    re: new RegExp(
      `\\b(?:(last|this|next|coming|past|this coming|this past|the previous|the following|the next)\\s+)?(${WEEKDAY_RE})(?:\\s+(${DAYPART_RE}))?\\b`,
      'g',
    ),
    fn: (m, c, s, e) => {
      const wd = WEEKDAYS[m[2].toLowerCase()];
      const mod = (m[1] ?? '').toLowerCase();
      const part = m[3] ? DAYPARTS[m[3].toLowerCase()] : null;
      // "every Tuesday" / "on Tuesdays" are sets, handled elsewhere
      if (/\b(?:every|each)\s+$/i.test(c.text.slice(Math.max(0, s - 7), s))) return null;
      // "Wednesday's ruling": a possessive weekday names something that already happened
      const possessive = /^['’]s\b/.test(c.text.slice(e, e + 3));
      const tense = possessive ? 'past' : tenseAround(c.tokens, s, e);
      let mode: 'past' | 'future' | 'last' | 'next' = tense === 'future' ? 'future' : 'past';
      if (mod === 'last' || mod === 'past' || mod === 'this past') mode = 'last';
      else if (mod === 'next' || mod === 'coming' || mod === 'this coming') mode = 'next';
      return cand(
        s,
        e,
        part ? 'TIME' : 'DATE',
        (st) => {
          const suffix = part ? `T${part}` : '';
          // "the previous Friday", "the following Monday": relative to the day in focus
          if (mod.startsWith('the ') && st.anchor)
            return fmtDate(weekdayDate(wd, st.anchor, mod === 'the previous' ? 'last' : 'next')) + suffix;
          if (!st.ref) return `XXXX-WXX-${wd}${suffix}`;
          return fmtDate(weekdayDate(wd, st.ref, mode)) + suffix;
        },
        2,
        !part,
      );
    },
  },
  // last/this/next/the coming/the past week|month|year|weekend|decade|century
  {
    re: /\b(?:(earlier|later|early|late|the end of|the beginning of|the start of|the middle of|the rest of|mid)[\s-]+)?(last|this|next|the coming|the current|the previous|the past|the following|the same)\s+(week|weekend|month|year|decade|century)\b(?!-)/gi,
    fn: (m, c, s, e) => {
      const rel = m[2].toLowerCase();
      const unit = m[3].toLowerCase();
      // "the past year" and "the coming week" read as durations in news
      if (
        rel === 'the past' ||
        rel === 'the coming' ||
        rel === 'the following' ||
        rel === 'the previous' ||
        rel === 'the same'
      ) {
        if (m[1]) return null;
        if (rel === 'the past' || rel === 'the coming') {
          return cand(s, e, 'DURATION', () => (unit === 'weekend' ? 'P2D' : durationValue(1, unit)), 4);
        }
        // the following / previous week → anchored
        const n = rel === 'the following' ? 1 : rel === 'the previous' ? -1 : 0;
        return cand(
          s,
          e,
          'DATE',
          (st) => periodValue(st.anchor, st.anchor ? st.anchor.y : st.refY, unit, n) ?? 'XXXX',
          4,
        );
      }
      const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      // "net of $3 million, compared with $5 million last year": in a results report, the same
      // quarter a year before
      const comparison =
        rel === 'last' &&
        unit === 'year' &&
        !m[1] &&
        /\b(?:compared (?:with|to)|from|versus|vs\.|against)\b[^.;]*[$£€%\d][^.;]*$/i.test(c.text.slice(c.sStart, s));
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if (comparison && st.lastQuarter && st.sentIndex - st.lastQuarterAt <= 2)
            return `${pad4(Number(st.lastQuarter.slice(0, 4)) - 1)}${st.lastQuarter.slice(4)}`;
          return periodValue(st.ref, st.refY, unit, n, st.refM) ?? xPeriod(unit);
        },
        3,
      );
    },
  },
  // the (full|fiscal|current) year: the year being reported on; "the year ended June 30" is a
  // twelve-month duration
  {
    re: /\b(?:the|its|their)\s+(?:(full|fiscal|current|calendar|whole|entire)\s+)?(?:(fiscal)\s+)?year\b(?![-\w]|\s+(?:\d|before|after|earlier|later|ago|of\s+the\b))/gi,
    fn: (m, c, s, e) => {
      const after = c.text.slice(e, e + 24);
      if (/^\s+(?:that\s+)?(?:ended|ending|ends|through|to\s+(?:date|\w+\.?\s+\d))/i.test(after))
        return cand(s, e, 'DURATION', () => 'P1Y', 4);
      // "the year" is the current one only where a period is being reported ("for the year",
      // "of the year"); elsewhere ("the year the war began") it names some other year
      const before = c.text.slice(Math.max(0, s - 24), s);
      const qualified = m[1] !== undefined || m[2] !== undefined;
      if (!qualified && !/\b(?:for|of|in|during|throughout|through|over)\s+$/i.test(before)) return null;
      if (!qualified && /\b(?:in)\s+$/i.test(before) && /^\s+(?:when|that|in which|before|after)\b/i.test(after))
        return null;
      return cand(s, e, 'DATE', (st) => (st.refY === null ? 'XXXX' : pad4(st.refY)), 4);
    },
  },
  // year-end / year end: the end of the current year, or of the last one ("since year-end")
  {
    re: /\b(?:(?:the|this|last)\s+)?year[- ]end\b(?!-)/gi,
    fn: (m, c, s, e) => {
      const before = c.text.slice(Math.max(0, s - 8), s);
      const last = /^last/i.test(m[0]) || /\bsince\s+$/i.test(before);
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if (st.refY === null) return 'XXXX-12-31';
          return `${pad4(st.refY - (last ? 1 : 0))}-12-31`;
        },
        4,
      );
    },
  },
  // centuries: the 20th century, the eleventh century, this century
  {
    re: /\b(?:(?:the|this|last|next)\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s*)?[\s-]*century\b(?!-old)/gi,
    fn: (m, _c, s, e) => {
      const words: Record<string, number> = {
        first: 1,
        second: 2,
        third: 3,
        fourth: 4,
        fifth: 5,
        sixth: 6,
        seventh: 7,
        eighth: 8,
        ninth: 9,
        tenth: 10,
        eleventh: 11,
        twelfth: 12,
        thirteenth: 13,
        fourteenth: 14,
        fifteenth: 15,
        sixteenth: 16,
        seventeenth: 17,
        eighteenth: 18,
        nineteenth: 19,
        twentieth: 20,
        'twenty-first': 21,
      };
      const lead = (/^(the|this|last|next)\b/i.exec(m[0])?.[1] ?? '').toLowerCase();
      const n = m[1] ? Number(m[1]) : m[2] ? words[m[2].toLowerCase()] : null;
      if (n === null || n === undefined) {
        if (lead !== 'this' && lead !== 'last' && lead !== 'next') return null;
        const k = lead === 'last' ? -1 : lead === 'next' ? 1 : 0;
        return cand(s, e, 'DATE', (st) => periodValue(null, st.refY, 'century', k) ?? 'XX', 4);
      }
      if (n < 1 || n > 30) return null;
      const v = pad2(n - 1);
      return cand(s, e, 'DATE', () => v, 3);
    },
  },
  // parts of the day with no day named: "in the morning", "by mid-afternoon" (the day in focus)
  {
    re: /\b(?:(?:in|during|by|until|through)\s+(?:the\s+)?)(?:(mid|late|early)[\s-]?)?(morning|afternoon|evening)\b(?!\s+(?:of|after|before|when|news|paper|show|session|trading|edition|prayers?)\b)/gi,
    fn: (m, c, s, e) => {
      const part = DAYPARTS[m[2].toLowerCase()];
      const start = s + m[0].search(/(?:the\s+)?(?:mid|late|early)?[\s-]?(?:morning|afternoon|evening)\b/i);
      void c;
      return cand(start, e, 'TIME', (st) => (st.anchor ? `${fmtDate(st.anchor)}T${part}` : `XXXX-XX-XXT${part}`), 6);
    },
  },
  // soon / shortly: the near future (not "as soon as", "soon after", nor in past narration)
  {
    re: /\b(?:very\s+)?(?:soon|shortly)\b(?!\s+(?:as|after|afterward|afterwards|before|thereafter)\b)/gi,
    fn: (_m, c, s, e) => {
      if (/\bas\s+$/i.test(c.text.slice(Math.max(0, s - 4), s))) return null;
      if (tenseAround(c.tokens, s, e) === 'past') return null;
      return cand(s, e, 'DATE', () => 'FUTURE_REF', 8);
    },
  },
  // the weekend
  {
    re: /\b(?:over|at|during|on)?\s*(?:the|this)\s+weekend\b/gi,
    fn: (m, _c, s, e) => {
      const start = s + m[0].search(/(?:the|this)\s+weekend/i);
      return cand(start, e, 'DATE', (st) => (st.ref ? `${weekOfLastWeekend(st.ref)}-WE` : 'XXXX-WXX-WE'), 5);
    },
  },
  // N units ago / N units earlier|later|before|after (anchored)
  {
    re: new RegExp(
      `\\b(?:${APPROX_RE}\\s+)?(${NUM_RE})\\s+(${UNIT_RE})s?\\s+(ago|earlier|later|before|after|previously|since)\\b`,
      'gi',
    ),
    fn: (m, c, s, e) => {
      const n = numValue(m[1]);
      const unit = unitOf(m[2]);
      const dir = m[3].toLowerCase();
      if (dir === 'since' || dir === 'after' || dir === 'before') {
        // "two years after the war" / "days before the vote": anchored on an event, not a date
        const after = c.text.slice(e, e + 10);
        if (!/^\s*(?:[.,;)]|$)/.test(after)) {
          return cand(s, s + m[0].length - m[3].length - 1, 'DURATION', () => durationValue(n, unit), 6);
        }
      }
      if (dir === 'since') return null;
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' ? -1 : 1;
      const anchored = dir !== 'ago';
      // "up 5% from a year ago" in a sentence about a quarter: the same quarter a year before
      const quarterly =
        unit === 'year' &&
        (/\b(?:quarter|period)\b/i.test(c.sText)
          ? 'explicit'
          : /\b(?:earn\w*|income|net|profits?|loss|revenues?|sales|(?:per|a) share)\b/i.test(c.sText)
            ? 'financial'
            : null);
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          if (n === null) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
          if (
            quarterly &&
            st.lastQuarter &&
            Number.isInteger(n) &&
            (quarterly === 'explicit' || st.sentIndex - st.lastQuarterAt <= 3)
          ) {
            return `${pad4(Number(st.lastQuarter.slice(0, 4)) + sign * n)}${st.lastQuarter.slice(4)}`;
          }
          const base = anchored ? st.anchor : st.ref;
          const baseY = anchored ? (st.anchor?.y ?? st.refY) : st.refY;
          if (!Number.isInteger(n)) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
          return shiftValue(base, baseY, sign * n, unit) ?? xPeriod(unit);
        },
        2,
        unit === 'day',
      );
    },
  },
  // the next/following day, the day before/after, the previous day
  {
    re: /\b(?:the\s+(?:next|following|previous|preceding)\s+day|the\s+day\s+(?:before|after)(?=\s*[,.;]))/gi,
    fn: (m, _c, s, e) => {
      const back = /previous|preceding|before/i.test(m[0]);
      return cand(
        s,
        e,
        'DATE',
        (st) => (st.anchor ? fmtDate(addDays(st.anchor, back ? -1 : 1)) : 'XXXX-XX-XX'),
        3,
        true,
      );
    },
  },
  // (the) (last|past|next|first|coming) (few|two|…) units → duration
  {
    re: new RegExp(
      `\\b(?:(?:${APPROX_RE}|for|in)\\s+)?(?:(?:each of\\s+)?the\\s+)?(?:(past|last|next|first|previous|coming|following|final|latest|remaining|recent)\\s+)?(${NUM_RE})[\\s-](${UNIT_RE})s?(?:-(?:long|old))?(\\s+and\\s+a\\s+half)?\\b`,
      'gi',
    ),
    fn: (m, c, s, e) => {
      const n0 = numValue(m[2]);
      const n = n0 !== null && m[4] ? n0 + 0.5 : n0;
      const unit = unitOf(m[3]);
      const numWord = m[2].toLowerCase();
      if ((numWord === 'a' || numWord === 'an') && !m[1]) {
        // "a year" alone is a duration only in "for a year", "a year-long" etc.; "once a year" is a set
        const before = c.text.slice(Math.max(0, s - 12), s).toLowerCase();
        if (/\b(?:once|twice|per|times)\s*$/.test(before)) return null;
      }
      if (numWord === 'many' || numWord === 'some') {
        if (!m[1]) return null;
      }
      // ages ("a 6-year-old", "52 years old") are not time expressions
      if (/-old$/i.test(m[0]) || /^\s*(?:-\s*)?old\b/i.test(c.text.slice(e, e + 6))) return null;
      // "three-quarters", "a quarter of", "a second round"
      if (
        unit === 'quarter' &&
        (/-quarters$/i.test(m[0]) || numWord === 'a' || /^\s+of\b/i.test(c.text.slice(e, e + 4)))
      )
        return null;
      if (
        unit === 'second' &&
        (numWord === 'a' || numWord === 'one') &&
        !/\bfor\s*$/i.test(c.text.slice(Math.max(0, s - 5), s))
      )
        return null;
      // drop leading "for"/"in" from the span, and "the" before an adjectival "two-day"
      let start = s;
      const lead = /^(?:for|in)\s+/i.exec(m[0]);
      if (lead) start = s + lead[0].length;
      const hyphenated = m[0].charAt(m[0].length - m[3].length - 1) === '-' && !/s$/i.test(m[3]);
      if (hyphenated && !m[1]) {
        const the = /^(?:(?:for|in)\s+)?the\s+/i.exec(m[0]);
        if (the) start = s + the[0].length;
      }
      return cand(start, e, 'DURATION', () => durationValue(n, unit), 6);
    },
  },
  // unspecified durations: (for|in|over) years/months/decades; recent years; the past
  {
    re: /\b(?:(?:for|in|over|within)\s+)?(?:(recent|coming|past|the past|the last|the coming|the next)\s+)?(days|weeks|months|years|decades|centuries)\b(?!\s+(?:ago|earlier|later|of\b))/gi,
    fn: (m, c, s, e) => {
      const lead = /^(?:for|in|over|within)\s+/i.exec(m[0]);
      if (!lead && !m[1]) return null;
      const before = c.text.slice(Math.max(0, s - 12), s);
      if (/\b(?:the|a|of|\d+)\s*$/i.test(before) && !m[1]) return null;
      const start = lead ? s + lead[0].length : s;
      const unit = unitOf(m[2]);
      return cand(start, e, 'DURATION', () => durationValue(null, unit), 8);
    },
  },
  // years ago, months ago → past reference
  {
    re: /\b(?:(?:many|some|several|a few)\s+)?(days|weeks|months|years|decades)\s+ago\b/gi,
    fn: (_m, _c, s, e) => cand(s, e, 'DATE', () => 'PAST_REF', 6),
  },
  // present / past / future references
  {
    re: /\b(?:right now|just now|now|currently|at present|presently|nowadays|these days|at the moment|at this time|so far|to date|recently|lately|in the past|in the future|in future|the (?:near |distant |foreseeable )?future|the past|the (?:near|short|long) term|former(?:ly)?)\b(?![\w-])/gi,
    fn: (m, c, s, e) => {
      const w = m[0].toLowerCase();
      if (w === 'former') return null;
      if (w === 'formerly') return cand(s, e, 'DATE', () => 'PAST_REF', 9);
      if (w === 'so far' || w === 'to date') return null;
      let start = s;
      if (w.startsWith('in the ') || w.startsWith('in future')) start = s + 3;
      const v =
        w.includes('past') || w === 'recently' || w === 'recent' || w === 'lately' || w === 'previously'
          ? 'PAST_REF'
          : w.includes('future') || w.includes('term')
            ? 'FUTURE_REF'
            : 'PRESENT_REF';
      return cand(start, e, 'DATE', () => v, 7);
    },
  },
  // current (adjective) in "the current …": present reference
  {
    re: /\b(?<=\b(?:the|its|their|his|her|our)\s)current(?=\s+\p{L})/giu,
    fn: (_m, _c, s, e) => cand(s, e, 'DATE', () => 'PRESENT_REF', 9),
  },
  // sets: every week / each year / every two weeks / every Tuesday / daily / weekly / annually
  {
    re: new RegExp(
      `\\b(?:(?:every|each)\\s+(?:(${NUM_RE})\\s+)?(${UNIT_RE}s?|morning|night|evening|${WEEKDAY_RE})|daily|weekly|monthly|annually|yearly|nightly|hourly)\\b`,
      'gi',
    ),
    fn: (m, _c, s, e) => {
      const w = m[0].toLowerCase();
      const simple: Record<string, string> = {
        daily: 'P1D',
        weekly: 'P1W',
        monthly: 'P1M',
        annually: 'P1Y',
        yearly: 'P1Y',
        nightly: 'TNI',
        hourly: 'PT1H',
      };
      if (simple[w]) return cand(s, e, 'SET', () => simple[w], 5);
      const what = (m[2] ?? '').toLowerCase();
      if (what in WEEKDAYS) return cand(s, e, 'SET', () => `XXXX-WXX-${WEEKDAYS[what]}`, 4);
      if (what in DAYPARTS) return cand(s, e, 'SET', () => `T${DAYPARTS[what]}`, 4);
      const n = m[1] ? numValue(m[1]) : 1;
      return cand(s, e, 'SET', () => durationValue(n, unitOf(what)), 4);
    },
  },
  // holidays, fixed (Christmas, New Year's Day) and movable (Thanksgiving, Easter, Labor Day)
  {
    re: new RegExp(
      `\\b(?:(last|this|next|this year's|last year's|next year's)\\s+)?(${HOLIDAY_RE})(?![\\w'’-])(?:,?\\s+((?:1[5-9]|20)\\d\\d)\\b)?`,
      'g',
    ),
    fn: (m, c, s, e) => {
      const h = holidayOf(m[2]);
      if (!h) return null;
      const mod = (m[1] ?? '').toLowerCase();
      const tense: Tense = mod.startsWith('last')
        ? 'past'
        : mod.startsWith('next')
          ? 'future'
          : tenseAround(c.tokens, s, e);
      return cand(
        s,
        e,
        'DATE',
        (st) => {
          let y: number | null = m[3] ? Number(m[3]) : null;
          if (y === null && st.ref) {
            if (mod.startsWith('this')) y = st.ref.y;
            else y = inferYearBy(h.dateIn, st.ref, tense);
          }
          if (y === null)
            return h.week ? 'XXXX-WXX' : h.fixed ? `XXXX-${pad2(h.fixed[0])}-${pad2(h.fixed[1])}` : 'XXXX-XX-XX';
          const day = h.dateIn(y);
          return h.week ? fmtWeek(day) : fmtDate(day);
        },
        3,
        !holidayIsWeek(m[2]),
      );
    },
  },
  // spelled-out years: nineteen ninety-six, the year two thousand
  {
    re: /\b(?:the year\s+)?(?:(nineteen)\s+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
    fn: (m, _c, s, e) => {
      let y: number | null;
      if (m[1]) {
        const rest = numValue(m[2]);
        y = rest === null ? null : 1900 + rest;
      } else y = 2000 + (m[3] ? (numValue(m[3]) ?? 0) : 0);
      if (y === null) return null;
      const v = String(y);
      return cand(s, e, 'DATE', () => v, 3);
    },
  },
  // the nineties / the eighties
  {
    re: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    fn: (m, c, s, e) => {
      if (!/^the\b/i.test(m[0]) && !/\b(?:the|early|mid|late)\s*-?\s*$/i.test(c.text.slice(Math.max(0, s - 8), s)))
        return null;
      const d = {
        twenties: 2,
        thirties: 3,
        forties: 4,
        fifties: 5,
        sixties: 6,
        seventies: 7,
        eighties: 8,
        nineties: 9,
      }[m[1].toLowerCase()];
      // "in their forties" is an age
      if (/\b(?:their|his|her|my|your|our)\s+$/i.test(c.text.slice(Math.max(0, s - 7), s))) return null;
      return cand(s, e, 'DATE', () => `19${d}`, 4);
    },
  },
  // the end/beginning of the year/month; that year/month/day/week; later that year
  {
    re: /\b(?:(earlier|later|early|late)\s+)?(?:(?:at|by)\s+)?(the end of|the beginning of|the start of|the middle of|that|the same)\s+(the\s+)?(year|month|week|day)\b(?!-)/gi,
    fn: (m, _c, s, e) => {
      const rel = m[2].toLowerCase();
      const unit = m[4].toLowerCase();
      if (rel.startsWith('the ') && rel !== 'the same' && !m[3]) return null; // "the end of year" is rare; require "the end of the year"
      if (rel === 'that' || rel === 'the same') {
        if (m[3]) return null;
        return cand(
          s,
          e,
          'DATE',
          (st) => {
            const base = st.anchor;
            if (unit === 'day') return base ? fmtDate(base) : 'XXXX-XX-XX';
            if (unit === 'year') {
              const y = st.lastYear ?? base?.y ?? st.refY;
              return y === null ? 'XXXX' : pad4(y);
            }
            return periodValue(base, base?.y ?? st.refY, unit, 0) ?? xPeriod(unit);
          },
          4,
        );
      }
      const lead = /^(?:at|by)\s+/i.exec(m[0]);
      const start = lead ? s + lead[0].length : s;
      return cand(start, e, 'DATE', (st) => periodValue(st.ref, st.refY, unit, 0, st.refM) ?? xPeriod(unit), 4);
    },
  },
  // clock times: 10:35 a.m. / 6 p.m. / 14:00 GMT / noon / midnight (+ optional day)
  {
    re: /\b(?:(?:at|around|about)\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|(\d{1,2}):(\d{2})(?:\s*(?:GMT|UTC|EST|EDT|CET|CEST|BST|local time))?|(noon|midnight|midday))(?:\s+(?:on\s+)?(today|yesterday|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?/g,
    fn: (m, c, s, e) => {
      let h: number;
      let min: number;
      if (m[6]) {
        const w = m[6].toLowerCase();
        h = w === 'midnight' ? 24 : 12;
        min = 0;
      } else if (m[3]) {
        h = Number(m[1]);
        min = m[2] ? Number(m[2]) : 0;
        if (h > 12 || min > 59) return null;
        const pm = /^p/i.test(m[3]);
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      } else {
        h = Number(m[4]);
        min = Number(m[5]);
        if (h > 24 || min > 59) return null;
      }
      const dayWord = m[7];
      // drop a leading "at"/"around" from the span
      const lead = /^(?:at|around|about)\s+/i.exec(m[0]);
      const start = lead ? s + lead[0].length : s;
      const end = e;
      const tense = tenseAround(c.tokens, s, e);
      return cand(
        start,
        end,
        'TIME',
        (st) => {
          const hm = `T${pad2(h)}:${pad2(min)}`;
          let day: string;
          if (!st.ref) day = 'XXXX-XX-XX';
          else if (!dayWord || dayWord.toLowerCase() === 'today') day = fmtDate(st.anchor ?? st.ref);
          else if (dayWord.toLowerCase() === 'yesterday') day = fmtDate(addDays(st.ref, -1));
          else if (dayWord.toLowerCase() === 'tomorrow') day = fmtDate(addDays(st.ref, 1));
          else
            day = fmtDate(weekdayDate(WEEKDAYS[dayWord.toLowerCase()], st.ref, tense === 'future' ? 'future' : 'past'));
          if (!dayWord && !st.ref) day = 'XXXX-XX-XX';
          return day + hm;
        },
        1,
      );
    },
  },
];

function weekOfLastWeekend(ref: YMD): string {
  // the weekend just past (or current, when the reference is a Saturday/Sunday)
  const wd = isoWeekday(ref);
  const sat = wd >= 6 ? addDays(ref, 6 - wd) : addDays(ref, -(wd + 1));
  return fmtWeek(sat);
}

function xPeriod(unit: string): string {
  switch (unit) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
    case 'weekend':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
    default:
      return 'XXXX';
  }
}

/** The period (week, month, year…) n steps from the one containing the base date. */
function periodValue(
  base: YMD | null,
  baseY: number | null,
  unit: string,
  n: number,
  baseM: number | null = base?.m ?? null,
): string | null {
  switch (unit) {
    case 'week':
      return base ? fmtWeek(addDays(base, 7 * n)) : null;
    case 'weekend':
      return base ? `${fmtWeek(addDays(base, 7 * n))}-WE` : null;
    case 'month': {
      if (baseY === null || baseM === null) return null;
      const r = addMonths(baseY, baseM, n);
      return fmtMonth(r.y, r.m);
    }
    case 'year':
      return baseY === null ? null : pad4(baseY + n);
    case 'decade':
      return baseY === null ? null : String(Math.floor(baseY / 10) + n);
    case 'century':
      return baseY === null ? null : pad2(Math.floor(baseY / 100) + n);
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// chrono-node, for explicit formats our rules do not cover

function chronoCandidates(c: SentenceCtx): Candidate[] {
  const out: Candidate[] = [];
  // a fixed, arbitrary reference instant: only certain components are used below
  const results = chrono.strict.parse(c.sText, new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false });
  for (const r of results) {
    // ranges ("Aug. 26 to Oct. 20") are left to the rules, which tag each end
    if (r.end) continue;
    // chrono includes a leading preposition ("on 12 March 2015"); TIMEX3 spans do not
    const lead = /^(?:on|in|at|by|from|since|until|till|of|during)\s+/i.exec(r.text);
    const s = c.sStart + r.index + (lead ? lead[0].length : 0);
    const e = c.sStart + r.index + r.text.length;
    const comp = r.start;
    const y = comp.isCertain('year') ? comp.get('year') : null;
    const mo = comp.isCertain('month') ? comp.get('month') : null;
    const d = comp.isCertain('day') ? comp.get('day') : null;
    const h = comp.isCertain('hour') ? comp.get('hour') : null;
    const mi = comp.isCertain('minute') ? (comp.get('minute') ?? 0) : 0;
    if (mo === null && y === null && h === null) continue;
    // only explicit calendar formats: a four-digit year or a month name must be written
    if (!/\b\d{4}\b/.test(r.text) && !new RegExp(MONTH_RE).test(r.text)) continue;
    const tense = tenseAround(c.tokens, s, e);
    out.push(
      cand(
        s,
        e,
        h !== null ? 'TIME' : 'DATE',
        (st) => {
          let year: string;
          if (y !== null) year = pad4(y);
          else if (mo !== null && d !== null && st.ref) year = pad4(inferYearMD(mo, d, st.ref, tense));
          else if (mo !== null && st.refY !== null && st.refM !== null)
            year = pad4(inferYearM(mo, st.refY, st.refM, tense));
          else year = 'XXXX';
          let v = year;
          if (mo !== null) v += `-${pad2(mo)}`;
          if (mo !== null && d !== null) v += `-${pad2(d)}`;
          if (h !== null) {
            if (mo === null || d === null) v = st.ref ? fmtDate(st.anchor ?? st.ref) : 'XXXX-XX-XX';
            v += `T${pad2(h)}:${pad2(mi ?? 0)}`;
          }
          return v;
        },
        9,
        mo !== null && d !== null,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Driver

function sentenceCandidates(text: string, sent: Span): Candidate[] {
  const sText = text.slice(sent.start, sent.end);
  const c: SentenceCtx = { text, sStart: sent.start, sText, tokens: tokenize(text, sent.start, sent.end) };
  const cands: Candidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sText)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const s = sent.start + m.index;
      const e = s + m[0].length;
      const r = rule.fn(m, c, s, e);
      if (r) for (const x of Array.isArray(r) ? r : [r]) if (x.end > x.start) cands.push(x);
    }
  }
  if (/\d/.test(sText)) cands.push(...chronoCandidates(c));
  return cands;
}

/** Keeps the longest non-overlapping candidates (ties: lower prio). */
function selectCandidates(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Trims trailing punctuation and spaces from a span (regexes may swallow a final period). */
function trimSpan(text: string, c: Candidate): void {
  while (c.end > c.start && /[\s,;:]/.test(text[c.end - 1])) c.end--;
  while (c.start < c.end && /\s/.test(text[c.start])) c.start++;
}

/**
 * Finds and normalises the time expressions of `text`.
 * @param reference publication date (ISO) or null; relative expressions resolve against it.
 * @param sentences sentence spans (computed when not given).
 */
export function findTimes(text: string, reference: string | null, sentences?: Span[]): TimeExpr[] {
  const refDate: RefDate | null = parseRef(reference);
  const ref = fullRef(refDate);
  const st: State = {
    ref,
    refY: refDate?.y ?? null,
    refM: refDate?.m ?? null,
    anchor: ref,
    lastQuarter: null,
    lastYear: null,
    sentIndex: 0,
    lastQuarterAt: -99,
  };
  const out: TimeExpr[] = [];
  let prevEnd = 0;
  for (const sent of sentences ?? splitSentences(text)) {
    st.sentIndex++;
    // a new paragraph: anchored expressions ("a day earlier", "at 9 a.m.") go back to the
    // publication date unless the paragraph names a date of its own
    if (text.slice(prevEnd, sent.start).includes('\n')) st.anchor = ref;
    prevEnd = sent.end;
    const kept = selectCandidates(sentenceCandidates(text, sent));
    for (const c of kept) {
      trimSpan(text, c);
      if (c.end <= c.start) continue;
      const value = c.resolve(st);
      if (c.setsQuarter && /^\d{4}-Q[1-4]$/.test(value)) {
        st.lastQuarter = value;
        st.lastQuarterAt = st.sentIndex;
      } else if (st.lastQuarter && /^\d{4}-Q[1-4]$/.test(value) && value.slice(4) === st.lastQuarter.slice(4)) {
        // the report goes on about the same quarter ("the latest quarter", "a year ago")
        st.lastQuarterAt = st.sentIndex;
      }
      if (/\b(?:1[5-9]|20)\d\d\b/.test(text.slice(c.start, c.end)) && /^\d{4}/.test(value)) {
        st.lastYear = Number(value.slice(0, 4));
      }
      if (c.setsAnchor && /^\d{4}-\d{2}-\d{2}/.test(value)) {
        const [y, mo, d] = value.slice(0, 10).split('-').map(Number);
        st.anchor = { y, m: mo, d };
      }
      out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value });
    }
  }
  return out;
}
