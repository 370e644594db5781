/**
 * HTML path. Order of work, and why:
 *   1. Guards on the raw string (size) before any parser sees hostile markup.
 *   2. One fast parse (dom.ts, htmlparser2 tokenizer, depth/size-capped tree); JSON-LD is collected
 *      while parsing, scripts/styles/comments never become nodes.
 *   3. Metadata from one indexing walk (metadata.ts).
 *   4. Main content by our own extractor (content.ts). Readability runs only when ours finds too
 *      little running text: on a linkedom DOM built just for it (the slow path), its output cleaned
 *      by the same block filter; the result with more running text wins.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawDoc } from '../types.js';
import { DocumentRejected } from '../errors.js';
import { readMetadata, indexPage, bylineFromLines } from './metadata.js';
import { collectBlocks, type Block } from './dom-text.js';
import { parsePage, findTag } from './dom.js';
import { extractContent, filterBlocks, isTextBlock, EMPTY, type Candidate } from './content.js';
import { normaliseSpace } from './lines.js';
import { extractText } from './text.js';
import { labelledDate, parseDate, type DateOptions } from './dates.js';
import type { Found } from './index.js';

/** Pages larger than this (characters, before stripping scripts) are refused outright. */
export const MAX_RAW_CHARS = 60_000_000;
/** Markup left after stripping scripts/styles larger than this is refused (parse time and memory). */
export const MAX_MARKUP_CHARS = 8_000_000;
/** Element nesting deeper than this is not built as a tree (text of deeper elements joins the deepest one kept). */
export const MAX_DEPTH = 256;
/** Running-text characters below which our extractor asks Readability for a second opinion. */
export const FALLBACK_BELOW = 250;

const RE_STRIP =
  /<!--[\s\S]*?-->|<(script|style|noscript|template|svg|math|iframe)\b([^>]*)>([\s\S]*?)<\/\1\b[^>]*>|<(script|style|noscript|template|svg|iframe)\b[^>]*\/?>/gi;

