/**
 * JSON Lines export: one Event record per line, exactly as in src/types.ts, plus `sources` when
 * the query grouped duplicates. The `article` reference the store may attach is left out unless
 * asked for, so the lines stay Event records.
 */
import type { StoredEvent } from '../store/store.js';

export interface JsonlOptions {
  includeArticle?: boolean;
}

export function jsonlRow(e: StoredEvent, options: JsonlOptions = {}): string {
  if (!options.includeArticle && e.article !== undefined) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { article, ...event } = e;
    return `${JSON.stringify(event)}\n`;
  }
  return `${JSON.stringify(e)}\n`;
}
