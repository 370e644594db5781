/**
 * HTML metadata: title, outlet (site name), publication date with its source, authors, language,
 * canonical URL — from JSON-LD, meta tags, microdata, <time>, URL patterns and short date lines.
 * Reads the document only (never changes it), so it runs before the content extractor.
 */
import type { PublishedFrom } from '../types.js';
import { dateFromUrl, parseDate, isDateOnly, type DateOptions } from './dates.js';
import { normaliseLangTag } from './language.js';
import { normaliseSpace, wordCount } from './lines.js';
import { eachElement, parsePage, textOf, type El } from './dom.js';
import { isHidden } from './dom-text.js';
import { hostOf } from './outlets.js';

export interface HtmlMeta {
  title: string | null;
  outlet: string | null;
  published: string | null;
  published_from: PublishedFrom | null;
  modified: string | null;
  authors: string[];
  language: string | null;
  url: string | null;
  /** The canonical URL the page declares (absolute http(s)), or null. */
  canonical: string | null;
}

/** What metadata reading needs from a page, gathered in one walk over the DOM. */
export interface PageIndex {
  /** Meta name/property/itemprop/http-equiv → content (first occurrence), keys lower-cased. */
  metas: Map<string, string>;
  htmlLang: string | null;
  titleTag: string;
  h1s: El[];
  /** First <h2> elements (up to 10). */
  h2s: El[];
  canonical: string | null;
  /** Elements that may name an author: itemprop=author, rel=author, class/id author/byline. */
  authorEls: El[];
  /** Elements that may carry a publication date: itemprop=datePublished, <time>, class/id date/time/published/meta. */
  dateEls: El[];
}

const RE_AUTHOR_CLS = /\b(author|byline|by-line|writer|autor|auteur|autore|creator|reporter)/i;
/** Links to an author page: /author/jane-doe, /autor/…, /auteur/… */
const RE_AUTHOR_HREF =
  /\/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|journalist(?:en)?|redakteur(?:e|in)?)[/-]/i;
const RE_DATE_CLS = /date|time|publish|posted|meta|datum|fecha/i;

export function indexPage(root: El): PageIndex {
  const idx: PageIndex = {
    metas: new Map(),
    htmlLang: null,
    titleTag: '',
    h1s: [],
    h2s: [],
    canonical: null,
    authorEls: [],
    dateEls: [],
  };
  eachElement(root, (el) => {
    const a = el.attrs;
    switch (el.tag) {
      case 'html':
        idx.htmlLang ??= a.lang ?? a['xml:lang'] ?? null;
        break;
      case 'meta': {
        const k = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').trim().toLowerCase();
        const v = a.content;
        if (k && v && v.trim() && !idx.metas.has(k)) idx.metas.set(k, v.trim());
        return false;
      }
      case 'title':
        if (!idx.titleTag) idx.titleTag = normaliseSpace(textOf(el));
        return false;
      case 'link':
        if (!idx.canonical && /\bcanonical\b/i.test(a.rel ?? '') && a.href) idx.canonical = a.href;
        return false;
      case 'h1':
        if (idx.h1s.length < 5) idx.h1s.push(el);
        break;
      case 'h2':
        if (idx.h2s.length < 10) idx.h2s.push(el);
        break;
      case 'script':
      case 'style':
      case 'svg':
        return false;
    }
    const ip = a.itemprop;
    const cls = (a.class ?? '') + ' ' + (a.id ?? '');
    if (
      (ip && /author|creator/i.test(ip)) ||
      /\bauthor\b/i.test(a.rel ?? '') ||
      (cls.length > 1 && RE_AUTHOR_CLS.test(cls)) ||
      (el.tag === 'a' && a.href && RE_AUTHOR_HREF.test(a.href))
    ) {
      if (idx.authorEls.length < 40) idx.authorEls.push(el);
    }
    if (
      (ip && /datePublished|dateCreated/i.test(ip)) ||
      el.tag === 'time' ||
      (cls.length > 1 && RE_DATE_CLS.test(cls))
    ) {
      if (idx.dateEls.length < 200) idx.dateEls.push(el);
    }
    return true;
  });
  return idx;
}

type Json = unknown;
interface LdObject {
  [k: string]: Json;
}

