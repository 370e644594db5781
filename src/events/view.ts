/**
 * The sentence view the coder works on: tokens split at mention edges, each token tagged with
 * its mention, mentions grouped into compounds ("Russia, Iran and Turkey").
 */
import { wordTokens } from './tokens.js';
import { stemsOf, type SentenceView, type ViewMention, type VToken } from './patterns.js';

export interface SpanLike {
  start: number;
  end: number;
}

const GROUP_GLUE = new Set([',', 'and', '&', 'nor', 'the', 'as', 'well', 'both']);
/** Heads a compound's next party may be named through ("and the leader of the FARC rebels"). */
const LEADER_HEADS = /^(leader|leaders|head|chief|president)$/;
/** Collective nouns a compound's next party may be named through ("and an alliance of rebel groups"). */
const COLLECTIVES = /^(alliance|coalition|bloc|umbrella|group|federation|union)$/;
/** Words that cannot be a modifier inside a compound ("Fornost and the evil awful Gondor"). */
const NOT_MODIFIER =
  /^(a|an|of|in|on|at|to|for|from|with|by|about|against|into|over|after|before|during|since|until|that|this|these|those|who|which|whose|whom|where|whereas|because|although|though|unless|what|is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|not|no|its|their|his|her|our|it|they|he|she|we|i|you|but|or|if|when|while|as|than|so|then|also|said|says|say|told)$/;

/**
 * Builds the view of `text[start,end)` given actor mentions (absolute offsets). Mentions that
 * overlap a longer one are dropped; a mention immediately followed by another one (a modifier
 * such as "Russian" in "Russian President Putin" when both are given) is dropped for the head.
 */
