/**
 * Quantities: numbers in digits or words, with an approximation qualifier and the noun they
 * count. "at least 74 civilians" → { value: 74, approx: "at least", unit: "civilians" };
 * "more than 370,000 people"; "1.5 million"; "half the population" → 0.5 of "population";
 * "millions" → 1000000, approx "millions"; "12 percent" → unit "percent"; "$2 billion" → unit "USD".
 *
 * Not quantities: years and other time expressions (they are in `times`; pass them in so their
 * spans are skipped), ordinals ("13th round"), hyphenated adjectives ("two-day", "5-year"),
 * numbers glued to letters ("G20", "16x9"), "one of …".
 * The span covers qualifier + number + counted noun phrase (at most three words, ending at its
 * head noun).
 */
import type { Quantity, Span, TimeExpr } from '../types.js';
import { NUMBER_WORDS } from './numbers.js';
import { tokenize, type Token } from './tokens.js';

const UNITS = NUMBER_WORDS;
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
};
/** Plural scale words standing alone are vague quantities: "millions", "dozens of", "hundreds". */
const VAGUE: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
const FRACTIONS: Record<string, number> = {
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  'two-thirds': 2 / 3,
  'three-quarters': 0.75,
};

/** Qualifiers, longest first (matched as token sequences before the number). */
const APPROX = [
  'an estimated',
  'as many as',
  'as few as',
  'no more than',
  'no fewer than',
  'not more than',
  'just over',
  'just under',
  'well over',
  'close to',
  'more than',
  'fewer than',
  'less than',
  'at least',
  'at most',
  'up to',
  'upwards of',
  'in excess of',
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'over',
  'under',
  'roughly',
  'approximately',
  'about',
  'around',
  'estimated',
  'only',
  'just',
  'exactly',
  'another',
  'tens of',
  'hundreds of',
  'thousands of',
].map((s) => s.split(' '));

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
/** Words that end a counted noun phrase. */
const NP_STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'and',
  'or',
  'but',
  'as',
  'than',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'do',
  'did',
  'does',
  'not',
  'into',
  'across',
  'since',
  'during',
  'after',
  'before',
  'over',
  'under',
  'about',
  'around',
  'including',
  'where',
  'when',
  'while',
  'if',
  'so',
  'this',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'such',
  'per',
  'each',
  'every',
  'already',
  'still',
  'also',
  'now',
  'then',
  'there',
  'here',
  'more',
  'less',
  'ago',
  'earlier',
  'later',
  'dead',
  'killed',
  'wounded',
  'injured',
  'missing',
  'alive',
  'left',
  'laid',
  'fled',
  'died',
  'say',
  'said',
  'says',
  'according',
]);
const IRREGULAR_PLURALS = new Set([
  'people',
  'personnel',
  'police',
  'children',
  'men',
  'women',
  'staff',
  'cattle',
  'militia',
  'clergy',
  'youth',
  'infantry',
  'livestock',
  'data',
  'media',
  'feet',
  'teeth',
  'geese',
  'mice',
  'sheep',
  'fish',
  'deer',
  'aircraft',
  'percent',
  'per cent',
  'crew',
  'military',
]);
const LEADING_ADJ = new Set(['additional', 'more', 'other', 'new', 'extra', 'further', 'fresh', 'some', 'estimated']);

function isNumberToken(t: string): boolean {
  return /^\d+(?:,\d{3})*(?:\.\d+)?$/.test(t) || /^\d+(?:\.\d+)?$/.test(t);
}
function numberOf(t: string): number {
  return Number(t.replace(/,/g, ''));
}

interface NumMatch {
  /** token index range [i, j] of the number itself */
  i: number;
  j: number;
  value: number;
  vague?: string;
  fraction?: boolean;
}