/** Flattens JSON-LD blocks (arrays, @graph) into objects. */
export function parseJsonLd(blocks: string[]): LdObject[] {
  const out: LdObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 6 || out.length > 200) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (v && typeof v === 'object') {
      const o = v as LdObject;
      out.push(o);
      if (o['@graph']) visit(o['@graph'], depth + 1);
      if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
      if (o.review && typeof o.review === 'object') visit(o.review, depth + 1);
    }
  };
  for (const b of blocks) {
    if (b.length > 1_000_000) continue;
    try {
      visit(JSON.parse(b.replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      // invalid JSON-LD is common; ignore the block
    }
  }
  return out;
}

const ARTICLE_TYPES =
  /Article|BlogPosting|NewsArticle|Report|WebPage|Posting|Story|CreativeWork|LiveBlog|Review|Recipe|Event|VideoObject/;

function typeOf(o: LdObject): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function str(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as LdObject).name ?? (v as LdObject)['@value']);
  return null;
}

function names(v: Json): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object') {
    const n = (v as LdObject).name;
    if (typeof n === 'string') return [n];
    const g = (v as LdObject).givenName;
    const f = (v as LdObject).familyName;
    if (typeof g === 'string' || typeof f === 'string') return [[g, f].filter((x) => typeof x === 'string').join(' ')];
  }
  return [];
}

