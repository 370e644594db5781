/**
 * The arguments of a trigger for the sentence coder: its subject (`findSubject` and the special
 * subjects of reduced relatives, participle clauses and that-clauses), its target (`findTarget`,
 * `findTargetNominal`, `directObject`), and the parties named inside its object: a condemned act's
 * doer, a proposal's author, an order's addressee, aid's destination, a visitor received.
 */
import type { VerbDictionary } from './verbdict.js';
import { HARD_BOUNDARY, isBoundary, type SentenceView, type VToken } from './patterns.js';
import type { Trigger } from './coder-types.js';
import {
  ADJECTIVAL_AGENTS,
  AUX,
  CRITICISM_WORDS,
  DETERMINERS,
  HOPING,
  LOCATIVE,
  NOT_NOUN,
  PRAISE_WORDS,
  PREPS,
  SPEECH_WORDS,
  SUBJECT_PRONOUNS,
} from './lexicon.js';
import { isNominalModifier, parenOpen, verbGroup } from './clause.js';
import { defaultCode } from './codes.js';

const GROUP_HEADS = new Set([
  'representatives',
  'representative',
  'delegates',
  'delegate',
  'officials',
  'official',
  'leaders',
  'leader',
  'delegation',
  'delegations',
  'members',
  'member',
  'forces',
  'troops',
  'ministers',
  'minister',
  'government',
  'governments',
  'president',
  'presidents',
  'leaderships',
  'parliaments',
  'navies',
  'authorities',
  'head',
  'heads',
  'envoy',
  'envoys',
  'diplomats',
  'army',
  'military',
  'militaries',
  'ministry',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'foreign',
  'defense',
  'defence',
  'secretary',
  'chief',
  'prime',
  // quantities and collectives: "thousands of protesters", "a group of students"
  'thousands',
  'hundreds',
  'dozens',
  'scores',
  'millions',
  'tens',
  'group',
  'groups',
  'crowd',
  'crowds',
  'number',
  'couple',
  'handful',
  'band',
  'gang',
  'unit',
  'units',
  'contingent',
  'battalion',
  'squad',
  'team',
  'bands',
  'gangs',
  'teams',
]);

/** Verbs whose complement is a clause: the mention after them is a subject, not an object. */
const CLAUSE_VERBS =
  /^(said|says|say|saying|believes?|believed|thinks?|thought|announced?|announces|added|adds|stated?|states|noted?|notes|claimed?|claims|insisted?|insists|warned|warns|argued?|argues|suggested|suggests|confirmed?|confirms|hopes?|hoped|fears?|feared|knows?|knew|reported|reports|stressed|stresses|explained|explains|acknowledged|admitted|concluded|agreed|agrees|concerned|worried|alarmed|convinced|sure|aware)$/;

/**
 * The mention group nearest before token `before` in the sentence that is not the source's (nor the
 * same actor as a source): what a participle's "them" or "the agency" refers to.
 */
export function antecedentBefore(
  view: SentenceView,
  before: number,
  srcGroup: number[],
  same: (a: number, b: number) => boolean,
): number[] | null {
  for (let i = before - 1; i >= 0; i--) {
    const m = view.toks[i].m;
    if (m < 0) {
      if (isBoundary(view.toks[i])) return null;
      continue;
    }
    const group = view.groups[view.mentions[m].group];
    if (!group.some((g) => srcGroup.includes(g) || srcGroup.some((s) => same(s, g)))) return group;
    i = view.mentions[group[0]].first;
  }
  return null;
}

/**
 * "Sudan's warring parties", "Libya's two rival governments", "rival armed groups": the sides of the
 * mention's country.
 */
export function rivalSides(view: SentenceView, m: number): boolean {
  const toks = view.toks;
  // "rival armed groups in Libya's capital agreed to a truce": a plural of rival parties
  const adjective = toks[view.mentions[m].first - 1]?.lower ?? '';
  if (/^(warring|rival|feuding|opposing|competing)$/.test(adjective) && /s$/.test(toks[view.mentions[m].last].lower))
    return true;
  let k = view.mentions[m].last + 1;
  if (toks[k]?.lower !== "'s") return false;
  k++;
  if (toks[k]?.lower === 'two') k++;
  if (!/^(warring|rival|feuding|opposing|competing)$/.test(toks[k]?.lower ?? '')) return false;
  return /^(sides|parties|factions|governments|administrations|camps|leaders)$/.test(toks[k + 1]?.lower ?? '');
}

/** The noun phrase a reduced relative modifies: the mention just before it ("rebels backed by …"). */
export function reducedHead(view: SentenceView, v: number): number[] | null {
  const toks = view.toks;
  for (let i = v - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    const t = toks[i];
    if (t.m >= 0) return [t.m];
    if (t.lower === ',' && n === 0) continue;
    if (isBoundary(t) || PREPS.has(t.lower) || AUX.has(t.lower)) return null;
  }
  return null;
}

/**
 * The doer of the attack named by the noun at `a`: a modifier before it ("a Syrian chemical
 * attack") or the subject of the verb it is the object of ("carried out the attack"); else none.
 */
function attackDoer(view: SentenceView, a: number, verbStarts: Set<number>): number[] | null {
  const toks = view.toks;
  let k = a - 1;
  while (
    k >= 0 &&
    k > a - 4 &&
    toks[k].m < 0 &&
    /^[a-z][a-z-]*$/.test(toks[k].lower) &&
    !DETERMINERS.has(toks[k].lower)
  )
    k--;
  if (k >= 0 && toks[k].m >= 0 && view.mentions[toks[k].m].last === k)
    return view.groups[view.mentions[toks[k].m].group];
  while (
    k >= 0 &&
    k > a - 6 &&
    toks[k].m < 0 &&
    (DETERMINERS.has(toks[k].lower) || /^[a-z][a-z-]*$/.test(toks[k].lower))
  ) {
    // ("launched strikes on Idlib, which killed …": the launcher; not one who only reacts to the
    // attack: "Russia condemned the bombing in Damascus that killed …")
    if (verbStarts.has(k))
      return REACTING.test(toks[k].lower) ? null : findSubject(view, verbGroup(toks, k).first, verbStarts, true);
    k--;
  }
  return null;
}
/** Verbs of reacting to an attack, whose subject did not carry it out. */
const REACTING =
  /^(condemn|denounc|criticis|criticiz|deplor|decr|blam|protest|mourn|investigat|welcom|prais|hail|regrett?|lament|slamm?|rebuk|report|confirm|denie|deny|describ|call)/;

/** Nouns of armed attack that may carry their doer: "a NATO airstrike", "an attack by militants". */
const ATTACK_NOUNS =
  /^(air-?strikes?|strikes?|raids?|attacks?|shelling|bombings?|bombardments?|fire|gunfire|assaults?|offensives?|ambush(es)?|clash(es)?|fighting|shootings?|rockets?|missiles?|mortars?|barrages?|sorties|operations?|campaigns?|crackdown|violence)$/;

/**
 * The doer named inside the attack phrase after a passive of violence: "killed in a NATO
 * airstrike", "wounded in Israeli shelling", "killed in an attack by militants", "died in clashes
 * with rebels". Null when the phrase names none ("killed in shelling", "by a roadside bomb").
 */
export function attackPhraseAgent(toks: VToken[], from: number): { mention: number; noun: string } | null {
  let i = from;
  while (i < toks.length && i < from + 2 && /^(dead|instantly|overnight)$/.test(toks[i].lower)) i++;
  if (!/^(in|during|by|amid)$/.test(toks[i]?.lower ?? '')) return null;
  let modifier = -1;
  for (let j = i + 1; j < toks.length && j <= i + 6; j++) {
    const t = toks[j];
    if (t.m >= 0) {
      if (modifier < 0) modifier = t.m;
      continue;
    }
    if (t.lower === "'s" && modifier >= 0) continue; // "in Israel's retaliatory campaign"
    if (ATTACK_NOUNS.test(t.lower)) {
      if (modifier >= 0) return { mention: modifier, noun: t.text };
      // "an attack by militants", "clashes with rebels", "fire from government troops"
      if (!/^(by|with|from)$/.test(toks[j + 1]?.lower ?? '')) return null;
      for (let k = j + 2; k < toks.length && k <= j + 4; k++) {
        if (toks[k].m >= 0) return { mention: toks[k].m, noun: t.text };
        if (!DETERMINERS.has(toks[k].lower) && !/^[a-z-]+$/.test(toks[k].lower)) return null;
      }
      return null;
    }
    if (!/^[a-z][a-z-]*$/.test(t.lower) || (PREPS.has(t.lower) && t.lower !== 'of')) return null;
  }
  return null;
}

