/**
 * GDELT 2.0 event-table export: the 61 columns of the GDELT 2.0 Event codebook, in its order,
 * tab-separated, one event per line, no header row (pass `{ header: true }` for one). Tabs and line
 * breaks inside values become spaces. Fields Chronicle does not know are left empty.
 *
 * Column mapping (GDELT column ← Chronicle field):
 *   GLOBALEVENTID          ← stable positive integer: the first 52 bits of SHA-256("<article_id>\0<event id>")
 *                             (fits a JavaScript number and a SQL BIGINT; same event → same number on every export;
 *                             chance of any collision among 1M events ≈ 1e-4)
 *   SQLDATE                ← event `date` as YYYYMMDD; unknown parts are zeros: `2017-05` → 20170500,
 *                             `2017` → 20170000 (never a guessed day); empty when the date or its year is unknown
 *                             (with `{ partialDates: 'first' }`: 20170501 / 20170101 instead)
 *   MonthYear, Year        ← YYYYMM, YYYY of the same date (MonthYear 201700 when only the year is known)
 *   FractionDate           ← YYYY + (MM*30 + DD)/365, 4 decimals, as GDELT computes it (missing parts count 0)
 *   Actor1Code             ← source actor CAMEO code (e.g. RUSGOV)
 *   Actor1Name             ← source actor name
 *   Actor1CountryCode      ← source actor country (ISO 3166 alpha-3, which CAMEO country codes follow)
 *   Actor1KnownGroupCode   ← for international codes (IGO…, NGO…, IMG…): the last 3-letter part (IGOUNO → UNO)
 *   Actor1EthnicCode, Actor1Religion1Code, Actor1Religion2Code ← empty (not coded)
 *   Actor1Type1Code        ← source actor sector (GOV, MIL, REB, …), else the first role code found in the CAMEO code
 *   Actor1Type2Code/3Code  ← further role codes found in the CAMEO code (USAMILGOV → MIL, GOV)
 *   Actor2…                ← the same ten from the target actor (all empty when there is no target)
 *   IsRootEvent            ← 1 when the event's sentence starts the article (offset 0), else 0
 *   EventCode              ← cameo.code;  EventBaseCode ← its first 3 digits;  EventRootCode ← cameo.root
 *   QuadClass              ← cameo.quad_class;  GoldsteinScale ← cameo.goldstein
 *   NumMentions, NumSources, NumArticles ← `sources` (number of articles, when grouped), else 1
 *   AvgTone                ← empty (no tone model)
 *   Actor1Geo_*, Actor2Geo_* (8 each) ← empty (actors are not geolocated)
 *   ActionGeo_FullName     ← location.text; every other ActionGeo_* column empty (GDELT wants FIPS 10-4
 *                             country codes and gazetteer ids/coordinates, which Chronicle does not hold)
 *   DATEADDED              ← when the store first saw the article, YYYYMMDDHHMMSS UTC (empty if unknown)
 *   SOURCEURL              ← the article's URL (empty if unknown)
 * Negated events ("did not attack") have no CAMEO form and are skipped unless `{ negated: 'keep' }`.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../types.js';
import type { StoredEvent } from '../store/store.js';

const ACTOR_COLUMNS = (p: string) => [
  `${p}Code`,
  `${p}Name`,
  `${p}CountryCode`,
  `${p}KnownGroupCode`,
  `${p}EthnicCode`,
  `${p}Religion1Code`,
  `${p}Religion2Code`,
  `${p}Type1Code`,
  `${p}Type2Code`,
  `${p}Type3Code`,
];
const GEO_COLUMNS = (p: string) => [
  `${p}_Type`,
  `${p}_FullName`,
  `${p}_CountryCode`,
  `${p}_ADM1Code`,
  `${p}_ADM2Code`,
  `${p}_Lat`,
  `${p}_Long`,
  `${p}_FeatureID`,
];

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR_COLUMNS('Actor1'),
  ...ACTOR_COLUMNS('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO_COLUMNS('Actor1Geo'),
  ...GEO_COLUMNS('Actor2Geo'),
  ...GEO_COLUMNS('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
];
if (GDELT_COLUMNS.length !== 61) throw new Error(`gdelt: expected 61 columns, found ${GDELT_COLUMNS.length}`);

export interface GdeltOptions {
  header?: boolean;
  /** How to write dates without a day or month: `zero` (default) 20170500, `first` 20170501. */
  partialDates?: 'zero' | 'first';
  /** Negated events are skipped (default) or kept as if asserted. */
  negated?: 'skip' | 'keep';
}

