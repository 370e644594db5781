/**
 * The HTTP API (`/v1/...`) and the web UI, as a Hono app over a Store. Read-only: GET and HEAD
 * only (others 405), no request bodies (413), bounded URLs (414), JSON errors
 * `{ error: { code, message } }`, strict security headers, no CORS. All article text goes out as
 * JSON data; the UI renders it with textContent only.
 *
 * Routes:
 *   GET /v1/health                 { ok, version, schema_version, backend, counts }
 *   GET /v1/articles               ?q&from&to&outlet&limit(≤500)&cursor → { articles, next_cursor }
 *   GET /v1/articles/:id           { article, annotations, events, ingested_at }
 *   GET /v1/events                 ?actor&source_country&target_country&event&cameo&from&to&q&limit(≤500)
 *                                  &cursor&order=asc|desc&dedup=true (dashed CLI names accepted)
 *                                  → { events (each with its `article` reference), next_cursor }
 *                                  &format=csv|gdelt|jsonl → a streamed download (limit ≤ 100000, default 10000)
 *   GET /v1/events.csv | .gdelt | .tsv | .jsonl   same as ?format=
 *   GET /v1/facets                 { plover_events, countries, outlets } with counts (for filter menus)
 *   GET /v1/rejections             ?limit → { rejections }
 *   GET /  and /<file>             the web UI from web/
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { CONTENT_TYPES, FILE_EXTENSIONS, exportLines, isExportFormat, type ExportFormat } from '../export/index.js';
import { parseArticleFilter, parseEventFilter } from '../store/filter.js';
import { StoreError, type EventFilter, type Store } from '../store/store.js';

export interface AppOptions {
  /** Reported by /v1/health. */
  version?: string;
  /** Folder of the web UI (default: the project's web/). Null: no UI. */
  webDir?: string | null;
  /**
   * If set, requests whose Host (`name:port`) is not in this list are refused (DNS-rebinding
   * guard). A function is asked on each request (the port may be known only after listening).
   */
  allowedHosts?: string[] | (() => string[] | undefined);
  /** Longest accepted request URL, in characters (default 4096). */
  maxUrlLength?: number;
  /** Where unexpected errors are reported (default: stderr). */
  log?: (message: string) => void;
}

export const API_MAX_LIMIT = 500;
export const DOWNLOAD_MAX_LIMIT = 100_000;
export const DOWNLOAD_DEFAULT_LIMIT = 10_000;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 413 | 414,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** Query parameters as single strings; a repeated parameter is a 400. */
function singleParams(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, vs] of Object.entries(c.req.queries())) {
    if (vs.length > 1)
      throw new HttpError(
        400,
        'bad-param',
        `${k}: expected one value, found ${vs.length}; give it once (lists are comma-separated)`,
      );
    out[k] = vs[0];
  }
  return out;
}

function takeBool(params: Record<string, string>, name: string): boolean {
  const v = params[name];
  delete params[name];
  if (v === undefined) return false;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new HttpError(400, 'bad-param', `${name}: expected true or false, found "${v}"`);
}

