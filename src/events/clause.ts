/**
 * Verb groups and clauses for the sentence coder: the auxiliaries, negation and modality of a verb
 * group (`verbGroup`), whether a dictionary verb form is a verb here (`plausibleVerb`,
 * `participleShape`, `notAnAct`), conditional, purpose and reason clauses, infinitive
 * conjuncts, the light verb governing a nominal, and the quotation mask.
 */
import type { VerbForm } from './verbdict.js';
import { HARD_BOUNDARY, isBoundary, type SentenceView, type VToken } from './patterns.js';
import type { SpanLike } from './view.js';
import type { Trigger } from './coder-types.js';
import {
  ADJECTIVAL_AGENTS,
  AUX,
  BE,
  DETERMINERS,
  DOCUMENT_HEAD,
  GERUND_AFTER,
  HARM_LEMMAS,
  NAMING_LEMMAS,
  NOT_NOUN,
  PREPS,
  SPEECH_LEMMAS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  VERBAL_ING,
} from './lexicon.js';

/**
 * Adverbs without "-ly" that may sit inside a verb group ("had long refused", "has since ordered")
 * but are no auxiliaries: a bare verb form after them is not thereby a verb ("a long table").
 */
const GROUP_ADVERBS = new Set(['long', 'since']);

const NEG = new Set(['not', "n't", 'never', 'no']);
const MODAL_FUTURE = new Set(['will', 'would', 'shall', "'ll"]);
const MODAL_HYPO = new Set(['could', 'might', 'may', 'should', 'must']);

/**
 * Nouns whose -ing modifier carries its issuer's act ("issued a statement condemning …", "signed a
 * treaty absorbing Crimea …", "signed a decree expelling …", "adopted a resolution demanding …").
 */
const STATEMENT_NOUNS = new Set([
  'statement',
  'statements',
  'letter',
  'message',
  'communique',
  'communiqué',
  'declaration',
  'proclamation',
  'tweet',
  'post',
  'note',
  'treaty',
  'decree',
  'law',
  'resolution',
  'order',
  'case',
  'complaint',
  'lawsuit',
  'petition',
]);

const LIGHT_VERBS = new Set([
  'hold',
  'holds',
  'held',
  'holding',
  'have',
  'has',
  'had',
  'having',
  'begin',
  'begins',
  'began',
  'begun',
  'launch',
  'launches',
  'launched',
  'launching',
  'conduct',
  'conducts',
  'conducted',
  'carry',
  'carried',
  'carries',
  'start',
  'started',
  'starts',
  'open',
  'opened',
  'opens',
  'resume',
  'resumed',
  'resumes',
  'continue',
  'continued',
  'continues',
  'make',
  'made',
  'makes',
  'stage',
  'staged',
  'wage',
  'waged',
  'join',
  'joined',
  'attend',
  'attended',
  'host',
  'hosted',
  'hosts',
  'give',
  'gave',
  'given',
  'gives',
  'provide',
  'provided',
  'provides',
  'impose',
  'imposed',
  'imposes',
  'order',
  'ordered',
  'mount',
  'mounted',
  'step',
  'stepped',
  'intensify',
  'intensified',
  'escalate',
  'escalated',
  'announce',
  'announced',
  'kick',
  'kicked',
  'out',
  'up',
  // "adopted a package of sanctions", "approved new sanctions", "unveiled an aid package"
  'adopt',
  'adopted',
  'adopts',
  'approve',
  'approved',
  'approves',
  'unveil',
  'unveiled',
  'unveils',
  'agree',
  'agreed',
  'agrees',
  'slap',
  'slapped',
  'slaps',
  'levy',
  'levied',
  'enact',
  'enacted',
  'extend',
  'extended',
  'tighten',
  'tightened',
  'expand',
  'expanded',
  // "signed an executive order authorising sanctions against X"
  'authorise',
  'authorised',
  'authorising',
  'authorize',
  'authorized',
  'authorizing',
]);

/**
 * The token of "invitation" governing an infinitive through `g` — the noun itself ("an invitation
 * to visit") or its giver ("an invitation from Putin to visit") — or -1.
 */
export function invitationAt(view: SentenceView, g: number): number {
  const toks = view.toks;
  if (/^invitations?$/.test(toks[g]?.lower ?? '')) return g;
  if (toks[g]?.m === undefined || toks[g].m < 0) return -1;
  const k = view.mentions[toks[g].m].first - 1;
  return /^(from|by)$/.test(toks[k]?.lower ?? '') && /^invitations?$/.test(toks[k - 1]?.lower ?? '') ? k - 1 : -1;
}

/** "would not hesitate [to]", "will not hesitate [to]": a governor at `g` that announces the act. */
export function unhesitating(toks: VToken[], g: number): boolean {
  if (!/^hesitate$/.test(toks[g]?.lower ?? '')) return false;
  const grp = verbGroup(toks, g);
  return grp.negated && (grp.future || grp.hypothetical);
}

/** An "if" or "unless" clause later in the sentence (before a semicolon). */
export function conditionFollows(toks: VToken[], at: number): boolean {
  for (let k = at; k < toks.length && k < at + 25; k++) {
    if (toks[k].lower === ';') return false;
    if (toks[k].m < 0 && /^(if|unless)$/.test(toks[k].lower)) return true;
  }
  return false;
}

/** Nouns that make a preceding verb form the modifier of a compound noun ("press secretary"). */
const COMPOUND_NOUN_HEADS = new Set([
  'secretary',
  'secretaries',
  'conference',
  'conferences',
  'release',
  'releases',
  'office',
  'briefing',
  'briefings',
  'agency',
  'aircraft',
  'helicopter',
  'helicopters',
  'jets',
  'drones',
  'submarine',
  'submarines',
  'convoy',
  'convoys',
  'corps',
  'officer',
  'officers',
  'workers',
  'worker',
  'package',
  'packages',
  'shipments',
  'flights',
]);

