/**
 * SQLite backend of the Store (better-sqlite3): WAL journal, foreign keys on, a busy timeout so
 * several processes can share one file, versioned migrations (schema.ts), FTS5 for search, and
 * prepared statements reused for every call.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Article, Event, Rejection } from '../types.js';
import {
  dateInterval,
  dateSortKey,
  decodeCursor,
  dedupKey,
  dedupWindow,
  encodeCursor,
  fts5Query,
  pageSize,
  prefixRange,
} from './filter.js';
import { MIGRATIONS, REQUIRED_TABLES, SCHEMA_VERSION } from './schema.js';
import {
  StoreError,
  type Annotations,
  type ArticleFilter,
  type ArticlePage,
  type ArticleRef,
  type ArticleSummary,
  type DocumentInput,
  type EventFilter,
  type EventPage,
  type EventQueryOptions,
  type Store,
  type StoreCapabilities,
  type StoredDocument,
  type StoredEvent,
  type StoredRejection,
} from './store.js';

export interface SqliteOptions {
  /** Open without write access (the HTTP server). The database must exist and be up to date. */
  readonly?: boolean;
  /** Milliseconds to wait for another writer's lock (default 10 s). */
  busyTimeoutMs?: number;
}

type Db = Database.Database;
type Row = Record<string, unknown>;