/** Reads a number starting at token i (digits with scale words, or number words). */
function readNumber(toks: Token[], i: number): NumMatch | null {
  const t = toks[i];
  const w = t.text.toLowerCase();
  if (isNumberToken(t.text)) {
    let value = numberOf(t.text);
    let j = i;
    while (j + 1 < toks.length && SCALES[toks[j + 1].text.toLowerCase()] && toks[j + 1].text.toLowerCase() !== 'm') {
      value *= SCALES[toks[j + 1].text.toLowerCase()];
      j++;
    }
    return { i, j, value };
  }
  if (w in VAGUE) return { i, j: i, value: VAGUE[w], vague: w };
  if (w in FRACTIONS) return { i, j: i, value: FRACTIONS[w], fraction: true };
  // number words: twenty-four, two hundred, three thousand, five million
  const compound =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  let value: number | null = compound ? UNITS[compound[1]] + UNITS[compound[2]] : w in UNITS ? UNITS[w] : null;
  if (value === null) return null;
  let j = i;
  let total = 0;
  for (;;) {
    const n = toks[j + 1]?.text.toLowerCase();
    if (n && SCALES[n] && n !== 'm' && n !== 'bn') {
      value *= SCALES[n];
      j++;
      if (SCALES[n] >= 1000) {
        total += value;
        value = 0;
      }
      // "two hundred and fifty"
      const and = toks[j + 1]?.text.toLowerCase();
      const after = toks[j + 2]?.text.toLowerCase();
      if (
        and === 'and' &&
        after &&
        (after in UNITS || /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/.test(after))
      ) {
        const c2 =
          /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(
            after,
          );
        value += c2 ? UNITS[c2[1]] + UNITS[c2[2]] : UNITS[after];
        j += 2;
      }
      continue;
    }
    break;
  }
  return { i, j, value: total + value };
}

/** Finds quantities; `times` (from the time tagger) marks spans that are not quantities. */
export function findQuantities(text: string, sentences: Span[], times: TimeExpr[] = []): Quantity[] {
  const out: Quantity[] = [];
  const timeSpans = [...times].sort((a, b) => a.start - b.start);
  const inTime = (s: number, e: number): boolean => {
    // binary search for the first time span ending after s
    let lo = 0;
    let hi = timeSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeSpans[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < timeSpans.length && timeSpans[k].start < e; k++) if (timeSpans[k].end > s) return true;
    return false;
  };
  for (const sent of sentences) {
    const toks = tokenize(text, sent.start, sent.end);
    let i = 0;
    while (i < toks.length) {
      const q = quantityAt(text, toks, i, inTime);
      if (q) {
        out.push(q.quantity);
        i = q.next;
      } else i++;
    }
  }
  return out;
}

