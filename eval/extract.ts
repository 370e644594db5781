/**
 * Extraction quality on the trafilatura evaluation set (../shared/data/dev/extraction/trafilatura-eval):
 * 990 real pages with snippets that must (`with`) and must not (`without`) be in the main text.
 *
 *   npx tsx eval/extract.ts [--limit N] [--every K] [--engine auto|own|readability] [--verbose] [--dump FILE] [--titles]
 *   npx tsx eval/extract.ts --text-only [--learn]
 *
 * `--titles` lists title misses (gold, ours) on stderr.
 * `--text-only` renders each page to plain text first (tags stripped, one line per block, nothing
 * removed) and runs the plain-text path on it — the setting of scraped text without markup.
 * `--learn` adds the cross-document pass: lines recurring across the pages of one site
 * (learnBoilerplate, grouped by host; archived pages by their original host) are dropped.
 *
 * Metrics (one line each):
 *   extract.precision/recall/f1 — per page, each `with` snippet found in Article.text is a TP (else FN),
 *     each `without` snippet found is a FP (else TN); summed over all pages (as trafilatura's own
 *     evaluation). Matching is on whitespace-collapsed, NFC-normalised text. Rejected pages count as
 *     empty text.
 *   extract.date_accuracy — over pages whose gold `date` is a full day: our `published` day equals it.
 *   extract.date_false_rate — over pages whose gold `date` is empty: share where we still give a date.
 *   extract.title_accuracy — over pages with a non-empty gold `title`: exact match after whitespace
 *     collapsing (case-sensitive).
 *   extract.author_accuracy — over pages with a non-empty gold `author`: the set of names equals ours
 *     exactly (both sides split on `;` `,` `&` `and` `und`, each name NFKD-folded, lower-cased,
 *     punctuation → space, whitespace collapsed; then the sorted lists must be equal).
 *   extract.author_empty_accuracy — over pages whose gold author is empty: we give no author.
 *   extract.pages_per_s — pages extracted per second (decode + extract, one process).
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';
import type { HtmlEngine } from '../src/extract/html.js';
import { decodeHtmlBytes } from '../src/extract/charset.js';
import { DocumentRejected } from '../src/errors.js';
import { parsePage, findTag } from '../src/extract/dom.js';
import { collectBlocks } from '../src/extract/dom-text.js';
import { learnBoilerplate, type BoilerplateModel } from '../src/extract/boilerplate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_EVAL_DIR = path.resolve(repoRoot, '../shared/data/dev/extraction/trafilatura-eval');

export interface EvalOptions {
  /** Folder with evaldata.json and html/. */
  dir?: string;
  /** Only the first N pages (in file-name order). */
  limit?: number;
  /** Only every K-th page (a spread-out subset). */
  every?: number;
  /** Called per page with details (for --verbose). */
  onPage?: (r: PageResult) => void;
  /** Keep each page's extracted text in PageResult (for --dump). */
  keepText?: boolean;
  /** Main-content engine (see ExtractOptions.engine). */
  engine?: HtmlEngine;
  /** Render pages to plain text and run the text path (see the header). */
  textOnly?: boolean;
  /** With textOnly: learn recurring lines per site and drop them. */
  learn?: boolean;
}

/** A page as text without markup: one line per block, nothing removed (what a tag-stripping scraper gives). */
export function renderText(html: string): string {
  const page = parsePage(html);
  const body = findTag(page.root, 'body') ?? page.root;
  return collectBlocks(body, false)
    .blocks.map((b) => b.text)
    .join('\n');
}

