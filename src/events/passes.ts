/**
 * The sentence passes of the coder: after the triggers of a sentence are coded, each pass reads one
 * construction the triggers miss — a speaker's verdict, an obligation, an announced truce, a
 * retaliation vowed, an occasion's participants, an accord's parties, an expected visit, a claimed
 * attack, an allegation, a reaction, a protest implied — and emits its events through the coder.
 */
import { isBoundary, type SentenceView, type VToken } from './patterns.js';
import type { CodedEvent, CoderMention, CoderOptions } from './coder-types.js';
import { BE, CRITICISM_WORDS, DETERMINERS, PRAISE_WORDS, SPEECH_WORDS, TIME_WORDS, wordsOf } from './lexicon.js';
import { conditionalClause, findAfter, verbGroup } from './clause.js';
import { authorAfter, clauseActOwner, condemnedDoer } from './arguments.js';

/** A hostile act with its doers, that a speaker's report of it may allege (see `allegations`). */
export interface Hostile {
  src: number[];
  start: number;
  negated: boolean;
  /** A charge with no event of its own ("meddling"): alleged by a trailing attribution too. */
  claim?: boolean;
}

/** A verb of saying coded in a sentence: who spoke (mention indexes), where, and how. */
export interface Speech {
  src: number[];
  start: number;
  end: number;
  negated: boolean;
  quoted: boolean;
  conf: number;
}

/** The speech of `src` through the verb trigger `tr`. */
export function speechOf(
  src: number[],
  tr: { start: number; end: number },
  negated: boolean,
  inQuote: boolean[],
  conf: number,
): Speech {
  return { src, start: tr.start, end: tr.end, negated, quoted: inQuote[tr.start], conf };
}

/** The text span of tokens `a`..`b` (inclusive), as an event trigger. */
function tokenTrigger(toks: VToken[], text: string, a: number, b = a): { start: number; end: number; text: string } {
  return { start: toks[a].start, end: toks[b].end, text: text.slice(toks[a].start, toks[b].end) };
}

