/**
 * HTML path. Order of work, and why:
 *   1. Guards on the raw string (size, nesting depth) — before any parser sees hostile markup.
 *   2. JSON-LD is read from the raw string, then scripts/styles/templates/svg/comments are cut out
 *      with linear regexes — less to parse, and nothing executable reaches the DOM.
 *   3. One parse (linkedom); metadata is read first, because Readability changes the document.
 *   4. Main content: Readability, its output cleaned by our furniture rules (dom-text.ts) and line
 *      classifier (lines.ts). When Readability fails or keeps too little, our own block scorer runs
 *      on a fresh parse of the page (rare, so the common path parses once).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawDoc } from '../types.js';
import { DocumentRejected } from '../errors.js';
import { readMetadata } from './metadata.js';
import { collectBlocks, type Block } from './dom-text.js';
import { classifyLine, isCreditLine, isSentenceLike, normaliseSpace, wordCount } from './lines.js';
import { CUT_MARKERS } from './boilerplate-cues.js';
import { extractText } from './text.js';
import { labelledDate, parseDate, type DateOptions } from './dates.js';
import type { Found } from './index.js';

/** Pages larger than this (characters, before stripping scripts) are refused outright. */
export const MAX_RAW_CHARS = 60_000_000;
/** Markup left after stripping scripts/styles larger than this is refused (parse time and memory). */
export const MAX_MARKUP_CHARS = 8_000_000;
/** Element nesting deeper than this is not parsed as a DOM; the page is read as plain text instead. */
export const MAX_DEPTH = 256;

const RE_JSONLD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const RE_STRIP = /<!--[\s\S]*?-->|<(script|style|noscript|template|svg|math|iframe)\b([^>]*)>([\s\S]*?)<\/\1\b[^>]*>|<(script|style|noscript|template|svg|iframe)\b[^>]*\/?>/gi;