/** Participle-like words after a comma that head no clause of the main subject. */
const NON_CLAUSE_ING =
  /^(according|including|excluding|following|during|regarding|concerning|notwithstanding|pending)$/;

/**
 * An -ing verb joined by "and" to a participle clause after a comma ("…, calling it a gesture of
 * peace and urging New Delhi to respond"): it shares that clause's subject, the main clause's.
 */
export function joinedCommaParticiple(toks: VToken[], i: number): boolean {
  if (toks[i - 1]?.lower !== 'and' || !/ing$/.test(toks[i].lower)) return false;
  for (let j = i - 2; j > 1 && j > i - 14; j--) {
    const t = toks[j];
    if (t.m >= 0) continue;
    if (
      isBoundary(t) ||
      t.lower === ',' ||
      /^(that|which|who|whom|whose|while|when|after|before|because|as)$/.test(t.lower)
    )
      return false;
    if (/ing$/.test(t.lower) && toks[j - 1].lower === ',' && !NON_CLAUSE_ING.test(t.lower)) return true;
  }
  return false;
}

/** Irregular simple pasts that are no participles: never a reduced passive ("Modi spoke by phone"). */
const SIMPLE_PAST = new Set([
  'spoke',
  'flew',
  'went',
  'came',
  'gave',
  'took',
  'wrote',
  'broke',
  'chose',
  'drove',
  'rose',
  'fell',
  'saw',
  'knew',
  'grew',
  'threw',
  'drew',
  'began',
  'ran',
  'became',
  'swore',
  'stole',
  'froze',
  'shook',
  'forgave',
  'withdrew',
  'overthrew',
  'undertook',
  'forbade',
  'strove',
]);

/** Participles that mostly describe a noun ("allied militias", "armed groups"). */
const ADJECTIVAL_PARTICIPLES =
  /^(allied|armed|affiliated|linked|aligned|associated|united|combined|unidentified|suspected|alleged|wanted|detained|wounded|injured|displaced|besieged|trapped|exiled|banned|outlawed|backed|sponsored)$/;

/**
 * A past participle right after a noun is usually a reduced relative, not a finite verb:
 * "an alliance backed by the US" (a passive with its agent → `reduced`), "negotiations aimed at
 * ending the war" (an adjective → `modifier`). Otherwise `verb`.
 */
export function participleShape(toks: VToken[], i: number, n: number, form: VerbForm): 'verb' | 'reduced' | 'modifier' {
  if (!form.past) return 'verb';
  const prev = toks[i - 1];
  const next = toks[i + n];
  if (!prev || !next || next.m >= 0) return 'verb';
  const pl = prev.lower;
  const adverbInGroup = GROUP_ADVERBS.has(pl) && AUX.has(toks[i - 2]?.lower ?? '');
  const nounBefore =
    prev.m >= 0 || adverbInGroup
      ? false
      : pl === ',' ||
        (/^[a-z][a-z-]*$/.test(pl) &&
          !AUX.has(pl) &&
          !SUBJECT_PRONOUNS.has(pl) &&
          !NOT_NOUN.has(pl) &&
          !/ly$/.test(pl) &&
          !PREPS.has(pl));
  // a past form followed by "by" without a be-auxiliary: "rebels backed by Turkey", "Assad, backed by Iran"
  // — not a simple past ("spoke", "flew") nor "by phone", "by video link", "by a margin"
  if (
    next.lower === 'by' &&
    (nounBefore || prev.m >= 0) &&
    !SIMPLE_PAST.has(toks[i].lower) &&
    !/^(phone|telephone|video|videolink|letter|email|satellite|a|an|car|plane|air|road|sea|land|ship|boat|train|bus|helicopter|force|decree|consensus|majority|acclamation)$/.test(
      toks[i + n + 1]?.lower ?? '',
    ) &&
    // "responded by expelling": a gerund after "by" is how, not who
    !/^[a-z]{2,}ing$/.test(toks[i + n + 1]?.lower ?? '')
  )
    return 'reduced';
  // ("supporters of the coup rallied outside the French embassy": a verb of gathering that takes no
  // object is no participle before a place)
  if (
    nounBefore &&
    pl !== ',' &&
    CROWD_PAST.test(toks[i].lower) &&
    /^(outside|in|at|near|around|across|through|along|on|in front of|towards|toward)$/.test(next.lower)
  )
    return 'verb';
  if (nounBefore && pl !== ',' && PREPS.has(next.lower) && next.lower !== 'by') return 'modifier';
  // "coast guard personnel armed with knives", "militias allied with Iran": after a mention too
  if (prev.m >= 0 && ADJECTIVAL_PARTICIPLES.test(toks[i].lower) && PREPS.has(next.lower) && next.lower !== 'by')
    return 'modifier';
  return 'verb';
}

/** Verbs rejecting a document: "vetoed a resolution …", "voted against a motion …". */
const DOCUMENT_REJECTED =
  /^(vetoed|vetoes|veto|vetoing|rejected|rejects|blocked|blocks|opposed|opposes|against|abstained)$/;
/** Aspect verbs whose gerund is the act: "began freeing prisoners" (not "stopped shelling": what stops is not done). */
const ASPECT_VERBS =
  /^(began|begun|begin|begins|beginning|started|start|starts|resumed|resume|resumes|continued|continue|continues|kept|keep|keeps)$/;
/** -ing forms that are mostly adjectives ("statements by leading NATO powers"). */
const ADJECTIVAL_ING =
  /^(leading|ruling|neighbou?ring|warring|governing|remaining|following|existing|growing|increasing|rising|ongoing|competing|incoming|outgoing)$/;

/**
 * Without a parser, many dictionary verb forms are adjectives or gerunds in context ("the
 * proposed cooperation", "groups opposing Assad", "'moderate' groups"). Keep a verb only when
 * its shape fits a finite or infinitive verb.
 */