/** Site of a page for grouping: the host, or the original host of a web.archive.org capture. */
function siteOf(url: string): string {
  const m = /web\.archive\.org\/web\/\d+[a-z_]*\/(https?:\/\/[^/]+)/.exec(url);
  try {
    return new URL(m ? m[1] : url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

interface Gold {
  file: string;
  with: string[];
  without: string[];
  date?: string | null;
  title?: string | null;
  author?: string | string[] | null;
}

export interface PageResult {
  url: string;
  file: string;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  missed: string[];
  leaked: string[];
  rejected: string | null;
  /** Milliseconds spent in extract() on this page. */
  ms: number;
  /** The extracted text (kept only when `keepText` is set). */
  text?: string;
  date: { gold: string | null; ours: string | null; from?: string | null };
  title: { gold: string | null; ours: string | null };
  author: { gold: string; ours: string[] };
}

export interface EvalResult {
  pages: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  dateAccuracy: number;
  datePages: number;
  dateFalseRate: number;
  titleAccuracy: number;
  titlePages: number;
  authorAccuracy: number;
  authorPages: number;
  authorEmptyAccuracy: number;
  rejected: number;
  seconds: number;
  pagesPerSecond: number;
}

/** NFC, no soft hyphens or zero-width characters, whitespace collapsed (both sides of every comparison). */
const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function authorNames(s: string | string[]): string[] {
  const list = Array.isArray(s) ? s : s.split(/\s*(?:;|,|&|\band\b|\bund\b)\s*/i);
  return list
    .map((n) =>
      n
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N} ]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .sort();
}

export function loadGold(dir = DEFAULT_EVAL_DIR): [string, Gold][] {
  const data = JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, Gold>;
  return Object.entries(data).sort((a, b) => (a[1].file < b[1].file ? -1 : a[1].file > b[1].file ? 1 : 0));
}

/** Reads and decodes one page of the set. */
export function readPage(dir: string, file: string): string {
  const buf = gunzipSync(readFileSync(path.join(dir, 'html', file + '.gz')));
  return decodeHtmlBytes(buf).text;
}

export function evaluateExtraction(opts: EvalOptions = {}): EvalResult {
  const dir = opts.dir ?? DEFAULT_EVAL_DIR;
  if (!existsSync(path.join(dir, 'evaldata.json'))) {
    throw new Error(
      `eval/extract: expected the trafilatura evaluation set at ${dir} (evaldata.json), found nothing; check ../shared`,
    );
  }
  let pages = loadGold(dir);
  if (opts.every && opts.every > 1) pages = pages.filter((_, i) => i % opts.every! === 0);
  if (opts.limit) pages = pages.slice(0, opts.limit);

  const r: EvalResult = {
    pages: 0,
    tp: 0,
    fn: 0,
    fp: 0,
    tn: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    dateAccuracy: 0,
    datePages: 0,
    dateFalseRate: 0,
    titleAccuracy: 0,
    titlePages: 0,
    authorAccuracy: 0,
    authorPages: 0,
    authorEmptyAccuracy: 0,
    rejected: 0,
    seconds: 0,
    pagesPerSecond: 0,
  };
  let dateOk = 0,
    dateEmpty = 0,
    dateFalse = 0,
    titleOk = 0,
    authorOk = 0,
    authorEmpty = 0,
    authorEmptyOk = 0;
  // cross-document models per site (text-only + learn): learned from all pages of the site in the set
  const models = new Map<string, BoilerplateModel>();
  if (opts.textOnly && opts.learn) {
    const bySite = new Map<string, string[]>();
    for (const [url, gold] of pages) {
      const list = bySite.get(siteOf(url)) ?? [];
      list.push(renderText(readPage(dir, gold.file)));
      bySite.set(siteOf(url), list);
    }
    for (const [site, texts] of bySite) if (texts.length >= 2) models.set(site, learnBoilerplate(texts));
  }
  const t0 = process.hrtime.bigint();
  for (const [url, gold] of pages) {
    const html = opts.textOnly ? renderText(readPage(dir, gold.file)) : readPage(dir, gold.file);
    let text = '';
    let published: string | null = null;
    let publishedFrom: string | null = null;
    let title: string | null = null;
    let authors: string[] = [];
    let rejected: string | null = null;
    const p0 = performance.now();
    try {
      const a = extract(
        { source: url, kind: opts.textOnly ? 'text' : 'html', content: html, given: { url } },
        undefined,
        {
          engine: opts.engine,
          boilerplate: models.get(siteOf(url)),
        },
      );
      text = a.text;
      published = a.published;
      publishedFrom = a.published_from;
      title = a.title;
      authors = a.authors;
    } catch (e) {
      if (!(e instanceof DocumentRejected)) throw e;
      rejected = `${e.code}: ${e.message}`;
      r.rejected++;
    }
    const ms = performance.now() - p0;
    const t = norm(text);
    const pr: PageResult = {
      url,
      file: gold.file,
      tp: 0,
      fn: 0,
      fp: 0,
      tn: 0,
      missed: [],
      leaked: [],
      rejected,
      ms,
      text: opts.keepText ? text : undefined,
      date: { gold: gold.date ?? null, ours: published, from: publishedFrom },
      title: { gold: gold.title ?? null, ours: title },
      author: { gold: Array.isArray(gold.author) ? gold.author.join('; ') : (gold.author ?? ''), ours: authors },
    };
    for (const s of gold.with) {
      if (t.includes(norm(s))) pr.tp++;
      else {
        pr.fn++;
        pr.missed.push(s);
      }
    }
    for (const s of gold.without) {
      if (t.includes(norm(s))) {
        pr.fp++;
        pr.leaked.push(s);
      } else pr.tn++;
    }
    r.tp += pr.tp;
    r.fn += pr.fn;
    r.fp += pr.fp;
    r.tn += pr.tn;
    r.pages++;
    // date
    const gd = gold.date ? /^(\d{4})-(\d\d?)-(\d\d?)$/.exec(gold.date.trim()) : null;
    if (gd) {
      r.datePages++;
      const g = `${gd[1]}-${gd[2].padStart(2, '0')}-${gd[3].padStart(2, '0')}`;
      if (published && published.slice(0, 10) === g) dateOk++;
    } else if (gold.date === '') {
      dateEmpty++;
      if (published) dateFalse++;
    }
    // title
    if (gold.title && norm(gold.title)) {
      r.titlePages++;
      if (title && norm(title) === norm(gold.title)) titleOk++;
    }
    // author
    const ga = gold.author == null ? null : authorNames(gold.author);
    if (ga && ga.length) {
      r.authorPages++;
      const oa = authorNames(authors);
      if (oa.length === ga.length && oa.every((n, i) => n === ga[i])) authorOk++;
    } else if (ga) {
      authorEmpty++;
      if (authors.length === 0) authorEmptyOk++;
    }
    opts.onPage?.(pr);
  }
  r.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  r.pagesPerSecond = r.pages / r.seconds;
  r.precision = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 0;
  r.recall = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 0;
  r.f1 = r.precision + r.recall ? (2 * r.precision * r.recall) / (r.precision + r.recall) : 0;
  r.dateAccuracy = r.datePages ? dateOk / r.datePages : 0;
  r.dateFalseRate = dateEmpty ? dateFalse / dateEmpty : 0;
  r.titleAccuracy = r.titlePages ? titleOk / r.titlePages : 0;
  r.authorAccuracy = r.authorPages ? authorOk / r.authorPages : 0;
  r.authorEmptyAccuracy = authorEmpty ? authorEmptyOk / authorEmpty : 0;
  return r;
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const verbose = argv.includes('--verbose');
  const titles = argv.includes('--titles');
  const dump = arg('--dump');
  const details: PageResult[] = [];
  const res = evaluateExtraction({
    limit: arg('--limit') ? Number(arg('--limit')) : undefined,
    every: arg('--every') ? Number(arg('--every')) : undefined,
    keepText: !!dump,
    engine: (arg('--engine') as HtmlEngine | undefined) ?? 'auto',
    textOnly: argv.includes('--text-only'),
    learn: argv.includes('--learn'),
    onPage: (p) => {
      details.push(p);
      if (titles && p.title.gold && norm(p.title.gold) && norm(p.title.ours ?? '') !== norm(p.title.gold))
        process.stderr.write(`${p.file}\n   gold: ${norm(p.title.gold)}\n   ours: ${p.title.ours ?? '(none)'}\n`);
      if (verbose && (p.fn || p.fp || p.rejected)) {
        process.stderr.write(
          `${p.file}: tp=${p.tp} fn=${p.fn} fp=${p.fp}${p.rejected ? ' REJECTED ' + p.rejected : ''}\n`,
        );
        for (const s of p.missed) process.stderr.write(`   missed: ${s.slice(0, 100)}\n`);
        for (const s of p.leaked) process.stderr.write(`   leaked: ${s.slice(0, 100)}\n`);
      }
    },
  });
  if (dump) writeFileSync(dump, JSON.stringify(details, null, 1));
  const f = (x: number): string => x.toFixed(4);
  console.log(`extract.pages ${res.pages}`);
  console.log(`extract.precision ${f(res.precision)}`);
  console.log(`extract.recall ${f(res.recall)}`);
  console.log(`extract.f1 ${f(res.f1)}`);
  console.log(`extract.date_accuracy ${f(res.dateAccuracy)} (n=${res.datePages}, exact day)`);
  console.log(`extract.date_false_rate ${f(res.dateFalseRate)} (pages whose gold date is empty)`);
  console.log(`extract.title_accuracy ${f(res.titleAccuracy)} (n=${res.titlePages}, exact after whitespace collapse)`);
  console.log(`extract.author_accuracy ${f(res.authorAccuracy)} (n=${res.authorPages}, same set of names)`);
  console.log(`extract.author_empty_accuracy ${f(res.authorEmptyAccuracy)} (gold author empty → we give none)`);
  console.log(`extract.rejected ${res.rejected}`);
  console.log(`extract.pages_per_s ${res.pagesPerSecond.toFixed(1)} (${res.seconds.toFixed(1)} s, one process)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
