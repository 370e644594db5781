/**
 * Matching PETRARCH verb patterns against the flat token sequence of one sentence.
 *
 * PETRARCH matches patterns against a constituency parse; real input has none, so this is a
 * shallow approximation: pattern words must appear in order after (or before) the verb, each
 * within a few words of the previous one and inside the same clause; `+`/`$` must land on an
 * actor mention; `^` lets the next element float further. The longest matching pattern wins.
 */
import { verbStem, type PatternElement, type VerbDictionary, type VerbForm, type VerbPattern } from './verbdict.js';

/** A token of the sentence view: a word or punctuation, with the mention it belongs to (-1: none). */
export interface VToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Lower-case word with common suffixes removed (for stem matching), including `lower` itself. */
  stems: string[];
  /** Index into SentenceView.mentions, or -1. */
  m: number;
  /** Inside a generic mention ("military personnel", "protesters"): its words may also match pattern words. */
  g?: boolean;
  /** The head noun of an agent mention ("French troops"): it may also match a pattern word. */
  w?: boolean;
}

export interface ViewMention {
  start: number;
  end: number;
  text: string;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  /** Index of its compound group ("Russia, Iran and Turkey"). */
  group: number;
}

export interface SentenceView {
  toks: VToken[];
  mentions: ViewMention[];
  groups: number[][];
}

/** Punctuation that ends a phrase for pattern matching. */
export const HARD_BOUNDARY = new Set(['.', ';', ':', '"', '“', '”', '(', ')', '[', ']', '?', '!', '—', '–']);
const SOFT_BOUNDARY = new Set([',', 'but', 'while', 'whereas', 'although', 'because', 'who', 'which', 'whom', 'whose']);

export function isBoundary(t: VToken): boolean {
  return t.m < 0 && (HARD_BOUNDARY.has(t.lower) || SOFT_BOUNDARY.has(t.lower));
}

const QUOTE_MARKS = new Set(['"', '“', '”']);
/** Words before a quotation that opens reported speech (not a phrase quoted inside the clause). */
const QUOTE_OPENERS = /^(said|says|say|told|added|stated|declared|wrote|called|:|,)$/;

/**
 * A quotation mark at `i` that encloses a short phrase (one to six words, no punctuation) inside a
 * clause — 'responding to "large-scale provocations" by …' — rather than opening or closing a quotation.
 */
function scareQuote(toks: VToken[], i: number): boolean {
  if (toks[i]?.m !== -1 || !QUOTE_MARKS.has(toks[i].lower)) return false;
  const inside = (k: number) =>
    toks[k] && !QUOTE_MARKS.has(toks[k].lower) && !HARD_BOUNDARY.has(toks[k].lower) && toks[k].lower !== ',';
  // an opening mark: the closing one within six words
  let k = i + 1;
  while (k <= i + 6 && inside(k)) k++;
  if (k > i + 1 && QUOTE_MARKS.has(toks[k]?.lower ?? '') && !QUOTE_OPENERS.test(toks[i - 1]?.lower ?? '')) return true;
  // a closing mark: the opening one within six words before, itself no quotation's opening
  k = i - 1;
  while (k >= i - 6 && inside(k)) k--;
  return k < i - 1 && QUOTE_MARKS.has(toks[k]?.lower ?? '') && !QUOTE_OPENERS.test(toks[k - 1]?.lower ?? '');
}

/** Prepositions that may head a date phrase ("on Tuesday", "in March", "by 2025"). */
const DATE_PREPS = new Set(['on', 'in', 'at', 'by', 'during', 'until', 'since']);
const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'weekend',
  'dawn',
  'dusk',
  'midnight',
  'noon',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

/** Token i starts a date or time of day ("Tuesday", "5 March", "the weekend", "2024"). */
export function startsDate(toks: VToken[], i: number): boolean {
  let t = toks[i];
  if (!t) return false;
  if ((t.lower === 'the' || t.lower === 'late' || t.lower === 'early') && toks[i + 1]) t = toks[i + 1];
  if (DATE_WORDS.has(t.lower)) return t.lower !== 'may' || /^May$/.test(t.text);
  if (/^(19|20)\d\d$/.test(t.lower)) return true; // a year
  const k = toks.indexOf(t);
  // "5 March", "the 5th of March"
  if (!/^\d{1,2}(st|nd|rd|th)?$/.test(t.lower)) return false;
  const next = toks[k + 1]?.lower === 'of' ? toks[k + 2] : toks[k + 1];
  return !!next && DATE_WORDS.has(next.lower);
}

const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', "'s"];

/**
 * A participle modifying a noun phrase, which no inflected pattern noun may match: "protesters
 * demanding new elections" (no "* DEMAND"), "struck suspected militant hideouts" (no "* &SUSPECT").
 */
