/**
 * The store: one interface, several backends (SQLite now, PostgreSQL later). Nothing here is
 * SQLite-specific; backend differences are the `capabilities` flags, never `if (sqlite)` in callers.
 *
 * Every method returns a Promise so that a network database can implement the same interface;
 * the SQLite backend resolves at once.
 *
 * Semantics shared by all backends (the test suite in test/store/ runs against each):
 * - `saveDocument` writes one document (article, annotations, events) in ONE transaction and is
 *   idempotent: an article id already present adds nothing and returns `{ inserted: false }`.
 *   A crash mid-ingest therefore loses nothing committed and duplicates nothing on rerun.
 * - `hasSource(source, contentHash)` tells ingest it already read this exact input (stored or
 *   rejected), so a rerun can skip it without parsing.
 * - Date filters (`from`, `to`, inclusive) take `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. An event date is
 *   an interval at its own precision (`2017-05` = the whole of May 2017) and matches when that
 *   interval OVERLAPS the filter range. Events without a year (`XXXX-08-01`) or without a date
 *   never match a date filter.
 * - Events come ordered by date (undated last), then by insertion; pagination is keyset-based and
 *   the cursor is opaque.
 */
import type { Annotated, Article, Event, Linked, Rejection } from '../types.js';

/** Annotations stored beside an article (the Annotated record minus the article). */
export interface Annotations {
  sentences: Annotated['sentences'];
  entities: Annotated['entities'];
  times: Annotated['times'];
  quantities: Annotated['quantities'];
  quotes: Annotated['quotes'];
  /** Present when a Linked record was saved. */
  mentions?: Linked['mentions'];
}

export interface DocumentInput {
  article: Article;
  /** Annotated (or Linked) record of the article; stored as JSON. */
  annotated?: Annotated | Linked;
  events: Event[];
  /** Hash of the raw input content, recorded with `article.source` for `hasSource`. */
  content_hash?: string;
}

/** A few facts about the article an event came from (for exports and the UI). */
export interface ArticleRef {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** When the store first saw the article (ISO 8601 UTC). */
  ingested_at: string;
}

/** An Event as the store returns it: the Event record plus optional extras (never required). */
export type StoredEvent = Event & {
  /** Number of distinct articles reporting this event (only with `dedup: true`). */
  sources?: number;
  /** Only with `withArticle: true`. */
  article?: ArticleRef;
};

export interface StoredDocument {
  article: Article;
  annotations: Annotations | null;
  events: Event[];
  ingested_at: string;
}

export interface EventFilter {
  /** Source OR target actor: registry id (case-insensitive), CAMEO actor code prefix, or name (whole words, case-insensitive). */
  actor?: string;
  /** ISO 3166 alpha-3 of the source actor; several may be given comma-separated. */
  source_country?: string;
  target_country?: string;
  /** PLOVER event type, e.g. `ASSAULT` (case-insensitive; comma-separated list allowed). */
  event?: string;
  /** CAMEO event code prefix, e.g. `19` or `190` (comma-separated list allowed). */
  cameo?: string;
  /** Inclusive, `YYYY[-MM[-DD]]`. */
  from?: string;
  to?: string;
  /** Full-text search over the event sentence (words ANDed; `"a phrase"`; `word*` for a prefix). */
  q?: string;
  /** Events of one article. */
  article_id?: string;
  /** Page size (default 100, at most 10000). */
  limit?: number;
  /** Opaque cursor from a previous page's `next_cursor`. */
  cursor?: string;
  /** `asc` (default): oldest first. `desc`: newest first. */
  order?: 'asc' | 'desc';
}

export interface EventQueryOptions {
  /** Attach `article` (url, outlet, title, published, ingested_at) to each event. */
  withArticle?: boolean;
  /** Return one event per cross-article duplicate group, with `sources` = number of articles. */
  dedup?: boolean;
}

export interface EventPage {
  events: StoredEvent[];
  next_cursor: string | null;
}

export interface ArticleFilter {
  /** Full-text search over title and text. */
  q?: string;
  from?: string;
  to?: string;
  /** Exact outlet name (case-insensitive). */
  outlet?: string;
  limit?: number;
  cursor?: string;
}

/** An article without its text, for lists. */
export interface ArticleSummary {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string;
  /** First characters of the text. */
  snippet: string;
  events: number;
  ingested_at: string;
}

export interface ArticlePage {
  articles: ArticleSummary[];
  next_cursor: string | null;
}

export interface StoredRejection extends Rejection {
  content_hash: string | null;
  at: string;
}

export interface StoreStats {
  articles: number;
  events: number;
  rejections: number;
}

export interface Facet {
  value: string;
  count: number;
}

export interface StoreFacets {
  plover_events: Facet[];
  countries: Facet[];
  outlets: Facet[];
}

/** What a backend can do; callers branch on these, never on the backend's name. */
export interface StoreCapabilities {
  backend: 'sqlite' | 'postgres';
  /** Several processes may write at once (job queue for `chronicle worker`). */
  concurrentWriters: boolean;
  /** Full-text search is ranked by the backend's own engine (FTS5 / tsvector). */
  fullText: boolean;
}

export interface Store {
  readonly capabilities: StoreCapabilities;
  /** Schema version of the open database. */
  readonly schemaVersion: number;

  saveDocument(doc: DocumentInput): Promise<{ inserted: boolean }>;
  /**
   * Several documents in ONE transaction (much faster for bulk ingest; each document is still
   * all-or-nothing and idempotent). All are checked first: one malformed document throws and
   * nothing is written.
   */
  saveDocuments(docs: DocumentInput[]): Promise<{ inserted: boolean }[]>;
  hasArticle(id: string): Promise<boolean>;
  hasSource(source: string, contentHash: string): Promise<boolean>;
  /** Idempotent per (source, content_hash, code): a rerun updates the reason, adds no row. */
  recordRejection(r: Rejection & { content_hash?: string }): Promise<void>;

  getArticle(id: string): Promise<Article | null>;
  /** One event by id (the first stored, if several articles carry the same id). */
  getEvent(id: string): Promise<StoredEvent | null>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listArticles(filter?: ArticleFilter): Promise<ArticlePage>;

  queryEvents(filter?: EventFilter, options?: EventQueryOptions): Promise<EventPage>;
  /**
   * Matching events, streamed page by page (memory stays bounded); for exports of any size.
   * `limit` here caps the TOTAL (no cap when absent); `cursor` resumes after a page.
   */
  iterateEvents(filter?: EventFilter, options?: EventQueryOptions): AsyncIterable<StoredEvent>;

  stats(): Promise<StoreStats>;
  facets(): Promise<StoreFacets>;
  rejections(options?: { limit?: number }): Promise<StoredRejection[]>;
  close(): Promise<void>;
}

/** A store error with a stable code; the API turns `bad-*` codes into 400 responses. */
export class StoreError extends Error {
  constructor(
    /** `bad-cursor`, `bad-param`, `schema-newer`, `schema-pending`, `backend-unavailable`, `bad-document`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
