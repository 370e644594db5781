/**
 * Opening a store from a `--db` value: a `postgres://` (or `postgresql://`) URL selects
 * PostgreSQL, anything else is a SQLite file path (default `./chronicle.db`).
 */
import { openSqliteStore, type SqliteOptions } from './sqlite.js';
import { StoreError, type Store } from './store.js';

export * from './store.js';
export {
  parseEventFilter,
  parseArticleFilter,
  isFilterDate,
  EVENT_FILTER_PARAMS,
  ARTICLE_FILTER_PARAMS,
} from './filter.js';
export { openSqliteStore, SqliteStore } from './sqlite.js';
export { SCHEMA_VERSION } from './schema.js';

export const DEFAULT_DB = './chronicle.db';

export interface OpenStoreOptions {
  /** Open for reading only (SQLite: read-only connection; the database must exist and be migrated). */
  readonly?: boolean;
}

export function isPostgresSpec(spec: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(spec);
}

export function openStore(spec: string = DEFAULT_DB, options: OpenStoreOptions = {}): Store {
  const s = spec.trim() || DEFAULT_DB;
  if (isPostgresSpec(s)) {
    throw new StoreError(
      'backend-unavailable',
      'store: the PostgreSQL backend is not available yet in this build; use a SQLite path for --db (e.g. ./chronicle.db)',
    );
  }
  const sqliteOptions: SqliteOptions = { readonly: options.readonly };
  return openSqliteStore(s, sqliteOptions);
}
