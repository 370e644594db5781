/**
 * Event exports: `jsonl`, `csv`, `gdelt`. Writers stream: they take any (async) iterable of
 * events, write one line at a time to a Writable and wait for `drain` when it is full, so an
 * export of a million events never sits in memory.
 */
import type { Writable } from 'node:stream';
import type { StoredEvent } from '../store/store.js';
import { csvHeader, csvRow, type CsvOptions } from './csv.js';
import { gdeltHeader, gdeltRow, type GdeltOptions } from './gdelt.js';
import { jsonlRow, type JsonlOptions } from './jsonl.js';

export { CSV_COLUMNS, csvField, csvHeader, csvRow } from './csv.js';
export { GDELT_COLUMNS, gdeltEventId, gdeltHeader, gdeltRow, sqlDate } from './gdelt.js';
export { jsonlRow } from './jsonl.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = CsvOptions & GdeltOptions & JsonlOptions;

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  gdelt: 'text/tab-separated-values; charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { jsonl: 'jsonl', csv: 'csv', gdelt: 'tsv' };

/** A line-by-line encoder for one format: an optional header, then one string (or nothing) per event. */
export interface EventEncoder {
  header(): string;
  row(e: StoredEvent): string | null;
}

export function encoder(format: ExportFormat, options: ExportOptions = {}): EventEncoder {
  switch (format) {
    case 'jsonl':
      return { header: () => '', row: (e) => jsonlRow(e, options) };
    case 'csv':
      return { header: csvHeader, row: (e) => csvRow(e, options) };
    case 'gdelt':
      return { header: () => (options.header ? gdeltHeader() : ''), row: (e) => gdeltRow(e, options) };
    default:
      throw new Error(`export: expected a format among ${EXPORT_FORMATS.join(', ')}, found "${String(format)}"`);
  }
}

/** Lines of an export, lazily (for HTTP streaming bodies). */
export async function* exportLines(
  events: Iterable<StoredEvent> | AsyncIterable<StoredEvent>,
  format: ExportFormat,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const enc = encoder(format, options);
  const head = enc.header();
  if (head) yield head;
  for await (const e of events) {
    const line = enc.row(e);
    if (line !== null) yield line;
  }
}

/**
 * Writes events to `out` in `format`, honouring back-pressure. Returns the number of events
 * written (skipped ones, like negated events in GDELT, are not counted). Does not end `out`.
 */
export async function writeEvents(
  events: Iterable<StoredEvent> | AsyncIterable<StoredEvent>,
  out: Writable,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<number> {
  const enc = encoder(format, options);
  let count = 0;
  const write = async (s: string) => {
    if (!out.write(s)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          out.off('error', onError);
          resolve();
        };
        const onError = (err: Error) => {
          out.off('drain', onDrain);
          reject(err);
        };
        out.once('drain', onDrain);
        out.once('error', onError);
      });
    }
  };
  const head = enc.header();
  if (head) await write(head);
  for await (const e of events) {
    const line = enc.row(e);
    if (line === null) continue;
    await write(line);
    count++;
  }
  return count;
}