export function buildView(
  text: string,
  start: number,
  end: number,
  mentionSpans: SpanLike[],
  isVerb: (lower: string) => boolean = () => false,
): { view: SentenceView; kept: number[] } {
  // choose non-overlapping mentions, longer first
  const order = mentionSpans
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.start >= start && m.end <= end && m.end > m.start)
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.m.start - b.m.start);
  const chosen: { m: SpanLike; i: number }[] = [];
  for (const c of order) {
    if (chosen.some((d) => c.m.start < d.m.end && d.m.start < c.m.end)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.m.start - b.m.start);

  // tokens, split where a mention starts or ends inside a token ("Turkey-Russia")
  const cuts = new Set<number>();
  for (const c of chosen) {
    cuts.add(c.m.start);
    cuts.add(c.m.end);
  }
  const raw = wordTokens(text, start, end);
  const toks: VToken[] = [];
  for (const t of raw) {
    let s = t.start;
    for (let k = t.start + 1; k < t.end; k++) {
      if (cuts.has(k)) {
        pushTok(toks, text, s, k);
        s = k;
      }
    }
    pushTok(toks, text, s, t.end);
  }
  // drop bare hyphens left over from splitting "Turkey-Russia" into "Turkey" "-Russia"
  const mentions: ViewMention[] = [];
  const kept: number[] = [];
  let ti = 0;
  for (const c of chosen) {
    while (ti < toks.length && toks[ti].end <= c.m.start) ti++;
    let first = -1;
    let last = -1;
    for (let k = ti; k < toks.length && toks[k].start < c.m.end; k++) {
      if (toks[k].end <= c.m.start) continue;
      if (first < 0) first = k;
      last = k;
    }
    if (first < 0) continue;
    const idx = mentions.length;
    for (let k = first; k <= last; k++) toks[k].m = idx;
    mentions.push({ start: c.m.start, end: c.m.end, text: text.slice(c.m.start, c.m.end), first, last, group: -1 });
    kept.push(c.i);
  }
  // modifier mentions directly followed by another mention: drop the modifier
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.last + 1 === b.first && a.first === a.last && /^\p{Lu}/u.test(b.text) && !/^[-–]/.test(toks[b.first].text)) {
      for (let q = mentions[k].first; q <= mentions[k].last; q++) toks[q].m = -2; // -2: part of a dropped modifier
    }
  }
  // renumber after drops
  const keepIdx: number[] = [];
  const remap = new Map<number, number>();
  mentions.forEach((m, k) => {
    if (toks[m.first].m === k) {
      remap.set(k, keepIdx.length);
      keepIdx.push(k);
    }
  });
  const finalMentions = keepIdx.map((k) => mentions[k]);
  const finalKept = keepIdx.map((k) => kept[k]);
  for (const t of toks) t.m = t.m >= 0 ? (remap.get(t.m) ?? -1) : -1;

  // groups
  const groups: number[][] = [];
  const conjGroups = new Set<number>();
  for (let k = 0; k < finalMentions.length; k++) {
    const m = finalMentions[k];
    if (k > 0) {
      const prev = finalMentions[k - 1];
      let glue = prev.last + 1 < m.first;
      let sawSep = false;
      let modifiers = 0;
      for (let q = prev.last + 1; q < m.first && glue; q++) {
        const l = toks[q].lower.replace(/^-+/, '');
        if (l === '' || l === '-') {
          sawSep = true;
          continue;
        }
        // after the separator, a few modifiers of the next name: "and the evil awful Gondor"
        const modifier =
          sawSep &&
          !GROUP_GLUE.has(l) &&
          /^[a-z][a-z-]*$/.test(toks[q].text) &&
          !NOT_MODIFIER.test(l) &&
          !isVerb(l) &&
          ++modifiers <= 3;
        // "Lavrov and his Ukrainian counterpart Kuleba": a possessive right after "and"; "Taliban
        // representatives and a U.S. delegation": an article right before the next party
        const possessive =
          (/^(his|her|its|their)$/.test(l) && toks[q - 1]?.lower === 'and') ||
          (/^(a|an)$/.test(l) && toks[q - 1]?.lower === 'and' && q + 1 === m.first);
        // "the army and an alliance of ethnic armed groups": a collective of the next party
        const collective =
          sawSep &&
          ((/^(a|an)$/.test(l) && COLLECTIVES.test(toks[q + 1]?.lower ?? '')) ||
            COLLECTIVES.test(l) ||
            (l === 'of' && COLLECTIVES.test(toks[q - 1]?.lower ?? '')));
        // "Santos and the leader of the FARC rebels": the next party through its leader
        const leaderOf =
          sawSep &&
          ((LEADER_HEADS.test(l) && toks[q + 1]?.lower === 'of') ||
            (l === 'of' && LEADER_HEADS.test(toks[q - 1]?.lower ?? '')));
        if (!GROUP_GLUE.has(l) && !modifier && !possessive && !collective && !leaderOf) glue = false;
        if (l === ',' || l === 'and' || l === '&' || l === 'nor') sawSep = true;
      }
      // "Turkey-Russia": adjacent through a hyphen
      if (prev.last + 1 === m.first && /^[-–]/.test(toks[m.first].text)) glue = sawSep = true;
      // "… of the UN Security Council, and Iran condemned …": ", and" after a single name joins
      // two clauses (a list of two takes no comma)
      const gap = toks.slice(prev.last + 1, m.first).map((t) => t.lower);
      const after = toks[m.last + 1]?.lower ?? '';
      const verbNext =
        (/^[a-z]/.test(after) && isVerb(after)) ||
        (/ly$/.test(after) && isVerb(toks[m.last + 2]?.lower ?? '')) ||
        /^(has|had|have|will|would)$/.test(after);
      const clauses = groups[prev.group].length === 1 && gap[0] === ',' && gap[1] === 'and' && verbNext;
      // "… mediated by Qatar and Turkey, Qatar's foreign ministry said": a trailing attribution
      // after a comma is no member of the list before it
      const attribution =
        gap.length === 1 &&
        gap[0] === ',' &&
        /^(said|says|told|added|announced|reported|stated|confirmed|noted)$/.test(after);
      if (
        glue &&
        sawSep &&
        !clauses &&
        !attribution &&
        !(prev.last + 1 < m.first && toks[prev.last + 1].lower === "'s")
      ) {
        m.group = prev.group;
        groups[m.group].push(k);
        let conj = false;
        for (let q = prev.last + 1; q < m.first; q++) if (/^(and|&|-|–|nor)$/.test(toks[q].lower)) conj = true;
        if (conj) conjGroups.add(m.group);
        continue;
      }
    }
    m.group = groups.length;
    groups.push([k]);
  }
  // a list joined only by commas ("his counterpart, Trump") is not a compound: split it
  const finalGroups: number[][] = [];
  for (let g = 0; g < groups.length; g++) {
    // "Iran, Russia and some militias": a comma list that goes on with "and" is a compound too
    const lastTok = groups[g].length > 1 ? toks[finalMentions[groups[g][groups[g].length - 1]].last + 1] : undefined;
    if (lastTok && /^(and|or)$/.test(lastTok.lower)) conjGroups.add(g);
    if (groups[g].length > 1 && !conjGroups.has(g)) for (const k of groups[g]) finalGroups.push([k]);
    else finalGroups.push(groups[g]);
  }
  finalGroups.forEach((g, gi) => g.forEach((k) => (finalMentions[k].group = gi)));
  return { view: { toks, mentions: finalMentions, groups: finalGroups }, kept: finalKept };
}

function pushTok(toks: VToken[], text: string, s: number, e: number): void {
  const t = text.slice(s, e);
  if (!t) return;
  const lower = t.toLowerCase().replace(/’/g, "'");
  toks.push({ start: s, end: e, text: t, lower, stems: stemsOf(lower), m: -1 });
}