/** The text span of a speech's verb, as an event trigger. */
function speechTrigger(toks: VToken[], text: string, sp: Speech): { start: number; end: number; text: string } {
  const start = toks[sp.start].start;
  const end = toks[sp.end - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/** What the passes over one sentence share: its view, its kept mentions and the events coded so far. */
export interface SentenceScope<A> {
  out: CodedEvent<A>[];
  view: SentenceView;
  /** View mention index → index into the caller's mentions. */
  kept: number[];
  mentions: CoderMention<A>[];
  /** The document text (offsets are absolute). */
  text: string;
}

/**
 * An event for `Coder.emit`: what it reports (the fields of `CodedEvent`), with its source group and
 * target mentions as view mention indexes (`implied`: no target here is left for the caller to imply).
 */
export type Emission = Pick<
  CodedEvent<unknown>,
  'code' | 'trigger' | 'rule' | 'confidence' | 'negated' | 'intent' | 'quoted' | 'lemma' | 'implied' | 'agreement'
> & { srcGroup: number[]; tgtMentions: number[] };

/** The members of the coder that the passes use. */
export interface PassContext<A> {
  readonly opts: CoderOptions<A>;
  /** Same actor? (`CoderOptions.sameActor`, else identity). */
  readonly sameActor: (a: A, b: A) => boolean;
  /** A word that is a form of a dictionary verb (one-word forms). */
  isVerbWord(lower: string): boolean;
  /** The subject of the verb group at `first` (see `Coder.subjectOf`). */
  subjectOf(view: SentenceView, first: number, verbStarts: Set<number>): number[] | null;
  /** Adds the events of `e` to the sentence's output (see `Coder.emit`). */
  emit(sc: SentenceScope<A>, e: Emission): void;
}

/**
 * "X said Y was responsible for the attack", "said the junta was illegitimate", "said Israel's
 * actions were a violation of international law": a speaker's damning verdict on another party,
 * stated in the reported clause, accuses it (112). Only when the clause's subject is that party
 * (or its act, "Y's decision") and the verdict is not negated; not for the speaker's own side.
 */
export function verdicts<A>(ctx: PassContext<A>, sc: SentenceScope<A>, speech: Speech[]): void {
  const { out, view, kept, mentions } = sc;
  const toks = view.toks;
  for (const sp of speech) {
    if (sp.negated) continue;
    // "Russia expelled 10 Estonian diplomats, saying they had engaged in activities incompatible
    // with their status": "they" are those the speaker's act in this sentence was aimed at
    const p0 = toks[sp.end]?.lower === 'that' ? sp.end + 1 : sp.end;
    if (/^(they|he|she)$/.test(toks[p0]?.lower ?? '') && toks[p0].m < 0) {
      const spy = ESPIONAGE_RE.exec(wordsOf(toks, p0 + 1, p0 + 10));
      const speakers = new Set(sp.src.map((x) => kept[x]));
      const aimed = [...out].reverse().find((e) => speakers.has(e.source) && e.target !== null);
      const doer = aimed ? kept.indexOf(aimed.target!) : -1;
      if (spy && doer >= 0) {
        accuseFromSpeech(ctx, sc, sp, [doer], 0.7, (t) => `allegation of spying: "${t}" … ${spy[0].trim()}`);
        continue;
      }
    }
    // "said [on Monday] [that] [the election in] Belarus was …" ("told X by phone that …": past
    // the addressee)
    const told = thatAfterAddressee(toks, sp);
    let i = told >= 0 ? told + 1 : sp.end;
    // "Israel was to blame for the loss of the plane, the Russian Defence Ministry said": a
    // trailing attribution reports the clause before its comma
    let c = Math.min(...sp.src.map((x) => view.mentions[x].first)) - 1;
    while (c > 0 && toks[c].m < 0 && /^(the|a|an)$/.test(toks[c].lower)) c--;
    if (toks[c]?.lower === ',' && sp.start > c && (!toks[sp.end] || /^[.!?"”]$/.test(toks[sp.end].lower))) {
      i = 0;
      while (i < c && toks[i].m < 0 && /^["“'‘]$/.test(toks[i].lower)) i++;
    }
    const from = i;
    while (
      i < toks.length &&
      i < from + 6 &&
      toks[i].m < 0 &&
      /^[a-z-]+$/.test(toks[i].lower) &&
      !SPEECH_WORDS.test(toks[i].lower)
    )
      i++;
    if (toks[i]?.m === undefined || toks[i].m < 0) continue;
    const subj = view.mentions[toks[i].m];
    // "Israel's actions were …": the party whose act is judged ("Russia and the Syrian regime
    // bore responsibility": past the whole compound)
    let j = view.mentions[view.groups[subj.group].at(-1)!].last + 1;
    if (toks[j]?.lower === "'s") {
      j++;
      // (up to the verb of the verdict: "Israel's actions were …")
      for (
        let k = 0;
        k < 3 && toks[j] && toks[j].m < 0 && /^[a-z-]+$/.test(toks[j].lower) && !VERDICT_VERB.test(toks[j].lower);
        k++
      )
        j++;
    } else if (toks[j]?.m < 0 && (ACT_HEADS.test(toks[j].lower) || CLAIM_HEADS.test(toks[j].lower))) j++; // "the U.S. sanctions were illegal"
    // ("Israel alone was to blame")
    if (toks[j]?.m < 0 && /^(alone|itself|themselves|solely)$/.test(toks[j].lower)) j++;
    const rest = wordsOf(toks, j, j + 9);
    // "said India's accusations were baseless": the claims of another party denied (016)
    const denied = CLAIM_HEADS.test(toks[j - 1]?.lower ?? '') ? DENIAL_RE.exec(rest) : null;
    if (denied) {
      const authors = otherSide(ctx, sp.src, view.groups[subj.group], mentions, kept);
      if (authors.length)
        ctx.emit(sc, {
          code: '016',
          srcGroup: sp.src,
          tgtMentions: authors,
          trigger: speechTrigger(toks, sc.text, sp),
          rule: `claims denied: "${toks[j - 1].text} ${denied[0].trim()}" → 016`,
          confidence: Math.round(sp.conf * 0.75 * 100) / 100,
          negated: false,
          intent: false,
          quoted: sp.quoted,
        });
      continue;
    }
    const v = VERDICT_RE.exec(rest) ?? ESPIONAGE_RE.exec(rest);
    if (!v) continue;
    const doers = otherSide(ctx, sp.src, view.groups[subj.group], mentions, kept);
    if (!doers.length) continue;
    accuseFromSpeech(ctx, sc, sp, doers, 0.75, (t) => `verdict: "${t}" … ${v[0].trim()}`);
  }
}

/**
 * "Starmer said Iran should not respond", "Macron said Israel must lift the blockade": what a
 * speaker says another party should or must do is asked of it (020). Only a party named as the
 * reported clause's subject, not of the speaker's side, before a modal of obligation and a verb
 * other than "be" or "have" ("Iran should be held accountable" judges, it asks nothing).
 */
export function obligations<A>(ctx: PassContext<A>, sc: SentenceScope<A>, speech: Speech[]): void {
  const { view, kept, mentions, text } = sc;
  const toks = view.toks;
  for (const sp of speech) {
    if (sp.negated) continue;
    // "said [on Monday] [that] Iran should …"
    let i = sp.end;
    while (
      i < toks.length &&
      i < sp.end + 4 &&
      toks[i].m < 0 &&
      /^(that|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(toks[i].lower)
    )
      i++;
    if (toks[i]?.m === undefined || toks[i].m < 0 || view.mentions[toks[i].m].first !== i) continue;
    const group = view.groups[view.mentions[toks[i].m].group];
    let j = view.mentions[group.at(-1)!].last + 1;
    if (!/^(should|must)$/.test(toks[j]?.lower ?? '')) continue;
    j++;
    while (toks[j] && toks[j].m < 0 && /^(not|never|also|now|immediately|urgently|no|longer)$/.test(toks[j].lower)) j++;
    const verb = toks[j];
    if (
      !verb ||
      verb.m >= 0 ||
      /^(be|have|know|expect|remember|understand)$/.test(verb.lower) ||
      !ctx.isVerbWord(verb.lower)
    )
      continue;
    const doers = otherSide(ctx, sp.src, group, mentions, kept);
    if (!doers.length) continue;
    const trigger = speechTrigger(toks, text, sp);
    ctx.emit(sc, {
      code: '020',
      srcGroup: sp.src,
      tgtMentions: doers,
      trigger,
      rule: `what "${toks[i].text}" ${toks[j - 1].lower === 'not' ? 'should not' : 'should'} do, said by another → 020`,
      confidence: Math.round(sp.conf * 0.7 * 100) / 100,
      negated: false,
      intent: false,
      quoted: sp.quoted,
    });
  }
}

/**
 * "The United States and Russia announced on Monday that a nationwide cessation of hostilities
 * would take effect on Saturday": a truce announced as starting is declared (0871) by a single
 * announcer, and agreed (0356, an accord) among several. The speech verb is the trigger.
 */
export function announcedTruces<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  verbStarts: Set<number>,
  inQuote: boolean[],
): void {
  const { view, text } = sc;
  const toks = view.toks;
  for (let v = 0; v < toks.length; v++) {
    if (toks[v].m >= 0 || !/^(announced|announces|declared|declares)$/.test(toks[v].lower)) continue;
    const grp = verbGroup(toks, v);
    if (grp.negated || grp.toGov >= 0 || conditionalClause(toks, grp.first)) continue;
    const src = ctx.subjectOf(view, grp.first, verbStarts);
    if (!src) continue;
    const sp = speechOf(src, { start: v, end: v + 1 }, false, inQuote, 0.6);
    let i = sp.end;
    // (over a quote mark: 'a nationwide "cessation of hostilities"')
    while (
      i < sp.end + 8 &&
      toks[i] &&
      toks[i].m < 0 &&
      !TRUCE_WORD.test(toks[i].lower) &&
      (!isBoundary(toks[i]) || /^["“”]$/.test(toks[i].lower))
    )
      i++;
    if (!toks[i] || !TRUCE_WORD.test(toks[i].lower)) continue;
    const rest = wordsOf(toks, i + 1, i + 10);
    if (!TRUCE_STARTS.test(rest)) continue;
    const joint = sp.src.length >= 2;
    ctx.emit(sc, {
      code: joint ? '0356' : '0871',
      srcGroup: sp.src,
      tgtMentions: [],
      trigger: speechTrigger(toks, text, sp),
      rule: `a truce announced as starting ("${toks[i].text}") → ${joint ? '0356, agreed among the announcers' : '0871'}`,
      confidence: Math.round(sp.conf * 0.8 * 100) / 100,
      negated: false,
      intent: false,
      quoted: sp.quoted,
      agreement: joint,
    });
  }
}

/**
 * "The Houthis vowed that the attacks would not go unanswered", "said the United States would pay
 * a heavy price": retaliation announced by a speaker threatens force (138) — against the party
 * the clause names as its subject, else against whoever did the act it names (left for the caller
 * to imply from the discourse). The verb of saying is the trigger; a speaker whose own verb
 * already threatens ("warned that …") is not coded twice.
 */
export function retaliationWarnings<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  speech: Speech[],
  verbStarts: Set<number>,
  inQuote: boolean[],
): void {
  const { out, view, kept, mentions, text } = sc;
  const toks = view.toks;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].m >= 0 || !/^(will|would|shall)$/.test(toks[k].lower)) continue;
    const rest = wordsOf(toks, k, k + 8);
    // ("vowed that France would be merciless": resolve of the speaker's own side)
    const r = RETALIATION_RE.exec(rest) ?? OWN_RESOLVE_RE.exec(rest);
    if (!r) continue;
    const resolve = !RETALIATION_RE.test(rest);
    // the clause's subject: a party named right before the modal, or an act ("the attacks")
    // (over the parties the act names: "the attack on the soldiers would not go unpunished")
    const inAct = (m: number) => {
      let b = view.mentions[m].first - 1;
      if (/^(the|a|an|its|their|our)$/.test(toks[b]?.lower ?? '')) b--;
      return /^(on|of|against|in|by|at)$/.test(toks[b]?.lower ?? '');
    };
    let f = k - 1;
    for (;;) {
      if (f > 0 && toks[f].m >= 0 && inAct(toks[f].m)) f = view.mentions[toks[f].m].first - 1;
      else if (f > 0 && toks[f].m < 0 && /^[a-z-]+$/.test(toks[f].lower) && !SPEAKING_THAT.test(toks[f].lower)) f--;
      else break;
    }
    const named = toks[k - 1].m >= 0 ? toks[k - 1].m : -1;
    const party = named >= 0 && !inAct(named) ? view.groups[view.mentions[named].group] : null;
    const pronoun = toks[k - 1].m < 0 && /^(it|we|they)$/.test(toks[k - 1].lower);
    const subjStart = party ? Math.min(...party.map((m) => view.mentions[m].first)) : pronoun ? k - 1 : f + 1;
    // the speaker: a verb of saying or vowing just before the clause, or a trailing attribution
    let g = subjStart - 1;
    if (party && /^(the|a|an)$/.test(toks[g]?.lower ?? '')) g--;
    if (toks[g]?.lower === 'that') g--;
    // ("said on Tuesday that Washington would suffer …")
    if (TIME_WORDS.test(toks[g]?.lower ?? '') && /^(on|late|early|last|this)$/.test(toks[g - 1]?.lower ?? '')) g -= 2;
    let sp: Speech | undefined;
    if (g >= 0 && toks[g].m < 0 && SPEAKING_THAT.test(toks[g].lower)) {
      const grp = verbGroup(toks, g);
      let src = grp.negated || grp.toGov >= 0 ? null : ctx.subjectOf(view, grp.first, verbStarts);
      // ("Putin called the downing a stab in the back … and said it would …": the subject of the
      // verb "and" joins it to)
      if (!src && !grp.negated && toks[grp.first - 1]?.lower === 'and') {
        const prior = [...out].reverse().find((e) => e.trigger.end <= toks[grp.first].start);
        const at = prior ? kept.indexOf(prior.source) : -1;
        if (at >= 0) src = [at];
      }
      if (src) sp = speechOf(src, { start: g, end: g + 1 }, false, inQuote, 0.6);
    } else sp = speech.find((x) => !x.negated && x.start > k);
    if (!sp) continue;
    const speakers = new Set(sp.src.map((x) => kept[x]));
    if (out.some((e) => speakers.has(e.source) && e.code.startsWith('13'))) continue;
    let targets = party ? otherSide(ctx, sp.src, party, mentions, kept) : [];
    if (resolve ? !(pronoun || (party && !targets.length)) : party && !targets.length) continue;
    // ("said it would have serious consequences for relations with Ankara": the party the
    // consequences are for)
    const forAt = resolve || party ? -1 : consequencesFor(toks, k + r[0].trim().split(' ').length);
    const forGroup = forAt >= 0 ? otherSide(ctx, sp.src, view.groups[view.mentions[forAt].group], mentions, kept) : [];
    if (forGroup.length) targets = forGroup;
    const aimed = (!resolve && !!party) || forGroup.length > 0;
    // (consequences threaten nothing in particular: 130; a price paid or an act answered, force)
    const threat = /consequences/.test(r[0]) ? '130' : '138';
    ctx.emit(sc, {
      code: threat,
      srcGroup: sp.src,
      tgtMentions: aimed ? targets : [],
      trigger: speechTrigger(toks, text, sp),
      rule: `${resolve ? 'resolve' : 'retaliation'} announced: "${r[0].trim()}" → ${threat}${aimed ? '' : ' (against the other side)'}`,
      confidence: Math.round(sp.conf * 0.75 * 100) / 100,
      negated: false,
      intent: false,
      quoted: sp.quoted,
      implied: !aimed,
    });
  }
}

/**
 * "The meeting in Vienna brought together the United States, Russia, Iran and Turkey", "the talks,
 * attended by Russia, Iran and Turkey, …": the parties an occasion gathers meet among themselves
 * (040, or 036 when it is to come). The verb is the trigger; only a list of two or more parties.
 */
export function occasionParticipants<A>(ctx: PassContext<A>, sc: SentenceScope<A>, inQuote: boolean[]): void {
  const { out, view, kept, text } = sc;
  const toks = view.toks;
  for (let v = 1; v < toks.length; v++) {
    const w = toks[v].lower;
    let after = -1;
    if (/^(brought|brings|bring|bringing)$/.test(w) && toks[v + 1]?.lower === 'together') after = v + 2;
    else if (/^attended$/.test(w) && toks[v + 1]?.lower === 'by') after = v + 2;
    if (after < 0 || toks[v].m >= 0) continue;
    // the occasion: a noun of meeting shortly before the verb
    const occasion = toks.slice(Math.max(0, v - 7), v).some((t) => t.m < 0 && OCCASION_NOUNS.test(t.lower));
    if (!occasion) continue;
    while (
      toks[after] &&
      toks[after].m < 0 &&
      /^(the|leaders|ministers|officials|envoys|of|from)$/.test(toks[after].lower)
    )
      after++;
    if (!toks[after] || toks[after].m < 0) continue;
    const group = view.groups[view.mentions[toks[after].m].group];
    if (group.length < 2) continue;
    const members = new Set(group.map((x) => kept[x]));
    if (out.some((e) => members.has(e.source) && e.code.startsWith('04'))) continue;
    const grp = verbGroup(toks, v);
    const trigger = tokenTrigger(toks, text, v, v + 1);
    ctx.emit(sc, {
      code: grp.future ? '036' : '040',
      srcGroup: group,
      tgtMentions: [],
      trigger,
      rule: `an occasion that "${trigger.text}" its participants: they meet → ${grp.future ? '036' : '040'}`,
      confidence: 0.6,
      negated: false,
      intent: grp.future,
      quoted: inQuote[v],
    });
  }
}

/**
 * "A ceasefire agreed by Russia and Turkey took effect", "the deal, reached in Sochi by Putin and
 * Erdogan, …", "The memorandum was signed by the defence ministers of Russia and Turkey": an accord
 * named with the parties that made it, by a passive or a participle — agreed among them (030;
 * 057 when signed, as the active "signed a memorandum"). Only two or more parties after "by".
 */
export function passiveAccords<A>(ctx: PassContext<A>, sc: SentenceScope<A>, inQuote: boolean[]): void {
  const { out, view, kept, text } = sc;
  const toks = view.toks;
  for (let v = 1; v < toks.length; v++) {
    const w = toks[v].lower;
    if (toks[v].m >= 0 || !ACCORD_PARTICIPLE.test(w)) continue;
    // the accord: a noun just before ("a ceasefire agreed by", "the truce, brokered by", "the
    // memorandum was signed by")
    let a = v - 1;
    if (/^(was|were|has been|had been|been|is)$/.test(toks[a].lower)) a--;
    if (toks[a]?.lower === 'been') a -= 1;
    if (toks[a]?.lower === ',') a--;
    if (!toks[a] || toks[a].m >= 0 || !ACCORD_NOUN.test(toks[a].lower)) continue;
    // "by", past a place or a day ("agreed in Astana by", "signed on Monday by")
    let b = v + 1;
    for (let n = 0; n < 4 && toks[b] && !/^(by|between)$/.test(toks[b].lower) && !isBoundary(toks[b]); n++) b++;
    // ("a deal was struck between Russia and Turkey")
    if (toks[b]?.lower !== 'by' && toks[b]?.lower !== 'between') continue;
    let c = b + 1;
    while (toks[c] && toks[c].m < 0 && AGENT_FILLER.test(toks[c].lower)) c++;
    if (!toks[c] || toks[c].m < 0) continue;
    const group = view.groups[view.mentions[toks[c].m].group];
    if (group.length < 2) continue;
    const members = new Set(group.map((x) => kept[x]));
    if (out.some((e) => members.has(e.source) && /^(03|057)/.test(e.code))) continue;
    const code = /^sign/.test(w) ? '057' : '030';
    ctx.emit(sc, {
      code,
      srcGroup: group,
      tgtMentions: [],
      trigger: tokenTrigger(toks, text, v),
      rule: `"${toks[a].text} ${w} ${toks[b].lower}" its parties: agreed among them → ${code}`,
      confidence: 0.6,
      negated: false,
      intent: false,
      quoted: inQuote[v],
      agreement: true,
    });
  }
}

/**
 * "The Kremlin said it was still expecting Secretary of State Rex Tillerson in Moscow next week",
 * "Ankara expects Putin to visit in March": a guest expected is a visit agreed on — an intent to
 * meet (036) of the guest with the host. Only an official of another side, followed by where
 * ("in Moscow"), when ("next week") or the visit itself ("to visit", "for talks").
 */
export function expectedVisits<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  verbStarts: Set<number>,
  inQuote: boolean[],
): void {
  const { out, view, kept, mentions, text } = sc;
  const toks = view.toks;
  for (let v = 0; v < toks.length; v++) {
    if (toks[v].m >= 0 || !/^(expecting|expects|expect|awaiting|awaits)$/.test(toks[v].lower)) continue;
    const grp = verbGroup(toks, v);
    if (grp.negated || conditionalClause(toks, grp.first)) continue;
    const guestAt = toks[v + 1]?.m ?? -1;
    if (guestAt < 0 || view.mentions[guestAt].first !== v + 1) continue;
    const guest = view.groups[view.mentions[guestAt].group];
    const after = view.mentions[guest.at(-1)!].last + 1;
    const rest = wordsOf(toks, after, after + 4);
    // ("in Moscow": a place named; not "in a difficult position")
    const place = toks[after]?.lower === 'in' && (toks[after + 1]?.m ?? -1) >= 0;
    if (!place && !EXPECTED_VISIT_RE.test(rest)) continue;
    const host = ctx.subjectOf(view, grp.first, verbStarts);
    if (!host || !guest.every((g) => ctx.opts.official?.(mentions[kept[g]].actor) ?? true)) continue;
    const guests = otherSide(ctx, host, guest, mentions, kept);
    if (!guests.length || out.some((e) => guests.some((g) => kept[g] === e.source) && e.code.startsWith('03')))
      continue;
    ctx.emit(sc, {
      code: '036',
      srcGroup: guests,
      tgtMentions: host,
      trigger: tokenTrigger(toks, text, v),
      rule: `a guest "${toks[v].text}" (${rest.split(' ').slice(0, 2).join(' ')}): a visit agreed on → 036`,
      confidence: 0.6,
      negated: false,
      intent: true,
      quoted: inQuote[v],
    });
  }
  // "Kuleba is due in Beijing for talks", "Blinken is expected in Cairo on Monday": a guest due in a
  // place visits its country
  for (let v = 1; v < toks.length - 2; v++) {
    if (toks[v].m >= 0 || !/^(due|expected)$/.test(toks[v].lower) || toks[v + 1].lower !== 'in') continue;
    const placeAt = toks[v + 2].m;
    if (placeAt < 0 || view.mentions[placeAt].first !== v + 2 || !BE.has(toks[v - 1].lower)) continue;
    const grp = verbGroup(toks, v - 1);
    if (grp.negated || conditionalClause(toks, grp.first)) continue;
    const guest = ctx.subjectOf(view, grp.first, verbStarts);
    if (!guest || !guest.every((g) => ctx.opts.official?.(mentions[kept[g]].actor) ?? true)) continue;
    const hosts = otherSide(ctx, guest, [placeAt], mentions, kept);
    if (!hosts.length || out.some((e) => guest.some((g) => kept[g] === e.source) && /^(03|04)/.test(e.code))) continue;
    ctx.emit(sc, {
      code: '036',
      srcGroup: guest,
      tgtMentions: hosts,
      trigger: tokenTrigger(toks, text, v, v + 1),
      rule: `"${toks[v].lower} in" a place: a visit to come → 036`,
      confidence: 0.6,
      negated: false,
      intent: true,
      quoted: inQuote[v],
    });
  }
}

/**
 * "Tokyo said it was in contact with the Houthis", "the envoys have stayed in close touch with
 * Kyiv": contact kept with another party is consultation (040; 036 when it is to come).
 */
export function contactsKept<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  verbStarts: Set<number>,
  inQuote: boolean[],
): void {
  const { view, kept, mentions, text } = sc;
  const toks = view.toks;
  for (let i = 1; i < toks.length - 3; i++) {
    if (toks[i].m >= 0 || toks[i].lower !== 'in' || !CONTACT_VERB.test(toks[i - 1].lower)) continue;
    let j = i + 1;
    if (CONTACT_ADJECTIVE.test(toks[j].lower)) j++;
    if (!/^(contact|touch)$/.test(toks[j]?.lower ?? '') || toks[j + 1]?.lower !== 'with') continue;
    const k = toks[j + 2]?.lower === 'the' ? j + 3 : j + 2;
    const other = toks[k]?.m ?? -1;
    if (other < 0 || view.mentions[other].first !== k) continue;
    const grp = verbGroup(toks, i - 1);
    if (grp.negated || grp.hypothetical || grp.toGov >= 0 || conditionalClause(toks, grp.first)) continue;
    const subj = ctx.subjectOf(view, grp.first, verbStarts);
    const parties = subj ? otherSide(ctx, subj, view.groups[view.mentions[other].group], mentions, kept) : [];
    if (!subj || !parties.length) continue;
    const code = grp.future ? '036' : '040';
    ctx.emit(sc, {
      code,
      srcGroup: subj,
      tgtMentions: parties,
      trigger: tokenTrigger(toks, text, i, j),
      rule: `"in ${toks[j].lower} with": contact kept → ${code}`,
      confidence: 0.6,
      negated: false,
      intent: grp.future,
      quoted: inQuote[i],
    });
  }
}

/**
 * "Seoul was deeply concerned by North Korea's missile launches", "said it was alarmed at Russia's
 * military build-up": disquiet at another party's act disapproves of it (111, as "expressed
 * concern over" does). Only an act whose doer is named with it, and not by one who already
 * criticised in the sentence.
 */
export function concernVoiced<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  verbStarts: Set<number>,
  inQuote: boolean[],
): void {
  const { out, view, kept, mentions, text } = sc;
  const toks = view.toks;
  for (let k = 1; k < toks.length - 2; k++) {
    if (toks[k].m >= 0 || !CONCERNED.test(toks[k].lower) || !CONCERNED_BY.test(toks[k + 1].lower)) continue;
    let b = k - 1;
    while (b > 0 && toks[b].m < 0 && DEGREE.test(toks[b].lower)) b--;
    if (!BE.has(toks[b]?.lower ?? '')) continue;
    const grp = verbGroup(toks, b);
    if (grp.negated || grp.toGov >= 0 || conditionalClause(toks, grp.first)) continue;
    const doer = condemnedDoer(view, k + 2, CONCERN_ACTS) ?? authorAfter(view, k + 2, CONCERN_ACTS);
    const subj = doer && ctx.subjectOf(view, grp.first, verbStarts);
    const others = subj ? otherSide(ctx, subj, doer, mentions, kept) : [];
    if (!subj || !others.length) continue;
    if (out.some((e) => subj.some((x) => kept[x] === e.source) && e.code.startsWith('11'))) continue;
    ctx.emit(sc, {
      code: '111',
      srcGroup: subj,
      tgtMentions: others,
      trigger: tokenTrigger(toks, text, k),
      rule: `"${toks[k].lower} ${toks[k + 1].lower}" another's act: disapproval → 111`,
      confidence: 0.6,
      negated: false,
      intent: false,
      quoted: inQuote[k],
    });
  }
}

/**
 * "Islamic State claimed responsibility for the attacks": the claimant is the attacker (190, lemma
 * CLAIM). The target is the attack's, which the caller finds in the article (CAMEO's own reading,
 * 015 "claim responsibility", is a statement with no recipient and is replaced).
 */
export function claimedAttacks<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  verbStarts: Set<number>,
  inQuote: boolean[],
): void {
  const { out, view, kept, text } = sc;
  const toks = view.toks;
  for (let v = 0; v < toks.length; v++) {
    if (toks[v].m >= 0 || !/^(claimed|claims|claim|claiming)$/.test(toks[v].lower)) continue;
    const rest = wordsOf(toks, v + 1, v + 9);
    const r = CLAIMED_ATTACK_RE.exec(rest);
    if (!r) continue;
    const grp = verbGroup(toks, v);
    if (grp.negated || grp.toGov >= 0 || conditionalClause(toks, grp.first)) continue;
    const src = ctx.subjectOf(view, grp.first, verbStarts);
    if (!src) continue;
    const claimants = new Set(src.map((x) => kept[x]));
    for (let k = out.length - 1; k >= 0; k--)
      if (out[k].code === '015' && claimants.has(out[k].source)) out.splice(k, 1);
    const trigger = tokenTrigger(toks, text, v);
    ctx.emit(sc, {
      code: '190',
      srcGroup: src,
      tgtMentions: [],
      trigger,
      rule: `responsibility claimed for "${r[1]}": the claimant is the attacker → 190`,
      confidence: 0.6,
      negated: false,
      intent: false,
      quoted: inQuote[v],
      lemma: 'CLAIM',
    });
  }
}

