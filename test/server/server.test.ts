/**
 * The HTTP API and the web UI's safety rules. Requests go through `app.request` (no port), except
 * one test of `serve()` on a loopback port.
 *
 * To look at the UI by hand with these fixtures: write a small script that calls
 * `fillDemoStore(openStore(path))` then `serve({ db: path })`, and open the printed URL.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GDELT_COLUMNS, CSV_COLUMNS } from '../../src/export/index.js';
import { WEB_DIR } from '../../src/paths.js';
import { createApp, SECURITY_HEADERS, serve } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { fillDemoStore } from './demo-store.js';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-server-'));
const dbPath = join(dir, 'demo.db');
let store: Store;
let app: Hono;

beforeAll(async () => {
  const w = openStore(dbPath);
  await fillDemoStore(w);
  await w.close();
  store = openStore(dbPath, { readonly: true });
  app = createApp(store, { version: '9.9.9-test', webDir: WEB_DIR, log: () => {} });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function json(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

async function eventIds(query: string): Promise<string[]> {
  const { res, body } = await json(`/v1/events?${query}`);
  expect(res.status, JSON.stringify(body)).toBe(200);
  return (body.events as { id: string }[]).map((e) => e.id).sort();
}

describe('GET /v1/health', () => {
  it('reports ok, version and counts', async () => {
    const { res, body } = await json('/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(body).toEqual({
      ok: true,
      version: '9.9.9-test',
      schema_version: 1,
      backend: 'sqlite',
      counts: { articles: 3, events: 7, rejections: 1 },
    });
  });
  it('answers HEAD without a body', async () => {
    const res = await app.request('/v1/health', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('GET /v1/events', () => {
  it('lists events with their article reference', async () => {
    const { body } = await json('/v1/events');
    const events = body.events as { id: string; article: { outlet: string } }[];
    expect(events).toHaveLength(7);
    expect(events.find((e) => e.id === 'e4')?.article.outlet).toBe('Harbour Times');
    expect(body.next_cursor).toBeNull();
  });
  it('applies every filter, with underscore or CLI dashed names', async () => {
    expect(await eventIds('actor=putin')).toEqual(['e4']);
    expect(await eventIds('actor=RUS')).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(await eventIds('source_country=UKR')).toEqual(['e2', 'e3']);
    expect(await eventIds('source-country=ukr')).toEqual(['e2', 'e3']);
    expect(await eventIds('target-country=RUS&source_country=UKR')).toEqual(['e2', 'e3']);
    expect(await eventIds('event=ASSAULT')).toEqual(['e1', 'e3']);
    expect(await eventIds('cameo=19')).toEqual(['e1', 'e3']);
    expect(await eventIds('from=2017-05-02&to=2017-05-31')).toEqual(['e2', 'e4', 'e5', 'e6']);
    expect(await eventIds('to=2017-05-01')).toEqual(['e1', 'e3', 'e5']);
    expect(await eventIds('q=truce')).toEqual(['e2']);
    expect(await eventIds('q=%22returned%20fire%22')).toEqual(['e3']);
  });
  it('pages with limit and cursor, newest first on request', async () => {
    const seen: string[] = [];
    let cursor = '';
    let pages = 0;
    do {
      const { body } = await json(`/v1/events?order=desc&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...(body.events as { id: string }[]).map((e) => e.id));
      cursor = (body.next_cursor as string | null) ?? '';
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    // Same-day events: later insertions first in descending order.
    expect(seen).toEqual(['e6', 'e4', 'e2', 'e3', 'e1', 'e5', 'e7']);
  });
  it('groups duplicates when dedup=true', async () => {
    const { body } = await json('/v1/events?dedup=true&limit=1');
    expect((body.events as { sources: number }[])[0].sources).toBe(1);
  });
  it.each([
    ['limit=501', 'bad-param', /limit/],
    ['limit=-1', 'bad-param', /limit/],
    ['from=2017-13-01', 'bad-param', /from: expected a date/],
    ['source_country=Russia', 'bad-param', /alpha-3/],
    ['colour=red', 'bad-param', /unknown parameter "colour"/],
    ['actor=a&actor=b', 'bad-param', /one value/],
    ['cursor=!!', 'bad-cursor', /cursor/],
    [`cursor=${Buffer.from('["x"]').toString('base64url')}`, 'bad-cursor', /previous page/],
    ['format=xml', 'bad-param', /format/],
    ['dedup=maybe', 'bad-param', /dedup/],
    ['q=', 'bad-param', /empty/],
  ])('400 on %s', async (query, code, message) => {
    const { res, body } = await json(`/v1/events?${query}`);
    expect(res.status).toBe(400);
    expect(body.error?.code).toBe(code);
    expect(body.error?.message).toMatch(message);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('downloads', () => {
  it('streams CSV with a header and one row per event', async () => {
    const res = await app.request('/v1/events.csv?event=ASSAULT');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="chronicle-events.csv"/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('https://ledger.example.org/2017/05/brel-depot');
  });
  it('streams GDELT rows of 61 columns (negated events left out) via ?format=', async () => {
    const res = await app.request('/v1/events?format=gdelt');
    expect(res.headers.get('content-type')).toMatch(/tab-separated/);
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(l.split('\t')).toHaveLength(GDELT_COLUMNS.length);
  });
  it('streams JSON Lines and honours limit', async () => {
    const text = await (await app.request('/v1/events.jsonl?limit=2&order=desc')).text();
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; article?: unknown });
    expect(lines.map((e) => e.id)).toEqual(['e6', 'e4']);
    expect(lines[0].article).toBeUndefined();
  });
  it('refuses bad filters before streaming, and cursors', async () => {
    expect((await app.request('/v1/events.csv?from=yesterday')).status).toBe(400);
    expect((await app.request('/v1/events.csv?cursor=abc')).status).toBe(400);
    expect((await app.request('/v1/events.csv?limit=100001')).status).toBe(400);
    expect((await app.request('/v1/events.csv?format=gdelt')).status).toBe(400);
  });
});

describe('articles', () => {
  it('lists articles newest first, without their text, and searches them', async () => {
    const { body } = await json('/v1/articles');
    const arts = body.articles as { id: string; text?: string; events: number }[];
    expect(arts.map((a) => a.id)).toEqual(['demo-hostile', 'demo-geneva-talks', 'demo-brel-shelling']);
    expect(arts[0].text).toBeUndefined();
    expect(arts[2].events).toBe(3);
    expect(((await json('/v1/articles?q=depot')).body.articles as { id: string }[]).map((a) => a.id)).toEqual([
      'demo-brel-shelling',
    ]);
    expect(((await json('/v1/articles?outlet=harbour%20times')).body.articles as unknown[]).length).toBe(1);
    expect((await json('/v1/articles?limit=1000')).res.status).toBe(400);
    expect((await json('/v1/articles?event=ASSAULT')).res.status).toBe(400);
  });
  it('returns one article with its annotations and events', async () => {
    const { res, body } = await json('/v1/articles/demo-geneva-talks');
    expect(res.status).toBe(200);
    expect((body.article as { title: string }).title).toBe('Envoys meet in Geneva; aid pledge follows');
    expect((body.events as unknown[]).length).toBe(3);
    expect(body).toHaveProperty('annotations');
  });
  it('returns hostile article text as JSON data, never as markup', async () => {
    const res = await app.request('/v1/articles/demo-hostile');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const raw = await res.text();
    const body = JSON.parse(raw) as { article: { text: string; title: string; url: string } };
    expect(body.article.text).toContain('<script>alert("boom")</script>');
    expect(body.article.title).toContain('<script>');
    expect(raw).toContain('\\"boom\\"');
  });
  it('404s an unknown id as JSON', async () => {
    const { res, body } = await json('/v1/articles/does-not-exist');
    expect(res.status).toBe(404);
    expect(body.error?.code).toBe('not-found');
  });
});

describe('other routes, methods and limits', () => {
  it('serves facets and rejections', async () => {
    const { body } = await json('/v1/facets');
    expect((body.plover_events as { value: string }[]).map((f) => f.value)).toContain('ASSAULT');
    const rej = await json('/v1/rejections?limit=5');
    expect((rej.body.rejections as { code: string }[])[0].code).toBe('empty');
    expect((await json('/v1/rejections?limit=0')).res.status).toBe(400);
  });
  it.each([
    '/v1/nope',
    '/v1/events/extra',
    '/nope.html',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/.hidden',
    '/web/index.html',
  ])('404 JSON for %s', async (path) => {
    const { res, body } = await json(path);
    expect(res.status).toBe(404);
    expect(body.error?.code).toBe('not-found');
    expect(res.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('405 on %s, read-only', async (method) => {
    const res = await app.request('/v1/events', { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('method-not-allowed');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
  it('413 when a request carries a body, 414 on a huge URL', async () => {
    expect((await app.request('/v1/events', { headers: { 'content-length': '12' } })).status).toBe(413);
    expect((await app.request(`/v1/events?q=${'a'.repeat(5000)}`)).status).toBe(414);
  });
  it('sends the security headers on every response, and no CORS header', async () => {
    for (const path of ['/', '/app.js', '/v1/health', '/v1/events?limit=0']) {
      const res = await app.request(path);
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k), `${k} on ${path}`).toBe(v);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
  it('refuses foreign Host headers when allowedHosts is set', async () => {
    const guarded = createApp(store, { allowedHosts: ['127.0.0.1:8080'], webDir: null });
    expect((await guarded.request('http://127.0.0.1:8080/v1/health')).status).toBe(200);
    expect((await guarded.request('http://attacker.example/v1/health')).status).toBe(403);
  });
});

describe('web UI', () => {
  it('serves the page and its modules with the right types', async () => {
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/app.js"></script>');
    const js = await app.request('/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await app.request('/style.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('never builds markup from data: no innerHTML & co in the UI code, no inline script or handlers', () => {
    const files = readdirSync(WEB_DIR);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const code = readFileSync(join(WEB_DIR, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
      expect(code, f).not.toMatch(
        /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\b|createContextualFragment|DOMParser/,
      );
    }
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(WEB_DIR, f), 'utf8');
      expect(html, f).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, f).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, f).not.toMatch(/\sstyle\s*=/i);
      expect(html, f).not.toMatch(/https?:\/\//);
    }
  });
});

describe('serve()', () => {
  it('binds to loopback, answers, guards the Host header and closes', async () => {
    const running = await serve({ db: dbPath, port: 0, webDir: null });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(running.exposed).toBe(false);
      const res = await fetch(`${running.url}v1/health`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { counts: { events: number } }).counts.events).toBe(7);
      const http = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get(
            { host: '127.0.0.1', port: running.port, path: '/v1/health', headers: { host: 'rebind.example:80' } },
            (r) => {
              r.resume();
              resolve(r.statusCode ?? 0);
            },
          )
          .on('error', reject);
      });
      expect(status).toBe(403);
    } finally {
      await running.close();
    }
  });
});
