/**
 * The sentence coder: finds event triggers (dictionary verbs and nominalisations), picks the
 * source (subject) and target (object) actor mentions, and gives each a CAMEO code.
 *
 * It is independent of where actors come from: callers pass mention spans plus an actor
 * payload, so the same coder runs on pipeline output (src/events/index.ts) and on the
 * PETRARCH unit-test records with their own dictionaries (eval/events-unit.ts).
 */
import type { VerbDictionary, VerbForm } from './verbdict.js';
import {
  PatternMatcher,
  HARD_BOUNDARY,
  isBoundary,
  type PatternMatch,
  type SentenceView,
  type VToken,
} from './patterns.js';
import { buildView, type SpanLike } from './view.js';
import { NominalTriggers, type NominalEntry } from './nominals.js';

/** A mention handed to the coder: a span and whatever identifies its actor. */
export interface CoderMention<A> extends SpanLike {
  actor: A;
  /** How it was linked (name, nominal, demonym, coref…); lowers confidence for coref. */
  via?: string;
  /**
   * Names a kind of actor without identifying one ("protesters", "military personnel"): its
   * words may also be read as the words of a verb pattern ("sent military personnel to X").
   */
  generic?: boolean;
  /**
   * Named by a common noun though resolved ("the army" of the article's country): its words too
   * may be read as pattern words ("deployed the army").
   */
  commonNoun?: boolean;
  /** A crowd (protesters, students, "Israelis"): its gatherings are demonstrations. */
  crowd?: boolean;
}

/** A hostile act with its doers, that a speaker's report of it may allege (see `allegations`). */
interface Hostile {
  src: number[];
  start: number;
  negated: boolean;
  /** A charge with no event of its own ("meddling"): alleged by a trailing attribution too. */
  claim?: boolean;
}

/** A verb of saying coded in a sentence: who spoke (mention indexes), where, and how. */
interface Speech {
  src: number[];
  start: number;
  end: number;
  negated: boolean;
  quoted: boolean;
  conf: number;
}

/** The speech of `src` through the verb trigger `tr`. */
function speechOf(
  src: number[],
  tr: { start: number; end: number },
  negated: boolean,
  inQuote: boolean[],
  conf: number,
): Speech {
  return { src, start: tr.start, end: tr.end, negated, quoted: inQuote[tr.start], conf };
}

/** The lower-case words of tokens `a` (inclusive) to `b` (exclusive), joined by spaces. */
function wordsOf(toks: VToken[], a: number, b: number): string {
  return toks
    .slice(a, b)
    .map((t) => t.lower)
    .join(' ');
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

export interface CodedEvent<A> {
  code: string;
  /** Source and target mentions (indexes into the caller's mention array). */
  source: number;
  target: number | null;
  trigger: { start: number; end: number; text: string };
  rule: string;
  confidence: number;
  negated: boolean;
  /** Future/intended action (CAMEO code already mapped to the 03x "express intent" family). */
  intent: boolean;
  /** Verbal (quoted) rather than reported as done. */
  quoted: boolean;
  /** Dictionary lemma of a verb trigger ("CONDEMN"), or undefined for nominals. */
  lemma?: string;
  /**
   * A passive with no agent: `source` and `target` are both the patient. Of coercion ("Navalny was
   * detained at passport control") the caller names the authority that acted, or drops the event;
   * of violence ("ten people were killed in shelling") the doer stays unknown.
   */
  agentless?: boolean;
  /**
   * Emitted with no recipient because what it agrees to or accepts is another's act the document
   * may name ("Damascus agreed to the plan", "accepted the ceasefire").
   */
  implied?: boolean;
  /**
   * An intended act stated as agreed ("agreed on a truce", "agreed to exchange prisoners"): an
   * accord, where the same intent announced by one side ("would withdraw") is a concession.
   */
  agreement?: boolean;
  /**
   * Emitted with no recipient because `openTarget` allowed it: the caller finds the recipient in
   * the discourse or drops the event.
   */
  open?: boolean;
  actorSource: A;
  actorTarget: A | null;
}

export interface CoderOptions<A> {
  verbs: VerbDictionary;
  nominals?: NominalEntry[];
  /** The country whose state an actor is (bare or a state body), or null: see `ownState`. */
  stateOf?: (a: A) => string | null;
  /** A state's agent (army, police, officials) whatever its country: see `ordering`. */
  stateAgent?: (a: A) => boolean;
  /** A state body, one of its officials, or an international organisation (whose arrival is a visit). */
  official?: (a: A) => boolean;
  /** Same actor? Used to drop self-directed events. */
  sameActor?: (a: A, b: A) => boolean;
  /** Code events that have no target (default: only root codes listed in `targetless`). */
  targetless?: Set<string>;
  /**
   * Acts (by code and verb lemma) emitted even when their sentence names no recipient, flagged
   * `open`, for a caller that reads the whole article ("Paris recalled its ambassador").
   */
  openTarget?: (code: string, lemma: string | undefined, source: A) => boolean;
  /**
   * Map intended actions ("agreed to meet", "will visit") to the 03x "express intent" codes
   * (default true). PETRARCH's conventions code the verb as it stands: set false to follow them.
   */
  intentCodes?: boolean;
  /**
   * Follow PETRARCH's conventions where they differ from news-reading defaults: the object of any
   * preposition after the verb may be the target ("criticized the closure of guest houses in
   * Bree" → Bree), as PETRARCH takes it from the verb phrase of a full parse. Default false.
   */
  petrarch?: boolean;
  /** Same side (e.g. same country): a speaker reporting its own side's acts alleges nothing. Default: sameActor. */
  sameSide?: (a: A, b: A) => boolean;
  /** Receives the coder's reasoning (triggers found, why a trigger was dropped); for debugging. */
  debug?: (msg: () => string) => void;
  /**
   * Part-of-speech tag (Penn Treebank) of the word at `i` of a sentence's words, with its margin
   * over the next best tag, for telling a dictionary verb form that is a noun or an adjective here
   * ("military targets", "armed men") from a verb. Optional: without it the coder judges by word
   * shapes alone.
   */
  tagAt?: (words: readonly string[], i: number) => { tag: string; margin: number };
}

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

const PREPS = new Set([
  'in',
  'at',
  'on',
  'to',
  'from',
  'with',
  'by',
  'for',
  'of',
  'against',
  'into',
  'over',
  'about',
  'between',
  'among',
  'toward',
  'towards',
  'near',
  'across',
  'through',
  'under',
  'without',
  'within',
  'during',
  'after',
  'before',
  'outside',
  'inside',
  'upon',
  'via',
  'like',
  'than',
  'including',
]);
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'from']);
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
const AUX = new Set([
  'will',
  'would',
  'shall',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  "'ll",
  "'d",
  'has',
  'have',
  'had',
  "'s",
  "'ve",
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'re",
  'do',
  'does',
  'did',
  'to',
  'not',
  "n't",
  'never',
  'also',
  'already',
  'still',
  'now',
  'reportedly',
  'then',
  'just',
  'tentatively',
  'recently',
  'jointly',
  'again',
  'later',
  'soon',
  'only',
  'further',
  'formally',
  'officially',
  'publicly',
  'repeatedly',
  'allegedly',
  'apparently',
  'finally',
  'first',
  'no',
  'longer',
  'yet',
  'even',
  'once',
  'both',
  'all',
  'quickly',
  'strongly',
  'previously',
  'successfully',
  'frequently',
  'often',
  'largely',
  'effectively',
  'directly',
  'ever',
  'even',
  'really',
  'certainly',
  'most',
  'subsequently',
  'eventually',
  'immediately',
  'swiftly',
]);
/**
 * Adverbs without "-ly" that may sit inside a verb group ("had long refused", "has since ordered")
 * but are no auxiliaries: a bare verb form after them is not thereby a verb ("a long table").
 */
