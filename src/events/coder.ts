/**
 * The sentence coder: finds event triggers (dictionary verbs and nominalisations), picks the
 * source (subject) and target (object) actor mentions, and gives each a CAMEO code.
 *
 * It is independent of where actors come from: callers pass mention spans plus an actor
 * payload, so the same coder runs on pipeline output (src/events/index.ts) and on the
 * PETRARCH unit-test records with their own dictionaries (eval/events-unit.ts).
 *
 * The analyses it relies on live beside it: clause.ts (verb groups and clauses), arguments.ts (the
 * subject, target and other parties of a trigger), codes.ts (default, intent, threat and refusal
 * codes), passes.ts (the sentence passes run after the triggers are coded), lexicon.ts (shared word
 * lists) and coder-types.ts (its types).
 */
import type { VerbForm } from './verbdict.js';
import { isBoundary, type PatternMatch, PatternMatcher, type SentenceView, type VToken } from './patterns.js';
import { buildView, type SpanLike } from './view.js';
import { NominalTriggers } from './nominals.js';
import type { CodedEvent, CoderMention, CoderOptions, Trigger } from './coder-types.js';
import {
  AUX,
  BE,
  DETERMINERS,
  DOCUMENT_HEAD,
  GERUND_AFTER,
  HARM_LEMMAS,
  HOPING,
  LOCATIVE,
  NAMING_LEMMAS,
  PREPS,
  SPEECH_LEMMAS,
  THREAT_GOV,
  VERBAL_ING,
  wordsOf,
} from './lexicon.js';
import {
  advocatedPurpose,
  averted,
  conditionalBefore,
  conditionalClause,
  deniedClause,
  requestedNominal,
  deathToll,
  findAfter,
  infinitiveConjunct,
  invitationAt,
  isNominalModifier,
  joinedCommaParticiple,
  lightVerbBefore,
  modifiesNoun,
  notAnAct,
  participleShape,
  plausibleVerb,
  protestAfter,
  quoteMask,
  reasonGiven,
  requestedOfNoun,
  summonedTo,
  unhesitating,
  verbGroup,
} from './clause.js';
import { defaultCode, defaultCode2, intentCode, refusalCode, threatCode } from './codes.js';
import {
  agentAfterPatient,
  aidArrival,
  antecedentBefore,
  attackPhraseAgent,
  authorAfter,
  victimsOf,
  clauseActOwner,
  condemnedDoer,
  coupCountry,
  directObject,
  findSubject,
  findTarget,
  findTargetNominal,
  judgedObject,
  namesPair,
  namingPredicate,
  nounModifier,
  ofTakesPatient,
  orderedParty,
  participialSubject,
  premodifier,
  promisedAction,
  receivedGuest,
  reducedAgentSubject,
  reducedHead,
  requestedClause,
  requestedThatSubject,
  rivalSides,
  rolePlayer,
  topicOf,
} from './arguments.js';
import {
  actVerdicts,
  allegations,
  announcedTruces,
  claimedAttacks,
  concernVoiced,
  contactsKept,
  type Emission,
  expectedVisits,
  type Hostile,
  hostileClaims,
  impliedProtests,
  obligations,
  occasionParticipants,
  type PassContext,
  passiveAccords,
  reactions,
  reportingVerbs,
  retaliationWarnings,
  type SentenceScope,
  type Speech,
  speechOf,
  verdicts,
} from './passes.js';

export type { CodedEvent, CoderMention, CoderOptions } from './coder-types.js';
export { intentCode } from './codes.js';
export { QUOTED_FIRST } from './passes.js';

/** Words of willingness before a nominal: "open to negotiations", "ready for talks". */
const WILLING_BEFORE = /\b(?:open|ready|willing|prepared)\s+(?:to|for)(?:\s+(?:new|direct|further|fresh|peace))?$/;
/** Nouns of a party's course whose "by X to VERB" names X's act: "the decision by Mali to expel". */
const DECIDED =
  /^(decision|move|plan|bid|offer|proposal|attempt|efforts?|call|calls|request|refusal|threat|pledge|promise)$/;
/** Tags of words that are no verb: nouns, adjectives, adverbs, numbers, prepositions. */
const NOT_VERB_TAG = /^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|RB|CD|IN|DT)$/;
/**
 * Right after a named actor, a tagger that sees words but not names reads the present tense of
 * headlines and ledes ("Russia attacks …", "Israel strikes …") as a plural noun: there only a
 * confident noun reading ("Libyan state TV", "government shells") counts.
 */
const AFTER_NAME_MARGIN = 50;
/** Margin of a past-tense reading that overrides the shape rule for a participle after a noun. */
const FINITE_MARGIN = 25;

/** A sentence's words for the tagger (built on first use) and its answer for the last position asked. */
interface TagMemo {
  words: string[] | null;
  at: number;
  noVerb: boolean;
}

/** Words that, before "to VERB", make VERB an intended (not yet done) action. */
const INTENT_GOV = new Set([
  'agree',
  'agreed',
  'agrees',
  'plan',
  'plans',
  'planned',
  'planning',
  'set',
  'expected',
  'scheduled',
  'due',
  'intend',
  'intends',
  'intended',
  'pledge',
  'pledged',
  'pledges',
  'vow',
  'vowed',
  'vows',
  'promise',
  'promised',
  'promises',
  'want',
  'wants',
  'wanted',
  'hope',
  'hopes',
  'hoped',
  'ready',
  'going',
  'seek',
  'seeks',
  'sought',
  'offer',
  'offered',
  'offers',
  'decide',
  'decided',
  'decides',
  'prepare',
  'prepared',
  'prepares',
  'aim',
  'aims',
  'aimed',
  'willing',
  'poised',
  'likely',
  'about',
  'preparing',
  'try',
  'tried',
  'tries',
  'trying',
  'attempt',
  'attempted',
  'expect',
  'expects',
  'needs',
  'need',
  'able',
  'eager',
  'keen',
  'wish',
  'wishes',
  'wished',
]);

/** Governors of "to VERB" that reject the action ("refused to apologise"). */
const REFUSAL_LEMMAS = new Set(['REFUSE', 'DECLINE', 'REJECT']);
/** Governors of "to VERB" that report the action not done ("failed to reach agreement"). */
const FAILURE_LEMMAS = new Set(['FAIL']);

const ADDRESSEE_LEMMAS = new Set(['TELL', 'INFORM', 'ASSURE', 'BRIEF', 'NOTIFY', 'WARN', 'REMIND']);
/** Codes whose infinitive complement is a requested (not performed) action. */
const COMPLEMENT_TAKING_ROOTS = new Set(['02', '10', '12', '13', '11']);
const SYMMETRIC_ROOTS = new Set(['04', '06']);
/**
 * Governing verbs coded themselves when their complement codes nothing: "agreed to resume visits",
 * "vowed to pursue the militants" (a vow codes only through its patterns: VOW has no default).
 */
const VOW_FORMS = 'vow|vowed|vows|swore';
const VOWING_GOV = new RegExp(`^(?:${VOW_FORMS})$`);
const AGREEING_GOV = new RegExp(`^(?:agree|agreed|agrees|pledged|promised|${VOW_FORMS})$`);
/** Roots coded from a participle clause after a comma (", urging X to …", ", accusing X of …"). */
const PARTICIPLE_ROOTS = new Set(['02', '10', '11', '12', '13']);
// (0841: "Russia and Ukraine released prisoners": a release by two sides is an exchange)
/** Acts a compound does among itself: "X and Y clashed / fought / exchanged fire / traded accusations". */
const MUTUAL_LEMMAS = new Set(['CLASH', 'FIGHT', 'SKIRMISH', 'EXCHANGE', 'TRADE', 'BATTLE']);
const SYMMETRIC_CODES = new Set([
  '036',
  '057',
  '0871',
  '030',
  '031',
  '0311',
  '0312',
  '032',
  '0841',
  '0353',
  '054',
  '0356',
]);

export const DEFAULT_TARGETLESS = new Set(['14', '15']);

/**
 * A verb of judgement or possibility right after a noun: the noun is the subject of a clause about
 * it ("the pullout could …", "the sanctions were …"); not "the ceasefire would take effect", which
 * announces it.
 */
const REPORTED_VERB_AFTER = /^(could|can|may|might|must|should|was|were|is|are|remained|remains|had|has|have)$/;

/** An object that refers back: "accusing them of", "accusing the agency of". */
const REFERRING_OBJECT =
  /^(?:them|him|her|it|the (?:agency|group|organi[sz]ation|body|mission|bloc|movement|party|company|alliance|militants|rebels|government|regime|country|station|stations|activists|men))\b/;

/**
 * Gatherings that a crowd makes into a demonstration ("rallied", "gathered"; a state's "rally" of
 * forces is a mobilisation).
 */
const CROWD_GATHERING_LEMMAS = /^(RALLY|GATHER|ASSEMBLE|CONVERGE|MASS|PROTEST|DEMONSTRATE|MARCH)$/;

/** Verbs whose past participle is their base form: "were hurt", "was hit", "were cut off" are passives. */
const UNCHANGED_PARTICIPLES = new Set([
  'hurt',
  'hit',
  'cut',
  'shut',
  'put',
  'beat',
  'spread',
  'cast',
  'burst',
  'quit',
  'upset',
  'shed',
  'split',
]);

/** Verbs of reaction whose "by VERBing" names the act: "retaliated by expelling". */
const METHOD_LEMMAS = new Set(['RETALIATE', 'RESPOND', 'REACT', 'REPLY', 'HIT_BACK']);

function suppressOutputs<A>(out: CodedEvent<A>[], triggerStart: number): void {
  for (let k = out.length - 1; k >= 0; k--) if (out[k].trigger.start === triggerStart) out.splice(k, 1);
}

/** "risk being killed", "fear being kidnapped": a danger, not an act. */
const RISK_BEFORE = /^(risk|risks|risked|risking|fear|fears|feared|fearing|avoid|avoided|escape|escaped)$/;

/** Acts of obstruction done in protest: CAMEO 144 (obstruct passage, block). */
const PROTEST_BLOCKING =
  /^(BLOCK|BLOCKADE|BARRICADE|OCCUPY|CLOSE|SHUT|SHUT_DOWN|CUT_OFF|STOP|HALT|PARALYZE|PARALYSE|JAM|CLOG)/;

/** Verbs that after "noun to" state a purpose ("funding to prevent famine"). */
const PURPOSE_VERBS =
  /^(PREVENT|PROTECT|DEFEND|ENSURE|AVOID|SAFEGUARD|SECURE|DETER|GUARANTEE|SHIELD|PRESERVE|STOP|COUNTER|CONTAIN)$/;

/** Verbs that name something "as" what it is: "described the decision as unfriendly". */
const DESCRIBING_LEMMAS = /^(DESCRIBE|BRAND|LABEL|CHARACTERISE|CHARACTERIZE|DECRY|CONDEMN|DENOUNCE|REGARD|VIEW|HAIL)$/;

/** Hostile acts whose doer a condemnation names as their modifier: "Russia's invasion", "an Iranian attack". */
const CONDEMNED_ACTS =
  /^(attacks?|strikes?|airstrikes?|invasion|aggression|offensive|bombings?|bombardment|shelling|killings?|incursions?|raids?|crackdown|annexation|occupation|assault)$/;

/** Proposals whose author an endorsement or a rejection names as their modifier: "an Egyptian plan". */
const PROPOSALS =
  /^(plan|plans|proposal|proposals|initiative|offer|bid|demands?|requests?|appeals?|calls?|ultimatum|resolution|allegations?|accusations?|claims?|charges?|reports?|criticism|remarks|comments|statements?|membership|accession|candidacy)$/;

/** Verbs of ordering whose object is told to do something ("ordered X to", "told X to"). */
const ORDERING = /^(ORDER|TELL|INSTRUCT|DIRECT|COMMAND|PUSH)$/;
/** Ordered out: "ordered the diplomats to leave (the country)". */
const ORDERING_OUT = /^(leave|depart|quit)$/;

/** Verbs of arriving somewhere: "entered Gaza", "reached Aleppo", "arrived in Port Sudan". */
const ARRIVAL_LEMMAS = /^(ENTER|REACH|ARRIVE|CROSS)$/;

/** The verb block of "not rule out [force]": a threat, its negation read as part of it. */
const NOT_RULED_OUT = 'RULE_OUT_FORCE';

/** Verbs accepting what another party put forward (its author is the target). */
const ACCEPTING_LEMMAS = /^(ACCEPT|EMBRACE|ENDORSE|APPROVE)$/;
/** Accords accepted that an article names before ("accepted the ceasefire"). */
const ACCEPTED_ACCORD = /\b(ceasefire|truce|deal|agreement|accord|arrangement|plan|roadmap)\b/;