/** Cuts comments and non-content elements; keeps the markup inside client-side HTML templates (`<script type="text/template">`), which pages render as their content. */
function stripMarkup(html: string): string {
  return html.replace(RE_STRIP, (all, tag: string | undefined, attrs: string | undefined, inner: string | undefined) => {
    if (tag && tag.toLowerCase() === 'script' && attrs && /type\s*=\s*["']?text\/(x-)?(template|html)/i.test(attrs) && inner && inner.length < 2_000_000) {
      return inner.replace(RE_STRIP, ' ');
    }
    return ' ';
  });
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option', 'td', 'tr', 'th', 'dt', 'dd']);

/** Maximum element nesting depth, approximated by a linear tag scan (stops early past `limit`). */
export function nestingDepth(html: string, limit = Infinity): number {
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const tag = m[2].toLowerCase();
    if (VOID.has(tag) || m[3]) continue; // void and implicitly-closed tags do not nest reliably
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Markup → text lines without a DOM (for pages too deeply nested to parse safely). */
function markupToLines(html: string): string {
  return decodeEntities(
    html
      .replace(/<(br|\/?(p|div|section|article|h[1-6]|li|ul|ol|blockquote|pre|tr|table|header|footer|nav|aside|main))\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  );
}

interface Candidate {
  paragraphs: string[];
  chars: number;
}

const EMPTY: Candidate = { paragraphs: [], chars: 0 };

/** Characters in sentence-like paragraphs: how much running text a candidate holds. */
function sentenceChars(c: Candidate): number {
  let n = 0;
  for (const p of c.paragraphs) if (isSentenceLike(p)) n += p.length;
  return n;
}

/**
 * Readability's result unless it kept (almost) nothing, or our scorer found at least twice as much
 * running text (Readability sometimes settles on a table or a teaser box). Threshold measured on the
 * trafilatura eval set (eval/extract.ts): 2× beat 1.2×–5×.
 */
function choose(read: Candidate, own: Candidate): Candidate {
  if (read.chars < 300) return own.chars > read.chars ? own : read;
  const so = sentenceChars(own);
  return so > 500 && so > 2 * sentenceChars(read) ? own : read;
}

/**
 * Keeps blocks that are text (not furniture lines, not link lists); cuts at a comments/related
 * marker in the second half; trims short non-sentence lines after the last sentence.
 */
function filterBlocks(blocks: Block[], title: string | null): Candidate {
  const out: string[] = [];
  const titleKey = title ? title.toLowerCase() : null;
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  let seen = 0;
  for (const b of blocks) {
    const t = b.text;
    seen += t.length;
    if (t.length <= 100 && seen > total * 0.5 && out.length >= 2 && CUT_MARKERS.some((r) => r.test(t))) break;
    const kind = classifyLine(t);
    if (kind !== 'text' && kind !== 'credit' && kind !== 'menuitem') continue;
    const density = b.linkChars / t.length;
    if (density > 0.5 && !(b.tag === 'li' && density < 0.9 && isSentenceLike(t))) continue;
    if (out.length === 0 && titleKey && t.toLowerCase() === titleKey) continue;
    out.push(t);
  }
  // tail: short lines after the last sentence-like paragraph (labels, dates, link captions) go, credits stay
  let last = out.length - 1;
  while (last >= 0 && !isSentenceLike(out[last])) last--;
  if (last >= 0) {
    const tail = out.splice(last + 1);
    for (const t of tail) if (isCreditLine(t) || wordCount(t) >= 8) out.push(t);
  }
  return { paragraphs: out, chars: out.reduce((n, p) => n + p.length, 0) };
}

/**
 * Our own content scorer over the whole page: blocks outside furniture, each scored by length,
 * sentence-likeness and link density; the article is the densest run of good blocks (blocks between
 * good ones are kept, short furniture at the head and tail is trimmed, as in the text path).
 */
export function scoreBlocks(body: Element, title: string | null): Candidate & { blocks: Block[]; start: number } {
  const blocks = collectBlocks(body, true);
  const good = (b: Block): boolean => {
    const d = b.linkChars / b.text.length;
    return d < 0.3 && (b.text.length >= 80 || isSentenceLike(b.text)) && wordCount(b.text) >= 6;
  };
  // find the window with the most good text: good blocks separated by at most `gap` weak blocks
  let best = { start: -1, end: -1, score: 0 };
  let start = -1;
  let score = 0;
  let weak = 0;
  const gap = 4;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (good(b)) {
      if (start < 0) {
        start = i;
        score = 0;
      }
      score += b.text.length;
      weak = 0;
      if (score > best.score) best = { start, end: i, score };
    } else if (start >= 0) {
      const d = b.linkChars / b.text.length;
      score -= d > 0.5 ? b.text.length : 0;
      if (++weak > gap || score <= 0) {
        start = -1;
        weak = 0;
      }
    }
  }
  if (best.start < 0) return { paragraphs: [], chars: 0, blocks, start: -1 };
  // include a heading right before the run
  let s = best.start;
  while (s > 0 && /^h[1-6]$/.test(blocks[s - 1].tag) && best.start - s < 2) s--;
  return { ...filterBlocks(blocks.slice(s, best.end + 1), title), blocks, start: best.start };
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
      if (!/\d/.test(head) || /\b(updated|aktualisiert|geändert|modified|mis à jour|actualizado)\b/i.test(head)) continue;
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

export function extractHtml(raw: RawDoc, opts: DateOptions, debug: (m: () => string) => void, engine: HtmlEngine = 'auto'): Found {
  let html = raw.content;
  if (html.length > MAX_RAW_CHARS) {
    throw new DocumentRejected(
      'too-large',
      `extract: expected an HTML page under ${MAX_RAW_CHARS / 1e6} M characters, found ${(html.length / 1e6).toFixed(1)} M in ${raw.source}; split it or give the article text directly`,
    );
  }
  const jsonLd: string[] = [];
  RE_JSONLD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RE_JSONLD.exec(html)) && jsonLd.length < 20; ) jsonLd.push(m[1]);
  html = stripMarkup(html);
  if (html.length > MAX_MARKUP_CHARS) {
    throw new DocumentRejected(
      'too-large',
      `extract: expected page markup under ${MAX_MARKUP_CHARS / 1e6} M characters after removing scripts and styles, found ${(html.length / 1e6).toFixed(1)} M in ${raw.source}; give the article text directly`,
    );
  }
  const givenUrl = raw.given?.url ?? (/^https?:\/\//.test(raw.source) ? raw.source : null);

  const depth = nestingDepth(html, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    debug(() => `extract: ${raw.source} nests elements deeper than ${MAX_DEPTH}; reading it as plain text`);
    return plainFallback(html, givenUrl, opts);
  }

  let document: Document;
  try {
    document = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`).document;
    if (!document.documentElement) throw new Error('no document element');
  } catch (e) {
    debug(() => `extract: could not parse ${raw.source} as HTML (${(e as Error).message}); reading it as plain text`);
    return plainFallback(html, givenUrl, opts);
  }
  const meta = readMetadata(document, jsonLd, givenUrl, opts);
  if (!meta.published) {
    // last resort: a labelled date in the page text ("Datum: 26. Januar 2022", "Posted on …")
    const bodyText = normaliseSpace(decodeEntities(html.replace(/<[^>]*>/g, ' ')));
    meta.published = labelledDate(bodyText, opts);
    if (meta.published) meta.published_from = 'text';
  }

  // Our scorer only reads the DOM, so it runs before Readability (which rewrites it): one parse.
  const body = document.body ?? document.documentElement;
  const scored = engine === 'readability' ? null : scoreBlocks(body, meta.title);
  const own: Candidate = scored ?? EMPTY;
  if (!meta.published && scored) {
    meta.published = dateNearContent(scored.blocks, scored.start, opts);
    if (meta.published) meta.published_from = 'text';
  }
  let cand = own;
  if (engine !== 'own') {
    let read = EMPTY;
    try {
      const reader = new Readability<Node>(document, { serializer: (n) => n, charThreshold: 400, disableJSONLD: true });
      const r = reader.parse();
      if (r?.content) read = filterBlocks(collectBlocks(r.content as Element, true), meta.title);
    } catch (e) {
      debug(() => `extract: Readability failed on ${raw.source}: ${(e as Error).message}`);
    }
    cand = engine === 'readability' ? read : choose(read, own);
    debug(() => `extract: Readability kept ${read.chars} chars, own scorer ${own.chars}; using ${cand === read ? 'Readability' : 'own'} for ${raw.source}`);
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
  };
}