function participleModifier(toks: VToken[], i: number): boolean {
  const t = toks[i];
  // (after a kind of people, "protesters", "miners"; not a name: "U.N. peacekeeping mission")
  if (t.lower.endsWith('ing')) return toks[i - 1]?.m >= 0 && !!(toks[i - 1].g || toks[i - 1].w);
  return t.lower.endsWith('ed') && toks[i + 1]?.m >= 0 && toks[i + 1].m !== t.m;
}

export function stemsOf(lower: string): string[] {
  const out = [lower];
  for (const suf of SUFFIXES) {
    if (lower.length - suf.length >= 3 && lower.endsWith(suf)) out.push(lower.slice(0, -suf.length));
  }
  if (lower.length > 4 && lower.endsWith('ies')) out.push(lower.slice(0, -3) + 'y');
  return out;
}

/** Synonym sets compiled for fast lookup: single words by exact/stem, multi-word phrases listed. */
export interface CompiledSynset {
  exact: Set<string>;
  stem: Set<string>;
  phrases: { words: string[]; exact: boolean[] }[];
}

export class PatternMatcher {
  private readonly syn = new Map<string, CompiledSynset>();
  /** Gap allowed between consecutive pattern elements (tokens). */
  readonly gap: number;
  readonly skipGap: number;

  /** Literal pattern words match only as written (PETRARCH); else also their inflected forms. */
  readonly exactWords: boolean;
  /**
   * A coordinated predicate ends the phrase: "rejected that conclusion and called for …" does not
   * match "* CALL" (off for PETRARCH's unit tests).
   */
  readonly coordinatedVerbs: boolean;

  constructor(
    readonly dict: VerbDictionary,
    opts: { gap?: number; skipGap?: number; exactWords?: boolean; coordinatedVerbs?: boolean } = {},
  ) {
    this.coordinatedVerbs = opts.coordinatedVerbs ?? false;
    this.gap = opts.gap ?? 3;
    this.skipGap = opts.skipGap ?? 10;
    this.exactWords = opts.exactWords ?? false;
    for (const [name, phrases] of Object.entries(dict.synsets)) {
      const c: CompiledSynset = { exact: new Set(), stem: new Set(), phrases: [] };
      for (const p of phrases) {
        if (p.length === 1) {
          const w = p[0];
          if (w.endsWith('_')) c.exact.add(w.slice(0, -1));
          else c.stem.add(w);
        } else {
          c.phrases.push({ words: p.map((w) => w.replace(/_$/, '')), exact: p.map((w) => w.endsWith('_')) });
        }
      }
      this.syn.set(name, c);
    }
  }

  /** "and" opening a coordinated predicate in the past tense: "… and called for …", "… and sent …". */
  private andVerb(toks: VToken[], i: number): boolean {
    const next = toks[i + 1];
    // (irregular pasts too: "promised to stop the bombing and sent aid")
    return (
      toks[i].lower === 'and' &&
      !!next &&
      next.m < 0 &&
      (/ed$/.test(next.lower) ? !!this.dict.forms[next.lower] : !!this.dict.forms[next.lower]?.some((f) => f.past))
    );
  }

  /**
   * A modal opening another verb group ("announced it would lift restrictions"): what follows is
   * that verb's object, not the first verb's.
   */
  private modalAt(toks: VToken[], i: number): boolean {
    return toks[i].m < 0 && /^(will|would|shall|could|might|must|should|can|may)$/.test(toks[i].lower);
  }

  /** A bare verb form (not a mention, not plural-looking): "to reopen", "to mediate". */
  private infinitiveAt(toks: VToken[], i: number): boolean {
    const t = toks[i];
    if (!t || t.m >= 0 || /s$/.test(t.lower)) return false;
    const forms = this.dict.forms[t.lower];
    return !!forms && forms.some((f) => !f.past && !f.ing);
  }

  private wordAt(toks: VToken[], i: number, word: string, exact: boolean): boolean {
    const t = toks[i];
    if (!t || (t.m >= 0 && !t.g && !t.w)) return false;
    // "began bombing targets in March": a month is a date, not the noun "march"
    // ("May" is left alone: "May Day" is a pattern word)
    if (t.lower === 'march' && /^[A-Z]/.test(t.text) && i > 0 && startsDate(toks, i)) return false;
    if (t.lower === word) return true;
    return !exact && word.length >= 3 && t.stems.includes(word) && !participleModifier(toks, i);
  }

