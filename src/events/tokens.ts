/**
 * Word tokens of a sentence for the event coder: lower-cased words and punctuation with their
 * offsets into `article.text`. Kept here (not src/nlp) because the coder needs exactly this
 * lightweight shape and nothing else; one precompiled regex, no allocation beyond the tokens.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

// numbers with thousands separators and decimals ("1,300", "2.5"), words (with inner apostrophes,
// hyphens, dots as in "U.S."), or one punctuation char
const TOKEN_RE =
  /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{N}])|[\p{L}\p{N}]+(?:(?:['’][\p{L}]+)|(?:[-.][\p{L}\p{N}]+))*\.?|n['’]t|[^\s\p{L}\p{N}]/gu;

const ABBREV_DOT = /^(?:[\p{L}]\.)+$/u;

/** Tokenises `text[start, end)`. Possessive `'s` and `n't` become tokens of their own. */
export function wordTokens(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let t = m[0];
    let s = start + m.index;
    // a trailing dot belongs to the word only for abbreviations like "U.S."
    if (t.length > 1 && t.endsWith('.') && !ABBREV_DOT.test(t)) {
      t = t.slice(0, -1);
      TOKEN_RE.lastIndex -= 1;
    }
    // split possessive 's / ’s and n't
    const poss = /^(.+?)(['’]s)$/u.exec(t);
    const neg = /^(.+?)(n['’]t)$/iu.exec(t);
    const split = poss ?? neg;
    if (split) {
      const a = split[1];
      out.push({ start: s, end: s + a.length, text: a, lower: a.toLowerCase() });
      s += a.length;
      t = split[2];
    }
    out.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase().replace('’', "'") });
  }
  return out;
}