/**
 * "Syria said the attack was a flagrant violation of international law", "Merkel said the strikes
 * were necessary and appropriate": a speaker's verdict on an act named by a noun (not a party)
 * disapproves (111) or approves (051) of whoever did it — found by the caller from the discourse,
 * as for "condemned the attack"; the speech verb is the trigger.
 */
export function actVerdicts<A>(ctx: PassContext<A>, sc: SentenceScope<A>, speech: Speech[]): void {
  const { out, view, kept, mentions, text } = sc;
  const toks = view.toks;
  for (const sp of speech) {
    if (sp.negated) continue;
    // ("told the council that the strikes were …": past the addressee, which the trigger spans so
    // that the act referred to follows it)
    const told = thatAfterAddressee(toks, sp);
    const said = told >= 0 ? { ...sp, end: told + 1 } : sp;
    let i = said.end;
    // ('"This is an act of aggression against a sovereign state," Peskov said': a quotation
    // before its attribution, whose "this" or "it" is the act just reported)
    const trailing =
      /^["“]$/.test(toks[0]?.lower ?? '') && (!toks[said.end] || /^[.!?]$/.test(toks[said.end].lower)) && sp.start > 2;
    if (trailing) i = 1;
    if (toks[i]?.lower === 'that') i++;
    let j = i + 1;
    if (trailing && /^(this|it)$/.test(toks[i]?.lower ?? '') && /^(is|was)$/.test(toks[i + 1]?.lower ?? '')) j = i;
    else {
      if (!/^(the|this|these|those|its|their|such)$/.test(toks[i]?.lower ?? '')) continue;
      while (j < i + 4 && toks[j] && toks[j].m < 0 && !ACT_HEADS.test(toks[j].lower) && /^[a-z-]+$/.test(toks[j].lower))
        j++;
      if (!toks[j] || toks[j].m >= 0 || !ACT_HEADS.test(toks[j].lower)) continue;
    }
    // "said the attack bore all the hallmarks of the Assad regime": the doer is named
    const of = toks.findIndex((t, q) => q > j && q < j + 9 && t.m < 0 && t.lower === 'of');
    const hallmarks =
      of > 0 &&
      HALLMARKS.test(
        toks
          .slice(j + 1, of)
          .filter((t) => !/^["“”]$/.test(t.lower))
          .map((t) => t.lower)
          .join(' '),
      );
    if (hallmarks) {
      let k = of;
      while (toks[k + 1] && toks[k + 1].m < 0 && /^(the|a|["“”])$/.test(toks[k + 1].lower)) k++;
      const doer = toks[k + 1]?.m ?? -1;
      const doers = doer >= 0 ? otherSide(ctx, sp.src, view.groups[view.mentions[doer].group], mentions, kept) : [];
      if (doers.length)
        accuseFromSpeech(ctx, sc, said, doers, 0.75, (t) => `verdict: "${t}" … the hallmarks of its doer`);
      continue;
    }
    if (!/^(is|was|were|are|had been|has been|have been)$/.test(toks[j + 1]?.lower ?? '')) continue;
    const words = toks.slice(j + 2, j + 10).map((t) => t.lower);
    if (words[0] === 'not' || words[0] === 'never') continue;
    const rest = words.join(' ');
    // ("the strike was a positive response to the regime's war crimes": the first judgement is the
    // speaker's; the crimes are what the act answers)
    const firstPraise = words.slice(0, 4).findIndex((w) => ACT_PRAISE.test(w) || PRAISE_WORDS.test(w));
    const firstCriticism = words.findIndex((w) => CRITICISM_WORDS.test(w));
    const praiseFirst = firstPraise >= 0 && (firstCriticism < 0 || firstPraise < firstCriticism);
    const criticism = !praiseFirst && (VERDICT_RE.test(rest) || firstCriticism >= 0);
    const praise = !criticism && firstPraise >= 0;
    if (!criticism && !praise) continue;
    const code = criticism ? '111' : '051';
    // "said the attacks were an act of war committed by Islamic State": the doer is named
    if (criticism) {
      const by = toks.findIndex(
        (t, q) => q > j + 2 && q < j + 14 && t.m < 0 && t.lower === 'by' && DOER_PARTICIPLE.test(toks[q - 1].lower),
      );
      const doer = by > 0 ? (toks[by + 1]?.m ?? -1) : -1;
      const doers = doer >= 0 ? otherSide(ctx, sp.src, view.groups[view.mentions[doer].group], mentions, kept) : [];
      if (doers.length) {
        accuseFromSpeech(
          ctx,
          sc,
          said,
          doers,
          0.75,
          (t) => `verdict on an act: "${t}" … ${toks[by - 1].lower} by its doer`,
        );
        continue;
      }
    }
    const trigger = speechTrigger(toks, text, said);
    for (const s of sp.src)
      out.push({
        code,
        source: kept[s],
        target: null,
        trigger,
        rule: trailing
          ? `verdict on an act: "${toks[j].text} ${toks[j + 1].lower} ${words.slice(0, 3).join(' ')} …," ${trigger.text} → ${code} (${QUOTED_FIRST})`
          : `verdict on an act: "${trigger.text} the ${toks[j].lower} ${toks[j + 1].lower} ${words.slice(0, 3).join(' ')}" → ${code}`,
        confidence: Math.round(sp.conf * 0.8 * 100) / 100,
        negated: false,
        intent: false,
        quoted: sp.quoted,
        actorSource: mentions[kept[s]].actor,
        actorTarget: null,
      });
  }
}

/**
 * "X said [that] Y attacked …": what a speaker reports another party did to harm someone is an
 * allegation (a trailing attribution, "Y fired on …, X said", only sources the report) — ACCUSE from the speaker to the doer (112). The hostile
 * act itself is coded as well. Not for the speaker's own side, nor for denied acts.
 */
export function allegations<A>(ctx: PassContext<A>, sc: SentenceScope<A>, speech: Speech[], hostile: Hostile[]): void {
  const { view, kept, mentions } = sc;
  const toks = view.toks;
  for (const sp of speech) {
    if (sp.negated) continue;
    for (const h of hostile) {
      if (h.negated || h.start === sp.start) continue;
      // in the complement: after the speech verb with no other speech verb between
      const after = h.start > sp.end && !speech.some((o) => o !== sp && o.start > sp.end && o.start < h.start);
      // only in the complement: "…, the health ministry said" (a trailing attribution) sources the
      // report of the act, it accuses no one; but a charge is one whichever side the speaker is
      // named on ("Bolivia was meddling in its affairs, Chile said")
      const trailing =
        h.claim &&
        h.start < sp.start &&
        toks.slice(h.start, sp.start).some((t) => t.lower === ',') &&
        !speech.some((o) => o !== sp && o.start > h.start && o.start < sp.start);
      if (!after && !trailing) continue;
      // "said he would withdraw the bill, a day after protesters stormed parliament": a time or
      // reason adjunct is not what was said
      if (toks.slice(sp.end, h.start).some((t) => ADJUNCT_OPENERS.has(t.lower))) continue;
      // "one of its fighters": the speaker's own people
      const own = (d: number) =>
        [1, 2, 3].some((k) => /^(its|their|our|his|her)$/.test(toks[view.mentions[d].first - k]?.lower ?? ''));
      const doers = otherSide(ctx, sp.src, h.src, mentions, kept).filter((d) => !own(d));
      if (!doers.length) continue;
      accuseFromSpeech(
        ctx,
        sc,
        sp,
        doers,
        0.8,
        (t) => `allegation: "${t}" reports a hostile act by ${doers.map((d) => view.mentions[d].text).join(' and ')}`,
      );
    }
  }
}

/**
 * "told reporters that …", "have concluded that …", "believes that …": verbs that report a
 * finding or a claim without an event code of their own are speeches too, for `allegations`.
 */
export function reportingVerbs<A>(
  ctx: PassContext<A>,
  view: SentenceView,
  toks: VToken[],
  verbStarts: Set<number>,
  speech: Speech[],
  inQuote: boolean[],
): void {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].m >= 0 || !REPORTING_THAT.test(toks[i].lower) || speech.some((sp) => sp.start === i)) continue;
    // "that" next, or after the addressee of "told" ("told reporters that", "told Putin that")
    let j = i + 1;
    if (/^(told|tells?)$/.test(toks[i].lower)) {
      // (past a possessive, itself a mention or not: "told his Israeli counterpart …")
      const addressee = (k: number) =>
        toks[k]?.m >= 0 || (/^(his|her|their|its)$/.test(toks[k]?.lower ?? '') && toks[k + 1]?.m >= 0);
      if (addressee(j)) {
        while (addressee(j)) j = toks[j].m >= 0 ? view.mentions[toks[j].m].last + 1 : j + 1;
        // ("told his Israeli counterpart by phone that …", "told Putin on Tuesday that …")
        const k = j;
        while (j < toks.length && j < k + 4 && toks[j].m < 0 && toks[j].lower !== 'that' && !isBoundary(toks[j])) j++;
      } else if (/^(reporters|journalists|lawmakers|parliament|senators|the|a)$/.test(toks[j]?.lower ?? '')) {
        while (j < toks.length && j < i + 4 && toks[j].lower !== 'that') j++;
      }
    }
    if (toks[j]?.lower !== 'that') continue;
    const grp = verbGroup(toks, i);
    if (grp.toGov >= 0 || conditionalClause(toks, grp.first)) continue;
    const subj = ctx.subjectOf(view, grp.first, verbStarts);
    if (subj) speech.push(speechOf(subj, { start: i, end: i + 1 }, grp.negated, inQuote, 0.6));
  }
}

/**
 * "said Bolivia was meddling in its affairs", "said the crisis had been orchestrated by the
 * regime", "said Moscow was trying to sabotage its bid": a harm that is no event of its own
 * (meddling, undermining, inciting) charged to a party in what a speaker says. Adds the charged
 * party as the doer of a hostile claim for `allegations`; the clause itself codes nothing.
 */
export function hostileClaims<A>(
  ctx: PassContext<A>,
  view: SentenceView,
  toks: VToken[],
  verbStarts: Set<number>,
  hostile: Hostile[],
): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // (a mention only as an infinitive: "to spy on" is no agent noun)
    if ((t.m >= 0 && toks[i - 1]?.lower !== 'to') || hostile.some((h) => h.start === i)) continue;
    // "spying for Russia", "working for Russia's FSB": the foreign service is charged
    if (
      t.lower === 'for' &&
      toks[i + 1]?.m >= 0 &&
      /^(spy|spied|spying|spies|work|worked|working|works)$/.test(toks[i - 1]?.lower ?? '')
    ) {
      const m = view.mentions[toks[i + 1].m];
      const spying = !toks[i - 1].lower.startsWith('work');
      if (
        spying ||
        (toks[m.last + 1]?.lower === "'s" && SPY_SERVICE.test(toks[m.last + 2]?.lower ?? '')) ||
        SPY_SERVICE.test(toks[m.last].lower)
      )
        hostile.push({
          src: view.groups[m.group],
          start: i - 1,
          negated: verbGroup(toks, i - 1).negated,
          claim: true,
        });
      continue;
    }
    const claim =
      HOSTILE_CLAIM.test(t.lower) ||
      // "was preparing a new offensive", "planned attacks on …"
      (/^(prepar|plann)(?:e|es|ed|ing)$|^plans?$/.test(t.lower) &&
        toks.slice(i + 1, i + 5).some((x) => PREPARED_HARM.test(x.lower))) ||
      // "had failed to live up to its commitment", "failed to honour the agreement"
      (/^fail(?:s|ed|ing)?$/.test(t.lower) &&
        toks[i + 1]?.lower === 'to' &&
        /^(live|honour|honor|fulfil|fulfill|keep|meet|respect|abide|comply|implement)$/.test(
          toks[i + 2]?.lower ?? '',
        )) ||
      // "had entered its territorial waters", "entered Lithuanian airspace"
      (/^enter(?:s|ed|ing)?$/.test(t.lower) &&
        toks.slice(i + 1, i + 5).some((x) => /^(airspace|waters)$/.test(x.lower))) ||
      // "was protecting terrorists", "had armed jihadists": backing those called terrorists
      (/^(protect|shield|arm|fund|financ|sponsor|harbou?r|support|back|train)(?:s|es|ed|ing|ing)?$/.test(t.lower) &&
        toks.slice(i + 1, i + 4).some((x) => TERROR_OBJECTS.test(x.lower))) ||
      // "may have been involved in the killing of …", "was behind the attack"
      ((t.lower === 'involved'
        ? toks[i + 1]?.lower === 'in'
        : t.lower === 'behind' && BE.has(toks[i - 1]?.lower ?? '')) &&
        toks.slice(i + 1, i + 5).some((x) => INVOLVED_HARM.test(x.lower)));
    if (!claim) continue;
    // "fuelling tension", not "fuelling growth"
    if (
      /^(fuel|stok|exploit|escalat)/.test(t.lower) &&
      !toks.slice(i + 1, i + 6).some((x) => HARM_OBJECTS.test(x.lower))
    )
      continue;
    // "denied meddling", "rejected claims it had interfered": a charge answered, not made
    if (toks.slice(Math.max(0, i - 6), i).some((x) => DENIAL_WORDS.test(x.lower))) continue;
    const grp = verbGroup(toks, i);
    // "to spy", "was spying", "Beijing spied": a verb, not the noun ("a spy", "the plot")
    if (grp.first === i && toks[i - 1]?.m === undefined) continue;
    if (grp.first === i && !(toks[i - 1].m >= 0 || /(ed|ing)$/.test(t.lower))) continue;
    let doers: number[] | null = null;
    // "had been orchestrated by the regime": the agent
    // ("was involved in the killing": an adjective, its subject the party charged)
    const passive = grp.be && !t.lower.endsWith('ing') && !grp.have && t.lower !== 'involved';
    let head = grp;
    if (grp.toGov >= 0 && toks[grp.toGov].m >= 0) {
      // "had been used by China to spy on": the agent of the governing passive
      const m = view.mentions[toks[grp.toGov].m];
      let b = Math.min(...view.groups[m.group].map((k) => view.mentions[k].first)) - 1;
      while (b > 0 && DETERMINERS.has(toks[b].lower)) b--;
      if (toks[b]?.lower === 'by') doers = view.groups[m.group];
      else continue;
    } else if (grp.toGov >= 0 && toks[grp.toGov].m < 0 && /^[a-z]+$/.test(toks[grp.toGov].lower))
      // "were trying to undermine", "were seeking to destabilise": the governing verb's doer
      head = verbGroup(toks, grp.toGov);
    const agentAfter = passive ? i : head !== grp && head.be ? grp.toGov : -1;
    if (agentAfter >= 0 && !doers) {
      const by = findAfter(toks, agentAfter + 1, (x) => x.lower === 'by', 3);
      let a = by + 1;
      while (by >= 0 && a < toks.length && toks[a].m < 0 && DETERMINERS.has(toks[a].lower)) a++;
      if (by >= 0 && toks[a]?.m >= 0) doers = view.groups[view.mentions[toks[a].m].group];
      else if (passive) continue;
    }
    // ("a standoff with Israel that threatened to derail the truce": the standoff, no party)
    if (!doers && /^(that|which)$/.test(toks[head.first - 1]?.lower ?? '')) continue;
    doers ??= ctx.subjectOf(view, head.first, verbStarts);
    if (!doers?.length) continue;
    hostile.push({ src: doers, start: i, negated: grp.negated || head.negated, claim: true });
  }
}

/**
 * "Police fired tear gas at protesters", "detained 500 people at a demonstration": force used on
 * a protesting crowd reports the crowd's protest too (141, the crowd's words the trigger), against
 * those who used it, unless the sentence codes one already.
 */
export function impliedProtests<A>(sc: SentenceScope<A>): void {
  const { out, view, kept, mentions } = sc;
  const toks = view.toks;
  const done = new Set<number>();
  for (const e of [...out]) {
    // (a verb reported as done, not "after days of clashes between police and protesters")
    if (e.target === null || e.negated || e.intent || e.quoted || !e.lemma || !/^(17|18|19|20)/.test(e.code)) continue;
    const m = e.target;
    const k = kept.indexOf(m);
    if (k < 0 || done.has(m) || !mentions[m].crowd) continue;
    if (out.some((x) => x.source === m && x.code.startsWith('14'))) continue;
    const vm = view.mentions[k];
    const after = wordsOf(toks, vm.last + 1, vm.last + 8);
    if (!PROTESTERS.test(vm.text) && !PROTEST_AFTER.test(after)) continue;
    done.add(m);
    out.push({
      code: '141',
      source: m,
      target: e.source,
      trigger: { start: vm.start, end: vm.end, text: vm.text },
      rule: `"${e.trigger.text}" used on a protesting crowd: its protest → 141`,
      confidence: Math.round(e.confidence * 0.8 * 100) / 100,
      negated: false,
      intent: false,
      quoted: false,
      actorSource: mentions[m].actor,
      actorTarget: e.actorSource,
    });
  }
}

/**
 * "North Korea test-fired a missile, drawing condemnation from Seoul, Tokyo and Washington": each
 * critic named after "from" disapproves of the clause's subject (111), the noun is the trigger.
 */
export function reactions<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  verbStarts: Set<number>,
  inQuote: boolean[],
): void {
  const { view, kept, mentions, text } = sc;
  const toks = view.toks;
  for (let i = 1; i < toks.length - 3; i++) {
    if (toks[i].m >= 0 || !REACTION_VERB.test(toks[i].lower)) continue;
    let j = i + 1;
    while (
      j < i + 4 &&
      toks[j] &&
      toks[j].m < 0 &&
      /^[a-z-]+$/.test(toks[j].lower) &&
      !REACTION_NOUN.test(toks[j].lower)
    )
      j++;
    // (past an article: "drew condemnation from the G7")
    const c = toks[j + 2]?.lower === 'the' ? j + 3 : j + 2;
    if (!REACTION_NOUN.test(toks[j]?.lower ?? '') || toks[j + 1]?.lower !== 'from' || !(toks[c]?.m >= 0)) continue;
    const critics = view.groups[view.mentions[toks[c].m].group];
    // the subject of the clause's verb ("North Korea test-fired …, days before the U.S. election,
    // drawing …": not the nearest name)
    const v = Math.max(-1, ...[...verbStarts].filter((x) => x < i));
    // ("Zelensky's accusations against Hungary drew an angry response from Budapest": the reaction
    // verb is the clause's own, its subject a party's act)
    const subject =
      (v >= 0 ? ctx.subjectOf(view, verbGroup(toks, v).first, verbStarts) : null) ??
      clauseActOwner(view, verbGroup(toks, i).first);
    if (!subject) continue;
    const sources = otherSide(ctx, subject, critics, mentions, kept);
    if (!sources.length) continue;
    const s = toks[j].start;
    const e = toks[j].end;
    ctx.emit(sc, {
      code: '111',
      srcGroup: sources,
      tgtMentions: subject,
      trigger: { start: s, end: e, text: text.slice(s, e) },
      rule: `reaction: "${toks[i].text} … ${toks[j].text} from" → 111`,
      confidence: 0.6,
      negated: false,
      intent: false,
      quoted: inQuote[j],
    });
  }
}