  /** Matches one element starting exactly at token i; returns the index after it, or -1. */
  private elementAt(view: SentenceView, el: PatternElement, i: number, found: MatchFound): number {
    const toks = view.toks;
    switch (el.t) {
      case 'w':
        // a preposition heading a date ("called X on Tuesday") is not the pattern's particle
        if (DATE_PREPS.has(toks[i]?.lower ?? '') && startsDate(toks, i + 1)) return -1;
        for (let k = 0; k < el.alts.length; k++)
          if (this.wordAt(toks, i, el.alts[k], el.exact[k] || this.exactWords)) return i + 1;
        return -1;
      case 'syn': {
        const s = this.syn.get(el.name);
        if (!s) return -1;
        const t = toks[i];
        if (!t || (t.m >= 0 && !t.g && !t.w)) return -1;
        if (s.exact.has(t.lower)) return i + 1;
        if (!participleModifier(toks, i)) for (const st of t.stems) if (s.stem.has(st)) return i + 1;
        for (const p of s.phrases) {
          let ok = true;
          for (let k = 0; k < p.words.length && ok; k++) ok = this.wordAt(toks, i + k, p.words[k], p.exact[k]);
          if (ok) return i + p.words.length;
        }
        return -1;
      }
      case 'phrase': {
        let j = i;
        for (const sub of el.els) {
          j = this.elementAt(view, sub, j, found);
          if (j < 0) return -1;
        }
        return j;
      }
      case 'tgt':
      case 'src':
      case 'cmp': {
        const t = toks[i];
        if (!t || t.m < 0) return -1;
        const men = view.mentions[t.m];
        if (men.first !== i) return -1;
        // `%` (a compound) is the source before the verb and the target after it
        if (el.t === 'tgt' || (el.t === 'cmp' && found.after)) found.tgt = t.m;
        else found.src = t.m;
        if (el.t === 'cmp' && !found.after) found.compound = true;
        return men.last + 1;
      }
      case 'skip':
        return i;
    }
  }

  /**
   * Matches `els` in order going right from token `from`; returns the end index or -1. A `^`
   * skips one noun phrase: the next actor mention (with the words before it) is passed over, and
   * the following element may lie further away.
   */
  private matchForward(
    view: SentenceView,
    els: PatternElement[],
    from: number,
    found: MatchFound,
    adjacent = false,
  ): number {
    let pos = from;
    let gap = adjacent ? 0 : this.gap;
    // (after a `^`, the phrase sought may lie in a clause of its own: "vowed that Israel would face
    // severe punishment")
    let skipped = false;
    for (const el of els) {
      if (el.t === 'skip') {
        skipped = true;
        // before an actor element, the skipped phrase is an actor: the next mention is passed over
        const next = els[els.indexOf(el) + 1];
        if (next && (next.t === 'tgt' || next.t === 'src' || next.t === 'cmp')) {
          let i = pos;
          while (i < view.toks.length && i < pos + this.skipGap && view.toks[i].m < 0 && !isBoundary(view.toks[i])) i++;
          if (i < view.toks.length && view.toks[i].m >= 0) pos = view.mentions[view.toks[i].m].last + 1;
        }
        gap = this.skipGap;
        continue;
      }
      let hit = -1;
      const k = els.indexOf(el);
      for (let g = 0; g <= gap; g++) {
        const i = pos + g;
        if (i >= view.toks.length) break;
        // a pattern's "(TO)" is a preposition: "to reopen" is an infinitive — unless the pattern
        // itself goes on with that verb ("* (TO LEAVE)")
        if (el.t === 'w' && el.alts.includes('to') && this.infinitiveAt(view.toks, i + 1)) {
          const nx = els[k + 1];
          if (!(nx && nx.t === 'w' && this.elementAt(view, nx, i + 1, found) >= 0)) continue;
        }
        const end = this.elementAt(view, el, i, found);
        if (end >= 0) {
          hit = end;
          break;
        }
        // ('responding to "large-scale provocations" by …': quotation marks around a short phrase
        // inside the clause are no boundary)
        if (this.coordinatedVerbs && scareQuote(view.toks, i)) continue;
        if (
          isBoundary(view.toks[i]) ||
          (this.coordinatedVerbs &&
            (this.andVerb(view.toks, i) ||
              (!skipped && (this.modalAt(view.toks, i) || this.complementizerAt(view.toks, i)))))
        )
          break;
      }
      if (hit < 0) return -1;
      pos = hit;
      gap = this.gap;
    }
    return pos;
  }

  /**
   * "that" opening a clause ("vowed that the attack would not go unpunished"): the noun after it
   * is that clause's subject, not the verb's object (not "rejected that proposal").
   */
  private complementizerAt(toks: VToken[], i: number): boolean {
    const next = toks[i + 1];
    return (
      toks[i].m < 0 &&
      toks[i].lower === 'that' &&
      !!next &&
      (next.m >= 0 || /^(the|a|an|its|their|his|her|it|they|he|she|we|this|these|those|any|no)$/.test(next.lower))
    );
  }