const GROUP_ADVERBS = new Set(['long', 'since']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", 'get', 'got', 'gets']);
const NEG = new Set(['not', "n't", 'never', 'no']);
const MODAL_FUTURE = new Set(['will', 'would', 'shall', "'ll"]);
const MODAL_HYPO = new Set(['could', 'might', 'may', 'should', 'must']);
/** Verbs of hoping before a modal clause ("hoped convoys could reach …"). */
const HOPING = /^(hope|hopes|hoped|hoping|wish|wishes|wished|expects?|expected|expecting)$/;
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
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'this',
  'these',
  'those',
  "'s",
  'of',
  'any',
  'some',
  'every',
  'each',
  'no',
  'such',
  'first',
  'new',
  'latest',
  'recent',
  'fresh',
  'further',
  'more',
]);
/** Governors of "to VERB" that reject the action ("refused to apologise"). */
const REFUSAL_LEMMAS = new Set(['REFUSE', 'DECLINE', 'REJECT']);
/** Governors of "to VERB" that report the action not done ("failed to reach agreement"). */
const FAILURE_LEMMAS = new Set(['FAIL']);
/** Verbs that report what someone says or claims: their complement may be an allegation. */
const SPEECH_LEMMAS = new Set(['SAY', 'CLAIM', 'ALLEGE', 'INSIST', 'STATE', 'CHARGE', 'REPORT']);
/** Verbal acts whose participle may follow the clause's day without a comma (see `plausibleVerb`). */
const VERBAL_ING =
  /^(ACCUSE|URGE|DEMAND|WARN|CRITICISE|CRITICIZE|CONDEMN|BLAME|CALL|ASK|ALLEGE|CLAIM|DESCRIBE|BRAND|LABEL|DUB|TERM)$/;

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
/** Predicates of "called X a Y" that praise rather than criticise. */
const CRITICISM_WORDS =
  /^(mistake|mistakes|violation|violations|aggression|stab|betrayal|blow|crime|crimes|disaster|threat|provocation|provocative|lie|lies|farce|failure|outrage|outrageous|unacceptable|illegal|bad|terrible|shameful|disgrace|disgraceful|terrorism|terrorist|terrorists|massacre|insult|blunder|catastrophe|catastrophic|hypocrisy|breach|sham|interference|escalation|escalatory|excessive|hostile|illegitimate|unjustified|unjustifiable|unlawful|baseless|groundless|aggressive|destabilising|destabilizing|inflammatory|irresponsible|propaganda|nonsense|absurd|dangerous|reckless|irresponsible|flagrant|blatant|criminal|war|invasion|occupation|occupier|occupiers|aggressor|aggressors|murder|murderer|genocide|tragedy|cowardly|barbaric|heinous|act|unfriendly|cynical|hypocritical|unprovoked|unfounded|fabrication|fabricated|slander|blackmail|piracy|coup|putsch|criminals|murderers|killers|liars|thugs|butchers|gangsters|pirates|warmongers|puppets|traitors|fascists|nazis|unsafe|unprofessional|risky|sin|stunt|charade|circus|ploy|smokescreen|sham)$/;
const PRAISE_WORDS =
  /^(success|successful|victory|triumph|breakthrough|hero|heroes|friend|friends|partner|partners|ally|allies|important|positive|good|great|milestone|welcome|constructive|historic|productive|fruitful|useful|excellent|model|brother|brothers)$/;
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

/** Verbs whose complement is a clause: the mention after them is a subject, not an object. */
const CLAUSE_VERBS =
  /^(said|says|say|saying|believes?|believed|thinks?|thought|announced?|announces|added|adds|stated?|states|noted?|notes|claimed?|claims|insisted?|insists|warned|warns|argued?|argues|suggested|suggests|confirmed?|confirms|hopes?|hoped|fears?|feared|knows?|knew|reported|reports|stressed|stresses|explained|explains|acknowledged|admitted|concluded|agreed|agrees|concerned|worried|alarmed|convinced|sure|aware)$/;

export const DEFAULT_TARGETLESS = new Set(['14', '15']);

interface Trigger {
  start: number; // token index
  end: number; // exclusive
  kind: 'verb' | 'nominal';
  forms?: VerbForm[];
  nominal?: NominalEntry;
  /** A participle after its noun with a "by" agent: "rebels backed by Turkey". */
  reduced?: boolean;
}

/** Verbs before "to VERB" that announce force as a threat: "vowed to crush", "is ready to strike". */
const THREAT_GOV = new Set([
  'vow',
  'vowed',
  'vows',
  'pledge',
  'pledged',
  'pledges',
  'promise',
  'promised',
  'promises',
  'threaten',
  'threatened',
  'threatens',
  'ready',
  'prepared',
  'intends',
  'intend',
  'intended',
]);

/** Verbs of the violence roots whose announcement threatens no one: "will disarm", "ready to engage with". */
const NOT_A_THREAT = new Set(['DISARM', 'ENGAGE', 'DEFEND', 'PROTECT', 'SECURE', 'DIE']);

/**
 * "Turkey would launch a ground operation against Kurdish militants", "vowed to crush the
 * rebels": force announced (a future, or a vow) and not done threatens it — CAMEO 138 (137 for
 * repression). Null for other codes and for plans reported as such ("is due to", "agreed to").
 */
function threatCode(
  code: string,
  lemma: string,
  grp: { future: boolean; toGov: number },
  toks: VToken[],
  at: number,
): string | null {
  const root = code.slice(0, 2);
  // "would halt some weapons shipments to Israel if it launched …": a sanction on a condition
  // threatens it (1311 aid, 1312 sanctions, 1313 relations, 131 otherwise)
  const unhesitant = unhesitating(toks, grp.toGov);
  if (root === '16' && ((grp.future && conditionFollows(toks, at)) || unhesitant))
    return /^162/.test(code) ? '1311' : /^163/.test(code) ? '1312' : /^16[14]/.test(code) ? '1313' : '131';
  if (!/^(17|18|19|20)$/.test(root) || NOT_A_THREAT.has(lemma)) return null;
  if (!grp.future && !unhesitant && !(grp.toGov >= 0 && THREAT_GOV.has(toks[grp.toGov].lower))) return null;
  return root === '17' ? '137' : '138';
}

/**
 * The token of "invitation" governing an infinitive through `g` — the noun itself ("an invitation
 * to visit") or its giver ("an invitation from Putin to visit") — or -1.
 */
function invitationAt(view: SentenceView, g: number): number {
  const toks = view.toks;
  if (/^invitations?$/.test(toks[g]?.lower ?? '')) return g;
  if (toks[g]?.m === undefined || toks[g].m < 0) return -1;
  const k = view.mentions[toks[g].m].first - 1;
  return /^(from|by)$/.test(toks[k]?.lower ?? '') && /^invitations?$/.test(toks[k - 1]?.lower ?? '') ? k - 1 : -1;
}

/** "would not hesitate [to]", "will not hesitate [to]": a governor at `g` that announces the act. */
function unhesitating(toks: VToken[], g: number): boolean {
  if (!/^hesitate$/.test(toks[g]?.lower ?? '')) return false;
  const grp = verbGroup(toks, g);
  return grp.negated && (grp.future || grp.hypothetical);
}