/** The parties of `group` on another side than every speaker of `speakers`. */
function otherSide<A>(
  ctx: PassContext<A>,
  speakers: number[],
  group: number[],
  mentions: CoderMention<A>[],
  kept: number[],
): number[] {
  const sameSide = ctx.opts.sameSide ?? ctx.sameActor;
  return group.filter(
    (d) => !speakers.includes(d) && speakers.every((s) => !sameSide(mentions[kept[s]].actor, mentions[kept[d]].actor)),
  );
}

/** ACCUSE (112) from a speaker (its speech verb is the trigger) to the parties `doers`. */
function accuseFromSpeech<A>(
  ctx: PassContext<A>,
  sc: SentenceScope<A>,
  sp: Speech,
  doers: number[],
  weight: number,
  why: (trigger: string) => string,
): void {
  const { view, text } = sc;
  const trigger = speechTrigger(view.toks, text, sp);
  ctx.emit(sc, {
    code: '112',
    srcGroup: sp.src,
    tgtMentions: doers,
    trigger,
    rule: `${why(trigger.text)} → 112`,
    confidence: Math.round(sp.conf * weight * 100) / 100,
    negated: false,
    intent: false,
    quoted: sp.quoted,
  });
}

/** "(the attack) bore all the hallmarks (of X)": a verdict naming the doer. */
const HALLMARKS = /^(bore|bears|had|has|carried|carries) (?:all )?(?:the )?(?:hallmarks|signature|fingerprints)$/;

