/**
 * WARC reader (ISO 28500): yields one RawDoc per `response` record whose HTTP payload is HTML or
 * text. Handles gzip (per-record members), chunked transfer coding and compressed payloads. A
 * truncated file keeps every complete record before the break and records the break as a
 * rejection.
 */
import { createReadStream } from 'node:fs';
import { createGunzip, gunzipSync, inflateSync, brotliDecompressSync } from 'node:zlib';
import { DocumentRejected } from '../errors.js';
import type { Input } from './read.js';
import { checkNotBinary, decode, fmtBytes, looksLikeHtml } from './decode.js';

const CRLF2 = Buffer.from('\r\n\r\n');

async function readAll(path: string, gz: boolean, limit: number): Promise<{ bytes: Buffer; error: string | null }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let error: string | null = null;
  await new Promise<void>((resolve) => {
    let stream: NodeJS.ReadableStream = createReadStream(path);
    const fail = (err: Error) => {
      error = err.message;
      resolve();
    };
    stream.on('error', fail);
    if (gz) {
      const gunzip = createGunzip();
      gunzip.on('error', fail);
      stream = stream.pipe(gunzip);
    }
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        error = `larger than ${fmtBytes(limit)} uncompressed`;
        (stream as unknown as { destroy(): void }).destroy();
        resolve();
        return;
      }
      chunks.push(c);
    });
    stream.on('end', () => resolve());
  });
  return { bytes: Buffer.concat(chunks), error };
}

function parseHeaders(block: string): Map<string, string> {
  const h = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) h.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return h;
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  while (i < body.length) {
    const eol = body.indexOf('\r\n', i);
    if (eol < 0) break;
    const n = parseInt(body.subarray(i, eol).toString('latin1').split(';')[0], 16);
    if (!Number.isFinite(n) || n <= 0) break;
    out.push(body.subarray(eol + 2, eol + 2 + n));
    i = eol + 2 + n + 2;
  }
  return Buffer.concat(out);
}

function decompress(body: Buffer, encoding: string | undefined): Buffer {
  const enc = (encoding ?? '').toLowerCase();
  if (enc.includes('gzip')) return gunzipSync(body);
  if (enc.includes('deflate')) return inflateSync(body);
  if (enc === 'br') return brotliDecompressSync(body);
  return body;
}

export async function* readWarc(path: string, gz: boolean, opts: { maxBytes: number }): AsyncGenerator<Input> {
  // A WARC holds many documents: allow it to be much larger than one document.
  const { bytes, error } = await readAll(path, gz, Math.max(opts.maxBytes * 100, 2 ** 30));
  let pos = 0;
  let n = 0;
  while (pos < bytes.length) {
    const start = bytes.indexOf('WARC/', pos, 'latin1');
    if (start < 0) break;
    const headEnd = bytes.indexOf(CRLF2, start);
    if (headEnd < 0) break;
    const headers = parseHeaders(bytes.subarray(start, headEnd).toString('utf8'));
    const length = Number(headers.get('content-length') ?? NaN);
    const blockStart = headEnd + 4;
    if (!Number.isFinite(length) || blockStart + length > bytes.length) {
      yield {
        ok: false,
        rejection: {
          source: `${path}@${start}`,
          code: 'truncated',
          reason: `${path}: expected a complete WARC record at byte ${start}, found it cut off; the ${n} records before it were read`,
        },
      };
      return;
    }
    const block = bytes.subarray(blockStart, blockStart + length);
    pos = blockStart + length;
    n++;
    if (headers.get('warc-type') !== 'response') continue;
    const uri = headers.get('warc-target-uri')?.replace(/^<|>$/g, '');
    const source = `${path}#${uri ?? `record-${n}`}`;
    const httpEnd = block.indexOf(CRLF2);
    if (httpEnd < 0) continue;
    const statusLine = block.subarray(0, block.indexOf('\r\n')).toString('latin1');
    const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(statusLine)?.[1] ?? 0);
    if (status < 200 || status >= 300) continue;
    const http = parseHeaders(block.subarray(0, httpEnd).toString('latin1'));
    const type = http.get('content-type') ?? '';
    if (type && !/text\/(html|plain)|application\/xhtml/i.test(type)) continue;
    try {
      let body = block.subarray(httpEnd + 4);
      if (/chunked/i.test(http.get('transfer-encoding') ?? '')) body = dechunk(body);
      body = decompress(body, http.get('content-encoding'));
      if (body.length > opts.maxBytes) {
        throw new DocumentRejected(
          'too-large',
          `${source}: expected a page of at most ${fmtBytes(opts.maxBytes)}, found ${fmtBytes(body.length)}`,
        );
      }
      checkNotBinary(body, source);
      const charset = /charset=([\w:.-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;
      const content = decode(body, source, charset);
      if (!/\S/.test(content)) continue;
      const kind = /html/i.test(type) || looksLikeHtml(content) ? 'html' : 'text';
      yield { ok: true, raw: { source, kind, content, given: uri ? { url: uri } : undefined }, bytes: body.length };
    } catch (err) {
      const e =
        err instanceof DocumentRejected
          ? err
          : new DocumentRejected('bad-record', `${source}: could not decode the record: ${(err as Error).message}`);
      yield { ok: false, rejection: { source, code: e.code, reason: e.message } };
    }
  }
  if (error) {
    yield {
      ok: false,
      rejection: {
        source: path,
        code: 'truncated',
        reason: `${path}: expected a complete ${gz ? 'gzip-compressed ' : ''}WARC file, found it damaged or cut off (${error}); the ${n} records before the break were read`,
      },
    };
  }
}
