/**
 * Publication-date parsing for extraction: strings from meta tags, JSON-LD, URLs and short header
 * lines → ISO `YYYY-MM-DD`. Deterministic, no "today" guessing; every date is checked against a
 * plausible range (1990-01-01 … now + 1 day). Day/month order: a part > 12 decides; dotted dates
 * (`03.05.2017`) are day-first; slashed dates follow `dayFirst` (default: day-first unless the
 * caller says the source is US-style).
 */

export interface DateOptions {
  /** Reference "now" for the future-date check (tests fix it). */
  now?: Date;
  /** Order for ambiguous `a/b/yyyy` dates: true = day first (most of the world), false = month first (US). */
  dayFirst?: boolean;
}

export const MIN_YEAR = 1990;

const MONTHS: Record<string, number> = {};
function addMonths(names: string): void {
  // 12 groups separated by ';' — each a comma-separated list of spellings (full, abbreviations)
  names.split(';').forEach((group, i) => {
    for (const n of group.split(',')) {
      const k = n.trim().toLowerCase();
      if (k) MONTHS[k] = i + 1;
    }
  });
}
// English
addMonths(
  'january,jan;february,feb;march,mar;april,apr;may;june,jun;july,jul;august,aug;september,sep,sept;october,oct;november,nov;december,dec',
);
// German
addMonths(
  'januar,jänner,jän;februar,feber;märz,mär,maerz;april;mai;juni;juli;august;september;oktober,okt;november;dezember,dez',
);
// French
addMonths(
  'janvier,janv;février,fevrier,févr,fevr;mars;avril,avr;mai;juin;juillet,juil;août,aout;septembre;octobre;novembre;décembre,decembre,déc',
);
// Spanish
addMonths(
  'enero,ene;febrero;marzo;abril,abr;mayo;junio;julio;agosto,ago;septiembre,setiembre,set;octubre;noviembre;diciembre,dic',
);
// Italian
addMonths(
  'gennaio,gen;febbraio;marzo;aprile;maggio,mag;giugno,giu;luglio,lug;agosto;settembre,sett;ottobre,ott;novembre;dicembre',
);
// Portuguese
addMonths('janeiro;fevereiro,fev;março,marco;abril;maio;junho;julho;agosto;setembro;outubro,out;novembro;dezembro,dez');
// Dutch
addMonths('januari;februari;maart,mrt;april;mei;juni;juli;augustus;september;oktober;november;december');
// Russian (genitive and nominative)
addMonths(
  'января,январь,янв;февраля,февраль,фев;марта,март;апреля,апрель,апр;мая,май;июня,июнь;июля,июль;августа,август,авг;сентября,сентябрь,сен;октября,октябрь,окт;ноября,ноябрь,ноя;декабря,декабрь,дек',
);

const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace('.', '\\.'))
  .join('|');

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when y/m/d is a real calendar day in the plausible range, else null. */
export function makeDate(y: number, m: number, d: number, opts: DateOptions = {}): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 April etc.
  const now = opts.now ?? new Date();
  const limit = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 86_400_000;
  if (dt.getTime() > limit) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function year(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n + (n < 70 ? 2000 : 1900);
  return n;
}

/** Day/month order of two numbers: a part > 12 decides, else the preference. */
function order(a: number, b: number, dayFirst: boolean): [number, number] {
  if (a > 12 && b <= 12) return [b, a]; // a is the day → [month, day]
  if (b > 12 && a <= 12) return [a, b];
  return dayFirst ? [b, a] : [a, b];
}

