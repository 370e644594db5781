/**
 * The `extract` stage: RawDoc → Article. Main text without boilerplate, title, outlet, publication
 * date (with where it came from), language, authors, canonical URL.
 *
 *   kind 'text' → text.ts (line classifier for scraped text)
 *   kind 'html' → html.ts (fast parse, our content extractor, Readability fallback) and metadata.ts
 *
 * Given metadata (`raw.given`) always wins over what is found; `ctx.published` (CLI `--published`)
 * is used only when neither the input nor the document gives a date.
 */
import { createHash } from 'node:crypto';
import type { Article, PublishedFrom, RawDoc } from '../types.js';
import type { Stage, StageContext } from '../pipeline.js';
import { DocumentRejected } from '../errors.js';
import { extractText } from './text.js';
import { extractHtml, type HtmlEngine } from './html.js';
import { detectLanguage, normaliseLangTag } from './language.js';
import { parseDate, dateFromUrl, type DateOptions } from './dates.js';
import { hostOf, outletByHost, outletByName } from './outlets.js';
import { isLearnedBoilerplate, removeBoilerplate, type BoilerplateModel } from './boilerplate.js';

export { learnBoilerplate, removeBoilerplate, type BoilerplateModel } from './boilerplate.js';

export interface ExtractOptions {
  /** Reference "now" for date plausibility checks (tests fix it). Default: the current time. */
  now?: Date;
  /**
   * Main-content engine for HTML: `auto` (default: our extractor, with Readability as a second
   * opinion when ours finds little running text), `readability` (Readability only, cleaned by our
   * block filter), `own` (our extractor only; fastest).
   */
  engine?: HtmlEngine;
  /**
   * Lines learned as boilerplate from other documents of the same outlet (`learnBoilerplate`,
   * boilerplate.ts): dropped from plain text before line classification and from HTML paragraphs.
   */
  boilerplate?: BoilerplateModel;
}

/** Stable id: sha256 of the NFC-normalised, whitespace-collapsed, lower-cased text; 16 hex chars. */
export function articleId(text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(norm, 'utf8').digest('hex').slice(0, 16);
}

/** Found fields before given metadata is applied. */
export interface Found {
  title: string | null;
  outlet: string | null;
  published: string | null;
  published_from: PublishedFrom | null;
  authors: string[];
  language: string | null;
  url: string | null;
  paragraphs: string[];
  /** Last-update date the page states (HTML only). */
  modified?: string | null;
  /** Canonical URL the page declares (HTML only). */
  canonical?: string | null;
}

function fromText(raw: RawDoc, opts: DateOptions, model?: BoilerplateModel): Found {
  const t = extractText(removeBoilerplate(raw.content, model), opts);
  const url = raw.given?.url ?? (/^https?:\/\//.test(raw.source) ? raw.source : null);
  let published = t.published;
  let from: PublishedFrom | null = published ? 'text' : null;
  if (!published) {
    published = dateFromUrl(url, opts);
    if (published) from = 'url';
  }
  return {
    title: t.title,
    outlet: t.outlet,
    published,
    published_from: from,
    authors: t.authors,
    language: null,
    url,
    paragraphs: t.paragraphs,
  };
}

/** Extracts one document. Throws `DocumentRejected` when nothing usable is left. */
export function extract(raw: RawDoc, ctx?: Partial<StageContext>, options: ExtractOptions = {}): Article {
  const debug = ctx?.debug ?? (() => {});
  const dateOpts: DateOptions = { now: options.now };
  if (typeof raw.content !== 'string' || raw.content.trim() === '') {
    throw new DocumentRejected(
      'empty',
      `extract: expected document content, found an empty ${raw.kind} document (${raw.source}); check the input file`,
    );
  }
  const sample = raw.content.slice(0, 8192);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (controls > sample.length * 0.1) {
    throw new DocumentRejected(
      'binary',
      `extract: expected text or HTML, found binary-looking content (${controls} control/replacement characters in the first ${sample.length}) in ${raw.source}; check the file type and encoding`,
    );
  }
  const found =
    raw.kind === 'html'
      ? extractHtml(raw, dateOpts, debug, options.engine ?? 'auto')
      : fromText(raw, dateOpts, options.boilerplate);
  const paragraphs = found.paragraphs
    .map((p) => p.trim())
    .filter((p) => p && !isLearnedBoilerplate(p, options.boilerplate));
  const text = paragraphs.join('\n');
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new DocumentRejected(
      'no-text',
      `extract: expected article text, found none after removing boilerplate in ${raw.source} ` +
        `(${raw.kind}, ${raw.content.length} characters); the page may be only navigation/scripts or need ` +
        `rendering — give the article text directly (JSONL "text") if you have it`,
    );
  }
  const given = raw.given ?? {};
  const url = given.url ?? found.url ?? null;

  let published: string | null = null;
  let published_from: PublishedFrom | null = null;
  if (given.published) {
    published = given.published;
    published_from = given.published_from ?? 'input';
  } else if (found.published) {
    published = found.published;
    published_from = found.published_from;
  } else if (ctx?.published) {
    published = parseDate(ctx.published, dateOpts) ?? ctx.published;
    published_from = 'input';
  }

  const outlet = given.outlet ?? found.outlet ?? outletByHost(url) ?? hostOf(url) ?? null;
  const language = normaliseLangTag(given.language) ?? found.language ?? detectLanguage(text);
  const article: Article = {
    id: given.id ?? articleId(text),
    source: raw.source,
    url,
    outlet: outlet ? (outletByName(outlet) ?? outlet) : null,
    title: given.title ?? found.title ?? null,
    published,
    published_from,
    language,
    authors: given.authors ?? found.authors,
    text,
  };
  if (found.modified) article.modified = found.modified;
  if (found.canonical && found.canonical !== url) article.canonical_url = found.canonical;
  debug(
    () =>
      `extract: ${raw.source} → ${paragraphs.length} paragraphs, title=${JSON.stringify(article.title)}, published=${article.published} (${article.published_from})`,
  );
  return article;
}

export const extractStage: Stage<RawDoc, Article> = {
  name: 'extract',
  needs: 'raw',
  produces: 'article',
  run: (input, ctx) => extract(input, ctx),
};
