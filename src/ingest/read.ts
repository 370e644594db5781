/**
 * The `source` stage: paths, folders, standard input and URLs → RawDoc, in input order.
 * Each input yields documents or explained rejections; nothing here throws for a bad document.
 *
 * Formats, by extension (content is sniffed when the extension says nothing):
 *   .txt .text .md        scraped or plain text (HTML inside is recognised)
 *   .html .htm .xhtml     web pages
 *   .json                 one object, or an array of objects ({text|html, url?, title?, published?, outlet?, id?})
 *   .jsonl .ndjson        one such object per line
 *   .warc                 WARC response records (see warc.ts)
 *   *.gz                  any of the above, gzip-compressed
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import { DocumentRejected } from '../errors.js';
import type { Article, RawDoc, Rejection } from '../types.js';
import {
  DEFAULT_MAX_BYTES,
  checkNotBinary,
  checkNotEmpty,
  checkSize,
  decode,
  fmtBytes,
  looksLikeHtml,
} from './decode.js';
import { readWarc } from './warc.js';
import { fetchUrl, isUrl } from './fetch.js';
import { feedEntries, isFeed, type FeedEntry } from './feed.js';

export type Input = { ok: true; raw: RawDoc; bytes: number } | { ok: false; rejection: Rejection };

export interface ReadOptions {
  /** Largest document accepted, in bytes. */
  maxBytes?: number;
  /** Allow URLs that resolve to private or loopback addresses. */
  allowPrivate?: boolean;
  /** Standard input, for `-` (injectable for tests). */
  stdin?: NodeJS.ReadableStream;
}

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

function rejection(source: string, err: unknown): Input {
  if (err instanceof DocumentRejected) return { ok: false, rejection: { source, code: err.code, reason: err.message } };
  const msg = err instanceof Error ? err.message : String(err);
  return { ok: false, rejection: { source, code: 'read-error', reason: `${source}: could not read it: ${msg}` } };
}

/** A folder's own documentation, not a document to ingest. */
const PROJECT_FILE = /^(readme|licen[cs]e|changelog|copying|notice)(\.\w+)?$/i;