/** The preposition before the act a feeling is about: "outrage at", "concern over", "anger about". */
const AT_GRIEVANCE = /^(at|over|about|regarding)$/;
/** A diplomat named by office ("the Russian ambassador", "35 diplomats", "embassy staff"). */
const ENVOY_RE = /\b(ambassadors?|diplomats?|envoys?|embassy|attach[eé]s?|consuls?|charg[eé]s? d'affaires)\b/i;

/** Adjectives between a possessive pronoun and a nominal ("their first direct talks"). */
const NOMINAL_ADJECTIVES =
  /^(first|second|third|latest|last|new|direct|indirect|fresh|further|bilateral|trilateral|joint|formal|informal|high-level|renewed|next|annual)$/;

export class Coder<A> {
  readonly matcher: PatternMatcher;
  private readonly nominals: NominalTriggers;
  private readonly sameActor: (a: A, b: A) => boolean;
  private readonly targetless: Set<string>;
  /** The coder as the sentence passes (src/events/passes.ts) see it. */
  private readonly ctx: PassContext<A>;

  constructor(readonly opts: CoderOptions<A>) {
    this.matcher = new PatternMatcher(
      opts.verbs,
      opts.petrarch ? { gap: 8, skipGap: 12, exactWords: true } : { coordinatedVerbs: true },
    );
    this.nominals = new NominalTriggers(opts.nominals ?? []);
    this.sameActor = opts.sameActor ?? ((a, b) => a === b);
    this.targetless = opts.targetless ?? DEFAULT_TARGETLESS;
    this.ctx = {
      opts,
      sameActor: this.sameActor,
      isVerbWord: this.isVerbWord,
      subjectOf: (view, first, verbStarts) => this.subjectOf(view, first, verbStarts),
      emit: (sc, e) => this.emit(sc, e),
    };
  }

  /** Verb forms for the words at tokens[i..], longest first; undoubles British "-lled" forms. */
  private verbAt(toks: VToken[], i: number): { n: number; forms: VerbForm[] } | null {
    const forms = this.opts.verbs.forms;
    for (let n = Math.min(this.opts.verbs.maxFormWords, toks.length - i); n >= 1; n--) {
      let key = '';
      let ok = true;
      for (let k = 0; k < n; k++) {
        const t = toks[i + k];
        if (t.m >= 0 || !/^[a-z]/.test(t.lower)) {
          ok = false;
          break;
        }
        key += (k ? ' ' : '') + t.lower;
      }
      if (!ok) continue;
      let f = forms[key];
      if (!f && n === 1 && /ll(ed|ing)$/.test(key)) f = forms[key.replace(/ll(ed|ing)$/, 'l$1')];
      if (f) return { n, forms: f };
    }
    return null;
  }

  /** A word that is a form of a dictionary verb (one-word forms). */
  private readonly isVerbWord = (lower: string): boolean => !!this.opts.verbs.forms[lower];

  /** An auxiliary at tokens[i] followed (over adverbs, negation, other auxiliaries) by a dictionary verb. */
  private auxBeforeVerb(toks: VToken[], i: number): boolean {
    for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
      const t = toks[j];
      if (t.m >= 0) return false;
      if (this.verbAt(toks, j) && !AUX.has(t.lower)) return true;
      if (!AUX.has(t.lower) && !/ly$/.test(t.lower)) return false;
    }
    return false;
  }

  /**
   * "were killed when government forces shelled the town": the subject of a "when" clause right
   * after a passive of violence, when its verb is one of violence too.
   */
  private whenClauseDoer(toks: VToken[], from: number): { mention: number; noun: string } | null {
    let i = from;
    while (i < toks.length && i < from + 8 && toks[i].lower !== 'when' && !isBoundary(toks[i])) i++;
    if (toks[i]?.lower !== 'when') return null;
    let j = i + 1;
    while (j < toks.length && j <= i + 3 && toks[j].m < 0 && DETERMINERS.has(toks[j].lower)) j++;
    const subject = toks[j]?.m ?? -1;
    if (subject < 0) return null;
    while (j < toks.length && toks[j].m === subject) j++;
    const verb = this.verbAt(toks, j);
    const code = verb && defaultCode(this.opts.verbs, verb.forms);
    return code && /^(18|19|20)/.test(code) ? { mention: subject, noun: toks[j].text } : null;
  }

  /**
   * The tagger reads the dictionary verb form at `i` as no verb ("military targets"); remembered
   * for the last position asked, as the trigger loop may ask twice.
   */
  private notAVerb(toks: VToken[], i: number, memo: TagMemo): boolean {
    const tagAt = this.opts.tagAt;
    if (!tagAt) return false;
    if (memo.at === i) return memo.noVerb;
    memo.at = i;
    memo.noVerb = false;
    // an auxiliary before it settles it: "was abducted", "have recaptured", "will not attack"
    let a = i - 1;
    while (a > 0 && toks[a].m < 0 && (toks[a].lower === 'not' || /ly$/.test(toks[a].lower))) a--;
    if (a >= 0 && toks[a].m < 0 && AUX.has(toks[a].lower)) return false;
    const { tag, margin } = tagAt((memo.words ??= toks.map((t) => t.text)), i);
    memo.noVerb = NOT_VERB_TAG.test(tag) && (i === 0 || toks[i - 1].m < 0 || margin >= AFTER_NAME_MARGIN);
    return memo.noVerb;
  }

  /**
   * The tagger reads the past form at `i` as a finite verb (VBD) with a clear margin, and no word
   * after it in its clause reads as another finite verb ("troops stationed in the region fired").
   */
  private finiteWithoutRival(toks: VToken[], i: number, memo: TagMemo): boolean {
    const tagAt = this.opts.tagAt;
    if (!tagAt) return false;
    const words = (memo.words ??= toks.map((t) => t.text));
    const here = tagAt(words, i);
    if (here.tag !== 'VBD' || here.margin < FINITE_MARGIN) return false;
    for (let k = i + 1; k < toks.length; k++) {
      if (isBoundary(toks[k]) || toks[k].lower === ',') break;
      if (toks[k].m >= 0 || !/^[a-z]+$/.test(toks[k].lower)) continue;
      if (/^(VBD|VBZ|VBP|MD)$/.test(tagAt(words, k).tag)) return false;
    }
    return true;
  }

  /**
   * The subject of the main clause after a fronted phrase ending at `from` ("After meeting Putin in
   * the Kremlin, Erdogan said …", "Speaking at a joint news conference with Lavrov, Kerry said …"):
   * that of the first verb after the phrase's comma, or null.
   */
  private frontedSubject(
    view: SentenceView,
    triggers: Trigger[],
    from: number,
    verbStarts: Set<number>,
    skip: Set<number> = new Set(),
  ): number[] | null {
    const comma = view.toks.findIndex((t, q) => q >= from && t.lower === ',');
    if (comma < 0 || comma >= from + 24) return null;
    const main = triggers.find((x) => x.kind === 'verb' && x.start > comma && !skip.has(x.start));
    return main ? this.subjectOf(view, verbGroup(view.toks, main.start).first, verbStarts) : null;
  }

  /**
   * The subject of the verb group at `first` (see `findSubject`); outside PETRARCH mode a pronoun
   * the actor stage left unresolved is that subject, so no name further back is taken for it.
   */
  private subjectOf(view: SentenceView, first: number, verbStarts: Set<number>): number[] | null {
    return findSubject(view, first, verbStarts, !this.opts.petrarch);
  }

  /** Codes one sentence `text[start,end)`. `quoteSpans`: direct quotations (absolute offsets). */
  codeSentence(
    text: string,
    start: number,
    end: number,
    mentions: CoderMention<A>[],
    quoteSpans: SpanLike[] = [],
  ): CodedEvent<A>[] {
    const { view, kept } = buildView(text, start, end, mentions, this.isVerbWord);
    const toks = view.toks;
    if (toks.length === 0 || view.mentions.length === 0) return [];
    view.mentions.forEach((vm, k) => {
      const m = mentions[kept[k]];
      if (m.generic || m.commonNoun) for (let q = vm.first; q <= vm.last; q++) toks[q].g = true;
      // "French troops left Niger", "withdrew its troops": the plural head noun of an agent is a
      // pattern word too (TROOPS); not "the government" (CAMEO blocks "broke * GOVERNMENT"); an
      // embassy, a delegation or a team is ("closed its embassy in Niamey", "headed the government
      // delegation")
      else if (
        (m.via === 'agent' || m.via === 'nominal') &&
        !this.opts.petrarch &&
        ((/[a-z]s$/.test(toks[vm.last].lower) && !/(ss|us)$/.test(toks[vm.last].lower)) ||
          /^(embassy|consulate|delegation|team|mission)$/.test(toks[vm.last].lower))
      )
        toks[vm.last].w = true;
    });
    const inQuote = quoteMask(toks, quoteSpans);

    // 1. triggers
    const triggers: Trigger[] = [];
    const tags: TagMemo = { words: null, at: -1, noVerb: false };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.m >= 0 || !/^[a-z]/.test(t.lower)) continue;
      const nom = this.nominals.at(toks, i);
      const verb = this.verbAt(toks, i);
      const prev = toks[i - 1];
      // "Russia and Ukraine each released …": a quantifier floated after its subject
      const floated = !!prev && /^(each|both|all)$/.test(prev.lower) && toks[i - 2]?.m >= 0;
      // ("is capable of giving a fitting reply": a gerund after "capable of" is what one can do)
      const capableOf = prev?.lower === 'of' && /^(capable|incapable)$/.test(toks[i - 2]?.lower ?? '');
      const nounContext =
        !!prev &&
        prev.m < 0 &&
        !floated &&
        !capableOf &&
        (DETERMINERS.has(prev.lower) ||
          /^\d/.test(prev.lower) ||
          // "launched strikes", "carried out raids": the object of a light verb is a noun
          (i >= 2 && prev.lower === 'out' && /^carr(y|ied|ies|ying)$/.test(toks[i - 2].lower)) ||
          /^(launch(ed|es|ing)?|conduct(ed|s|ing)?|stag(ed|es|ing)|wag(ed|es|ing))$/.test(prev.lower));
      // a one-word verb form the tagger may read as a noun or adjective ("military targets"); not a
      // hyphenated compound, which it mostly knows as an adjective ("test-fired"). The tagger is
      // asked only when its answer decides something.
      const askTagger = !!verb && verb.n === 1 && !t.lower.includes('-');
      if (
        nom &&
        (nom.n > (verb?.n ?? 0) ||
          nounContext ||
          !verb ||
          (prev?.m === -1 && prev && isNominalModifier(prev.lower)) ||
          (askTagger && this.notAVerb(toks, i, tags)))
      ) {
        triggers.push({ start: i, end: i + nom.n, kind: 'nominal', nominal: nom.entry });
        i += nom.n - 1;
        continue;
      }
      if (verb && verb.n === 1 && AUX.has(t.lower) && this.auxBeforeVerb(toks, i)) continue; // "has broken": "has" is an auxiliary here
      // "the U.S.-led coalition", "Iran-backed militias": the second half of a hyphenated adjective
      if (verb && prev?.text === '-' && prev.end === t.start && toks[i - 2]?.end === prev.start) continue;
      if (verb && !nounContext && plausibleVerb(toks, i, verb.forms[0], triggers)) {
        if (askTagger && this.notAVerb(toks, i, tags)) {
          this.opts.debug?.(() => `"${t.text}": the tagger reads no verb here`);
          continue;
        }
        const shape = participleShape(toks, i, verb.n, verb.forms[0]);
        // "negotiations aimed at …": an adjective here; but "rival groups in Libya's capital agreed
        // to a truce" is the clause's verb when the tagger reads a past tense and no other finite
        // verb follows in the clause
        if (shape === 'modifier' && !(askTagger && this.finiteWithoutRival(toks, i, tags))) continue;
        triggers.push({ start: i, end: i + verb.n, kind: 'verb', forms: verb.forms, reduced: shape === 'reduced' });
        i += verb.n - 1;
      }
    }
    this.opts.debug?.(
      () =>
        `triggers: ${
          triggers
            .map(
              (t) =>
                `${toks
                  .slice(t.start, t.end)
                  .map((x) => x.text)
                  .join(' ')}/${t.kind}${t.reduced ? '/reduced' : ''}`,
            )
            .join(', ') || 'none'
        }`,
    );
    if (triggers.length === 0) return [];

    const out: CodedEvent<A>[] = [];
    const sc: SentenceScope<A> = { out, view, kept, mentions, text };
    /** Speech verbs with their speakers, and hostile acts with their doers, for allegations. */
    const speech: Speech[] = [];
    const hostile: Hostile[] = [];
    const suppressed = new Set<number>(); // trigger start tokens consumed by another trigger
    const verbStarts = new Set(triggers.filter((t) => t.kind === 'verb').map((t) => t.start));

    // "agreed to meet", "plans to visit": the governing verb only marks the intent of its complement
    for (const tr of triggers) {
      if (tr.kind !== 'verb') continue;
      // "retaliated by expelling its diplomats": the act is the how
      if (!this.opts.petrarch && METHOD_LEMMAS.has(tr.forms![0].lemma)) {
        const by = findAfter(toks, tr.end, (t) => t.lower === 'by', 4);
        if (by >= 0 && verbStarts.has(by + 1) && toks[by + 1].lower.endsWith('ing')) suppressed.add(tr.start);
      }
      const g = verbGroup(toks, tr.start);
      if (g.toGov >= 0 && toks[g.toGov].m < 0 && INTENT_GOV.has(toks[g.toGov].lower) && verbStarts.has(g.toGov))
        suppressed.add(g.toGov);
    }

    // 2. verbs
    let lastSubject: { group: number[]; end: number } | null = null; // subject of the previous verb
    let noSubjectAt = -1; // end of the latest verb with no subject found
    // a second round codes "agreed" itself when the act agreed to coded nothing ("Japan and South
    // Korea agreed to resume regular visits")
    let round: Trigger[] = triggers;
    for (let pass = 0; pass < 2 && round.length; pass++) {
      for (const tr of round) {
        if (tr.kind !== 'verb') continue;
        if (suppressed.has(tr.start)) {
          // "X retaliated by expelling …": the reaction verb's subject does the act
          if (METHOD_LEMMAS.has(tr.forms![0].lemma)) {
            const subj = this.subjectOf(view, verbGroup(toks, tr.start).first, verbStarts);
            if (subj) lastSubject = { group: subj, end: tr.end };
          }
          continue;
        }
        const forms = tr.forms!;
        const grp = verbGroup(toks, tr.start);
        const form = forms[0];
        // "urged the Taliban to keep their promises and cut ties with al-Qaeda": a bare verb joined
        // to an infinitive shares its governor (requested, intended or refused, not done)
        if (!this.opts.petrarch && grp.toGov < 0) {
          const inf = infinitiveConjunct(toks, grp.first, tr.start, form.lemma, verbStarts);
          if (inf >= 0) grp.toGov = verbGroup(toks, inf).toGov;
        }
        let passive =
          ((form.past || UNCHANGED_PARTICIPLES.has(toks[tr.start].lower)) && grp.be && !grp.have) || !!tr.reduced;
        let match = this.matcher.best(view, forms, tr.start, tr.end);
        // "Russia said Ukraine attacked the border": CAMEO's "said * ATTACK" is for a noun ("said
        // the attack …"), not for the verb of another subject's clause
        if (
          match?.pattern.code &&
          !this.opts.petrarch &&
          SPEECH_LEMMAS.has(form.lemma) &&
          !match.pattern.code.startsWith('01') &&
          verbStarts.has(match.end - 1) &&
          match.end - 1 > tr.end
        ) {
          const own = this.subjectOf(view, grp.first, verbStarts);
          const theirs = this.subjectOf(view, verbGroup(toks, match.end - 1).first, verbStarts);
          if (own && theirs && !theirs.some((m) => own.includes(m))) match = null;
        }
        // ("Russia announced it was suspending a memorandum with Washington": the noun a pattern of
        // announcing reaches lies in another verb's clause, which codes it)
        if (
          match?.pattern.code &&
          !this.opts.petrarch &&
          (SPEECH_LEMMAS.has(form.lemma) || form.lemma === 'ANNOUNCE') &&
          !match.pattern.code.startsWith('01') &&
          triggers.some(
            (x) =>
              x.kind === 'verb' &&
              x.start > tr.end &&
              x.start < match!.end - 1 &&
              (!!defaultCode(this.opts.verbs, x.forms!) ||
                !!this.matcher.best(view, x.forms!, x.start, x.end)?.pattern.code),
          )
        )
          match = null;
        let code: string | null = null;
        let rule = '';
        let confidence = 0.6;
        let tgtOrdered: number[] | null = null;
        // "insisted that Russia withdraw": insisting on an act of another is demanding it (CAMEO
        // blocks INSIST)
        const insisting =
          !this.opts.petrarch &&
          form.lemma === 'INSIST' &&
          !grp.negated &&
          toks[tr.end]?.lower === 'that' &&
          !!requestedThatSubject(view, tr.end + 1);
        // "the court ordered Israel to take all measures", "told a million people in northern Gaza to
        // move south": an order to another party is a demand of it (one's own forces and officials
        // carry out what they are ordered: see `command` below)
        let ordered =
          !this.opts.petrarch && !insisting && ORDERING.test(form.lemma) && !grp.negated
            ? orderedParty(view, tr.end)
            : null;
        // ("told Russia to withdraw its troops": a pattern ending on the infinitive reads what is
        // asked as the act itself)
        if (
          ordered &&
          match?.pattern.code &&
          toks[match.end - 1]?.lower === ordered.verb &&
          toks[match.end - 2]?.lower === 'to' &&
          !COMPLEMENT_TAKING_ROOTS.has(match.pattern.code.slice(0, 2)) &&
          // (not "* + (TO LEAVE)": an order out written as such)
          !match.pattern.code.startsWith('17')
        )
          match = null;
        if (match?.pattern.code) ordered = null;
        const ordering =
          ordered !== null &&
          !ordered.group.some((g) => this.ownState(view, kept, mentions, tr.start, g, verbStarts)) &&
          // ("ordered the army / the police to …": one's own forces, named by kind)
          !ordered.group.some((g) => mentions[kept[g]].generic && !!this.opts.stateAgent?.(mentions[kept[g]].actor));
        // "received a Russian delegation", "received a delegation from Moscow": hosting a visit
        const hosting =
          !this.opts.petrarch &&
          !insisting &&
          !ordering &&
          !match &&
          form.lemma === 'RECEIVE' &&
          receivedGuest(view, tr.end);
        if (insisting) {
          code = '100';
          rule = `"${toks[tr.start].text} that X [should] VERB": a demand → 100`;
          confidence = 0.7;
        } else if (hosting) {
          code = '043';
          rule = `"${toks[tr.start].text} a delegation": hosting a visit → 043`;
          confidence = 0.7;
        } else if (
          ordering &&
          ORDERING_OUT.test(ordered!.verb) &&
          (form.lemma === 'ORDER' ||
            // ("telling the Russian ambassador to leave": an envoy told to go is expelled)
            (/^(TELL|INSTRUCT)$/.test(form.lemma) && ordered!.group.some((g) => ENVOY_RE.test(view.mentions[g].text))))
        ) {
          // "ordered the ambassador to leave": an expulsion (174); "ordered diplomats from seven
          // countries, including A, B and C, to leave": the countries' missions cut (161)
          const states = !!ordered!.countries;
          code = states ? '161' : '174';
          rule = `"${toks[tr.start].text} X to ${ordered!.verb}": ${states ? "another state's diplomats expelled → 161" : 'an expulsion → 174'}`;
          confidence = 0.75;
          tgtOrdered = ordered!.group;
        } else if (ordering) {
          code = '100';
          rule = `"${toks[tr.start].text} X to VERB": what another party is ordered or pressed to do, a demand → 100`;
          confidence = 0.7;
          tgtOrdered = ordered!.group;
        } else if (match) {
          // "said the pullout could put pressure on Assad", "said the sanctions were illegal": the
          // noun a pattern of saying names is the reported clause's subject, not what was announced
          const reportedSubject =
            !this.opts.petrarch &&
            (SPEECH_LEMMAS.has(form.lemma) || form.lemma === 'ANNOUNCE') &&
            match.end > tr.end &&
            (REPORTED_VERB_AFTER.test(toks[match.end]?.lower ?? '') ||
              // ("said the ceasefire, which was also negotiated with Jordan, covered …")
              (toks[match.end]?.lower === ',' && /^(which|who)$/.test(toks[match.end + 1]?.lower ?? '')));
          if (!match.pattern.code || reportedSubject) {
            this.opts.debug?.(() => `"${toks[tr.start].text}": blocked by "${match.pattern.text}"`);
            // ("said the attack was …": no event of its own, but still a speech a verdict is read from)
            // (and its subject is the one a verb joined by "and" shares: "said Moscow's approach was
            // doomed to fail and accused Russia of …")
            if (!this.opts.petrarch && SPEECH_LEMMAS.has(form.lemma) && !passive) {
              const subj = this.subjectOf(view, grp.first, verbStarts);
              if (subj) {
                speech.push(speechOf(subj, tr, grp.negated, inQuote, 0.6));
                lastSubject = { group: subj, end: tr.end };
              }
            }
            continue; // blocked by a "---" pattern
          }
          code = match.pattern.code;
          rule = `${match.origin} ${match.blockName}: "${match.pattern.text}" → ${code}`;
          confidence = match.tgt >= 0 ? 0.9 : 0.8;
          // "did not rule out further strikes": the negation is the phrase's ("ruled out military
          // action" threatens nothing)
          if (match.blockName === NOT_RULED_OUT) {
            if (!grp.negated) continue;
            grp.negated = false;
            grp.future = false;
            rule += ' (not ruled out)';
          }
        } else {
          code = defaultCode(this.opts.verbs, forms);
          if (code) rule = `verb ${form.lemma} (${this.opts.verbs.blocks[form.block].name}) default → ${code}`;
        }
        // "farmers blocked highways in protest at …", "drivers parked their trucks in protest": a
        // material act (or one with no code of its own) done in protest is the protest (blocking: 144);
        // reducing relations stays what it is ("recalled its ambassador … in protest at …": 161)
        if (
          !this.opts.petrarch &&
          !passive &&
          (code === null || (/^1[5789]/.test(code) && !HARM_LEMMAS.test(form.lemma))) &&
          protestAfter(toks, tr.end, verbStarts)
        ) {
          code = PROTEST_BLOCKING.test(form.lemma) ? '144' : '141';
          rule = `verb ${form.lemma} "in protest" → ${code}`;
          confidence = 0.65;
        }
        // "to help end the war", "stationed in Niger to help fight jihadists": a purpose of helping
        // toward an act is no aid (the act, if any, is coded from its own verb; "Qatar helped to
        // rebuild schools" stays aid)
        if (
          !this.opts.petrarch &&
          code === '070' &&
          form.lemma === 'HELP' &&
          !match &&
          toks[tr.start - 1]?.lower === 'to' &&
          toks[tr.end] &&
          toks[tr.end].m < 0 &&
          (toks[tr.end].lower === 'to' || verbStarts.has(tr.end) || this.isVerbWord(toks[tr.end].lower))
        ) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": help toward an act, not aid`);
          continue;
        }
        // "About 200 trucks carrying food and fuel entered Gaza": aid delivered by no one named
        const aid =
          !this.opts.petrarch &&
          !passive &&
          !grp.negated &&
          !grp.future &&
          !grp.hypothetical &&
          ARRIVAL_LEMMAS.test(form.lemma)
            ? aidArrival(view, grp.first, tr.end)
            : null;
        const aidTo = aid?.place ?? null;
        if (aid && !this.subjectOf(view, grp.first, verbStarts)) {
          // "Forty-six lorries from the United Nations and the Red Cross entered Douma": each sender's
          // aid; with none named, aid whose sender is unknown
          const k = kept[aid.place];
          const trigger = {
            start: toks[tr.start].start,
            end: toks[tr.end - 1].end,
            text: text.slice(toks[tr.start].start, toks[tr.end - 1].end),
          };
          for (const sender of aid.senders ?? [null]) {
            const s = sender === null ? k : kept[sender];
            out.push({
              code: '070',
              source: s,
              target: k,
              trigger,
              rule:
                `aid carried in ("${toks[tr.start].text}" with a cargo of aid) → 070` +
                (sender === null ? '; sent by no one named' : `; sent by ${view.mentions[sender].text}`),
              confidence: sender === null ? 0.55 : 0.65,
              negated: false,
              intent: false,
              quoted: inQuote[tr.start],
              lemma: form.lemma,
              ...(sender === null ? { agentless: true } : {}),
              actorSource: mentions[s].actor,
              actorTarget: mentions[k].actor,
            });
          }
          continue;
        }
        // ("Egyptian trucks carrying aid entered Gaza": the aid of the carriers' country)
        if (aidTo !== null) {
          code = '070';
          rule = `aid carried in ("${toks[tr.start].text}" with a cargo of aid) → 070`;
          confidence = 0.6;
        }
        if (!code) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": no pattern matched and the verb has no default code`);
          // its subject is still the subject of a following "and VERB" or ", VERBing" ("X sent a note to Y, urging …")
          if (!passive && !form.ing) {
            const subj = this.subjectOf(view, grp.first, verbStarts);
            if (subj) lastSubject = { group: subj, end: tr.end };
          }
          continue;
        }
        let root = code.slice(0, 2);
        // "called the strikes a flagrant violation", "called it a bad idea": naming as criticism (or praise)
        let naming: { obj: number[] | null; praise: boolean } | null = null;
        const describing = DESCRIBING_LEMMAS.test(form.lemma);
        // ("considered the strikes a violation of international law": naming too)
        const deeming = form.lemma === 'CONSIDER' || form.lemma === 'DEEM';
        if (
          !this.opts.petrarch &&
          (NAMING_LEMMAS.test(form.lemma) || describing || deeming) &&
          // ('called Russia's meeting of the council "a stunt"': over a pattern of calling for something)
          (!match || root === '04' || root === '02' || describing || deeming)
        ) {
          // ("labelled the sanctions illegal", "branded the YPG a terrorist group": "as" or not)
          const withAs = namingPredicate(view, tr.end, describing);
          naming =
            withAs ??
            (!match && /^(LABEL|BRAND|DUB|TERM)$/.test(form.lemma) ? namingPredicate(view, tr.end, false) : null);
          if (naming) {
            code = naming.praise ? '051' : '111';
            root = code.slice(0, 2);
            rule = `"${toks[tr.start].text} X ${describing && withAs ? 'as' : 'a'} Y": ${naming.praise ? 'praise' : 'criticism'} → ${code}`;
            confidence = 0.7;
          }
        }

        // infinitive complements: "agreed to meet" (intent), "urged Russia to stop" (requested)
        let intent = grp.future;
        // ("agreed to exchange prisoners", "accepted the ceasefire": an intent agreed on, see
        // `CodedEvent.agreement`)
        let agreement = form.lemma === 'AGREE' || form.lemma === 'ACCEPT';
        let failed = false;
        let consequenceOf: number[] | null = null;
        if (grp.toGov >= 0) {
          const gov = toks[grp.toGov];
          if (gov.m >= 0 && !(!this.opts.petrarch && invitationAt(view, grp.toGov) >= 0)) {
            // "urged Russia to show": the action is requested of the mention, not done
            // (over a whole compound: "urged Israel and Hamas to accept")
            let before = Math.min(...view.groups[view.mentions[gov.m].group].map((k) => view.mentions[k].first)) - 1;
            while (before > 0 && toks[before].m < 0 && /^(his|her|its|their|our|the)$/.test(toks[before].lower))
              before--;
            // "ordered troops to withdraw", "used drones to strike", "sent jets to bomb": what one's
            // own forces or weapons are commanded or used to do is the commander's act
            const command =
              !this.opts.petrarch &&
              before >= 0 &&
              /^(order|orders|ordered|instructed|directed|commanded|uses?|used|using|employ(?:s|ed)?|deploy(?:s|ed)?|sen[dt]s?|dispatch(?:es|ed)?)$/.test(
                toks[before].lower,
              ) &&
              (toks[view.mentions[gov.m].first].g === true ||
                this.ownState(view, kept, mentions, before, gov.m, verbStarts));
            // "prompting Israel to declare him persona non grata": what an act led another party to
            // do, it did
            const consequence =
              !this.opts.petrarch &&
              before >= 0 &&
              /^(prompt(?:s|ed|ing)?|l(?:ed|eading)|caus(?:ed|ing)|forc(?:ed|ing)|spurr(?:ed|ing))$/.test(
                toks[before].lower,
              ) &&
              !grp.future &&
              !grp.negated;
            if (consequence) consequenceOf = view.groups[view.mentions[gov.m].group];
            // "welcomed the decision by Mali to expel the mission": the act is the author's plan or
            // decision, not the subject's (as "Sweden's bid to join" below)
            if (!this.opts.petrarch && toks[before]?.lower === 'by' && DECIDED.test(toks[before - 1]?.lower ?? '')) {
              this.opts.debug?.(
                () => `"${toks[tr.start].text}": what "${toks[before - 1].text} by" another party is for`,
              );
              continue;
            }
            if (
              !command &&
              !consequence &&
              before >= 0 &&
              (verbStarts.has(before) ||
                (toks[before].m < 0 && /^(on|upon|for)$/.test(toks[before].lower)) ||
                // "called on Washington to press Israel to withdraw": a verb after "to" with its own object
                (!this.opts.petrarch &&
                  toks[before].m < 0 &&
                  /^[a-z]+$/.test(toks[before].lower) &&
                  toks[before - 1]?.lower === 'to' &&
                  this.isVerbWord(toks[before].lower)))
            )
              continue;
          } else if (
            !this.opts.petrarch &&
            [1, 2].some((k) => toks[grp.toGov - k]?.lower === "'s" && toks[grp.toGov - k - 1]?.m >= 0)
          ) {
            continue; // "rejected Sweden's bid to join NATO": the joining is Sweden's plan, not the subject's act
          } else if (!this.opts.petrarch && /ing$/.test(gov.lower) && toks[grp.toGov - 1]?.lower === 'of') {
            continue; // "accused X of trying to obstruct …": the content of an accusation, not an act
          } else if (!this.opts.petrarch && requestedOfNoun(toks, grp.toGov, verbStarts)) {
            continue; // "called on Muslim countries to impose an embargo": requested of them, not done
          } else if (
            !this.opts.petrarch &&
            !verbStarts.has(grp.toGov) &&
            /^[a-z][a-z-]*$/.test(gov.lower) &&
            PURPOSE_VERBS.test(form.lemma)
          ) {
            // "appealed for funding to prevent famine", "missiles to protect its cities": a purpose,
            // not what the subject did
            this.opts.debug?.(() => `"${toks[tr.start].text}": infinitive after "${gov.text}" (purpose or request)`);
            continue;
          } else if (
            !this.opts.petrarch &&
            /^(required|obliged|obligated|supposed)$/.test(gov.lower) &&
            BE.has(toks[grp.toGov - 1]?.lower ?? '')
          ) {
            // "radical rebels will be required to withdraw": an obligation, not an act
            this.opts.debug?.(() => `"${toks[tr.start].text}": required of its subject, not done`);
            continue;
          } else if (
            !this.opts.petrarch &&
            /^(right|authority|mandate|power)$/.test(gov.lower) &&
            /^(no|not)$/.test(toks[grp.toGov - 1]?.lower ?? '')
          ) {
            // "Trump had no right to hand over Syrian land": a right denied, nothing done
            this.opts.debug?.(() => `"${toks[tr.start].text}": no right to do it, not done`);
            continue;
          } else if (
            !this.opts.petrarch &&
            /^(plans?|proposals?|initiatives?|bids?|efforts?|roadmap|scheme|attempts?|mechanism|centre|center|commission|committee|body|decision)$/.test(
              gov.lower,
            ) &&
            // ("the US decision to withdraw": past a party modifying the noun)
            /^(a|an|the|its|their|his|her|new|joint)$/.test(
              toks[toks[grp.toGov - 1]?.m >= 0 ? view.mentions[toks[grp.toGov - 1].m].first - 1 : grp.toGov - 1]
                ?.lower ?? '',
            )
          ) {
            // "reached agreement on a plan to halt fighting", "set up a mechanism to monitor the
            // truce": what a plan, an effort or a body is for is no act of its own (the agreement
            // on it is coded)
            this.opts.debug?.(() => `"${toks[tr.start].text}": the purpose of "${gov.text}", not an act`);
            continue;
          } else if (!this.opts.petrarch && invitationAt(view, grp.toGov) >= 0) {
            // "accepted an invitation from Putin to visit St Petersburg": the visit is agreed to, not
            // made; "extended an invitation to visit" codes the invitation, not a visit
            let a = invitationAt(view, grp.toGov) - 1;
            while (a > 0 && (toks[a].m >= 0 || /^(an|the|his|her|their|its|from|by|of|official)$/.test(toks[a].lower)))
              a = toks[a].m >= 0 ? view.mentions[toks[a].m].first - 1 : a - 1;
            if (!/^(accept|accepts|accepted|accepting|took up|welcomed)$/.test(toks[a]?.lower ?? '')) continue;
            intent = true;
            agreement = true;
          } else if (!this.opts.petrarch && unhesitating(toks, grp.toGov)) {
            // "would not hesitate to direct further measures against the Houthis": force announced
            intent = true;
            grp.future = true;
          } else if (INTENT_GOV.has(gov.lower)) {
            intent = true;
            agreement = /^agree[sd]?$/.test(gov.lower);
            if (verbStarts.has(grp.toGov)) suppressed.add(grp.toGov);
          } else if (verbStarts.has(grp.toGov)) {
            const govTr = triggers.find((x) => x.start === grp.toGov)!;
            const govCode = defaultCode(this.opts.verbs, govTr.forms!) ?? '';
            // "failed to reach agreement": the act the verb names, not done
            if (!this.opts.petrarch && FAILURE_LEMMAS.has(govTr.forms![0].lemma)) {
              failed = true;
              rule += ` under "${toks[grp.toGov].text} to" (not done)`;
              suppressed.add(grp.toGov);
            } else if (COMPLEMENT_TAKING_ROOTS.has(govCode.slice(0, 2))) continue;
            // "refused to apologise", "declined to meet": rejecting the action the verb names
            if (!this.opts.petrarch && REFUSAL_LEMMAS.has(govTr.forms![0].lemma)) {
              const refused = refusalCode(root);
              rule += ` under "${toks[grp.toGov].text} to" → ${refused}`;
              code = refused;
              root = '12';
              suppressed.add(grp.toGov);
            }
          }
        }
        // "demanded that Assad step down": what is asked is not done
        if (!this.opts.petrarch && requestedClause(view, grp.first)) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": asked for in a that-clause, not done`);
          continue;
        }
        // "Starmer said Russia must withdraw its troops": asked of it (see `obligations`), not done
        if (!this.opts.petrarch && grp.obliged) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": an obligation, not done`);
          continue;
        }
        if (grp.hypothetical) confidence *= 0.7;
        // "a draft resolution that would have condemned the attack": not done
        if (!this.opts.petrarch && grp.counterfactual) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": would have been done, was not`);
          continue;
        }
        // "suggesting Tokyo could respond militarily if Beijing attacked": force that could be used
        // is no attack
        if (!this.opts.petrarch && grp.hypothetical && /^(18|19|20)/.test(code)) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": violence that could be done, not done`);
          continue;
        }
        // "aid groups hoped convoys could reach Tigray within days", "hoped it would lead to a
        // lasting ceasefire": a hope, not an act
        if (
          !this.opts.petrarch &&
          (grp.hypothetical || grp.future) &&
          toks.slice(Math.max(0, grp.first - 8), grp.first).some((x) => HOPING.test(x.lower))
        ) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": hoped for, not done`);
          continue;
        }
        // "It remains unclear whether Putin will travel …", "if Israel launched an invasion …": a
        // conditional or open question reports no event
        if (!this.opts.petrarch && conditionalClause(toks, grp.first)) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": in a whether/if clause`);
          continue;
        }
        // "The Kremlin denied that Russian forces had targeted the centre": what is denied is not
        // reported as done (the denial is the event)
        if (!this.opts.petrarch && deniedClause(toks, grp.first)) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": in the clause a denial denies`);
          continue;
        }
        // "had argued for keeping forces in Syria to counter Iranian influence": the purpose of a
        // course someone argued for is not an act
        if (
          !this.opts.petrarch &&
          (advocatedPurpose(toks, grp.first, triggers) ||
            summonedTo(toks, grp.first, triggers) ||
            reasonGiven(toks, grp.first, triggers))
        ) {
          this.opts.debug?.(
            () => `"${toks[tr.start].text}": the purpose of a course argued for or of a summons, or a reason given`,
          );
          continue;
        }
        // ", asking X to …", ", accusing X of …": only verbal acts are read off a trailing participle
        // (not ", according to …", ", giving X a victory", ", killing 20")
        const trailingParticiple =
          form.ing && (toks[grp.first - 1]?.lower === ',' || joinedCommaParticiple(toks, grp.first));
        // (", telling the ambassador to leave": an envoy expelled is the main clause's act)
        if (trailingParticiple && !PARTICIPLE_ROOTS.has(root) && !(tgtOrdered && code === '174')) {
          // (", saying they had …": no event, but a speech of the main clause's subject that an
          // allegation may be read from)
          if (!this.opts.petrarch && SPEECH_LEMMAS.has(form.lemma) && lastSubject && lastSubject.end < grp.first)
            speech.push(speechOf(lastSubject.group, tr, false, inQuote, 0.6));
          continue;
        }
        if (!this.opts.petrarch && notAnAct(view, tr, grp.first, form)) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": not an act here (reduced passive, conjunction or naming)`);
          continue;
        }

        // source and target
        let srcGroup: number[] | null = null;
        let tgtMentions: number[] = [];
        // ("Erdogan was received by Putin at the Kremlin": a passive's "by" agent overrides the place
        // an active pattern's "$" reads as the source)
        const patternSource =
          !!match && match.src >= 0 && !(passive && !this.opts.petrarch && toks[tr.end]?.lower === 'by');
        if (patternSource) srcGroup = view.groups[view.mentions[match!.src].group];
        else if (consequenceOf) srcGroup = consequenceOf;
        // a pattern that names both parties ("+ WAS * DEAD IN $") has settled the roles
        if (patternSource && match!.tgt >= 0) passive = false;
        const by = passive ? findAfter(toks, tr.end, (t) => t.lower === 'by', 4) : -1;
        let agent = by + 1;
        while (agent > 0 && agent < toks.length && toks[agent].m < 0 && DETERMINERS.has(toks[agent].lower)) agent++;
        // "shot dead by an off-duty Turkish police officer": up to two modifiers before the agent
        for (
          let k = 0;
          k < 2 &&
          agent > 0 &&
          agent < toks.length &&
          toks[agent].m < 0 &&
          /^[a-z][a-z-]*$/.test(toks[agent].lower) &&
          !PREPS.has(toks[agent].lower) &&
          toks[agent + 1];
          k++
        ) {
          if (
            toks[agent + 1].m >= 0 ||
            (k === 0 && toks[agent + 2]?.m >= 0 && /^[a-z][a-z-]*$/.test(toks[agent + 1].lower))
          )
            agent++;
          else break;
        }
        // PETRARCH reads a passive without a "by" agent like an active verb: the subject is the source
        if (passive && this.opts.petrarch && !tr.reduced && by < 0) passive = false;
        if (passive) {
          if (by < 0 || !(toks[agent]?.m >= 0)) {
            // "Navalny was detained", "40 diplomats were expelled": coercion by unnamed authorities;
            // "ten people were killed in shelling": violence whose doer goes unnamed
            const coercion = /^1[67]/.test(code) && code !== '171';
            const violence = /^(18|19|20)/.test(code) && HARM_LEMMAS.test(form.lemma);
            // "ten Thai farm workers were freed": a release whose captors go unnamed
            const release = /^08[04]/.test(code) && /^(FREE|RELEASE)$/.test(form.lemma);
            const subj =
              !this.opts.petrarch &&
              !tr.reduced &&
              (coercion || violence || release) &&
              (by < 0 || violence) &&
              !grp.negated &&
              !grp.future &&
              !grp.hypothetical &&
              // ("ordered the activist to be held in custody": an infinitive's patient is the object
              // of the verb that governs it, not the subject before)
              !toks.slice(Math.max(0, grp.first - 2), tr.start).some((t) => t.lower === 'to') &&
              !(
                violence &&
                (deathToll(toks, grp.first, tr.start) || RISK_BEFORE.test(toks[grp.first - 1]?.lower ?? ''))
              )
                ? this.subjectOf(view, grp.first, verbStarts)
                : null;
            if (subj && !conditionalClause(toks, grp.first) && !(violence && conditionalBefore(toks, grp.first))) {
              const trigger = {
                start: toks[tr.start].start,
                end: toks[tr.end - 1].end,
                text: text.slice(toks[tr.start].start, toks[tr.end - 1].end),
              };
              // "were killed in a NATO airstrike", "in an attack by militants": the doer of the attack named
              const doer = violence ? (attackPhraseAgent(toks, tr.end) ?? this.whenClauseDoer(toks, tr.end)) : null;
              // "claimed that nine people were killed when a NATO strike hit …": the doer's act can be alleged
              if (doer) hostile.push({ src: [doer.mention], start: tr.start, negated: false });
              for (const m of subj) {
                const k = kept[m];
                const d = doer === null ? null : kept[doer.mention];
                if (d === k) continue;
                out.push({
                  // (people "freed" with no object pattern: their release, 0841)
                  code: release ? '0841' : code,
                  source: d ?? k,
                  target: k,
                  trigger,
                  rule:
                    (release && code !== '0841' ? `${rule}; people freed → 0841` : rule) +
                    (d === null ? '; passive with no agent' : `; passive, the doer of "${doer!.noun}"`),
                  confidence: Math.round(confidence * (d === null ? 0.8 : 0.85) * 100) / 100,
                  negated: false,
                  intent: grp.future,
                  quoted: inQuote[tr.start],
                  lemma: form.lemma,
                  agentless: d === null,
                  actorSource: mentions[d ?? k].actor,
                  actorTarget: mentions[k].actor,
                });
              }
              continue;
            }
            this.opts.debug?.(() => `"${toks[tr.start].text}": passive without a "by" agent`);
            continue; // "X was attacked" with no agent: no source
          }
          srcGroup = view.groups[view.mentions[toks[agent].m].group];
          if (tr.reduced) {
            const head = reducedHead(view, tr.start);
            tgtMentions = head ?? [];
            if (!head) continue;
          } else {
            const subj = this.subjectOf(view, grp.first, verbStarts);
            // "Russia's refusal to extend the deal was criticised by the UN": a reaction to a party's
            // act named at the head of the clause is aimed at that party
            const owner = /^(05|11|12)$/.test(root) ? clauseActOwner(view, grp.first) : null;
            tgtMentions = owner ?? subj ?? [];
          }
        }
        // "X condemned the attack … and promised aid": a second verb joined by "and" shares the subject
        // (and so does the infinitive it governs: "… and agreed to meet again")
        const clauseFirst = grp.toGov >= 0 && verbStarts.has(grp.toGov) ? verbGroup(toks, grp.toGov).first : grp.first;
        // ("made no progress …, but agreed to exchange prisoners")
        const andBefore =
          /^(and|but)$/.test(toks[clauseFirst - 1]?.lower ?? '') &&
          toks[clauseFirst - 2] &&
          toks[clauseFirst - 2].m < 0;
        // (not a modal verb joined inside a reported clause: "told Putin that the attack was
        // inhumane and could endanger the talks" — the attack could)
        const insideReported =
          (grp.hypothetical || grp.future) &&
          !!lastSubject &&
          toks.slice(lastSubject.end, clauseFirst).some((t) => t.m < 0 && t.lower === 'that');
        if (
          !srcGroup &&
          andBefore &&
          lastSubject &&
          lastSubject.end < clauseFirst &&
          noSubjectAt < lastSubject.end &&
          !insideReported
        )
          srcGroup = lastSubject.group;
        // ", asking X to …" after a main clause: the participle's subject is the main clause's
        const commaIng = trailingParticiple && grp.first > 1;
        // ("Syria's army said the strike killed six people …, calling it an act of aggression": a
        // verbal participle after a reported clause is the speaker's)
        const speaker = speech[speech.length - 1];
        if (
          !srcGroup &&
          commaIng &&
          !this.opts.petrarch &&
          speaker &&
          speaker.end < grp.first &&
          VERBAL_ING.test(form.lemma) &&
          lastSubject &&
          lastSubject.end > speaker.end
        )
          srcGroup = speaker.src;
        if (!srcGroup && commaIng) {
          if (!lastSubject || lastSubject.end >= grp.first) {
            this.opts.debug?.(
              () => `"${toks[tr.start].text}": participle clause with no main-clause subject before it`,
            );
            continue;
          }
          srcGroup = lastSubject.group;
        }
        // "X retaliated by expelling …", "X recognised China after breaking off ties with Taiwan"
        // ("by expelling X and recalling Y": a gerund joined to one takes the same subject)
        const gerundBefore = (k: number) => GERUND_AFTER.has(toks[k - 1]?.lower ?? '');
        const joinedGerund = () =>
          toks[grp.first - 1]?.lower === 'and' &&
          triggers.some(
            (x) => x.kind === 'verb' && x.start < grp.first && x.end > grp.first - 8 && gerundBefore(x.start),
          );
        if (!srcGroup && form.ing && (gerundBefore(grp.first) || joinedGerund())) {
          // ("After meeting Putin in the Kremlin, Erdogan said …": a fronted gerund clause is the main
          // clause's subject's)
          const main =
            grp.first === 1 && !this.opts.petrarch ? this.frontedSubject(view, triggers, tr.end, verbStarts) : null;
          if (main) srcGroup = main;
          else {
            if (!lastSubject || lastSubject.end >= grp.first) continue;
            srcGroup = lastSubject.group;
          }
        }
        if (!srcGroup)
          srcGroup =
            this.subjectOf(view, grp.first, verbStarts) ??
            participialSubject(view, tr.start, grp.first) ??
            reducedAgentSubject(view, grp.first);
        // "Iran and the United States said on Saturday they would meet again": an unresolved "they"
        // reporting for a compound speaker is that compound
        if (!srcGroup && !this.opts.petrarch && /^(they|we)$/.test(toks[grp.first - 1]?.lower ?? '')) {
          const sp = speech[speech.length - 1];
          if (sp && sp.src.length >= 2 && sp.end < grp.first && grp.first - 1 - sp.end <= 4) srcGroup = sp.src;
        }
        // "The Russian-Turkish deal calls for a buffer zone": the parties modifying a document that
        // does something are not its subject
        if (srcGroup && !passive && !this.opts.petrarch) {
          const lastSrc = Math.max(...srcGroup.map((m) => view.mentions[m].last));
          if (lastSrc + 2 === grp.first && DOCUMENT_HEAD.test(toks[lastSrc + 1]?.lower ?? '')) {
            this.opts.debug?.(() => `"${toks[tr.start].text}": its subject is a document, not the parties naming it`);
            continue;
          }
        }
        if (srcGroup && !passive) lastSubject = { group: srcGroup, end: tr.end };
        if (!srcGroup) {
          // "they had crossed the border and attacked …": an unresolved "they" is the subject of the
          // next "and" verb too
          if (/^(they|we)$/.test(toks[grp.first - 1]?.lower ?? '')) noSubjectAt = tr.end;
          this.opts.debug?.(() => `"${toks[tr.start].text}" (${rule}): no source found`);
          continue;
        }
        // (the second round: only parties agreeing among themselves; one party's "agreed" names
        // its counterpart too loosely to code on its own)
        // (one party's "agreed" is not coded: mostly a side's assent to another's plan; a vow is)
        // (an organisation's members agree among themselves too: "NATO leaders agreed to raise …")
        // ("the two sides agreed to set up a working group": a pair named by one mention)
        const collective =
          srcGroup.length >= 2 ||
          !!this.opts.openTarget?.('030', 'AGREE', mentions[kept[srcGroup[0]]].actor) ||
          (!this.opts.petrarch && namesPair(view, srcGroup[0])) ||
          // ("Saudi Arabia and Iran agreed …. They also agreed to activate …": the actor stage reads
          // "they" after two parties as both, with no country of its own)
          (!this.opts.petrarch &&
            /^they$/i.test(view.mentions[srcGroup[0]].text) &&
            !!this.opts.stateOf &&
            !this.opts.stateOf(mentions[kept[srcGroup[0]]].actor));
        if (pass > 0 && !collective && !VOWING_GOV.test(toks[tr.start].lower)) continue;
        if (SPEECH_LEMMAS.has(form.lemma) && !passive)
          speech.push(speechOf(srcGroup, tr, grp.negated, inQuote, confidence));
        if (
          // (a violation too: "Ankara said the Russian jet had violated its airspace")
          (Number(root) >= 17 || (!this.opts.petrarch && /^(VIOLATE|BREACH)$/.test(form.lemma))) &&
          !intent &&
          !grp.hypothetical &&
          grp.toGov < 0 &&
          toks[grp.first - 1]?.lower !== 'to' &&
          // (a progressive is an act reported too: "said government forces were shelling civilians")
          (!form.ing || grp.be)
        )
          hostile.push({ src: srcGroup, start: tr.start, negated: grp.negated || failed });
        if (!passive) {
          // (a naming read over a pattern of calling for something names its own object)
          if (match && match.tgt >= 0 && !naming) {
            // "send an official to attend the Syria talks": Syria names the talks, it is no party
            if (Number(root) >= 14 || !nounModifier(view, view.mentions[match.tgt]))
              tgtMentions = view.groups[view.mentions[match.tgt].group];
          } else if (root === '01') {
            tgtMentions = ADDRESSEE_LEMMAS.has(form.lemma) ? (directObject(view, tr.end) ?? []) : [];
            // "rejected any role for Turkey in the talks", "denied the involvement of Iran": whose
            // part is rejected
            if (!tgtMentions.length && code === '016' && !this.opts.petrarch)
              tgtMentions = rolePlayer(view, tr.end) ?? [];
            // "told Putin he would send …": telling someone what one will do expresses an intent
            if (tgtMentions.length && srcGroup.length === 1) {
              const promise = promisedAction(view, view.mentions[tgtMentions[0]].last + 1, (m) =>
                this.sameActor(mentions[kept[m]].actor, mentions[kept[srcGroup![0]]].actor),
              );
              if (promise >= 0) {
                const inner = triggers.find((x) => x.kind === 'verb' && x.start > promise && x.start <= promise + 3);
                const innerCode = inner ? defaultCode(this.opts.verbs, inner.forms!) : null;
                const mapped = innerCode ? intentCode(innerCode) : null;
                code = mapped?.mapped ? mapped.code : '030';
                rule += ` + speaker's own future action → ${code}`;
                intent = true;
              }
            }
          } else if (naming) {
            tgtMentions = naming.obj ?? [];
          } else {
            const pp = this.opts.petrarch === true;
            // "agreed that X …", "said that X …": after a complementizer comes the subject of a new clause, no target
            const thatFinal =
              !!match && match.end > tr.end && /^(that|whether)$/.test(toks[match.end - 1]?.lower ?? '');
            // PETRARCH: the target is in the verb phrase, before or after the pattern's words; a mention
            // inside the pattern's words is the head's modifier ("hit eight Islamic State positions")
            // ("accused Pakistan of sponsoring terrorism" matched "* (OF TERRORISM)": Pakistan is inside)
            const inside = match && !pp && match.end > tr.end ? findTarget(view, tr.end, root, false) : null;
            const insideOk =
              inside && view.mentions[inside.group[0]].first < match!.end && !inside.locative ? inside : null;
            // the verb's own object inside the pattern's words comes first when it is a whole noun
            // phrase right after the verb ("met Kim at the village", "sent the Kremlin a letter"), not
            // a modifier of the pattern's noun ("send U.N. observers", "orders a U.S. attack")
            const direct = (g: { group: number[] }) => {
              const men = view.mentions[g.group[0]];
              const last = view.mentions[g.group[g.group.length - 1]];
              for (let k = tr.end; k < men.first; k++) if (!DETERMINERS.has(toks[k].lower)) return false;
              const after = toks[last.last + 1];
              return !after || isBoundary(after) || PREPS.has(after.lower) || DETERMINERS.has(after.lower);
            };
            const t = thatFinal
              ? null
              : ((insideOk && direct(insideOk) ? insideOk : null) ??
                findTarget(view, match ? Math.max(tr.end, match.end) : tr.end, root, pp) ??
                (match && pp ? findTarget(view, tr.end, root, pp) : insideOk));
            if (t) {
              tgtMentions = t.group;
              if (t.locative) confidence *= 0.8;
            }
          }
        }
        // "ended peace talks with communist rebels, accusing them of …", "withdrew from the World
        // Health Organization, accusing the agency of …": the main clause's other party
        if (
          !this.opts.petrarch &&
          root === '11' &&
          form.ing &&
          toks[grp.first - 1]?.lower === ',' &&
          REFERRING_OBJECT.test(wordsOf(toks, tr.end, tr.end + 2))
        ) {
          const ante = antecedentBefore(view, grp.first - 1, srcGroup, (a, b) =>
            this.sameActor(mentions[kept[a]].actor, mentions[kept[b]].actor),
          );
          // (what comes after "of" is the charge, not the accused: "accusing him of bias in favour of the opposition")
          // ("him", "her": a person, whom the mentions here do not tell apart: no target)
          // ("calling it an act of aggression": "it" is no generic collective like "six people")
          const pluralForIt = toks[tr.end].lower === 'it' && !!ante && ante.every((a) => mentions[kept[a]].generic);
          tgtMentions = ante && !/^(him|her)$/.test(toks[tr.end].lower) && !pluralForIt ? ante : [];
          if (tgtMentions.length)
            rule += `; target = ${view.mentions[ante![0]].text}, whom "${toks[tr.end].text}" refers to`;
        }
        // "Washington charged that Beijing had supplied …", "alleged that Iran had …": whom a charge
        // is made against is the subject of its clause, whatever the act
        if (
          !this.opts.petrarch &&
          root === '11' &&
          /^(CHARGE|ALLEGE|ACCUSE|BLAME)$/.test(form.lemma) &&
          !tgtMentions.length &&
          toks[tr.end]?.lower === 'that'
        ) {
          let k = tr.end + 1;
          while (k < toks.length && toks[k].m < 0 && DETERMINERS.has(toks[k].lower)) k++;
          const m = toks[k]?.m ?? -1;
          if (m >= 0 && view.mentions[m].first === k) {
            const group = view.groups[view.mentions[m].group];
            const after = toks[view.mentions[group[group.length - 1]].last + 1];
            if (after && (AUX.has(after.lower) || verbStarts.has(view.mentions[group[group.length - 1]].last + 1))) {
              tgtMentions = group.filter((g) => !srcGroup!.includes(g));
              rule += '; target = the subject of the charge';
            }
          }
        }
        if (tgtOrdered) {
          tgtMentions = tgtOrdered.filter((g) => !srcGroup!.includes(g));
          rule += '; target = whom it is ordered';
        }
        // "demanded that Assad step down", "urged that Israel halt …": whom a request is made of is
        // the subject of its clause
        if (!this.opts.petrarch && /^(10|02)$/.test(root) && !tgtMentions.length && toks[tr.end]?.lower === 'that') {
          const subj = requestedThatSubject(view, tr.end + 1);
          if (subj) {
            tgtMentions = subj.filter((g) => !srcGroup!.includes(g));
            rule += '; target = whom the clause asks it of';
          }
        }
        const agreedTo =
          form.lemma === 'AGREE' && toks[tr.end]?.lower === 'to' && DETERMINERS.has(toks[tr.end + 1]?.lower ?? '');
        // "condemned an Iranian missile attack on the U.S. base": the attacker is whom it condemns
        // ("endorsed an Egyptian plan for Gaza", "rejected Trump's proposal": the plan's author)
        // ("rejected Canada's allegations", "denied Kyiv's claims": the accuser)
        const judged =
          root === '11'
            ? CONDEMNED_ACTS
            : root === '05' ||
                root === '12' ||
                code === '016' ||
                (root === '03' && (ACCEPTING_LEMMAS.test(form.lemma) || agreedTo))
              ? PROPOSALS
              : null;
        if (!passive && judged && !this.opts.petrarch) {
          // ("agreed to the Russian plan": past "to"; "expressed outrage at the Russian bombing": past
          // the pattern's noun and its preposition)
          const from =
            root === '11' && match && match.end > tr.end && AT_GRIEVANCE.test(toks[match.end]?.lower ?? '')
              ? match.end + 1
              : agreedTo
                ? tr.end + 1
                : tr.end;
          const doer =
            condemnedDoer(view, from, judged) ??
            authorAfter(view, from, judged, judged === PROPOSALS) ??
            (root === '11' ? coupCountry(view, from) : null);
          const same = doer && doer.length === tgtMentions.length && doer.every((m) => tgtMentions.includes(m));
          if (doer && !same && !doer.every((m) => srcGroup!.includes(m))) {
            tgtMentions = doer;
            rule +=
              root === '11' ? '; target = the doer of the act condemned' : '; target = the author of what it judges';
          } else if (!doer && root === '11' && victimsOf(view, tgtMentions)) {
            // "condemned the attack on the peacekeepers": its victims are no target (its doer, named
            // earlier in the article, may be)
            tgtMentions = [];
            rule += '; the victims of the act condemned are no target';
          }
        }
        // "Israel and Hamas agreed to a truce mediated by Qatar": the agent of a participle after the
        // object is no party to the compound's agreement (it is among the compound)
        if (
          !this.opts.petrarch &&
          root === '03' &&
          srcGroup.length >= 2 &&
          tgtMentions.length &&
          tgtMentions.every((t) => {
            const f = view.mentions[t].first;
            const g = view.mentions[view.groups[view.mentions[t].group][0]].first;
            const b = toks[g - 1]?.lower === 'by' ? g - 1 : toks[f - 1]?.lower === 'by' ? f - 1 : -1;
            return b > 0 && /ed$/.test(toks[b - 1]?.lower ?? '') && b - 1 > tr.end;
          })
        ) {
          tgtMentions = [];
          rule += ' (among the compound: the agent after the object is no party)';
        }
        // "X and Y agreed on a plan": agreeing among themselves is a mutual AGREE, not support of a third party
        if (form.lemma === 'AGREE' && root === '05' && collective && tgtMentions.every((t) => srcGroup!.includes(t))) {
          code = '030';
          root = '03';
          rule +=
            srcGroup.length >= 2
              ? ' (compound agreeing among itself → 030)'
              : ' (members agreeing among themselves → 030)';
        }
        // "thousands of Serbians gathered in Belgrade", "Israelis rallied in Tel Aviv": a crowd's
        // gathering is a demonstration (a state's "rally" of forces is a mobilisation)
        if (
          !this.opts.petrarch &&
          root !== '14' &&
          CROWD_GATHERING_LEMMAS.test(form.lemma) &&
          srcGroup.every((m) => mentions[kept[m]].crowd) &&
          // (not "supporters who had gathered at the airport": a relative clause describes them)
          !/^(who|that|which)$/.test(toks[grp.first - 1]?.lower ?? '')
        ) {
          code = '141';
          root = '14';
          rule += ' (a crowd gathering or protesting → 141)';
          tgtMentions = tgtMentions.filter((t) => !srcGroup!.includes(t));
        }
        // "Lavrov and Kerry discussed Syria", "discussed energy prices and Ukraine": what is
        // discussed is no party (the partner comes with "with")
        // "did not attend a two-day U.N. meeting", "attended the NATO summit": the body that holds it
        if (!this.opts.petrarch && form.lemma === 'ATTEND' && !tgtMentions.length) {
          for (let k = tr.end; k < tr.end + 6 && k < toks.length; k++) {
            if (isBoundary(toks[k])) break;
            if (toks[k].m < 0) continue;
            const men = view.mentions[toks[k].m];
            // (an organisation, not a country: "the Syria peace talks" are about Syria)
            if (
              nounModifier(view, men) &&
              !srcGroup.includes(toks[k].m) &&
              !!this.opts.stateOf &&
              !this.opts.stateOf(mentions[kept[toks[k].m]].actor)
            )
              tgtMentions = [toks[k].m];
            break;
          }
        }
        // ("with the Saudi foreign minister", "with his Saudi counterpart": past the determiner)
        if (!this.opts.petrarch && form.lemma === 'DISCUSS' && tgtMentions.length) {
          let w = view.mentions[tgtMentions[0]].first - 1;
          while (w > 0 && toks[w].m < 0 && DETERMINERS.has(toks[w].lower)) w--;
          if (toks[w]?.lower !== 'with') tgtMentions = [];
        }
        // "the United States, Japan and South Korea agreed to hold military exercises": a compound
        // exercising together with no one aimed at cooperates militarily
        if (
          !this.opts.petrarch &&
          code === '150' &&
          srcGroup.length >= 2 &&
          tgtMentions.every(
            (t) =>
              srcGroup!.includes(t) ||
              mentions[kept[t]].generic ||
              // (off a member's own coast)
              srcGroup!.some((s) =>
                (this.opts.sameSide ?? this.sameActor)(mentions[kept[s]].actor, mentions[kept[t]].actor),
              ),
          )
        ) {
          tgtMentions = [];
          code = '062';
          rule += ' (a compound exercising together → 062)';
        }
        this.opts.debug?.(
          () =>
            `"${toks[tr.start].text}" (${rule}): source ${srcGroup!.map((m) => view.mentions[m].text).join('+')}, target ${tgtMentions.map((m) => view.mentions[m].text).join('+') || 'none'}`,
        );
        let negated = grp.negated !== failed;
        if (!this.opts.petrarch && negated && grp.future && root !== '12') {
          // "will not impose sanctions", "would not attend": announcing one will not act rejects the act
          code = refusalCode(root);
          rule += ` under "will not" → ${code}`;
          root = '12';
          negated = false;
          intent = false;
        }
        if (intent && this.opts.intentCodes !== false) {
          const m = intentCode(code);
          if (m.mapped && m.code !== code) rule += ` + intent → ${m.code}`;
          const threat = !m.mapped && !this.opts.petrarch ? threatCode(code, form.lemma, grp, toks, tr.end) : null;
          if (threat) rule += ` + ${threat.startsWith('131') ? 'a sanction threatened' : 'announced'} → ${threat}`;
          code = threat ?? m.code;
          // "agreed to set up a joint monitoring centre": an investigation undertaken is an intent to
          // cooperate, not an investigation done
          if (!this.opts.petrarch && code.startsWith('09')) {
            code = '030';
            rule += ' + intent → 030';
          }
        }
        const quoted = inQuote[tr.start];
        const trigger = {
          start: toks[tr.start].start,
          end: toks[tr.end - 1].end,
          text: text.slice(toks[tr.start].start, toks[tr.end - 1].end),
        };
        const base = { trigger, negated, quoted, lemma: form.lemma, agreement };
        // "[a:b]": the pattern (or the verb's default) also codes the reverse relation ("X visited Y" → Y hosted X)
        let code2 = hosting ? '042' : match ? match.pattern.code2 : defaultCode2(this.opts.verbs, forms);
        // "X called Y's move reckless" is one-way: the reverse phone call of CALL does not apply
        if (naming) code2 = null;
        // a reciprocal hostile code ("fighting" → both fight) only when the pattern itself named the
        // target: a town or position found after the verb ("striking the towns of X") does not fight back
        if (code2 && !this.opts.petrarch && Number(root) >= 14 && !(match && match.tgt >= 0)) code2 = null;
        // ("did not attend the U.N. meeting": no one hosted what did not happen)
        if (code2 && !this.opts.petrarch && negated && /^04/.test(code)) code2 = null;
        // "inspectors from the OPCW arrived in Damascus" is a visit, "Evo Morales arrived in Mexico
        // City" or "Americans arrived in Malta" is none: with nothing said of a visit or talks after
        // the place, only officials and organisations visit
        if (
          !this.opts.petrarch &&
          form.lemma === 'ARRIVE' &&
          code === '042' &&
          match?.pattern.post.at(-1)?.t === 'tgt' &&
          this.opts.official &&
          !srcGroup.every((g) => this.opts.official!(mentions[kept[g]].actor))
        ) {
          this.opts.debug?.(() => `"${toks[tr.start].text}": an arrival of no official party`);
          continue;
        }
        // ("Turkish and Russian forces will conduct joint patrols in the area Turkey captured": a
        // joint act of a compound is done among itself)
        if (
          !this.opts.petrarch &&
          srcGroup.length >= 2 &&
          match &&
          match.tgt < 0 &&
          /\bJOINT(?:LY)?\b/.test(match.pattern.text)
        )
          tgtMentions = [];
        const realTargets = tgtMentions.filter((t) => !srcGroup!.includes(t));
        // "Indian and Chinese troops clashed", "… exchanged fire", "traded accusations": fighting or
        // blaming among a compound is each side's against the other
        // ("Ukraine and Russia exchanged 95 prisoners each": each releases the other's)
        const mutualAct =
          !this.opts.petrarch &&
          MUTUAL_LEMMAS.has(form.lemma) &&
          (Number(root) >= 17 || ((root === '11' || code === '0841') && /^(TRADE|EXCHANGE)$/.test(form.lemma)));
        if (
          !realTargets.length &&
          srcGroup.length >= 2 &&
          ((this.opts.petrarch && (code2 || match?.compound)) || mutualAct)
        ) {
          // PETRARCH: a compound acting among itself ("% have delayed", "X and Y agree" [030:030])
          // codes every ordered pair, the reverse ones with the reciprocal code
          for (let a = 0; a < srcGroup.length; a++)
            for (let b = a + 1; b < srcGroup.length; b++) {
              this.emit(sc, {
                ...base,
                code,
                srcGroup: [srcGroup[a]],
                tgtMentions: [srcGroup[b]],
                rule,
                confidence,
                intent,
              });
              const c2 = code2 ?? code;
              this.emit(sc, {
                ...base,
                code: c2,
                srcGroup: [srcGroup[b]],
                tgtMentions: [srcGroup[a]],
                rule: `${rule} (reciprocal → ${c2})`,
                confidence: confidence * 0.9,
                intent: false,
              });
            }
          continue;
        }
        // "Russia and the United States blamed each other": each on the other (mutual acts, talks
        // and agreements, are already among the compound)
        if (
          !this.opts.petrarch &&
          srcGroup.length >= 2 &&
          !SYMMETRIC_ROOTS.has(root) &&
          !SYMMETRIC_CODES.has(code) &&
          !tgtMentions.length &&
          /^(each other|one another)/.test(wordsOf(toks, tr.end, tr.end + 2))
        ) {
          for (const a of srcGroup)
            for (const b of srcGroup)
              if (a !== b)
                this.emit(sc, {
                  ...base,
                  code,
                  srcGroup: [a],
                  tgtMentions: [b],
                  rule: `${rule}; each on the other`,
                  confidence,
                  intent,
                });
          continue;
        }
        this.emit(sc, {
          ...base,
          code,
          srcGroup,
          tgtMentions,
          rule,
          confidence,
          intent,
          // ("Damascus agreed to the plan": whose plan, the document may tell)
          // ("the opposition said it accepted the ceasefire": the ceasefire reported before)
          implied:
            !this.opts.petrarch &&
            root === '03' &&
            !grp.negated &&
            (agreedTo ||
              (form.lemma === 'ACCEPT' &&
                /^(the|this|that)$/.test(toks[tr.end]?.lower ?? '') &&
                ACCEPTED_ACCORD.test(wordsOf(toks, tr.end + 1, tr.end + 4)))),
        });
        // (no reciprocal from a place in what a compound agreed on: see `emit`)
        const topicOnly =
          srcGroup.length >= 2 &&
          !this.opts.petrarch &&
          realTargets.length > 0 &&
          realTargets.every((t) => topicOf(view, view.mentions[t].first));
        // (not of an intent: "Erdogan will visit Moscow" — Moscow hosts no one yet)
        if (code2 && realTargets.length && !topicOnly && !(intent && !this.opts.petrarch)) {
          this.emit(sc, {
            ...base,
            code: code2,
            srcGroup: realTargets,
            tgtMentions: srcGroup,
            rule: `${rule} (reciprocal → ${code2})`,
            confidence: confidence * 0.9,
            intent: false,
          });
        }
      }
      round =
        pass > 0
          ? []
          : triggers.filter(
              (g) =>
                suppressed.has(g.start) &&
                AGREEING_GOV.test(toks[g.start].lower) &&
                !triggers.some(
                  (c) =>
                    c.kind === 'verb' &&
                    verbGroup(toks, c.start).toGov === g.start &&
                    out.some((o) => o.trigger.start === toks[c.start].start),
                ),
            );
      for (const g of round) suppressed.delete(g.start);
    }

    // 3. nominals
    for (const tr of triggers) {
      if (tr.kind !== 'nominal') continue;
      const entry = tr.nominal!;
      let srcGroup: number[] | null = null;
      let tgtMentions: number[] = [];
      let how = '';
      // "talks between X and Y"
      const after = toks[tr.end];
      if (after && after.lower === 'between' && toks[tr.end + 1]?.m >= 0) {
        const g = view.groups[view.mentions[toks[tr.end + 1].m].group];
        if (g.length >= 2) {
          srcGroup = g;
          how = 'between';
        }
      }
      // pre-modifiers: "US missile strikes", "Russia's bombing", "Turkey-Russia cooperation"
      if (!srcGroup) {
        const pm = premodifier(view, tr.start);
        if (pm) {
          srcGroup = pm;
          how = 'modifier';
        }
      }
      // light verb: "X held talks", "X launched strikes"
      let light = -1;
      /** The be-form of "was in Ankara for talks with", which carries the talks' tense. */
      let beIn = -1;
      if (!srcGroup) {
        light = lightVerbBefore(toks, tr.start);
        // "authorising sanctions" imposes them; "voted to authorise the deployment" deploys no one
        if (light >= 0 && /^authori[sz]/.test(toks[light].lower) && !entry.code.startsWith('16')) light = -1;
        if (light >= 0) {
          const lg = verbGroup(toks, light);
          srcGroup = this.subjectOf(view, lg.first, verbStarts) ?? participialSubject(view, light, lg.first);
          if (srcGroup) how = `light verb "${toks[light].text}"`;
        }
      }
      // "Ukraine and Russia made no progress at their first direct talks": a possessive pronoun is
      // the subject of the clause's verb ("their" a compound, "its" one party)
      if (!srcGroup && !this.opts.petrarch) {
        let k = tr.start - 1;
        while (k > tr.start - 4 && k > 0 && toks[k].m < 0 && NOMINAL_ADJECTIVES.test(toks[k].lower)) k--;
        // "announced the deal at a joint news conference": "at a joint …" is the compound's, as "their"
        // (and "… in a joint operation", "agreed in a phone call": the verb's compound subject
        // did it together)
        const atJoint =
          (toks[tr.start].lower === 'joint' ||
            (entry.code.startsWith('04') && /^(phone|telephone)$/.test(toks[tr.start].lower))) &&
          /^(a|the)$/.test(toks[tr.start - 1]?.lower ?? '') &&
          /^(at|in)$/.test(toks[tr.start - 2]?.lower ?? '');
        if (atJoint) k = tr.start - 2;
        const pron = atJoint ? 'their' : toks[k]?.m < 0 ? toks[k].lower : '';
        const verb = /^(their|its)$/.test(pron)
          ? triggers.filter((x) => x.kind === 'verb' && x.end <= k && !suppressed.has(x.start)).pop()
          : undefined;
        // (no verb the dictionary knows before it, "sat down to a dinner … at the start of their
        // second summit": the subject before the pronoun)
        const subj = verb
          ? this.subjectOf(view, verbGroup(toks, verb.start).first, verbStarts)
          : pron === 'their'
            ? this.subjectOf(view, k, verbStarts)
            : null;
        if (subj && (pron === 'their') === subj.length >= 2) {
          srcGroup = subj;
          how = atJoint ? `"${toks[tr.start - 2].lower} a ${wordsOf(toks, tr.start, tr.end)}"` : `"${pron}"`;
        }
      }
      // "Putin said after talks with Erdogan in Sochi": talks "with" someone after, during or at
      // which the clause's subject speaks are the subject's
      // ("Kerry and Lavrov unveiled the plan after 13 hours of talks": a compound's talks among itself)
      if (!srcGroup && !this.opts.petrarch && entry.code.startsWith('04')) {
        let k = tr.start - 1;
        // (over "more than four hours of")
        while (
          k > 0 &&
          toks[k].m < 0 &&
          (NOMINAL_ADJECTIVES.test(toks[k].lower) ||
            /^(the|a|an|their|his|her|its|of|more|than|nearly|about|some|several|hours?|days?|rounds?|weeks?|\d+|two|three|four|five|six)$/.test(
              toks[k].lower,
            ))
        )
          k--;
        const verb = /^(after|during|following|at|on|in)$/.test(toks[k]?.lower ?? '')
          ? triggers.filter((x) => x.kind === 'verb' && x.end <= k && !suppressed.has(x.start)).pop()
          : undefined;
        // ("the deal was announced by Putin after talks with …": a passive's agent)
        const agent = verb && toks[verb.end]?.lower === 'by' && toks[verb.end + 1]?.m >= 0 ? toks[verb.end + 1].m : -1;
        const from =
          agent >= 0 ? view.mentions[view.groups[view.mentions[agent].group].at(-1)!].last + 1 : (verb?.end ?? 0);
        // (the verb right before, or past a few words naming no one: "spoke to reporters after talks …")
        const near = !!verb && k - from <= 4 && toks.slice(from, k).every((t) => t.m < 0 && !isBoundary(t));
        // ("After talks with Erdogan in Sochi, Putin said …": an occasion fronted before the main
        // clause is its subject's)
        // ("During a visit to Moscow, Erdogan said …", "In a phone call with Erdogan, Zelensky
        // thanked …", "Speaking at a joint news conference with Lavrov, Kerry said …": likewise, and
        // a fronted participle's occasion)
        const fronted =
          (k === 0 && /^(after|during|following|on|in|at)$/.test(toks[0].lower)) ||
          (!!verb && verb.start === 0 && /ing$/.test(toks[0].lower) && k - verb.end <= 1);
        const main = fronted ? this.frontedSubject(view, triggers, tr.end + 1, verbStarts, suppressed) : null;
        const subj = main
          ? main
          : !near
            ? null
            : agent >= 0
              ? view.groups[view.mentions[agent].group]
              : this.subjectOf(view, verbGroup(toks, verb!.start).first, verbStarts);
        // ("Lavrov was in Ankara on Monday for talks with his Turkish counterpart": the subject of
        // "be in" a place, there for talks with someone)
        let be = -1;
        if (!main && !near && toks[k]?.lower === 'for' && after?.lower === 'with')
          for (let b = k - 1; b >= Math.max(0, k - 8); b--)
            if (toks[b].m < 0 && BE.has(toks[b].lower) && toks[b + 1]?.lower === 'in' && toks[b + 2]?.m >= 0) {
              be = b;
              break;
            }
        const beSubj = be >= 0 ? this.subjectOf(view, verbGroup(toks, be).first, verbStarts) : null;
        if (beSubj && !subj) {
          srcGroup = beSubj;
          how = `"${toks[be].lower} in … for … with"`;
          beIn = be;
        }
        const visitTo = after?.lower === 'to' && /^04[23]/.test(entry.code) && !!main;
        if (subj && (after?.lower === 'with' || visitTo || subj.length >= 2)) {
          srcGroup = subj;
          how =
            after?.lower === 'with' || visitTo
              ? `"${toks[k].lower} … ${after!.lower}"`
              : `"${toks[k].lower} …" talks of a compound`;
        }
      }
      // "the Indonesian president was in Beijing for a state visit": the subject's visit where it
      // was (not talks: "were in Geneva for talks" names a venue)
      let visited: number[] | null = null;
      if (!srcGroup && !this.opts.petrarch && /^04[23]/.test(entry.code)) {
        let k = tr.start - 1;
        while (
          k > 0 &&
          toks[k].m < 0 &&
          (NOMINAL_ADJECTIVES.test(toks[k].lower) ||
            /^(a|an|the|two|three|four|five|one|first|official|state|working|[a-z0-9]+-day|day|week|long)$/.test(
              toks[k].lower,
            ))
        )
          k--;
        const place = toks[k]?.lower === 'for' ? (toks[k - 1]?.m ?? -1) : -1;
        const pm = place >= 0 ? view.mentions[place] : null;
        const v = pm ? pm.first - 2 : -1;
        if (
          pm &&
          pm.last === k - 1 &&
          /^(in|to)$/.test(toks[pm.first - 1]?.lower ?? '') &&
          /^(is|was|were|are|arrived|arrives|landed|lands|travell?ed|travels|flew|flies|went|goes|headed|heads|came|comes)$/.test(
            toks[v]?.lower ?? '',
          )
        ) {
          srcGroup = this.subjectOf(view, verbGroup(toks, v).first, verbStarts);
          if (srcGroup) {
            visited = view.groups[pm.group];
            how = `"${toks[v].lower} ${toks[pm.first - 1].lower} … for"`;
          }
        }
      }
      // "by X"
      if (!srcGroup && after?.lower === 'by' && toks[tr.end + 1]?.m >= 0) {
        srcGroup = view.groups[view.mentions[toks[tr.end + 1].m].group];
        how = 'by';
      }
      // "the shelling of X by Y", "the expulsion of X's diplomats by Y": the agent follows the patient
      if (!srcGroup && after?.lower === 'of' && ofTakesPatient(entry.code)) {
        const by = agentAfterPatient(view, tr.end + 1);
        if (by) {
          srcGroup = by;
          how = 'of … by';
        }
      }
      // "the withdrawal of Russian troops from Syria", "the deployment of US troops to Manbij": the
      // of-phrase names the forces that move (their state's act), the place after them the target
      let targetFrom = tr.end;
      if (!srcGroup && !this.opts.petrarch && after?.lower === 'of' && /^(087|15)/.test(entry.code)) {
        let a = tr.end + 1;
        while (toks[a] && toks[a].m < 0 && DETERMINERS.has(toks[a].lower)) a++;
        if (toks[a]?.m >= 0) {
          srcGroup = view.groups[view.mentions[toks[a].m].group];
          targetFrom = view.mentions[srcGroup.at(-1)!].last + 1;
          how = 'of';
        }
      }
      if (!srcGroup) continue;
      // "criticised Tunisia's crackdown on journalists": the act judged is what the criticism is
      // about (coded as its target), not a report of the act
      if (!this.opts.petrarch && how === 'modifier' && judgedObject(toks, view, srcGroup, triggers, this.opts.verbs)) {
        this.opts.debug?.(() => `"${toks[tr.start].text}": the object of a judgement`);
        continue;
      }
      if (!this.opts.petrarch && modifiesNoun(toks, tr)) {
        this.opts.debug?.(() => `"${toks[tr.start].text}": modifies "${toks[tr.end].text}"`);
        continue;
      }
      if (!this.opts.petrarch && averted(toks, tr.start)) {
        this.opts.debug?.(() => `"${toks[tr.start].text}": averted or ruled out, not done`);
        continue;
      }
      if (!this.opts.petrarch && deniedClause(toks, tr.start)) {
        this.opts.debug?.(() => `"${toks[tr.start].text}": in the clause a denial denies`);
        continue;
      }
      if (!this.opts.petrarch && requestedNominal(toks, tr.start)) {
        this.opts.debug?.(() => `"${toks[tr.start].text}": asked for, not done`);
        continue;
      }
      // (a compound's own talks or call, "agreed in a phone call to work together on Syria": among
      // itself, not with what follows)
      // ("held talks in a …"; "Turkish and Russian forces will conduct joint patrols": a joint act of
      // a compound is done among itself, whatever place is named after it)
      const among =
        srcGroup.length >= 2 &&
        ((entry.code.startsWith('04') && /^"(?:in|at) a /.test(how)) ||
          (!this.opts.petrarch && toks[tr.start].lower === 'joint'));
      if (visited) tgtMentions = visited;
      else if (how !== 'between' && !among) {
        const t = findTargetNominal(view, targetFrom, entry.code.slice(0, 2), ofTakesPatient(entry.code));
        if (t) tgtMentions = t;
      }
      if (entry.requiresPair && srcGroup.length < 2 && tgtMentions.length === 0) continue;
      // "France's call for a ceasefire": a bare "call" that asks for
      // something is no phone call
      if (entry.requiresPair && toks[tr.end]?.lower === 'for') {
        this.opts.debug?.(() => `"${toks[tr.start].text} ${toks[tr.end].text}": a request, not a call`);
        continue;
      }
      // the light verb's own (dictionary) coding is replaced by the nominal's — unless the verb
      // found a target the nominal did not ("carried out air strikes in Syria": the verb pattern
      // read the place, the nominal sees none)
      const verbOut = light >= 0 ? out.filter((o) => o.trigger.start === toks[light].start) : [];
      if (verbOut.some((o) => o.target !== null) && tgtMentions.length === 0) continue;
      if (light >= 0) suppressOutputs(out, toks[light].start);
      const before = out.length;
      const grp = light >= 0 ? verbGroup(toks, light) : beIn >= 0 ? verbGroup(toks, beIn) : null;
      let code = entry.code;
      let intent = false;
      // "said he was open to negotiations with Ukraine", "is ready for talks": a willingness, not talks held
      const willing = !this.opts.petrarch && WILLING_BEFORE.test(wordsOf(toks, Math.max(0, tr.start - 4), tr.start));
      let negated = grp?.negated ?? false;
      let nomRule = `nominal: ${entry.phrase} (${how}) → ${code}`;
      if (!this.opts.petrarch && negated && grp?.future && !code.startsWith('12')) {
        // "will not impose sanctions": a rejection of the act
        code = refusalCode(code.slice(0, 2));
        nomRule += ` under "will not" → ${code}`;
        negated = false;
      } else if (
        this.opts.intentCodes !== false &&
        (grp?.future ||
          willing ||
          (grp &&
            grp.toGov >= 0 &&
            // ("threatened to launch a new offensive": the offensive threatened, not launched)
            (INTENT_GOV.has(toks[grp.toGov].lower) ||
              (!this.opts.petrarch && (THREAT_GOV.has(toks[grp.toGov].lower) || unhesitating(toks, grp.toGov))))))
      ) {
        const m = intentCode(code);
        const threat = !m.mapped && !this.opts.petrarch && grp ? threatCode(code, '', grp, toks, tr.end) : null;
        if (threat) nomRule += ` + ${threat.startsWith('131') ? 'a sanction threatened' : 'announced'} → ${threat}`;
        code = threat ?? m.code;
        intent = true;
      }
      const s = toks[tr.start].start;
      const e = toks[tr.end - 1].end;
      const base = {
        code,
        trigger: { start: s, end: e, text: text.slice(s, e) },
        rule: nomRule,
        confidence: 0.55,
        negated,
        intent,
        quoted: inQuote[tr.start],
        // ("agreed to a ceasefire", "agreed to hold a truce": see `CodedEvent.agreement`)
        agreement:
          light >= 0 &&
          (/^agree(?:s|d|ing)?$/.test(toks[light].lower) ||
            (grp!.toGov >= 0 && /^agree[sd]?$/.test(toks[grp!.toGov].lower))),
      };
      const mutual = SYMMETRIC_ROOTS.has(code.slice(0, 2)) || SYMMETRIC_CODES.has(code);
      if (how === 'between' && !mutual && !this.opts.petrarch) {
        // "clashes between Kyrgyz and Tajik forces": each side acts on the other
        for (const a of srcGroup)
          for (const b of srcGroup) if (a !== b) this.emit(sc, { ...base, srcGroup: [a], tgtMentions: [b] });
      } else this.emit(sc, { ...base, srcGroup, tgtMentions });
      // ("said the Assad government had carried out the attack": the doer's act can be alleged)
      if (!this.opts.petrarch && how.startsWith('light verb') && /^(18|19|20)/.test(code) && !intent && !negated)
        hostile.push({ src: srcGroup, start: tr.start, negated: false });
      // nothing coded from the nominal (no target where one is needed): the verb's coding stands
      if (out.length === before) out.push(...verbOut);
    }
    if (!this.opts.petrarch) {
      reportingVerbs(this.ctx, view, toks, verbStarts, speech, inQuote);
      if (speech.length) {
        hostileClaims(this.ctx, view, toks, verbStarts, hostile);
        // ("Lavrov said Washington was protecting terrorists": the charge is the event, not an act of
        // protection the verb would code)
        for (const h of hostile)
          if (h.claim)
            for (let k = out.length - 1; k >= 0; k--)
              if (out[k].trigger.start === toks[h.start].start) out.splice(k, 1);
      }
      allegations(this.ctx, sc, speech, hostile);
      reactions(this.ctx, sc, verbStarts, inQuote);
      verdicts(this.ctx, sc, speech);
      obligations(this.ctx, sc, speech);
      announcedTruces(this.ctx, sc, verbStarts, inQuote);
      retaliationWarnings(this.ctx, sc, speech, verbStarts, inQuote);
      claimedAttacks(this.ctx, sc, verbStarts, inQuote);
      occasionParticipants(this.ctx, sc, inQuote);
      expectedVisits(this.ctx, sc, verbStarts, inQuote);
      contactsKept(this.ctx, sc, verbStarts, inQuote);
      concernVoiced(this.ctx, sc, verbStarts, inQuote);
      passiveAccords(this.ctx, sc, inQuote);
      actVerdicts(this.ctx, sc, speech);
      impliedProtests(sc);
    }
    return out;
  }

  /**
   * "Trump ordered the United States to withdraw from …": the object of an order is the state of
   * the one who gives it (the same country, named bare or as a state body).
   */
  private ownState(
    view: SentenceView,
    kept: number[],
    mentions: CoderMention<A>[],
    verb: number,
    object: number,
    verbStarts: Set<number>,
  ): boolean {
    if (this.opts.petrarch || !this.opts.stateOf) return false;
    const subj = this.subjectOf(view, verbGroup(view.toks, verb).first, verbStarts);
    if (!subj || subj.length !== 1) return false;
    const a = this.opts.stateOf(mentions[kept[subj[0]]].actor);
    const b = this.opts.stateOf(mentions[kept[object]].actor);
    return !!a && a === b;
  }

  /**
   * "its forces in Afghanistan", "their troops from Syria": the place named right after one's own
   * forces (a view mention index), when it is another actor than the source `s`; else -1.
   */
  private theatreAfter(sc: SentenceScope<A>, forces: number, s: number): number {
    const { view, kept, mentions } = sc;
    const toks = view.toks;
    const from = view.mentions[forces].last + 1;
    for (let i = from; i < toks.length && i <= from + 2; i++) {
      const t = toks[i];
      if (t.m >= 0) {
        const ok =
          LOCATIVE.has(toks[i - 1]?.lower ?? '') && !this.sameActor(mentions[kept[s]].actor, mentions[kept[t.m]].actor);
        return ok && view.mentions[t.m].first === i ? t.m : -1;
      }
      if (!/^(in|from|out|of|the)$/.test(t.lower)) return -1;
    }
    return -1;
  }

  private emit(sc: SentenceScope<A>, e: Emission): void {
    const { out, view, kept, mentions } = sc;
    const root = e.code.slice(0, 2);
    const pairs: [number, number | null][] = [];
    let open = false;
    let targets = e.tgtMentions.filter((t) => !e.srcGroup.includes(t));
    // "Saudi Arabia and Iran agreed to re-establish relations and reopen embassies": a compound
    // acting together on what names no party acts with itself
    // ("Russia and Turkey reached an understanding on the evacuation of eastern Aleppo": a place in
    // what they agreed on is no party)
    if (
      e.srcGroup.length >= 2 &&
      (SYMMETRIC_ROOTS.has(root) || SYMMETRIC_CODES.has(e.code)) &&
      targets.length &&
      targets.every(
        (t) =>
          (view.toks[view.mentions[t].first].g && mentions[kept[t]].generic) || topicOf(view, view.mentions[t].first),
      )
    )
      targets = [];
    // (mediators named together do not mediate between themselves)
    // ("Moscow and Damascus agreed to open humanitarian corridors": an intent agreed by a compound is
    // agreed among it)
    const mutual =
      SYMMETRIC_ROOTS.has(root) ||
      SYMMETRIC_CODES.has(e.code) ||
      (!!e.agreement && !this.opts.petrarch && root === '03');
    if (targets.length) {
      for (const s of e.srcGroup) for (const t of targets) pairs.push([s, t]);
    } else if (mutual && e.srcGroup.length === 1 && !this.opts.petrarch && rivalSides(view, e.srcGroup[0])) {
      // "Sudan's warring parties agreed to a ceasefire": the two sides of one country, with each other
      pairs.push([e.srcGroup[0], e.srcGroup[0]]);
      e = { ...e, rule: `${e.rule}; the rival sides of ${view.mentions[e.srcGroup[0]].text}, with each other` };
    } else if (e.srcGroup.length >= 2 && mutual) {
      // ("Russia and Turkey announced a truce in Syria": a truce declared together is agreed on; "a
      // truce between Israel and Hamas took effect" is the truce itself)
      if (e.code === '0871' && e.lemma && !this.opts.petrarch)
        e = { ...e, code: '0356', agreement: true, rule: `${e.rule}; declared together, agreed → 0356` };
      for (let a = 0; a < e.srcGroup.length; a++)
        for (let b = a + 1; b < e.srcGroup.length; b++) pairs.push([e.srcGroup[a], e.srcGroup[b]]);
    } else if (
      this.targetless.has(root) ||
      this.targetless.has(e.code) ||
      e.implied ||
      e.srcGroup.every((s) => mentions[kept[s]].generic)
    ) {
      // a generic source ("the leaders agreed to meet") is left for the caller to resolve or drop
      for (const s of e.srcGroup) pairs.push([s, null]);
    } else if (this.opts.openTarget?.(e.code, e.lemma, mentions[kept[e.srcGroup[0]]].actor)) {
      for (const s of e.srcGroup) pairs.push([s, null]);
      open = true;
    }
    for (const [s, t0] of pairs) {
      let t = t0;
      const src = mentions[kept[s]];
      let tgt = t === null ? null : mentions[kept[t]];
      // "Egypt reinforced its troops": forces named through the source's "its" are its own
      const possessed = t !== null && /^(its|their)$/.test(view.toks[view.mentions[t].first - 1]?.lower ?? '');
      // ("Turkish authorities arrested Istanbul's mayor": a state coercing one of its own officials
      // is an act, though both resolve to the same government)
      const ownOfficial =
        !this.opts.petrarch &&
        root === '17' &&
        !possessed &&
        tgt !== null &&
        /\b(mayor|minister|governor|official|officials|leader|lawmaker|lawmakers|judge|prosecutor|general|commander|president|opposition)\b/i.test(
          view.mentions[t!]?.text ?? '',
        );
      // ("Azerbaijan launched military operations in Nagorno-Karabakh": force used on a region of
      // one's own country, named apart from it, is an act)
      const ownRegion =
        !this.opts.petrarch &&
        /^(18|19|20)$/.test(root) &&
        tgt !== null &&
        tgt.via === 'name' &&
        src.via === 'name' &&
        view.mentions[t!]?.text !== view.mentions[s]?.text;
      if (
        tgt &&
        t !== s &&
        !ownOfficial &&
        !ownRegion &&
        (this.sameActor(src.actor, tgt.actor) ||
          (possessed && (this.opts.sameSide ?? this.sameActor)(src.actor, tgt.actor)))
      ) {
        // "the defence minister deployed the army": one's own institution moved is no recipient;
        // an act that stands without one stays (the caller places it), and so does a protest in
        // one's own country ("Georgians poured into the streets of Tbilisi")
        // ("committed to reducing its forces in Afghanistan": one's own forces drawn down somewhere,
        // that place's country is the recipient)
        const theatre = possessed && /^(087|0356)/.test(e.code) ? this.theatreAfter(sc, t!, s) : -1;
        if (theatre >= 0) {
          t = theatre;
          tgt = mentions[kept[t]];
        } else {
          if (
            (!tgt.commonNoun && !possessed && root !== '14') ||
            !(this.targetless.has(root) || this.targetless.has(e.code))
          )
            continue;
          [t, tgt] = [null, null];
        }
      }
      let conf = e.confidence;
      if (src.via === 'coref' || tgt?.via === 'coref') conf *= 0.85;
      if (e.quoted) conf *= 0.7;
      if (e.negated) conf *= 0.8;
      out.push({
        code: e.code,
        source: kept[s],
        target: t === null ? null : kept[t],
        trigger: e.trigger,
        rule: e.rule,
        confidence: Math.round(conf * 100) / 100,
        negated: e.negated,
        intent: e.intent,
        quoted: e.quoted,
        ...(e.lemma ? { lemma: e.lemma } : {}),
        ...(open ? { open } : {}),
        ...(e.implied && t === null ? { implied: true } : {}),
        ...(e.agreement ? { agreement: true } : {}),
        actorSource: src.actor,
        actorTarget: tgt ? tgt.actor : null,
      });
    }
  }
}

export type { PatternMatch };