function streamOf(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // Batch small lines into chunks of ~64 KiB.
        let buf = '';
        while (buf.length < 65536) {
          const { value, done } = await lines.next();
          if (done) {
            if (buf) controller.enqueue(enc.encode(buf));
            controller.close();
            return;
          }
          buf += value;
        }
        controller.enqueue(enc.encode(buf));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const maxUrl = options.maxUrlLength ?? 4096;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const webDir = options.webDir === undefined ? null : options.webDir === null ? null : resolve(options.webDir);
  const hostsOption = options.allowedHosts;
  const allowedHosts = () =>
    (typeof hostsOption === 'function' ? hostsOption() : hostsOption)?.map((h) => h.toLowerCase());

  app.use('*', async (c, next) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      return c.json(errorBody('method-not-allowed', `${c.req.method}: this server is read-only; use GET or HEAD`), 405);
    }
    if (c.req.url.length > maxUrl) {
      return c.json(
        errorBody(
          'uri-too-long',
          `request URL: expected at most ${maxUrl} characters, found ${c.req.url.length}; use fewer or shorter filters`,
        ),
        414,
      );
    }
    const length = c.req.header('content-length');
    if ((length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined) {
      return c.json(
        errorBody(
          'body-not-allowed',
          'request body: expected none (the API only reads), found one; send the request without a body',
        ),
        413,
      );
    }
    const hosts = allowedHosts();
    if (hosts) {
      // The request URL's host is built from the Host header by the Node adapter.
      const host = new URL(c.req.url).host.toLowerCase();
      if (!hosts.includes(host)) {
        return c.json(errorBody('bad-host', `Host header: expected one of ${hosts.join(', ')}, found "${host}"`), 403);
      }
    }
    await next();
  });

  app.onError((err, c) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    if (err instanceof HttpError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof StoreError && err.code.startsWith('bad-')) return c.json(errorBody(err.code, err.message), 400);
    log(
      `chronicle serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return c.json(errorBody('internal', 'internal error; the server log has the details'), 500);
  });

  app.notFound((c) =>
    c.json(
      errorBody('not-found', `${c.req.path}: no such route or file; the API lives under /v1 (see /v1/health)`),
      404,
    ),
  );

  app.get('/v1/health', async (c) => {
    const counts = await store.stats();
    return c.json({
      ok: true,
      version: options.version ?? 'unknown',
      schema_version: store.schemaVersion,
      backend: store.capabilities.backend,
      counts,
    });
  });

  app.get('/v1/articles', async (c) => {
    const filter = parseArticleFilter(singleParams(c), API_MAX_LIMIT);
    return c.json(await store.listArticles(filter));
  });

  app.get('/v1/articles/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 512)
      throw new HttpError(400, 'bad-param', `id: expected at most 512 characters, found ${id.length}`);
    const doc = await store.getDocument(id);
    if (!doc) throw new HttpError(404, 'not-found', `article "${id.slice(0, 80)}": not in the store`);
    return c.json(doc);
  });

  app.get('/v1/facets', async (c) => c.json(await store.facets()));

  app.get('/v1/rejections', async (c) => {
    const params = singleParams(c);
    const { limit, ...rest } = params;
    if (Object.keys(rest).length)
      throw new HttpError(400, 'bad-param', `unknown parameter "${Object.keys(rest)[0]}"; expected limit`);
    const n = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > API_MAX_LIMIT) {
      throw new HttpError(
        400,
        'bad-param',
        `limit: expected a whole number from 1 to ${API_MAX_LIMIT}, found "${limit}"`,
      );
    }
    return c.json({ rejections: await store.rejections({ limit: n }) });
  });

  const events = async (c: Context, pathFormat: ExportFormat | null) => {
    const params = singleParams(c);
    let format: ExportFormat | 'json' = pathFormat ?? 'json';
    if (params.format !== undefined) {
      const f = params.format;
      if (f !== 'json' && !isExportFormat(f))
        throw new HttpError(400, 'bad-param', `format: expected json, jsonl, csv or gdelt, found "${f}"`);
      if (pathFormat && f !== pathFormat)
        throw new HttpError(400, 'bad-param', `format: the path asks for ${pathFormat} but format=${f}`);
      format = f;
      delete params.format;
    }
    const dedup = takeBool(params, 'dedup');
    if (format === 'json') {
      const filter = parseEventFilter(params, API_MAX_LIMIT);
      return c.json(await store.queryEvents(filter, { withArticle: true, dedup }));
    }
    const { limit: rawLimit, cursor, ...rest } = params;
    if (cursor !== undefined)
      throw new HttpError(
        400,
        'bad-param',
        'cursor: downloads are not paginated; drop the cursor and use limit (up to 100000)',
      );
    const filter: EventFilter = parseEventFilter(rest);
    let limit = DOWNLOAD_DEFAULT_LIMIT;
    if (rawLimit !== undefined) limit = parseEventFilter({ limit: rawLimit }, DOWNLOAD_MAX_LIMIT).limit ?? limit;
    const source = store.iterateEvents({ ...filter, limit }, { withArticle: true, dedup });
    // Pull the first line before answering so that a query error still becomes a JSON 400/500.
    const lines = exportLines(source, format);
    const first = await lines.next();
    async function* all(): AsyncGenerator<string> {
      if (!first.done) yield first.value;
      yield* lines;
    }
    c.header('Content-Type', CONTENT_TYPES[format]);
    c.header('Content-Disposition', `attachment; filename="chronicle-events.${FILE_EXTENSIONS[format]}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(streamOf(all()));
  };

  app.get('/v1/events', (c) => events(c, null));
  app.get('/v1/events.csv', (c) => events(c, 'csv'));
  app.get('/v1/events.jsonl', (c) => events(c, 'jsonl'));
  app.get('/v1/events.gdelt', (c) => events(c, 'gdelt'));
  app.get('/v1/events.tsv', (c) => events(c, 'gdelt'));

  app.get('/v1/*', (c) =>
    c.json(errorBody('not-found', `${c.req.path}: no such API route; see /v1/health, /v1/events, /v1/articles`), 404),
  );

  if (webDir) {
    const root = webDir.endsWith(sep) ? webDir : webDir + sep;
    app.get('*', async (c) => {
      const path = c.req.path === '/' ? '/index.html' : c.req.path;
      if (!/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/.test(path) || path.includes('..')) {
        throw new HttpError(404, 'not-found', `${c.req.path}: no such file`);
      }
      const file = resolve(join(webDir, path));
      const type = STATIC_TYPES[extname(file).toLowerCase()];
      if (!file.startsWith(root) || !type) throw new HttpError(404, 'not-found', `${c.req.path}: no such file`);
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        throw new HttpError(404, 'not-found', `${c.req.path}: no such file`);
      }
      c.header('Content-Type', type);
      c.header('Cache-Control', type.startsWith('text/html') ? 'no-cache' : 'max-age=300');
      return c.body(new Uint8Array(body));
    });
  }

  return app;
}
