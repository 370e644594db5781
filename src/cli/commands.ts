/**
 * The commands of ../shared/DESIGN.md §3, each a thin layer over the library: parse flags,
 * call the pipeline / store / stories, write records.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { UsageError } from '../errors.js';
import { asRejection, processRaw, ingest, type IngestSummary } from '../ingest/run.js';
import { listFiles, readInputs, type ReadOptions } from '../ingest/read.js';
import { isUrl } from '../ingest/fetch.js';
import { defaultContext, runStages } from '../pipeline.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { writeEvents, type ExportFormat } from '../export/index.js';
import { parseEventFilter } from '../store/filter.js';
import { explain } from '../events/index.js';
import { serve } from '../server/index.js';
import { buildStories, buildTimeline, timelineToMarkdown } from '../stories/index.js';
import type { Rejection } from '../types.js';
import { Output } from './output.js';

const DEFAULT_DB = './chronicle.db';

// ---- option parsers: each says what it expected and what it found --------------------------

function isoDate(value: string): string {
  if (
    !/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(value) ||
    Number.isNaN(
      Date.parse(
        value
          .slice(0, 10)
          .padEnd(10, '-01')
          .replace(/-(\d)$/, '-0$1'),
      ),
    )
  ) {
    throw new InvalidArgumentError(`expected an ISO date such as 2017-05-03 (or 2017-05, 2017), found "${value}".`);
  }
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError(`expected a whole number above 0, found "${value}".`);
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError(`expected a port from 0 to 65535, found "${value}".`);
  return n;
}

function bytesSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected a size such as 20MB or 500KB, found "${value}".`);
  const mult: Record<string, number> = {
    b: 1,
    k: 1024,
    kb: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
  };
  return Math.round(Number(m[1]) * mult[(m[2] ?? 'b').toLowerCase()]);
}

const dbOption = () => new Option('--db <path-or-url>', 'SQLite file, or postgres:// URL').default(DEFAULT_DB);
const publishedOption = () =>
  new Option('--published <date>', 'publication date to assume for documents that state none (ISO)').argParser(isoDate);
const maxBytesOption = () =>
  new Option('--max-bytes <size>', 'largest document accepted').argParser(bytesSize).default(20 * 1024 ** 2, '20MB');

function readOptions(opts: { maxBytes?: number; allowPrivate?: boolean }): ReadOptions {
  return { maxBytes: opts.maxBytes, allowPrivate: opts.allowPrivate };
}

function reportRejection(r: Rejection): void {
  process.stderr.write(`rejected ${r.source} [${r.code}]: ${r.reason}\n`);
}

function requirePaths(paths: string[], command: string): void {
  if (paths.length === 0)
    throw new UsageError(
      `${command}: expected at least one PATH, URL or "-", found none; e.g. chronicle ${command} examples/`,
    );
}

// ---- stateless commands: extract | annotate | code ------------------------------------------

type Level = 'extract' | 'annotate' | 'code';

async function runStateless(
  level: Level,
  paths: string[],
  opts: { published?: string; maxBytes?: number; allowPrivate?: boolean; pretty?: boolean },
) {
  requirePaths(paths, level);
  const ctx = defaultContext({ published: opts.published ?? null });
  const out = new Output(process.stdout);
  let rejected = 0;
  for await (const input of readInputs(paths, readOptions(opts))) {
    if (!input.ok) {
      rejected++;
      reportRejection(input.rejection);
      continue;
    }
    if (opts.published && !input.raw.given?.published && !input.raw.article?.published) {
      input.raw.given = { ...input.raw.given, published: opts.published, published_from: 'input' };
    }
    if (level === 'code') {
      const done = processRaw(input.raw, ctx);
      if (!done.ok) {
        rejected++;
        reportRejection(done.rejection);
        continue;
      }
      if (done.result.unsupported) process.stderr.write(`note ${input.raw.source}: ${done.result.unsupported}\n`);
      for (const e of done.result.events) await out.json(e);
      continue;
    }
    try {
      // `annotate` also resolves actors: its record is an Annotated whose entities carry their
      // actor, plus the nominal and pronoun mentions (`mentions`) the resolve stage found.
      const stages = runStages(input.raw, ctx, level === 'extract' ? 'extract' : 'resolve');
      await out.json(level === 'extract' ? stages.article : stages.linked);
    } catch (err) {
      rejected++;
      reportRejection(asRejection(err, input.raw.source));
    }
  }
  await out.end();
  if (rejected > 0) process.exitCode = 1;
}

// ---- ingest ------------------------------------------------------------------------------------

function countInputs(paths: string[]): number {
  let n = 0;
  for (const p of paths) {
    if (p === '-' || isUrl(p)) n++;
    else {
      try {
        n += statSync(p).isDirectory() ? listFiles(p).length : 1;
      } catch {
        n++;
      }
    }
  }
  return n;
}

function printSummary(s: IngestSummary, db: string): void {
  const rejected = Object.entries(s.rejected_by_code)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
  process.stderr.write(
    `ingested ${s.documents} document${s.documents === 1 ? '' : 's'} in ${s.seconds}s into ${db}: ` +
      `${s.articles_new} new article${s.articles_new === 1 ? '' : 's'}, ${s.articles_unchanged} already stored, ` +
      `${s.events} event${s.events === 1 ? '' : 's'}` +
      (s.unsupported ? `, ${s.unsupported} stored but not coded (language)` : '') +
      `, ${s.rejected} rejected${rejected ? ` (${rejected})` : ''}\n`,
  );
}

export async function runIngest(
  paths: string[],
  opts: { db: string; published?: string; maxBytes?: number; allowPrivate?: boolean; jobs?: number; quiet?: boolean },
): Promise<IngestSummary> {
  requirePaths(paths, 'ingest');
  const store = await openStore(opts.db);
  const tty = process.stderr.isTTY && !opts.quiet;
  let bar: cliProgress.SingleBar | null = null;
  let total = 0;
  if (tty) {
    total = countInputs(paths);
    bar = new cliProgress.SingleBar(
      {
        format: 'ingest [{bar}] {value}/{total} docs | {eta_formatted} left | {source}',
        hideCursor: true,
        stream: process.stderr,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { source: '' });
  }
  const rejections: Rejection[] = [];
  try {
    const summary = await ingest(paths, store, {
      ...readOptions(opts),
      jobs: opts.jobs,
      ctx: defaultContext({ published: opts.published ?? null }),
      onReject: (r) => (bar ? rejections.push(r) : opts.quiet ? undefined : reportRejection(r)),
      onProgress: (p) => {
        if (!bar) return;
        if (p.documents > total) bar.setTotal((total = p.documents));
        bar.update(p.documents, { source: p.source.length > 40 ? `…${p.source.slice(-39)}` : p.source });
      },
    });
    bar?.stop();
    for (const r of rejections) reportRejection(r);
    if (!opts.quiet) printSummary(summary, opts.db);
    process.stdout.write(`${JSON.stringify({ summary })}\n`);
    if (summary.rejected > 0) process.exitCode = 1;
    return summary;
  } finally {
    bar?.stop();
    await store.close();
  }
}

// ---- queries -----------------------------------------------------------------------------------

interface EventsFlags {
  db: string;
  actor?: string;
  sourceCountry?: string;
  targetCountry?: string;
  event?: string;
  cameo?: string;
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  format: ExportFormat;
  dedup?: boolean;
}

async function openExisting(db: string): Promise<Store> {
  if (!/^postgres(ql)?:\/\//.test(db)) {
    try {
      statSync(db);
    } catch {
      throw new UsageError(
        `expected a Chronicle database at ${db}, found nothing; run "chronicle ingest PATH --db ${db}" first, or pass --db`,
      );
    }
  }
  return openStore(db);
}

// ---- registration ------------------------------------------------------------------------------

export function registerCommands(program: Command): void {
  const stateless = (name: Level, summary: string) =>
    program
      .command(name)
      .description(summary)
      .argument('[paths...]', 'files, folders, URLs, or - for standard input')
      .addOption(publishedOption())
      .addOption(maxBytesOption())
      .option('--allow-private', 'allow URLs that resolve to private or loopback addresses')
      .action((paths: string[], opts) => runStateless(name, paths, opts));

  stateless('extract', 'one Article per input document (JSON Lines)');
  stateless(
    'annotate',
    'one Annotated record per document: sentences, entities with their actors, times, quantities, quotes',
  );
  stateless('code', 'events, one per line (PLOVER with CAMEO codes)');

  program
    .command('ingest')
    .description('run the whole pipeline into the store; idempotent and resumable')
    .argument('[paths...]', 'files, folders, URLs, or - for standard input')
    .addOption(dbOption())
    .addOption(publishedOption())
    .addOption(maxBytesOption())
    .addOption(new Option('--jobs <n>', 'worker threads (default: 1)').argParser(positiveInt))
    .option('--allow-private', 'allow URLs that resolve to private or loopback addresses')
    .option('--quiet', 'no progress bar, no summary on stderr')
    .action(async (paths: string[], opts) => {
      await runIngest(paths, opts);
    });

  const filters = (cmd: Command) =>
    cmd
      .addOption(dbOption())
      .option('--actor <actor>', 'actor id, CAMEO code (RUSGOV, RUS) or name, as source or target')
      .option('--source-country <iso3>', 'source actor country (ISO 3166 alpha-3)')
      .option('--target-country <iso3>', 'target actor country (ISO 3166 alpha-3)')
      .option('--event <type>', 'PLOVER event type, e.g. CONSULT')
      .option('--cameo <code>', 'CAMEO code or prefix, e.g. 04 or 042')
      .addOption(new Option('--from <date>', 'first date (inclusive)').argParser(isoDate))
      .addOption(new Option('--to <date>', 'last date (inclusive)').argParser(isoDate))
      .option('--q <text>', 'full-text search in the source sentence')
      .addOption(new Option('--limit <n>', 'at most this many').argParser(positiveInt));

  filters(program.command('events').description('query events'))
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'gdelt']).default('jsonl'))
    .option('--dedup', 'one event per happening reported by several articles, with its number of sources')
    .action(async (opts: EventsFlags) => {
      const { db, format, dedup, ...flags } = opts;
      const filter = parseEventFilter(flags as Record<string, string | number | undefined>, Number.MAX_SAFE_INTEGER);
      const store = await openExisting(db);
      try {
        await writeEvents(
          store.iterateEvents(filter, { withArticle: format !== 'jsonl', dedup }),
          process.stdout,
          format,
        );
      } finally {
        await store.close();
      }
    });

  program
    .command('stories')
    .description('story clusters: events and articles about the same happening')
    .addOption(dbOption())
    .addOption(new Option('--from <date>', 'first date (inclusive)').argParser(isoDate))
    .addOption(new Option('--to <date>', 'last date (inclusive)').argParser(isoDate))
    .option('--q <text>', 'only stories matching this text')
    .addOption(new Option('--limit <n>', 'at most this many stories').argParser(positiveInt))
    .action(async (opts: { db: string; from?: string; to?: string; q?: string; limit?: number }) => {
      const store = await openExisting(opts.db);
      const out = new Output(process.stdout);
      try {
        for (const story of await buildStories(store, opts)) await out.json(story);
      } finally {
        await out.end();
        await store.close();
      }
    });

  program
    .command('timeline')
    .description('dated entries {date, summary[], article_ids[]} for a query or an actor')
    .addOption(dbOption())
    .option('--q <text>', 'what the timeline is about (full-text query)')
    .option('--actor <actor>', 'or: an actor id, CAMEO code or name')
    .addOption(new Option('--from <date>', 'first date (inclusive)').argParser(isoDate))
    .addOption(new Option('--to <date>', 'last date (inclusive)').argParser(isoDate))
    .addOption(new Option('--max-dates <n>', 'at most this many dates').argParser(positiveInt))
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'md']).default('jsonl'))
    .action(
      async (opts: {
        db: string;
        q?: string;
        actor?: string;
        from?: string;
        to?: string;
        maxDates?: number;
        format: string;
      }) => {
        if (!opts.q && !opts.actor)
          throw new UsageError(
            'timeline: expected --q TEXT or --actor A, found neither; e.g. chronicle timeline --q Aleppo',
          );
        const store = await openExisting(opts.db);
        const out = new Output(process.stdout);
        try {
          const entries = await buildTimeline(store, opts);
          if (opts.format === 'md') await out.text(timelineToMarkdown(entries, opts.q ?? opts.actor ?? ''));
          else for (const e of entries) await out.json(e);
        } finally {
          await out.end();
          await store.close();
        }
      },
    );

  program
    .command('explain')
    .description('why an event was coded as it was: sentence, spans, rule, actors, date')
    .argument('<event-id>', 'an event id from chronicle events / code')
    .addOption(dbOption())
    .action(async (id: string, opts: { db: string }) => {
      const store = await openExisting(opts.db);
      try {
        const event = await store.getEvent(id);
        if (!event)
          throw new UsageError(
            `explain: expected an event id in ${opts.db}, found no event "${id}"; list ids with chronicle events`,
          );
        process.stdout.write(`${explain(event)}\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command('serve')
    .description('HTTP API /v1 and the web UI (read-only, loopback by default)')
    .addOption(dbOption())
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .addOption(new Option('--port <port>', 'port (0 = any free port)').argParser(port).default(8080))
    .action(async (opts: { db: string; host: string; port: number }) => {
      await openExisting(opts.db).then((s) => s.close());
      const { url } = await serve({ db: opts.db, host: opts.host, port: opts.port });
      process.stderr.write(`chronicle: serving ${opts.db} at ${url} (Ctrl-C to stop)\n`);
      process.stdout.write(`${url}\n`);
    });

  program
    .command('worker')
    .description('a worker that takes jobs from the shared PostgreSQL queue')
    .requiredOption('--db <postgres-url>', 'postgres:// URL of the shared database')
    .action(async (opts: { db: string }) => {
      if (!/^postgres(ql)?:\/\//.test(opts.db))
        throw new UsageError(
          `worker: expected --db postgres://…, found "${opts.db}"; workers share a PostgreSQL database`,
        );
      await openStore(opts.db); // throws a clear error while the PostgreSQL backend is not built
    });

  program
    .command('demo')
    .description('ingest the demo corpus (examples/) into ./chronicle.db and serve the web UI')
    .addOption(dbOption())
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .addOption(new Option('--port <port>', 'port (0 = any free port)').argParser(port).default(8080))
    .option('--no-serve', 'only ingest')
    .action(async (opts: { db: string; host: string; port: number; serve: boolean }) => {
      const { ROOT } = await import('../paths.js');
      const { join } = await import('node:path');
      await runIngest([join(ROOT, 'examples')], { db: opts.db });
      if (!opts.serve) return;
      const { url } = await serve({ db: opts.db, host: opts.host, port: opts.port });
      process.stderr.write(`\nChronicle demo: open ${url} in a browser (Ctrl-C to stop)\n`);
    });
}