const RE_ISO = /(?<!\d)((?:19|20)\d\d)-(\d\d?)-(\d\d?)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?/;
const RE_YMD_SLASH = /(?<!\d)((?:19|20)\d\d)[/.](\d\d?)[/.](\d\d?)(?!\d)/;
const RE_DOTTED = /(?<![\d.])(\d\d?)\.\s?(\d\d?)\.\s?((?:19|20)\d\d|\d\d)(?![\d.]\d)/;
const RE_SLASHED = /(?<![\d/])(\d\d?)[/-](\d\d?)[/-]((?:19|20)\d\d|\d\d)(?![\d/])/;
const RE_COMPACT = /(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;
const RE_D_MONTH_Y = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|of\\s+)?(${MONTH_NAME})\\.?,?\\s*(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)(?!\\d)`,
  'iu',
);
const RE_MONTH_D_Y = new RegExp(
  `(?<![\\p{L}])(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)`,
  'iu',
);

/**
 * The first date found in `s` (an attribute value, a short line), as `YYYY-MM-DD`, or null.
 * Tries unambiguous forms first (ISO, month names), then numeric ones.
 */
export function parseDate(s: string | null | undefined, opts: DateOptions = {}): string | null {
  if (!s) return null;
  const str = s.length > 400 ? s.slice(0, 400) : s;
  let m = RE_ISO.exec(str);
  if (m) {
    const r = makeDate(+m[1], +m[2], +m[3], opts);
    if (r) return r;
  }
  m = RE_MONTH_D_Y.exec(str);
  if (m) {
    const r = makeDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2], opts);
    if (r) return r;
  }
  m = RE_D_MONTH_Y.exec(str);
  if (m) {
    const r = makeDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1], opts);
    if (r) return r;
  }
  m = RE_YMD_SLASH.exec(str);
  if (m) {
    const r = makeDate(+m[1], +m[2], +m[3], opts);
    if (r) return r;
  }
  m = RE_DOTTED.exec(str);
  if (m) {
    const [mo, d] = order(+m[1], +m[2], true);
    const r = makeDate(year(m[3]), mo, d, opts);
    if (r) return r;
  }
  m = RE_SLASHED.exec(str);
  if (m) {
    const [mo, d] = order(+m[1], +m[2], opts.dayFirst ?? true);
    const r = makeDate(year(m[3]), mo, d, opts);
    if (r) return r;
  }
  m = RE_COMPACT.exec(str);
  if (m) {
    const r = makeDate(+m[1], +m[2], +m[3], opts);
    if (r) return r;
  }
  // Unix timestamps (seconds or milliseconds) in attributes
  const ts = /^\s*(\d{10}|\d{13})\s*$/.exec(str);
  if (ts) {
    const ms = ts[1].length === 10 ? +ts[1] * 1000 : +ts[1];
    const d = new Date(ms);
    return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), opts);
  }
  return null;
}

/** Does `s` consist of (little more than) a date? Used for header lines and title-suffix segments. */
export function isDateOnly(s: string, opts: DateOptions = {}): boolean {
  const t = s.trim();
  if (t.length > 60 || !parseDate(t, opts)) return false;
  // Remove date-ish tokens; what is left must be short furniture ("Published", "Updated", a time, a weekday)
  const rest = t
    .replace(new RegExp(`\\b(${MONTH_NAME})\\b`, 'giu'), '')
    .replace(/\d+/g, '')
    .replace(/[\s.,:/\-|()]+/g, ' ')
    .trim();
  return rest.split(' ').filter(Boolean).length <= 4;
}

/** Date in a URL path: `/2017/05/03/`, `/2017-05-03-`, `/20170503`. Month-only paths give null. */
export function dateFromUrl(url: string | null | undefined, opts: DateOptions = {}): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let m = /\/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (m) return makeDate(+m[1], +m[2], +m[3], opts);
  m = /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (m) return makeDate(+m[1], +m[2], +m[3], opts);
  return null;
}

/** Labels that introduce a publication date in page text ("Published: …", "Datum: …"), several languages. */
const DATE_LABEL =
  /(?:^|[\s|>(])(?:published|posted|date|dated|released|veröffentlicht|publiziert|erschienen|erstellt|datum|vom|publié|publié le|mis en ligne|publicado|fecha|pubblicato|data|gepubliceerd|opublikowano|data publikacji)(?: on| am| le| el| il| op)?\s*[:\-–]?\s*/gi;

/**
 * A date announced by a label in page text ("Veröffentlicht am 3. Mai 2017", "Posted on 2017-05-03"),
 * skipping "updated"/"modified" labels. Looks at most `limit` characters.
 */
export function labelledDate(text: string, opts: DateOptions = {}, limit = 200_000): string | null {
  const t = text.length > limit ? text.slice(0, limit) : text;
  DATE_LABEL.lastIndex = 0;
  for (let m: RegExpExecArray | null, n = 0; (m = DATE_LABEL.exec(t)) && n < 50; n++) {
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!/^\d|^[\p{L}]{3,10}\.? \d/u.test(after) && !/^\d/.test(after)) continue;
    const d = parseDate(after, opts);
    if (d) return d;
  }
  return null;
}