/** Lists the files under a folder, recursively, sorted, without hidden entries or README/LICENSE files. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || (e.isFile() && PROJECT_FILE.test(e.name))) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Reads every input in order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<Input> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(opts);
    } else if (isUrl(p)) {
      try {
        const res = await fetchUrl(p, {
          allowPrivate: opts.allowPrivate,
          maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
        });
        const head = Buffer.from(res.bytes.subarray(0, 4096)).toString('utf8');
        if (isFeed(head)) yield* readFeedUrl(res.bytes, p, opts);
        else yield* fromBytes(res.bytes, p, res.kindHint, opts, res.charset, { url: res.url });
      } catch (err) {
        yield rejection(p, err);
      }
    } else {
      let st;
      try {
        st = statSync(p);
      } catch {
        yield {
          ok: false,
          rejection: {
            source: p,
            code: 'not-found',
            reason: `${p}: expected a file, folder, URL or "-", found nothing at that path; check the path`,
          },
        };
        continue;
      }
      if (st.isDirectory()) {
        for (const f of listFiles(p)) yield* readFilePath(f, opts);
      } else {
        yield* readFilePath(p, opts);
      }
    }
  }
}

async function* readFilePath(path: string, opts: ReadOptions): AsyncGenerator<Input> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let name = basename(path).toLowerCase();
  const gz = name.endsWith('.gz');
  if (gz) name = name.slice(0, -3);
  const ext = extname(name);
  if (JSONL_EXT.has(ext)) {
    // Streamed: a JSONL dump can be far larger than any one document.
    yield* readJsonlStream(path, gz, opts);
    return;
  }
  if (ext === '.warc') {
    yield* readWarc(path, gz, { maxBytes });
    return;
  }
  try {
    const size = statSync(path).size;
    // A compressed file is checked after decompression too.
    checkSize(size, path, maxBytes);
    let bytes: Uint8Array = await readFile(path);
    if (gz) bytes = gunzipBounded(bytes, path, maxBytes);
    const hint = HTML_EXT.has(ext) ? 'html' : TEXT_EXT.has(ext) ? 'text' : ext === '.json' ? 'json' : null;
    yield* fromBytes(bytes, path, hint, opts, null, {});
  } catch (err) {
    yield rejection(path, err);
  }
}

function gunzipBounded(bytes: Uint8Array, source: string, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/maxOutputLength|Cannot create a Buffer larger|buffer/i.test(msg)) checkSize(maxBytes + 1, source, maxBytes);
    throw new DocumentRejected(
      'bad-gzip',
      `${source}: expected a complete gzip stream, found a damaged or truncated one (${msg}); re-download or recompress it`,
    );
  }
}

async function* fromBytes(
  bytes: Uint8Array,
  source: string,
  hint: 'html' | 'text' | 'json' | null,
  opts: ReadOptions,
  charset: string | null,
  given: RawDoc['given'],
): AsyncGenerator<Input> {
  try {
    checkSize(bytes.length, source, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    if (bytes.length === 0) checkNotEmpty('', source);
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!bom) checkNotBinary(bytes, source);
    const text = decode(bytes, source, charset);
    checkNotEmpty(text, source);
    if (isFeed(text)) {
      yield* feedFromFile(text, source);
      return;
    }
    const trimmed = text.trimStart();
    if (hint === 'json' || (hint === null && (trimmed.startsWith('{') || trimmed.startsWith('[')))) {
      yield* fromJsonText(text, source);
      return;
    }
    const kind = hint === 'html' || looksLikeHtml(text) ? 'html' : 'text';
    yield { ok: true, raw: { source, kind, content: text, given: dropEmpty(given) }, bytes: bytes.length };
  } catch (err) {
    yield rejection(source, err);
  }
}

function dropEmpty(given: RawDoc['given']): RawDoc['given'] | undefined {
  if (!given) return undefined;
  const entries = Object.entries(given).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? (Object.fromEntries(entries) as RawDoc['given']) : undefined;
}

function* fromJsonText(text: string, source: string): Generator<Input> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // Not one JSON value: maybe JSON Lines with a .json name.
    if (text.trimStart().startsWith('{') && text.includes('\n')) {
      let n = 0;
      for (const line of text.split('\n')) {
        n++;
        if (line.trim()) yield fromJsonLine(line, `${source}#L${n}`);
      }
      return;
    }
    yield rejection(
      source,
      new DocumentRejected(
        'bad-json',
        `${source}: expected a JSON object or array, found invalid JSON (${(err as Error).message})`,
      ),
    );
    return;
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  for (let i = 0; i < items.length; i++) {
    const src = Array.isArray(parsed) ? `${source}#${i}` : source;
    yield fromObject(items[i], src);
  }
}

/** One JSONL line → a document or a rejection. */
export function fromJsonLine(line: string, source: string): Input {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    const found = line.length > 60 ? `${line.slice(0, 60)}…` : line;
    return rejection(
      source,
      new DocumentRejected(
        'bad-json',
        `${source}: expected one complete JSON object per line, found invalid or truncated JSON (${(err as Error).message}) in "${found}"; fix or drop that line`,
      ),
    );
  }
  return fromObject(obj, source);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function fromObject(obj: unknown, source: string): Input {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return rejection(
      source,
      new DocumentRejected(
        'bad-json',
        `${source}: expected a JSON object with "text" or "html", found ${Array.isArray(obj) ? 'an array' : typeof obj}`,
      ),
    );
  }
  let o = obj as Record<string, unknown>;
  // An Annotated or Linked record (output of `chronicle annotate`): take its article.
  if (typeof o.article === 'object' && o.article !== null && Array.isArray(o.sentences))
    o = o.article as Record<string, unknown>;
  const html = typeof o.html === 'string' ? o.html : undefined;
  const text = typeof o.text === 'string' ? o.text : undefined;
  const content = text ?? html;
  if (content === undefined) {
    return rejection(
      source,
      new DocumentRejected(
        'bad-json',
        `${source}: expected a "text" or "html" string field, found fields ${Object.keys(o).slice(0, 8).join(', ') || '(none)'}`,
      ),
    );
  }
  if (!/\S/.test(content)) {
    return rejection(
      source,
      new DocumentRejected(
        'empty',
        `${source}: expected text in "${text !== undefined ? 'text' : 'html'}", found an empty string`,
      ),
    );
  }
  const authors = Array.isArray(o.authors) ? o.authors.filter((a): a is string => typeof a === 'string') : undefined;
  const published = str(o.published) ?? str(o.date) ?? str(o.published_at);
  const given = dropEmpty({
    id: str(o.id) ?? (typeof o.id === 'number' ? String(o.id) : undefined),
    url: str(o.url),
    title: str(o.title),
    published,
    published_from: published ? 'input' : undefined,
    outlet: str(o.outlet) ?? str(o.source_name),
    language: str(o.language),
    authors: authors?.length ? authors : undefined,
  });
  const kind = text !== undefined ? (looksLikeHtml(text) ? 'html' : 'text') : 'html';
  const article = asArticle(o, source);
  return { ok: true, raw: { source, kind, content, given, article }, bytes: Buffer.byteLength(content) };
}

