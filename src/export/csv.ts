/**
 * CSV export (RFC 4180): a header row, one row per event, CRLF line ends, fields quoted when they
 * hold a comma, a double quote (doubled inside), CR or LF. Nested fields are flattened into the
 * columns below; `plover_context` is semicolon-joined; booleans are `true`/`false`; absent values
 * are empty. `url` and `outlet` come from the event's article when the store attached it.
 *
 * Spreadsheet safety: with `{ spreadsheetSafe: true }` a text field starting with `=`, `+`, `-`,
 * `@`, TAB or CR gets a leading `'` so spreadsheet programs do not run it as a formula (article
 * text is untrusted). Off by default, because it changes the data for every other consumer.
 */
import type { StoredEvent } from '../store/store.js';

export const CSV_COLUMNS = [
  'id',
  'article_id',
  'date',
  'date_from',
  'source_text',
  'source_actor_id',
  'source_name',
  'source_country',
  'source_sector',
  'source_cameo',
  'target_text',
  'target_actor_id',
  'target_name',
  'target_country',
  'target_sector',
  'target_cameo',
  'trigger',
  'plover_event',
  'plover_mode',
  'plover_context',
  'cameo_code',
  'cameo_root',
  'goldstein',
  'quad_class',
  'location_text',
  'location_country',
  'negated',
  'confidence',
  'rule',
  'sentence',
  'sources',
  'url',
  'outlet',
] as const;

export interface CsvOptions {
  spreadsheetSafe?: boolean;
}

type Cell = string | number | boolean | null | undefined;

/** Which columns hold free text (the only ones `spreadsheetSafe` touches). */
const TEXT_COLUMNS = new Set([
  'source_text',
  'source_name',
  'target_text',
  'target_name',
  'trigger',
  'location_text',
  'rule',
  'sentence',
  'url',
  'outlet',
]);

export function csvField(v: Cell, spreadsheetSafe = false): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : String(v);
  if (spreadsheetSafe && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(e: StoredEvent, options: CsvOptions = {}): string {
  const s = e.source;
  const t = e.target;
  const cells: Record<(typeof CSV_COLUMNS)[number], Cell> = {
    id: e.id,
    article_id: e.article_id,
    date: e.date,
    date_from: e.date_from,
    source_text: s?.text,
    source_actor_id: s?.actor?.id,
    source_name: s?.actor?.name,
    source_country: s?.actor?.country,
    source_sector: s?.actor?.sector,
    source_cameo: s?.actor?.cameo,
    target_text: t?.text,
    target_actor_id: t?.actor?.id,
    target_name: t?.actor?.name,
    target_country: t?.actor?.country,
    target_sector: t?.actor?.sector,
    target_cameo: t?.actor?.cameo,
    trigger: e.trigger?.text,
    plover_event: e.plover.event,
    plover_mode: e.plover.mode,
    plover_context: (e.plover.context ?? []).join(';'),
    cameo_code: e.cameo.code,
    cameo_root: e.cameo.root,
    goldstein: e.cameo.goldstein,
    quad_class: e.cameo.quad_class,
    location_text: e.location?.text,
    location_country: e.location?.country,
    negated: e.negated,
    confidence: e.confidence,
    rule: e.rule,
    sentence: e.sentence.text,
    sources: e.sources,
    url: e.article?.url,
    outlet: e.article?.outlet,
  };
  const safe = options.spreadsheetSafe === true;
  return `${CSV_COLUMNS.map((c) => csvField(cells[c], safe && TEXT_COLUMNS.has(c))).join(',')}\r\n`;
}
