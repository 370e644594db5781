/**
 * Tokeniser with UTF-16 offsets into the original text.
 *
 * A token is one of:
 *   - a word: letters/digits with inner apostrophes, hyphens and periods of abbreviations
 *     ("don't", "al-Assad", "U.S.", "F." of an initial), a possessive "'s" stays attached;
 *   - a number: digits with inner thousands separators and a decimal point ("370,000", "1.5");
 *   - an ellipsis ("..." or "…"), a dash run ("--"), or any other single non-space character.
 *
 * Linear: one pass of a sticky regular expression with no nested quantifiers.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Order matters: numbers first (so "1.5" is not word "1" + "." + "5"), then dotted
// abbreviations ("U.S.", "e.g."), then ordinary words, then multi-char punctuation.
const TOKEN_RE = new RegExp(
  [
    // number: 1,200 / 370,000 / 1.5 / 2017 / 13th / 5-year (hyphen suffix handled as word join below)
    String.raw`\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?`,
    // dotted abbreviation: U.S. / e.g. / a.m.
    String.raw`(?:\p{L}\.){2,}`,
    // word with inner apostrophes / hyphens / digits: al-Assad, don't, Erdogan's, 16x9, two-day
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    // ellipsis and dash runs
    String.raw`\.{2,}|…|-{2,}|[–—]`,
    // anything else that is not a space
    String.raw`\S`,
  ].join('|'),
  'guy',
);

/** Tokens of `text[start, end)`, offsets relative to `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // skip whitespace quickly
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0x3000) {
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m || m[0].length === 0) {
      // whitespace not listed above, or a lone surrogate half: step over it
      if (/\s/u.test(text[i])) {
        i++;
        continue;
      }
      out.push({ start: i, end: i + 1, text: text[i] });
      i++;
      continue;
    }
    let tEnd = i + m[0].length;
    if (tEnd > end) tEnd = end;
    out.push({ start: i, end: tEnd, text: text.slice(i, tEnd) });
    i = tEnd;
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