/** An input object that is already a Chronicle Article (has every Article field): used as it is. */
function asArticle(o: Record<string, unknown>, source: string): Article | undefined {
  const keys = ['id', 'text', 'language', 'published_from', 'authors', 'outlet', 'title', 'published'];
  if (!keys.every((k) => k in o) || typeof o.id !== 'string' || typeof o.text !== 'string') return undefined;
  return {
    id: o.id,
    source: typeof o.source === 'string' ? o.source : source,
    url: str(o.url) ?? null,
    outlet: str(o.outlet) ?? null,
    title: str(o.title) ?? null,
    published: str(o.published) ?? null,
    published_from: (str(o.published_from) as Article['published_from']) ?? null,
    language: str(o.language) ?? 'und',
    authors: Array.isArray(o.authors) ? o.authors.filter((a): a is string => typeof a === 'string') : [],
    text: o.text,
  };
}

async function* readJsonlStream(path: string, gz: boolean, opts: ReadOptions): AsyncGenerator<Input> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let stream: NodeJS.ReadableStream = createReadStream(path);
  if (gz) stream = stream.pipe(createGunzip());
  const failures: unknown[] = [];
  stream.on('error', (err) => failures.push(err));
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      const source = `${path}#L${n}`;
      if (line.length > maxBytes) {
        yield rejection(
          source,
          new DocumentRejected(
            'too-large',
            `${source}: expected a line of at most ${fmtBytes(maxBytes)}, found ${fmtBytes(line.length)}; split it or raise --max-bytes`,
          ),
        );
        continue;
      }
      if (line.includes('\u0000')) {
        yield rejection(
          source,
          new DocumentRejected('binary', `${source}: expected JSON text, found NUL bytes; this line is binary data`),
        );
        continue;
      }
      if (line.includes('\uFFFD')) {
        yield rejection(
          source,
          new DocumentRejected(
            'encoding',
            `${source}: expected UTF-8, found invalid byte sequences on this line; convert the file to UTF-8`,
          ),
        );
        continue;
      }
      yield fromJsonLine(line, source);
    }
  } catch (err) {
    failures.push(err);
  }
  if (failures.length) {
    const msg = failures[0] instanceof Error ? (failures[0] as Error).message : String(failures[0]);
    yield rejection(
      `${path}#L${n + 1}`,
      new DocumentRejected(
        gz ? 'bad-gzip' : 'read-error',
        `${path}: stopped reading after line ${n}: ${msg}; the lines before were read`,
      ),
    );
  }
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<Input> {
  const input = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const chunk of input) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    chunks.push(b);
    // Standard input may be a long JSONL stream; only refuse absurd sizes outright.
    if (size > max * 50) break;
  }
  const bytes = Buffer.concat(chunks);
  const head = bytes.subarray(0, 1).toString();
  const multiLineJson =
    head === '{' && bytes.includes(0x0a) && bytes.subarray(0, bytes.indexOf(0x0a)).toString().trim().endsWith('}');
  if (multiLineJson) {
    let n = 0;
    for (const line of bytes.toString('utf8').split('\n')) {
      n++;
      if (line.trim()) yield fromJsonLine(line, `-#L${n}`);
    }
    return;
  }
  yield* fromBytes(bytes, '-', null, opts, null, {});
}

/** A feed item's own content as a document. */
function feedItem(e: FeedEntry, src: string): Input {
  if (!/\S/.test(e.content)) {
    return rejection(src, new DocumentRejected('empty', `${src}: the feed item has no content and no link to fetch`));
  }
  return {
    ok: true,
    raw: { source: src, kind: 'html', content: e.content, given: dropEmpty(e.given) },
    bytes: e.content.length,
  };
}

/** A feed read from a file: each item's own content, offline. */
function* feedFromFile(text: string, source: string): Generator<Input> {
  const entries = feedEntries(text);
  if (!entries.length) {
    yield rejection(
      source,
      new DocumentRejected('bad-feed', `${source}: expected RSS or Atom items, found none; check the feed`),
    );
    return;
  }
  for (let i = 0; i < entries.length; i++) yield feedItem(entries[i], `${source}#item${i + 1}`);
}

/** A feed fetched from a URL: the pages its items link to, with the item's title, date and outlet. */
async function* readFeedUrl(bytes: Uint8Array, source: string, opts: ReadOptions): AsyncGenerator<Input> {
  const entries = feedEntries(decode(bytes, source));
  if (!entries.length) {
    yield rejection(
      source,
      new DocumentRejected('bad-feed', `${source}: expected RSS or Atom items, found none; check the feed URL`),
    );
    return;
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!e.link || !isUrl(e.link)) {
      yield feedItem(e, `${source}#item${i + 1}`);
      continue;
    }
    try {
      const res = await fetchUrl(e.link, {
        allowPrivate: opts.allowPrivate,
        maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      });
      yield* fromBytes(res.bytes, e.link, res.kindHint, opts, res.charset, { ...e.given, url: res.url });
    } catch (err) {
      yield rejection(e.link, err);
    }
  }
}