/**
 * A nominal whose possessive modifier (`group`) is the direct object of a verb of judging or
 * demanding: "criticised Tunisia's crackdown", "condemned Russia's annexation of Crimea".
 */
export function judgedObject(
  toks: VToken[],
  view: SentenceView,
  group: number[],
  triggers: Trigger[],
  verbs: VerbDictionary,
): boolean {
  const first = view.mentions[group[0]].first;
  const last = view.mentions[group[group.length - 1]].last;
  if (toks[last + 1]?.lower !== "'s") return false;
  const k = toks[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  const verb = triggers.find((t) => t.kind === 'verb' && t.end === k + 1);
  const code = verb ? (defaultCode(verbs, verb.forms!) ?? '') : '';
  return /^1[12]/.test(code);
}

/** People sent by whom "from" names: "delegations from Kyiv and Moscow met …". */
const FROM_HEADS =
  /^(delegations?|delegates|officials|troops|forces|soldiers|representatives|envoys|diplomats|negotiators)$/;
/** Spokespeople speak for whom "for" names: "a spokesman for the Foreign Office said". */
const SPEAKS_FOR =
  /^(spokesman|spokeswoman|spokesperson|representative|representatives|envoy|envoys|adviser|advisers)$/;

/**
 * A mention (starting at `start`) that stands for the group head before it: "representatives of
 * Russia", "officials of the ministry", "a spokesman for the British Foreign Office".
 */
function headOf(toks: VToken[], start: number): boolean {
  let k = start - 1;
  if (toks[k] && toks[k].m < 0 && /^(the|its|their)$/.test(toks[k].lower)) k--;
  const prep = toks[k]?.lower;
  const head = toks[k - 1];
  // ("delegations from Kyiv and Moscow", "troops from the United States and Morocco": the head may
  // itself be a mention the resolver gave one of them)
  if (head && prep === 'from') return FROM_HEADS.test(head.lower);
  if (!head || head.m >= 0 || (prep !== 'of' && prep !== 'for')) return false;
  return prep === 'of' ? GROUP_HEADS.has(head.lower) : SPEAKS_FOR.test(head.lower);
}

/**
 * The compound subject of the nearest speech verb at or before `from` (down to `stop`, exclusive,
 * and not past a hard boundary), for "X and Y said … their / and that they …"; null if that
 * subject is a single party.
 */
function compoundThatSaid(view: SentenceView, from: number, stop: number, verbStarts: Set<number>): number[] | null {
  const toks = view.toks;
  let j = from;
  while (j > stop && j >= 0 && !(toks[j].m < 0 && SPEECH_WORDS.test(toks[j].lower))) {
    if (HARD_BOUNDARY.has(toks[j].lower)) return null;
    j--;
  }
  if (j <= stop || j < 0 || toks[j].m >= 0 || !SPEECH_WORDS.test(toks[j].lower)) return null;
  const said = findSubject(view, verbGroup(toks, j).first, verbStarts, true);
  return said && said.length >= 2 ? said : null;
}

/**
 * The subject of a verb group starting at token `first`: the nearest mention group to the left
 * that is not the object of a preposition or of another verb, within the clause.
 */
export function findSubject(
  view: SentenceView,
  first: number,
  verbStarts: Set<number>,
  pronouns = false,
): number[] | null {
  const toks = view.toks;
  // "five hilltops it still occupies": a pronoun the actor stage left unresolved is the subject
  // (`pronouns`; PETRARCH reads past pronouns to the nearest name)
  let p = pronouns ? first - 1 : -1;
  while (
    p > 0 &&
    toks[p].m < 0 &&
    /^(still|also|already|now|never|not|then|later|reportedly|allegedly)$/.test(toks[p].lower)
  )
    p--;
  if (p >= 0 && toks[p].m < 0 && /^(it|he|she|i|you)$/.test(toks[p].lower)) return null;
  let i = first - 1;
  let steps = 0;
  let crossedWords = 0;
  let unresolvedThey = false;
  while (i >= 0 && steps < 18) {
    const t = toks[i];
    // "said the U.S. move was null and void and urged …": a mention modifying an act noun is no
    // subject
    if (t.m >= 0 && pronouns && DECISION_HEADS.test(toks[view.mentions[t.m].last + 1]?.lower ?? '')) {
      i = view.mentions[t.m].first - 1;
      crossedWords++;
      steps++;
      continue;
    }
    if (t.m >= 0) {
      const men = view.mentions[t.m];
      const prev = toks[men.first - 1];
      // object of a preposition ("to Moscow") — except "representatives of Russia", "a spokesman for the ministry"
      const ofHead = headOf(toks, men.first);
      // walk to the first member of its group
      const grp = view.groups[men.group];
      const firstMen = view.mentions[grp[0]];
      const gPrev = toks[firstMen.first - 1];
      const gPrev2 = toks[firstMen.first - 2];
      const gOfHead = headOf(toks, firstMen.first);
      const possessive = toks[men.last + 1]?.lower === "'s";
      // "after Turkey attacked": a subordinator, not a preposition, when the verb follows at once
      const subord =
        !!gPrev &&
        /^(after|before|since|until|as|like)$/.test(gPrev.lower) &&
        view.mentions[grp[grp.length - 1]].last + 1 === first;
      // "was in contact with the Houthis and had asked …": the object of a preposition, past its
      // article ("a team from the OPCW arrived", "after the bloc agreed" stay subjects)
      const pPrep =
        gPrev &&
        gPrev.m < 0 &&
        /^(the|a|an|its|their|his|her|this|these|those)$/.test(gPrev.lower) &&
        gPrev2?.m < 0 &&
        !/^(of|from|after|before|since|until|as|like)$/.test(gPrev2.lower)
          ? gPrev2
          : gPrev;
      // "backed by local clan militias": the object of a preposition past one or two modifiers
      let q = firstMen.first - 1;
      while (
        q >= firstMen.first - 3 &&
        q >= 0 &&
        toks[q].m < 0 &&
        /^[a-z][a-z-]*$/.test(toks[q].text) &&
        !/ing$/.test(toks[q].lower) &&
        !QUANTITY_WORDS.test(toks[q].lower) &&
        !PREPS.has(toks[q].lower) &&
        !SUBJECT_PRONOUNS.has(toks[q].lower) &&
        !verbStarts.has(q) &&
        !AUX.has(toks[q].lower)
      )
        q--;
      const modPrep =
        q >= 0 &&
        toks.slice(q + 1, firstMen.first).some((x) => !DETERMINERS.has(x.lower)) &&
        toks[q].m < 0 &&
        PREPS.has(toks[q].lower) &&
        !/^(of|from|after|before|since|until|as|like)$/.test(toks[q].lower);
      const afterPrep = ((pPrep && pPrep.m < 0 && PREPS.has(pPrep.lower)) || modPrep) && !gOfHead && !subord;
      const objVerb = (k: number) => verbStarts.has(k) && !CLAUSE_VERBS.test(toks[k].lower);
      // "accused Russian officers of torturing the detainees, demanded …": the object of a gerund
      // after a preposition
      const gerundAt = (k: number) =>
        k > 0 && toks[k].m < 0 && /^[a-z]+ing$/.test(toks[k].lower) && PREPS.has(toks[k - 1].lower);
      const afterVerb =
        (gPrev && (objVerb(firstMen.first - 1) || gerundAt(firstMen.first - 1))) ||
        (gPrev2 &&
          (objVerb(firstMen.first - 2) || gerundAt(firstMen.first - 2)) &&
          gPrev &&
          DETERMINERS.has(gPrev.lower));
      if (
        !possessive &&
        !afterPrep &&
        !afterVerb &&
        !(prev && prev.m < 0 && PREPS.has(prev.lower) && !ofHead && !subord && grp.length === 1)
      ) {
        // "the spokesman blamed Indian troops, saying they had attacked": an unresolved "they" is
        // not a single actor further back
        if (unresolvedThey && grp.length === 1) return null;
        // "Russian and Chinese strategic bombers flew …": a generic noun after a compound of
        // modifiers over its adjectives is that compound's
        if (grp.length === 1 && toks[firstMen.first].g) {
          let k = firstMen.first - 1;
          while (k > firstMen.first - 3 && k >= 0 && toks[k].m < 0 && /^[a-z][a-z-]*$/.test(toks[k].text)) k--;
          const mod = k >= 0 && k < firstMen.first - 1 ? toks[k].m : -1;
          if (mod >= 0 && view.mentions[mod].last === k && view.groups[view.mentions[mod].group].length >= 2)
            return view.groups[view.mentions[mod].group];
          // "Trump and Putin said their militaries would cooperate": the forces of the compound that
          // said it
          if (pronouns && toks[firstMen.first - 1]?.lower === 'their') {
            const said = compoundThatSaid(view, firstMen.first - 2, firstMen.first - 6, verbStarts);
            if (said) return said;
          }
        }
        return grp;
      }
      // "Ithilen's militia vowed": the possessor of a subject that names no actor stands for it
      if (possessive && !afterPrep && !afterVerb && possessedHead(toks, men.last + 2, first, verbStarts)) return grp;
      i = firstMen.first - 1;
      steps++;
      continue;
    }
    const l = t.lower;
    // "X and Y said … and that they had agreed …": the compound that said it
    if (pronouns && l === 'they' && toks[i - 1]?.lower === 'that' && toks[i - 2]?.lower === 'and') {
      const said = compoundThatSaid(view, i - 3, -1, verbStarts);
      if (said) return said;
    }
    if (l === 'they' || l === 'we') unresolvedThey = true;
    // a parenthesis after the subject: "the European Union (EU) agree"
    if (l === ')' && parenOpen(toks, i) > 0) {
      i = parenOpen(toks, i) - 1;
      steps++;
      continue;
    }
    if (HARD_BOUNDARY.has(l)) return null;
    if (l === ',') {
      // appositive: "Russia, Assad's top backer, had …" → the mention before the previous comma
      let j = i - 1;
      while (j >= 0 && toks[j].lower !== ',' && !HARD_BOUNDARY.has(toks[j].lower)) j--;
      if (j > 0 && toks[j].lower === ',' && toks[j - 1].m >= 0 && crossedWords <= 2) {
        // "Russia's ambassador to Turkey, Andrei Karlov, was …": the head, not the object of "to"
        // ("… to the United States, Anatoly Antonov, warned": past the article)
        const g = view.groups[view.mentions[toks[j - 1].m].group];
        const gFirst0 = view.mentions[g[0]].first;
        const gFirst = toks[gFirst0 - 1]?.m < 0 && /^(the|a|an)$/.test(toks[gFirst0 - 1].lower) ? gFirst0 - 1 : gFirst0;
        const p = toks[gFirst - 1];
        if (p && p.m < 0 && PREPS.has(p.lower) && p.lower !== 'of') {
          for (let k = gFirst - 2; k >= 0 && k >= gFirst - 4; k--) {
            if (toks[k].m >= 0) {
              const hg = view.groups[view.mentions[toks[k].m].group];
              const hp = toks[view.mentions[hg[0]].first - 1];
              if (
                !hp ||
                hp.m >= 0 ||
                !PREPS.has(hp.lower) ||
                /^(after|before|since|until|as|when|like)$/.test(hp.lower)
              )
                return hg;
              break;
            }
            if (HARD_BOUNDARY.has(toks[k].lower) || toks[k].lower === ',') break;
          }
        }
        return g;
      }
      if (crossedWords <= 2) {
        // the clause before is introductory: look inside the appositive for a mention
        i--;
        steps++;
        continue;
      }
      return null;
    }
    if ((l === 'who' || l === 'which' || l === 'that') && crossedWords === 0) {
      let j = i - 1;
      if (toks[j]?.lower === ',') j--;
      if (j >= 0 && toks[j].m >= 0) {
        // "the chemical attack on Khan Sheikhoun, which killed …": the attack did it, so its doer
        const men = view.mentions[toks[j].m];
        let a = men.first - 1;
        if (toks[a]?.lower === 'the') a--;
        // ("the bombing in Damascus that killed two diplomats": likewise, with no comma)
        if (/^(on|against|in|near|at)$/.test(toks[a]?.lower ?? '') && ATTACK_NOUNS.test(toks[a - 1]?.lower ?? ''))
          return attackDoer(view, a - 1, verbStarts);
        return [toks[j].m];
      }
      return null;
    }
    if (/^(but|while|whereas|although|because|when|if|since|whether|where|after|before|as|until|unless)$/.test(l))
      return null;
    if (
      /^(said|says|say|told|tells|added|stated|announced|noted|insisted|claimed|believes|believe|thinks|think)$/.test(l)
    ) {
      // "X said the move was illegal and urged …": a predicate coordinated after the reported
      // clause is the speaker's
      if (
        pronouns &&
        toks[first - 1]?.lower === 'and' &&
        /^[a-z]+ed$/.test(toks[first]?.lower ?? '') &&
        toks[i - 1]?.m >= 0
      )
        return findSubject(view, verbGroup(toks, i).first, verbStarts, pronouns);
      return null;
    }
    if (l === 'that' || l === 'who' || l === 'which') return null;
    crossedWords++;
    i--;
    steps++;
  }
  return null;
}

/**
 * "A suicide bombing claimed by X killed …", "a strike carried out by X hit …": the subject noun
 * names no actor, but the agent of the participle that modifies it is the doer. The agent must
 * end right before the verb group and follow "<participle> by".
 */
export function reducedAgentSubject(view: SentenceView, first: number): number[] | null {
  const toks = view.toks;
  const last = toks[first - 1];
  if (!last || last.m < 0) return null;
  const men = view.mentions[last.m];
  const grp = view.groups[men.group];
  const head = view.mentions[grp[0]];
  // "claimed by [the] rebels"
  const at = /^(the|a|an)$/.test(toks[head.first - 1]?.lower ?? '') ? head.first - 1 : head.first;
  const by = toks[at - 1];
  const part = toks[at - 2];
  let p = at - 2;
  // "carried out by"
  if (part && /^(out|off)$/.test(part.lower)) p--;
  const participle = toks[p];
  if (by?.lower !== 'by' || !participle || participle.m >= 0 || !/^[a-z]+(ed|en|wn|ght)$/.test(participle.lower))
    return null;
  // the participle must follow a noun (the subject), not an auxiliary ("was claimed by")
  const before = toks[p - 1];
  if (!before || before.m >= 0 || AUX.has(before.lower) || !/^[a-z][a-z-]*$/.test(before.lower)) return null;
  return grp;
}

/** Tokens [from, to) are a short possessed noun head ("militia", "death toll", "new mayor"). */
function possessedHead(toks: VToken[], from: number, to: number, verbStarts: Set<number>): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (
      t.m >= 0 ||
      verbStarts.has(i) ||
      !/^[a-z][a-z-]*$/.test(t.lower) ||
      PREPS.has(t.lower) ||
      AUX.has(t.lower) ||
      (NOT_NOUN.has(t.lower) && t.lower !== 'and')
    )
      return false;
  }
  return true;
}

