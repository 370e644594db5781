/**
 * Plain-text path: scraped text with its boilerplate (menus, consent notices, breadcrumbs,
 * captions, promos). Classifies each line, trims navigation at the head and tail, finds the title,
 * reads outlet and date from a title suffix ("Headline | News | Outlet | 03.05.2017"), from header
 * date lines and from signature lines, and returns the body paragraphs.
 */
import { classifyLine, endsLikeSentence, isSentenceLike, normaliseSpace, wordCount, type LineKind } from './lines.js';
import { isDateOnly, parseDate, type DateOptions } from './dates.js';
import { outletByName } from './outlets.js';
import { SECTION_WORDS } from './boilerplate-cues.js';

export interface TextExtraction {
  title: string | null;
  outlet: string | null;
  published: string | null;
  authors: string[];
  paragraphs: string[];
}

/** A byline: "By Nadia Ferrante and Tomas Lindqvist", "Von Anna Berg", "Par Jean Dupont". */
const BYLINE =
  /^(?:by|von|par|por|di|door|av)\s+(\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and|und|et|y|e|en|och|&)?\s*\p{Lu}[\p{L}.'’-]*)*)\s*$/iu;

/** The names of a byline line, or null when the line is not one. */
export function bylineNames(s: string): string[] | null {
  if (s.length > 120) return null;
  const m = BYLINE.exec(s);
  if (!m) return null;
  const names = m[1]
    .split(/\s*,\s*|\s+(?:and|und|et|y|e|en|och|&)\s+/i)
    .map((n) => n.trim())
    .filter((n) => n && wordCount(n) <= 4);
  return names.length ? names : null;
}

interface Line {
  text: string;
  kind: LineKind;
  /** Normalised key for duplicate detection. */
  key: string;
}

const dupKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Splits a title line on ` | `, ` – `, ` — ` (site/section/date suffixes); the first part is the headline. */
function splitTitleSuffix(line: string): string[] {
  const parts = line.split(/\s+[|｜]\s+/);
  if (parts.length > 1) return parts.map((p) => p.trim()).filter(Boolean);
  // "Headline - Outlet" only when the tail is short (an outlet, not a clause)
  const m = /^(.{15,}?)\s+[-–—]\s+([^-–—]{2,40})$/.exec(line);
  if (
    m &&
    wordCount(m[2]) <= 4 &&
    !endsLikeSentence(m[2]) &&
    (outletByName(m[2]) || /^[\p{Lu}\d][\p{L}\d .&'/]*$/u.test(m[2]))
  ) {
    return [m[1], m[2]];
  }
  return [line];
}

/** Headline-like: a few words, no sentence punctuation at the end, not too long. */
function isHeadlineLike(s: string): boolean {
  const wc = wordCount(s);
  const cjk = (s.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  if (cjk >= 4) return s.length <= 80 && !/[。！？]$/.test(s);
  // (a sentence closing a quote is no headline: 'He said NATO "regrets the loss of lives."')
  return wc >= 3 && wc <= 30 && s.length <= 220 && !/[.;:,]["'”’»)\]]*$/.test(s);
}

/** Reads outlet / date from title suffix segments. */
function readSuffix(segments: string[], opts: DateOptions): { outlet: string | null; published: string | null } {
  let outlet: string | null = null;
  let published: string | null = null;
  for (const seg of segments) {
    if (!published && isDateOnly(seg, opts)) {
      published = parseDate(seg, opts);
      continue;
    }
    const known = outletByName(seg);
    if (known) {
      outlet = known;
      continue;
    }
    if (!outlet && !SECTION_WORDS.has(seg.toLowerCase()) && wordCount(seg) <= 4 && seg.length <= 40) {
      // an unknown site name: keep as written if it looks like a name (capitalised, acronym or domain)
      if (/^[\p{Lu}\d]/u.test(seg) || /\.[a-z]{2,}$/.test(seg)) outlet = seg;
    }
  }
  return { outlet, published };
}

/** Outlet named by a signature or promo line ("X and agencies", "X journalists report…"). */
function outletFromLine(s: string): string | null {
  let m = /^(.{2,40}?)\s+and (?:wire )?agencies$/i.exec(s);
  if (m) return outletByName(m[1]) ?? m[1].trim();
  m = /^(.{2,40}?)\s+(?:journalists|correspondents|reporters)\b/i.exec(s);
  if (m && wordCount(m[1]) <= 5) return outletByName(m[1]) ?? m[1].trim();
  m =
    /^(?:this (?:article|story|report) (?:was )?(?:first )?(?:published|appeared) (?:by|on|in)|originally published (?:by|on|in))\s+(.{2,40}?)[.]?$/i.exec(
      s,
    );
  if (m) return outletByName(m[1]) ?? m[1].trim();
  return null;
}

const isDroppable = (k: LineKind): boolean => k !== 'text' && k !== 'credit' && k !== 'menuitem';

/**
 * A row of menu entries laid out with wide gaps ("Sign in    Subscribe", "Accept all    Settings"):
 * two or more short labels separated by runs of 3+ spaces or tabs. Read before spaces collapse.
 */
function isSpacedMenuRow(raw: string): boolean {
  const cells = raw.trim().split(/\t+| {3,}/);
  return cells.length >= 2 && cells.every((c) => wordCount(c) <= 3 && c.length <= 30 && !endsLikeSentence(c));
}

/** A masthead: the site name alone on a line in capitals ("MERIDIAN WIRE"), as a name. */
function mastheadName(s: string): string | null {
  if (s.length > 40 || wordCount(s) > 4 || /\d/.test(s) || !/^[\p{Lu}][\p{Lu}\s.&'-]+$/u.test(s)) return null;
  const known = outletByName(s);
  if (known) return known;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const UPDATE_WORD = /\b(updated|modified|aktualisiert|mis à jour|actualizado)\b/i;

/**
 * "Updated Tue 9 Nov 2021", "Last updated: 17 July 2023": the line dates an update. After the date
 * ("5 August 2022, last updated 18:05") the update is only a time, and the date is the publication's.
 */
function updateBeforeDate(s: string): boolean {
  const u = UPDATE_WORD.exec(s);
  if (!u) return false;
  const d = /\d/.exec(s);
  return !d || u.index < d.index;
}

/** A date line with other segments: "September 30, 2015 / 18:42 GMT / 4 min read". */
function dateInSegments(s: string, opts: DateOptions): string | null {
  if (s.length > 120) return null;
  for (const seg of s.split(/\s+[/|·•]\s+/)) {
    if (updateBeforeDate(seg)) continue; // the update, not the publication
    if (isDateOnly(seg, opts)) return parseDate(seg, opts);
  }
  return null;
}

/** Wire dateline: "MOSCOW/UNITED NATIONS (Meridian Wire) - …", "GENEVA, March 3 (Outlet) — …". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'/-]{2,60}(?:,[^()]{0,40})?\s+\(([^()]{2,40})\)\s+[-–—]/u;

export function extractText(content: string, opts: DateOptions = {}): TextExtraction {
  const lines: Line[] = [];
  for (const raw of content.replace(/\r\n?/g, '\n').split('\n')) {
    const text = normaliseSpace(raw);
    if (!text) continue;
    lines.push({ text, kind: isSpacedMenuRow(raw) ? 'nav' : classifyLine(text), key: dupKey(text) });
  }

  let outlet: string | null = null;
  let published: string | null = null;
  let updated: string | null = null;
  let authors: string[] = [];
  for (const l of lines) {
    if (l.kind === 'promo' || l.kind === 'credit') outlet ??= outletFromLine(l.text);
  }

  // 1. consecutive duplicates: a duplicated non-sentence (a caption) goes; a duplicated sentence is kept once.
  const dedup: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const prev = dedup[dedup.length - 1];
    if (prev && prev.key === l.key && l.key) {
      if (!endsLikeSentence(l.text) && l.text.length <= 200 && prev.kind !== 'credit') prev.kind = 'caption';
      continue;
    }
    dedup.push(l);
  }

  // 2. title: the first headline-like text line before the first paragraph
  let titleIdx = -1;
  let title: string | null = null;
  for (let i = 0; i < dedup.length && i < 25; i++) {
    const l = dedup[i];
    if (l.kind !== 'text') continue;
    const segments = splitTitleSuffix(l.text);
    if (isHeadlineLike(segments[0]) && !isDateOnly(l.text, opts)) {
      titleIdx = i;
      title = segments[0];
      if (segments.length > 1) {
        const s = readSuffix(segments.slice(1), opts);
        if (s.outlet) outlet = s.outlet;
        published ??= s.published;
      }
      break;
    }
    if (isSentenceLike(l.text)) break; // the body started without a headline
  }

  // 3. head: before the first paragraph, only the title, date lines and credits survive
  let firstPara = dedup.findIndex((l, i) => i > titleIdx && l.kind === 'text' && isSentenceLike(l.text));
  if (firstPara < 0) firstPara = dedup.findIndex((l, i) => i > titleIdx && l.kind === 'text');
  // the site name: a masthead above the title, else the outlet of a wire dateline
  if (!outlet && titleIdx > 0) {
    for (let i = 0; i < titleIdx && !outlet; i++) if (dedup[i].kind === 'text') outlet = mastheadName(dedup[i].text);
  }
  if (!outlet && firstPara >= 0) {
    const m = DATELINE.exec(dedup[firstPara].text);
    if (m) outlet = outletByName(m[1]) ?? m[1].trim();
  }
  // 4. tail: after the last paragraph, only credits survive
  let lastPara = -1;
  for (let i = dedup.length - 1; i >= 0; i--) {
    if (dedup[i].kind === 'text' && isSentenceLike(dedup[i].text)) {
      lastPara = i;
      break;
    }
  }

  const body: string[] = [];
  const titleKey = title ? dupKey(title) : '';
  for (let i = 0; i < dedup.length; i++) {
    const l = dedup[i];
    if (i === titleIdx) continue;
    const inHead = firstPara >= 0 && i < firstPara;
    const inTail = lastPara >= 0 && i > lastPara;
    // a date line in the head, also one of digits alone ("10.11.2020", "20/11/2023 10:05")
    if (inHead && isDateOnly(l.text, opts)) {
      if (updateBeforeDate(l.text)) updated ??= parseDate(l.text, opts);
      else published ??= parseDate(l.text, opts);
      continue;
    }
    if (isDroppable(l.kind)) continue;
    if (inHead || inTail) {
      if (l.kind === 'credit') {
        body.push(l.text);
        continue;
      }
      const byline = inHead ? bylineNames(l.text) : null;
      if (byline) {
        if (!authors.length) authors = byline;
        continue;
      }
      const segDate = inHead ? dateInSegments(l.text, opts) : null;
      if (segDate) {
        published ??= segDate;
        continue;
      }
      // A repeat of the title, menu entries, short furniture: dropped. Standfirst lines kept if long enough.
      if (titleKey && l.key === titleKey) continue;
      if (l.kind === 'menuitem') continue;
      if (inHead && titleIdx >= 0 && i > titleIdx && wordCount(l.text) >= 6) {
        body.push(l.text); // a standfirst/subtitle below the title
        continue;
      }
      continue; // tail lines are, by construction, not sentence-like: furniture
    }
    if (titleKey && l.key === titleKey && body.length === 0) continue; // the headline repeated as first line
    body.push(l.text);
  }
  // with no publication date, the date of the last update is the closest one the page gives
  return { title, outlet, published: published ?? updated, authors, paragraphs: body };
}