function quantityAt(
  text: string,
  toks: Token[],
  i: number,
  inTime: (s: number, e: number) => boolean,
): { quantity: Quantity; next: number } | null {
  const t = toks[i];
  const num = readNumber(toks, i);
  if (!num) return null;
  const lw = t.text.toLowerCase();
  // glued to letters or part of a hyphenated adjective: "G20", "5-year", "two-day"
  const prev = toks[i - 1];
  const after = toks[num.j + 1];
  if (prev && prev.end === t.start && /[\p{L}\d]$/u.test(prev.text)) return null;
  if (after && after.start === toks[num.j].end && (after.text === '-' || /^\p{L}/u.test(after.text))) {
    if (!/^(?:%|percent)$/i.test(after.text)) return null;
  }
  if (/-/.test(t.text) && !(lw in FRACTIONS) && !/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/.test(lw))
    return null;
  if (inTime(t.start, toks[num.j].end)) return null;
  // list numbers: "1. Contents", "2) Navigation" at the start of a line
  if (i === 0 && after && /^[.)]$/.test(after.text) && after.start === t.end) return null;
  // years standing alone are dates (the time tagger may have missed them in odd contexts)
  if (
    /^(?:1[6-9]|20)\d\d$/.test(t.text) &&
    !(after && /^(?:people|troops|soldiers|civilians|members|dollars|votes)$/i.test(after.text))
  )
    return null;
  // ordinals are not counts
  if (/^\d+(?:st|nd|rd|th)$/i.test(t.text)) return null;
  // "one farmer said", "one of them": an indefinite, not a count
  if (lw === 'one' && num.j === i) return null;
  if ((lw in UNITS || lw in FRACTIONS) && t.text !== lw && i > 0 && !/^[("“'‘]$/.test(prev?.text ?? '')) {
    // capitalised number word inside a sentence: part of a name ("Group of Seven", "Half Moon")
    return null;
  }
  // fractions need "of"/"the" + noun: "half the population", "a third of the country"
  if (num.fraction) {
    if (lw === 'quarter' || lw === 'third') {
      if (prev?.text.toLowerCase() !== 'a' && prev?.text.toLowerCase() !== 'one') return null;
    }
    const n1 = toks[num.j + 1]?.text.toLowerCase();
    if (n1 !== 'the' && n1 !== 'of' && n1 !== 'its' && n1 !== 'their') return null;
  }

  // qualifier before the number
  let start = t.start;
  let approx: string | undefined;
  let qStart = i;
  if (num.fraction && (prev?.text.toLowerCase() === 'a' || prev?.text.toLowerCase() === 'one')) qStart = i - 1;
  for (const a of APPROX) {
    const k = qStart - a.length;
    if (k < 0) continue;
    let ok = true;
    for (let x = 0; x < a.length; x++) if (toks[k + x].text.toLowerCase() !== a[x]) ok = false;
    if (ok) {
      approx = a.join(' ');
      qStart = k;
      break;
    }
  }
  start = toks[qStart].start;
  // currency sign right before the number
  let currency: string | undefined;
  if (prev && CURRENCY[prev.text] && prev.end === t.start) {
    currency = CURRENCY[prev.text];
    if (qStart === i) start = prev.start;
    else if (approx) start = toks[qStart].start;
  }
  if (num.vague) approx = approx ? `${approx} ${num.vague}` : num.vague;

  // counted noun phrase
  let k = num.j + 1;
  let unit: string | undefined;
  let end = toks[num.j].end;
  if (toks[k] && (toks[k].text === '%' || /^percent$/i.test(toks[k].text))) {
    unit = 'percent';
    end = toks[k].end;
    k++;
  } else if (toks[k]?.text.toLowerCase() === 'per' && toks[k + 1]?.text.toLowerCase() === 'cent') {
    unit = 'percent';
    end = toks[k + 1].end;
    k += 2;
  } else {
    // "half the population", "millions of people", "dozens of civilians"
    let p = k;
    if ((num.fraction || num.vague) && /^(?:of|the|its|their)$/i.test(toks[p]?.text ?? '')) {
      p++;
      if (/^(?:the|its|their)$/i.test(toks[p]?.text ?? '')) p++;
    }
    const words: Token[] = [];
    for (let q = p; q < toks.length && words.length < 4; q++) {
      const w = toks[q];
      const lwq = w.text.toLowerCase();
      if (!/^\p{L}[\p{L}'’-]*$/u.test(w.text) || NP_STOP.has(lwq)) break;
      if (/^\p{Lu}/u.test(w.text) && !/^\p{Lu}+$/u.test(w.text) && !/(?:ian|ish|ese|an|i)$/.test(w.text)) break; // names end the phrase, demonyms and acronyms do not
      if (readNumber(toks, q)) break;
      words.push(w);
    }
    // the head noun: the last plural-looking word (counts count plural nouns)
    let head = -1;
    for (let x = words.length - 1; x >= 0; x--) {
      const lwx = words[x].text.toLowerCase();
      if (IRREGULAR_PLURALS.has(lwx) || (/s$/.test(lwx) && !/(?:ss|us|is)$/.test(lwx))) {
        head = x;
        break;
      }
    }
    if (head < 0 && words.length && (num.value === 1 || num.fraction)) head = 0;
    if (head < 0 && words.length && words[0].text.toLowerCase() !== words[0].text) head = -1;
    if (head >= 0) {
      let from = Math.max(0, head - 2);
      while (from < head && (LEADING_ADJ.has(words[from].text.toLowerCase()) || /^\p{Lu}/u.test(words[from].text)))
        from++;
      unit = text.slice(words[from].start, words[head].end);
      end = words[head].end;
    }
  }
  if (currency) unit = unit ? `${currency} ${unit}` : currency;
  if (!unit && num.fraction) return null;
  const quantity: Quantity = { start, end, text: text.slice(start, end), value: num.value };
  if (approx) quantity.approx = approx;
  if (unit) quantity.unit = unit;
  return { quantity, next: Math.max(num.j + 1, tokenIndexAfter(toks, end)) };
}

function tokenIndexAfter(toks: Token[], end: number): number {
  let k = 0;
  while (k < toks.length && toks[k].start < end) k++;
  return k;
}
