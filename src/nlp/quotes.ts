/**
 * Quotes and their speakers.
 *
 * Direct quotes: text between double quotation marks — curly “…” (which nest: “… he calls
 * “hell” …”), straight "…", doubled apostrophes ''…'' and ``…'' (NYT, Penn Treebank), „…“ and
 * «…» — paired within a paragraph, possibly spanning sentences. A quote still open at the end of
 * its paragraph runs to the paragraph end (news style for a quote that goes on in the next
 * paragraph, or a missing closing mark). Single-quoted phrases ('common ground', ‘…’) count only
 * inside a reporting construction with a speaker (apostrophes make them unreliable otherwise).
 * A quote is kept when it has a speaker or at least four words (shorter ones are scare quotes).
 *
 * Speakers, in order of preference:
 *   after the quote — `"…," Mr. Kerry told reporters` / `"…," said Kerry` / `"…," he said` /
 *   `"…" the spokeswoman said in a statement` / `"…," X, the minister of Y, said` /
 *   `"…?" Vitter demanded` / `"…" ― Name` / `"…," according to X`;
 *   before it — `Trudeau said, "…"` / `said Kerry: "…"` / `X tweeted: "…"` / `X rejected it,
 *   saying, "…"` / `X: "…"` / a paragraph ending in `He said:` before a quote paragraph.
 * The speaker span is the subject phrase (an entity in it, with its possessor: "Kazakhstan's
 * Foreign Ministry"); a pronoun or a role ("the spokeswoman") is kept as written — the actor
 * resolver links it. A quote without a speaker takes the speaker of the previous quote in the
 * same paragraph, or in the paragraph before when it opens its own.
 *
 * Indirect quotes: `X said (that) CLAUSE`, `X told Y (that) CLAUSE`, `CLAUSE, according to X`,
 * with the reported clause as the span. Records carry `kind: 'direct' | 'indirect'`; direct
 * quotes come first in the output.
 */
import type { Entity, Quote, Span, Speaker } from '../types.js';
import { tokenize, type Token } from './tokens.js';

export interface QuoteRecord extends Quote {
  kind: 'direct' | 'indirect';
}

const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'states',
  'announced',
  'warned',
  'warns',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'argued',
  'argues',
  'noted',
  'notes',
  'stressed',
  'stresses',
  'explained',
  'confirmed',
  'confirms',
  'acknowledged',
  'admitted',
  'asked',
  'asks',
  'wrote',
  'writes',
  'replied',
  'declared',
  'tweeted',
  'posted',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'reiterated',
  'recalled',
  'cautioned',
  'complained',
  'predicted',
  'suggested',
  'believes',
  'believed',
  'thinks',
  'denied',
  'reported',
  'quoted',
  'cited',
  'continued',
  'concluded',
  'responded',
  'answered',
]);
/** Reporting verbs whose subject reports a clause ("X said Y happened"). */
const CLAUSE_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'stated',
  'announced',
  'warned',
  'claimed',
  'insisted',
  'argued',
  'noted',
  'stressed',
  'explained',
  'confirmed',
  'acknowledged',
  'admitted',
  'believes',
  'believed',
  'thinks',
  'denied',
  'reported',
  'emphasized',
  'emphasised',
  'reiterated',
  'predicted',
  'suggested',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const ADVERBS = new Set([
  'also',
  'later',
  'then',
  'further',
  'repeatedly',
  'previously',
  'earlier',
  'again',
  'reportedly',
  'once',
  'has',
  'have',
  'had',
  'was',
  'is',
  'quickly',
  'simply',
  'recently',
  'separately',
]);
const SUBJECT_STOP = new Set([
  'and',
  'but',
  'or',
  'which',
  'that',
  'who',
  'when',
  'while',
  'because',
  'as',
  'if',
  'although',
  'after',
  'before',
  'since',
  'than',
  'so',
  'where',
  'whether',
  'to',
  'not',
]);

interface Raw extends Span {
  /** offsets of the quote marks (closeAt = end of the paragraph when the quote is left open) */
  openAt: number;
  closeAt: number;
  /** length of the closing mark (0 when the quote is left open) */
  closeLen: number;
  single: boolean;
  /** the quote runs to the end of its paragraph without a closing mark */
  unclosed: boolean;
}

/**
 * Double quotation marks: curly “ ”, straight ", doubled apostrophes '' and backticks `` (as in
 * NYT and Penn Treebank text), low „ and guillemets « ».
 */