/** Runs pending migrations; refuses a database made by a newer Chronicle. Returns the version. */
function migrate(db: Db, path: string, readonly: boolean): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      'schema-newer',
      `store: ${path} has schema version ${version}, but this Chronicle knows versions up to ${SCHEMA_VERSION}; ` +
        `upgrade Chronicle to open it, or use another --db`,
    );
  }
  if (version < SCHEMA_VERSION) {
    if (readonly) {
      throw new StoreError(
        'schema-pending',
        `store: ${path} has schema version ${version}, this Chronicle needs ${SCHEMA_VERSION}; ` +
          `open it once for writing (e.g. \`chronicle ingest --db ${path}\` or \`chronicle serve\`) to migrate it`,
      );
    }
    for (let v = version; v < SCHEMA_VERSION; v++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[v]);
        db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  }
  const have = new Set(
    (db.prepare(`SELECT name FROM sqlite_schema WHERE type IN ('table')`).all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  const missing = REQUIRED_TABLES.filter((t) => !have.has(t));
  if (missing.length > 0) {
    throw new StoreError(
      'schema-drift',
      `store: ${path} says schema version ${SCHEMA_VERSION} but lacks table(s) ${missing.join(', ')}; ` +
        `it was not made by Chronicle or was altered by hand — use a fresh --db`,
    );
  }
  return SCHEMA_VERSION;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function checkDocument(doc: DocumentInput): void {
  const a = doc.article;
  if (
    !a ||
    typeof a.id !== 'string' ||
    a.id.length === 0 ||
    typeof a.text !== 'string' ||
    typeof a.source !== 'string'
  ) {
    throw new StoreError(
      'bad-document',
      'store: expected an Article with string id, source and text; found ' + JSON.stringify(a)?.slice(0, 200),
    );
  }
  for (const e of doc.events) {
    if (e.article_id !== a.id) {
      throw new StoreError(
        'bad-document',
        `store: event ${e.id} has article_id "${e.article_id}" but belongs to article "${a.id}"; the coder must copy the article id`,
      );
    }
    if (typeof e.id !== 'string' || !e.cameo?.code || !e.plover?.event || !e.sentence || !e.source) {
      throw new StoreError(
        'bad-document',
        `store: event ${String(e.id)} lacks id, cameo.code, plover.event, sentence or source`,
      );
    }
  }
}

/** FTS5 column filter for the actor-name columns. */
function namesQuery(name: string): string | null {
  const q = fts5Query(`"${name.replace(/"/g, ' ')}"`);
  return q ? `{source_name target_name} : ${q}` : null;
}

export class SqliteStore implements Store {
  readonly capabilities: StoreCapabilities = { backend: 'sqlite', concurrentWriters: false, fullText: true };
  readonly schemaVersion: number;
  private readonly db: Db;
  private readonly stmts: Record<string, Database.Statement>;
  /** Statements built for a filter shape, keyed by their SQL. */
  private readonly dynamic = new Map<string, Database.Statement>();
  private readonly saveTx: (doc: DocumentInput) => boolean;
  private readonly saveManyTx: (docs: DocumentInput[]) => boolean[];

  constructor(
    readonly path: string,
    options: SqliteOptions = {},
  ) {
    const readonly = options.readonly === true;
    if (readonly && path !== ':memory:' && !existsSync(path)) {
      throw new StoreError('not-found', `store: no database at ${path}; run \`chronicle ingest --db ${path} …\` first`);
    }
    try {
      this.db = new Database(path, { readonly, fileMustExist: readonly });
    } catch (err) {
      throw new StoreError('open-failed', `store: cannot open SQLite database ${path}: ${(err as Error).message}`);
    }
    try {
      this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
      if (!readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
      }
      this.db.pragma('foreign_keys = ON');
      this.schemaVersion = migrate(this.db, path, readonly);
      // Planner statistics: refreshed when stale (cheap; SQLite's recommended open-time call).
      if (!readonly) this.db.pragma('optimize = 0x10002');
    } catch (err) {
      this.db.close();
      if (err instanceof StoreError) throw err;
      const msg = (err as Error).message;
      throw new StoreError('open-failed', `store: ${path} is not a usable SQLite database (${msg}); use another --db`);
    }
    const p = (sql: string) => this.db.prepare(sql);
    this.stmts = {};
    if (!readonly) {
      Object.assign(this.stmts, {
        insertArticle:
          p(`INSERT INTO articles (id, source, url, outlet, title, published, published_from, published_key,
            published_lo, published_hi, modified, canonical_url, language, authors, text, annotations, ingested_at)
          VALUES (@id, @source, @url, @outlet, @title, @published, @published_from, @published_key,
            @published_lo, @published_hi, @modified, @canonical_url, @language, @authors, @text, @annotations, @ingested_at)
          ON CONFLICT (id) DO NOTHING`),
        insertEvent:
          p(`INSERT INTO events (id, article_id, date, date_key, date_rkey, date_lo, date_hi, source_actor, source_cameo,
            source_country, source_name, target_actor, target_cameo, target_country, target_name, plover_event, plover_mode,
            cameo_code, cameo_root, quad_class, goldstein, location_country, negated, confidence, sentence, dedup_key, dup_of, json)
          VALUES (@id, @article_id, @date, @date_key, @date_rkey, @date_lo, @date_hi, @source_actor, @source_cameo,
            @source_country, @source_name, @target_actor, @target_cameo, @target_country, @target_name, @plover_event, @plover_mode,
            @cameo_code, @cameo_root, @quad_class, @goldstein, @location_country, @negated, @confidence, @sentence, @dedup_key, @dup_of, @json)`),
        findCanonical: p(
          `SELECT seq FROM events WHERE dedup_key = ? AND dup_of IS NULL AND article_id <> ? AND date_lo BETWEEN ? AND ?
           ORDER BY seq LIMIT 1`,
        ),
        insertInput: p(`INSERT INTO inputs (source, content_hash, article_id, rejected, at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (source, content_hash) DO UPDATE SET article_id = excluded.article_id, rejected = excluded.rejected, at = excluded.at`),
        insertRejection: p(`INSERT INTO rejections (source, code, reason, content_hash, at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (source, content_hash, code) DO UPDATE SET reason = excluded.reason, at = excluded.at`),
      });
    }
    Object.assign(this.stmts, {
      hasArticle: p(`SELECT 1 FROM articles WHERE id = ?`),
      hasSource: p(`SELECT 1 FROM inputs WHERE source = ? AND content_hash = ?`),
      getArticle: p(`SELECT * FROM articles WHERE id = ?`),
      eventsOfArticle: p(`SELECT json FROM events WHERE article_id = ? ORDER BY seq`),
      getEvent: p(`SELECT json FROM events WHERE id = ? ORDER BY seq LIMIT 1`),
      stats: p(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
          (SELECT count(*) FROM rejections) AS rejections`),
      rejections: p(`SELECT source, code, reason, content_hash, at FROM rejections ORDER BY seq DESC LIMIT ?`),
      facetEvents: p(
        `SELECT plover_event AS value, count(*) AS count FROM events GROUP BY plover_event ORDER BY count DESC, value LIMIT 200`,
      ),
      facetCountries: p(`SELECT value, sum(n) AS count FROM (
            SELECT source_country AS value, count(*) AS n FROM events WHERE source_country IS NOT NULL GROUP BY source_country
            UNION ALL
            SELECT target_country AS value, count(*) AS n FROM events WHERE target_country IS NOT NULL GROUP BY target_country)
          GROUP BY value ORDER BY count DESC, value LIMIT 300`),
      facetOutlets: p(
        `SELECT outlet AS value, count(*) AS count FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count DESC, value LIMIT 200`,
      ),
    });
    // `.immediate` takes the write lock at BEGIN, so two writers never deadlock on an upgrade.
    const tx = this.db.transaction((doc: DocumentInput): boolean => this.saveInTx(doc));
    this.saveTx = (doc) => tx.immediate(doc);
    const many = this.db.transaction((docs: DocumentInput[]): boolean[] => docs.map((d) => this.saveInTx(d)));
    this.saveManyTx = (docs) => many.immediate(docs);
  }

  private saveInTx(doc: DocumentInput): boolean {
    const a = doc.article;
    const now = new Date().toISOString();
    const pub = dateInterval(a.published);
    let annotations: Annotations | null = null;
    if (doc.annotated) {
      const { sentences, entities, times, quantities, quotes } = doc.annotated;
      annotations = { sentences, entities, times, quantities, quotes };
      if ('mentions' in doc.annotated) annotations.mentions = doc.annotated.mentions;
    }
    const res = this.stmts.insertArticle.run({
      id: a.id,
      source: a.source,
      url: a.url ?? null,
      outlet: a.outlet ?? null,
      title: a.title ?? null,
      published: a.published ?? null,
      published_from: a.published_from ?? null,
      published_key: a.published ?? '',
      published_lo: pub?.lo ?? null,
      published_hi: pub?.hi ?? null,
      modified: a.modified ?? null,
      canonical_url: a.canonical_url ?? null,
      language: a.language ?? 'und',
      authors: JSON.stringify(a.authors ?? []),
      text: a.text,
      annotations: annotations ? JSON.stringify(annotations) : null,
      ingested_at: now,
    });
    if (doc.content_hash) this.stmts.insertInput.run(a.source, doc.content_hash, a.id, null, now);
    if (res.changes === 0) return false;
    for (const e of doc.events) this.insertEvent(e);
    return true;
  }

  private insertEvent(e: Event): void {
    const iv = dateInterval(e.date);
    const key = dedupKey(e);
    const window = key ? dedupWindow(e.date!) : null;
    const canonical = key
      ? (this.stmts.findCanonical.get(key, e.article_id, window!.lo, window!.hi) as { seq: number } | undefined)
      : undefined;
    const s = e.source.actor;
    const t = e.target?.actor ?? null;
    this.stmts.insertEvent.run({
      id: e.id,
      article_id: e.article_id,
      date: e.date ?? null,
      date_key: dateSortKey(e.date),
      date_rkey: iv ? iv.lo : '',
      date_lo: iv?.lo ?? null,
      date_hi: iv?.hi ?? null,
      source_actor: s?.id ?? null,
      source_cameo: s?.cameo?.toUpperCase() ?? null,
      source_country: s?.country ?? null,
      source_name: s?.name ?? null,
      target_actor: t?.id ?? null,
      target_cameo: t?.cameo?.toUpperCase() ?? null,
      target_country: t?.country ?? null,
      target_name: t?.name ?? null,
      plover_event: e.plover.event,
      plover_mode: e.plover.mode ?? null,
      cameo_code: e.cameo.code,
      cameo_root: e.cameo.root,
      quad_class: Number.isFinite(e.cameo.quad_class) ? e.cameo.quad_class : null,
      goldstein: Number.isFinite(e.cameo.goldstein) ? e.cameo.goldstein : null,
      location_country: e.location?.country ?? null,
      negated: e.negated ? 1 : 0,
      confidence: e.confidence,
      sentence: e.sentence.text,
      dedup_key: key,
      dup_of: canonical?.seq ?? null,
      json: JSON.stringify(e),
    });
  }

  private writable(): void {
    if (this.db.readonly) {
      throw new StoreError(
        'read-only',
        `store: ${this.path} was opened read-only; open it without { readonly: true } to write`,
      );
    }
  }

  async saveDocument(doc: DocumentInput): Promise<{ inserted: boolean }> {
    this.writable();
    checkDocument(doc);
    return { inserted: this.saveTx(doc) };
  }

  async saveDocuments(docs: DocumentInput[]): Promise<{ inserted: boolean }[]> {
    this.writable();
    docs.forEach(checkDocument);
    return this.saveManyTx(docs).map((inserted) => ({ inserted }));
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.stmts.hasArticle.get(id) !== undefined;
  }

  async hasSource(source: string, contentHash: string): Promise<boolean> {
    return this.stmts.hasSource.get(source, contentHash) !== undefined;
  }

  async recordRejection(r: Rejection & { content_hash?: string }): Promise<void> {
    this.writable();
    const now = new Date().toISOString();
    this.db
      .transaction(() => {
        this.stmts.insertRejection.run(r.source, r.code, r.reason, r.content_hash ?? '', now);
        if (r.content_hash) this.stmts.insertInput.run(r.source, r.content_hash, null, r.code, now);
      })
      .immediate();
  }

  private rowToArticle(row: Row): Article {
    return {
      id: row.id as string,
      source: row.source as string,
      url: str(row.url),
      outlet: str(row.outlet),
      title: str(row.title),
      published: str(row.published),
      published_from: str(row.published_from) as Article['published_from'],
      ...(row.modified ? { modified: row.modified as string } : {}),
      ...(row.canonical_url ? { canonical_url: row.canonical_url as string } : {}),
      language: row.language as string,
      authors: JSON.parse(row.authors as string) as string[],
      text: row.text as string,
    };
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.stmts.getArticle.get(id) as Row | undefined;
    return row ? this.rowToArticle(row) : null;
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const row = this.stmts.getEvent.get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as StoredEvent) : null;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.stmts.getArticle.get(id) as Row | undefined;
    if (!row) return null;
    const events = (this.stmts.eventsOfArticle.all(id) as { json: string }[]).map((r) => JSON.parse(r.json) as Event);
    return {
      article: this.rowToArticle(row),
      annotations: row.annotations ? (JSON.parse(row.annotations as string) as Annotations) : null,
      events,
      ingested_at: row.ingested_at as string,
    };
  }

  private prepared(sql: string): Database.Statement {
    let s = this.dynamic.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.dynamic.size > 500) this.dynamic.clear();
      this.dynamic.set(sql, s);
    }
    return s;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticlePage> {
    const limit = pageSize(filter.limit);
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.q !== undefined) {
      const q = fts5Query(filter.q);
      if (q === null) return { articles: [], next_cursor: null };
      where.push(`a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`);
      args.push(q);
    }
    if (filter.from) {
      where.push(`a.published_hi >= ?`);
      args.push(filter.from);
    }
    if (filter.to) {
      where.push(`a.published_lo <= ?`);
      args.push(`${filter.to}~`);
    }
    if (filter.outlet) {
      where.push(`a.outlet = ?`);
      args.push(filter.outlet);
    }
    if (filter.cursor) {
      const [key, seq] = decodeCursor(filter.cursor, ['string', 'number']);
      where.push(`(a.published_key, a.seq) < (?, ?)`);
      args.push(key, seq);
    }
    const sql = `SELECT a.seq, a.id, a.source, a.url, a.outlet, a.title, a.published, a.published_key, a.language,
        substr(a.text, 1, 280) AS snippet, a.ingested_at,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
      FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.published_key DESC, a.seq DESC LIMIT ?`;
    const rows = this.prepared(sql).all(...args, limit + 1) as Row[];
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const articles: ArticleSummary[] = page.map((r) => ({
      id: r.id as string,
      source: r.source as string,
      url: str(r.url),
      outlet: str(r.outlet),
      title: str(r.title),
      published: str(r.published),
      language: r.language as string,
      snippet: r.snippet as string,
      events: r.events as number,
      ingested_at: r.ingested_at as string,
    }));
    const last = page[page.length - 1];
    return {
      articles,
      next_cursor: more && last ? encodeCursor([last.published_key as string, last.seq as number]) : null,
    };
  }

  /** WHERE clause and arguments for an event filter (cursor excluded). */
  private eventWhere(
    filter: EventFilter,
    options: EventQueryOptions,
  ): { where: string[]; args: unknown[]; empty: boolean } {
    const where: string[] = [];
    const args: unknown[] = [];
    let empty = false;
    const inList = (column: string, csv: string, upper = true) => {
      const vals = csv.split(',').map((v) => (upper ? v.trim().toUpperCase() : v.trim()));
      where.push(`${column} IN (${vals.map(() => '?').join(', ')})`);
      args.push(...vals);
    };
    if (filter.article_id !== undefined) {
      where.push(`e.article_id = ?`);
      args.push(filter.article_id);
    }
    if (filter.actor !== undefined) {
      const a = filter.actor.trim();
      const cam = prefixRange(a.toUpperCase());
      const terms = [
        `e.source_actor = ?`,
        `e.target_actor = ?`,
        `(e.source_cameo >= ? AND e.source_cameo < ?)`,
        `(e.target_cameo >= ? AND e.target_cameo < ?)`,
      ];
      args.push(a, a, cam.lo, cam.hi, cam.lo, cam.hi);
      const names = namesQuery(a);
      if (names) {
        terms.push(`e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`);
        args.push(names);
      }
      where.push(`(${terms.join(' OR ')})`);
    }
    if (filter.source_country) inList('e.source_country', filter.source_country);
    if (filter.target_country) inList('e.target_country', filter.target_country);
    if (filter.event) inList('e.plover_event', filter.event);
    if (filter.cameo) {
      const codes = filter.cameo.split(',').map((c) => c.trim());
      where.push(`(${codes.map(() => `(e.cameo_code >= ? AND e.cameo_code < ?)`).join(' OR ')})`);
      for (const c of codes) {
        const r = prefixRange(c);
        args.push(r.lo, r.hi);
      }
    }
    // Exact overlap test on date_lo/date_hi, plus a looser range on the indexed sort key (equal
    // to date_lo for dated events) so the date index can narrow the scan.
    const keyCol = filter.order === 'desc' ? 'e.date_rkey' : 'e.date_key';
    if (filter.from) {
      where.push(`e.date_hi >= ?`, `${keyCol} >= ?`);
      args.push(filter.from, filter.from.slice(0, 4));
    }
    if (filter.to) {
      where.push(`e.date_lo <= ?`, `${keyCol} <= ?`);
      args.push(`${filter.to}~`, `${filter.to}~`);
    }
    if (filter.q !== undefined) {
      const q = fts5Query(filter.q);
      if (q === null) empty = true;
      else {
        where.push(`e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`);
        args.push(`{sentence} : (${q})`);
      }
    }
    if (options.dedup) where.push(`e.dup_of IS NULL`);
    return { where, args, empty };
  }

  async queryEvents(filter: EventFilter = {}, options: EventQueryOptions = {}): Promise<EventPage> {
    const limit = pageSize(filter.limit);
    const { where, args, empty } = this.eventWhere(filter, options);
    if (empty) return { events: [], next_cursor: null };
    const desc = filter.order === 'desc';
    // Ascending: undated ('~') last; descending: undated ('') last.
    const keyCol = desc ? 'e.date_rkey' : 'e.date_key';
    if (filter.cursor) {
      const [key, seq] = decodeCursor(filter.cursor, ['string', 'number']);
      where.push(`(${keyCol}, e.seq) ${desc ? '<' : '>'} (?, ?)`);
      args.push(key, seq);
    }
    // Pick the page on narrow rows first (the sort never carries the JSON), then fetch its rows.
    const dir = desc ? 'DESC' : 'ASC';
    const cols = [`p.seq`, `p.sort_key`, `e.json`];
    let join = '';
    if (options.dedup) {
      cols.push(`1 + (SELECT count(DISTINCT d.article_id) FROM events d WHERE d.dup_of = e.seq) AS sources`);
    }
    if (options.withArticle) {
      cols.push(
        `a.url AS a_url, a.outlet AS a_outlet, a.title AS a_title, a.published AS a_published, a.ingested_at AS a_ingested_at`,
      );
      join = `JOIN articles a ON a.id = e.article_id`;
    }
    const sql = `SELECT ${cols.join(', ')} FROM (
        SELECT e.seq AS seq, ${keyCol} AS sort_key FROM events e
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${keyCol} ${dir}, e.seq ${dir} LIMIT ?
      ) AS p
      JOIN events e ON e.seq = p.seq ${join}
      ORDER BY p.sort_key ${dir}, p.seq ${dir}`;
    const rows = this.prepared(sql).all(...args, limit + 1) as Row[];
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const events = page.map((r) => {
      const ev = JSON.parse(r.json as string) as StoredEvent;
      if (options.dedup) ev.sources = r.sources as number;
      if (options.withArticle) {
        const ref: ArticleRef = {
          id: ev.article_id,
          url: str(r.a_url),
          outlet: str(r.a_outlet),
          title: str(r.a_title),
          published: str(r.a_published),
          ingested_at: r.a_ingested_at as string,
        };
        ev.article = ref;
      }
      return ev;
    });
    const last = page[page.length - 1];
    return { events, next_cursor: more && last ? encodeCursor([last.sort_key as string, last.seq as number]) : null };
  }

  async *iterateEvents(filter: EventFilter = {}, options: EventQueryOptions = {}): AsyncIterable<StoredEvent> {
    // Pages of complete queries rather than one open cursor: memory stays bounded, and the
    // connection is free between pages for other requests (better-sqlite3 forbids nesting).
    let left = filter.limit ?? Infinity;
    let cursor = filter.cursor;
    while (left > 0) {
      const page = await this.queryEvents({ ...filter, limit: Math.min(1000, left), cursor }, options);
      yield* page.events;
      left -= page.events.length;
      if (!page.next_cursor) return;
      cursor = page.next_cursor;
    }
  }

  async stats() {
    const r = this.stmts.stats.get() as { articles: number; events: number; rejections: number };
    return { articles: r.articles, events: r.events, rejections: r.rejections };
  }

  async facets() {
    return {
      plover_events: this.stmts.facetEvents.all() as { value: string; count: number }[],
      countries: this.stmts.facetCountries.all() as { value: string; count: number }[],
      outlets: this.stmts.facetOutlets.all() as { value: string; count: number }[],
    };
  }

  async rejections(options: { limit?: number } = {}): Promise<StoredRejection[]> {
    const rows = this.stmts.rejections.all(options.limit ?? 1000) as Row[];
    return rows.map((r) => ({
      source: r.source as string,
      code: r.code as string,
      reason: r.reason as string,
      content_hash: (r.content_hash as string) || null,
      at: r.at as string,
    }));
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Keeps the planner's statistics current (an OR of actor columns vs. the date index is
    // 100× faster or slower depending on them). Best effort: a busy database just skips it.
    if (!this.db.readonly) {
      try {
        this.db.pragma('optimize');
      } catch {
        /* another writer holds the lock; statistics will be refreshed next time */
      }
    }
    this.db.close();
  }
}

/** Opens (creating and migrating if needed) a SQLite store at `path`. */
export function openSqliteStore(path: string, options: SqliteOptions = {}): Store {
  return new SqliteStore(path, options);
}