/** Cuts comments and non-content elements; keeps the markup inside client-side HTML templates (`<script type="text/template">`), which pages render as their content. */
function stripMarkup(html: string): string {
  return html.replace(
    RE_STRIP,
    (all, tag: string | undefined, attrs: string | undefined, inner: string | undefined) => {
      if (
        tag &&
        tag.toLowerCase() === 'script' &&
        attrs &&
        /type\s*=\s*["']?text\/(x-)?(template|html)/i.test(attrs) &&
        inner &&
        inner.length < 2_000_000
      ) {
        return inner.replace(RE_STRIP, ' ');
      }
      return ' ';
    },
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Markup → text lines without a DOM (for pages the parser cannot take). */
function markupToLines(html: string): string {
  return decodeEntities(
    html
      .replace(
        /<(br|\/?(p|div|section|article|h[1-6]|li|ul|ol|blockquote|pre|tr|table|header|footer|nav|aside|main))\b[^>]*>/gi,
        '\n',
      )
      .replace(/<[^>]*>/g, ' '),
  );
}

/** Characters in running-text paragraphs: how much article a candidate holds. */
function textChars(c: Candidate): number {
  let n = 0;
  for (const p of c.paragraphs) if (isTextBlock({ text: p, linkChars: 0, tag: 'p', container: 0 })) n += p.length;
  return n;
}

/** Readability's result when ours kept (almost) nothing or it finds clearly more running text. */
function choose(read: Candidate, own: Candidate): Candidate {
  const so = textChars(own);
  const sr = textChars(read);
  if (own.chars < 200) return read.chars > own.chars ? read : own;
  return sr > 1.3 * so + 200 ? read : own;
}

/** Readability on a linkedom DOM of the page (slow path), cleaned by our block filter. */
function readabilityCandidate(
  html: string,
  title: string | null,
  debug: (m: () => string) => void,
  source: string,
): Candidate {
  try {
    const stripped = stripMarkup(html);
    const { document } = parseHTML(
      /<html[\s>]/i.test(stripped) ? stripped : `<!DOCTYPE html><html><body>${stripped}</body></html>`,
    );
    const reader = new Readability(document, { charThreshold: 400, disableJSONLD: true });
    const r = reader.parse();
    if (!r?.content) return EMPTY;
    const page = parsePage(r.content, { maxDepth: MAX_DEPTH });
    return filterBlocks(collectBlocks(page.root, true).blocks, title);
  } catch (e) {
    debug(() => `extract: Readability failed on ${source}: ${(e as Error).message}`);
    return EMPTY;
  }
}

/**
 * A date shown next to the article: the short block with a date closest before (or just inside) the
 * start of the main text run, e.g. "24. April 2020 | Category" or "01.02.2022 – Text…".
 */
export function dateNearContent(blocks: Block[], start: number, opts: DateOptions): string | null {
  if (start < 0) return null;
  const lo = Math.max(0, start - 15);
  const hi = Math.min(blocks.length - 1, start + 3);
  for (let i = start, j = start + 1; i >= lo || j <= hi; i--, j++) {
    for (const k of [i, j]) {
      if (k < lo || k > hi) continue;
      const t = blocks[k].text;
      const head = t.length <= 100 ? t : t.slice(0, 30);
      if (!/\d/.test(head) || /\b(updated|aktualisiert|geändert|modified|mis à jour|actualizado)\b/i.test(head))
        continue;
      const d = parseDate(head, opts);
      if (d) return d;
    }
  }
  return null;
}

/** Reads markup as plain text (hostile or unparsable pages). */
function plainFallback(html: string, givenUrl: string | null, opts: DateOptions): Found {
  const t = extractText(markupToLines(html), opts);
  const titleTag = /<title\b[^>]*>([^<]{1,300})<\/title>/i.exec(html);
  return {
    title: titleTag ? normaliseSpace(decodeEntities(titleTag[1])) : t.title,
    outlet: t.outlet,
    published: t.published,
    published_from: t.published ? 'text' : null,
    authors: [],
    language: null,
    url: givenUrl,
    paragraphs: t.paragraphs,
  };
}

export type HtmlEngine = 'auto' | 'readability' | 'own';

export function extractHtml(
  raw: RawDoc,
  opts: DateOptions,
  debug: (m: () => string) => void,
  engine: HtmlEngine = 'auto',
): Found {
  let html = raw.content;
  if (html.length > MAX_RAW_CHARS) {
    throw new DocumentRejected(
      'too-large',
      `extract: expected an HTML page under ${MAX_RAW_CHARS / 1e6} M characters, found ${(html.length / 1e6).toFixed(1)} M in ${raw.source}; split it or give the article text directly`,
    );
  }
  if (html.length > MAX_MARKUP_CHARS) {
    html = stripMarkup(html);
    if (html.length > MAX_MARKUP_CHARS) {
      throw new DocumentRejected(
        'too-large',
        `extract: expected page markup under ${MAX_MARKUP_CHARS / 1e6} M characters after removing scripts and styles, found ${(html.length / 1e6).toFixed(1)} M in ${raw.source}; give the article text directly`,
      );
    }
  }
  const givenUrl = raw.given?.url ?? (/^https?:\/\//.test(raw.source) ? raw.source : null);

  let page;
  try {
    page = parsePage(html, { maxDepth: MAX_DEPTH });
  } catch (e) {
    debug(() => `extract: could not parse ${raw.source} as HTML (${(e as Error).message}); reading it as plain text`);
    return plainFallback(stripMarkup(html), givenUrl, opts);
  }
  if (page.depth > MAX_DEPTH)
    debug(() => `extract: ${raw.source} nests elements deeper than ${MAX_DEPTH}; deeper markup is flattened`);
  const meta = readMetadata(indexPage(page.root), page.jsonLd, givenUrl, opts);

  const body = findTag(page.root, 'body') ?? page.root;
  const own = engine === 'readability' ? null : extractContent(body, meta.title);
  if (!meta.published && own) {
    // last resort: a labelled date in the page text ("Datum: 26. Januar 2022", "Posted on …")
    meta.published = labelledDate(own.blocks.map((b) => b.text).join('\n'), opts);
    if (meta.published) meta.published_from = 'text';
  }
  if (!meta.published && own) {
    meta.published = dateNearContent(own.blocks, own.start, opts);
    if (meta.published) meta.published_from = 'text';
  }
  if (!meta.authors.length && own && own.start >= 0) {
    const near = own.blocks.slice(Math.max(0, own.start - 12), own.start + 6).map((b) => b.text);
    meta.authors = bylineFromLines(near, [meta.outlet ?? '']);
    // labelled lines anywhere ("Autor: …" under the text)
    if (!meta.authors.length)
      meta.authors = bylineFromLines(
        own.blocks
          .slice(0, 400)
          .map((b) => b.text)
          .filter((t) => t.length <= 80 && /^[\p{L} ]{4,20}:/u.test(t)),
        [meta.outlet ?? ''],
      );
  }
  let cand: Candidate = own ?? EMPTY;
  if (
    engine === 'readability' ||
    (engine === 'auto' && (!own || own.goodChars < FALLBACK_BELOW) && page.depth <= MAX_DEPTH)
  ) {
    const read = readabilityCandidate(html, meta.title, debug, raw.source);
    cand = engine === 'readability' ? read : choose(read, cand);
    debug(
      () =>
        `extract: Readability kept ${read.chars} chars, own ${own?.chars ?? 0}; using ${cand === read ? 'Readability' : 'own'} for ${raw.source}`,
    );
  }

  return {
    title: meta.title,
    outlet: meta.outlet,
    published: meta.published,
    published_from: meta.published_from,
    authors: meta.authors,
    language: meta.language,
    url: meta.url,
    paragraphs: cand.paragraphs,
    modified: meta.modified,
    canonical: meta.canonical,
  };
}
