/**
 * Word lists shared by the sentence coder's modules (clause and argument analysis, the sentence
 * passes, code choice), and `wordsOf`.
 */
import type { VToken } from './patterns.js';

/** The lower-case words of tokens `a` (inclusive) to `b` (exclusive), joined by spaces. */
export function wordsOf(toks: VToken[], a: number, b: number): string {
  return toks
    .slice(a, b)
    .map((t) => t.lower)
    .join(' ');
}

export const PREPS = new Set([
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
export const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'from']);

export const AUX = new Set([
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

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", 'get', 'got', 'gets']);

/** Verbs of hoping before a modal clause ("hoped convoys could reach …"). */
export const HOPING = /^(hope|hopes|hoped|hoping|wish|wishes|wished|expects?|expected|expecting)$/;

export const DETERMINERS = new Set([
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

/** Verbs that report what someone says or claims: their complement may be an allegation. */
export const SPEECH_LEMMAS = new Set(['SAY', 'CLAIM', 'ALLEGE', 'INSIST', 'STATE', 'CHARGE', 'REPORT']);
/** Verbal acts whose participle may follow the clause's day without a comma (see `plausibleVerb`). */
export const VERBAL_ING =
  /^(ACCUSE|URGE|DEMAND|WARN|CRITICISE|CRITICIZE|CONDEMN|BLAME|CALL|ASK|ALLEGE|CLAIM|DESCRIBE|BRAND|LABEL|DUB|TERM)$/;

/** Predicates of "called X a Y" that praise rather than criticise. */
export const CRITICISM_WORDS =
  /^(mistake|mistakes|violation|violations|aggression|stab|betrayal|blow|crime|crimes|disaster|threat|provocation|provocative|lie|lies|farce|failure|outrage|outrageous|unacceptable|illegal|bad|terrible|shameful|disgrace|disgraceful|terrorism|terrorist|terrorists|massacre|insult|blunder|catastrophe|catastrophic|hypocrisy|breach|sham|interference|escalation|escalatory|excessive|hostile|illegitimate|unjustified|unjustifiable|unlawful|baseless|groundless|aggressive|destabilising|destabilizing|inflammatory|irresponsible|propaganda|nonsense|absurd|dangerous|reckless|irresponsible|flagrant|blatant|criminal|war|invasion|occupation|occupier|occupiers|aggressor|aggressors|murder|murderer|genocide|tragedy|cowardly|barbaric|heinous|act|unfriendly|cynical|hypocritical|unprovoked|unfounded|fabrication|fabricated|slander|blackmail|piracy|coup|putsch|criminals|murderers|killers|liars|thugs|butchers|gangsters|pirates|warmongers|puppets|traitors|fascists|nazis|unsafe|unprofessional|risky|sin|stunt|charade|circus|ploy|smokescreen|sham)$/;
export const PRAISE_WORDS =
  /^(success|successful|victory|triumph|breakthrough|hero|heroes|friend|friends|partner|partners|ally|allies|important|positive|good|great|milestone|welcome|constructive|historic|productive|fruitful|useful|excellent|model|brother|brothers)$/;

/** Verbs before "to VERB" that announce force as a threat: "vowed to crush", "is ready to strike". */
export const THREAT_GOV = new Set([
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

export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
export const NOT_NOUN = new Set(['and', 'or', 'but', 'nor', 'then', 'that', 'which', 'who', 'also', 'and/or']);

/** Prepositions before a gerund whose subject is the main clause's: "retaliated by expelling". */
export const GERUND_AFTER = new Set(['by', 'after', 'before']);

/** Verbs of harm to people: their agentless passives report violence by an unnamed doer. */
export const HARM_LEMMAS =
  /^(KILL|KILLED_AND|KILLED_OR|KIDNAPPED_AND_KILLED|SHOOT|SHOT_AND|GUN_DOWN|SNIPE|WOUND|INJURE|HURT|ASSASSINATE|MURDER|MASSACRE|SLAUGHTER|BEHEAD|STAB|TORTURE|ABDUCT|KIDNAP|AMBUSH)$/;

/** Naming verbs: "what Moscow calls its special operation" names, it does not call on anyone. */
export const NAMING_LEMMAS = /^(CALL|DESCRIBE|TERM|DUB|LABEL|BRAND)$/;

/** Verbs of saying: what follows them is a reported clause, not the object of an earlier verb. */
export const SPEECH_WORDS =
  /^(said|says|say|saying|told|tells|added|adds|stated|announced|insisted|claimed|warned|noted)$/;

/** Agent words that before a nominal are adjectives: "military drills", "security cooperation". */
export const ADJECTIVAL_AGENTS = new Set(['military', 'security', 'naval', 'defence', 'defense', 'police', 'army']);

/** Days and parts of days that head a time phrase ("on Wednesday", "late Tuesday"). */
export const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|morning|evening|afternoon|week|month|year)$/;

/** Documents that "call for", "provide for", "say" things of their own. */
export const DOCUMENT_HEAD =
  /^(deal|agreement|accord|memorandum|pact|treaty|plan|roadmap|resolution|statement|draft|text|declaration|communique|proposal|document|initiative)$/;
