/**
 * Feeds: a feed file yields its items offline; a feed URL yields the pages its items link to,
 * with the item's title and date. The HTTP server is on loopback, so it needs --allow-private.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type Input } from '../../src/ingest/read.js';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Home | World</nav><article><h1>${title}</h1>` +
  `<p>${body}</p><p>${body} Officials gave no further details on Tuesday evening.</p></article></body></html>`;

const rss = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>${base}/</link>
<item><title>Ferry strike ends</title><link>${base}/a</link><pubDate>Sun, 03 Mar 2019 07:15:00 GMT</pubDate>
<description>Ferry crews returned to work after a deal.</description></item>
<item><title>Port reopens</title><link>${base}/missing</link><pubDate>Mon, 04 Mar 2019 09:00:00 GMT</pubDate></item>
</channel></rss>`;

async function collect(paths: string[], allowPrivate = false): Promise<Input[]> {
  const out: Input[] = [];
  for await (const i of readInputs(paths, { allowPrivate })) out.push(i);
  return out;
}

describe('feeds', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rss(base));
      } else if (req.url === '/a') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          page(
            'Ferry strike ends',
            'Crews on the northern ferry routes returned to work after a pay deal was reached.',
          ),
        );
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches the linked pages of a feed URL, keeping the item title, date and the feed as outlet', async () => {
    const got = await collect([`${base}/feed.xml`], true);
    expect(got).toHaveLength(2);
    expect(got[0].ok && got[0].raw.given).toMatchObject({
      title: 'Ferry strike ends',
      published: '2019-03-03T07:15:00.000Z',
      published_from: 'feed',
      outlet: 'Harbour Gazette',
    });
    expect(got[0].ok && got[0].raw.content).toContain('pay deal');
    expect(!got[1].ok && got[1].rejection.reason).toMatch(/404/);
  });

  it('refuses loopback feed URLs unless private addresses are allowed', async () => {
    const [one] = await collect([`${base}/feed.xml`]);
    expect(!one.ok && one.rejection.code).toBe('private-address');
  });

  it('reads a feed file offline, item by item', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-feed-'));
    writeFileSync(join(dir, 'news.rss'), rss('https://gazette.example'));
    const got = await collect([join(dir, 'news.rss')]);
    expect(got[0].ok && got[0].raw.content).toBe('Ferry crews returned to work after a deal.');
    expect(!got[1].ok && got[1].rejection.code).toBe('empty');
  });
});