/** An "if" or "unless" clause later in the sentence (before a semicolon). */
function conditionFollows(toks: VToken[], at: number): boolean {
  for (let k = at; k < toks.length && k < at + 25; k++) {
    if (toks[k].lower === ';') return false;
    if (toks[k].m < 0 && /^(if|unless)$/.test(toks[k].lower)) return true;
  }
  return false;
}

/** Intent mapping of a code: "agreed to meet" (040) → 036 "express intent to meet". */
export function intentCode(code: string): { code: string; mapped: boolean } {
  const root = code.slice(0, 2);
  const sub = code.slice(2, 3);
  switch (root) {
    case '03':
      return { code, mapped: true };
    case '04':
      return { code: '036', mapped: true };
    case '05':
      return { code: '032', mapped: true };
    case '06':
      return { code: sub && '1234'.includes(sub) ? `031${sub}` : '031', mapped: true };
    case '07':
      return { code: sub && '1234'.includes(sub) ? `033${sub}` : '033', mapped: true };
    case '08': {
      const m: Record<string, string> = { '1': '0351', '4': '0353', '5': '0354', '6': '0355', '7': '0356' };
      return { code: m[sub] ?? '035', mapped: true };
    }
    default:
      return { code, mapped: false };
  }
}

/** What the passes over one sentence share: its view, its kept mentions and the events coded so far. */
interface SentenceScope<A> {
  out: CodedEvent<A>[];
  view: SentenceView;
  /** View mention index → index into the caller's mentions. */
  kept: number[];
  mentions: CoderMention<A>[];
  /** The document text (offsets are absolute). */
  text: string;
}

export class Coder<A> {
  readonly matcher: PatternMatcher;
  private readonly nominals: NominalTriggers;
  private readonly sameActor: (a: A, b: A) => boolean;
  private readonly targetless: Set<string>;

  constructor(readonly opts: CoderOptions<A>) {
    this.matcher = new PatternMatcher(
      opts.verbs,
      opts.petrarch ? { gap: 8, skipGap: 12, exactWords: true } : { coordinatedVerbs: true },
    );
    this.nominals = new NominalTriggers(opts.nominals ?? []);
    this.sameActor = opts.sameActor ?? ((a, b) => a === b);
    this.targetless = opts.targetless ?? DEFAULT_TARGETLESS;
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
   * The subject of the verb group at `first` (see `findSubject`); outside PETRARCH mode a pronoun
   * the actor stage left unresolved is that subject, so no name further back is taken for it.
   */
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
      const nounContext =
        !!prev &&
        prev.m < 0 &&
        !floated &&
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
            tgtMentions = subj ?? [];
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
          !form.ing
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
          const doer = condemnedDoer(view, from, judged) ?? authorAfter(view, from, judged);
          const same = doer && doer.length === tgtMentions.length && doer.every((m) => tgtMentions.includes(m));
          if (doer && !same && !doer.every((m) => srcGroup!.includes(m))) {
            tgtMentions = doer;
            rule +=
              root === '11' ? '; target = the doer of the act condemned' : '; target = the author of what it judges';
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
        const verb = /^(after|during|following|at|on)$/.test(toks[k]?.lower ?? '')
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
        // ("During a visit to Moscow, Erdogan said …", "Speaking at a joint news conference with
        // Lavrov, Kerry said …": likewise, and a fronted participle's occasion)
        const fronted =
          (k === 0 && /^(after|during|following|on)$/.test(toks[0].lower)) ||
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
      // the light verb's own (dictionary) coding is replaced by the nominal's — unless the verb
      // found a target the nominal did not ("carried out air strikes in Syria": the verb pattern
      // read the place, the nominal sees none)
      const verbOut = light >= 0 ? out.filter((o) => o.trigger.start === toks[light].start) : [];
      if (verbOut.some((o) => o.target !== null) && tgtMentions.length === 0) continue;
      if (light >= 0) suppressOutputs(out, toks[light].start);
      const before = out.length;
      const grp = light >= 0 ? verbGroup(toks, light) : null;
      let code = entry.code;
      let intent = false;
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
      this.reportingVerbs(view, toks, verbStarts, speech, inQuote);
      if (speech.length) {
        this.hostileClaims(view, toks, verbStarts, hostile);
        // ("Lavrov said Washington was protecting terrorists": the charge is the event, not an act of
        // protection the verb would code)
        for (const h of hostile)
          if (h.claim)
            for (let k = out.length - 1; k >= 0; k--)
              if (out[k].trigger.start === toks[h.start].start) out.splice(k, 1);
      }
      this.allegations(sc, speech, hostile);
      this.reactions(sc, verbStarts, inQuote);
      this.verdicts(sc, speech);
      this.obligations(sc, speech);
      this.announcedTruces(sc, verbStarts, inQuote);
      this.retaliationWarnings(sc, speech, verbStarts, inQuote);
      this.claimedAttacks(sc, verbStarts, inQuote);
      this.occasionParticipants(sc, inQuote);
      this.expectedVisits(sc, verbStarts, inQuote);
      this.passiveAccords(sc, inQuote);
      this.actVerdicts(sc, speech);
      this.impliedProtests(sc);
    }
    return out;
  }