/** CAMEO actor role codes (3 letters) that fill the TypeNCode columns. */
const ROLE_CODES = new Set([
  'GOV',
  'MIL',
  'REB',
  'OPP',
  'PTY',
  'COP',
  'JUD',
  'SPY',
  'INS',
  'SEP',
  'UAF',
  'LEG',
  'ELI',
  'AGR',
  'BUS',
  'CRM',
  'CVL',
  'DEV',
  'EDU',
  'ENV',
  'HLH',
  'HRI',
  'LAB',
  'MED',
  'REF',
  'MOD',
  'RAD',
  'IGO',
  'NGO',
  'NGM',
  'IMG',
  'PKO',
  'SET',
  'REL',
]);

/** Stable positive integer id (≤ 2^52) for an event. */
export function gdeltEventId(articleId: string, eventId: string): number {
  const hex = createHash('sha256').update(`${articleId}\0${eventId}`).digest('hex').slice(0, 13);
  return Math.max(1, parseInt(hex, 16));
}

interface DateParts {
  year: string;
  month: string | null;
  day: string | null;
}

function dateParts(date: string | null | undefined): DateParts | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  return m ? { year: m[1], month: m[2] ?? null, day: m[3] ?? null } : null;
}

export function sqlDate(date: string | null | undefined, partial: 'zero' | 'first' = 'zero'): string {
  const p = dateParts(date);
  if (!p) return '';
  const fill = partial === 'first' ? '01' : '00';
  return `${p.year}${p.month ?? fill}${p.day ?? fill}`;
}

function fractionDate(p: DateParts): string {
  const v = Number(p.year) + (Number(p.month ?? 0) * 30 + Number(p.day ?? 0)) / 365;
  return v.toFixed(4);
}

function dateAdded(iso: string | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(new Date(iso).toISOString()) : null;
  return m ? m.slice(1).join('') : '';
}

function actorFields(actor: Actor | null | undefined): string[] {
  if (!actor) return Array(10).fill('');
  const code = (actor.cameo ?? '').toUpperCase();
  const chunks = code.match(/.{1,3}/g) ?? [];
  const roles = chunks.filter((c, i) => ROLE_CODES.has(c) && !(i === 0 && ['IGO', 'NGO', 'IMG'].includes(c)));
  const types = [...new Set([...(actor.sector ? [actor.sector] : []), ...roles])].slice(0, 3);
  const international = ['IGO', 'NGO', 'IMG', 'NGM'].includes(chunks[0] ?? '') && chunks.length > 1;
  const last = chunks[chunks.length - 1];
  const knownGroup = international && last && last.length === 3 && !ROLE_CODES.has(last) ? last : '';
  return [
    code,
    actor.name,
    actor.country ?? '',
    knownGroup,
    '',
    '',
    '',
    types[0] ?? '',
    types[1] ?? '',
    types[2] ?? '',
  ];
}

function clean(v: string | number): string {
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

export function gdeltHeader(): string {
  return `${GDELT_COLUMNS.join('\t')}\n`;
}

/** One GDELT line for an event, or null when the event is skipped (negated). */
export function gdeltRow(e: StoredEvent, options: GdeltOptions = {}): string | null {
  if (e.negated && options.negated !== 'keep') return null;
  const p = dateParts(e.date);
  const n = e.sources ?? 1;
  const code = e.cameo.code;
  const fields: (string | number)[] = [
    gdeltEventId(e.article_id, e.id),
    sqlDate(e.date, options.partialDates),
    p ? `${p.year}${p.month ?? (options.partialDates === 'first' ? '01' : '00')}` : '',
    p ? p.year : '',
    p ? fractionDate(p) : '',
    ...actorFields(e.source?.actor),
    ...actorFields(e.target?.actor),
    e.sentence.start === 0 ? 1 : 0,
    code,
    code.slice(0, 3),
    e.cameo.root,
    e.cameo.quad_class,
    e.cameo.goldstein,
    n,
    n,
    n,
    '',
    ...Array(8).fill(''),
    ...Array(8).fill(''),
    '',
    e.location?.text ?? '',
    ...Array(6).fill(''),
    dateAdded(e.article?.ingested_at),
    e.article?.url ?? '',
  ];
  if (fields.length !== 61) throw new Error(`gdelt: built ${fields.length} fields for event ${e.id}, expected 61`);
  return `${fields.map(clean).join('\t')}\n`;
}