/** Splits `<title>` on site separators; returns [headline, site?]. */
function splitTitle(t: string): string[] {
  return t
    .split(/\s+(?:[|｜·•»›ǀ:]|-{1,2}|–|—|::)\s+|(?<=\S)[|｜](?=\S)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Decodes (possibly double-escaped) entities left in attribute values, collapses space. */
export function cleanTitle(t: string): string {
  let s = t;
  for (let i = 0; i < 2 && /&(#x?[0-9a-f]+|[a-z]+);/i.test(s); i++) {
    s = s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (all, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : ' ';
      }
      return ENT[e.toLowerCase()] ?? all;
    });
  }
  if (/&[a-z]{2,8};/i.test(s)) s = textOf(parsePage(s.replace(/</g, '&lt;')).root); // named entities beyond the common ones
  return normaliseSpace(s)
    .replace(/\s*[-|–—:·ǀ]\s*$/, '')
    .replace(/^(?:[|–—:·ǀ]|-(?=\s)|[[(]?>+[\])]?(?=\s))\s*/, '');
}

const SEP_END = /\s*(?:[|｜·•»›ǀ:/]|\s-{1,2}|–|—|::)\s*$/;
const SEP_START = /^\s*(?:[|｜·•»›ǀ:/]|-{1,2}\s|–|—|::)\s*/;
const tkey = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Drops site-name parts from "Headline | Site" / "Site - Headline" titles. `sites`: names the page
 * gives itself (og:site_name, publisher, a logo <h1>, the host's name).
 */
function stripSiteName(t: string, sites: string[], strict = false): string {
  const siteKeys = sites.map(tkey).filter((k) => k.length >= 2);
  const isSite = (p: string): boolean => {
    const k = tkey(p);
    if (!k) return true;
    return (
      siteKeys.some(
        (s) =>
          k === s ||
          (s.length >= 4 && k.includes(s) && k.length <= s.length * 1.5 + 3) ||
          // a part that is only a piece of a site name ("Welpen kaufen" of "welpenkaufen24") is kept when strict
          (!strict && k.length >= 4 && s.includes(k)),
      ) || /\.[a-z]{2,4}$/i.test(p)
    );
  };
  let s = t;
  // a whole site name at either end, even when it contains separators itself ("Title | Name - Slogan")
  for (const site of sites) {
    const n = normaliseSpace(site);
    if (n.length < 2 || n.length >= s.length) continue;
    if (s.toLowerCase().endsWith(n.toLowerCase()) && SEP_END.test(s.slice(0, s.length - n.length)))
      s = s
        .slice(0, s.length - n.length)
        .replace(SEP_END, '')
        .trim();
    else if (s.toLowerCase().startsWith(n.toLowerCase()) && SEP_START.test(s.slice(n.length)))
      s = s.slice(n.length).replace(SEP_START, '').trim();
  }
  for (let guard = 0; guard < 4; guard++) {
    const parts = splitTitle(s);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1];
    if (
      isSite(last) ||
      (!strict && guard === 0 && wordCount(last) <= 4 && wordCount(parts[0]) > wordCount(last) + 1 && s === t)
    ) {
      s = s.slice(0, s.lastIndexOf(last)).replace(SEP_END, '').trim();
      continue;
    }
    if (isSite(parts[0])) {
      s = s.slice(s.indexOf(parts[1], parts[0].length)).trim();
      continue;
    }
    break;
  }
  return s || t;
}

const BY = String.raw`(?:by|von|vom|par|por|di|door|av|af|przez|от|автор)`;
const RE_LABEL = new RegExp(
  String.raw`^(?:(?:posted|written|published|veröffentlicht|eingestellt|erstellt|geschrieben|verfasst|publié|publicado|pubblicato|text(?:\s+(?:und|and|&)\s+[\p{L}]+)?|texte|fotos?|photos?|interview|autor(?:in|en)?|authors?|auteurs?|autore|redakteur(?:in)?|reporter|editor)\s*(?:${BY}\b)?\s*:?\s*|${BY}\s*(?::\s*|\s+))`,
  'iu',
);
/** Words that are a label or a form field, never a name. */
const NOT_A_NAME =
  /^(?:name|posted|author|authors|auteurs?|autor(?:en|in)?|by|von|admin|administrator|anonymous|anonym|gast|guest|redaktion\s*:?|unknown|share|teilen|e-?mail|website|webseite|kommentar|comment)$/i;
/** A role or title after a name ("Jane Doe, Chefredakteurin"). */
const ROLE_TAIL =
  /[\s,–-]+(?:chef)?(?:redakteur(?:in)?|editor(?: in chief)?|korrespondent(?:in)?|correspondent|reporter(?:in)?|autor(?:in)?|author|journalist(?:in)?|staff writer|contributor|columnist|kolumnist(?:in)?|volontär(?:in)?|praktikant(?:in)?|staff|mitglied der)\b.*$/iu;

/**
 * One author string → a clean name, or null: strips "By"/"Posted by"/"Von" labels, dates and times
 * after the name ("am 3. Mai 2020", "· 18. Oktober 2019", "at 18:52"), roles, "says:", and rejects
 * form labels, URLs, handles and over-long strings.
 */
export function cleanAuthorName(raw: string, maxLength = 60): string | null {
  let a = cleanTitle(raw.replace(/<[^>]+>/g, ' '));
  if (!a) return null;
  // "8. Januar 2020 · by Aureliana · in Gefühle": the segment introduced by "by" is the name
  const segs = a.split(/\s+[·•|–—-]\s+/);
  if (segs.length > 1) {
    const bySeg = segs.find((x) => new RegExp(`^${BY}\\s+`, 'iu').test(x));
    a = bySeg ?? segs.find((x) => /\p{L}{2}/u.test(x) && !/\d/.test(x)) ?? segs[0];
  }
  // "Posted on 3 May 2020 by Jane Doe": the name follows the last "by"
  const inner = new RegExp(`(?:^|\\s)${BY}\\s*:?\\s+(\\p{L}[^]*)$`, 'iu').exec(a);
  if (
    inner &&
    inner.index > 0 &&
    /\d|posted|published|written|veröffentlicht|geschrieben|eingestellt|erstellt/i.test(a.slice(0, inner.index))
  )
    a = inner[1];
  for (let i = 0; i < 2; i++) a = a.replace(RE_LABEL, '').trim();
  a = a
    .replace(/\s+(?:says|sagt|schreibt|writes|dice|dit)\s*:?\s*$/iu, '')
    .replace(
      /\s*(?:,|\s)\s*(?:(?:am|on|le|el|il|at|um|den|,)\s+)?(?:\p{L}{2,10}\.?,?\s+)?\d{1,4}(?:[.:/\s-]\s*(?:\p{L}+|\d+)){1,5}.*$/u,
      '',
    )
    .replace(ROLE_TAIL, '')
    .replace(/^[\s,:;|·-]+|[\s,:;|·(-]+$/g, '')
    .trim();
  if (!a || a.length < 2 || a.length > maxLength || !/\p{L}/u.test(a) || wordCount(a) > (maxLength > 60 ? 30 : 6))
    return null;
  if (
    /^https?:|www\.|@|\*|\(erforderlich|required|obligatoire|\.(?:com|de|org|net|at|ch|fr|es|it|nl|pl|uk|cl|info|eu)\b/i.test(
      a,
    )
  )
    return null;
  if (NOT_A_NAME.test(a)) return null;
  return a;
}

/** Cleans and de-duplicates author names; drops URLs, e-mail addresses, form labels and non-names. */
export function cleanAuthors(list: string[], notNames: string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const banned = new Set(notNames.map((n) => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')).filter(Boolean));
  for (const raw of list) {
    const whole = cleanAuthorName(raw, 300);
    if (!whole) continue;
    for (const part of splitAuthors(whole)) {
      const a = cleanAuthorName(part);
      if (!a) continue;
      const k = a.toLowerCase();
      if (seen.has(k) || banned.has(k.replace(/[^\p{L}\p{N}]+/gu, ''))) continue;
      seen.add(k);
      out.push(a);
    }
  }
  return out.slice(0, 10);
}

/** Splits a byline naming several people ("A, B and C", "A & B", "A; B"). Keeps "Last, First" pairs out of it by requiring 2+ words per part. */
export function splitAuthors(s: string): string[] {
  const parts = s.split(/\s*(?:;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b)\s*/iu).flatMap((p) => {
    const commas = p.split(/\s*,\s*/);
    return commas.length > 1 && commas.every((c) => wordCount(c) >= 2) ? commas : [p];
  });
  return parts.filter((p) => p.trim());
}

/** True when `el` sits inside a comment thread (authors there are commenters). */
function inComments(el: El): boolean {
  for (let p = el.parent, n = 0; p && n < 40; p = p.parent, n++) {
    const c = (p.attrs.class ?? '') + ' ' + (p.attrs.id ?? '');
    if (/comment|respond|reply|disqus|discussion|kommentar/i.test(c)) return true;
  }
  return false;
}

/** "Autor: Jane Doe", "Author: …" lines. */
const RE_AUTHOR_LABEL =
  /^(?:autor(?:in)?|autoren|author|authors|auteur|autore|verfasser(?:in)?|written by|text)\s*:\s*(?:(?:rechtsanwalt|rechtsanwältin|redakteur(?:in)?)\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|del|di|le|la|und|and|&|,)){0,8})/iu;

/** A byline in page text near the article start: "By Jane Doe", "Von Max Muster und Erika Beispiel". */
export function bylineFromLines(lines: string[], notNames: string[] = []): string[] {
  const re = new RegExp(
    `^(?:${BY}|text|texte)\\s*:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|van|von|de|der|da|del|di|le|la|und|and|&|,)){0,8})`,
    'u',
  );
  for (const l of lines) {
    if (l.length > 120) continue;
    const m = re.exec(l.charAt(0).toLowerCase() + l.slice(1)) ?? RE_AUTHOR_LABEL.exec(l);
    if (m) {
      const got = cleanAuthors([m[1]], notNames);
      if (got.length) return got;
    }
  }
  return [];
}

const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'published_time',
  'article.published',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'publication_date',
  'publication-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'citation_date',
  'cxenseparse:recs:publishtime',
  'article.created',
  'article_date_original',
  'original-publish-date',
  'created',
  'date_published',
  'ga-publishdate',
  'pubdate_date',
  'bt:pubdate',
  'nv:date',
  'dc.created',
  'creation_date',
  'news_keywords_date',
  'analyticsattributes.publishdate',
  'displaydate',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'dateModified',
  'last-modified',
  'dcterms.modified',
  'dc.date.modified',
];

const RE_KICKER = /kicker|topline|overline|dachzeile|eyebrow|supertitle|super-title|titleheader|spitzmarke|roofline/i;

/** Text of a heading without hidden parts and kicker/topline spans ("Topic" above "Headline"). */
function headingText(h: El): string {
  let out = '';
  let kept = false;
  const walk = (e: El, d: number): void => {
    if (d > 20) return;
    for (const c of e.children) {
      if (typeof c === 'string') {
        out += c;
        continue;
      }
      if (
        c.tag === 'script' ||
        c.tag === 'style' ||
        isHidden(c) ||
        /visually-?hidden|sr-only|screen-reader/i.test(c.attrs.class ?? '')
      )
        continue;
      if (RE_KICKER.test(c.attrs.class ?? '')) {
        kept = true;
        continue;
      }
      if (c.tag === 'br') out += ' ';
      walk(c, d + 1);
    }
  };
  walk(h, 0);
  const t = normaliseSpace(out);
  return kept && !t ? normaliseSpace(textOf(h)) : t;
}

/** A site logo or name set as <h1>: class/id says logo/brand/site title, or it is one link to the home page. */
function isLogoHeading(h: El): boolean {
  const cls = (h.attrs.class ?? '') + ' ' + (h.attrs.id ?? '');
  if (/logo|brand|site-?(title|name)|masthead|blog-?title/i.test(cls)) return true;
  const kids = h.children.filter((c) => typeof c !== 'string' || c.trim());
  if (kids.length !== 1 || typeof kids[0] === 'string') return false;
  const a = kids[0];
  if (a.tag !== 'a') return /logo|brand/i.test(a.attrs.class ?? '');
  const href = a.attrs.href ?? '';
  return (
    href === '/' ||
    /^(https?:)?\/\/[^/]+\/?$/.test(href) ||
    /^https?:\/\/web\.archive\.org\/web\/\d+\/https?:\/\/[^/]+\/?$/.test(href) ||
    /logo|brand/i.test(a.attrs.class ?? '')
  );
}

/** The outlet as the page names it: og:site_name, JSON-LD publisher or site object, application name. */
function outletName(metas: Map<string, string>, ld: LdObject[]): string | null {
  let publisher: string | null = null;
  for (const o of ld) {
    const p =
      str(o.publisher) ??
      (typeOf(o) === 'WebSite' || typeOf(o) === 'Organization' || typeOf(o) === 'NewsMediaOrganization'
        ? str(o.name)
        : null);
    if (p) {
      publisher = p;
      break;
    }
  }
  return (
    metas.get('og:site_name') ??
    publisher ??
    metas.get('application-name') ??
    metas.get('apple-mobile-web-app-title') ??
    null
  );
}

const isLetterOrDigit = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/**
 * The part of `s` whose title key (letters and digits, lower-cased) is `k`, when `k` is the key of a
 * suffix (`atEnd`) or a prefix of `s`: "Topic: Headline" + key("Headline") → "Headline". Keeps quotes
 * and closing punctuation next to it; null when the key does not line up with characters of `s`.
 */
export function keyedSlice(s: string, k: string, atEnd: boolean): string | null {
  const chars = Array.from(s);
  let got = '';
  let i: number;
  if (atEnd) {
    for (i = chars.length; i > 0 && got.length < k.length;) {
      i--;
      if (isLetterOrDigit(chars[i])) got = chars[i].toLowerCase() + got;
    }
    if (got !== k) return null;
    while (i > 0 && /["'„“‚‘«»‹›([¿¡]/.test(chars[i - 1])) i--;
    return cleanTitle(chars.slice(i).join('')) || null;
  }
  for (i = 0; i < chars.length && got.length < k.length; i++)
    if (isLetterOrDigit(chars[i])) got += chars[i].toLowerCase();
  if (got !== k) return null;
  while (i < chars.length && /[?!…."'“”’‘»«›‹)\]]/.test(chars[i])) i++;
  return cleanTitle(chars.slice(0, i).join('')) || null;
}

/** Element children of a heading with their visible text (kicker spans, headline spans), hidden parts left out. */
function headingParts(h: El): string[] {
  return h.children
    .filter(
      (c): c is El =>
        typeof c !== 'string' &&
        !isHidden(c) &&
        !/visually-?hidden|sr-only|screen-reader/i.test(c.attrs.class ?? '') &&
        !RE_KICKER.test(c.attrs.class ?? ''),
    )
    .map((c) => cleanTitle(headingText(c)))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** Title keys of the elements inside a heading (a few levels deep): where its text is split into elements. */
function elementKeys(h: El): Set<string> {
  const out = new Set<string>();
  const walk = (e: El, d: number): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      out.add(tkey(textOf(c)));
      if (d < 4) walk(c, d + 1);
    }
  };
  walk(h, 0);
  return out;
}

/**
 * The headline, chosen by agreement between what the page shows (<h1>, then content <h2>) and what it
 * declares (JSON-LD headline, og:/twitter: titles, <title> and its parts):
 *   1. a visible heading that a declared title repeats (first and last <title> parts and whole titles
 *      count more than middle <title> parts, which are mostly sections), or its headline element after
 *      a kicker element;
 *   2. kickers and trailers the declared titles leave out are dropped ("Topic: Headline" when the
 *      og:title says "Headline");
 *   3. a heading that a declared title wraps with a kicker or site name ("Headline von Jane | Site");
 *   4. otherwise the visible headline (first <h1>), unless the page has several <h1> (widgets) and
 *      declares a title; then the declared title without its site part, then <title>.
 * `sites`: names the page gives itself (og:site_name, publisher, host, logo headings).
 */
function chooseTitle(idx: PageIndex, mainLd: LdObject | undefined, sites: string[]): string | null {
  const metas = idx.metas;
  const key = tkey;
  const titleTag = idx.titleTag ? cleanTitle(idx.titleTag) : '';
  const titleParts = titleTag ? splitTitle(titleTag) : [];
  const declared = [
    str(mainLd?.headline),
    metas.get('og:title'),
    metas.get('twitter:title'),
    metas.get('dc.title'),
    metas.get('parsely-title'),
    metas.get('sailthru.title'),
  ]
    .filter((t): t is string => !!t)
    .map(cleanTitle)
    .filter((t) => t.length >= 2);
  const heads = idx.h1s.filter((h) => !isLogoHeading(h));
  const headText = heads.map((h) => cleanTitle(headingText(h)));
  const h2Text = idx.h2s.map((h) => cleanTitle(headingText(h)));
  const shown = new Set([...headText, ...h2Text].map(key));
  // the site part of a split <title>: the shorter of its first and last parts ("Headline | Site",
  // "Blog » Headline") — unless only that one is shown as a heading on the page
  let sitePart: string | null = null;
  if (titleParts.length > 1) {
    const ends = [titleParts[0], titleParts[titleParts.length - 1]].sort((x, y) => x.length - y.length);
    if (shown.has(key(ends[0])) && !shown.has(key(ends[1]))) ends.reverse();
    sitePart = ends[0];
  }
  const siteKeys = new Set([...sites, sitePart].filter((t): t is string => !!t).map(key));
  siteKeys.delete('');
  // whole declared titles, with and without their site parts: the article's own (JSON-LD, og:, twitter:)
  // first, then <title> and its first and last parts; middle <title> parts are mostly sections
  const wholes: string[] = [];
  for (const t of [...declared, ...(titleTag ? [titleTag] : [])]) wholes.push(t, stripSiteName(t, sites));
  const own = new Set(declared.flatMap((t) => [key(t), key(stripSiteName(t, sites))]));
  const tag = new Set(titleTag ? [key(titleTag), key(stripSiteName(titleTag, sites))] : []);
  const middle = new Set<string>();
  titleParts.forEach((p, i) => (i === 0 || i === titleParts.length - 1 ? tag : middle).add(key(cleanTitle(p))));
  // breadcrumb-like <title>s ("Site: Section / Topic / Headline"): the last part
  const slashParts = titleTag.split(/\s+\/\s+/);
  if (slashParts.length > 2 && wordCount(slashParts[slashParts.length - 1]) >= 3)
    tag.add(key(slashParts[slashParts.length - 1]));
  for (const set of [own, tag, middle]) {
    for (const k of siteKeys) set.delete(k);
    set.delete('');
  }
  const fits = (t: string): boolean => t.length >= 3 && t.length <= 300;

  /** The heading, or its headline element after a kicker element, when `keys` has it. */
  const agreeing = (h: El, whole: string, keys: Set<string>): string | null => {
    const parts = headingParts(h);
    for (let i = 1; i < parts.length; i++) {
      if (
        wordCount(parts[i]) >= 2 &&
        keys.has(key(parts[i])) &&
        wordCount(parts.slice(0, i).join(' ')) <= 6 &&
        key(parts[i]) !== key(whole)
      )
        return parts[i];
    }
    if (fits(whole) && keys.has(key(whole))) return whole;
    return parts.find((p) => wordCount(p) >= 2 && fits(p) && keys.has(key(p))) ?? null;
  };
  let from: El | null = null;
  const firstAgreeing = (els: El[], texts: string[], keys: Set<string>): string | null => {
    for (let i = 0; i < els.length; i++) {
      const t = agreeing(els[i], texts[i], keys);
      if (t) {
        from = els[i];
        return t;
      }
    }
    return null;
  };

  /** 2. Drops a kicker the declared titles leave out ("Topic: Headline" when og:title says "Headline"). */
  const dropKicker = (title: string, el: El): string => {
    const kt = key(title);
    // when the article's own metadata repeats the whole heading, only a kicker set apart as an element
    // of its own is dropped ("<small>Topic</small>Headline"), not one written into the heading text
    const parts = own.has(kt) ? elementKeys(el) : null;
    let best: string | null = null;
    for (const w of wholes) {
      const kw = key(w);
      if (kw === kt || kw.length < 10 || kw.length < 0.35 * kt.length || siteKeys.has(kw)) continue;
      if (parts && !parts.has(kw) && !parts.has(kt.slice(0, kt.length - kw.length))) continue;
      // only leading kickers: a declared title that is a prefix of the heading is usually cut short
      const cut = kt.endsWith(kw) ? keyedSlice(title, kw, true) : null;
      if (cut && wordCount(cut) >= 2 && (!best || cut.length > best.length)) best = cut;
    }
    return best ?? title;
  };

  let title = firstAgreeing(heads, headText, own) ?? firstAgreeing(heads, headText, tag);
  if (title && from) return stripSiteName(dropKicker(title, from), sites, true);
  // 3. a declared title that wraps a heading ("Topic: Headline", "Headline von Jane | Site")
  for (const c of headText) {
    const k = key(c);
    if (fits(c) && k.length >= 10 && !siteKeys.has(k) && declared.some((m) => key(m).includes(k))) return c;
  }
  title =
    firstAgreeing(idx.h2s, h2Text, own) ??
    firstAgreeing(idx.h2s, h2Text, tag) ??
    firstAgreeing(heads, headText, middle) ??
    firstAgreeing(idx.h2s, h2Text, middle);
  if (title) return title;
  // 4. nothing agrees
  const i = headText.findIndex(
    (t) => fits(t) && t.length >= 4 && !siteKeys.has(key(t)) && !/^[\w.-]+\.[a-z]{2,6}$/i.test(t),
  );
  const first = i >= 0 ? headText[i] : null;
  // several short <h1> are widget titles ("Recent comments", "Search"), not the headline
  const widgets = heads.length >= 3 && declared.length > 0 && !!first && wordCount(first) <= 3;
  if (first && !widgets) return dropKicker(first, heads[i]);
  if (declared.length) return stripSiteName(declared[0], sites);
  if (titleTag) return stripSiteName(titleTag, sites);
  return first ?? null;
}

export function readMetadata(
  idx: PageIndex,
  jsonLdBlocks: string[],
  givenUrl: string | null,
  opts: DateOptions,
): HtmlMeta {
  const metas = idx.metas;
  const ld = parseJsonLd(jsonLdBlocks);
  const articleLd = ld.filter(
    (o) => ARTICLE_TYPES.test(typeOf(o)) && !/^(WebSite|Organization|BreadcrumbList)$/.test(typeOf(o)),
  );
  const mainLd = articleLd.find((o) => /Article|Posting|Story|Report|LiveBlog/.test(typeOf(o))) ?? articleLd[0];

  // URL
  const canonical = idx.canonical ?? metas.get('og:url') ?? null;
  let url = givenUrl;
  if (canonical && /^https?:\/\//.test(canonical)) url = givenUrl ?? canonical;

  // language
  const language =
    normaliseLangTag(idx.htmlLang) ??
    normaliseLangTag(metas.get('content-language')) ??
    normaliseLangTag(metas.get('og:locale')) ??
    null;

  // title
  const hostLabel = /([^.]+)\.[^.]+$/.exec(hostOf(url ?? givenUrl) ?? '')?.[1] ?? null;
  const logos = idx.h1s.filter(isLogoHeading).map(headingText);
  const sites = [
    metas.get('og:site_name'),
    metas.get('application-name'),
    outletName(metas, ld),
    hostLabel,
    ...logos,
  ].filter((t): t is string => !!t && t.length >= 2);
  const title = chooseTitle(idx, mainLd, sites);

  // outlet
  const outlet = outletName(metas, ld);

  // authors: JSON-LD, meta tags, then byline elements outside comment threads; never the site's own name
  const notNames = [...sites, ...(outlet ? [outlet] : [])];
  let authors = cleanAuthors(mainLd ? names(mainLd.author ?? mainLd.creator) : [], notNames);
  if (!authors.length) {
    // several meta tags may name the author; a fuller form ("Jane Doe" over "Jane") wins
    for (const k of [
      'author',
      'article:author',
      'dc.creator',
      'dcterms.creator',
      'parsely-author',
      'sailthru.author',
      'byl',
      'citation_author',
    ]) {
      const v = metas.get(k);
      if (!v || /^https?:/.test(v)) continue;
      const got = cleanAuthors([v], notNames);
      if (
        got.length &&
        (!authors.length ||
          (got.join(' ').length > authors.join(' ').length &&
            got.join(' ').toLowerCase().startsWith(authors[0].toLowerCase())))
      )
        authors = got;
    }
  }
  if (!authors.length) {
    // most specific first: itemprop/rel=author, links to author pages and "…name" classes, then other author/byline classes
    const rank = (el: El): number => {
      const a = el.attrs;
      if (/author|creator/i.test(a.itemprop ?? '') || /\bauthor\b/i.test(a.rel ?? '')) return 0;
      if ((el.tag === 'a' && RE_AUTHOR_HREF.test(a.href ?? '')) || /name/i.test(a.class ?? '')) return 1;
      return 2;
    };
    const els = idx.authorEls.map((el, i) => ({ el, r: rank(el), i })).sort((x, y) => x.r - y.r || x.i - y.i);
    let n = 0;
    for (const { el } of els) {
      if (inComments(el)) continue;
      if (++n > 8) break;
      const t = normaliseSpace(el.attrs.content ?? textOf(el));
      if (t && t.length <= 120) {
        authors = cleanAuthors([t], notNames);
        if (authors.length) break;
      }
    }
  }

  // dates
  let published: string | null = null;
  let from: PublishedFrom | null = null;
  for (const o of articleLd) {
    published = parseDate(str(o.datePublished) ?? str(o.dateCreated), opts);
    if (published) {
      from = 'json-ld';
      break;
    }
  }
  if (!published) {
    for (const k of DATE_META_KEYS) {
      const v = metas.get(k);
      if (v) {
        published = parseDate(v, opts);
        if (published) {
          from = 'html-meta';
          break;
        }
      }
    }
  }
  if (!published) {
    for (const el of idx.dateEls) {
      const a = el.attrs;
      const ip = a.itemprop ?? '';
      const cls = a.class ?? '';
      if (!(
        /datePublished|dateCreated/i.test(ip) ||
        (el.tag === 'time' && a.pubdate !== undefined) ||
        (/\bpublished\b/.test(cls) && a.title)
      ))
        continue;
      published = parseDate(a.content ?? a.datetime ?? a.title ?? textOf(el), opts);
      if (published) {
        from = 'html-meta';
        break;
      }
    }
  }
  if (!published) {
    published = dateFromUrl(url, opts) ?? dateFromUrl(givenUrl, opts);
    if (published) from = 'url';
  }
  if (!published) {
    const time = idx.dateEls.find((el) => el.tag === 'time' && el.attrs.datetime);
    published = parseDate(time?.attrs.datetime, opts);
    if (published) from = 'html-meta';
  }
  if (!published) {
    // short elements whose class/id says date/published, or whose text is only a date
    let n = 0;
    for (const el of idx.dateEls) {
      if (++n > 60) break;
      const cls = (el.attrs.class ?? '') + (el.attrs.id ?? '');
      if (/modif|update|comment/i.test(cls)) continue;
      const t = normaliseSpace(textOf(el));
      if (!t || t.length > 80) continue;
      const d = parseDate(t, opts);
      if (d && (isDateOnly(t, opts) || t.length <= 60)) {
        published = d;
        from = 'text';
        break;
      }
    }
  }

  let modified: string | null = null;
  for (const k of MODIFIED_KEYS) {
    modified = parseDate(metas.get(k.toLowerCase()), opts);
    if (modified) break;
  }
  if (!modified && mainLd) modified = parseDate(str(mainLd.dateModified), opts);

  return {
    title,
    outlet: outlet ? normaliseSpace(outlet) : null,
    published,
    published_from: from,
    modified,
    authors,
    language,
    url,
    canonical: canonical && /^https?:\/\//.test(canonical) ? canonical : null,
  };
}