/**
 * "told the council that …", "told his Israeli counterpart by phone that …": the index of the
 * "that" opening what a "told" speech reports, past the addressee and the occasion; -1 for other
 * speech verbs or none within a dozen words.
 */
function thatAfterAddressee(toks: VToken[], sp: Speech): number {
  if (!/^tol[dl]/.test(toks[sp.start].lower)) return -1;
  for (let k = sp.end; k < sp.end + 12 && k < toks.length; k++) if (toks[k].lower === 'that' && toks[k].m < 0) return k;
  return -1;
}

/** The head word of a truce ("a nationwide cessation of hostilities", "a 72-hour ceasefire"). */
const TRUCE_WORD = /^(ceasefire|cease-fire|truce|armistice|cessation)$/;
/** What follows a truce that is announced as starting: "… (in Syria) would take effect on Saturday". */
const TRUCE_STARTS =
  /^(?:of hostilities )?(?:["”] )?(?:[\w-]+ ){0,4}?(?:would|will|is to|was to|is due to) (?:take effect|come into (?:force|effect)|go into effect|begin|start|hold)\b/;

/** Crowds named as protesting. */
const PROTESTERS = /\b(protesters|protestors|demonstrators|marchers|rioters|strikers)\b/i;
/** "… people at a demonstration", "… students demanding an end to quotas", "as they tried to march". */
const PROTEST_AFTER =
  /^(?:(?:at|during|in) (?:an? |the )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)|marche?s?|sit-ins?|vigils?)\b|(?:demanding|protesting|chanting|marching|rallying)\b)/;