export function plausibleVerb(toks: VToken[], i: number, form: VerbForm, triggers: Trigger[]): boolean {
  const prev = toks[i - 1];
  const last = triggers[triggers.length - 1];
  // "welcomes proposed …" (but "began freeing": an aspect verb's gerund)
  if (last && last.kind === 'verb' && last.end === i && !(form.ing && ASPECT_VERBS.test(toks[i - 1].lower)))
    return false;
  // "the Syrian government was to blame": responsible, not blaming
  if (
    form.lemma === 'BLAME' &&
    prev?.lower === 'to' &&
    (BE.has(toks[i - 2]?.lower ?? '') ||
      (/^(?:[a-z]+ly|alone)$/.test(toks[i - 2]?.lower ?? '') && BE.has(toks[i - 3]?.lower ?? '')))
  )
    return false;
  // "press secretary", "attack aircraft", "aid convoy": a verb form as the first word of a compound noun
  const next = toks[i + 1];
  if (!form.past && !form.ing && next && next.m < 0 && COMPOUND_NOUN_HEADS.has(next.lower)) return false;
  // "government forces and allied militias": a participle between a conjunction or determiner and a mention
  if (
    form.past &&
    prev &&
    next &&
    next.m >= 0 &&
    prev.m < 0 &&
    ADJECTIVAL_PARTICIPLES.test(toks[i].lower) &&
    (/^(and|or|the|its|their|his|her|other|some|many|several|,)$/.test(prev.lower) ||
      // "freed six detained Americans"
      /^(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(prev.lower))
  )
    return false;
  // sentence-initial: a participle clause ("Speaking by phone, …", "Backed by Turkey, …"); a bare
  // or -s form there has no subject and is a noun modifier ("Riot police fired …", "Aid trucks …")
  // ("Suspected al-Shabaab fighters stormed …": an adjectival participle before a mention is no verb)
  if (!prev) return form.ing || (form.past && !(ADJECTIVAL_PARTICIPLES.test(toks[i].lower) && next?.m >= 0));
  const pl = prev.lower;
  // ("…, charges Asmara rejects", "…, claims Moscow denies": a noun the next clause's verb takes as
  // its object, not a verb)
  if (pl === ',' && !form.past && !form.ing && /s$/.test(toks[i].lower) && next?.m >= 0) {
    let e = i + 1;
    while (toks[e + 1]?.m === next.m) e++;
    if (
      /^(rejects|denies|disputes|dismisses|rejected|denied|disputed|dismissed|calls|called)$/.test(
        toks[e + 1]?.lower ?? '',
      )
    )
      return false;
  }
  if (form.ing) {
    // "vetoed a resolution condemning its annexation": what a document another party rejected says
    // is no act of the one rejecting it (but "issued a statement urging …", "signed a treaty
    // absorbing …" are their issuers' acts)
    if (
      prev.m < 0 &&
      (DOCUMENT_HEAD.test(pl) || /^(resolutions|motion|bill)$/.test(pl)) &&
      toks.slice(Math.max(0, i - 8), i - 1).some((t) => t.m < 0 && DOCUMENT_REJECTED.test(t.lower))
    )
      return false;
    // progressive ("is bombing") or a sentence-initial participle clause ("Speaking by phone …")
    // ", asking X to …", ", accusing X of …": a participle clause that takes the main clause's subject
    if (
      pl === ',' &&
      i > 1 &&
      toks[i - 2].lower !== ',' &&
      next &&
      (next.m >= 0 ||
        DETERMINERS.has(next.lower) ||
        /^(that|for|on|to|them|him|her|it)$/.test(next.lower) ||
        // (", saying they had …": a reported clause after a verb of saying)
        (/^(they|he|she|we)$/.test(next.lower) && SPEECH_LEMMAS.has(form.lemma)))
    )
      return true;
    // ", calling it a gesture of peace and urging New Delhi to …": joined to such a participle
    if (pl === 'and' && next && (next.m >= 0 || DETERMINERS.has(next.lower)) && joinedCommaParticiple(toks, i))
      return true;
    return (
      BE.has(pl) ||
      i === 0 ||
      // "began freeing prisoners", "resumed shelling": an aspect verb's gerund is the act
      (ASPECT_VERBS.test(pl) && i > 1) ||
      // "spent 14 hours negotiating the deal": what the time was spent on
      (/^(hours|days|weeks|months|minutes|nights)$/.test(pl) &&
        toks.slice(Math.max(0, i - 4), i - 1).some((t) => /^(spent|spend|spends|spending)$/.test(t.lower))) ||
      // "retaliated by expelling …", "after breaking off ties with …": the subject's act (see GERUND_AFTER)
      (GERUND_AFTER.has(pl) &&
        (i > 1 || (i === 1 && pl === 'after' && toks.some((t) => t.lower === ','))) &&
        (i === 1 || toks[i - 2].m < 0) &&
        next?.lower !== 'of' &&
        !ADJECTIVAL_ING.test(toks[i].lower)) ||
      // "by expelling X and recalling Y": a gerund joined to one
      (pl === 'and' &&
        !!last &&
        last.kind === 'verb' &&
        GERUND_AFTER.has(toks[last.start - 1]?.lower ?? '') &&
        toks.slice(last.end, i).every((t) => !isBoundary(t))) ||
      STATEMENT_NOUNS.has(pl) ||
      // "is capable of giving a fitting reply": what the subject can do (see `capableOf` in the coder)
      (pl === 'of' && /^(capable|incapable)$/.test(toks[i - 2]?.lower ?? '')) ||
      // "filed a case at the court on Friday accusing Israel of …": a verbal act's participle after
      // the clause's day, with no comma
      (VERBAL_ING.test(form.lemma) && TIME_WORDS.test(pl) && i > 2) ||
      (AUX.has(pl) && i > 1 && BE.has(toks[i - 2].lower)) ||
      (/^["“'‘(]$/.test(pl) && i === 1) ||
      MODAL_FUTURE.has(pl)
    );
  }
  // "our Turkish allies" (but "their governments agreed a ceasefire": a past form before an
  // indefinite object is the verb)
  if (
    prev.m >= 0 &&
    /^(our|their|his|her|its|my|your)$/.test(toks[i - 2]?.lower ?? '') &&
    toks[i - 2].m < 0 &&
    !(form.past && next && /^(a|an)$/.test(next.lower))
  )
    return false;
  if (prev.m >= 0 && !form.past) {
    // "a Palestinian bid", "an Israeli police raid on …", "the Russian offer of …": a determiner
    // before the mention makes it a modifier of the noun, not a subject of a verb
    let j = i - 1;
    while (j > 0 && toks[j - 1].m === prev.m) j--;
    const det = toks[j - 1]?.lower ?? '';
    // (a quantifier too: "in several Indian states", "all U.S. sanctions"; and a preposition, whose
    // object is no subject: "the lifting of U.S. sanctions on Syria", "at Syrian government targets")
    if (
      /^(a|an|several|many|some|few|most|other|two|three|four|five|dozens|hundreds|all|any|no|new|fresh|further|additional|existing|remaining|these|those|such|of|at|on|against|with|from|into|onto|toward|towards|near)$/.test(
        det,
      )
    )
      return false;
    // ("a cyberattack that Berlin blames on hackers": "that" after a noun opens a relative clause)
    const demonstrative = det !== 'that' || PREPS.has(toks[j - 2]?.lower ?? '');
    if (
      /^(the|its|their|his|her|this|that)$/.test(det) &&
      demonstrative &&
      /^(on|of|in|against|at|for|to|into)$/.test(next?.lower ?? '')
    )
      return false;
  }
  if (!form.past && !/s$/.test(toks[i].lower)) {
    // base form: after a subject (maybe with a parenthesis: "the European Union (EU) agree"), an
    // auxiliary, "to", or a pronoun
    return (
      prev.m >= 0 ||
      AUX.has(pl) ||
      SUBJECT_PRONOUNS.has(pl) ||
      pl === 'to' ||
      (pl === ')' &&
        toks[i - 4]?.lower !== undefined &&
        parenOpen(toks, i - 1) > 0 &&
        toks[parenOpen(toks, i - 1) - 1].m >= 0)
    );
  }
  // "in dawn raids", "the border clashes": an -s form after a noun inside a prepositional or
  // determined phrase is a plural noun
  if (
    !form.past &&
    prev.m < 0 &&
    /^[a-z]+$/.test(pl) &&
    !SUBJECT_PRONOUNS.has(pl) &&
    (PREPS.has(pl) ||
      DETERMINERS.has(pl) ||
      PREPS.has(toks[i - 2]?.lower ?? '') ||
      DETERMINERS.has(toks[i - 2]?.lower ?? ''))
  )
    return false;
  return !/^["“'‘]$/.test(pl);
}

/** Nouns a nominal trigger may modify: "ceasefire proposal", "aid package", "peace plan". */
const MODIFIED_HEADS =
  /^(proposals?|plans?|deals?|agreements?|accords?|talks|negotiations|packages?|bills?|resolutions?|offers?|terms|framework|efforts|missions?|monitors|lines?|zones?|violations|deadlines?|process|negotiators?|envoys?|drafts?|requests?|demands?|calls?|appeals?)$/;

/**
 * A nominal trigger that modifies a noun is no event of its own: "an Egyptian-Qatari ceasefire
 * proposal", "the EU aid package" (what is proposed or blocked is not done).
 */
export function modifiesNoun(toks: VToken[], tr: Trigger): boolean {
  return MODIFIED_HEADS.test(toks[tr.end]?.lower ?? '');
}

export function isNominalModifier(lower: string): boolean {
  return /^(missile|air|phone|telephone|military|peace|bilateral|trilateral|direct|face-to-face|ceasefire|security|trade|nuclear|drone|artillery|rocket|round|summit|fresh|crucial|massive)$/.test(
    lower,
  );
}

export function quoteMask(toks: VToken[], quotes: SpanLike[]): boolean[] {
  const mask = new Array<boolean>(toks.length).fill(false);
  let open = false;
  for (let i = 0; i < toks.length; i++) {
    const l = toks[i].lower;
    if (l === '"' || l === '“' || l === '”') {
      open = l === '“' ? true : l === '”' ? false : !open;
      continue;
    }
    mask[i] = open || quotes.some((q) => toks[i].start >= q.start && toks[i].end <= q.end);
  }
  return mask;
}

interface VerbGroupInfo {
  /** First token of the verb group (auxiliaries included). */
  first: number;
  negated: boolean;
  be: boolean;
  have: boolean;
  future: boolean;
  hypothetical: boolean;
  /** "would have condemned", "could have stopped": what was not done. */
  counterfactual: boolean;
  /** "should withdraw", "must stop": what another asks of the subject, not done. */
  obliged: boolean;
  /** Token index of the word governing an infinitive "to VERB" (-1 if none). */
  toGov: number;
}

/** Looks left from the verb over auxiliaries, adverbs, negation and "to". */
export function verbGroup(toks: VToken[], v: number): VerbGroupInfo {
  const g: VerbGroupInfo = {
    first: v,
    negated: false,
    be: false,
    have: false,
    future: false,
    hypothetical: false,
    counterfactual: false,
    obliged: false,
    toGov: -1,
  };
  let i = v - 1;
  while (i >= 0) {
    const t = toks[i];
    if (
      t.m >= 0 ||
      !(
        AUX.has(t.lower) ||
        /^[a-z]{3,}ly$/.test(t.lower) ||
        (GROUP_ADVERBS.has(t.lower) && AUX.has(toks[i - 1]?.lower ?? ''))
      )
    )
      break;
    if (t.lower === "'s" && i > 0 && toks[i - 1].m >= 0) break; // possessive, not "is"
    if (NEG.has(t.lower)) g.negated = true;
    if (BE.has(t.lower)) g.be = true;
    if (t.lower === 'has' || t.lower === 'have' || t.lower === 'had') g.have = g.have || !g.be;
    if (MODAL_FUTURE.has(t.lower)) g.future = true;
    if (MODAL_HYPO.has(t.lower)) g.hypothetical = true;
    if (/^(would|could|might|should)$/.test(t.lower) && toks[i + 1]?.lower === 'have' && i + 2 <= v)
      g.counterfactual = true;
    // ("must have known" infers what was done)
    if (/^(should|must)$/.test(t.lower) && toks[i + 1]?.lower !== 'have') g.obliged = true;
    if (t.lower === 'to') {
      // skip adverbs and a time phrase before "to" ("ordered troops on Wednesday to withdraw")
      let j = i - 1;
      for (;;) {
        while (j >= 0 && toks[j].m < 0 && /ly$/.test(toks[j].lower)) j--;
        if (
          j >= 1 &&
          toks[j].m < 0 &&
          TIME_WORDS.test(toks[j].lower) &&
          /^(on|last|this|next|late|early)$/.test(toks[j - 1].lower)
        )
          j -= 2;
        else if (j >= 0 && toks[j].m < 0 && /^(today|yesterday|tonight|overnight|again|now|also)$/.test(toks[j].lower))
          j--;
        else {
          // "agreed in a phone call to work together": past the occasion to the governing verb
          const n = occasionBefore(toks, j);
          if (n < 0) break;
          j -= n + 1;
        }
      }
      g.toGov = j;
      g.first = i;
      // "is set to", "are expected to": the be-form belongs to the governor
      break;
    }
    g.first = i;
    i--;
  }
  // "been attacked" after "has": still passive; "has attacked" is active
  if (g.be) g.have = false;
  if (g.toGov >= 0) {
    // "X is to meet" (be + to = future arrangement)
    if (BE.has(toks[g.toGov].lower)) {
      g.future = true;
      g.toGov = -1;
    }
  }
  return g;
}

/**
 * The verb of the infinitive a bare verb at `v` (its group starting at `first`) is joined to by
 * "and"/"or" — "urged X to keep their promises and cut ties", "agreed to withdraw and hand over the
 * posts" — or -1. The verb must be in its base form (not "… to stop the fighting and sent aid") and
 * no clause may start between them.
 */
export function infinitiveConjunct(
  toks: VToken[],
  first: number,
  v: number,
  lemma: string,
  verbStarts: Set<number>,
): number {
  if (first !== v || !/^(and|or)$/.test(toks[first - 1]?.lower ?? '')) return -1;
  if (toks[v].lower !== lemma.split('_')[0].toLowerCase()) return -1;
  for (let i = first - 2; i > 0 && i >= first - 14; i--) {
    const t = toks[i];
    if (t.m < 0 && /^(;|:|that|which|who|whom|while|but|said|says|after|before|because|when|as|\(|\))$/.test(t.lower))
      return -1;
    if (t.lower === ',' && toks[i + 1]?.m >= 0) return -1;
    if (t.m < 0 && t.lower === 'to' && verbStarts.has(i + 1)) return i + 1;
  }
  return -1;
}

/**
 * How far back "in a phone call", "at the talks", "during their meeting" starts from its noun at `j`
 * (1–3 tokens to the preposition), or -1.
 */
function occasionBefore(toks: VToken[], j: number): number {
  if (j < 3 || !/^(call|calls|talks|meeting|conversation|summit)$/.test(toks[j].lower)) return -1;
  const n = [1, 2, 3].find((d) => /^(in|at|during)$/.test(toks[j - d]?.lower ?? ''));
  return n !== undefined && /^(a|an|the|their|his|her)$/.test(toks[j - n + 1]?.lower ?? '') ? n : -1;
}

/** "the sooner …", "the more …": the first half of a correlative comparison. */
const CORRELATIVE = /^(sooner|faster|quicker|earlier|longer|more|less|harder|stronger|further)$/;

/** Verbs asking for what their object names: "called for a ceasefire", "demanded talks". */
const ASKING_FOR =
  /^(call|calls|called|calling|appeal|appeals|appealed|appealing|push|pushes|pushed|pushing|press|presses|pressed|pressing|plea|pleas|calls)$/;
const ASKING =
  /^(demand|demands|demanded|demanding|urge|urges|urged|urging|seek|seeks|sought|seeking|request|requests|requested|requesting|propose|proposes|proposed|proposing)$/;

/**
 * "China called for an immediate ceasefire between Israel and Hamas", "demanded a full withdrawal
 * of Russian troops": a nominal (starting at `start`) that a request asks for is not done.
 */
export function requestedNominal(toks: VToken[], start: number): boolean {
  let k = start - 1;
  for (
    let n = 0;
    n < 4 &&
    k >= 0 &&
    toks[k].m < 0 &&
    /^[a-z-]+$/.test(toks[k].lower) &&
    !ASKING.test(toks[k].lower) &&
    toks[k].lower !== 'for';
    n++
  )
    k--;
  const w = toks[k]?.m === -1 ? toks[k].lower : '';
  if (ASKING.test(w)) return true;
  return w === 'for' && ASKING_FOR.test(toks[k - 1]?.m === -1 ? toks[k - 1].lower : '');
}

/** Verbs of denying: the clause they introduce with "that" reports what the speaker says did not happen. */
const DENYING = /^(denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing)$/;
/** What a denial may deny before "that": "denied reports that …", "rejected claims by Manila that …". */
const DENIED_CLAIMS = /^(reports?|claims?|accusations?|allegations?|suggestions?|charges?|rumou?rs?|assertions?)$/;

/**
 * "The Kremlin denied that Russian forces had targeted the centre", "Turkey denied reports that it
 * had sent troops": the verb group at `first` is in the that-clause of a denial (back to the clause
 * start: a comma or a semicolon ends it), which reports no act.
 */
export function deniedClause(toks: VToken[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 14; k--) {
    const l = toks[k].m < 0 ? toks[k].lower : '';
    if (l === ',' || l === ';' || HARD_BOUNDARY.has(l)) return false;
    if (l !== 'that') continue;
    // past the claims denied and their author ("denied accusations by the Philippine coast guard that")
    let d = k - 1;
    for (let n = 0; n < 6 && d >= 0 && !DENYING.test(toks[d].m < 0 ? toks[d].lower : ''); n++) {
      if (
        toks[d].m < 0 &&
        !DENIED_CLAIMS.test(toks[d].lower) &&
        !/^(by|from|the|western|media|press|new|recent)$/.test(toks[d].lower)
      )
        return false;
      d--;
    }
    if (d < 0 || toks[d].m >= 0 || !DENYING.test(toks[d].lower)) return false;
    // (not "did not deny that …", which grants it)
    return !/^(not|never)$/.test(toks[d - 1]?.lower ?? '');
  }
  return false;
}

/**
 * A verb group inside a clause opened by "whether", "if" or "unless", or by a correlative "the
 * sooner" (back to the clause start).
 */
export function conditionalClause(toks: VToken[], first: number): boolean {
  for (let i = first - 1, n = 0; i >= 0 && n < 14; i--, n++) {
    const l = toks[i].lower;
    if (/^(whether|if|unless)$/.test(l)) return true;
    // "on condition that Russia stops its air strikes", "provided that", "as long as": a condition
    if (l === 'that' && /^(condition|conditions|provided|providing)$/.test(toks[i - 1]?.lower ?? '')) return true;
    if (l === 'as' && toks[i - 1]?.lower === 'long' && /^(as|so)$/.test(toks[i - 2]?.lower ?? '')) return true;
    // "the sooner we crush …, the safer …": a correlative comparison, not an act
    if (CORRELATIVE.test(l) && toks[i - 1]?.lower === 'the' && i + 1 < first) return true;
    if (l === ',' || l === ';' || HARD_BOUNDARY.has(l) || /^(and|but|said|says|after|before|when|while)$/.test(l))
      return false;
  }
  return false;
}

/**
 * "… in protest at / against / over / of …" after the verb, in its clause (no other verb and no
 * clause break between): the act was done as a protest.
 */
export function protestAfter(toks: VToken[], end: number, verbStarts: Set<number>): boolean {
  for (let i = end; i < Math.min(toks.length - 1, end + 14); i++) {
    const t = toks[i];
    if (verbStarts.has(i) || /^(;|:|—|–|")$/.test(t.lower)) return false;
    if (t.lower === ',' && toks[i + 1]?.lower !== 'in') return false;
    if (t.lower === 'in' && toks[i + 1].lower === 'protest') {
      const next = toks[i + 2]?.lower;
      return next === undefined || /^(at|against|over|of|after|,|\.)$/.test(next);
    }
  }
  return false;
}

/**
 * A death toll rather than an act: "more than 300,000 people have been killed since …", "14,000
 * Palestinians have been killed": a perfect passive that counts from a start ("since", "so far")
 * or in thousands.
 */
export function deathToll(toks: VToken[], first: number, verb: number): boolean {
  let perfect = false;
  for (let i = first; i < verb; i++) if (/^(have|has|had|'ve)$/.test(toks[i].lower)) perfect = true;
  let thousands = false;
  for (let i = Math.max(0, first - 8); i < first; i++) {
    const l = toks[i].lower;
    if (/^(thousands|millions|tens)$/.test(l) || (/^\d{1,3}(,\d{3})+$/.test(l) && Number(l.replace(/,/g, '')) >= 1000))
      thousands = true;
  }
  if (thousands) return true;
  if (!perfect) return false;
  const rest = toks
    .slice(verb)
    .map((t) => t.lower)
    .join(' ');
  return /\b(since|so far|to date|in total|in all|this year|over the past|in the past)\b/.test(rest);
}

/** "if", "unless" or "whether" earlier in the verb's comma-free stretch ("Even if … and X are killed"). */
export function conditionalBefore(toks: VToken[], first: number): boolean {
  for (let i = first - 1; i >= 0; i--) {
    const l = toks[i].lower;
    if (/^(whether|if|unless)$/.test(l)) return true;
    if (l === ',' || l === ';' || HARD_BOUNDARY.has(l)) return false;
  }
  return false;
}

/** Verbs whose object is asked or made to do the infinitive that follows it. */
const OBJECT_CONTROL =
  /^(urge[sd]?|urging|ask(s|ed|ing)?|call(s|ed|ing)? on|press(es|ed|ing)?|push(es|ed|ing)?|require[sd]?|requiring|force[sd]?|forcing|compel(s|led|ling)?|allow(s|ed|ing)?|let|permit(s|ted|ting)?|encourage[sd]?|encouraging|persuade[sd]?|persuading|invite[sd]?|inviting|tell(s|ing)?|told|order(s|ed|ing)?|instruct(s|ed|ing)?|want(s|ed)?|expect(s|ed)?|pressure[sd]?|pressuring|appeal(s|ed|ing)? to|implore[sd]?|demand(s|ed|ing)? that)$/;

/**
 * "called on Muslim countries to impose …", "required Ukraine to give up …": the infinitive's doer
 * is the object of a request or control verb, a noun phrase of up to five words before "to".
 */
export function requestedOfNoun(toks: VToken[], gov: number, verbStarts: Set<number>): boolean {
  if (verbStarts.has(gov)) return false;
  for (let k = gov; k >= Math.max(0, gov - 6); k--) {
    const l = toks[k].lower;
    const two = k > 0 ? `${toks[k - 1].lower} ${l}` : '';
    if (OBJECT_CONTROL.test(two) || (toks[k].m < 0 && OBJECT_CONTROL.test(l) && k < gov)) return true;
    if (toks[k].m < 0 && (PREPS.has(l) || l === ',' || SUBJECT_PRONOUNS.has(l)) && l !== 'on' && l !== 'to')
      return false;
  }
  return false;
}

/** Accusation verbs whose bare participle names what someone is accused of. */
const ACCUSATION_LEMMAS = /^(ACCUSE|CHARGE|SUSPECT|CONVICT|ALLEGE|BLAME|INDICT|SENTENCE)$/;

/**
 * Verb forms that report no act of a subject: "settlers accused of violence" (a reduced passive with
 * no accuser), ", provided any talks …" (a conjunction), "what he called the realities" (naming).
 */
export function notAnAct(view: SentenceView, tr: Trigger, first: number, form: VerbForm): boolean {
  const toks = view.toks;
  const next = toks[tr.end]?.lower ?? '';
  const prev = toks[first - 1]?.lower ?? '';
  // "the strikes killed nobody": harm done to no one
  if (
    HARM_LEMMAS.test(form.lemma) &&
    (/^(nobody|none)$/.test(next) || (next === 'no' && toks[tr.end + 1]?.lower === 'one'))
  )
    return true;
  // "the two countries have fought three wars over Kashmir": a history counted, not an act
  if (
    /^(FIGHT|WAGE)$/.test(form.lemma) &&
    /^(two|three|four|five|six|several|many|numerous|multiple|\d+)$/.test(next) &&
    /^wars?$/.test(toks[tr.end + 1]?.lower ?? '')
  )
    return true;
  if (form.past && ACCUSATION_LEMMAS.test(form.lemma) && /^(of|with|over|for)$/.test(next) && toks[first - 1]?.m >= 0)
    return !toks.slice(tr.end, tr.end + 10).some((t) => t.lower === 'by');
  // "accused France of seeking to intervene to free him": what an accusation alleges is its content,
  // not an act of the accuser (the accusation itself is coded)
  for (let k = first - 1; k >= 2 && k >= first - 12; k--) {
    if (isBoundary(toks[k])) break;
    if (toks[k].lower === 'of' && toks[k - 1].m >= 0) {
      const men = view.mentions[toks[k - 1].m];
      if (/^accus/.test(toks[men.first - 1]?.lower ?? '')) return true;
    }
  }
  // "bowing to pressure from the UN": the noun, whose doer follows "from"
  if (
    /^(PRESSURE|PRESSURE_ON)$/.test(form.lemma) &&
    (next === 'from' || /^(bow|bowed|bowing|yield|yielded|yielding)$/.test(toks[first - 2]?.lower ?? ''))
  )
    return true;
  // "would fly severely wounded victims to Ankara", "the injured soldiers": a participle between a
  // determiner (or an adverb with no subject before it) and a plural noun describes the noun
  if (form.past && (toks[tr.end]?.m < 0 || toks[tr.end]?.g) && PLURAL_NOUN.test(next) && !FUNCTION_WORDS.has(next)) {
    const left = toks[tr.start - 1]?.lower ?? '';
    const before = toks[tr.start - 2];
    if (DETERMINERS.has(left) || /^\d/.test(left)) return true;
    if (
      /^[a-z]+ly$/.test(left) &&
      before &&
      before.m < 0 &&
      !SUBJECT_PRONOUNS.has(before.lower) &&
      !AUXILIARIES.test(before.lower)
    )
      return true;
  }
  // "two women held hostage in Gaza": a participle after its noun, with no agent
  if (form.past && /^(hostage|captive|incommunicado|prisoner)$/.test(next) && toks[first - 1]?.m >= 0) return true;
  // "rebels backed by Rwanda", "a delegation led by X": a reduced participle describing a standing
  // relation, not an act
  if (tr.reduced && /^(BACK|SUPPORT|SPONSOR|ARM|FUND|ALLY|LEAD|HEAD)$/.test(form.lemma)) return true;
  if (form.lemma === 'PROVIDE' && form.past && prev === ',' && /^(that|any|the|a|it|they|he|she|there|all)$/.test(next))
    return true;
  if (NAMING_LEMMAS.test(form.lemma)) {
    // "what he called", "what the ministry described as", "what it calls"
    for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
      const l = toks[k].lower;
      if (l === 'what') return true;
      if (!(toks[k].m >= 0 || SUBJECT_PRONOUNS.has(l) || DETERMINERS.has(l))) break;
    }
  }
  return false;
}

/** Auxiliaries before an adverb and a past participle: "had mistakenly struck villagers" is a verb. */
const AUXILIARIES =
  /^(had|has|have|having|was|were|is|are|be|been|being|will|would|could|should|might|may|must|'s|'ve|'d)$/;
/** A plural noun after an adjectival participle ("wounded victims", "injured people"). */
const PLURAL_NOUN = /^(?:[a-z]+[^s]s|people|children|men|women)$/;
/** Words ending in -s that are no nouns. */
const FUNCTION_WORDS = new Set([
  'was',
  'has',
  'is',
  'as',
  'its',
  'this',
  'thus',
  'his',
  'hers',
  'yours',
  'ours',
  'us',
  'plus',
  'across',
  'towards',
  'afterwards',
  'whereas',
  'besides',
]);

/** The dictionary lemma of the verb trigger starting at token `k`, if any. */
function verbLemmaAt(triggers: Trigger[], k: number): string | undefined {
  return triggers.find((t) => t.kind === 'verb' && t.start === k)?.forms![0].lemma;
}

/** Verbs of arguing for a course ("argued for keeping forces …"). */
const ADVOCACY_LEMMAS = new Set(['ARGUE', 'ADVOCATE', 'LOBBY', 'CAMPAIGN']);

/** A "to VERB" group (starting at `first`) inside the complement of "argued for …", within its clause. */
export function advocatedPurpose(toks: VToken[], first: number, triggers: Trigger[]): boolean {
  if (toks[first]?.lower !== 'to') return false;
  for (let k = first - 1; k > 0 && k >= first - 16; k--) {
    if (isBoundary(toks[k]) || toks[k].lower === ',') return false;
    if (toks[k].lower === 'for' && ADVOCACY_LEMMAS.has(verbLemmaAt(triggers, k - 1) ?? '')) return true;
  }
  return false;
}

/**
 * "summoned Azerbaijan's ambassador, Rahman Mustafayev, to protest …": the purpose of a summons
 * is the summoner's, and the summons is the event (a "to VERB" group starting at `first`).
 */
export function summonedTo(toks: VToken[], first: number, triggers: Trigger[]): boolean {
  if (toks[first]?.lower !== 'to') return false;
  for (let k = first - 1; k >= 0 && k >= first - 10; k--) {
    if (toks[k].m < 0 && HARD_BOUNDARY.has(toks[k].lower)) return false;
    if (verbLemmaAt(triggers, k) === 'SUMMON') return true;
  }
  return false;
}

/** Verbs that give their reason in "for …-ing": "criticised Biden for not ordering …". */
const REASON_GOVERNORS = new Set([
  'CRITICISE',
  'CRITICIZE',
  'CONDEMN',
  'BLAME',
  'PRAISE',
  'THANK',
  'DENOUNCE',
  'FAULT',
  'SLAM',
  'RAP',
]);

/**
 * A verb inside the reason of a judgement: "criticised President Joe Biden for not ordering the
 * balloon destroyed", "praised Qatar for helping free the hostages" (the group starts at `first`).
 */
export function reasonGiven(toks: VToken[], first: number, triggers: Trigger[]): boolean {
  for (let k = first - 1; k > 0 && k >= first - 10; k--) {
    if (toks[k].m < 0 && HARD_BOUNDARY.has(toks[k].lower)) return false;
    if (toks[k].lower !== 'for' || toks[k].m >= 0) continue;
    const next = toks[k + 1]?.lower === 'not' ? toks[k + 2] : toks[k + 1];
    if (!next || !/ing$/.test(next.lower)) return false;
    return triggers.some(
      (t) => t.kind === 'verb' && t.start < k && t.start >= k - 8 && REASON_GOVERNORS.has(t.forms![0].lemma),
    );
  }
  return false;
}

/**
 * "averting a Syrian government offensive", "to prevent an attack", "ruled out a military
 * operation": an act named as the object of averting is not done; one paused or halted is not
 * reported anew ("agreed to pause its offensive"), nor is "any attack". Back over the noun phrase.
 */
export function averted(toks: VToken[], start: number): boolean {
  for (let k = start - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const l = toks[k].lower;
    if (
      /^(avert|averts|averted|averting|prevent|prevents|prevented|preventing|avoid|avoids|avoided|avoiding|forestall|forestalled|forestalling)$/.test(
        l,
      )
    )
      return true;
    if (
      /^(off|out)$/.test(l) &&
      /^(stave|staved|staving|head|headed|heading|ruled|rule|rules|ruling)$/.test(toks[k - 1]?.lower ?? '')
    )
      return true;
    // ("agreed to pause its offensive", "halted the operation": stopping an act reports the stop)
    if (/^(pause|paused|pausing|halt|halted|halting|suspend|suspended|suspending)$/.test(l)) return true;
    // ("would respond to any Israeli attack": an act that may come)
    if (l === 'any') return true;
    if (isBoundary(toks[k]) || (toks[k].m < 0 && !/^[a-z][a-z-]*$/.test(l) && !/^(u\.s\.|'s)$/.test(l))) return false;
  }
  return false;
}

export function findAfter(toks: VToken[], from: number, pred: (t: VToken) => boolean, max: number): number {
  for (let i = from; i < toks.length && i < from + max; i++) {
    if (pred(toks[i])) return i;
    if (isBoundary(toks[i])) return -1;
  }
  return -1;
}

/** Index of the "(" that the ")" at `close` closes, within five tokens; -1 if none. */
export function parenOpen(toks: VToken[], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 6; j--) {
    if (toks[j].lower === '(') return j;
    if (HARD_BOUNDARY.has(toks[j].lower)) return -1;
  }
  return -1;
}

/** Past forms of gathering and protest that take no object (never a participle modifying a noun). */
const CROWD_PAST = /^(rallied|marched|protested|demonstrated|rioted|converged|flocked|massed|congregated)$/;

/** A light verb governing the nominal ("held [a fresh round of] talks"), or -1. */
export function lightVerbBefore(toks: VToken[], start: number): number {
  for (let i = start - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = toks[i];
    if ((t.m >= 0 && !(t.g && ADJECTIVAL_AGENTS.has(t.lower))) || isBoundary(t)) return -1;
    if (LIGHT_VERBS.has(t.lower)) {
      // "carried out", "kicked off": step back over the particle
      return t.lower === 'out' || t.lower === 'up' ? (i > 0 && LIGHT_VERBS.has(toks[i - 1].lower) ? i - 1 : -1) : i;
    }
    // "take part in the talks", "participated in the meeting": the verb of joining an occasion
    if (t.lower === 'in' && i >= 2) {
      if (/^participat(e|es|ed|ing)$/.test(toks[i - 1].lower) && toks[i - 1].m < 0) return i - 1;
      if (toks[i - 1].lower === 'part' && /^(take|takes|took|taken|taking)$/.test(toks[i - 2].lower)) return i - 2;
      return -1;
    }
    if (!(
      DETERMINERS.has(t.lower) ||
      ADJECTIVAL_AGENTS.has(t.lower) ||
      isNominalModifier(t.lower) ||
      /^(round|series|wave|of|two-day|three-day|one-day|day|latest|new|ongoing)$/.test(t.lower) ||
      // "announced a $2.5 billion military aid package"
      /^(\$|€|£|[\d.,]+|billion|million|trillion|bn|dollars?|euros?|worth|largest|biggest|first|second|third|fresh|further|additional|more)$/.test(
        t.lower,
      ) ||
      /^[a-z]+-(day|hour|week)$/.test(t.lower)
    ))
      return -1;
  }
  return -1;
}