/** "Speaking by phone with X, Trump discussed …": an -ing clause at the start takes the main subject. */
export function participialSubject(view: SentenceView, v: number, first: number): number[] | null {
  const toks = view.toks;
  if (first > 1 || !/ing$/.test(toks[v].lower)) return null;
  let i = v + 1;
  while (i < toks.length && toks[i].lower !== ',') {
    if (HARD_BOUNDARY.has(toks[i].lower)) return null;
    i++;
  }
  for (let j = i + 1; j < toks.length && j < i + 8; j++) {
    if (toks[j].m >= 0) return view.groups[view.mentions[toks[j].m].group];
    if (HARD_BOUNDARY.has(toks[j].lower)) return null;
  }
  return null;
}

/**
 * After an addressee: "[that] he/SPEAKER would|will …" where the subject is the speaker.
 * Returns the index of the modal, or -1.
 */
export function promisedAction(view: SentenceView, from: number, isSpeaker: (m: number) => boolean): number {
  const toks = view.toks;
  let i = from;
  if (toks[i]?.lower === 'that') i++;
  const t = toks[i];
  if (!t) return -1;
  const subj = t.m >= 0 ? isSpeaker(t.m) : /^(he|she|we|i)$/.test(t.lower);
  if (!subj) return -1;
  const j = t.m >= 0 ? view.mentions[t.m].last + 1 : i + 1;
  // (not "the army had told him it could not hold out": what one cannot do is no promise)
  if (/^(not|never|n't)$/.test(toks[j + 1]?.lower ?? '')) return -1;
  return toks[j] && /^(would|will|'ll|could|intends|planned|plans)$/.test(toks[j].lower) ? j : -1;
}

/**
 * "called [OBJECT] [a|an] PREDICATE": OBJECT is a mention, a pronoun ("it", "them") or a short
 * noun phrase ("the strikes", "the decision"); PREDICATE is a noun phrase, possibly in quotation
 * marks ("a stab in the back", "a big mistake"). Null when the words do not have this shape
 * ("called on X", "called for talks", "called X by phone").
 */

export function namingPredicate(
  view: SentenceView,
  from: number,
  as = false,
): { obj: number[] | null; praise: boolean } | null {
  const toks = view.toks;
  let i = from;
  let obj: number[] | null = null;
  const t = toks[i];
  if (!t) return null;
  if (t.m >= 0) {
    obj = view.groups[view.mentions[t.m].group];
    i = view.mentions[obj[obj.length - 1]].last + 1;
    // "called Trump, May and Macron criminals": past the rest of a list of names the resolver missed
    for (let n = 0; n < 8 && toks[i] && /^(,|and|[A-Z][\w-]*)$/.test(toks[i].text); n++) {
      if (toks[i].m >= 0) obj = [...obj, ...view.groups[view.mentions[toks[i].m].group]];
      i = toks[i].m >= 0 ? view.mentions[toks[i].m].last + 1 : i + 1;
    }
    // 'called Russia's emergency meeting of the Security Council "a stunt"': the party's act
    if (toks[i]?.lower === "'s" || toks[i]?.lower === '’s') {
      i++;
      for (let n = 0; n < 8 && toks[i] && !/^(a|an|as)$/.test(toks[i].lower) && !/^["“'‘]$/.test(toks[i].lower); n++) {
        if (isBoundary(toks[i]) || CRITICISM_WORDS.test(toks[i].lower) || PRAISE_WORDS.test(toks[i].lower)) break;
        i = toks[i].m >= 0 ? view.mentions[toks[i].m].last + 1 : i + 1;
      }
    }
  } else if (/^(it|them|this|that|him|her)$/.test(t.lower)) {
    i++;
  } else if (/^(the|this|that|its|their|his|her|these|those)$/.test(t.lower)) {
    // "the move", "the Chinese reaction" (a mention inside the object names whose act it is)
    // ("the attack on the convoy a possible war crime": up to six words)
    let n = 0;
    i++;
    while (toks[i] && n < 6) {
      if (toks[i].m >= 0) {
        obj ??= view.groups[view.mentions[toks[i].m].group];
        i = view.mentions[toks[i].m].last + 1;
      } else if (/^[a-z][a-z-]*$/.test(toks[i].lower) && !/^(a|an|as)$/.test(toks[i].lower)) {
        if (CRITICISM_WORDS.test(toks[i].lower) || PRAISE_WORDS.test(toks[i].lower)) break;
        i++;
      } else break;
      n++;
    }
    if (n === 0) return null;
  } else return null;
  let k = i;
  // "described the decision as unfriendly"
  if (as) {
    if (toks[k]?.lower !== 'as') return null;
    k++;
  }
  if (toks[k] && /^["“'‘]$/.test(toks[k].lower)) k++;
  if (!toks[k]) return null;
  // "called X a Y" or a bare predicate adjective: "called the move reckless", "called it deeply irresponsible"
  if (/^(a|an)$/.test(toks[k].lower)) {
    k++;
    // ('called the strike a "blatant aggression"')
    if (toks[k] && /^["“'‘]$/.test(toks[k].lower)) k++;
  } else {
    let a = k;
    while (toks[a] && /^(very|deeply|highly|extremely|totally|completely|utterly|so|most|more)$/.test(toks[a].lower))
      a++;
    if (!toks[a] || !(CRITICISM_WORDS.test(toks[a].lower) || PRAISE_WORDS.test(toks[a].lower))) return null;
  }
  const words: string[] = [];
  for (let j = k; j < toks.length && words.length < 5; j++) {
    // (a generic agent may be the predicate: "called them criminals")
    if (!/^[a-z][a-z-]*$/.test(toks[j].text) || (toks[j].m >= 0 && !CRITICISM_WORDS.test(toks[j].lower))) break;
    words.push(toks[j].lower);
  }
  // ("a reward for terrorism", "a reward for Hamas": criticism)
  const criticism = words.some((w, n) => CRITICISM_WORDS.test(w) || (w === 'reward' && words[n + 1] === 'for'));
  const praise = !criticism && words.some((w) => PRAISE_WORDS.test(w));
  if (!praise && !criticism) return null;
  return { obj, praise };
}

/** Mention right after the verb (0–2 words), e.g. "told Putin", "told the Russian leader". */
export function directObject(view: SentenceView, from: number): number[] | null {
  const toks = view.toks;
  for (let i = from; i < toks.length && i < from + 3; i++) {
    // "told a Security Council meeting": the mention names the gathering, not the addressee
    if (toks[i].m >= 0)
      return nounModifier(view, view.mentions[toks[i].m]) ? null : view.groups[view.mentions[toks[i].m].group];
    if (!DETERMINERS.has(toks[i].lower)) return null;
  }
  return null;
}

/** Words that open a new clause: a target is not looked for past them. */
const CLAUSE_OPENERS = new Set([
  'since',
  'after',
  'before',
  'when',
  'while',
  'until',
  'because',
  'if',
  'although',
  'though',
  'whether',
  'unless',
  'whereas',
  'so',
  'as',
  'where',
  'amid',
]);

/** Nouns naming a gathering or an issue: a mention before them names it ("the G20 summit"). */
const VENUE_NOUNS = new Set([
  'talks',
  'summit',
  'conference',
  'meeting',
  'meetings',
  'negotiations',
  'process',
  'peace',
  'crisis',
  'war',
  'conflict',
  'issue',
  'question',
  'file',
  'dialogue',
  'forum',
  'track',
  'format',
  'sidelines',
  'session',
  'envoy',
  'policy',
  'situation',
  'border',
  'region',
  'capital',
  'city',
  'province',
  'countryside',
  'airbase',
  'truce',
  'plan',
  'deal',
  'ceasefire',
  'accord',
  'agreement',
  'strategy',
  'file',
  'campaign',
  // documents named for where they were signed: "the Geneva communique", "the Minsk protocol"
  'communique',
  'communiqué',
  'declaration',
  'protocol',
]);

/**
 * A mention used as a noun modifier of a gathering or an issue ("the G20 summit", "the Syria
 * peace talks", "the Syrian crisis"): it names the thing, it is not a party to a non-violent event.
 */
export function nounModifier(view: SentenceView, men: { first: number; last: number }): boolean {
  const next = view.toks[men.last + 1];
  return !!next && next.m < 0 && VENUE_NOUNS.has(next.lower);
}

/** Nouns after a possessive that name a place or a part of a country, not something it did. */
const PLACE_NOUNS =
  /^(capital|city|cities|town|towns|border|borders|region|regions|territory|territories|province|provinces|soil|airspace|waters|coast|north|south|east|west|embassy|consulate|people|citizens|nationals|population|economy|parliament|president|leader|government|foreign|prime|defence|defense|army|military|ambassador|envoy|minister|king|queen)$/;

/**
 * "praised China's peace plan", "condemned Russia's annexation", "rejected Sweden's bid": after a
 * verb of support, criticism, rejection, demand or threat, the possessor of the object is whom the
 * act is aimed at — unless the possessed noun is a place or an official of it ("visited Russia's
 * capital", "met Iran's president": the official is the party, and is a mention of its own).
 */
function possessorOfAct(view: SentenceView, after: number, root: string): boolean {
  if (!/^(03|05|06|10|11|12|13|14)$/.test(root)) return false;
  const toks = view.toks;
  for (let i = after; i < toks.length && i < after + 4; i++) {
    const t = toks[i];
    if (t.m >= 0 || isBoundary(t)) return false;
    if (PLACE_NOUNS.test(t.lower)) return false;
    // the head noun: the last word before a preposition, a verb or the clause end
    const next = toks[i + 1];
    if (!next || next.m >= 0 || PREPS.has(next.lower) || isBoundary(next) || /^(to|that|and|or)$/.test(next.lower))
      return /^[a-z-]+$/.test(t.lower);
  }
  return false;
}

/**
 * Weapons named as an agent ("artillery", "ballistic missiles", "a drone"): in a violent act they
 * are what is fired, never whom it hits ("fired artillery at rebel positions", "shot down drones
 * launched by the Houthis" — the party is the one named after them).
 */
const INSTRUMENT_RE =
  /^(?:(?:a|an|the|two|three|several|dozens of|[\d,]+)\s+)?(?:[\w-]+\s+){0,2}(?:artillery|missiles?|rockets?|drones?|shells?|bombs?|mortars?|munitions|grenades|projectiles|warheads?|torpedo(?:e?s)?|cannons?|weapons|ordnance|UAVs?)$/i;

/**
 * "condemned an Iranian missile attack on …", "denounced Russia's invasion of …": the mention that
 * modifies the condemned act's noun, right after the verb (its group), else null.
 */
export function condemnedDoer(view: SentenceView, from: number, acts: RegExp): number[] | null {
  const toks = view.toks;
  let i = from;
  while (i < toks.length && DETERMINERS.has(toks[i].lower)) i++;
  if (i >= toks.length || toks[i].m < 0) return null;
  const men = view.mentions[toks[i].m];
  if (men.first !== i) return null;
  let j = men.last + 1;
  // "the Russian-Turkish deal": both
  if (toks[j]?.lower === '-' && toks[j + 1]?.m >= 0) {
    const other = view.mentions[toks[j + 1].m];
    const rest = condemnedDoer(view, other.first, acts);
    return rest ? [...view.groups[men.group], ...rest] : null;
  }
  const possessive = toks[j]?.lower === "'s" || toks[j]?.lower === '’s';
  if (possessive) j++;
  // up to two more words before the act: "missile attack", "military offensive", "air strikes"
  // (and a participle after a hyphen: "the US-brokered ceasefire plan")
  if (/^-?(brokered|backed|drafted|proposed|sponsored|mediated|led|funded|made)$/.test(toks[j]?.lower ?? '')) j++;
  else if (
    toks[j]?.lower === '-' &&
    /^(brokered|backed|drafted|proposed|sponsored|mediated|led)$/.test(toks[j + 1]?.lower ?? '')
  )
    j += 2;
  for (let k = j; k < toks.length && k <= j + 2; k++) {
    const w = toks[k];
    // ("Ukraine's NATO membership": past the organisation the act concerns, right after the possessive)
    if (w.m >= 0 && k === j && possessive && view.mentions[w.m].first === k) {
      k = view.mentions[w.m].last;
      continue;
    }
    if (w.m >= 0 || isBoundary(w)) return null;
    if (acts.test(w.lower)) return view.groups[men.group];
    if (!/^[a-z-]+$/.test(w.lower)) return null;
  }
  return null;
}

/** Acts and words of a party a reaction may be to: "Russia's refusal", "Germany's call". */
const OWNED_ACTS =
  /^(refusal|rejection|decision|call|calls|move|plan|proposal|offer|bid|attack|strikes?|invasion|annexation|actions?|statements?|remarks|comments|threats?|accusations?|claims?|demands?|request|withdrawal|deployment|expulsion|arrest|detention|recognition|veto|vote|rules|laws?|measures|polic(?:y|ies)|sanctions)$/;

/**
 * "Russia's refusal to extend the deal was criticised by the UN": the party whose act heads the
 * clause of the verb group at `first` (a possessive at the clause start), or null.
 */
export function clauseActOwner(view: SentenceView, first: number): number[] | null {
  const toks = view.toks;
  let s = first - 1;
  while (s > 0 && toks[s - 1].lower !== ',' && !HARD_BOUNDARY.has(toks[s - 1].lower)) s--;
  while (s < first && toks[s].m < 0 && /^(the|a|an)$/.test(toks[s].lower)) s++;
  // ("the threat by Russia to cut off gas supplies drew condemnation …": the act's by-agent)
  if (OWNED_ACTS.test(toks[s]?.lower ?? '') && toks[s + 1]?.lower === 'by') {
    const by = toks[s + 2]?.m ?? -1;
    return by >= 0 && view.mentions[by].first === s + 2 ? view.groups[view.mentions[by].group] : null;
  }
  const at = toks[s]?.m ?? -1;
  if (at < 0 || view.mentions[at].first !== s) return null;
  const after = view.mentions[view.groups[view.mentions[at].group].at(-1)!].last + 1;
  if (!/^['’]s$/.test(toks[after]?.lower ?? '')) return null;
  // (past up to two modifiers: "China's new security law")
  let h = after + 1;
  while (
    h < after + 3 &&
    toks[h] &&
    toks[h].m < 0 &&
    /^[a-z-]+$/.test(toks[h].lower) &&
    !OWNED_ACTS.test(toks[h].lower)
  )
    h++;
  return OWNED_ACTS.test(toks[h]?.lower ?? '') && toks[h].m < 0 ? view.groups[view.mentions[at].group] : null;
}

/**
 * The token of a noun matching `head` within four plain words from `from` ("the new US-brokered
 * plan", "the military takeover"), or -1 (a mention or other token first ends the search).
 */
function headAhead(toks: VToken[], from: number, head: RegExp): number {
  let i = from;
  while (
    i < toks.length &&
    i < from + 4 &&
    toks[i].m < 0 &&
    !head.test(toks[i].lower) &&
    /^[a-z-]+$/.test(toks[i].lower)
  )
    i++;
  return toks[i] && toks[i].m < 0 && head.test(toks[i].lower) ? i : -1;
}

/** Seizures of power: "the coup in Niger", "the military takeover in Gabon". */
const COUPS = /^(coup|takeover|putsch|mutiny|overthrow)$/;

/**
 * "condemned the coup in Niger": the country a seizure of power (right after `from`) took place in,
 * whose soldiers seized it; else null.
 */
export function coupCountry(view: SentenceView, from: number): number[] | null {
  const toks = view.toks;
  const i = headAhead(toks, from, COUPS);
  if (i < 0 || toks[i + 1]?.lower !== 'in') return null;
  const at = toks[i + 2]?.m ?? -1;
  return at >= 0 && view.mentions[at].first === i + 2 ? view.groups[view.mentions[at].group] : null;
}

/**
 * "condemned the attack on the peacekeepers": the target mentions `tgt` are the victims of a hostile
 * act named right before them ("attack on", "strikes against").
 */
export function victimsOf(view: SentenceView, tgt: number[]): boolean {
  if (!tgt.length) return false;
  const toks = view.toks;
  let k = view.mentions[tgt[0]].first - 1;
  if (/^(the|a|an|its|their)$/.test(toks[k]?.lower ?? '')) k--;
  return /^(on|against)$/.test(toks[k]?.lower ?? '') && VICTIM_ACTS.test(toks[k - 1]?.lower ?? '');
}
const VICTIM_ACTS =
  /^(attacks?|strikes?|airstrikes?|assaults?|raids?|bombings?|shelling|bombardment|ambush|offensive|crackdown)$/;

/**
 * "approved the resolution drafted by Russia and Turkey", "rejected the plan put forward by
 * Washington": the author named after the judged noun (which starts at `from`), or null.
 */
export function authorAfter(view: SentenceView, from: number, acts: RegExp, fromAuthor = false): number[] | null {
  const toks = view.toks;
  const i = headAhead(toks, from, acts);
  if (i < 0) return null;
  let j = i + 1;
  // ("dismissed the accusations by Kyiv", "the appeal from Transnistria": the author right after;
  // "from" only when `fromAuthor`, as for proposals — an attack "from Gaza" is a place)
  if (toks[j]?.lower === 'by' || (toks[j]?.lower === 'from' && fromAuthor)) j--;
  else if (toks[j]?.lower === 'put' && toks[j + 1]?.lower === 'forward') j++;
  else if (
    !/^(drafted|proposed|forward|sponsored|submitted|tabled|brokered|presented|floated|offered)$/.test(
      toks[j]?.lower ?? '',
    )
  )
    return null;
  if (toks[j + 1]?.lower !== 'by' && !(fromAuthor && toks[j + 1]?.lower === 'from')) return null;
  let k = j + 2;
  while (toks[k] && toks[k].m < 0 && DETERMINERS.has(toks[k].lower)) k++;
  return toks[k]?.m >= 0 ? view.groups[view.mentions[toks[k].m].group] : null;
}

/**
 * "any role for Turkey", "the involvement of Iran", "a Kurdish presence": the party whose part in
 * something the object names (right after the verb), or null.
 */
export function rolePlayer(view: SentenceView, from: number): number[] | null {
  const toks = view.toks;
  let k = from;
  while (k < from + 3 && toks[k] && toks[k].m < 0 && /^(any|a|an|the|its|their|further|future)$/.test(toks[k].lower))
    k++;
  if (toks[k]?.m >= 0) {
    // "a Turkish role": the mention modifies the part named after it
    const men = view.mentions[toks[k].m];
    return ROLE_NOUNS.test(toks[men.last + 1]?.lower ?? '') ? view.groups[men.group] : null;
  }
  if (!ROLE_NOUNS.test(toks[k]?.lower ?? '') || !/^(for|of|by)$/.test(toks[k + 1]?.lower ?? '')) return null;
  let j = k + 2;
  while (j < k + 4 && toks[j] && toks[j].m < 0 && /^(the|a|an)$/.test(toks[j].lower)) j++;
  return toks[j]?.m >= 0 ? view.groups[view.mentions[toks[j].m].group] : null;
}
const ROLE_NOUNS = /^(role|roles|involvement|presence|participation|part|interference|meddling)$/;

/** "the two sides", "both leaders", "the three guarantor states": one mention naming a pair or a group. */
export function namesPair(view: SentenceView, m: number): boolean {
  const vm = view.mentions[m];
  const words = view.toks.slice(Math.max(0, vm.first - 3), vm.last + 1).map((t) => t.lower);
  return (
    words.some((w) => /^(two|both|three|four|five)$/.test(w)) &&
    /^(sides|leaders|countries|men|parties|nations|governments|presidents|ministers|delegations|powers|states|guarantors)$/.test(
      words.at(-1)!,
    )
  );
}

/**
 * A mention inside the topic of an act rather than a party to it: after "on / over / about / in"
 * (past a few modifiers and "of": "on the evacuation of eastern Aleppo"), not after "with", "to" or
 * "under the auspices of".
 */
export function topicOf(view: SentenceView, first: number): boolean {
  const toks = view.toks;
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const l = toks[k].lower;
    if (toks[k].m >= 0 || isBoundary(toks[k])) return false;
    if (l === 'of') continue;
    // ("pledged support for the Syrian government": whom support is for is its recipient)
    if (l === 'for' && /^(support|backing|aid|assistance|help)$/.test(toks[k - 1]?.lower ?? '')) return false;
    if (/^(on|over|about|in|for|around|near)$/.test(l)) return true;
    if (PREPS.has(l)) return false;
  }
  return false;
}

/**
 * The party an order is given to: the mention right after the verb (past determiners and
 * quantities: "all local NGOs", "about 1.1 million people") when "to" and a bare verb follow it
 * within a few words ("ordered Israel on Friday to take …", "told people in northern Gaza to move").
 */
export function orderedParty(
  view: SentenceView,
  end: number,
): { group: number[]; verb: string; countries?: boolean } | null {
  const toks = view.toks;
  let k = end;
  while (k < end + 5 && k < toks.length && toks[k].m < 0) {
    if (isBoundary(toks[k]) || toks[k].lower === 'to' || toks[k].lower === 'that') return null;
    k++;
  }
  const m = toks[k]?.m ?? -1;
  // ("would tell his government to start talks": one's own people)
  if (m < 0 || /^(his|her|its|their|our|my)$/.test(toks[k - 1]?.lower ?? '')) return null;
  let group = view.groups[view.mentions[m].group];
  let j = view.mentions[group[group.length - 1]].last + 1;
  // "ordered diplomats from seven Latin American countries, including Argentina, Chile and Peru,
  // to leave": the object's "from / of" phrase, and the countries it lists
  const from = /^(from|of)$/.test(toks[j]?.lower ?? '');
  let listed = false;
  for (const stop = j + (from ? 18 : 6); j < stop && j < toks.length; j++) {
    const l = toks[j].lower;
    if (l === 'to') {
      const v = toks[j + 1]?.lower ?? '';
      // (not "ordered Navalny to be held in custody": what is done to the party, not asked of it)
      return /^[a-z]+$/.test(v) && !/(ed|ing)$/.test(v) && !DETERMINERS.has(v) && v !== 'be'
        ? { group, verb: v, ...(listed ? { countries: true } : {}) }
        : null;
    }
    if (from && toks[j].m >= 0 && toks[j - 1]?.lower === 'including') {
      // (the listed ones only: "European countries, including Spain" may be read as one list)
      const at = j;
      group = view.groups[view.mentions[toks[j].m].group].filter((g) => view.mentions[g].first >= at);
      listed = /^(diplomats?|ambassadors?|envoys?|embassy staff)$/i.test(view.mentions[m].text);
      j = view.mentions[group[group.length - 1]].last;
      continue;
    }
    // (a list after "from": "from seven countries, including A, B and C,")
    if (from && (l === ',' || l === 'including')) continue;
    if (isBoundary(toks[j]) || l === 'that') return null;
  }
  return null;
}

const AID_CARGO = /^(aid|food|medicine|medicines|medical|fuel|relief|humanitarian|flour|supplies)$/;
const AID_CARRIERS = /^(trucks?|lorries|lorry|convoys?|ships?|shipments?|flights?|planes?|vessels?|airdrops?)$/;

/**
 * The place aid arrives in, when the subject before `first` names a cargo of aid and its carriers
 * ("trucks carrying food, medicine and fuel", "the first aid convoy") and no actor: the mention
 * right after the verb ("entered Gaza", "arrived in Port Sudan"); else -1 (as null).
 */
export function aidArrival(
  view: SentenceView,
  first: number,
  end: number,
): { place: number; senders: number[] | null } | null {
  const toks = view.toks;
  let cargo = false;
  let carriers = false;
  let senders: number[] | null = null;
  for (let k = first - 1; k >= 0 && k >= first - 24; k--) {
    const t = toks[k];
    if (t.m >= 0) {
      // "lorries from the United Nations, the ICRC and the Syrian Arab Red Crescent": the senders
      const grp = view.groups[view.mentions[t.m].group];
      let b = view.mentions[grp[0]].first - 1;
      if (toks[b]?.lower === 'the') b--;
      if (senders || toks[b]?.lower !== 'from' || b < 1 || !AID_CARRIERS.test(toks[b - 1].lower)) break;
      senders = grp;
      k = b;
      continue;
    }
    // (a list of cargo: "food, medicine and fuel")
    if (HARD_BOUNDARY.has(t.lower) || t.lower === ';') break;
    if (AID_CARGO.test(t.lower)) cargo = true;
    if (AID_CARRIERS.test(t.lower)) carriers = true;
  }
  if (!carriers) return null;
  let k = end;
  // ("entered the town of Douma")
  while (
    k < end + 5 &&
    toks[k] &&
    toks[k].m < 0 &&
    /^(in|into|at|the|town|city|village|of|besieged|enclave|region|province|area)$/.test(toks[k].lower)
  )
    k++;
  const m = toks[k]?.m ?? -1;
  if (m < 0 || view.mentions[m].first !== k) return null;
  // (the cargo may follow: "…, carrying food for 27,500 people as well as medical supplies")
  if (!cargo) {
    const after = view.mentions[m].last + 1;
    const carrying = toks.slice(after, after + 8).findIndex((t) => /^(carrying|bringing|with|loaded)$/.test(t.lower));
    cargo =
      carrying >= 0 &&
      toks.slice(after + carrying + 1, after + carrying + 12).some((t) => AID_CARGO.test(t.lower) && t.m < 0);
  }
  return cargo ? { place: m, senders } : null;
}

/** Heads of a mention that names visitors received: "a Russian delegation", "the Iranian envoy". */
const GUEST_HEADS = /\b(?:delegations?|envoys?|emissar(?:y|ies)|counterparts?|foreign ministers?|prime ministers?)$/i;

/** A guest right after "received" (past determiners): "received a Russian delegation led by …". */
export function receivedGuest(view: SentenceView, end: number): boolean {
  const toks = view.toks;
  let k = end;
  while (k < end + 2 && toks[k] && toks[k].m < 0 && DETERMINERS.has(toks[k].lower)) k++;
  const m = toks[k]?.m ?? -1;
  return m >= 0 && view.mentions[m].first === k && GUEST_HEADS.test(view.mentions[m].text);
}

/** Verbs asking for what their that-clause says ("demanded that Assad step down"). */
const REQUEST_THAT =
  /^(demand|demands|demanded|demanding|urge|urges|urged|urging|insist|insists|insisted|insisting|ask|asks|asked|asking|request|requests|requested|requesting|propose|proposes|proposed|proposing|recommend|recommends|recommended|suggest|suggests|suggested)$/;

/** The subject of a that-clause at `k` when it is followed by a bare verb or "should/must". */
export function requestedThatSubject(view: SentenceView, k: number): number[] | null {
  const toks = view.toks;
  while (k < toks.length && toks[k].m < 0 && DETERMINERS.has(toks[k].lower)) k++;
  const m = toks[k]?.m ?? -1;
  if (m < 0 || view.mentions[m].first !== k) return null;
  const group = view.groups[view.mentions[m].group];
  const after = toks[view.mentions[group[group.length - 1]].last + 1];
  if (!after || after.m >= 0) return null;
  // "that Assad step down" (a bare verb: not "-s", "-ed"), "that Israel should halt", "must"
  return /^(should|must|be|not)$/.test(after.lower) || (/^[a-z]+$/.test(after.lower) && !/(s|ed)$/.test(after.lower))
    ? group
    : null;
}

/**
 * A verb group at `first` whose subject opens a that-clause of a request: "demanded that Assad
 * [should] step down".
 */
export function requestedClause(view: SentenceView, first: number): boolean {
  const toks = view.toks;
  let k = first - 1;
  if (k < 0 || toks[k].m < 0) return false;
  const men = view.mentions[toks[k].m];
  const group = view.groups[men.group];
  k = view.mentions[group[0]].first - 1;
  while (k > 0 && toks[k].m < 0 && DETERMINERS.has(toks[k].lower)) k--;
  if (toks[k]?.lower !== 'that') return false;
  return REQUEST_THAT.test(toks[k - 1]?.lower ?? '') && requestedThatSubject(view, k + 1) !== null;
}

/** Decisions a mention may modify ("the U.S. move", "the Russian decision"): not a subject. */
const DECISION_HEADS =
  /^(move|moves|decision|decisions|step|steps|policy|announcement|recognition|approach|stance|position)$/;

/** Words of a quantity before a noun: "at least eight people" is no object of "at". */
const QUANTITY_WORDS =
  /^(least|most|than|about|around|nearly|almost|some|several|many|dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million)$/;

/** Verbs whose object is the weapon they stop: "shot down", "intercepted", "downed". */
const DOWNING_RE = /^(down|downed|downing|intercept|intercepted|intercepting|intercepts)$/;

/** Arrangements a third party brokers, backs or mediates ("under a deal brokered by the Vatican"). */
const BROKERED_NOUNS =
  /^(deals?|agreements?|accords?|talks|plans?|proposals?|resolutions?|ceasefires?|truces?|initiatives?|process|summits?|meetings?|conferences?|negotiations|swaps?|exchanges?)$/;

/** Adjectives of position between a locative preposition and a place ("in northern Shan state"). */
const GEO_ADJECTIVE =
  /^(northern|southern|eastern|western|central|north|south|east|west|(?:north|south)-?(?:east|west)(?:ern)?|coastal|occupied|restive|rural|remote)$/;

/**
 * "condemned what she called China's continued suppression …", "struck what New Delhi said was a
 * camp in Pakistan": the object after a naming clause ("what X called", "what it described as",
 * "what X said was"), whose speaker is no target. The index after it, else `from`.
 */
function pastNaming(view: SentenceView, from: number): number {
  const toks = view.toks;
  if (toks[from]?.lower !== 'what') return from;
  let k = from + 1;
  if (toks[k]?.m >= 0) k = view.mentions[toks[k].m].last + 1;
  else if (/^(he|she|it|they|we)$/.test(toks[k]?.lower ?? '')) k++;
  else return from;
  const said = /^(said|says|claimed|claims|alleged|alleges|believed|believes|insisted|insists)$/.test(
    toks[k]?.lower ?? '',
  );
  if (said && /^(was|were|is|are)$/.test(toks[k + 1]?.lower ?? '')) return k + 2;
  if (!/^(called|calls|described|describes|termed|terms|dubbed|labelled|labeled|branded)$/.test(toks[k]?.lower ?? ''))
    return from;
  k++;
  return toks[k]?.lower === 'as' ? k + 1 : k;
}

/** Default target: the first mention group after the verb within the clause. */
export function findTarget(
  view: SentenceView,
  from: number,
  root: string,
  anyPrep = false,
): { group: number[]; locative: boolean } | null {
  const toks = view.toks;
  const conflict = Number(root) >= 14 || anyPrep;
  let locativeHit: number[] | null = null;
  let crossed = 0;
  from = pastNaming(view, from);
  for (let i = from; i < toks.length && i < from + 12; i++) {
    const t = toks[i];
    if (t.m >= 0) {
      const men = view.mentions[t.m];
      // "shot down Russian drones": what is downed is the target, not an instrument
      if (
        Number(root) >= 18 &&
        INSTRUMENT_RE.test(men.text) &&
        !(
          DOWNING_RE.test(toks[from - 1]?.lower ?? '') &&
          !toks[men.first].g &&
          toks.slice(from, men.first).every((x) => /^(the|a|an|two|three|several|dozens|of|\d[\d,]*)$/.test(x.lower))
        )
      ) {
        i = men.last;
        continue;
      }
      const prev = toks[men.first - 1];
      const prev2 = toks[men.first - 2];
      const possessive = toks[men.last + 1]?.lower === "'s";
      // "under a Vatican-brokered deal", "U.S.-backed forces": the mention modifies what follows
      // (an arrangement only: "Iranian-backed militias" may be all the target there is)
      const nx = toks[men.last + 1];
      const head = /^[-–]$/.test(nx?.lower ?? '') ? men.last + 3 : men.last + 2;
      const hyphenated =
        !!nx &&
        /^[-–](?:[a-z]+ed)?$/.test(nx.lower) &&
        /ed$/.test(toks[head - 1]?.lower ?? '') &&
        BROKERED_NOUNS.test(toks[head]?.lower ?? '');
      if (hyphenated && !anyPrep) {
        i = men.last;
        continue;
      }
      const ofHead = prev?.lower === 'of' && !!prev2 && prev2.m < 0 && GROUP_HEADS.has(prev2.lower);
      // "in Geneva", "met in the Turkish resort of Antalya", "in northern Shan state": a locative
      // preposition (and article) before the mention, over up to two geographic adjectives
      let p = men.first - 1;
      while (p > men.first - 3 && p > 0 && toks[p].m < 0 && GEO_ADJECTIVE.test(toks[p].lower)) p--;
      const locative =
        p >= 0 &&
        toks[p].m < 0 &&
        (LOCATIVE.has(toks[p].lower) ||
          (/^(the|a|an)$/.test(toks[p].lower) && toks[p - 1]?.m < 0 && LOCATIVE.has(toks[p - 1].lower)));
      if (
        prev &&
        prev.m < 0 &&
        (locative || (prev.lower === 'of' && !ofHead) || (!conflict && /^(on|during|throughout)$/.test(prev.lower)))
      ) {
        // "will lift restrictions on Turkish imports", "eased the blockade on Gaza": what a
        // concession is lifted from is its recipient
        if (root === '08' && prev.lower === 'on') return { group: view.groups[men.group], locative: false };
        // a demand or appeal about a place ("demanded a ceasefire across Syria") concerns that country
        if ((conflict || root === '02' || root === '07' || root === '10') && !locativeHit)
          locativeHit = view.groups[men.group];
      } else if (
        root === '04' &&
        !anyPrep &&
        crossed > 0 &&
        !(prev && prev.m < 0 && /^(with|to|between|and)$/.test(prev.lower))
      ) {
        // "met … to discuss coordinating strikes against X": X is a topic, not a party of the meeting
      } else if (!conflict && nounModifier(view, men)) {
        // "attend the Syria peace talks": Syria names the talks, it is not their party
      } else if (!possessive || conflict || possessorOfAct(view, men.last + 2, root)) {
        return { group: view.groups[men.group], locative: false };
      }
      i = men.last;
      continue;
    }
    // PETRARCH reads the whole verb phrase: a comma inside a noun phrase ("complete, full ties"),
    // the subject of a "that" clause and participle modifiers ("roads leading into X") do not end it
    const npComma =
      anyPrep &&
      t.lower === ',' &&
      i > from &&
      /^[a-z]+$/.test(toks[i - 1].lower) &&
      /^[a-z]+$/.test(toks[i + 1]?.text ?? '');
    const complementizer = t.lower === 'that' || t.lower === 'whether';
    // "welcomed the agreement and said the UN …": a speech verb opens a new clause
    // ("welcomed the agreement and hoped it would …": so does a verb of hoping)
    if (!anyPrep && (SPEECH_WORDS.test(t.lower) || HOPING.test(t.lower))) break;
    if (!npComma && (isBoundary(t) || (complementizer ? !anyPrep : CLAUSE_OPENERS.has(t.lower)))) break;
    if (!DETERMINERS.has(t.lower) && !PREPS.has(t.lower)) crossed++;
    // "threatened to drive X out": the threatened act's object is the target
    if (
      t.lower === 'to' &&
      root !== '13' &&
      toks[i + 1]?.m < 0 &&
      /^[a-z]+$/.test(toks[i + 1]?.lower ?? '') &&
      !DETERMINERS.has(toks[i + 1].lower)
    )
      break;
    // "under a deal brokered by the Vatican": the agent of a reduced relative is not the verb's object
    if (
      !anyPrep &&
      i > from &&
      /^[a-z]{3,}ed$/.test(t.lower) &&
      toks[i + 1]?.lower === 'by' &&
      BROKERED_NOUNS.test(toks[i - 1].lower)
    )
      break;
    // a participle clause ("a deal enabling civilians to leave") is not the verb's object
    if (
      !anyPrep &&
      i >= from &&
      /^[a-z]{3,}ing$/.test(t.lower) &&
      !DETERMINERS.has(toks[i - 1].lower) &&
      !PREPS.has(toks[i - 1].lower)
    )
      break;
  }
  return locativeHit ? { group: locativeHit, locative: true } : null;
}

/** Target of a nominal trigger: "strikes on X", "talks with X", "attack against X". */
export function findTargetNominal(view: SentenceView, from: number, root: string, ofPatient = false): number[] | null {
  const toks = view.toks;
  const p = toks[from];
  // "the annexation of X", "the expulsion of [X's] diplomats": the of-phrase names the patient
  if (ofPatient && p?.lower === 'of') {
    for (let i = from + 1; i < toks.length && i < from + 5; i++) {
      if (toks[i].m >= 0) return view.groups[view.mentions[toks[i].m].group];
      if (isBoundary(toks[i]) || toks[i].lower === 'by') return null;
    }
    return null;
  }
  // "strikes on/against X"; "talks/cooperation with X" ("cooperation against X": X is the common enemy)
  if (root === '08' && p?.lower === 'of') {
    // "a withdrawal of [the 2,000] troops in/from X": the place the retreat is from
    for (let i = from + 1; i < toks.length && i < from + 10; i++) {
      if (isBoundary(toks[i])) return null;
      if (toks[i].m >= 0 && /^(in|from)$/.test(toks[i - 1].lower)) return view.groups[view.mentions[toks[i].m].group];
    }
    return null;
  }
  const preps =
    Number(root) >= 11
      ? /^(on|against|at|into|to|with)$/
      : root === '08'
        ? /^(from)$/
        : root === '09'
          ? /^(into|of)$/
          : /^(with|to|for)$/;
  if (!p || !preps.test(p.lower)) return null;
  for (let i = from + 1; i < toks.length && i < from + 6; i++) {
    if (toks[i].m >= 0) {
      // ("to the U.N.-authorized Libya mission": a party in a hyphenated modifier is no target)
      const m = view.mentions[toks[i].m];
      if (
        toks[m.last + 1]?.lower === '-' &&
        /^(authori[sz]ed|led|backed|brokered|sponsored|mandated)$/.test(toks[m.last + 2]?.lower ?? '')
      ) {
        i = m.last + 2;
        continue;
      }
      return view.groups[m.group];
    }
    if (isBoundary(toks[i])) return null;
  }
  return null;
}

/** Nominals whose of-phrase is the patient (the one acted on): coercion, force, reduced relations, release, recognition. */
export function ofTakesPatient(code: string): boolean {
  return /^(1[6-9]|054|084)/.test(code);
}

/** "of X [words] by Y": the agent Y, when the of-phrase holds a mention and "by" follows soon after it. */
export function agentAfterPatient(view: SentenceView, from: number): number[] | null {
  const toks = view.toks;
  let sawPatient = false;
  for (let i = from; i < toks.length && i < from + 8; i++) {
    const t = toks[i];
    if (t.m >= 0) {
      if (sawPatient && toks[i - 1]?.lower === 'by') return view.groups[view.mentions[t.m].group];
      sawPatient = true;
      i = view.mentions[t.m].last;
      continue;
    }
    if (isBoundary(t)) return null;
  }
  return null;
}

/** Mentions modifying a nominal trigger from the left ("US missile strikes", "Russia's bombing"). */
export function premodifier(view: SentenceView, start: number): number[] | null {
  const toks = view.toks;
  let i = start - 1;
  let skipped = 0;
  while (i >= 0 && skipped <= 2) {
    const t = toks[i];
    if (t.m >= 0 && !(t.g && ADJECTIVAL_AGENTS.has(t.lower))) return view.groups[view.mentions[t.m].group];
    if (t.lower === "'s" || t.lower === '-' || isNominalModifier(t.lower) || ADJECTIVAL_AGENTS.has(t.lower)) {
      i--;
      skipped++;
      continue;
    }
    return null;
  }
  return null;
}
