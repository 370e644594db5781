/**
 * Line-level classification shared by the plain-text path and the HTML cleaner: is a line
 * navigation/consent/caption/promo furniture, a credit line that says who reported, or text?
 * General cues only (length, punctuation, stop words, keyword patterns from boilerplate-cues.ts).
 */
import {
  AGENCY_NAMES,
  BOILERPLATE_LINE_PATTERNS,
  BREADCRUMB_LEADS,
  BREADCRUMB_SEPARATOR,
  CAPTION_CUES,
  CAPTION_POSITION,
  CONSENT_CUES,
  CREDIT_LINE_PATTERNS,
  SECTION_MARKERS,
  SELF_PROMO_CUES,
  STOP_WORDS,
} from './boilerplate-cues.js';

/**
 * `menuitem` = a short numbered/bulleted entry: navigation at the head or tail of a page, but a
 * list item inside the article body; callers decide by position.
 */
export type LineKind = 'text' | 'credit' | 'nav' | 'consent' | 'promo' | 'caption' | 'breadcrumb' | 'menuitem';

/** Collapses whitespace (incl. no-break and zero-width spaces) and trims. */
export function normaliseSpace(s: string): string {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

const BULLET = /^(?:[•·▪●◦■□▸►–—*-]|\d{1,2}[.)])\s+/;
const AGENCY_RE = new RegExp(`\\b(${AGENCY_NAMES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);

export function wordCount(s: string): number {
  return s.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Ends like a sentence (allowing closing quotes/brackets). */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…:;。！？]["'”’»)\]]*$/.test(s);
}

/** Share of words that are common function words (several languages). */
export function stopWordRatio(s: string): number {
  const words = s.toLowerCase().match(/[\p{L}']+/gu);
  if (!words || words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (STOP_WORDS.has(w)) n++;
  return n / words.length;
}

/** Reads like running text: a sentence end, or enough words with function words. CJK counts by length. */
export function isSentenceLike(s: string): boolean {
  const cjk = (s.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  if (cjk > 0) return cjk >= 25 || (cjk >= 10 && /[。！？]/.test(s));
  const wc = wordCount(s);
  if (wc >= 4 && endsLikeSentence(s)) return true;
  return wc >= 12 && stopWordRatio(s) >= 0.12;
}

function isBreadcrumb(s: string): boolean {
  if (BREADCRUMB_LEADS.some((r) => r.test(s))) return true;
  const parts = s.split(BREADCRUMB_SEPARATOR);
  // "World > Middle East": two levels are a breadcrumb too when the separator is an arrow
  if (parts.length === 2 && /\s[>»›]\s/.test(s)) return parts.every((p) => wordCount(p) <= 3 && !endsLikeSentence(p));
  if (parts.length < 3) return false;
  return parts.every((p) => p.length <= 50 && !endsLikeSentence(p) && wordCount(p) <= 7);
}

export function isCreditLine(s: string): boolean {
  if (s.length > 160) return false;
  if (CREDIT_LINE_PATTERNS.some((r) => r.test(s))) return true;
  // a short closing line naming agencies in brackets: "(Reuters, dpa)" "jd/xy (AP, AFP)"
  return s.length <= 60 && /\(([^()]+)\)\s*$/.test(s) && AGENCY_RE.test(s) && !endsLikeSentence(s.replace(/\)$/, ''));
}

/**
 * Classifies one whitespace-normalised line. `credit` lines are kept (they say who reported);
 * everything but `text` and `credit` is furniture.
 */
export function classifyLine(line: string): LineKind {
  const s = line;
  if (isCreditLine(s)) return 'credit';
  const bare = s.replace(BULLET, '');
  const short = s.length <= 120;
  if (short && BOILERPLATE_LINE_PATTERNS.some((r) => r.test(bare))) return 'nav';
  if (s.length <= 100 && SECTION_MARKERS.some((r) => r.test(bare))) return 'nav';
  if (SELF_PROMO_CUES.some((r) => r.test(s))) return 'promo';
  if (s.length <= 1500 && CONSENT_CUES.some((r) => r.test(s)) && /\b(you|your|we|our|us)\b/i.test(s)) return 'consent';
  if (short && isBreadcrumb(s)) return 'breadcrumb';
  if (s.length <= 400 && (CAPTION_POSITION.test(s) || CAPTION_CUES.some((r) => r.test(s)))) return 'caption';
  // numbered or bulleted menu entries: "3. Weitere Inhalte", "• Home"
  if (BULLET.test(s) && wordCount(bare) <= 4 && !endsLikeSentence(bare) && bare.length <= 40) return 'menuitem';
  // a line of only symbols/numbers
  if (!/[\p{L}]/u.test(s)) return 'nav';
  return 'text';
}