  /** Matches `els` right-to-left ending before token `before`. */
  private matchBackward(
    view: SentenceView,
    els: PatternElement[],
    before: number,
    found: MatchFound,
    adjacent = false,
  ): boolean {
    let pos = before; // exclusive
    let gap = this.gap;
    let joined = adjacent; // the element must end right at `pos`
    for (let k = els.length - 1; k >= 0; k--) {
      const el = els[k];
      if (el.t === 'skip') {
        gap = this.skipGap;
        continue;
      }
      // a parenthesis right before ("the European Union (EU) agree") is passed over
      if (view.toks[pos - 1]?.lower === ')') {
        for (let j = pos - 2; j >= 0 && j >= pos - 7; j--) {
          if (view.toks[j].lower === '(') {
            pos = j;
            break;
          }
          if (isBoundary(view.toks[j])) break;
        }
      }
      let hit = -1;
      for (let g = 0; g <= gap + 3; g++) {
        // try every start i such that the element ends at or before pos
        const i = pos - 1 - g;
        if (i < 0) break;
        if (isBoundary(view.toks[i])) break;
        // a mention element must start at the mention's first token
        const start =
          view.toks[i].m >= 0 && (el.t === 'src' || el.t === 'tgt' || el.t === 'cmp')
            ? view.mentions[view.toks[i].m].first
            : i;
        const end = this.elementAt(view, el, start, found);
        if (end >= 0 && (joined ? end === pos : end <= pos)) {
          hit = start;
          break;
        }
      }
      if (hit < 0) return false;
      pos = hit;
      gap = this.gap;
      joined = false;
    }
    return true;
  }

  /**
   * The best pattern of the verb's blocks for the verb occupying tokens [vStart, vEnd).
   * Returns null when no pattern matches.
   */
  best(view: SentenceView, forms: VerbForm[], vStart: number, vEnd: number): PatternMatch | null {
    let best: PatternMatch | null = null;
    const seen = new Set<number>();
    for (const f of forms) {
      if (seen.has(f.block)) continue;
      seen.add(f.block);
      const block = this.dict.blocks[f.block];
      // Chronicle's additions (verbs-extra) are fixes: on a tie they win over the block read before
      const fix = block.origin === 'verbs-extra';
      let stem: string | undefined; // the verb's stem, for patterns written for a sibling verb
      for (const p of block.patterns) {
        if (
          best &&
          (p.weight < best.pattern.weight ||
            (p.weight === best.pattern.weight && !(fix && best.origin !== 'verbs-extra')))
        )
          break; // sorted by weight, descending
        // a particle pattern written for another verb of the block ("headed for" ≠ "ruled for")
        if (p.verbs && !p.verbs.includes((stem ??= verbStem(f.lemma)))) continue;
        // a pattern written for another verb of the block that would give this verb, which has a
        // code of its own, another root: "blamed X for war crimes" is no indictment (173) because
        // CAMEO.2.0 keeps BLAME [112] and INDICT [173] in one block
        if (
          p.code &&
          f.code &&
          p.writtenFor &&
          (p.code[0] !== f.code[0] || p.code[1] !== f.code[1]) &&
          !p.writtenFor.includes((stem ??= verbStem(f.lemma)))
        )
          continue;
        const found: MatchFound = { tgt: -1, src: -1 };
        if (p.pre.length && !this.matchBackward(view, p.pre, vStart, found, p.preAdjacent)) continue;
        let end = vEnd;
        if (p.post.length) {
          found.after = true;
          end = this.matchForward(view, p.post, vEnd, found, p.postAdjacent);
          if (end < 0) continue;
        }
        best = {
          pattern: p,
          block: f.block,
          blockName: block.name,
          origin: block.origin ?? '',
          lemma: f.lemma,
          tgt: found.tgt,
          src: found.src,
          end,
          compound: !!found.compound,
        };
      }
    }
    return best;
  }
}

interface MatchFound {
  tgt: number;
  src: number;
  /** Matching the part after the verb. */
  after?: boolean;
  /** `%` bound a compound source. */
  compound?: boolean;
}

export interface PatternMatch {
  pattern: VerbPattern;
  block: number;
  blockName: string;
  origin: string;
  lemma: string;
  /** Mention index bound by `+`, or -1. */
  tgt: number;
  /** Mention index bound by `$`/`%`, or -1. */
  src: number;
  /** Token index after the matched pattern. */
  end: number;
  /** The pattern's `%` bound a compound source before the verb. */
  compound: boolean;
}
