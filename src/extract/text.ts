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
  paragraphs: string[];
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
  return wc >= 3 && wc <= 30 && s.length <= 220 && !/[.;:,]$/.test(s);
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

export function extractText(content: string, opts: DateOptions = {}): TextExtraction {
  const lines: Line[] = [];
  for (const raw of content.replace(/\r\n?/g, '\n').split('\n')) {
    const text = normaliseSpace(raw);
    if (!text) continue;
    lines.push({ text, kind: classifyLine(text), key: dupKey(text) });
  }

  let outlet: string | null = null;
  let published: string | null = null;
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
    if (isDroppable(l.kind)) continue;
    const inHead = firstPara >= 0 && i < firstPara;
    const inTail = lastPara >= 0 && i > lastPara;
    if (inHead || inTail) {
      if (l.kind === 'credit') {
        body.push(l.text);
        continue;
      }
      if (inHead && isDateOnly(l.text, opts)) {
        if (!/\b(updated|modified|aktualisiert|mis à jour|actualizado)\b/i.test(l.text))
          published ??= parseDate(l.text, opts);
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
  return { title, outlet, published, paragraphs: body };
}
