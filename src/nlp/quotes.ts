/**
 * Quotes and their speakers.
 *
 * Direct quotes: text between double quotes (straight `"…"` paired within a paragraph, curly
 * `“…”`), possibly spanning sentences; single-quoted phrases (`'common ground'`, `‘…’`) only
 * inside a reporting construction with a speaker (apostrophes make them unreliable otherwise).
 * A quote is kept when it has a speaker or at least four words (shorter ones are scare quotes).
 *
 * Speakers, in order of preference:
 *   `"…," Mr Kerry told reporters` / `"…," said Kerry` / `"…," he said` / `"…" the White House said
 *   in a statement` / `Trudeau said, "…"` / `"…," according to X` — the speaker span is the subject
 *   noun phrase, preferring an entity span next to the verb; a pronoun is kept as is (the actor
 *   resolver links it). A quote without a speaker right after a quote that had one, in the same or
 *   the next paragraph, continues that speaker.
 *
 * Indirect quotes: `X said (that) CLAUSE`, `X told Y (that) CLAUSE`, `CLAUSE, according to X`,
 * with the reported clause as the span. Records carry `kind: 'direct' | 'indirect'` (an
 * extension of the shared Quote type); direct quotes come first in the output.
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

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';

interface Raw extends Span {
  /** offsets of the quote marks */
  openAt: number;
  closeAt: number;
  single: boolean;
}

/** Direct quote spans (content between the marks). */
function directSpans(text: string): Raw[] {
  const out: Raw[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let openStraight = -1;
    let openCurly = -1;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text[i];
      if (c === '"') {
        if (openStraight < 0) openStraight = i;
        else {
          out.push({ start: openStraight + 1, end: i, openAt: openStraight, closeAt: i, single: false });
          openStraight = -1;
        }
      } else if (c === OPEN_CURLY) {
        openCurly = i;
      } else if (c === CLOSE_CURLY && openCurly >= 0) {
        out.push({ start: openCurly + 1, end: i, openAt: openCurly, closeAt: i, single: false });
        openCurly = -1;
      }
    }
    // single quotes: 'phrase' / ‘phrase’ — opening after a space or start, closing before a non-letter
    const re = /(^|[\s(])(['‘])(\p{L}[^'‘’"\n]{0,120}?[\p{L}\p{N}.!?,])(['’])(?!\p{L})/gu;
    re.lastIndex = 0;
    const line = text.slice(lineStart, lineEnd);
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const open = lineStart + m.index + m[1].length;
      if ((m[2] === '‘') !== (m[4] === '’') && !(m[2] === "'" && m[4] === '’')) continue;
      const s = open + 1;
      const e = s + m[3].length;
      if (out.some((q) => q.start <= s && e <= q.end)) continue; // inside a double-quoted quote
      out.push({ start: s, end: e, openAt: open, closeAt: e, single: true });
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

/** Finds direct and indirect quotes. `entities` help find speaker spans. */
export function findQuotes(
  text: string,
  sentences: Span[],
  entities: Entity[] = [],
  times: Span[] = [],
): QuoteRecord[] {
  const direct: QuoteRecord[] = [];
  const usedVerbs = new Set<number>(); // offsets of reporting verbs used for direct quotes
  let previous: { quote: QuoteRecord; paragraphEnd: number } | null = null;

  for (const raw of directSpans(text)) {
    const span = trimQuote(text, raw);
    if (span.end <= span.start) continue;
    const lineEnd = (() => {
      const n = text.indexOf('\n', raw.closeAt);
      return n < 0 ? text.length : n;
    })();
    const lineStart = text.lastIndexOf('\n', raw.openAt) + 1;
    // window after the quote: to the end of the sentence containing the closing mark
    const si = sentenceIndexAt(sentences, raw.closeAt);
    const sentAfterEnd = si >= 0 ? Math.min(lineEnd, Math.max(sentences[si].end, raw.closeAt + 1)) : lineEnd;
    const afterToks = tokenize(text, raw.closeAt + 1, sentAfterEnd);
    let speaker: Speaker | null = null;
    let verbAt = -1;
    // after: `, Mr Kerry told` / `, said Kerry` / `, he said` / `the White House said` / `, according to X`
    for (let v = 0; v < Math.min(afterToks.length, 12); v++) {
      const w = afterToks[v].text.toLowerCase();
      if (/^[.!?]$/.test(w) && v > 0) break;
      if (afterToks[v].text === '"' || afterToks[v].text === OPEN_CURLY) break;
      if (w === 'according' && afterToks[v + 1]?.text.toLowerCase() === 'to') {
        speaker = subjectAfter(text, afterToks, v + 1, afterToks.length - 1, entities);
        verbAt = afterToks[v].start;
        break;
      }
      if (isReporting(afterToks[v])) {
        verbAt = afterToks[v].start;
        speaker = v > 0 ? subjectBefore(text, afterToks, v, 0, entities, times) : null;
        if (!speaker) speaker = subjectAfter(text, afterToks, v, afterToks.length - 1, entities);
        break;
      }
    }
    // before: `Trudeau said, "…"` / `Kerry said: "…"` / `said Kerry: "…"`
    if (!speaker) {
      const sb = sentenceIndexAt(sentences, raw.openAt);
      const from = sb >= 0 ? Math.max(lineStart, sentences[sb].start) : lineStart;
      const beforeToks = tokenize(text, from, raw.openAt);
      for (let v = beforeToks.length - 1; v >= 0 && v >= beforeToks.length - 4; v--) {
        if (isReporting(beforeToks[v])) {
          // the verb introduces this quote only when the quote follows it closely (`said, "…"`);
          // otherwise (`said both camps found 'x'`) the verb also reports a clause
          if (beforeToks.length - 1 - v <= 2) verbAt = beforeToks[v].start;
          speaker =
            subjectBefore(text, beforeToks, v, 0, entities, times) ??
            subjectAfter(text, beforeToks, v, beforeToks.length - 1, entities);
          break;
        }
      }
    }
    if (speaker && verbAt >= 0) usedVerbs.add(verbAt);
    // continuing quote of the same speaker (same or next paragraph)
    const opensParagraph = /^\s*$/.test(text.slice(lineStart, raw.openAt));
    if (
      !speaker &&
      previous?.quote.speaker &&
      !raw.single &&
      opensParagraph &&
      wordCount(text.slice(span.start, span.end)) >= 4
    ) {
      const gapParas = text.slice(previous.paragraphEnd, raw.openAt).split('\n').length - 1;
      if (gapParas <= 1) speaker = previous.quote.speaker;
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
    if (!speaker && wordCount(text.slice(span.start, span.end)) < 4) continue;
    const q: QuoteRecord = { start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: 'direct' };
    if (speaker) q.speaker = speaker;
    direct.push(q);
    previous = { quote: q, paragraphEnd: lineEnd };
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