/** Subordinators that open a time, reason or concession adjunct. */
const ADJUNCT_OPENERS = new Set(['after', 'before', 'since', 'when', 'while', 'until', 'because', 'despite']);

/**
 * A damning verdict after the subject of a reported clause: "was responsible for", "is to blame",
 * "were illegitimate", "was a violation of", "is a threat to" (not negated: "was not to blame").
 */
const VERDICT_RE =
  /^(?:(?:is|was|were|are|had been|has been|have been|remained|remains|will be|would be)\s+|(?=(?:bore|bears|bear|had borne|has borne)\s))(?:(?:solely|directly|fully|entirely|completely|clearly|totally|wholly|also|still)\s+)?(?:(?:a|an)\s+(?:(?:grave|flagrant|serious|clear|direct|blatant|gross|major|real|outright)\s+)?)?(responsible for|(?:bore|bears|bear|had borne|has borne)\s+(?:["“]\s*)?(?:(?:full|great|moral|direct|primary|heavy|sole|special|particular|the)\s+){0,3}responsibility|to blame|guilty of|complicit in|behind the|illegitimate|illegal|null and void|unlawful|unacceptable|irresponsible|violations? of|breach of|in breach of|in violation of|threat to|provocation|provocative|act of aggression|aggressor|terrorists?\b|sponsor of terror|(?:(?:grave|serious|big|huge|strategic|historic|major|terrible)\s+)?(?:mistake|blunder|error)\b|reckless|hypocritical|hostile act|unfriendly act|act of (?:economic |hybrid )?(?:war|warfare|terror|terrorism|piracy)|war crimes?|crimes? against|genocide|(?:a )?sham\b|farce)/;

/**
 * Verbs charging a harm that is no event of their own (see `hostileClaims`); nouns are excluded
 * by form ("spy", "plot" only as verbs).
 */
const HOSTILE_CLAIM =
  /^(undermin(?:e|es|ed|ing)|orchestrat(?:e|es|ed|ing)|meddl(?:e|es|ed|ing)|interfer(?:e|es|ed|ing)|sabotag(?:e|es|ed|ing)|destabili[sz](?:e|es|ed|ing)|incit(?:e|es|ed|ing)|fuel(?:s|led|ed|ling|ing)|stok(?:e|es|ed|ing)|inflam(?:e|es|ed|ing)|spy|spied|spying|plott(?:ed|ing)|conspir(?:e|es|ed|ing)|lied|deceiv(?:e|es|ed|ing)|misled|misleading|harbou?r(?:s|ed|ing)|exploit(?:s|ed|ing)|weaponi[sz](?:e|es|ed|ing)|hack(?:s|ed|ing)|smuggl(?:e|es|ed|ing)|obstruct(?:s|ed|ing)|escalat(?:e|es|ed|ing)|provok(?:e|es|ed|ing)|provoke|persecut(?:e|es|ed|ing)|intrud(?:e|es|ed|ing)|encroach(?:es|ed|ing)?|trespass(?:es|ed|ing)?|bypass(?:es|ed|ing)?|circumvent(?:s|ed|ing)?|derail(?:s|ed|ing)?|torpedo(?:es|ed|ing)?|hijack(?:s|ed|ing)|wreck(?:s|ed|ing))$/;

/** What one is charged with fuelling, stoking, exploiting or escalating. */
const HARM_OBJECTS =
  /^(tensions?|instability|violence|conflicts?|wars?|terror|terrorism|extremism|unrest|hatred|crisis|fighting|chaos|insurgency|hostilities|separatism|divisions?|fears?|situation|confrontation|aggression)$/;
/** Those whom backing is a charge: "protecting terrorists", "arming jihadists". */
const TERROR_OBJECTS = /^(terrorists?|terrorism|jihadists?|extremists?|militants)$/;
/** Harm one is charged with a part in ("involved in the killing", "behind the attack"). */
const INVOLVED_HARM =
  /^(killings?|murders?|assassinations?|attacks?|bombings?|plots?|coup|abductions?|kidnappings?|poisoning|massacre|sabotage|hacking|explosions?)$/;
/** What one is charged with preparing ("was preparing a new offensive"). */
const PREPARED_HARM = /^(offensive|attacks?|invasion|assault|provocations?|strikes?|aggression|incursion|coup)$/;
/** Denials before a charge ("denied meddling"). */
const DENIAL_WORDS =
  /^(den(?:y|ies|ied|ying|ial|ials)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebuff(?:s|ed)?)$/;

/** The participle before "by" that names an act's doer ("committed by", "carried out by"). */
const DOER_PARTICIPLE = /^(committed|out|perpetrated|launched|orchestrated|staged|ordered|conducted|masterminded)$/;

/** Participles that make an accord ("agreed by", "brokered by", "signed by"). */
// (not "brokered by", "mediated by": mediators are no parties to the accord)
const ACCORD_PARTICIPLE = /^(agreed|reached|signed|negotiated|struck|concluded|sealed)$/;
/** Accords ("a ceasefire agreed by …"). */
const ACCORD_NOUN =
  /^(ceasefire|cease-fire|truce|deal|agreement|accord|memorandum|pact|treaty|roadmap|understanding|arrangement|protocol|plan|armistice)$/;
/** Words between "by" and the parties: "by the foreign ministers of Russia and Turkey". */
const AGENT_FILLER =
  /^(the|defence|defense|foreign|ministers|minister|leaders|presidents|heads|of|state|representatives|envoys|negotiators|delegations|governments|militaries)$/;
/** What shows an expected guest is a visit: where, when, or the visit itself. */
const EXPECTED_VISIT_RE =
  /^(?:to visit|to arrive|to travel|to attend|to come|for talks|for a visit|next (?:week|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later this)/;
/** The mark of a verdict quoted before its attribution, which the caller resolves from the quotation's start. */
export const QUOTED_FIRST = 'quoted before its attribution';
/** Occasions whose participants meet ("the meeting brought together …"). */
const OCCASION_NOUNS =
  /^(meeting|meetings|talks|summit|conference|gathering|session|negotiations|consultations|forum)$/;
/** "… responsibility for the attacks / the bombing / Saturday's blast" after a verb of claiming. */
const CLAIMED_ATTACK_RE =
  /^responsibility for (?:(?:the|a|an|this|these|that|those|its|last|saturday|sunday|monday|tuesday|wednesday|thursday|friday|'s|’s|twin|deadly|suicide|latest|recent|car|truck)\s+)*(attacks?|bombings?|strikes?|assaults?|killings?|explosions?|blasts?|ambush(?:es)?|shootings?|raids?|massacres?|kidnappings?|abductions?)\b/;
/** Retaliation announced of an act or a party ("… would not go unanswered", "… will pay a heavy price"). */
const RETALIATION_RE =
  /^(?:will|would|shall) (?:not (?:go|be left|remain) (?:unanswered|unpunished|without (?:a )?response)|pay (?:a |an |the )?(?:very |heavy |high |steep |terrible |severe |dear |big |great |painful )*price|be made to pay|(?:have|bring|carry|entail) (?:very )?(?:serious|grave|dire|severe|tragic|catastrophic) consequences|suffer (?:["“] )?(?:the )?(?:(?:serious|grave|dire|severe|greatest|worst|heavy|great|unimaginable) )*(?:consequences|pain|damage|losses)|be (?:treated|considered|regarded|seen|viewed) as (?:a |an )?(?:declaration of war|act of war|casus belli))/;
/**
 * The mention the consequences of an act are said to be for, right after "… consequences" at `i`:
 * "for Turkey", "for relations with Ankara", "for its ties with Moscow"; else -1.
 */
function consequencesFor(toks: VToken[], i: number): number {
  if (toks[i]?.lower !== 'for') return -1;
  let k = i + 1;
  while (k < i + 6 && toks[k] && toks[k].m < 0 && /^(the|its|their|relations|ties|bilateral|with)$/.test(toks[k].lower))
    k++;
  return toks[k]?.m ?? -1;
}
/** Resolve announced of one's own side ("France would be merciless", "we will not stand idly by"). */
const OWN_RESOLVE_RE =
  /^(?:will|would|shall) (?:be merciless|show no mercy|not (?:stand idly by|stand by idly|remain silent|remain idle|sit idly by)|(?:be (?:obliged|obligated|forced|compelled)|have no (?:choice|option|alternative) but) to (?:respond|retaliate|react|hit back)|(?:respond|retaliate|hit back) (?:if|should|in kind|militarily|firmly|decisively|forcefully|harshly))/;
/** Disquiet one is in at an act: "deeply concerned by", "alarmed at", "outraged over". */
const CONCERNED =
  /^(concerned|alarmed|troubled|disturbed|dismayed|outraged|appalled|shocked|angered|incensed|worried)$/;
/** The preposition before the act one is concerned by. */
const CONCERNED_BY = /^(by|at|over|about|regarding)$/;
/** Degree adverbs between the be-form and the disquiet: "was deeply concerned". */
const DEGREE = /^(deeply|gravely|seriously|very|extremely|greatly|particularly|increasingly|also|still|most)$/;
/** Acts one may be concerned by: hostile acts, and moves, tests and build-ups. */
const CONCERN_ACTS =
  /^(attacks?|strikes?|airstrikes?|invasion|aggression|offensive|bombings?|bombardment|shelling|killings?|incursions?|raids?|crackdown|annexation|occupation|assault|launch(?:es)?|tests?|actions?|moves?|decision|activities|behaviou?r|deployments?|build|buildup|drills|exercises|escalation|provocations?)$/;
/** Verbs before "in contact with": "was in contact", "have stayed in touch", "kept in close contact". */
const CONTACT_VERB =
  /^(is|was|are|were|been|be|remain|remains|remained|remaining|stay|stays|stayed|staying|keep|keeps|kept|keeping)$/;
/** Words of "in close contact", "in direct touch". */
const CONTACT_ADJECTIVE = /^(close|direct|constant|regular|continuous|permanent|frequent|daily|indirect)$/;
/** Verbs of saying or vowing a retaliation is reported by ("vowed that …", "warned …"). */
const SPEAKING_THAT =
  /^(said|says|say|vowed|vows|vow|warned|warns|warn|declared|declares|insisted|insists|stressed|stresses|added|adds|promised|promises|pledged|pledges|swore|swears|threatened|threatens|told)$/;

/** Verbs reporting a finding or claim before "that" (see `reportingVerbs`). */
const REPORTING_THAT =
  /^(told|tells|tell|concluded|concludes|conclude|believes|believed|believe|determined|assessed|assesses|found|finds|suspects|suspected|stressed|added|maintained|maintains|asserted|asserts|contended|contends)$/;

/** Intelligence services one may be charged with working for ("working for Russia's FSB"). */
const SPY_SERVICE = /^(fsb|gru|svr|kgb|cia|mossad|mss|isi|intelligence|spy|spies|secret|security)$/;

/** "said they had engaged in activities incompatible with their status": the diplomats' spying. */
const ESPIONAGE_RE =
  /^(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+)?(?:(?:engaged|engaging|involved)\s+in\s+(?:activities|actions)\s+incompatible\s+with|spying\b|spies\b)/;

/** The verbs a verdict or a denial opens with (see `VERDICT_RE`, `DENIAL_RE`). */
const VERDICT_VERB = /^(is|was|were|are|had|has|have|remained|remains|remain|will|would|bore|bears|bear)$/;
/** What a party claims: "India's accusations", "the American claims". */
const CLAIM_HEADS = /^(claims?|accusations?|allegations?|charges|reports?|assertions?|statements?)$/;
/** Claims declared false: "were baseless", "is a lie", "are pure fabrications". */
const DENIAL_RE =
  /^(?:is|was|were|are|remain|remained)\s+(?:(?:completely|totally|utterly|entirely|absolutely|simply|pure|all|just)\s+)?(?:(?:a|an)\s+)?(?:(?:complete|total|outright|blatant|pure|big|absolute)\s+)?(baseless|groundless|false|unfounded|untrue|lies|lie|fabricated|fabrications?|nonsense|absurd|ridiculous|fake|without (?:any )?(?:basis|foundation))\b/;
/** Nouns naming an act a verdict may be passed on ("said the strikes were justified"). */
const ACT_HEADS =
  /^(strikes?|airstrikes?|attacks?|decision|move|moves|action|actions|operation|offensive|step|steps|measures|sanctions|deployment|annexation|raids?|bombings?|invasion|incursion|expulsions?|arrests?|withdrawal|test|launch|blockade|seizure|crackdown)$/;
/** Approval of an act: "necessary and appropriate", "justified", "legitimate". */
const ACT_PRAISE =
  /^(necessary|appropriate|justified|legitimate|proportionate|warranted|right|correct|welcome|successful|legal|lawful|measured|reasonable)$/;

/** Verbs of drawing a reaction: "drawing condemnation from …", "sparked protests from …". */
const REACTION_VERB =
  /^(draw|draws|drew|drawn|drawing|prompt|prompts|prompted|prompting|spark|sparks|sparked|sparking|trigger|triggers|triggered|triggering|provoke|provokes|provoked|provoking|earn|earns|earned|earning|attract|attracts|attracted|attracting)$/;
/** Reactions that disapprove: "condemnation", "a rebuke", "protests", "criticism". */
const REACTION_NOUN = /^(condemnations?|criticism|rebukes?|protests?|outrage|censure|anger|objections?|backlash)$/;
