/**
 * The SQLite schema, as an ordered list of migrations. Migration N (1-based) brings a database
 * from version N-1 to N; the version lives in `PRAGMA user_version`. Never edit a released
 * migration: append a new one. A database newer than this list is refused (see sqlite.ts).
 *
 * Design notes:
 * - `articles.seq` / `events.seq` are integer keys for FTS5 external-content tables and keyset
 *   pagination; the public ids stay the records' own `id`.
 * - Events keep their full JSON (`json`) plus indexed columns for every filter.
 * - `date_key` is the event date (`~` when unknown, so undated events sort last in ascending
 *   order); `date_rkey` is the same with `` for unknown (last in descending order); `date_lo` /
 *   `date_hi` are its interval at its own precision (see filter.ts `dateInterval`).
 * - Cross-article duplicates: `dedup_key` groups the same event reported by several articles;
 *   `dup_of` points a later report at the first one (the canonical row), whose number of
 *   sources is 1 + its duplicates.
 * - `inputs` remembers every input read (source + content hash) and what came of it, so a rerun
 *   of ingest skips identical inputs.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1 */ `
  CREATE TABLE articles (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    source         TEXT NOT NULL,
    url            TEXT,
    outlet         TEXT COLLATE NOCASE,
    title          TEXT,
    published      TEXT,
    published_from TEXT,
    published_key  TEXT NOT NULL,
    published_lo   TEXT,
    published_hi   TEXT,
    modified       TEXT,
    canonical_url  TEXT,
    language       TEXT NOT NULL,
    authors        TEXT NOT NULL,
    text           TEXT NOT NULL,
    annotations    TEXT,
    ingested_at    TEXT NOT NULL
  );
  CREATE INDEX articles_by_published ON articles(published_key, seq);
  CREATE INDEX articles_by_outlet ON articles(outlet);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
  CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
  END;
  CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  END;

  CREATE TABLE events (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL,
    article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date             TEXT,
    date_key         TEXT NOT NULL,
    date_rkey        TEXT NOT NULL,
    date_lo          TEXT,
    date_hi          TEXT,
    source_actor     TEXT COLLATE NOCASE,
    source_cameo     TEXT,
    source_country   TEXT COLLATE NOCASE,
    source_name      TEXT,
    target_actor     TEXT COLLATE NOCASE,
    target_cameo     TEXT,
    target_country   TEXT COLLATE NOCASE,
    target_name      TEXT,
    plover_event     TEXT NOT NULL COLLATE NOCASE,
    plover_mode      TEXT,
    cameo_code       TEXT NOT NULL,
    cameo_root       TEXT NOT NULL,
    quad_class       INTEGER,
    goldstein        REAL,
    location_country TEXT,
    negated          INTEGER NOT NULL,
    confidence       REAL NOT NULL,
    sentence         TEXT NOT NULL,
    dedup_key        TEXT,
    dup_of           INTEGER REFERENCES events(seq),
    json             TEXT NOT NULL,
    UNIQUE (article_id, id)
  );
  CREATE INDEX events_by_id ON events(id);
  CREATE INDEX events_by_date ON events(date_key, seq);
  CREATE INDEX events_by_date_desc ON events(date_rkey, seq);
  CREATE INDEX events_by_source_actor ON events(source_actor);
  CREATE INDEX events_by_target_actor ON events(target_actor);
  CREATE INDEX events_by_source_cameo ON events(source_cameo);
  CREATE INDEX events_by_target_cameo ON events(target_cameo);
  CREATE INDEX events_by_source_country ON events(source_country, date_key);
  CREATE INDEX events_by_target_country ON events(target_country, date_key);
  CREATE INDEX events_by_plover ON events(plover_event, date_key);
  CREATE INDEX events_by_cameo ON events(cameo_code);
  CREATE INDEX events_by_dedup ON events(dedup_key) WHERE dedup_key IS NOT NULL;
  CREATE INDEX events_by_dup_of ON events(dup_of) WHERE dup_of IS NOT NULL;
  CREATE VIRTUAL TABLE events_fts USING fts5(sentence, source_name, target_name, content='events', content_rowid='seq');
  CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, sentence, source_name, target_name)
      VALUES (new.seq, new.sentence, coalesce(new.source_name, ''), coalesce(new.target_name, ''));
  END;
  CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, sentence, source_name, target_name)
      VALUES ('delete', old.seq, old.sentence, coalesce(old.source_name, ''), coalesce(old.target_name, ''));
  END;

  CREATE TABLE inputs (
    source       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    article_id   TEXT,
    rejected     TEXT,
    at           TEXT NOT NULL,
    PRIMARY KEY (source, content_hash)
  ) WITHOUT ROWID;

  CREATE TABLE rejections (
    seq          INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    code         TEXT NOT NULL,
    reason       TEXT NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL,
    UNIQUE (source, content_hash, code)
  );
  `,
];

/** Tables every up-to-date database has (a cheap drift check after opening). */
export const REQUIRED_TABLES = ['articles', 'articles_fts', 'events', 'events_fts', 'inputs', 'rejections'] as const;

export const SCHEMA_VERSION = MIGRATIONS.length;
