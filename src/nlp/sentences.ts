/**
 * Sentence splitter for news text.
 *
 * A line break always ends a sentence (articles are paragraphs joined by `\n`). Inside a
 * paragraph, a sentence ends at `.`, `?`, `!`, `...` or `…` (plus any closing quotes and
 * brackets right after it) when the next token can start a sentence (capital letter, digit,
 * opening quote or bracket) and the period is not part of:
 *   - a title or short form that is followed by a name or number (Mr., Gen., Sen., No., vs., Jan.);
 *   - an initial ("John F. Kennedy");
 *   - a dotted abbreviation (U.S., U.N., e.g.) — these end a sentence only when the next word
 *     is a typical sentence opener ("... in the U.S. The talks ...").
 * Offsets are UTF-16 offsets into the text; spans are trimmed of surrounding space.
 */
import type { Span } from '../types.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';

/** Titles and short forms that are (almost) never sentence-final. */
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'gen',
  'gens',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'cdr',
  'brig',
  'gov',
  'govs',
  'sen',
  'sens',
  'rep',
  'reps',
  'rev',
  'hon',
  'pres',
  'supt',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vs',
  'v',
  'cf',
  'approx',
  'dept',
  'est',
  'fig',
  'vol',
  'art',
  'sec',
  'ch',
  'pp',
  'ave',
  'blvd',
  'rd',
  'gen',
  'atty',
  'insp',
  'pvt',
  'amb',
  'sr',
  'jr',
  'sra',
  'mme',
  'mlle',
]);
/** Month short forms: not final when a number follows ("Aug. 7"). */
const MONTH_ABBR = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Dotted abbreviations that never end a sentence. */
const NEVER_FINAL_DOTTED = new Set(['e.g.', 'i.e.', 'viz.', 'cf.']);
/** Short forms that may end a sentence (company suffixes etc.): final only before an opener. */
const MAYBE_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'etc', 'al', 'plc', 'llc']);

/** Capitalised words that usually open a sentence rather than continue a name. */
export const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'In',
  'On',
  'At',
  'For',
  'From',
  'With',
  'By',
  'As',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'Although',
  'Though',
  'Since',
  'There',
  'Here',
  'Now',
  'Then',
  'However',
  'Meanwhile',
  'Also',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Other',
  'Officials',
  'Earlier',
  'Later',
  'Last',
  'Next',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Such',
  'One',
  'Two',
  'No',
  'Not',
  'During',
  'Under',
  'Despite',
  'According',
  'Speaking',
  'Asked',
  'Still',
  'Even',
]);

const TERMINATORS = new Set(['.', '?', '!', '…']);
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);
const OPENERS_PUNCT = new Set(['"', '“', "'", '‘', '(', '[', '«']);

function isTerminator(t: Token): boolean {
  return TERMINATORS.has(t.text) || /^\.{2,}$/.test(t.text) || /^[?!]+$/.test(t.text);
}

function canStartSentence(t: Token | undefined): boolean {
  if (!t) return true;
  const c = t.text.charAt(0);
  if (/\d/.test(c)) return true;
  if (OPENERS_PUNCT.has(c)) return true;
  if (c === '-' || c === '–' || c === '—' || c === '•') return true;
  return isCapitalized(t.text);
}

/**
 * Decides whether the sentence ends after token `i` (a terminator or a dotted abbreviation),
 * given the next significant token `next` (after closers).
 */
function endsHere(text: string, tokens: Token[], i: number, next: Token | undefined): boolean {
  const t = tokens[i];
  if (!canStartSentence(next)) return false;
  if (!next) return true;
  // A dotted abbreviation token like "U.S." ends a sentence only before an opener word.
  if (t.text.length > 2 && t.text.endsWith('.') && /\p{L}/u.test(t.text)) {
    if (NEVER_FINAL_DOTTED.has(t.text.toLowerCase())) return false;
    return SENTENCE_OPENERS.has(next.text) || OPENERS_PUNCT.has(next.text);
  }
  if (t.text !== '.') return true; // ? ! … ...
  const prev = tokens[i - 1];
  // Period glued to the previous word?
  if (prev && prev.end === t.start) {
    const w = prev.text;
    const lw = w.toLowerCase();
    // initial: single capital letter ("F.") — not final unless an opener follows a non-name
    if (/^\p{Lu}$/u.test(w)) return false;
    if (NEVER_FINAL.has(lw) && /^\p{Lu}/u.test(w)) {
      // "No." and "St." end sentences only rarely; keep joined
      return false;
    }
    if (MONTH_ABBR.has(lw) && /^\p{Lu}/u.test(w) && next && /^\d/.test(next.text)) return false;
    if (MAYBE_FINAL.has(lw)) return SENTENCE_OPENERS.has(next.text) || OPENERS_PUNCT.has(next.text);
  }
  void text;
  return true;
}

/** Splits `text` into sentence spans. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const tokens = tokenize(text, from, to);
  if (tokens.length === 0) return;
  let sentStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const dotted = t.text.length > 2 && t.text.endsWith('.') && /\p{L}/u.test(t.text);
    if (!isTerminator(t) && !dotted) continue;
    // absorb further terminators and closing quotes/brackets: `?"` `.”` `!)` `.'"`
    let j = i;
    while (j + 1 < tokens.length && (isTerminator(tokens[j + 1]) || CLOSERS.has(tokens[j + 1].text))) {
      // a closer separated by space belongs to the next sentence only if it opens one; keep
      // it here when glued or when it is a typographic closer
      const nt = tokens[j + 1];
      if (nt.start !== tokens[j].end && (nt.text === '"' || nt.text === "'")) break;
      j++;
    }
    const next = tokens[j + 1];
    if (next && next.start === tokens[j].end && !OPENERS_PUNCT.has(next.text)) continue; // "3.5", "Yahoo!News"
    // a list number at the start of a line ("1. Contents") does not end a sentence
    if (t.text === '.' && i === sentStart + 1 && sentStart === 0 && /^\d{1,3}$/.test(tokens[i - 1].text)) continue;
    if (!endsHere(text, tokens, i, next)) {
      i = j;
      continue;
    }
    out.push({ start: tokens[sentStart].start, end: tokens[j].end });
    sentStart = j + 1;
    i = j;
  }
  if (sentStart < tokens.length) {
    out.push({ start: tokens[sentStart].start, end: tokens[tokens.length - 1].end });
  }
}
