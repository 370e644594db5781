/**
 * One suite for every Store backend. SQLite always runs; a PostgreSQL backend joins the list when
 * it exists and CHRONICLE_TEST_PG holds a connection URL.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, parseEventFilter, SCHEMA_VERSION, StoreError, type Store } from '../../src/store/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Article, Event } from '../../src/types.js';
import { ACTORS, annotatedOf, makeArticle, makeEvent } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let dbn = 0;

const backends: { name: string; open: () => Store }[] = [
  { name: 'sqlite', open: () => openStore(join(dir, `t${++dbn}.db`)) },
];

async function ids(store: Store, filter: Parameters<Store['queryEvents']>[0]): Promise<string[]> {
  const out: string[] = [];
  for await (const e of store.iterateEvents(filter)) out.push(e.id);
  return out.sort();
}

describe.each(backends)('Store ($name)', ({ open }) => {
  let store: Store;
  beforeEach(() => {
    store = open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('round-trips an article, its annotations and its events', async () => {
    const a = makeArticle({ authors: ['B. One', 'C. Two'], published: '2017-05-02T09:30:00Z' });
    const ev = [makeEvent({ article: a }), makeEvent({ article: a, target: null, plover: 'PROTEST', cameo: '141' })];
    expect(await store.saveDocument({ article: a, annotated: annotatedOf(a), events: ev })).toEqual({ inserted: true });
    expect(await store.getArticle(a.id)).toEqual(a);
    const doc = await store.getDocument(a.id);
    expect(doc?.article).toEqual(a);
    expect(doc?.events).toEqual(ev);
    expect(doc?.annotations?.sentences).toEqual(annotatedOf(a).sentences);
    expect(doc?.annotations?.times[0].value).toBe('2017-05-02');
    expect(doc?.ingested_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await store.hasArticle(a.id)).toBe(true);
    expect(await store.hasArticle('nope')).toBe(false);
    expect(await store.getArticle('nope')).toBeNull();
    expect(await store.getDocument('nope')).toBeNull();
  });

  it('is idempotent: saving an article id again adds nothing', async () => {
    const a = makeArticle();
    const doc = { article: a, events: [makeEvent({ article: a })], content_hash: 'h1' };
    expect((await store.saveDocument(doc)).inserted).toBe(true);
    expect((await store.saveDocument(doc)).inserted).toBe(false);
    const other = makeEvent({ article: a });
    expect((await store.saveDocument({ article: a, events: [other] })).inserted).toBe(false);
    expect(await store.stats()).toEqual({ articles: 1, events: 1, rejections: 0 });
  });

  it('saves a batch in one transaction: idempotent per document, all-or-nothing on bad input', async () => {
    const [a, b, c] = [makeArticle(), makeArticle(), makeArticle()];
    await store.saveDocument({ article: a, events: [makeEvent({ article: a })] });
    const res = await store.saveDocuments([
      { article: a, events: [makeEvent({ article: a })] },
      { article: b, events: [makeEvent({ article: b }), makeEvent({ article: b })], content_hash: 'hb' },
      { article: b, events: [] },
    ]);
    expect(res).toEqual([{ inserted: false }, { inserted: true }, { inserted: false }]);
    expect(await store.stats()).toMatchObject({ articles: 2, events: 3 });
    expect(await store.hasSource(b.source, 'hb')).toBe(true);
    await expect(
      store.saveDocuments([
        { article: c, events: [] },
        { article: makeArticle(), events: [makeEvent({ article: a })] },
      ]),
    ).rejects.toThrow(/article_id/);
    expect(await store.hasArticle(c.id)).toBe(false);
  });

  it('remembers inputs already read, stored or rejected', async () => {
    const a = makeArticle({ source: 'in/a.txt' });
    await store.saveDocument({ article: a, events: [], content_hash: 'abc' });
    expect(await store.hasSource('in/a.txt', 'abc')).toBe(true);
    expect(await store.hasSource('in/a.txt', 'changed')).toBe(false);
    await store.recordRejection({
      source: 'in/b.bin',
      code: 'binary',
      reason: 'expected text, found bytes',
      content_hash: 'def',
    });
    expect(await store.hasSource('in/b.bin', 'def')).toBe(true);
  });

  it('records rejections once per source, hash and code', async () => {
    await store.recordRejection({ source: 'x.txt', code: 'empty', reason: 'expected text, found nothing' });
    await store.recordRejection({ source: 'x.txt', code: 'empty', reason: 'expected text, found nothing (again)' });
    await store.recordRejection({ source: 'y.gz', code: 'truncated', reason: 'gzip ends early', content_hash: 'h' });
    const rej = await store.rejections();
    expect(rej).toHaveLength(2);
    expect(rej.find((r) => r.source === 'x.txt')?.reason).toMatch(/again/);
    expect(rej.find((r) => r.source === 'y.gz')?.content_hash).toBe('h');
    expect((await store.stats()).rejections).toBe(2);
  });

  it('refuses events that do not belong to the article', async () => {
    const a = makeArticle();
    const b = makeArticle();
    await expect(store.saveDocument({ article: a, events: [makeEvent({ article: b })] })).rejects.toThrow(/article_id/);
    expect(await store.hasArticle(a.id)).toBe(false);
  });

  describe('queryEvents filters', () => {
    let e: Record<string, Event>;
    beforeEach(async () => {
      const a1 = makeArticle({
        published: '2017-05-02',
        text: 'Russian forces shelled a depot near Brel.\nLater, envoys met in Geneva.',
      });
      const a2 = makeArticle({
        published: '2017-06-10',
        text: 'Washington pledged aid to the United Nations agency.\nParis saw protests.',
      });
      const a3 = makeArticle({ published: null, text: 'Envoys will meet again on the first of August, an aide said.' });
      e = {
        shell: makeEvent({
          article: a1,
          date: '2017-05-02',
          source: ACTORS.rusgov,
          target: ACTORS.ukrmil,
          plover: 'ASSAULT',
          cameo: '195',
        }),
        meet: makeEvent({
          article: a1,
          sentence: 'Later, envoys met in Geneva.',
          date: '2017-05',
          source: ACTORS.putin,
          target: ACTORS.usa,
          plover: 'CONSULT',
          cameo: '040',
          goldstein: 1,
          quad: 1,
        }),
        aid: makeEvent({
          article: a2,
          date: '2017-06-10',
          source: ACTORS.usa,
          target: ACTORS.un,
          plover: 'AID',
          cameo: '070',
          goldstein: 7,
          quad: 2,
        }),
        protest: makeEvent({
          article: a2,
          sentence: 'Paris saw protests.',
          date: null,
          source: ACTORS.fra,
          target: null,
          plover: 'PROTEST',
          cameo: '141',
        }),
        august: makeEvent({
          article: a3,
          date: 'XXXX-08-01',
          source: ACTORS.fra,
          target: ACTORS.rusgov,
          plover: 'CONSULT',
          cameo: '036',
        }),
      };
      await store.saveDocument({ article: a1, events: [e.shell, e.meet] });
      await store.saveDocument({ article: a2, events: [e.aid, e.protest] });
      await store.saveDocument({ article: a3, events: [e.august] });
    });
    const sorted = (...names: string[]) => names.map((k) => e[k].id).sort();

    it('returns everything without filters, dated first then undated', async () => {
      const page = await store.queryEvents();
      expect(page.events.map((x) => x.id)).toEqual([e.meet.id, e.shell.id, e.aid.id, e.protest.id, e.august.id]);
      expect(page.next_cursor).toBeNull();
    });

    it('actor: registry id, case-insensitive', async () => {
      expect(await ids(store, { actor: 'ukrmil_x' })).toEqual(sorted('shell'));
      expect(await ids(store, { actor: 'USA' })).toEqual(sorted('meet', 'aid'));
    });
    it('actor: CAMEO code prefix, as source or target', async () => {
      expect(await ids(store, { actor: 'RUS' })).toEqual(sorted('shell', 'meet', 'august'));
      expect(await ids(store, { actor: 'rusgov' })).toEqual(sorted('shell', 'meet', 'august'));
      expect(await ids(store, { actor: 'IGO' })).toEqual(sorted('aid'));
    });
    it('actor: name words, case-insensitive, never inside words', async () => {
      expect(await ids(store, { actor: 'putin' })).toEqual(sorted('meet'));
      expect(await ids(store, { actor: 'Vladimir Putin' })).toEqual(sorted('meet'));
      expect(await ids(store, { actor: 'united nations' })).toEqual(sorted('aid'));
      expect(await ids(store, { actor: 'nations united' })).toEqual([]);
      expect(await ids(store, { actor: 'ssia' })).toEqual([]);
    });
    it('source_country and target_country (lists allowed)', async () => {
      expect(await ids(store, { source_country: 'RUS' })).toEqual(sorted('shell', 'meet'));
      expect(await ids(store, { source_country: 'rus' })).toEqual(sorted('shell', 'meet'));
      expect(await ids(store, { target_country: 'UKR,USA' })).toEqual(sorted('shell', 'meet'));
      expect(await ids(store, { source_country: 'FRA', target_country: 'RUS' })).toEqual(sorted('august'));
    });
    it('event (PLOVER type) and cameo (code prefix)', async () => {
      expect(await ids(store, { event: 'consult' })).toEqual(sorted('meet', 'august'));
      expect(await ids(store, { event: 'AID,PROTEST' })).toEqual(sorted('aid', 'protest'));
      expect(await ids(store, { cameo: '19' })).toEqual(sorted('shell'));
      expect(await ids(store, { cameo: '0' })).toEqual(sorted('meet', 'aid', 'august'));
      expect(await ids(store, { cameo: '04,14' })).toEqual(sorted('meet', 'protest'));
      expect(await ids(store, { cameo: '1950' })).toEqual([]);
    });
    it('from/to: inclusive, partial dates overlap, undated and year-less never match', async () => {
      expect(await ids(store, { from: '2017-05-02', to: '2017-05-02' })).toEqual(sorted('shell', 'meet'));
      expect(await ids(store, { from: '2017-05-03' })).toEqual(sorted('meet', 'aid'));
      expect(await ids(store, { to: '2017-05-01' })).toEqual(sorted('meet'));
      expect(await ids(store, { to: '2017-04-30' })).toEqual([]);
      expect(await ids(store, { from: '2017-06' })).toEqual(sorted('aid'));
      expect(await ids(store, { from: '2017', to: '2017' })).toEqual(sorted('shell', 'meet', 'aid'));
      expect(await ids(store, { from: '2018' })).toEqual([]);
    });
    it('q: full-text search over the sentence only', async () => {
      expect(await ids(store, { q: 'shelled depot' })).toEqual(sorted('shell'));
      expect(await ids(store, { q: 'SHELL*' })).toEqual(sorted('shell'));
      expect(await ids(store, { q: '"met in Geneva"' })).toEqual(sorted('meet'));
      expect(await ids(store, { q: '"Geneva met"' })).toEqual([]);
      expect(await ids(store, { q: 'Putin' })).toEqual([]);
      expect(await ids(store, { q: 'depot OR NOT AND ( )' })).toEqual([]);
      expect(await ids(store, { q: '***' })).toEqual([]);
    });
    it('combines filters with AND', async () => {
      expect(await ids(store, { actor: 'RUS', event: 'CONSULT', from: '2017-01' })).toEqual(sorted('meet'));
    });
    it('orders by date descending on request, undated still last', async () => {
      const page = await store.queryEvents({ order: 'desc' });
      expect(page.events.slice(0, 3).map((x) => x.id)).toEqual([e.aid.id, e.shell.id, e.meet.id]);
    });
    it('attaches the article on request', async () => {
      const page = await store.queryEvents({ actor: 'putin' }, { withArticle: true });
      expect(page.events[0].article).toMatchObject({ id: e.meet.article_id, outlet: 'Example Gazette' });
      expect(page.events[0].article?.url).toMatch(/^https:/);
      const plain = await store.queryEvents({ actor: 'putin' });
      expect(plain.events[0]).toEqual(e.meet);
    });
    it('facets count event types, countries and outlets', async () => {
      const f = await store.facets();
      expect(f.plover_events.find((x) => x.value === 'CONSULT')?.count).toBe(2);
      expect(f.countries.find((x) => x.value === 'RUS')?.count).toBe(3);
      expect(f.outlets[0]).toEqual({ value: 'Example Gazette', count: 3 });
    });
  });

  it('paginates with a cursor: no duplicates, no gaps, both orders', async () => {
    const all: string[] = [];
    for (let d = 0; d < 6; d++) {
      const a = makeArticle();
      const evs = Array.from({ length: 9 }, (_, i) =>
        makeEvent({ article: a, date: i % 4 === 0 ? null : `2016-0${1 + (i % 3)}-1${d}`, cameo: '190' }),
      );
      all.push(...evs.map((x) => x.id));
      await store.saveDocument({ article: a, events: evs });
    }
    for (const order of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.queryEvents({ limit: 7, cursor, order, cameo: '19' });
        expect(page.events.length).toBeLessThanOrEqual(7);
        seen.push(...page.events.map((x) => x.id));
        cursor = page.next_cursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(Math.ceil(54 / 7));
      expect(new Set(seen).size).toBe(54);
      expect([...seen].sort()).toEqual([...all].sort());
    }
    const first = await store.queryEvents({ limit: 54 });
    expect(first.next_cursor).toBeNull();
    const keys = first.events.map((x) => x.date ?? '~');
    expect(keys).toEqual([...keys].sort());
  });

  it('iterateEvents streams every match, or at most limit of them', async () => {
    const a = makeArticle();
    const evs = Array.from({ length: 2300 }, (_, i) =>
      makeEvent({ article: a, id: `it-${i}`, cameo: i % 2 ? '190' : '040' }),
    );
    await store.saveDocument({ article: a, events: evs });
    expect(await ids(store, {})).toHaveLength(2300);
    expect(await ids(store, { cameo: '19' })).toHaveLength(1150);
    const capped: string[] = [];
    for await (const e of store.iterateEvents({ limit: 1234 })) capped.push(e.id);
    expect(new Set(capped).size).toBe(1234);
  });

  it('rejects a forged cursor with a bad-cursor error', async () => {
    await expect(store.queryEvents({ cursor: 'bm90LWpzb24' })).rejects.toMatchObject({ code: 'bad-cursor' });
    await expect(store.listArticles({ cursor: Buffer.from('[1,2]').toString('base64url') })).rejects.toBeInstanceOf(
      StoreError,
    );
  });

  it('groups the same event from several articles when asked (dedup)', async () => {
    const a = makeArticle({ outlet: 'Gazette A' });
    const b = makeArticle({ outlet: 'Gazette B' });
    const c = makeArticle({ outlet: 'Gazette C' });
    await store.saveDocument({ article: a, events: [makeEvent({ article: a, date: '2017-05-02', cameo: '190' })] });
    await store.saveDocument({ article: b, events: [makeEvent({ article: b, date: '2017-05-02', cameo: '190' })] });
    await store.saveDocument({
      article: c,
      events: [
        makeEvent({ article: c, date: '2017-05-02', cameo: '190' }),
        makeEvent({ article: c, date: '2017-05-06' }),
      ],
    });
    expect((await store.queryEvents()).events).toHaveLength(4);
    const grouped = await store.queryEvents({}, { dedup: true });
    expect(grouped.events).toHaveLength(2);
    expect(grouped.events[0]).toMatchObject({ article_id: a.id, sources: 3 });
    expect(grouped.events[1].sources).toBe(1);
  });

  it('groups reports a day apart (time zones, reporting lag) but not further', async () => {
    const a = makeArticle({ outlet: 'Gazette A' });
    const b = makeArticle({ outlet: 'Gazette B' });
    const c = makeArticle({ outlet: 'Gazette C' });
    await store.saveDocument({ article: a, events: [makeEvent({ article: a, date: '2018-04-14' })] });
    await store.saveDocument({ article: b, events: [makeEvent({ article: b, date: '2018-04-13' })] });
    await store.saveDocument({ article: c, events: [makeEvent({ article: c, date: '2018-04-16' })] });
    const grouped = await store.queryEvents({}, { dedup: true });
    expect(grouped.events.map((e) => e.sources)).toEqual([2, 1]);
  });

  it('lists and searches articles, newest first', async () => {
    const old = makeArticle({
      published: '2015-01-09',
      title: 'Harbour reopens',
      text: 'The harbour of Brel reopened to ferries.',
    });
    const mid = makeArticle({
      published: '2016-03',
      title: 'Ferry strike',
      outlet: 'Coast Times',
      text: 'Ferry crews walked out.',
    });
    const none = makeArticle({ published: null, title: 'Undated note', text: 'A note about ferries without a date.' });
    for (const a of [old, mid, none]) await store.saveDocument({ article: a, events: [] });
    const all = await store.listArticles();
    expect(all.articles.map((x) => x.id)).toEqual([mid.id, old.id, none.id]);
    expect(all.articles[0]).toMatchObject({ outlet: 'Coast Times', events: 0, snippet: 'Ferry crews walked out.' });
    expect((await store.listArticles({ q: 'harbour' })).articles.map((x) => x.id)).toEqual([old.id]);
    expect((await store.listArticles({ q: 'ferr*' })).articles.map((x) => x.id)).toEqual([mid.id, old.id, none.id]);
    expect((await store.listArticles({ outlet: 'coast times' })).articles.map((x) => x.id)).toEqual([mid.id]);
    expect((await store.listArticles({ from: '2016-03-15' })).articles.map((x) => x.id)).toEqual([mid.id]);
    expect((await store.listArticles({ to: '2015-12-31' })).articles.map((x) => x.id)).toEqual([old.id]);
    const p1 = await store.listArticles({ limit: 2 });
    const p2 = await store.listArticles({ limit: 2, cursor: p1.next_cursor ?? undefined });
    expect([...p1.articles, ...p2.articles].map((x) => x.id)).toEqual([mid.id, old.id, none.id]);
    expect(p2.next_cursor).toBeNull();
  });
});

describe('SQLite specifics', () => {
  it('creates the schema on an empty file and reopens it without change', async () => {
    const path = join(dir, 'reopen.db');
    const s1 = openSqliteStore(path);
    expect(s1.schemaVersion).toBe(SCHEMA_VERSION);
    const a: Article = makeArticle();
    await s1.saveDocument({ article: a, events: [makeEvent({ article: a })] });
    await s1.close();
    const s2 = openSqliteStore(path);
    expect(s2.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await s2.stats()).toEqual({ articles: 1, events: 1, rejections: 0 });
    await s2.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a database made by a newer Chronicle, saying what to do', () => {
    const path = join(dir, 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(StoreError);
    expect(() => openSqliteStore(path)).toThrow(
      new RegExp(`schema version ${SCHEMA_VERSION + 5}.*up to ${SCHEMA_VERSION}.*upgrade Chronicle`),
    );
  });

  it('refuses a file that is not a database', async () => {
    const path = join(dir, 'junk.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'this is not sqlite, just some words that go on for a while '.repeat(40));
    expect(() => openSqliteStore(path)).toThrow(/not a usable SQLite database/);
  });

  it('opens read-only: reads work, writes are refused, a missing file is an error', async () => {
    const path = join(dir, 'ro.db');
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(/no database at/);
    const w = openSqliteStore(path);
    const a = makeArticle();
    await w.saveDocument({ article: a, events: [makeEvent({ article: a })] });
    await w.close();
    const r = openSqliteStore(path, { readonly: true });
    expect((await r.queryEvents()).events).toHaveLength(1);
    await expect(r.saveDocument({ article: makeArticle(), events: [] })).rejects.toThrow(/read-only/);
    await r.close();
  });

  it('a postgres:// spec gives a clear not-available error', () => {
    expect(() => openStore('postgres://u@localhost/chronicle')).toThrow(
      /PostgreSQL backend is not available yet.*SQLite path/,
    );
  });

  it('uses indexes for the common filters', () => {
    const path = join(dir, 'plan.db');
    openSqliteStore(path).close();
    const raw = new Database(path, { readonly: true });
    const plan = (sql: string) =>
      (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT seq FROM events e WHERE e.source_country IN ('RUS') ORDER BY date_key, seq`)).toMatch(
      /USING (COVERING )?INDEX events_by_source_country/,
    );
    expect(plan(`SELECT seq FROM events e WHERE (e.cameo_code >= '19' AND e.cameo_code < '19\uffff')`)).toMatch(
      /USING (COVERING )?INDEX events_by_cameo/,
    );
    expect(
      plan(
        `SELECT seq FROM events e WHERE e.source_actor = 'x' OR e.target_actor = 'x' OR (e.source_cameo >= 'X' AND e.source_cameo < 'Y')`,
      ),
    ).toMatch(/MULTI-INDEX OR/);
    raw.close();
  });
});

describe('parseEventFilter', () => {
  it('accepts the CLI dashed names and normalises values', () => {
    expect(
      parseEventFilter({
        'source-country': 'rus',
        'target-country': 'ukr, usa',
        event: 'assault',
        limit: '5',
        from: '2017-05',
      }),
    ).toEqual({
      source_country: 'RUS',
      target_country: 'UKR,USA',
      event: 'ASSAULT',
      limit: 5,
      from: '2017-05',
    });
  });
  it.each([
    [{ from: '2017-13' }, /from: expected a date/],
    [{ to: '2017-02-30' }, /to: expected a date/],
    [{ limit: '0' }, /limit: expected a whole number/],
    [{ limit: '10001' }, /limit/],
    [{ limit: 'ten' }, /limit/],
    [{ source_country: 'RUSSIA' }, /alpha-3/],
    [{ cameo: '19a' }, /CAMEO event code/],
    [{ event: 'as sault' }, /PLOVER/],
    [{ colour: 'red' }, /unknown parameter "colour"/],
    [{ q: '   ' }, /empty/],
    [{ from: '2018', to: '2017' }, /after/],
    [{ cursor: 'a b' }, /cursor/],
  ])('rejects %j', (raw, msg) => {
    expect(() => parseEventFilter(raw)).toThrow(msg);
  });
});
