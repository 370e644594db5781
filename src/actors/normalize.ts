/**
 * Token-level normalisation shared by the registry and the resolve stage.
 *
 * A token is a run of letters/digits (inner apostrophes kept, e.g. `O'Brien`), or a dotted
 * abbreviation (`U.S.`, `U.N.`). Hyphens and other punctuation separate tokens. A token's key is
 * its text upper-cased, without diacritics (Erdoğan = ERDOGAN), dots or apostrophes (DA'ESH = DAESH).
 * A possessive `'s` / `’s` is left out of the token (Assad's → Assad).
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Punctuation other than quotes/hyphens/spaces lies between the previous token and this one. */
  breakBefore: boolean;
}

const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  ð: 'd',
};

/** Folds a string: strips diacritics and maps special letters, keeps everything else. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİøØßłŁđĐæÆœŒþð]/g, (c) => SPECIAL[c] ?? c);
}

export function tokenKey(text: string): string {
  return fold(text)
    .replace(/[.'’‘ʼ`´]/g, '')
    .toUpperCase();
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;
/** Characters between two tokens that do not stop a name from running on. */
const SOFT_GAP = /^[\s\-‐‑–"“”'‘’«»]*$/u;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    const start = m.index;
    // possessive: Assad's, Russia’s
    const poss = /['’ʼ][sS]$/.exec(t);
    if (poss && t.length > 2) t = t.slice(0, -2);
    const gap = text.slice(prevEnd, start);
    const key = tokenKey(t);
    if (!key) continue;
    out.push({
      start: start + offset,
      end: start + t.length + offset,
      text: t,
      key,
      breakBefore: out.length > 0 && !SOFT_GAP.test(gap),
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

/** Keys of a phrase (registry alias, dictionary phrase): `_` and spaces both separate words. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase.replace(/_/g, ' ')).map((t) => t.key);
}

/** Words that may stay lower-case inside a name (`Bashar al-Assad`, `Islamic State of Iraq`). */
export const CONNECTORS = new Set([
  'OF',
  'THE',
  'AND',
  'FOR',
  'AL',
  'EL',
  'DE',
  'DU',
  'DA',
  'DI',
  'DEL',
  'DES',
  'LA',
  'LE',
  'VON',
  'VAN',
  'DER',
  'DEN',
  'BIN',
  'IBN',
  'BINT',
  'Y',
  'E',
  'ON',
  'IN',
  'AT',
  'TO',
  'ET',
  'UND',
  'ASH',
  'AS',
  'AN',
  'AD',
  'AR',
  'AZ',
  'EZ',
  'ES',
  'UL',
  'UD',
  'ER',
]);

export function isCapitalised(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() || /\p{N}/u.test(c);
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const SMALL_WORDS = new Set([
  'OF',
  'THE',
  'AND',
  'FOR',
  'AL',
  'EL',
  'DE',
  'DU',
  'BIN',
  'IBN',
  'ON',
  'IN',
  'TO',
  'LA',
  'LE',
]);

/** Display form of an upper-case dictionary phrase: `RUSSIAN_FEDERATION_` → `Russian Federation`. */
export function prettyName(p: string): string {
  return p
    .replace(/_+$/, '')
    .replace(/_/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w, i) => {
      const up = w.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(up)) return up.toLowerCase();
      if (/\./.test(w) || (w.length <= 4 && !/[AEIOUY]/.test(up))) return up;
      return up.toLowerCase().replace(/(^|[-'(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    })
    .join(' ');
}