  /**
   * "X said Y was responsible for the attack", "said the junta was illegitimate", "said Israel's
   * actions were a violation of international law": a speaker's damning verdict on another party,
   * stated in the reported clause, accuses it (112). Only when the clause's subject is that party
   * (or its act, "Y's decision") and the verdict is not negated; not for the speaker's own side.
   */
  private verdicts(sc: SentenceScope<A>, speech: Speech[]): void {
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
          this.accuseFromSpeech(sc, sp, [doer], 0.7, (t) => `allegation of spying: "${t}" … ${spy[0].trim()}`);
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
        for (let k = 0; k < 3 && toks[j] && toks[j].m < 0 && /^[a-z-]+$/.test(toks[j].lower); k++) j++;
      } else if (toks[j]?.m < 0 && ACT_HEADS.test(toks[j].lower)) j++; // "the U.S. sanctions were illegal"
      // ("Israel alone was to blame")
      if (toks[j]?.m < 0 && /^(alone|itself|themselves|solely)$/.test(toks[j].lower)) j++;
      const rest = wordsOf(toks, j, j + 9);
      const v = VERDICT_RE.exec(rest) ?? ESPIONAGE_RE.exec(rest);
      if (!v) continue;
      const doers = this.otherSide(sp.src, view.groups[subj.group], mentions, kept);
      if (!doers.length) continue;
      this.accuseFromSpeech(sc, sp, doers, 0.75, (t) => `verdict: "${t}" … ${v[0].trim()}`);
    }
  }

  /**
   * "Starmer said Iran should not respond", "Macron said Israel must lift the blockade": what a
   * speaker says another party should or must do is asked of it (020). Only a party named as the
   * reported clause's subject, not of the speaker's side, before a modal of obligation and a verb
   * other than "be" or "have" ("Iran should be held accountable" judges, it asks nothing).
   */
  private obligations(sc: SentenceScope<A>, speech: Speech[]): void {
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
      while (toks[j] && toks[j].m < 0 && /^(not|never|also|now|immediately|urgently|no|longer)$/.test(toks[j].lower))
        j++;
      const verb = toks[j];
      if (
        !verb ||
        verb.m >= 0 ||
        /^(be|have|know|expect|remember|understand)$/.test(verb.lower) ||
        !this.isVerbWord(verb.lower)
      )
        continue;
      const doers = this.otherSide(sp.src, group, mentions, kept);
      if (!doers.length) continue;
      const trigger = speechTrigger(toks, text, sp);
      this.emit(sc, {
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
  private announcedTruces(sc: SentenceScope<A>, verbStarts: Set<number>, inQuote: boolean[]): void {
    const { view, text } = sc;
    const toks = view.toks;
    for (let v = 0; v < toks.length; v++) {
      if (toks[v].m >= 0 || !/^(announced|announces|declared|declares)$/.test(toks[v].lower)) continue;
      const grp = verbGroup(toks, v);
      if (grp.negated || grp.toGov >= 0 || conditionalClause(toks, grp.first)) continue;
      const src = this.subjectOf(view, grp.first, verbStarts);
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
      this.emit(sc, {
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
  private retaliationWarnings(
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
      let f = k - 1;
      while (f > 0 && toks[f].m < 0 && /^[a-z-]+$/.test(toks[f].lower) && !SPEAKING_THAT.test(toks[f].lower)) f--;
      const party = toks[k - 1].m >= 0 ? view.groups[view.mentions[toks[k - 1].m].group] : null;
      const pronoun = toks[k - 1].m < 0 && /^(it|we|they)$/.test(toks[k - 1].lower);
      const subjStart = party ? Math.min(...party.map((m) => view.mentions[m].first)) : pronoun ? k - 1 : f + 1;
      // the speaker: a verb of saying or vowing just before the clause, or a trailing attribution
      let g = subjStart - 1;
      if (party && /^(the|a|an)$/.test(toks[g]?.lower ?? '')) g--;
      if (toks[g]?.lower === 'that') g--;
      let sp: Speech | undefined;
      if (g >= 0 && toks[g].m < 0 && SPEAKING_THAT.test(toks[g].lower)) {
        const grp = verbGroup(toks, g);
        let src = grp.negated || grp.toGov >= 0 ? null : this.subjectOf(view, grp.first, verbStarts);
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
      let targets = party ? this.otherSide(sp.src, party, mentions, kept) : [];
      if (resolve ? !(pronoun || (party && !targets.length)) : party && !targets.length) continue;
      // ("said it would have serious consequences for relations with Ankara": the party the
      // consequences are for)
      const forAt = resolve || party ? -1 : consequencesFor(toks, k + r[0].trim().split(' ').length);
      const forGroup =
        forAt >= 0 ? this.otherSide(sp.src, view.groups[view.mentions[forAt].group], mentions, kept) : [];
      if (forGroup.length) targets = forGroup;
      const aimed = (!resolve && !!party) || forGroup.length > 0;
      // (consequences threaten nothing in particular: 130; a price paid or an act answered, force)
      const threat = /consequences/.test(r[0]) ? '130' : '138';
      this.emit(sc, {
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
  private occasionParticipants(sc: SentenceScope<A>, inQuote: boolean[]): void {
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
      this.emit(sc, {
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
  private passiveAccords(sc: SentenceScope<A>, inQuote: boolean[]): void {
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
      this.emit(sc, {
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
  private expectedVisits(sc: SentenceScope<A>, verbStarts: Set<number>, inQuote: boolean[]): void {
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
      const host = this.subjectOf(view, grp.first, verbStarts);
      if (!host || !guest.every((g) => this.opts.official?.(mentions[kept[g]].actor) ?? true)) continue;
      const guests = this.otherSide(host, guest, mentions, kept);
      if (!guests.length || out.some((e) => guests.some((g) => kept[g] === e.source) && e.code.startsWith('03')))
        continue;
      this.emit(sc, {
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
  }

  /**
   * "Islamic State claimed responsibility for the attacks": the claimant is the attacker (190, lemma
   * CLAIM). The target is the attack's, which the caller finds in the article (CAMEO's own reading,
   * 015 "claim responsibility", is a statement with no recipient and is replaced).
   */
  private claimedAttacks(sc: SentenceScope<A>, verbStarts: Set<number>, inQuote: boolean[]): void {
    const { out, view, kept, text } = sc;
    const toks = view.toks;
    for (let v = 0; v < toks.length; v++) {
      if (toks[v].m >= 0 || !/^(claimed|claims|claim|claiming)$/.test(toks[v].lower)) continue;
      const rest = wordsOf(toks, v + 1, v + 9);
      const r = CLAIMED_ATTACK_RE.exec(rest);
      if (!r) continue;
      const grp = verbGroup(toks, v);
      if (grp.negated || grp.toGov >= 0 || conditionalClause(toks, grp.first)) continue;
      const src = this.subjectOf(view, grp.first, verbStarts);
      if (!src) continue;
      const claimants = new Set(src.map((x) => kept[x]));
      for (let k = out.length - 1; k >= 0; k--)
        if (out[k].code === '015' && claimants.has(out[k].source)) out.splice(k, 1);
      const trigger = tokenTrigger(toks, text, v);
      this.emit(sc, {
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
  private actVerdicts(sc: SentenceScope<A>, speech: Speech[]): void {
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
        /^["“]$/.test(toks[0]?.lower ?? '') &&
        (!toks[said.end] || /^[.!?]$/.test(toks[said.end].lower)) &&
        sp.start > 2;
      if (trailing) i = 1;
      if (toks[i]?.lower === 'that') i++;
      let j = i + 1;
      if (trailing && /^(this|it)$/.test(toks[i]?.lower ?? '') && /^(is|was)$/.test(toks[i + 1]?.lower ?? '')) j = i;
      else {
        if (!/^(the|this|these|those|its|their|such)$/.test(toks[i]?.lower ?? '')) continue;
        while (
          j < i + 4 &&
          toks[j] &&
          toks[j].m < 0 &&
          !ACT_HEADS.test(toks[j].lower) &&
          /^[a-z-]+$/.test(toks[j].lower)
        )
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
        const doers = doer >= 0 ? this.otherSide(sp.src, view.groups[view.mentions[doer].group], mentions, kept) : [];
        if (doers.length)
          this.accuseFromSpeech(sc, said, doers, 0.75, (t) => `verdict: "${t}" … the hallmarks of its doer`);
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
        const doers = doer >= 0 ? this.otherSide(sp.src, view.groups[view.mentions[doer].group], mentions, kept) : [];
        if (doers.length) {
          this.accuseFromSpeech(
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
  private allegations(sc: SentenceScope<A>, speech: Speech[], hostile: Hostile[]): void {
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
        const doers = this.otherSide(sp.src, h.src, mentions, kept).filter((d) => !own(d));
        if (!doers.length) continue;
        this.accuseFromSpeech(
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
  private reportingVerbs(
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
      if (/^tol[dl]/.test(toks[i].lower)) {
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
      const subj = this.subjectOf(view, grp.first, verbStarts);
      if (subj) speech.push(speechOf(subj, { start: i, end: i + 1 }, grp.negated, inQuote, 0.6));
    }
  }

  /**
   * "said Bolivia was meddling in its affairs", "said the crisis had been orchestrated by the
   * regime", "said Moscow was trying to sabotage its bid": a harm that is no event of its own
   * (meddling, undermining, inciting) charged to a party in what a speaker says. Adds the charged
   * party as the doer of a hostile claim for `allegations`; the clause itself codes nothing.
   */
  private hostileClaims(view: SentenceView, toks: VToken[], verbStarts: Set<number>, hostile: Hostile[]): void {
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
      doers ??= this.subjectOf(view, head.first, verbStarts);
      if (!doers?.length) continue;
      hostile.push({ src: doers, start: i, negated: grp.negated || head.negated, claim: true });
    }
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
   * "Police fired tear gas at protesters", "detained 500 people at a demonstration": force used on
   * a protesting crowd reports the crowd's protest too (141, the crowd's words the trigger), against
   * those who used it, unless the sentence codes one already.
   */
  private impliedProtests(sc: SentenceScope<A>): void {
    const { out, view, kept, mentions } = sc;
    const toks = view.toks;
    const done = new Set<number>();
    for (const e of [...out]) {
      // (a verb reported as done, not "after days of clashes between police and protesters")
      if (e.target === null || e.negated || e.intent || e.quoted || !e.lemma || !/^(17|18|19|20)/.test(e.code))
        continue;
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
  private reactions(sc: SentenceScope<A>, verbStarts: Set<number>, inQuote: boolean[]): void {
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
      if (!REACTION_NOUN.test(toks[j]?.lower ?? '') || toks[j + 1]?.lower !== 'from' || !(toks[j + 2]?.m >= 0))
        continue;
      const critics = view.groups[view.mentions[toks[j + 2].m].group];
      // the subject of the clause's verb ("North Korea test-fired …, days before the U.S. election,
      // drawing …": not the nearest name)
      const v = Math.max(-1, ...[...verbStarts].filter((x) => x < i));
      const subject = v >= 0 ? this.subjectOf(view, verbGroup(toks, v).first, verbStarts) : null;
      if (!subject) continue;
      const sources = this.otherSide(subject, critics, mentions, kept);
      if (!sources.length) continue;
      const s = toks[j].start;
      const e = toks[j].end;
      this.emit(sc, {
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
  private otherSide(speakers: number[], group: number[], mentions: CoderMention<A>[], kept: number[]): number[] {
    const sameSide = this.opts.sameSide ?? this.sameActor;
    return group.filter(
      (d) =>
        !speakers.includes(d) && speakers.every((s) => !sameSide(mentions[kept[s]].actor, mentions[kept[d]].actor)),
    );
  }

  /** ACCUSE (112) from a speaker (its speech verb is the trigger) to the parties `doers`. */
  private accuseFromSpeech(
    sc: SentenceScope<A>,
    sp: Speech,
    doers: number[],
    weight: number,
    why: (trigger: string) => string,
  ): void {
    const { view, text } = sc;
    const trigger = speechTrigger(view.toks, text, sp);
    this.emit(sc, {
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

  private emit(
    sc: SentenceScope<A>,
    e: {
      code: string;
      srcGroup: number[];
      tgtMentions: number[];
      trigger: { start: number; end: number; text: string };
      rule: string;
      confidence: number;
      negated: boolean;
      intent: boolean;
      quoted: boolean;
      lemma?: string;
      /** No target here is left for the caller to imply ("Damascus agreed to the plan"). */
      implied?: boolean;
      agreement?: boolean;
    },
  ): void {
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

/**
 * A verb of judgement or possibility right after a noun: the noun is the subject of a clause about
 * it ("the pullout could …", "the sanctions were …"); not "the ceasefire would take effect", which
 * announces it.
 */
const REPORTED_VERB_AFTER = /^(could|can|may|might|must|should|was|were|is|are|remained|remains|had|has|have)$/;

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

/** An object that refers back: "accusing them of", "accusing the agency of". */
const REFERRING_OBJECT =
  /^(?:them|him|her|it|the (?:agency|group|organi[sz]ation|body|mission|bloc|movement|party|company|alliance|militants|rebels|government|regime|country|station|stations|activists|men))\b/;

/**
 * The mention group nearest before token `before` in the sentence that is not the source's (nor the
 * same actor as a source): what a participle's "them" or "the agency" refers to.
 */
function antecedentBefore(
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
function rivalSides(view: SentenceView, m: number): boolean {
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

/**
 * Gatherings that a crowd makes into a demonstration ("rallied", "gathered"; a state's "rally" of
 * forces is a mobilisation).
 */
const CROWD_GATHERING_LEMMAS = /^(RALLY|GATHER|ASSEMBLE|CONVERGE|MASS|PROTEST|DEMONSTRATE|MARCH)$/;

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
function joinedCommaParticiple(toks: VToken[], i: number): boolean {
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

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
const NOT_NOUN = new Set(['and', 'or', 'but', 'nor', 'then', 'that', 'which', 'who', 'also', 'and/or']);

/**
 * A past participle right after a noun is usually a reduced relative, not a finite verb:
 * "an alliance backed by the US" (a passive with its agent → `reduced`), "negotiations aimed at
 * ending the war" (an adjective → `modifier`). Otherwise `verb`.
 */
function participleShape(toks: VToken[], i: number, n: number, form: VerbForm): 'verb' | 'reduced' | 'modifier' {
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

/** The noun phrase a reduced relative modifies: the mention just before it ("rebels backed by …"). */
function reducedHead(view: SentenceView, v: number): number[] | null {
  const toks = view.toks;
  for (let i = v - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    const t = toks[i];
    if (t.m >= 0) return [t.m];
    if (t.lower === ',' && n === 0) continue;
    if (isBoundary(t) || PREPS.has(t.lower) || AUX.has(t.lower)) return null;
  }
  return null;
}

/** Aspect verbs whose gerund is the act: "began freeing prisoners". */
const ASPECT_VERBS =
  /^(began|begun|begin|begins|beginning|started|start|starts|resumed|resume|resumes|continued|continue|continues|stopped|stop|stops|kept|keep|keeps)$/;
/** -ing forms that are mostly adjectives ("statements by leading NATO powers"). */
const ADJECTIVAL_ING =
  /^(leading|ruling|neighbou?ring|warring|governing|remaining|following|existing|growing|increasing|rising|ongoing|competing|incoming|outgoing)$/;
/** Verbs of reaction whose "by VERBing" names the act: "retaliated by expelling". */
const METHOD_LEMMAS = new Set(['RETALIATE', 'RESPOND', 'REACT', 'REPLY', 'HIT_BACK']);
/** Prepositions before a gerund whose subject is the main clause's: "retaliated by expelling". */
const GERUND_AFTER = new Set(['by', 'after', 'before']);

/**
 * Without a parser, many dictionary verb forms are adjectives or gerunds in context ("the
 * proposed cooperation", "groups opposing Assad", "'moderate' groups"). Keep a verb only when
 * its shape fits a finite or infinitive verb.
 */
function plausibleVerb(toks: VToken[], i: number, form: VerbForm, triggers: Trigger[]): boolean {
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
  if (form.ing) {
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
function modifiesNoun(toks: VToken[], tr: Trigger): boolean {
  return MODIFIED_HEADS.test(toks[tr.end]?.lower ?? '');
}

function suppressOutputs<A>(out: CodedEvent<A>[], triggerStart: number): void {
  for (let k = out.length - 1; k >= 0; k--) if (out[k].trigger.start === triggerStart) out.splice(k, 1);
}

/** The reciprocal code (`[a:b]`) that goes with `defaultCode`, or null. */
function defaultCode2(dict: VerbDictionary, forms: VerbForm[]): string | null {
  for (const f of byPreference(dict, forms)) {
    if (f.code) return f.code2 ?? null;
    const b = dict.blocks[f.block];
    if (b.code) return b.code2 ?? null;
  }
  return null;
}

/**
 * Forms of a word, our curated additions (data/events/verbs-extra.txt) first: where they give a
 * verb a default ("pull out" → 0874 retreat), it corrects the general CAMEO block it also sits in.
 */
function byPreference(dict: VerbDictionary, forms: VerbForm[]): VerbForm[] {
  if (forms.length < 2 || !forms.some((f) => dict.blocks[f.block].origin === EXTRA_ORIGIN)) return forms;
  return [
    ...forms.filter((f) => dict.blocks[f.block].origin === EXTRA_ORIGIN),
    ...forms.filter((f) => dict.blocks[f.block].origin !== EXTRA_ORIGIN),
  ];
}
const EXTRA_ORIGIN = 'verbs-extra';

function defaultCode(dict: VerbDictionary, forms: VerbForm[]): string | null {
  for (const f of byPreference(dict, forms)) {
    // an explicit "[---]" on a verb line of our additions withdraws the CAMEO default as well
    // ("ordered": a command to one's own people is no demand; only its patterns code it)
    if (f.uncoded && dict.blocks[f.block].origin === EXTRA_ORIGIN) return null;
    if (f.uncoded) continue;
    const c = f.code ?? dict.blocks[f.block].code;
    if (c) return c;
  }
  return null;
}

function isNominalModifier(lower: string): boolean {
  return /^(missile|air|phone|telephone|military|peace|bilateral|trilateral|direct|face-to-face|ceasefire|security|trade|nuclear|drone|artillery|rocket|round|summit|fresh|crucial|massive)$/.test(
    lower,
  );
}

function quoteMask(toks: VToken[], quotes: SpanLike[]): boolean[] {
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
function verbGroup(toks: VToken[], v: number): VerbGroupInfo {
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
function infinitiveConjunct(toks: VToken[], first: number, v: number, lemma: string, verbStarts: Set<number>): number {
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

/**
 * A verb group inside a clause opened by "whether", "if" or "unless", or by a correlative "the
 * sooner" (back to the clause start).
 */
function conditionalClause(toks: VToken[], first: number): boolean {
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

/** Verbs of harm to people: their agentless passives report violence by an unnamed doer. */
const HARM_LEMMAS =
  /^(KILL|KILLED_AND|KILLED_OR|KIDNAPPED_AND_KILLED|SHOOT|SHOT_AND|GUN_DOWN|SNIPE|WOUND|INJURE|HURT|ASSASSINATE|MURDER|MASSACRE|SLAUGHTER|BEHEAD|STAB|TORTURE|ABDUCT|KIDNAP|AMBUSH)$/;

/** "risk being killed", "fear being kidnapped": a danger, not an act. */
const RISK_BEFORE = /^(risk|risks|risked|risking|fear|fears|feared|fearing|avoid|avoided|escape|escaped)$/;

/** Acts of obstruction done in protest: CAMEO 144 (obstruct passage, block). */
const PROTEST_BLOCKING =
  /^(BLOCK|BLOCKADE|BARRICADE|OCCUPY|CLOSE|SHUT|SHUT_DOWN|CUT_OFF|STOP|HALT|PARALYZE|PARALYSE|JAM|CLOG)/;

/**
 * "… in protest at / against / over / of …" after the verb, in its clause (no other verb and no
 * clause break between): the act was done as a protest.
 */
function protestAfter(toks: VToken[], end: number, verbStarts: Set<number>): boolean {
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
function deathToll(toks: VToken[], first: number, verb: number): boolean {
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

/** Nouns of armed attack that may carry their doer: "a NATO airstrike", "an attack by militants". */
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
    if (verbStarts.has(k)) return findSubject(view, verbGroup(toks, k).first, verbStarts, true);
    k--;
  }
  return null;
}

const ATTACK_NOUNS =
  /^(air-?strikes?|strikes?|raids?|attacks?|shelling|bombings?|bombardments?|fire|gunfire|assaults?|offensives?|ambush(es)?|clash(es)?|fighting|shootings?|rockets?|missiles?|mortars?|barrages?|sorties|operations?|campaigns?|crackdown|violence)$/;

/**
 * The doer named inside the attack phrase after a passive of violence: "killed in a NATO
 * airstrike", "wounded in Israeli shelling", "killed in an attack by militants", "died in clashes
 * with rebels". Null when the phrase names none ("killed in shelling", "by a roadside bomb").
 */
function attackPhraseAgent(toks: VToken[], from: number): { mention: number; noun: string } | null {
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

/** "if", "unless" or "whether" earlier in the verb's comma-free stretch ("Even if … and X are killed"). */
function conditionalBefore(toks: VToken[], first: number): boolean {
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
function requestedOfNoun(toks: VToken[], gov: number, verbStarts: Set<number>): boolean {
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

/** Subordinators that open a time, reason or concession adjunct. */
const ADJUNCT_OPENERS = new Set(['after', 'before', 'since', 'when', 'while', 'until', 'because', 'despite']);

/** Accusation verbs whose bare participle names what someone is accused of. */
const ACCUSATION_LEMMAS = /^(ACCUSE|CHARGE|SUSPECT|CONVICT|ALLEGE|BLAME|INDICT|SENTENCE)$/;
/** Naming verbs: "what Moscow calls its special operation" names, it does not call on anyone. */
const NAMING_LEMMAS = /^(CALL|DESCRIBE|TERM|DUB|LABEL|BRAND)$/;

/**
 * Verb forms that report no act of a subject: "settlers accused of violence" (a reduced passive with
 * no accuser), ", provided any talks …" (a conjunction), "what he called the realities" (naming).
 */
function notAnAct(view: SentenceView, tr: Trigger, first: number, form: VerbForm): boolean {
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

/** The CAMEO rejection code for refusing an act of a root: talks 125, yielding 123, else 120. */
function refusalCode(root: string): string {
  return root === '04' || root === '03' ? '125' : root === '08' ? '123' : '120';
}

/** Verbs that after "noun to" state a purpose ("funding to prevent famine"). */
const PURPOSE_VERBS =
  /^(PREVENT|PROTECT|DEFEND|ENSURE|AVOID|SAFEGUARD|SECURE|DETER|GUARANTEE|SHIELD|PRESERVE|STOP|COUNTER|CONTAIN)$/;

/** The dictionary lemma of the verb trigger starting at token `k`, if any. */
function verbLemmaAt(triggers: Trigger[], k: number): string | undefined {
  return triggers.find((t) => t.kind === 'verb' && t.start === k)?.forms![0].lemma;
}

/** Verbs of arguing for a course ("argued for keeping forces …"). */
const ADVOCACY_LEMMAS = new Set(['ARGUE', 'ADVOCATE', 'LOBBY', 'CAMPAIGN']);

/** A "to VERB" group (starting at `first`) inside the complement of "argued for …", within its clause. */
function advocatedPurpose(toks: VToken[], first: number, triggers: Trigger[]): boolean {
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
function summonedTo(toks: VToken[], first: number, triggers: Trigger[]): boolean {
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
function reasonGiven(toks: VToken[], first: number, triggers: Trigger[]): boolean {
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
 * A nominal whose possessive modifier (`group`) is the direct object of a verb of judging or
 * demanding: "criticised Tunisia's crackdown", "condemned Russia's annexation of Crimea".
 */
/**
 * "averting a Syrian government offensive", "to prevent an attack", "ruled out a military
 * operation": an act named as the object of averting is not done; one paused or halted is not
 * reported anew ("agreed to pause its offensive"), nor is "any attack". Back over the noun phrase.
 */
function averted(toks: VToken[], start: number): boolean {
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

function judgedObject(
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

/** Days and parts of days that head a time phrase ("on Wednesday", "late Tuesday"). */
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|morning|evening|afternoon|week|month|year)$/;

function findAfter(toks: VToken[], from: number, pred: (t: VToken) => boolean, max: number): number {
  for (let i = from; i < toks.length && i < from + max; i++) {
    if (pred(toks[i])) return i;
    if (isBoundary(toks[i])) return -1;
  }
  return -1;
}

/**
 * The subject of a verb group starting at token `first`: the nearest mention group to the left
 * that is not the object of a preposition or of another verb, within the clause.
 */
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
        if (
          /^(on|against|in)$/.test(toks[a]?.lower ?? '') &&
          l === 'which' &&
          ATTACK_NOUNS.test(toks[a - 1]?.lower ?? '')
        )
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
function reducedAgentSubject(view: SentenceView, first: number): number[] | null {
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

/** Index of the "(" that the ")" at `close` closes, within five tokens; -1 if none. */
function parenOpen(toks: VToken[], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 6; j--) {
    if (toks[j].lower === '(') return j;
    if (HARD_BOUNDARY.has(toks[j].lower)) return -1;
  }
  return -1;
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
function participialSubject(view: SentenceView, v: number, first: number): number[] | null {
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
function promisedAction(view: SentenceView, from: number, isSpeaker: (m: number) => boolean): number {
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

/** Verbs that name something "as" what it is: "described the decision as unfriendly". */
const DESCRIBING_LEMMAS = /^(DESCRIBE|BRAND|LABEL|CHARACTERISE|CHARACTERIZE|DECRY|CONDEMN|DENOUNCE|REGARD|VIEW|HAIL)$/;

/**
 * "called [OBJECT] [a|an] PREDICATE": OBJECT is a mention, a pronoun ("it", "them") or a short
 * noun phrase ("the strikes", "the decision"); PREDICATE is a noun phrase, possibly in quotation
 * marks ("a stab in the back", "a big mistake"). Null when the words do not have this shape
 * ("called on X", "called for talks", "called X by phone").
 */

function namingPredicate(
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
function directObject(view: SentenceView, from: number): number[] | null {
  const toks = view.toks;
  for (let i = from; i < toks.length && i < from + 3; i++) {
    // "told a Security Council meeting": the mention names the gathering, not the addressee
    if (toks[i].m >= 0)
      return nounModifier(view, view.mentions[toks[i].m]) ? null : view.groups[view.mentions[toks[i].m].group];
    if (!DETERMINERS.has(toks[i].lower)) return null;
  }
  return null;
}

/** Verbs of saying: what follows them is a reported clause, not the object of an earlier verb. */
const SPEECH_WORDS = /^(said|says|say|saying|told|tells|added|adds|stated|announced|insisted|claimed|warned|noted)$/;

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
function nounModifier(view: SentenceView, men: { first: number; last: number }): boolean {
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

/** Hostile acts whose doer a condemnation names as their modifier: "Russia's invasion", "an Iranian attack". */
const CONDEMNED_ACTS =
  /^(attacks?|strikes?|airstrikes?|invasion|aggression|offensive|bombings?|bombardment|shelling|killings?|incursions?|raids?|crackdown|annexation|occupation|assault)$/;

/** Proposals whose author an endorsement or a rejection names as their modifier: "an Egyptian plan". */
const PROPOSALS =
  /^(plan|plans|proposal|proposals|initiative|offer|bid|demands?|request|ultimatum|resolution|allegations?|accusations?|claims?|charges?)$/;

/**
 * "condemned an Iranian missile attack on …", "denounced Russia's invasion of …": the mention that
 * modifies the condemned act's noun, right after the verb (its group), else null.
 */
function condemnedDoer(view: SentenceView, from: number, acts: RegExp): number[] | null {
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
  if (toks[j]?.lower === "'s" || toks[j]?.lower === '’s') j++;
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
    if (w.m >= 0 || isBoundary(w)) return null;
    if (acts.test(w.lower)) return view.groups[men.group];
    if (!/^[a-z-]+$/.test(w.lower)) return null;
  }
  return null;
}

/**
 * "approved the resolution drafted by Russia and Turkey", "rejected the plan put forward by
 * Washington": the author named after the judged noun (which starts at `from`), or null.
 */
function authorAfter(view: SentenceView, from: number, acts: RegExp): number[] | null {
  const toks = view.toks;
  let i = from;
  while (
    i < toks.length &&
    i < from + 4 &&
    toks[i].m < 0 &&
    !acts.test(toks[i].lower) &&
    /^[a-z-]+$/.test(toks[i].lower)
  )
    i++;
  if (!toks[i] || toks[i].m >= 0 || !acts.test(toks[i].lower)) return null;
  let j = i + 1;
  if (toks[j]?.lower === 'put' && toks[j + 1]?.lower === 'forward') j++;
  if (
    !/^(drafted|proposed|forward|sponsored|submitted|tabled|brokered|presented|floated|offered)$/.test(
      toks[j]?.lower ?? '',
    )
  )
    return null;
  if (toks[j + 1]?.lower !== 'by') return null;
  let k = j + 2;
  while (toks[k] && toks[k].m < 0 && DETERMINERS.has(toks[k].lower)) k++;
  return toks[k]?.m >= 0 ? view.groups[view.mentions[toks[k].m].group] : null;
}

/**
 * "any role for Turkey", "the involvement of Iran", "a Kurdish presence": the party whose part in
 * something the object names (right after the verb), or null.
 */
function rolePlayer(view: SentenceView, from: number): number[] | null {
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
function namesPair(view: SentenceView, m: number): boolean {
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
function topicOf(view: SentenceView, first: number): boolean {
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

/** Verbs of ordering whose object is told to do something ("ordered X to", "told X to"). */
const ORDERING = /^(ORDER|TELL|INSTRUCT|DIRECT|COMMAND|PUSH)$/;
/** Ordered out: "ordered the diplomats to leave (the country)". */
const ORDERING_OUT = /^(leave|depart|quit)$/;

/**
 * The party an order is given to: the mention right after the verb (past determiners and
 * quantities: "all local NGOs", "about 1.1 million people") when "to" and a bare verb follow it
 * within a few words ("ordered Israel on Friday to take …", "told people in northern Gaza to move").
 */
function orderedParty(view: SentenceView, end: number): { group: number[]; verb: string; countries?: boolean } | null {
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

/** Verbs of arriving somewhere: "entered Gaza", "reached Aleppo", "arrived in Port Sudan". */
const ARRIVAL_LEMMAS = /^(ENTER|REACH|ARRIVE|CROSS)$/;
const AID_CARGO = /^(aid|food|medicine|medicines|medical|fuel|relief|humanitarian|flour|supplies)$/;
const AID_CARRIERS = /^(trucks?|lorries|lorry|convoys?|ships?|shipments?|flights?|planes?|vessels?|airdrops?)$/;

/**
 * The place aid arrives in, when the subject before `first` names a cargo of aid and its carriers
 * ("trucks carrying food, medicine and fuel", "the first aid convoy") and no actor: the mention
 * right after the verb ("entered Gaza", "arrived in Port Sudan"); else -1 (as null).
 */
function aidArrival(
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
function receivedGuest(view: SentenceView, end: number): boolean {
  const toks = view.toks;
  let k = end;
  while (k < end + 2 && toks[k] && toks[k].m < 0 && DETERMINERS.has(toks[k].lower)) k++;
  const m = toks[k]?.m ?? -1;
  return m >= 0 && view.mentions[m].first === k && GUEST_HEADS.test(view.mentions[m].text);
}

/** The verb block of "not rule out [force]": a threat, its negation read as part of it. */
const NOT_RULED_OUT = 'RULE_OUT_FORCE';

/** Verbs asking for what their that-clause says ("demanded that Assad step down"). */
const REQUEST_THAT =
  /^(demand|demands|demanded|demanding|urge|urges|urged|urging|insist|insists|insisted|insisting|ask|asks|asked|asking|request|requests|requested|requesting|propose|proposes|proposed|proposing|recommend|recommends|recommended|suggest|suggests|suggested)$/;

/** The subject of a that-clause at `k` when it is followed by a bare verb or "should/must". */
function requestedThatSubject(view: SentenceView, k: number): number[] | null {
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
function requestedClause(view: SentenceView, first: number): boolean {
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

/** Verbs accepting what another party put forward (its author is the target). */
const ACCEPTING_LEMMAS = /^(ACCEPT|EMBRACE|ENDORSE|APPROVE)$/;
/** Accords accepted that an article names before ("accepted the ceasefire"). */
const ACCEPTED_ACCORD = /\b(ceasefire|truce|deal|agreement|accord|arrangement|plan|roadmap)\b/;

/** Words of a quantity before a noun: "at least eight people" is no object of "at". */
const QUANTITY_WORDS =
  /^(least|most|than|about|around|nearly|almost|some|several|many|dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million)$/;

/** Verbs whose object is the weapon they stop: "shot down", "intercepted", "downed". */
const DOWNING_RE = /^(down|downed|downing|intercept|intercepted|intercepting|intercepts)$/;

/**
 * A damning verdict after the subject of a reported clause: "was responsible for", "is to blame",
 * "were illegitimate", "was a violation of", "is a threat to" (not negated: "was not to blame").
 */
const VERDICT_RE =
  /^(?:(?:is|was|were|are|had been|has been|have been|remained|remains|will be|would be)\s+|(?=(?:bore|bears|bear|had borne|has borne)\s))(?:(?:solely|directly|fully|entirely|completely|clearly|totally|wholly|also|still)\s+)?(?:(?:a|an)\s+(?:(?:grave|flagrant|serious|clear|direct|blatant|gross|major|real|outright)\s+)?)?(responsible for|(?:bore|bears|bear|had borne|has borne)\s+(?:["“]\s*)?(?:(?:full|great|moral|direct|primary|heavy|sole|special|particular|the)\s+){0,3}responsibility|to blame|guilty of|complicit in|behind the|illegitimate|illegal|null and void|unlawful|unacceptable|irresponsible|violations? of|breach of|in breach of|in violation of|threat to|provocation|provocative|act of aggression|aggressor|terrorists?\b|sponsor of terror)/;

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

/** Verbs reporting a finding or claim before "that" (see `reportingVerbs`). */
/** The participle before "by" that names an act's doer ("committed by", "carried out by"). */
const DOER_PARTICIPLE = /^(committed|out|perpetrated|launched|orchestrated|staged|ordered|conducted|masterminded)$/;
/** Past forms of gathering and protest that take no object (never a participle modifying a noun). */
const CROWD_PAST = /^(rallied|marched|protested|demonstrated|rioted|converged|flocked|massed|congregated)$/;
/** Documents that "call for", "provide for", "say" things of their own. */
const DOCUMENT_HEAD =
  /^(deal|agreement|accord|memorandum|pact|treaty|plan|roadmap|resolution|statement|draft|text|declaration|communique|proposal|document|initiative)$/;
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
  /^(?:will|would|shall) (?:not (?:go|be left|remain) (?:unanswered|unpunished|without (?:a )?response)|pay (?:a |an |the )?(?:very |heavy |high |steep |terrible |severe |dear |big |great |painful )*price|be made to pay|(?:have|bring|carry|entail) (?:very )?(?:serious|grave|dire|severe|tragic|catastrophic) consequences)/;
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
  /^(?:will|would|shall) (?:be merciless|show no mercy|not (?:stand idly by|stand by idly|remain silent|remain idle|sit idly by))/;
/** Verbs of saying or vowing a retaliation is reported by ("vowed that …", "warned …"). */
const SPEAKING_THAT =
  /^(said|says|say|vowed|vows|vow|warned|warns|warn|declared|declares|insisted|insists|stressed|stresses|added|adds|promised|promises|pledged|pledges|swore|swears|threatened|threatens|told)$/;
/** The preposition before the act a feeling is about: "outrage at", "concern over", "anger about". */
const AT_GRIEVANCE = /^(at|over|about|regarding)$/;
/** A diplomat named by office ("the Russian ambassador", "35 diplomats", "embassy staff"). */
const ENVOY_RE = /\b(ambassadors?|diplomats?|envoys?|embassy|attach[eé]s?|consuls?|charg[eé]s? d'affaires)\b/i;
const REPORTING_THAT =
  /^(told|tells|tell|concluded|concludes|conclude|believes|believed|believe|determined|assessed|assesses|found|finds|suspects|suspected|stressed|added|maintained|maintains|asserted|asserts|contended|contends)$/;

/** Intelligence services one may be charged with working for ("working for Russia's FSB"). */
const SPY_SERVICE = /^(fsb|gru|svr|kgb|cia|mossad|mss|isi|intelligence|spy|spies|secret|security)$/;

/** "said they had engaged in activities incompatible with their status": the diplomats' spying. */
const ESPIONAGE_RE =
  /^(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+)?(?:(?:engaged|engaging|involved)\s+in\s+(?:activities|actions)\s+incompatible\s+with|spying\b|spies\b)/;

/** Nouns naming an act a verdict may be passed on ("said the strikes were justified"). */
const ACT_HEADS =
  /^(strikes?|airstrikes?|attacks?|decision|move|moves|action|actions|operation|offensive|step|steps|measures|sanctions|deployment|annexation|raids?|bombings?|invasion|incursion|expulsions?|arrests?|withdrawal|test|launch|blockade|seizure|crackdown)$/;
/** Approval of an act: "necessary and appropriate", "justified", "legitimate". */
const ACT_PRAISE =
  /^(necessary|appropriate|justified|legitimate|proportionate|warranted|right|correct|welcome|successful|legal|lawful|measured|reasonable)$/;

/** Arrangements a third party brokers, backs or mediates ("under a deal brokered by the Vatican"). */
const BROKERED_NOUNS =
  /^(deals?|agreements?|accords?|talks|plans?|proposals?|resolutions?|ceasefires?|truces?|initiatives?|process|summits?|meetings?|conferences?|negotiations|swaps?|exchanges?)$/;

/** Verbs of drawing a reaction: "drawing condemnation from …", "sparked protests from …". */
const REACTION_VERB =
  /^(draw|draws|drew|drawn|drawing|prompt|prompts|prompted|prompting|spark|sparks|sparked|sparking|trigger|triggers|triggered|triggering|provoke|provokes|provoked|provoking|earn|earns|earned|earning|attract|attracts|attracted|attracting)$/;
/** Reactions that disapprove: "condemnation", "a rebuke", "protests", "criticism". */
const REACTION_NOUN = /^(condemnations?|criticism|rebukes?|protests?|outrage|censure|anger|objections?)$/;

/** Adjectives between a possessive pronoun and a nominal ("their first direct talks"). */
const NOMINAL_ADJECTIVES =
  /^(first|second|third|latest|last|new|direct|indirect|fresh|further|bilateral|trilateral|joint|formal|informal|high-level|renewed|next|annual)$/;

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
function findTarget(
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
function findTargetNominal(view: SentenceView, from: number, root: string, ofPatient = false): number[] | null {
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
function ofTakesPatient(code: string): boolean {
  return /^(1[6-9]|054|084)/.test(code);
}

/** "of X [words] by Y": the agent Y, when the of-phrase holds a mention and "by" follows soon after it. */
function agentAfterPatient(view: SentenceView, from: number): number[] | null {
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
function premodifier(view: SentenceView, start: number): number[] | null {
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

/** Agent words that before a nominal are adjectives: "military drills", "security cooperation". */
const ADJECTIVAL_AGENTS = new Set(['military', 'security', 'naval', 'defence', 'defense', 'police', 'army']);

/** A light verb governing the nominal ("held [a fresh round of] talks"), or -1. */
function lightVerbBefore(toks: VToken[], start: number): number {
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

export type { PatternMatch };
