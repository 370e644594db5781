import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/ingest/fetch.js';
import { readInputs, type Input } from '../../src/ingest/read.js';

async function collect(paths: string[], opts: Parameters<typeof readInputs>[1] = {}): Promise<Input[]> {
  const out: Input[] = [];
  for await (const i of readInputs(paths, opts)) out.push(i);
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'chronicle-read-'));
}

describe('readInputs', () => {
  it('reads folders recursively, in sorted order, skipping hidden files', async () => {
    const d = tmp();
    mkdirSync(join(d, 'b'));
    writeFileSync(join(d, 'b', 'two.txt'), 'Second story text.');
    writeFileSync(join(d, 'a.txt'), 'First story text.');
    writeFileSync(join(d, '.hidden.txt'), 'nope');
    const got = await collect([d]);
    expect(got.map((i) => (i.ok ? i.raw.content : i.rejection.code))).toEqual([
      'First story text.',
      'Second story text.',
    ]);
  });

  it('tells HTML from text by extension and by content', async () => {
    const d = tmp();
    writeFileSync(join(d, 'page.html'), '<p>Hello</p>');
    writeFileSync(join(d, 'page.txt'), '<!DOCTYPE html><html><body><p>Hi</p></body></html>');
    writeFileSync(join(d, 'plain.txt'), 'Just words, a < b and c > d.');
    const got = await collect([d]);
    expect(got.map((i) => (i.ok ? i.raw.kind : 'x'))).toEqual(['html', 'html', 'text']);
  });

  it('reads JSONL with given metadata and rejects the bad lines only', async () => {
    const d = tmp();
    const f = join(d, 'feed.jsonl');
    writeFileSync(
      f,
      [
        JSON.stringify({
          id: 'x1',
          text: 'Body one.',
          url: 'https://example.org/a',
          published: '2016-08-11',
          outlet: 'Example',
        }),
        '',
        '[1,2]',
        JSON.stringify({ title: 'no body' }),
        JSON.stringify({ html: '<p>Body two</p>' }),
        '{"text": "cut',
      ].join('\n'),
    );
    const got = await collect([f]);
    expect(got).toHaveLength(5);
    expect(got[0].ok && got[0].raw.given).toMatchObject({
      id: 'x1',
      published: '2016-08-11',
      published_from: 'input',
      outlet: 'Example',
    });
    expect(!got[1].ok && got[1].rejection).toMatchObject({ code: 'bad-json', source: `${f}#L3` });
    expect(!got[2].ok && got[2].rejection.reason).toMatch(
      /expected a "text" or "html" string field, found fields title/,
    );
    expect(got[3].ok && got[3].raw.kind).toBe('html');
    expect(!got[4].ok && got[4].rejection.source).toBe(`${f}#L6`);
  });

  it('keeps an Article record as it is (output of chronicle extract)', async () => {
    const d = tmp();
    const article = {
      id: 'abc',
      source: 'x',
      url: null,
      outlet: 'O',
      title: 'T',
      published: '2017-01-02',
      published_from: 'html-meta',
      language: 'en',
      authors: [],
      text: 'Line one.\nLine two.',
    };
    writeFileSync(join(d, 'a.jsonl'), `${JSON.stringify(article)}\n`);
    const [one] = await collect([d]);
    expect(one.ok && one.raw.article).toEqual(article);
  });

  it('decodes declared charsets and BOMs', async () => {
    const d = tmp();
    writeFileSync(
      join(d, 'ru.html'),
      Buffer.concat([
        Buffer.from('<meta charset="windows-1251"><p>'),
        iconv.encode('Москва', 'windows-1251'),
        Buffer.from('</p>'),
      ]),
    );
    writeFileSync(join(d, 'u16.txt'), iconv.encode('\ufeffGrüße aus Berlin', 'utf-16le'));
    const got = await collect([d]);
    expect(got[0].ok && got[0].raw.content).toContain('Москва');
    expect(got[1].ok && got[1].raw.content).toContain('Grüße aus Berlin');
  });

  it('reads gzip and rejects a truncated one', async () => {
    const d = tmp();
    const gz = gzipSync(Buffer.from('Compressed story text.'));
    writeFileSync(join(d, 'ok.txt.gz'), gz);
    writeFileSync(join(d, 'cut.txt.gz'), gz.subarray(0, gz.length - 8));
    const got = await collect([d]);
    expect(got[0].ok ? 'ok' : got[0].rejection.code).toBe('bad-gzip');
    expect(got[1].ok && got[1].raw.content).toBe('Compressed story text.');
  });

  it('rejects inputs over the size limit and paths that do not exist', async () => {
    const d = tmp();
    writeFileSync(join(d, 'big.txt'), 'x'.repeat(5000));
    const got = await collect([join(d, 'big.txt'), join(d, 'missing.txt')], { maxBytes: 1000 });
    expect(!got[0].ok && got[0].rejection.reason).toMatch(/at most 1000 bytes, found 4\.9 KB.*--max-bytes/);
    expect(!got[1].ok && got[1].rejection.code).toBe('not-found');
  });

  it('reads standard input as JSONL or as one document', async () => {
    const lines = `${JSON.stringify({ text: 'One.' })}\n${JSON.stringify({ text: 'Two.' })}\n`;
    const got = await collect(['-'], { stdin: Readable.from([Buffer.from(lines)]) });
    expect(got.map((i) => i.ok && i.raw.content)).toEqual(['One.', 'Two.']);
    const single = await collect(['-'], { stdin: Readable.from([Buffer.from('A plain story.\nSecond line.')]) });
    expect(single).toHaveLength(1);
  });

  it('reads WARC response records and keeps what precedes a truncation', async () => {
    const d = tmp();
    const record = (uri: string, html: string) => {
      const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
      const len = Buffer.byteLength(http);
      return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${len}\r\n\r\n${http}\r\n\r\n`;
    };
    const warc =
      record('https://example.org/1', '<p>First page</p>') + record('https://example.org/2', '<p>Second page</p>');
    writeFileSync(join(d, 'crawl.warc'), warc);
    writeFileSync(join(d, 'cut.warc'), warc.slice(0, warc.length - 20));
    const full = await collect([join(d, 'crawl.warc')]);
    expect(full.map((i) => i.ok && i.raw.given?.url)).toEqual(['https://example.org/1', 'https://example.org/2']);
    const cut = await collect([join(d, 'cut.warc')]);
    expect(cut[0].ok).toBe(true);
    expect(!cut[1].ok && cut[1].rejection.code).toBe('truncated');
  });
});

describe('isPrivateAddress', () => {
  it('flags loopback, private and link-local ranges', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.1.1',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.1',
    ]) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '2001:db8::1']) expect(isPrivateAddress(ip), ip).toBe(false);
  });
});