const DOUBLE_MARK = /“|”|"|''|``|„|«|»/g;
const OPENING_ONLY = new Set(['“', '``', '„', '«']);
const CLOSING_ONLY = new Set(['”', '»']);

/**
 * Direct quote spans (content between the marks), paragraph by paragraph. Curly marks nest
 * (“… he calls “hell” …”); a straight or doubled-apostrophe mark closes an open quote. A quote
 * still open at the end of its paragraph runs to the paragraph end (news style for a quote that
 * goes on in the next paragraph, or a missing closing mark).
 */
function directSpans(text: string): Raw[] {
  const out: Raw[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let open = -1;
    let openLen = 0;
    let depth = 0;
    DOUBLE_MARK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOUBLE_MARK.exec(line)) !== null) {
      const mark = m[0];
      const at = lineStart + m.index;
      if (mark === "''" && /\p{L}/u.test(line[m.index - 1] ?? '') && /\p{L}/u.test(line[m.index + 2] ?? '')) continue;
      if (open < 0) {
        // a closing-only mark where none is open is a typo for an opening one
        open = at;
        openLen = mark.length;
        depth = 0;
        continue;
      }
      if (OPENING_ONLY.has(mark)) {
        depth++;
        continue;
      }
      if (CLOSING_ONLY.has(mark) && depth > 0) {
        depth--;
        continue;
      }
      out.push({
        start: open + openLen,
        end: at,
        openAt: open,
        closeAt: at,
        closeLen: mark.length,
        single: false,
        unclosed: false,
      });
      open = -1;
    }
    if (open >= 0 && lineEnd - (open + openLen) > 1) {
      out.push({
        start: open + openLen,
        end: lineEnd,
        openAt: open,
        closeAt: lineEnd,
        closeLen: 0,
        single: false,
        unclosed: true,
      });
    }
    // single quotes: 'phrase' / ‘phrase’ — opening after a space or start, closing before a non-letter
    const re = /(^|[\s(:—–])(['‘])(\p{L}[^'‘’"“”\n]{0,160}?[\p{L}\p{N}.!?,])(['’])(?!\p{L})/gu;
    while ((m = re.exec(line)) !== null) {
      const openAt = lineStart + m.index + m[1].length;
      if ((m[2] === '‘') !== (m[4] === '’') && !(m[2] === "'" && m[4] === '’')) continue;
      const st = openAt + 1;
      const e = st + m[3].length;
      if (out.some((q) => q.openAt <= openAt && e <= q.end + 1)) continue; // inside a double-quoted quote
      out.push({ start: st, end: e, openAt, closeAt: e, closeLen: 1, single: true, unclosed: false });
    }
    lineStart = lineEnd + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A reporting verb token (lower case in the text: "States" in "United States" is not one). */
function isReporting(t: Token | undefined, set: Set<string> = REPORTING): boolean {
  return !!t && set.has(t.text);
}

function wordCount(s: string): number {
  return (s.match(/\p{L}+/gu) ?? []).length;
}

function trimQuote(text: string, q: Span): Span {
  let { start, end } = q;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The entity that ends at (or contains) offset `end`, if any. */
function entityEndingAt(entities: Entity[], start: number, end: number): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) {
    if (e.start >= start && e.end <= end && e.end >= end - 3) {
      if (!best || e.end > best.end || (e.end === best.end && e.start < best.start)) best = e;
    }
  }
  return best;
}
function speakerFrom(text: string, s: number, e: number): Speaker {
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * The subject noun phrase ending right before token index `v` (a reporting verb), or null.
 * Prefers an entity adjacent to the verb; then a pronoun; then up to six tokens back to a
 * boundary.
 */
function subjectBefore(
  text: string,
  toks: Token[],
  v: number,
  lowBound: number,
  entities: Entity[],
  times: Span[] = [],
): Speaker | null {
  let k = v - 1;
  for (;;) {
    while (k >= lowBound && ADVERBS.has(toks[k].text.toLowerCase())) k--;
    // "the United States on Thursday said": step over a time expression and its preposition
    const tk = k >= lowBound ? toks[k] : null;
    const time = tk ? times.find((t) => t.start <= tk.start && tk.end <= t.end) : undefined;
    if (!time) break;
    while (k >= lowBound && toks[k].start >= time.start) k--;
    if (k >= lowBound && /^(?:on|in|at|late|early|last|this)$/i.test(toks[k].text)) k--;
  }
  if (k < lowBound) return null;
  const last = toks[k];
  if (/^[,;:"“”'’)]$/.test(last.text)) return null;
  if (SUBJECT_STOP.has(last.text.toLowerCase())) return null;
  const ent = entityEndingAt(entities, toks[Math.max(lowBound, k - 8)].start, last.end);
  if (ent && ent.end >= last.end - 2) return withPossessor(text, toks, lowBound, ent, entities);
  if (PRONOUNS.has(last.text.toLowerCase())) return speakerFrom(text, last.start, last.end);
  // a noun phrase: back to a boundary (punctuation, clause word), at most 6 tokens
  let a = k;
  while (a - 1 >= lowBound && k - a < 5) {
    const p = toks[a - 1];
    if (
      /^[,;:"“”'’()—–-]$/.test(p.text) ||
      SUBJECT_STOP.has(p.text.toLowerCase()) ||
      REPORTING.has(p.text.toLowerCase())
    )
      break;
    a--;
  }
  // must contain a noun-like word: not a bare verb/adverb
  const phrase = text.slice(toks[a].start, last.end);
  if (!/\p{L}/u.test(phrase)) return null;
  if (/^(?:is|was|are|were|has|have|had|be|been|will|would|can|could)$/i.test(last.text)) return null;
  return speakerFrom(text, toks[a].start, last.end);
}

/** "Kazakhstan's Foreign Ministry": an entity owned by another one is spoken for by the whole phrase. */
function withPossessor(text: string, toks: Token[], lowBound: number, ent: Entity, entities: Entity[]): Speaker {
  let i = toks.findIndex((t) => t.start >= ent.start);
  if (i > lowBound && /['’]s$/.test(toks[i - 1].text)) {
    const owner = entities.find((e) => e.start <= toks[i - 1].start && toks[i - 1].start < e.end);
    if (owner) return speakerFrom(text, owner.start, ent.end);
    i--;
    return speakerFrom(text, toks[i].start, ent.end);
  }
  return speakerFrom(text, ent.start, ent.end);
}

/**
 * The subject noun phrase right after token index `v` ("said Kerry", "according to X"): the last
 * entity of the phrase (with its possessor: "Kazakhstan's Foreign Ministry"), a pronoun, or the
 * phrase itself.
 */
function subjectAfter(text: string, toks: Token[], v: number, highBound: number, entities: Entity[]): Speaker | null {
  const first = toks[v + 1];
  if (!first || v + 1 > highBound) return null;
  if (/^[,;:.!?"“”'’()]$/.test(first.text)) return null;
  if (PRONOUNS.has(first.text.toLowerCase())) return speakerFrom(text, first.start, first.end);
  let b = v + 1;
  while (b + 1 <= highBound && b - v < 8) {
    const n = toks[b + 1];
    if (
      /^[,;:.!?"“”'’()—–-]$/.test(n.text) ||
      SUBJECT_STOP.has(n.text.toLowerCase()) ||
      isReporting(n) ||
      n.text === 'in' ||
      n.text === 'on'
    )
      break;
    b++;
  }
  const npStart = first.start;
  const npEnd = toks[b].end;
  const inside = entities.filter((e) => e.start >= npStart && e.end <= npEnd);
  if (inside.length) {
    const ent = inside[inside.length - 1];
    return withPossessor(text, toks, v + 1, ent, entities);
  }
  return speakerFrom(text, npStart, npEnd);
}

function sentenceIndexAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * Verbs that introduce or close a direct quote (manner-of-speaking verbs included: a quote is
 * "sung", "chanted", "demanded"). The indirect finder uses the narrower CLAUSE_VERBS.
 */
const QUOTE_VERBS = new Set([
  ...REPORTING,
  ...[
    'ask',
    'asking',
    'add',
    'adding',
    'saying',
    'telling',
    'tell',
    'write',
    'writing',
    'tweet',
    'tweets',
    'tweeting',
    'sings',
    'sang',
    'sing',
    'singing',
    'chanted',
    'chant',
    'chanting',
    'shouted',
    'shouting',
    'yelled',
    'screamed',
    'cried',
    'exclaimed',
    'whispered',
    'demanded',
    'demands',
    'boasted',
    'boasts',
    'joked',
    'jokes',
    'quipped',
    'quips',
    'mused',
    'muses',
    'conceded',
    'concedes',
    'observed',
    'remarked',
    'countered',
    'counters',
    'retorted',
    'pleaded',
    'urged',
    'urges',
    'vowed',
    'vows',
    'promised',
    'promises',
    'lamented',
    'laments',
    'read',
    'reads',
    'reading',
    'declares',
    'continues',
    'recalls',
    'explains',
    'replies',
    'responds',
    'answers',
    'concludes',
    'wrote',
    'writes',
    'posts',
    'texted',
    'messaged',
    'blasted',
    'fumed',
    'snapped',
    'charged',
    'charges',
    'scoffed',
    'interjected',
    'interrupted',
    'offered',
    'proclaimed',
    'announces',
    'warns',
    'predicts',
    'suggests',
    'stated',
    'testified',
    'told',
    'said',
    'added',
    'noted',
    'says',
    'adds',
  ],
]);
/** Participles that hang a quote on the subject of their clause ("…, saying, “…”"). */
const PARTICIPLES = new Set([
  'saying',
  'adding',
  'asking',
  'telling',
  'writing',
  'tweeting',
  'chanting',
  'shouting',
  'declaring',
  'noting',
  'insisting',
  'arguing',
  'warning',
  'explaining',
  'singing',
  'reading',
  'calling',
  'stating',
  'replying',
]);
const DASHES = /^[―—–]$|^--$/;
const QUOTE_TOKEN = /^["“”'’‘`„«»]$/;

/** A word that can head a speaker phrase: capitalised, a pronoun, or a determiner/noun. */
function canStartSpeaker(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^[,;:.!?()"“”'’‘\][—–-]$/.test(t.text)) return false;
  return /^\p{L}/u.test(t.text);
}

/**
 * The speaker phrase that starts at token `i` (right after a quote): an entity starting there
 * (with its possessor), a pronoun, or the words up to a comma, bracket, dash, reporting verb or
 * clause word (at most eight).
 */
function phraseFrom(text: string, toks: Token[], i: number, entities: Entity[]): Speaker | null {
  const first = toks[i];
  if (!canStartSpeaker(first)) return null;
  if (PRONOUNS.has(first.text.toLowerCase())) return speakerFrom(text, first.start, first.end);
  const ent = entities.find((e) => e.start === first.start);
  let b = i;
  while (b + 1 < toks.length && b - i < 7) {
    const n = toks[b + 1];
    // the period of a title or an initial ("Mr.", "Sen.", "E.") belongs to the name
    if (
      n.text === '.' &&
      /^(?:\p{Lu}\p{Ll}{0,3}|\p{Lu})$/u.test(toks[b].text) &&
      toks[b + 2] &&
      /^\p{Lu}/u.test(toks[b + 2].text)
    ) {
      b++;
      continue;
    }
    if (
      /^[,;:.!?()"“”'’‘[\]—–]$/.test(n.text) ||
      SUBJECT_STOP.has(n.text.toLowerCase()) ||
      QUOTE_VERBS.has(n.text) ||
      ADVERBS.has(n.text.toLowerCase()) ||
      /^(?:in|on|at|during|from|after|before|via|over)$/.test(n.text)
    )
      break;
    b++;
  }
  if (ent && ent.end >= toks[b].end) return withPossessor(text, toks, 0, ent, entities);
  const inside = entities.filter((e) => e.start >= first.start && e.end <= toks[b].end);
  if (inside.length) return withPossessor(text, toks, 0, inside[inside.length - 1], entities);
  if (QUOTE_VERBS.has(first.text)) return null;
  return speakerFrom(text, first.start, toks[b].end);
}

/** The first noun phrase of a sentence (its subject, as a fallback speaker). */
function sentenceSubject(text: string, toks: Token[], entities: Entity[]): Speaker | null {
  let i = 0;
  // skip a fronted adverbial ("In his speech, Graham urged …"): up to the first comma if short
  const comma = toks.findIndex((t) => t.text === ',');
  if (
    comma > 0 &&
    comma <= 5 &&
    /^(?:in|on|at|after|before|during|later|earlier|then|but|and|still|yet|also)$/i.test(toks[0].text)
  )
    i = comma + 1;
  while (i < toks.length && /^(?:but|and|so|yet|still|then|also)$/i.test(toks[i].text)) i++;
  return phraseFrom(text, toks, i, entities);
}

/** Speaker after the closing mark: `, X said` / `, said X` / `X told Y` / `― X` / `, according to X`. */
function speakerAfter(
  text: string,
  raw: Raw,
  limit: number,
  entities: Entity[],
  times: Span[],
  reach = 30,
): { speaker: Speaker; verbAt: number } | null {
  const toks = tokenize(text, raw.closeAt + raw.closeLen, limit);
  let i = 0;
  while (i < toks.length && /^[,;]$/.test(toks[i].text)) i++;
  if (i < toks.length && DASHES.test(toks[i].text)) {
    const sp = phraseFrom(text, toks, i + 1, entities);
    return sp ? { speaker: sp, verbAt: -1 } : null;
  }
  for (let v = i; v < Math.min(toks.length, i + reach); v++) {
    const t = toks[v];
    // the window already ends with the sentence; a period here closes a title ("Mr.", "Sen.")
    if (/^[!?]$/.test(t.text) || QUOTE_TOKEN.test(t.text)) break;
    if (t.text.toLowerCase() === 'according' && toks[v + 1]?.text.toLowerCase() === 'to') {
      const sp = subjectAfter(text, toks, v + 1, toks.length - 1, entities);
      return sp ? { speaker: sp, verbAt: t.start } : null;
    }
    if (!QUOTE_VERBS.has(t.text) || PARTICIPLES.has(t.text)) continue;
    // "said X" right after the quote, else the phrase that opens the attribution
    let sp: Speaker | null = null;
    if (v === i || (v === i + 1 && ADVERBS.has(toks[i].text.toLowerCase())))
      sp = subjectAfter(text, toks, v, toks.length - 1, entities);
    else sp = phraseFrom(text, toks, i, entities) ?? subjectBefore(text, toks, v, i, entities, times);
    return sp ? { speaker: sp, verbAt: t.start } : null;
  }
  return null;
}

/** Speaker before the opening mark: `X said, “…”` / `said X: “…”` / `X, saying “…”` / `X: “…”`. */
function speakerBefore(
  text: string,
  raw: Raw,
  from: number,
  entities: Entity[],
  times: Span[],
): { speaker: Speaker; verbAt: number } | null {
  const toks = tokenize(text, from, raw.openAt);
  if (!toks.length) return null;
  const n = toks.length;
  // the last few tokens before the quote: a verb, maybe a comma or colon, maybe "that"
  for (let v = n - 1; v >= 0 && v >= n - 4; v--) {
    const t = toks[v];
    if (QUOTE_TOKEN.test(t.text)) break;
    if (PARTICIPLES.has(t.text)) {
      // "Trump was defensive …, saying, “…”": the nearest name or pronoun before, else the subject
      for (let k = v - 1; k >= 0; k--) {
        const ent = entities.find((e) => e.start <= toks[k].start && toks[k].end <= e.end);
        if (ent && (ent.type === 'PER' || ent.type === 'ORG'))
          return { speaker: speakerFrom(text, ent.start, ent.end), verbAt: -1 };
        if (PRONOUNS.has(toks[k].text.toLowerCase()))
          return { speaker: speakerFrom(text, toks[k].start, toks[k].end), verbAt: -1 };
      }
      const sp = sentenceSubject(text, toks, entities);
      return sp ? { speaker: sp, verbAt: -1 } : null;
    }
    if (QUOTE_VERBS.has(t.text)) {
      const sp =
        subjectBefore(text, toks, v, 0, entities, times) ?? subjectAfter(text, toks, v, toks.length - 1, entities);
      // the verb introduces this quote only when the quote follows it closely (`said, "…"`);
      // otherwise (`said both camps found 'x'`) the verb also reports a clause
      return sp ? { speaker: sp, verbAt: n - 1 - v <= 2 ? t.start : -1 } : null;
    }
  }
  // "X: “…”" — a colon introduces the quote; the reporting verb (if any) is further back
  if (toks[n - 1].text === ':') {
    for (let v = n - 2; v >= 0; v--) {
      if (QUOTE_VERBS.has(toks[v].text)) {
        const sp = subjectBefore(text, toks, v, 0, entities, times) ?? subjectAfter(text, toks, v, n - 2, entities);
        if (sp) return { speaker: sp, verbAt: toks[v].start };
        break;
      }
    }
    const sp = n <= 8 ? phraseFrom(text, toks, 0, entities) : sentenceSubject(text, toks, entities);
    return sp ? { speaker: sp, verbAt: -1 } : null;
  }
  return null;
}

/** Finds direct and indirect quotes. `entities` help find speaker spans. */
export function findQuotes(
  text: string,
  sentences: Span[],
  entities: Entity[] = [],
  times: Span[] = [],
): QuoteRecord[] {
  const direct: QuoteRecord[] = [];
  const usedVerbs = new Set<number>(); // offsets of reporting verbs used for direct quotes
  let previous: { quote: QuoteRecord; raw: Raw; paragraphStart: number; paragraphEnd: number } | null = null;

  for (const raw of directSpans(text)) {
    const span = trimQuote(text, raw);
    if (span.end <= span.start) continue;
    const words = wordCount(text.slice(span.start, span.end));
    if (raw.unclosed && words < 4) continue;
    const lineEnd = (() => {
      const n = text.indexOf('\n', raw.closeAt);
      return n < 0 ? text.length : n;
    })();
    const lineStart = text.lastIndexOf('\n', Math.max(0, raw.openAt - 1)) + 1;
    let found: { speaker: Speaker; verbAt: number } | null = null;
    // after the quote: to the end of the sentence holding the closing mark (within the paragraph)
    if (!raw.unclosed) {
      const si = sentenceIndexAt(sentences, raw.closeAt);
      const sentEnd = si >= 0 ? Math.max(sentences[si].end, raw.closeAt + raw.closeLen) : lineEnd;
      let limit = Math.min(lineEnd, sentEnd + 1);
      let reach = 30;
      // "…?” Vitter demanded." — the splitter may end the sentence at the quote; a short clause
      // right after a question or exclamation still attributes it
      if (
        !/\p{L}/u.test(text.slice(raw.closeAt + raw.closeLen, limit)) &&
        /[?!]\s*$/.test(text.slice(raw.start, raw.closeAt)) &&
        si >= 0 &&
        si + 1 < sentences.length
      ) {
        limit = Math.min(lineEnd, sentences[si + 1].end);
        reach = 6;
      }
      found = speakerAfter(text, raw, limit, entities, times, reach);
    }
    // before the quote, in its sentence (or paragraph)
    if (!found) {
      const sb = sentenceIndexAt(sentences, raw.openAt);
      let from = sb >= 0 ? Math.max(lineStart, sentences[sb].start) : lineStart;
      if (from >= raw.openAt) from = lineStart;
      found = speakerBefore(text, raw, from, entities, times);
    }
    // a paragraph that is only the quote, after one ending in a colon ("He said:")
    const opensParagraph = /^\s*$/.test(text.slice(lineStart, raw.openAt));
    if (!found && opensParagraph && lineStart > 0) {
      const prevEnd = text.slice(0, lineStart).replace(/\s+$/, '').length;
      if (text[prevEnd - 1] === ':') {
        const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        const sb = sentenceIndexAt(sentences, prevEnd - 1);
        const from = sb >= 0 ? Math.max(prevStart, sentences[sb].start) : prevStart;
        found = speakerBefore(text, { ...raw, openAt: prevEnd }, from, entities, times);
      }
    }
    let speaker = found?.speaker ?? null;
    if (speaker && found && found.verbAt >= 0) usedVerbs.add(found.verbAt);
    // continuing quote of the same speaker: the same paragraph, or the next one when this quote
    // opens it (news style: a long quote goes on in the next paragraph)
    if (!speaker && previous?.quote.speaker && !raw.single && (words >= 4 || previous.paragraphStart === lineStart)) {
      const gapParas = text
        .slice(previous.paragraphEnd, raw.openAt)
        .split('\n')
        .filter((l) => l.trim()).length;
      if (previous.paragraphStart === lineStart || (opensParagraph && gapParas === 0)) speaker = previous.quote.speaker;
    }
    if (raw.single && !speaker) {
      // single quotes count only inside a reporting sentence: `Kerry said the two sides found 'common ground'`
      const sb = sentenceIndexAt(sentences, raw.openAt);
      if (sb >= 0) {
        const st = tokenize(text, sentences[sb].start, raw.openAt);
        for (let v = st.length - 1; v >= 0; v--) {
          if (isReporting(st[v], CLAUSE_VERBS)) {
            speaker = subjectBefore(text, st, v, 0, entities, times);
            break;
          }
        }
      }
      if (!speaker) continue;
    }
    if (!speaker && words < 4) continue;
    const q: QuoteRecord = { start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: 'direct' };
    if (speaker) q.speaker = speaker;
    direct.push(q);
    previous = { quote: q, raw, paragraphStart: lineStart, paragraphEnd: lineEnd };
  }

  const indirect = findIndirect(text, sentences, entities, direct, usedVerbs, times);
  // a direct quote inside a reported clause ("X said the call included "…"") has X as speaker
  for (const d of direct) {
    if (d.speaker) continue;
    const host = indirect.find((q) => q.start <= d.start && d.end <= q.end + 2 && q.speaker);
    if (host?.speaker) d.speaker = host.speaker;
  }
  return [...direct, ...indirect];
}

function findIndirect(
  text: string,
  sentences: Span[],
  entities: Entity[],
  direct: QuoteRecord[],
  usedVerbs: Set<number>,
  times: Span[],
): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  const insideDirect = (s: number, e: number): boolean => direct.some((d) => d.start <= s && e <= d.end);
  for (const sent of sentences) {
    const toks = tokenize(text, sent.start, sent.end);
    for (let v = 0; v < toks.length; v++) {
      const w = toks[v].text.toLowerCase();
      // `CLAUSE, according to X`
      if (w === 'according' && toks[v + 1]?.text.toLowerCase() === 'to' && !usedVerbs.has(toks[v].start)) {
        const speaker = subjectAfter(text, toks, v + 1, toks.length - 1, entities);
        let endTok = v - 1;
        while (endTok >= 0 && /^[,;:—–-]$/.test(toks[endTok].text)) endTok--;
        if (endTok < 2 || !speaker) continue;
        // clause: sentence start (or after the last comma-free lead-in) up to the comma
        const clause = { start: toks[0].start, end: toks[endTok].end };
        if (insideDirect(clause.start, clause.end) || /^["“]/.test(toks[0].text)) continue;
        // "…, according to X, who …" → when "according to X" opens the sentence, the clause follows
        out.push({ ...clause, text: text.slice(clause.start, clause.end), speaker, kind: 'indirect' });
        continue;
      }
      if (w === 'according' && v === 0 && toks[1]?.text.toLowerCase() === 'to') continue;
      if (!isReporting(toks[v], CLAUSE_VERBS) || usedVerbs.has(toks[v].start)) continue;
      if (insideDirect(toks[v].start, toks[v].end)) continue;
      // the reported clause: after the verb (and its object for "told"), skipping "that"
      let c = v + 1;
      if (w === 'told' || w === 'tells') {
        // told reporters / told Putin / told the BBC → skip the object up to "that" or 4 tokens
        let k = c;
        while (k < toks.length && k - c < 5 && toks[k].text.toLowerCase() !== 'that' && !/^[,.;:]$/.test(toks[k].text))
          k++;
        if (toks[k]?.text.toLowerCase() === 'that') c = k + 1;
        else continue; // "told reporters in Paris." — no clause
      } else {
        // skip a short prepositional phrase: "said in a statement (that)", "said on Tuesday that"
        const thatAt = toks.slice(c, c + 8).findIndex((t) => t.text.toLowerCase() === 'that');
        if (/^(?:in|on|at|during|after|before|from|to|via|through|late|early|last|this)$/i.test(toks[c]?.text ?? '')) {
          if (thatAt >= 0) c = c + thatAt + 1;
          else {
            let k = c;
            while (k < toks.length && toks[k].text !== ',') k++;
            c = k + 1;
          }
        } else if (toks[c]?.text.toLowerCase() === 'that') c++;
        else if (toks[c] && /^[,.;:!?"“”]$/.test(toks[c].text)) continue; // "…, he said." handled as direct or nothing
      }
      let e = toks.length - 1;
      while (e >= c && /^[.!?,;:"“”'’]$/.test(toks[e].text)) e--;
      if (e - c < 2) continue;
      const clause = { start: toks[c].start, end: toks[e].end };
      // a direct quote inside the clause: keep the clause (it is the reported content) only when
      // it is not entirely the direct quote
      if (direct.some((d) => d.start <= clause.start && clause.end <= d.end)) continue;
      const speaker = subjectBefore(text, toks, v, 0, entities, times);
      if (!speaker) continue;
      out.push({ ...clause, text: text.slice(clause.start, clause.end), speaker, kind: 'indirect' });
    }
  }
  return out;
}
