/**
 * The `resolve` stage: ties entity mentions and nominal phrases to actors at the article's date.
 *
 * Reference date = `article.published ?? ctx.published ?? null` (date part). Two passes:
 *   1. Each sentence is cut into noun-phrase chunks (names, country words, role titles, agent nouns)
 *      and each chunk is read on its own: "US President Donald Trump" → Trump, "Russian Defence
 *      Ministry" → RUSMIL, "Syrian rebel forces" → SYRREB, "Moscow" as subject → RUSGOV, "Russian"
 *      → RUS. NER entities that no chunk covers are resolved by the registry.
 *   2. In text order, what needs earlier mentions is resolved: pronouns (he/she, ≤ 2 sentences
 *      back), surnames and "Mr Kerry", "the president" / "the US president", "the regime".
 * Mentions never overlap; every mention's `text` is `article.text.slice(start, end)`.
 */
import type { Actor, ActorMention, Annotated, Entity, LinkVia, Linked, Quote, Span } from '../types.js';
import type { Stage, StageContext } from '../pipeline.js';
import { loadRegistry, titleSector, type ChronicleRegistry, type TokenMatch } from './registry.js';
import { tokenize, type Token } from './normalize.js';

export { loadRegistry } from './registry.js';
export type { ActorRegistry, ChronicleRegistry, GazetteerHit, ActorInfo, AliasInfo } from './registry.js';

const DETERMINERS = new Set(['THE', 'HIS', 'HER', 'ITS', 'THEIR', 'A', 'AN', 'THIS', 'THAT', 'THESE', 'THOSE', 'OUR']);
const HONORIFICS = new Set(['MR', 'MRS', 'MS', 'MISS', 'DR', 'SIR', 'MADAM', 'MME', 'M']);
const BACKING = new Set([
  'BACKED',
  'LED',
  'ALLIED',
  'SPONSORED',
  'SUPPORTED',
  'ALIGNED',
  'FUNDED',
  'CONTROLLED',
  'HELD',
]);
const PLACE_PREPOSITIONS = new Set([
  'IN',
  'TO',
  'FROM',
  'AT',
  'INTO',
  'NEAR',
  'OUTSIDE',
  'INSIDE',
  'VIA',
  'THROUGH',
  'ACROSS',
  'TOWARD',
  'TOWARDS',
  'OF',
  'AROUND',
  'VISIT',
  'VISITED',
  'VISITING',
  'VISITS',
  'BETWEEN',
  'WITHIN',
  'BEYOND',
  'ON',
  'OVER',
  'OUTSIDE',
]);
/**
 * A dateline: a place name opening a line (possibly after other datelined places, "GENEVA/MOSCOW"),
 * followed by an optional agency in brackets and/or a date, then a dash: "BEIRUT (Wire) -",
 * "WASHINGTON —", "Moscow, Oct. 1 (Agency) –". It says where the story was filed, not who acted.
 */
export function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[\s"“]*(?:[\p{Lu}][\p{L}.' -]*[/,]\s*)?$/u.test(text.slice(lineStart, start))) return false;
  const after = text.slice(end, end + 60);
  return /^(?:\s*[/,]\s*[\p{Lu}][\p{L}.' -]*?)?(?:\s*,\s*(?:[\p{L}]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[\p{L}]{3,9})(?:,?\s*\d{4})?)?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s/u.test(
    after,
  );
}

/** Adjectives before a capital that make it a place ("central London", "northern Gaza"). */
const PLACE_ADJECTIVES = new Set([
  'CENTRAL',
  'NORTHERN',
  'SOUTHERN',
  'EASTERN',
  'WESTERN',
  'NORTHEASTERN',
  'NORTHWESTERN',
  'SOUTHEASTERN',
  'SOUTHWESTERN',
  'DOWNTOWN',
  'GREATER',
  'SUBURBAN',
  'OCCUPIED',
  'BESIEGED',
  'WAR-TORN',
]);
/** Nouns after a capital that make it a place, not its government ("the Astana talks"). */
const PLACE_NOUNS = new Set([
  'TALKS',
  'SUMMIT',
  'MEETING',
  'PROCESS',
  'FORMAT',
  'CONFERENCE',
  'NEGOTIATIONS',
  'AGREEMENT',
  'ACCORD',
  'ACCORDS',
  'DECLARATION',
  'AIRPORT',
  'OFFICE',
  'BUREAU',
  'CORRESPONDENT',
  'RESIDENTS',
  'TIME',
  'REGION',
  'PROVINCE',
  'DISTRICT',
  'SUBURB',
  'SUBURBS',
  'STREETS',
  'CITY',
  'PROTOCOL',
  'PEACE',
  'DIALOGUE',
  'MAYOR',
  'COURT',
  'PROTESTS',
]);

/** Words that may sit inside a title or an agent phrase ("Secretary of State", "Ministry of Defence"). */
const CHUNK_WORDS = new Set([
  'PRESIDENT',
  'VICE',
  'PRIME',
  'MINISTER',
  'MINISTERS',
  'MINISTRY',
  'MINISTRIES',
  'SECRETARY',
  'FOREIGN',
  'DEFENSE',
  'DEFENCE',
  'DEFENCES',
  'DEFENSES',
  'GENERAL',
  'CHIEF',
  'COMMANDER',
  'STATE',
  'LEADER',
  'LEADERS',
  'SPOKESMAN',
  'SPOKESWOMAN',
  'SPOKESPERSON',
  'AMBASSADOR',
  'ENVOY',
  'PREMIER',
  'CHANCELLOR',
  'KING',
  'QUEEN',
  'CROWN',
  'PRINCE',
  'EMIR',
  'HEAD',
  'GOVERNMENT',
  'GOVERNMENTS',
  'OFFICIAL',
  'OFFICIALS',
  'DEPUTY',
  'INTERIOR',
  'AFFAIRS',
  'SENIOR',
  'TOP',
  'ARMY',
  'MILITARY',
  'FORCES',
  'FORCE',
  'AIR',
  'NAVY',
  'SECURITY',
  'ADVISER',
  'ADVISOR',
  'CABINET',
  'REGIME',
  'ADMINISTRATION',
  'DIRECTOR',
  'STAFF',
  'DELEGATION',
  'REPRESENTATIVE',
  'AUTHORITIES',
  'POLICE',
  'TROOPS',
  'SOLDIERS',
  'REBEL',
  'REBELS',
  'FIGHTERS',
  'MILITANTS',
  'MILITANT',
  'INSURGENTS',
  'CIVILIANS',
  'CIVILIAN',
  'RESIDENTS',
  'PROTESTERS',
  'DEMONSTRATORS',
  'OPPOSITION',
  'COUNTERPART',
  'COUNTERPARTS',
  'DIPLOMAT',
  'DIPLOMATS',
  'ARMED',
  'SPECIAL',
  'GROUPS',
  'GROUP',
  'JIHADISTS',
  'MILITIAS',
  'MILITIA',
  'REFUGEES',
  'JOURNALISTS',
  'INTELLIGENCE',
  'AGENCIES',
  'SERVICES',
  'LAWMAKERS',
  'PARLIAMENT',
  'PRO',
  'OF',
  'FOR',
  'WARPLANES',
  'JETS',
  'TERRORISTS',
  'GUNMEN',
  'PERSONNEL',
  'OUTFITS',
  'DEPARTMENT',
  'PRESIDENCY',
  'MILITARIES',
  'PEOPLE',
  'CITIZENS',
  'VILLAGERS',
  'ACTIVISTS',
  'DISSIDENTS',
  'POLICEMEN',
  'OFFICERS',
  'MIGRANTS',
  'ADMINISTRATIONS',
  'LEADERSHIP',
  // first words of agent phrases: 'riot police', 'border guards', 'coast guard', 'ruling party'
  'RIOT',
  'BORDER',
  'COAST',
  'GUARD',
  'GUARDS',
  'RULING',
  'PARTY',
  'PARTIES',
  'TRADE',
  'UNIONS',
  'HEALTH',
  'AID',
  'WORKERS',
  'SUICIDE',
  'STUDENT',
  'GANG',
  'ELECTORAL',
  'ELECTION',
  'COMMISSION',
  'SUPREME',
  'CONSTITUTIONAL',
  'COURT',
  'COALITION',
  'WING',
  'REPRESENTATIVES',
  'NEGOTIATORS',
  'DELEGATES',
  'COMMANDERS',
]);
/** Words before "man"/"men" that make them someone new in the story: "a man", "two men", "armed men". */
const LONE_MEN_BEFORE =
  /^(A|AN|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|SEVERAL|ARMED|MASKED|UNIDENTIFIED|UNKNOWN|YOUNG|\d+)$/;

/**
 * "A man stabbed the mayor", "two men opened fire", "attacked by groups of men": an indefinite
 * "man"/"men" is an unaffiliated person (the event stage places them where they act). Not "the
 * man", "men and women", "the men's team".
 */
function loneMen(toks: Token[], j: number): boolean {
  const t = toks[j];
  if ((t.key !== 'MAN' && t.key !== 'MEN') || t.breakBefore || j === 0) return false;
  const next = toks[j + 1];
  if (next && !next.breakBefore && /^(AND|OR|'S)$/.test(next.key)) return false;
  const prev = toks[j - 1];
  // ("the two men agreed": the parties named before, see PAIR_HEADS)
  if (j > 1 && /^(THE|THESE|THOSE|BOTH|ALL)$/.test(toks[j - 2].key)) return false;
  if (LONE_MEN_BEFORE.test(prev.key)) return true;
  return prev.key === 'OF' && j > 1 && /^(GROUPS?|GANGS?|BANDS?)$/.test(toks[j - 2].key);
}

/** Dictionary agent stems too common or too vague to open an actor phrase on their own. */
const NOT_AGENT_WORDS = new Set([
  // ("the other side of the border"; "the Chinese side" is read after its demonym, see SIDE_HEADS)
  'SIDE',
  'SIDES',
  'MAN',
  'MEN',
  'MOTHER',
  'MOTHERS',
  'GIRL',
  'GIRLS',
  'BOSS',
  'DOC',
  'GEN',
  'COL',
  'MAJ',
  'LT',
  'CAPT',
  'ENS',
  'ADM',
  'CMDR',
  'ISLAMIC',
  'JEWISH',
  'KINGDOM',
  'COMPANY',
  'BUSINESS',
  'INDUSTRY',
  'CARRIER',
  'CHAMBER',
  'COMMUNITY',
  'COLLEGE',
  'MAGAZINE',
  'GAZETTE',
  'MEDIA',
  'BLOG',
  'ECHELON',
  'ASSEMBLIES',
  'ASSEMBLAGE',
  // places and adjectives the dictionaries list as agents: "Evin prison", "a criminal investigation"
  'PRISON',
  'PRISONS',
  'CRIMINAL',
  'PUBLICATION',
  'PUBLICATIONS',
  'TERRORIST',
]);
/** Heads that name one person holding a role (resolved to that person when one was mentioned). */
const ROLE_HEADS = new Set([
  'PRESIDENT',
  'LEADER',
  'MINISTER',
  'SECRETARY',
  'PREMIER',
  'CHANCELLOR',
  'KING',
  'QUEEN',
  'PRINCE',
  'EMIR',
  'SPOKESMAN',
  'SPOKESWOMAN',
  'SPOKESPERSON',
  'AMBASSADOR',
  'ENVOY',
  'COUNTERPART',
  'CHIEF',
  'COMMANDER',
  'ADVISER',
  'ADVISOR',
  'DIRECTOR',
  'GENERAL',
  'DIPLOMAT',
]);
/** Heads that stand for a government as a whole ("the regime"). */
const GOVERNMENT_HEADS = new Set(['REGIME', 'GOVERNMENT', 'ADMINISTRATION', 'AUTHORITIES', 'LEADERSHIP', 'PRESIDENCY']);
/** Heads after an organisation's name that are the organisation's own people ("Taliban representatives"). */
const MEMBER_HEADS = new Set([
  'REPRESENTATIVES',
  'REPRESENTATIVE',
  'NEGOTIATORS',
  'NEGOTIATOR',
  'DELEGATION',
  'DELEGATES',
  'OFFICIALS',
  'OFFICIAL',
  'LEADERS',
  'LEADERSHIP',
  'WING',
]);
/**
 * Heads after an organisation's name that stand for the organisation itself ("Taliban
 * representatives", "NATO officials", "Hamas's armed wing", "African Union envoy …"): its members,
 * and parts or officers with a sector of their own.
 */
const ORG_TAILS = new Set([
  ...MEMBER_HEADS,
  'LEADER',
  'CHIEF',
  'HEAD',
  'ENVOY',
  'SPOKESMAN',
  'SPOKESWOMAN',
  'SPOKESPERSON',
  'ARMED',
  'MILITARY',
  'FIGHTERS',
  'MILITANTS',
  'GUNMEN',
  'REBELS',
  'GUERRILLAS',
  'INSURGENTS',
  'JIHADISTS',
  'MILITIAMEN',
  'COMMANDERS',
  'COMMANDER',
  'SECRETARY',
  'DIRECTOR',
  'PRESIDENT',
]);
/** "supporters of former president X": the supporters, not X. */
const SUPPORTER_WORDS = new Set(['SUPPORTERS', 'FOLLOWERS', 'LOYALISTS', 'PARTISANS', 'BACKERS', 'ADHERENTS']);
/** Words between "supporters of" and the name ("supporters of the former president …"). */
const SUPPORTER_SKIP = new Set(['THE', 'FORMER', 'OUSTED', 'JAILED', 'LATE', 'EXILED', 'DETAINED', 'IMPRISONED']);
/** Words that are no noun modifier inside an agent phrase (verbs, function words). */
const NOT_MODIFIER =
  /^(?:said|says|say|has|have|had|is|was|were|are|be|been|will|would|can|could|may|might|should|must|also|did|does|do|not|to|and|or|but|that|which|who|whose|on|in|at|by|for|with|from|of|as|than|then|now|still|already|its|their|his|her|a|an|the|all|both|each|other|new|own|[a-z]+ed|[a-z]+ly)$/;
/** Heads an unknown lower-case modifier may stand before ("energy ministry", "tax officials", "labour unions"). */
const MODIFIED_HEADS = new Set([
  'MINISTRY',
  'MINISTRIES',
  'MINISTER',
  'DEPARTMENT',
  'OFFICIALS',
  'OFFICIAL',
  'AUTHORITIES',
  'LEADERS',
  'UNIONS',
  'UNION',
  'FORCES',
  'POLICE',
  'COMMISSION',
  'AGENCY',
  'AGENCIES',
  'REGULATOR',
  'COURT',
  'SERVICES',
  'INSPECTORS',
  'WORKERS',
  'GUARDS',
  'TROOPS',
  'UNITS',
]);
/**
 * A state's single institutions: "the military", "the junta", "the foreign ministry", "police".
 * Without a country of their own they are the state's the article has named (pass 2).
 */
const INSTITUTION_HEADS = new Set([
  'MILITARY',
  'ARMY',
  'JUNTA',
  'NAVY',
  'AIR FORCE',
  'ARMED FORCES',
  'POLICE',
  'COAST GUARD',
  'PARLIAMENT',
  'CABINET',
  'FOREIGN MINISTRY',
  'DEFENCE MINISTRY',
  'DEFENSE MINISTRY',
  'INTERIOR MINISTRY',
  'MINISTRY OF FOREIGN AFFAIRS',
  'MINISTRY OF DEFENCE',
  'MINISTRY OF DEFENSE',
  'JUDICIARY',
  'SUPREME COURT',
  'CONSTITUTIONAL COURT',
]);

/** Whether a mention's words name a state institution with no country ("the army", "Police"). */
export function isInstitutionNoun(text: string): boolean {
  return INSTITUTION_HEADS.has(
    text
      .replace(/^the\s+/i, '')
      .toUpperCase()
      .replace(/\s+/g, ' '),
  );
}

/** Countries whose people's names put the family name first ("Yoon Suk Yeol" is "Yoon"; "Xi Jinping" is "Xi"). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK']);

/** Agent heads that may follow a name: "Assad regime", "Assad's forces", "Trump administration". */
const NAME_TAILS = new Set([
  'REGIME',
  'GOVERNMENT',
  'ADMINISTRATION',
  'FORCES',
  'TROOPS',
  'LOYALISTS',
  'ARMY',
  'MILITARY',
]);
/** Sectors of a state's own bodies: one named without a country belongs to the country named with it. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);
/** "the Chinese side": after a demonym only (alone, "side" names no one). */
const SIDE_HEADS = new Set(['SIDE']);
/** Ethnic groups named after a country's demonym: "Bosnian Serb", "Iraqi Kurdish" (of that country). */
const ETHNIC_AFTER = new Set([
  'SERB',
  'SERBS',
  'CROAT',
  'CROATS',
  'KURD',
  'KURDS',
  'KURDISH',
  'TAMIL',
  'TAMILS',
  'UIGHUR',
  'UYGHUR',
  'PASHTUN',
  'HAZARA',
  'TUAREG',
]);
/** Lower-case descriptions of a country ("the landlocked country", "the island nation"). */
const COUNTRY_EPITHETS = new Set([
  'ISLAND',
  'LANDLOCKED',
  'IMPOVERISHED',
  'TINY',
  'SMALL',
  'POOR',
  'NEIGHBOURING',
  'NEIGHBORING',
  'RECLUSIVE',
  'SECRETIVE',
  'COMMUNIST',
]);
/** Words a Roman numeral "I" follows ("World War I", "Phase I"). */
const NUMBERED_BEFORE_I = new Set(['WAR', 'PHASE', 'PART', 'STAGE', 'CHAPTER', 'TITLE', 'ARTICLE', 'VOLUME', 'LEVEL']);
/** Prepositions before "the two countries" that make it no party ("ties between the two countries"). */
const NO_PAIR_BEFORE = new Set(['BETWEEN', 'OF', 'FROM', 'IN', 'AMONG', 'FOR', 'BY', 'OVER']);
/** Plurals that, after "the two" or "both", stand for parties already named ("the two men"). */
const PAIR_HEADS = new Set(['SIDES', 'MEN', 'WOMEN', 'COUNTRIES', 'NATIONS', 'PARTIES', 'NEIGHBOURS', 'NEIGHBORS']);
/** Plurals of states that, after "the two", "the three", "all three", stand for states named before. */
const GROUP_OF_STATES = new Set(['POWERS', 'STATES', 'GUARANTORS']);
const PRONOUNS: Record<string, 'm' | 'f'> = { HE: 'm', SHE: 'f', HIM: 'm' };
/** Object pronouns: they never refer to the subject of their own clause ("Putin urged him"). */
const OBJECT_PRONOUNS = new Set(['HIM']);
/** Non-person pronouns resolved when they are the subject of a clause ("it would send", "they have taken"). */
const THING_PRONOUNS: Record<string, boolean> = { IT: false, THEY: true };
/** What may stand before a sentence-opening pronoun: a quote mark, a fronted adverbial phrase. */
const FRONTED_BEFORE_PRONOUN =
  /^[\s"“'‘]*(?:(?:In|On|At|After|Before|Under|With|During|Earlier|Later|Last|This)\b[^,.;:"“”]{0,60},\s*|(?:Earlier|Later|Last|This)\s+(?:this\s+|that\s+|last\s+)?(?:week|month|year|weekend)\s+)?$/;

/** Words after a subject pronoun that show it is the subject of a finite verb (modal, auxiliary, reporting verb). */
const SUBJECT_NEXT = new Set([
  'WOULD',
  'WILL',
  'SHALL',
  'COULD',
  'CAN',
  'MAY',
  'MIGHT',
  'SHOULD',
  'MUST',
  'HAD',
  'HAS',
  'HAVE',
  'DID',
  'DOES',
  'DO',
  'ALSO',
  'STILL',
  'LATER',
  'THEN',
  'NOW',
  'ALREADY',
  'NEVER',
  'PLANS',
  'PLANNED',
  'PLAN',
  'WANTS',
  'WANTED',
  'WANT',
  'SAID',
  'SAYS',
  'SAY',
  'INTENDS',
  'HOPES',
  'EXPECTS',
  'REFUSED',
  'AGREED',
  'VOWED',
  'PLEDGED',
  'PROMISED',
]);
/**
 * Definite nominal anaphors ("the alliance", "the group", "the country") and which earlier actors
 * each may stand for.
 */
const ANAPHOR_HEADS: Record<string, (a: Actor, text: string) => boolean> = {
  ALLIANCE: (a) => a.cameo.startsWith('IGO'),
  BLOC: (a) => a.cameo.startsWith('IGO'),
  UNION: (a) => a.cameo.startsWith('IGO'),
  ORGANISATION: (a) => a.cameo.startsWith('IGO') || a.cameo.startsWith('NGO'),
  ORGANIZATION: (a) => a.cameo.startsWith('IGO') || a.cameo.startsWith('NGO'),
  BODY: (a) => a.cameo.startsWith('IGO'),
  AGENCY: (a) => a.cameo.startsWith('IGO') || a.cameo.startsWith('NGO'),
  GROUP: (a) => /^(REB|INS|SEP|RAD|UAF)$/.test(a.sector ?? '') || a.cameo.startsWith('IMG'),
  MILITIA: (a) => /^(REB|INS|SEP|RAD|UAF)$/.test(a.sector ?? '') || a.cameo.startsWith('IMG'),
  MOVEMENT: (a) => /^(REB|INS|SEP|RAD|OPP)$/.test(a.sector ?? '') || a.cameo.startsWith('IMG'),
  COUNTRY: (a) => a.sector === null && !!a.country,
  NATION: (a) => a.sector === null && !!a.country,
  KINGDOM: (a) => a.sector === null && !!a.country,
  REPUBLIC: (a) => a.sector === null && !!a.country,
  MINISTRY: (a, text) => (a.sector === 'GOV' || a.sector === 'MIL') && /ministry/i.test(text),
};
const PLACE_ANAPHORS = new Set(['COUNTRY', 'NATION', 'KINGDOM', 'REPUBLIC']);
/** Be-forms: "it was still expecting", "they are preparing" (not "it is unclear"). */
const BE_FORMS = new Set(['IS', 'WAS', 'ARE', 'WERE']);
/** A reporting verb between a subject and a pronoun: "X said [on Friday] [that] it would …". */
const REPORTING_VERBS =
  '(said|says|say|saying|announce|declare|confirm|deny|claim|insist|warn|admit|acknowledge|announced|declared|added|stated|insisted|warned|claimed|confirmed|argued|noted|believes|believed|hoped|hopes|told|denied|threatened|vowed|pledged|promised|indicated|signalled|signaled|stressed|acknowledged|admitted|explained|replied|responded|reported)';
const REPORTING_BEFORE = new RegExp(`\\b${REPORTING_VERBS}\\b[^.;:!?]{0,60}$`, 'i');
/**
 * A relative clause or an appositive between a subject and its reporting verb: ", which backs rebels,
 * warned that ", ", the last NATO member yet to ratify, said ".
 */
const RELATIVE_THEN_REPORTING = new RegExp(
  `,\\s*(?:which|who|the|a|an|its|one)\\b[^,;:.]*,\\s*${REPORTING_VERBS}\\b[^.;:!?,]{0,40}$`,
  'i',
);
/** What ends a sentence after its trailing attribution's speaker: " said.", " told reporters on Monday." */
const TRAILING_ATTRIBUTION =
  /^\s+(?:said|says|added|stated|announced|reported|told\s+[\w\s]{1,30}?)(?:\s+(?:on|late|early|in)\s+[\w\s]{1,25}?)?\s*[.!?]["”]?\s*$/i;
/** The reporting verb right after its subject: "the United States said …". */
const REPORTING_FIRST = new RegExp(`^\\s*${REPORTING_VERBS}\\b`, 'i');
const PREPOSITIONS =
  'in|at|to|from|of|with|on|by|for|against|into|near|over|about|between|through|across|toward|towards|after|before|under|among';
/** A preposition (with an optional determiner) right before a mention: not a subject. */
const PREP_BEFORE = new RegExp(`\\b(${PREPOSITIONS})\\s+(?:the\\s+)?$`, 'i');
/** Heads that name the members of the agent before them ("coast guard personnel"). */
const AGENT_MEMBERS = new Set(['PERSONNEL', 'STAFF', 'MEMBERS', 'OFFICERS', 'UNITS', 'CREWS', 'CREW']);
/** Only a preposition (and up to two lower-case modifiers) between a noun and a mention modifying it. */
const PP_MODIFIER = /^\s+(?:in|of|from|near|across|along)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/;
/** A mention that is a preposition's object, over up to two lower-case modifiers ("to northern Kosovo"). */
const PREP_OBJECT = new RegExp(`\\b(${PREPOSITIONS}|along)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}$`);
/** Words that may follow a noun phrase's head: verbs of its clause, auxiliaries. */
const AFTER_HEAD =
  /^(would|will|has|had|have|was|were|is|are|said|says|could|can|may|might|must|should|did|does|do|and|or|that|which|who|in|from|[a-z]+ed)$/;
/** Agent words that are as often adjectives: "its official creditors", "its military cooperation". */
const ADJECTIVAL_HEADS = new Set([
  'OFFICIAL',
  'MILITARY',
  'SECURITY',
  'DEFENCE',
  'DEFENSE',
  'STATE',
  'ARMED',
  'SPECIAL',
  'FOREIGN',
  'INTELLIGENCE',
  'NAVAL',
  'GOVERNMENT',
]);
/**
 * "its official creditors", "its military cooperation": the chunk ends in an adjective of a noun
 * that is no actor, so the chunk names no one.
 */
function modifiesNoun(toks: Token[], j: number): boolean {
  const next = toks[j];
  return (
    ADJECTIVAL_HEADS.has(toks[j - 1].key) &&
    !!next &&
    !next.breakBefore &&
    /^[a-z]+$/.test(next.text) &&
    !AFTER_HEAD.test(next.text)
  );
}
const OPENING_QUOTE = /["“‘']$/;

interface Item extends Span {
  text: string;
  /** The span inside the mention that names the actor (for giving entities their actor). */
  head: Span;
  actor: Actor | null;
  via: LinkVia;
  sentence: number;
  /** Resolved in pass 2. */
  pending?: Pending;
  /** Role title words of a nominal ("president", "foreign minister") and its country. */
  role?: { words: string[]; country: string | null };
  person?: boolean;
  /** "supporters of X": the item's actor is X until pass 2 turns it into X's supporters. */
  supporters?: boolean;
}

type Pending =
  | { kind: 'pronoun'; gender: 'm' | 'f'; object?: boolean }
  | { kind: 'thing'; plural: boolean }
  | { kind: 'anaphor'; head: string }
  | { kind: 'surname'; key: string; fallback: Actor | null }
  | { kind: 'role'; words: string[]; country: string | null; sector: string; fallback: Actor | null }
  | { kind: 'government'; sector: string; regime: boolean }
  | { kind: 'institution'; sector: string; junta: boolean; words: string }
  /** "its air defences", "its army": the state named just before owns them. */
  | { kind: 'possessor'; sector: string }
  /** "We agreed …," the minister said: a first-person pronoun in a direct quote is its speaker. */
  | { kind: 'speaker'; speaker: Span & { text: string } };

function dateOnly(d: string | null | undefined): string | null {
  if (!d) return null;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(d);
  return m ? m[1] : null;
}

function sentenceIndexer(sentences: Span[]): (offset: number) => number {
  const sorted = sentences.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return 0;
    return offset < sorted[best].end ? sorted[best].i : sorted[best].i + 0.5;
  };
}

interface ChunkPart {
  i: number;
  j: number;
  match: TokenMatch | null;
}

class Resolver {
  private items: Item[] = [];

  constructor(
    private reg: ChronicleRegistry,
    private text: string,
    private date: string | null,
    private sentenceOf: (offset: number) => number,
    private quoted: Span[] = [],
    private sentences: Span[] = [],
    private spoken: Quote[] = [],
  ) {}

  private inQuote(pos: number): boolean {
    return this.quoted.some((q) => q.start <= pos && pos < q.end);
  }

  private span(toks: Token[], i: number, j: number): Span & { text: string } {
    const start = toks[i].start;
    const end = toks[j - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  private push(item: Omit<Item, 'sentence'>): void {
    // the news agency credited in a dateline ("BEIRUT (Agency) -") is no actor
    if (this.inDatelineBrackets(item)) return;
    // "the South China Sea", "the East China Sea": a sea named after a country is no actor
    if (
      item.actor?.country &&
      !item.actor.sector &&
      /^\s+(?:Sea|Ocean)\b/.test(this.text.slice(item.end, item.end + 7))
    )
      return;
    this.items.push({ ...item, sentence: this.sentenceOf(item.start) });
  }

  private countryOfMatch(m: TokenMatch | null): string | null {
    if (!m) return null;
    for (const id of m.ids) {
      const info = this.reg.info(id);
      if (!info) continue;
      if (m.kind === 'institution' || m.kind === 'title') return this.reg.byId(id, this.date)?.country ?? null;
      if (info.type === 'NORP') return id;
      // a place record (a Phoenix city or region) stands for its country: "leipzig" → DEU
      if (info.type === 'GPE') return this.reg.byId(id, this.date)?.country ?? id;
    }
    return null;
  }

  /** Pass 1 over one sentence's tokens. */
  chunkSentence(toks: Token[]): void {
    let i = 0;
    while (i < toks.length) {
      const described = this.describedCountry(toks, i);
      if (described) {
        i = described;
        continue;
      }
      const parts: ChunkPart[] = [];
      let j = i;
      let k = i;
      // leading determiners / honorifics
      while (k < toks.length && DETERMINERS.has(toks[k].key) && !/^[A-Z]{2,}$/.test(toks[k].text)) k++;
      const chunkStart = k;
      let honorific = false;
      if (k < toks.length && HONORIFICS.has(toks[k].key) && isCap(toks[k].text) && k + 1 < toks.length) {
        honorific = true;
        k++;
      }
      j = k;
      let ended = false;
      while (j < toks.length && !ended) {
        if (j > chunkStart && toks[j].breakBefore) break;
        const m = this.reg.matchTokens(toks, j, true);
        if (m) {
          parts.push({ i: j, j: m.j, match: m });
          j = m.j;
          if ((m.type === 'PER' || m.type === 'ORG') && m.kind === 'name') {
            // a name ends the chunk, except for tails like "Assad regime" / "Assad's forces"
            if (j < toks.length && !toks[j].breakBefore && NAME_TAILS.has(toks[j].key)) continue;
            // "Taliban representatives", "African Union envoy Olusegun Obasanjo", "Hamas's armed wing"
            if (m.type === 'ORG' && j < toks.length && !toks[j].breakBefore && ORG_TAILS.has(toks[j].key)) continue;
            ended = true;
          }
          continue;
        }
        const t = toks[j];
        const lower = !isCap(t.text);
        // ("the Chinese side": a state's side in talks or a dispute is its government)
        // (not a place: "on the Indian side of the border")
        const side =
          lower &&
          SIDE_HEADS.has(t.key) &&
          parts[parts.length - 1]?.match?.kind === 'demonym' &&
          toks[j + 1]?.key !== 'OF';
        if (
          (CHUNK_WORDS.has(t.key) || this.agentWord(toks, j) || side) &&
          !(lower && (t.key === 'OF' || t.key === 'AND' || t.key === 'FOR') && parts.length === 0) &&
          // "coast guard personnel armed with knives": a participle after the head, not a word of it
          !(t.key === 'ARMED' && parts.length && toks[j + 1]?.key === 'WITH')
        ) {
          parts.push({ i: j, j: j + 1, match: null });
          j++;
          // "Sudan's army-led government": the hyphenated word modifies the head after it
          const after = toks[j + 1];
          if (
            parts.length > 1 &&
            after &&
            /^[a-z]+ed$|^run$/.test(toks[j]?.text ?? '') &&
            this.text.slice(t.end, toks[j].start) === '-' &&
            !after.breakBefore &&
            (CHUNK_WORDS.has(after.key) || this.agentWord(toks, j + 1))
          ) {
            parts.push({ i: j, j: j + 1, match: null });
            j++;
          }
          continue;
        }
        if (
          BACKING.has(t.key) &&
          parts.length &&
          parts[parts.length - 1].match &&
          !t.breakBefore &&
          /[-‐‑]$/.test(this.text.slice(toks[j - 1].end, t.start))
        ) {
          parts.push({ i: j, j: j + 1, match: null });
          j++;
          continue;
        }
        // "Astana's energy ministry", "Indian tax officials", "Nigerian labour unions"
        const run = lower ? this.modifierRun(toks, j, parts) : 0;
        if (run) {
          for (let x = j; x < j + run; x++) parts.push({ i: x, j: x + 1, match: null });
          j += run;
          continue;
        }
        break;
      }
      // trailing connectors are not part of the chunk
      while (
        parts.length &&
        !parts[parts.length - 1].match &&
        ['OF', 'AND', 'FOR', 'PRO'].includes(toks[parts[parts.length - 1].i].key)
      )
        parts.pop();
      if (!parts.length) {
        if (honorific && k < toks.length && isCap(toks[k].text)) {
          // "Mr Kerry" with a surname the registry does not know
          const sp = this.span(toks, chunkStart, k + 1);
          this.push({
            ...sp,
            head: { start: toks[k].start, end: toks[k].end },
            actor: null,
            via: 'coref',
            pending: { kind: 'surname', key: toks[k].key, fallback: null },
            person: true,
          });
          i = k + 1;
          continue;
        }
        if (this.maybeAnaphor(toks, i, chunkStart)) {
          i = chunkStart + 1;
          continue;
        }
        const paired = this.maybePair(toks, i, chunkStart);
        if (paired) {
          i = chunkStart + paired;
          continue;
        }
        // "that he …", "that it …": "that" is read as a determiner before the pronoun
        const pro = chunkStart > i && chunkStart < toks.length && toks[chunkStart - 1].key === 'THAT' ? chunkStart : i;
        this.maybePronoun(toks, pro);
        i = Math.max(i + 1, chunkStart + 1);
        continue;
      }
      // "the group" alone names no one: it stands for the armed group named just before
      if (
        parts.length === 1 &&
        !parts[0].match &&
        this.reg.agentNoun(toks[parts[0].i].key) === null &&
        this.maybeAnaphor(toks, i, chunkStart)
      ) {
        i = chunkStart + 1;
        continue;
      }
      const before = this.items.length;
      this.readChunk(toks, chunkStart, honorific, parts);
      this.markSupporters(toks, chunkStart, before);
      i = parts[parts.length - 1].j;
    }
  }

  /**
   * Lower-case words between a country word and an agent head ("Astana's energy ministry", "Indian
   * tax officials"): how many (1-2), or 0. Only after a possessive or an adjectival demonym, so a
   * verb cannot be taken in ("China launched large-scale military drills" stays apart).
   */
  private modifierRun(toks: Token[], j: number, parts: ChunkPart[]): number {
    const prev = parts[parts.length - 1];
    if (!prev?.match || prev.j !== j || !this.countryOfMatch(prev.match)) return 0;
    const prevTok = toks[prev.j - 1];
    const possessive = /^['’ʼ][sS]?\s/.test(this.text.slice(prevTok.end, prevTok.end + 3));
    const adjective = prev.match.kind === 'demonym' && !/s$/i.test(prevTok.text);
    if (!possessive && !adjective) return 0;
    for (let n = 1; n <= 2; n++) {
      const w = toks[j + n - 1];
      if (!w || w.breakBefore || !/^[a-z]{3,}$/.test(w.text) || NOT_MODIFIER.test(w.text)) return 0;
      if (CHUNK_WORDS.has(w.key) || this.agentWord(toks, j + n - 1)) return 0;
      const head = toks[j + n];
      if (head && !head.breakBefore && !isCap(head.text) && MODIFIED_HEADS.has(head.key)) return n;
    }
    return 0;
  }

  /** "supporters of former president Jair Bolsonaro": the items just read stand for the supporters. */
  private markSupporters(toks: Token[], chunkStart: number, from: number): void {
    let x = chunkStart - 1;
    while (x >= 0 && SUPPORTER_SKIP.has(toks[x].key) && !toks[x + 1].breakBefore) x--;
    if (x < 1 || toks[x].key !== 'OF' || toks[x + 1].breakBefore || toks[x].breakBefore) return;
    const w = toks[x - 1];
    if (!SUPPORTER_WORDS.has(w.key)) return;
    const it = this.items[from];
    if (!it) return;
    it.start = w.start;
    it.text = this.text.slice(it.start, it.end);
    it.head = { start: w.start, end: w.end };
    it.supporters = true;
  }

  /**
   * A plain agent noun of the dictionaries ("students", "junta", "bandits", "farmers") opens or
   * extends a chunk: lower-case, or capitalised only as the first word of its sentence.
   */
  private agentWord(toks: Token[], j: number): boolean {
    const t = toks[j];
    if (isCap(t.text) && j > 0 && !DETERMINERS.has(toks[j - 1].key)) return false;
    if (loneMen(toks, j)) return true;
    return !NOT_AGENT_WORDS.has(t.key) && this.reg.agentNoun(t.key) !== null;
  }

  private maybePronoun(toks: Token[], i: number): void {
    const t = toks[i];
    if (/^[A-Z]{2,}$/.test(t.text)) return;
    const plural = THING_PRONOUNS[t.key];
    if (plural !== undefined) {
      if (this.subjectPosition(toks, i)) this.pushCoref(t, t, { kind: 'thing', plural });
      return;
    }
    // "his supporters": the supporters of whom "his" refers to (see `finish`)
    const next = toks[i + 1];
    if ((t.key === 'HIS' || t.key === 'HER') && next && !next.breakBefore && SUPPORTER_WORDS.has(next.key)) {
      this.pushCoref(t, next, { kind: 'pronoun', gender: t.key === 'HIS' ? 'm' : 'f' }, true);
      return;
    }
    if (this.maybeFirstPerson(toks, i)) return;
    const g = PRONOUNS[t.key];
    if (g)
      this.pushCoref(t, t, { kind: 'pronoun', gender: g, ...(OBJECT_PRONOUNS.has(t.key) ? { object: true } : {}) });
  }

  /**
   * "We have agreed to …," the minister said / "they attacked us": a first-person pronoun inside a
   * direct quote with a speaker stands for the speaker (resolved after every other mention, since
   * the speaker usually follows the quote). Subjects before a lower-case word, objects after one.
   */
  private maybeFirstPerson(toks: Token[], i: number): boolean {
    const t = toks[i];
    const subject = (t.text === 'I' || t.key === 'WE') && t.text !== 'WE';
    const object = t.text === 'us' || t.text === 'me';
    if (!subject && !object) return false;
    // ("World War I", "Phase I": a numeral)
    if (t.text === 'I' && NUMBERED_BEFORE_I.has(toks[i - 1]?.key ?? '')) return false;
    const near = object ? toks[i - 1] : toks[i + 1];
    if (!near || (object ? t.breakBefore : near.breakBefore) || !/^[a-z]/.test(near.text)) return false;
    const q = this.spoken.find((x) => x.start <= t.start && t.end <= x.end);
    if (!q?.speaker) return false;
    this.pushCoref(t, t, { kind: 'speaker', speaker: q.speaker });
    return true;
  }

  /** A mention from token `from` to `to` (its head) resolved in pass 2 by `pending`. */
  private pushCoref(from: Token, to: Token, pending: Pending, supporters = false): void {
    this.push({
      start: from.start,
      end: to.end,
      text: this.text.slice(from.start, to.end),
      head: { start: to.start, end: to.end },
      actor: null,
      via: 'coref',
      pending,
      ...(supporters ? { supporters } : {}),
    });
  }

  /**
   * "the South American country", "the Gulf state", "the oil-rich kingdom": a country described, not
   * named, stands for the country named just before (as "the country" does). Returns the index after
   * it, or 0. Not a place ("across the Balkan country").
   */
  private describedCountry(toks: Token[], i: number): number {
    if (toks[i].key !== 'THE' || (i > 0 && PLACE_PREPOSITIONS.has(toks[i - 1].key))) return 0;
    let k = i + 1;
    while (k < toks.length && k <= i + 2 && !toks[k].breakBefore) {
      const t = toks[k];
      const modifier =
        (isCap(t.text) && /^[A-Z][a-z]+$/.test(t.text)) ||
        /^[a-z]+-[a-z]+$/.test(t.text) ||
        COUNTRY_EPITHETS.has(t.key);
      if (!modifier) break;
      k++;
    }
    const head = toks[k];
    if (k === i + 1 || !head || head.breakBefore || isCap(head.text)) return 0;
    // ("the Gulf state", "the Jewish state": a state only after a capitalised description)
    if (!PLACE_ANAPHORS.has(head.key) && !(head.key === 'STATE' && isCap(toks[k - 1].text))) return 0;
    const next = toks[k + 1];
    if (next && !next.breakBefore && (next.key === 'OF' || isCap(next.text))) return 0;
    const span = { start: toks[i + 1].start, end: head.end, text: this.text.slice(toks[i + 1].start, head.end) };
    // ("the Jewish state" is Israel wherever it stands)
    const fixed =
      k === i + 2 && toks[i + 1].key === 'JEWISH' && head.key === 'STATE' ? this.reg.compose('ISR', null) : null;
    this.push({
      ...span,
      head: { start: head.start, end: head.end },
      actor: fixed,
      via: fixed ? 'nominal' : 'coref',
      ...(fixed ? {} : { pending: { kind: 'anaphor', head: 'COUNTRY' } as const }),
    });
    return k + 1;
  }

  /** "the alliance", "the group": a definite noun that stands for an actor named just before. */
  private maybeAnaphor(toks: Token[], i: number, head: number): boolean {
    if (toks[i].key !== 'THE' || head !== i + 1 || head >= toks.length || !ANAPHOR_HEADS[toks[head].key]) return false;
    if (isCap(toks[head].text) && i > 0 && !toks[head].breakBefore) return false; // "The Union" inside a name
    const next = toks[head + 1];
    // "the group of protesters", "the country's east" is fine, "the country music" is not a noun phrase end
    if (next && !next.breakBefore && (next.key === 'OF' || (isCap(next.text) && !/^(IN|ON|AT)$/.test(next.key))))
      return false;
    const t = toks[head];
    // "across the country", "in the country": a place, often not the last country named
    if (PLACE_ANAPHORS.has(t.key) && i > 0 && PLACE_PREPOSITIONS.has(toks[i - 1].key)) return false;
    this.push({
      start: t.start,
      end: t.end,
      text: t.text,
      head: { start: t.start, end: t.end },
      actor: null,
      via: 'coref',
      pending: { kind: 'anaphor', head: t.key },
    });
    return true;
  }

  /**
   * "the two men", "both sides", "the three guarantor countries": parties named before, as a
   * generic mention the event stage reads as those parties (or drops). The tokens taken from `at`
   * (quantifier to head), or 0.
   */
  private maybePair(toks: Token[], i: number, at: number): number {
    const q = toks[at];
    // ("the three guarantor countries")
    const h = toks[at + 1]?.key === 'GUARANTOR' && toks[at + 2] && !toks[at + 2].breakBefore ? at + 2 : at + 1;
    const head = toks[h];
    if (
      !q ||
      !head ||
      head.breakBefore ||
      isCap(head.text) ||
      !(PAIR_HEADS.has(head.key) || GROUP_OF_STATES.has(head.key))
    )
      return 0;
    const the = at > i && /^(THE|ALL)$/.test(toks[at - 1].key);
    if (!(q.key === 'BOTH' || (the && /^(TWO|THREE|FOUR|FIVE)$/.test(q.key)))) return 0;
    // ("relations between the two countries", "officials from both sides": no party of an act)
    const before = toks[q.key === 'BOTH' ? at - 1 : at - 2];
    if (before && NO_PAIR_BEFORE.has(before.key)) return 0;
    const actor = this.reg.compose(null, 'GOV');
    if (!actor) return 0;
    this.push({ start: head.start, end: head.end, text: head.text, head, actor, via: 'agent' });
    return h - at + 1;
  }

  /**
   * "it would send", "they have taken", "it was still expecting", "it accused": the pronoun is
   * the subject of a finite verb (not "it is unclear", "it emerged", "give it to them").
   */
  private subjectPosition(toks: Token[], i: number): boolean {
    const next = toks[i + 1];
    if (!next || next.breakBefore) return false;
    if (SUBJECT_NEXT.has(next.key)) return true;
    // "Tokyo said it was in contact with …", "said it firmly opposes …": right after a reporting
    // verb, a pronoun before a word is the reported clause's subject
    const before = (k: number) => toks[k]?.text.toLowerCase() ?? '';
    const reported = (w: string) => /^(said|says|saying|added|stated|announced|insisted|claimed|confirmed)$/.test(w);
    const afterReport = reported(before(i - 1)) || (before(i - 1) === 'that' && reported(before(i - 2)));
    if (afterReport && /^[a-z]+$/.test(next.text)) return true;
    if (BE_FORMS.has(next.key)) {
      // over adverbs and negation to an -ing form: "was still expecting", "are not planning"
      for (let k = i + 2; k < toks.length && k <= i + 4; k++) {
        const w = toks[k].text.toLowerCase();
        if (/^[a-z]{3,}ing$/.test(w)) return true;
        if (!/^(still|also|not|now|already|currently|reportedly|actively|due|set)$/.test(w)) return false;
        if (w === 'due' || w === 'set') return true;
      }
      return false;
    }
    // a past-tense verb: "it accused", "they attacked" (not "it emerged", "it seemed"), also
    // after adverbs: "it strongly condemned", "they also rejected"
    let k = i + 1;
    while (
      k < i + 3 &&
      toks[k + 1] &&
      !toks[k + 1].breakBefore &&
      /^(?:[a-z]{3,}ly|also|never|then|later|again|already|once|still|too|even)$/.test(toks[k].text.toLowerCase()) &&
      !/^(only|early|likely|reply|rally|ally|fly|apply|supply)$/.test(toks[k].text.toLowerCase())
    )
      k++;
    const verb = toks[k].text.toLowerCase();
    if (k > i + 1 && SUBJECT_NEXT.has(toks[k].key)) return true;
    return (
      /^[a-z]{3,}ed$/.test(verb) &&
      !/^(seemed|appeared|emerged|happened|remained|needed|mattered|sounded|looked|used)$/.test(verb)
    );
  }

  /** Sentence span containing `pos`, when sentences are known. */
  private sentenceSpan(pos: number): Span | null {
    return this.sentences.find((s) => s.start <= pos && pos < s.end) ?? null;
  }

  /**
   * A subject-like mention: an actor item not preceded (within its sentence) by a preposition,
   * of the number the pronoun needs ("they": a plural agent noun; "it": anything else).
   */
  private subjectLike(h: Item, plural: boolean, clauseOpener = false): boolean {
    if (!h.actor || h.person || h.via === 'demonym') return false;
    const s = this.sentenceSpan(h.start);
    const before = this.text.slice(s ? s.start : Math.max(0, h.start - 30), h.start);
    if (PREP_BEFORE.test(before) && !(clauseOpener && /\b(after|before)\s+(?:the\s+)?$/i.test(before))) return false;
    // "landing fighters on its deck": the object of a participle is no subject
    if (/\b[a-z]{3,}ing\s+(?:(?:the|its|their|some|\d[\d,]*)\s+)?$/.test(before)) return false;
    const isPlural = /s$/i.test(h.text) && (h.via === 'agent' || h.via === 'nominal') && !/(ss|us)$/i.test(h.text);
    return plural === isPlural;
  }

  /**
   * A non-person pronoun in subject position: the subject of the reporting verb it depends on
   * ("The ministry said it would …", "Government forces say they have …"), else — for a pronoun
   * opening its sentence — the subject of the previous sentence. A person there (or no subject
   * found) leaves it unresolved.
   */
  private resolveThing(it: Item, plural: boolean, history: Item[]): Actor | null {
    const s = this.sentenceSpan(it.start);
    if (!s) return null;
    // a dateline ("BEIRUT (Wire) -") is no subject
    const dateline = (h: Item) =>
      /^[\p{Lu}\s/.-]{3,}$/u.test(h.text) && /^\s*[(\-–—]/.test(this.text.slice(h.end, h.end + 3));
    const sameSentence = history.filter((h) => h.sentence === it.sentence && h.end <= it.start && !dateline(h));
    if (sameSentence.length) {
      // "Turkey, which backs rebels in Syria, warned that it …": the head the relative clause
      // describes, not a mention inside it
      const rel = RELATIVE_THEN_REPORTING.exec(this.text.slice(s.start, it.start));
      if (rel) {
        const at = s.start + rel.index;
        const head = sameSentence.filter((h) => h.end <= at && /^\s*$/.test(this.text.slice(h.end, at))).pop();
        if (head && this.subjectLike(head, plural)) return head.actor;
      }
      // the subject of the reporting verb the pronoun depends on: the latest mention with only
      // that verb (and its adjuncts) between ("… came a day after the United States said it was …")
      for (let k = sameSentence.length - 1; k >= 0; k--) {
        const h = sameSentence[k];
        const between = this.text.slice(h.end, it.start);
        if (/[;:]/.test(between)) return null;
        if (!REPORTING_BEFORE.test(between)) continue;
        // "rebels in northern Mali said they had": the subject is the noun the place modifies
        let j = k;
        while (
          j > 0 &&
          !this.subjectLike(sameSentence[j], plural) &&
          PP_MODIFIER.test(this.text.slice(sameSentence[j - 1].end, sameSentence[j].start))
        )
          j--;
        if (j < k && this.subjectLike(sameSentence[j], plural)) {
          const head = sameSentence[j];
          const place = sameSentence[j + 1].actor;
          // (a countryless agent takes the country of the place that modifies it)
          if (head.actor && !head.actor.country && head.actor.sector && place?.country && !place.sector)
            return this.reg.compose(place.country, head.actor.sector) ?? head.actor;
          return head.actor;
        }
        // "the Gulf Cooperation Council said they supported": a named organisation may be "they"
        // ("The Rapid Support Forces said they had taken …": so may a group whose name is plural)
        const orgThey =
          plural &&
          h.via === 'name' &&
          !!h.actor &&
          !h.person &&
          (!h.actor.country || (!!h.actor.sector && /[^su]s$/i.test(h.text)));
        // right before its verb, "after"/"before" open a clause: "after the United States said it …"
        const clause = REPORTING_FIRST.test(between);
        return this.subjectLike(h, plural, clause) || (orgThey && this.subjectLike(h, false, clause)) ? h.actor : null;
      }
      return null;
    }
    // a pronoun opening its sentence (after an opening quote, or a fronted adverbial: "In an
    // 11-point joint declaration, they agreed …", "Earlier this month, it received …")
    if (!FRONTED_BEFORE_PRONOUN.test(this.text.slice(s.start, it.start))) return null;
    const prev = history.filter((h) => h.sentence === it.sentence - 1 && !dateline(h));
    if (!prev.length) return null;
    // "…, the Philippine coast guard said. It condemned …": the speaker of a trailing attribution
    const speaker = prev[prev.length - 1];
    const ps0 = this.sentenceSpan(speaker.start);
    if (
      ps0 &&
      /[,”"]\s*(?:the\s+)?$/i.test(this.text.slice(Math.max(ps0.start, speaker.start - 8), speaker.start)) &&
      TRAILING_ATTRIBUTION.test(this.text.slice(speaker.end, ps0.end)) &&
      this.subjectLike(speaker, plural)
    )
      return speaker.actor;
    const first = prev[0];
    const ps = this.sentenceSpan(first.start);
    // the subject opens its sentence: at most six words before it ("On Monday, the European Union …")
    const lead = this.text.slice(ps ? ps.start : first.start, first.start);
    if (lead.split(/\s+/).filter(Boolean).length > 6) return null;
    if (this.subjectLike(first, plural)) return first.actor;
    // "Putin met Erdogan in Sochi. They agreed …": two parties named, no plural one; "they" stands
    // for the parties, which the event stage pairs (an agent with no country, like "the leaders")
    if (!plural || prev.filter((h) => h.actor?.country).length < 2) return null;
    it.via = 'agent';
    return this.reg.compose(null, 'GOV');
  }

  private readChunk(toks: Token[], chunkStart: number, honorific: boolean, parts: ChunkPart[]): void {
    const last = parts[parts.length - 1];
    const names = parts.filter(
      (p) => p.match && (p.match.type === 'PER' || p.match.type === 'ORG') && p.match.kind === 'name',
    );
    const startTok = honorific ? chunkStart : parts[0].i;
    const whole = this.span(toks, Math.min(startTok, parts[0].i), last.j);
    // 1. a chunk that ends with a name: the whole phrase names that actor
    if (last.match && names.length && names[names.length - 1] === last) {
      const m = last.match;
      const head = this.span(toks, last.i, last.j);
      // "Ukraine's NATO membership", "Sweden's EU bid": a party's possessive before an organisation
      // names that party on its own (the organisation is what it joins or deals with)
      if (m.type === 'ORG' && parts.length === 2 && parts[0].match && parts[0].match.kind !== 'title') {
        const between = this.text.slice(toks[parts[0].j - 1].end, toks[last.i].start);
        if (/^['’]s\s+$/.test(between)) {
          this.emitPlain(toks, parts[0]);
          this.emitPlain(toks, last);
          return;
        }
      }
      // "African Union envoy Olusegun Obasanjo": the organisation named before the title is whom
      // the person acts for
      const org = m.type === 'PER' ? this.orgBeforeTitle(toks, parts) : null;
      if (org) {
        this.push({ ...whole, head, actor: org, via: 'name', person: true });
        return;
      }
      // "Pakistan's National Assembly": an institution named without a country takes the one before it
      const inst = m.type === 'ORG' ? this.institutionOf(parts, parts.length - 1) : null;
      if (inst) {
        this.push({ ...whole, head, actor: inst, via: 'nominal' });
        return;
      }
      // the title before the name picks the role when the article has no date
      const title = toks.slice(Math.min(startTok, parts[0].i), last.i).map((t) => t.key);
      const actor = this.resolveMatch(m, head.text, titleSector(title));
      const single = last.j - last.i === 1;
      if (m.type === 'PER' && (single || m.ambiguous || !actor)) {
        // "Kerry", "Mr Kerry": prefer the person of that name mentioned earlier in the article
        this.push({
          ...whole,
          head,
          actor: null,
          via: 'coref',
          pending: { kind: 'surname', key: toks[last.j - 1].key, fallback: actor },
          person: true,
        });
        return;
      }
      if (actor) this.push({ ...whole, head, actor, via: 'name', person: m.type === 'PER' });
      return;
    }
    // split off the agent tail: the plain words (and title matches) after the last country/name match
    let tailStart = parts.length;
    while (tailStart > 0 && (!parts[tailStart - 1].match || parts[tailStart - 1].match!.kind === 'title')) tailStart--;
    const tail = parts.slice(tailStart);
    const mods = parts.slice(0, tailStart);
    if (!tail.length) {
      const inst = this.institutionOf(parts, parts.length - 1);
      if (inst) {
        this.push({ ...whole, head: this.span(toks, last.i, last.j), actor: inst, via: 'nominal' });
        return;
      }
      // only names / countries / institutions: each is its own mention
      for (const p of mods) this.emitPlain(toks, p);
      return;
    }
    // the agent words of the tail
    const tailWords: string[] = [];
    let titleCountry: string | null = null;
    for (const p of tail) {
      if (p.match) {
        titleCountry ??= this.countryOfMatch(p.match);
        for (let x = p.i; x < p.j; x++) tailWords.push(toks[x].key);
      } else tailWords.push(toks[p.i].key);
    }
    while (tailWords.length && BACKING.has(tailWords[0])) tailWords.shift();
    // longest agent suffix
    let sector: string | null = null;
    let agentFrom = 0;
    // "coast guard personnel", "navy staff": the members of an agent are that agent
    const heads =
      tailWords.length >= 2 && AGENT_MEMBERS.has(tailWords[tailWords.length - 1]) ? [tailWords.slice(0, -1)] : [];
    for (const words of [tailWords, ...heads]) {
      for (let a = 0; a < words.length; a++) {
        sector = this.reg.agentSector(words.slice(a).join(' '));
        if (sector) {
          agentFrom = a;
          break;
        }
      }
      if (sector) break;
    }
    if (!sector) {
      for (const p of mods) this.emitPlain(toks, p);
      return;
    }
    // "rebel delegates", "insurgent commanders", "opposition negotiators": a modifier naming an
    // armed side or the opposition outside the state says whose people they are
    for (let a = 0; a < agentFrom; a++) {
      const mod = this.reg.agentNoun(tailWords[a]);
      if (!mod || tailWords[a] === 'GOVERNMENT') continue;
      if (/^(REB|INS|SEP|OPP)/.test(mod)) {
        sector = mod;
        break;
      }
    }
    const agentWords = tailWords.slice(agentFrom);
    const headKey = agentWords[agentWords.length - 1];
    // country modifiers: the last one that is not a backer ("Turkish-backed")
    let country: string | null = titleCountry;
    let backed = false;
    let fromName: Actor | null = null;
    for (let x = 0; x < mods.length; x++) {
      const p = mods[x];
      const next = parts[x + 1];
      const isBacker = next && !next.match && BACKING.has(toks[next.i].key);
      if (isBacker) {
        backed = true;
        continue;
      }
      // "pro-Palestinian students", "pro-Russian separatists": a stance, not a nationality (the
      // event stage places them where they act); "pro-Gadhafi troops" are Gadhafi's
      const before = toks[p.i - 1];
      if (
        before &&
        p.match?.type !== 'PER' &&
        p.match?.type !== 'ORG' &&
        (before.key === 'PRO' || before.key === 'ANTI') &&
        this.text.slice(before.end, toks[p.i].start) === '-'
      )
        continue;
      const c = this.countryOfMatch(p.match);
      // "Bosnian Serb leader", "Syrian Kurdish fighters": an ethnic group of the country named first
      const ethnicOf =
        country && x > 0 && mods[x - 1].match && p.i === mods[x - 1].j && ETHNIC_AFTER.has(toks[p.i].key);
      if (ethnicOf) continue;
      if (c) country = c;
      else if (p.match && (p.match.type === 'PER' || p.match.type === 'ORG')) {
        fromName = this.resolveMatch(p.match, '');
      }
    }
    if (backed && !tail.some((p) => p.match) && mods.length) {
      // "Turkish-backed forces": the forces are not the backer's own
      const c2 = mods.filter((p, x) => !(parts[x + 1] && !parts[x + 1].match && BACKING.has(toks[parts[x + 1].i].key)));
      country = c2.length ? this.countryOfMatch(c2[c2.length - 1].match) : null;
    }
    const head = this.span(toks, tail[0].i, last.j);
    let sec3 = sector.slice(0, 3);
    if (backed && !country && (sec3 === 'MIL' || sec3 === 'UAF')) sec3 = 'REB';
    // "Assad regime", "Hamas fighters"
    if (fromName) {
      // "Taliban representatives", "NATO officials": the organisation's own people
      const orgName = mods.some((p) => p.match?.type === 'ORG' && p.match.kind === 'name');
      if (orgName && MEMBER_HEADS.has(headKey)) {
        this.push({ ...whole, head: whole, actor: fromName, via: 'name' });
        return;
      }
      if (fromName.sector === 'GOV' || fromName.sector === 'MIL' || fromName.sector === 'ELI') {
        const a = this.reg.compose(fromName.country, sec3);
        if (a) this.push({ ...whole, head: whole, actor: a, via: 'agent' });
      } else this.push({ ...whole, head: whole, actor: fromName, via: 'name' });
      return;
    }
    const plural = /S$/.test(headKey) && !/SS$/.test(headKey);
    if (ROLE_HEADS.has(headKey) && !plural) {
      const fallback = country
        ? this.reg.compose(country, /^(MIL|OPP|REB|PTY|LEG|JUD|COP|UAF|INS|SEP)$/.test(sec3) ? sec3 : 'GOV')
        : null;
      this.push({
        ...whole,
        head,
        actor: null,
        via: 'nominal',
        pending: { kind: 'role', words: agentWords.map((w) => w.toLowerCase()), country, sector: sec3, fallback },
        role: { words: agentWords.map((w) => w.toLowerCase()), country },
        person: true,
      });
      return;
    }
    // "the regime", "the government", "government forces": whose, from the article so far
    const govWord = agentWords.find((w) => w === 'REGIME' || w === 'GOVERNMENT' || GOVERNMENT_HEADS.has(w));
    if (!country && govWord && !this.placeAfter(toks, last.j)) {
      this.push({
        ...whole,
        head,
        actor: null,
        via: 'nominal',
        pending: { kind: 'government', sector: sec3, regime: govWord === 'REGIME' },
        role: { words: agentWords.map((w) => w.toLowerCase()), country: null },
      });
      return;
    }
    // "its air defences", "its army": the forces of the state named just before
    if (
      !country &&
      !mods.length &&
      STATE_SECTORS.has(sec3) &&
      chunkStart > 0 &&
      toks[chunkStart - 1].key === 'ITS' &&
      !modifiesNoun(toks, last.j)
    ) {
      this.push({ ...whole, head, actor: null, via: 'nominal', pending: { kind: 'possessor', sector: sec3 } });
      return;
    }
    // "the military", "the junta", "police": a state's one institution, whose state the article
    // has named before (see the 'institution' case of `resolvePending`)
    if (
      !country &&
      !mods.length &&
      INSTITUTION_HEADS.has(agentWords.join(' ')) &&
      STATE_SECTORS.has(sec3) &&
      !this.placeAfter(toks, last.j) &&
      (/\bthe\s+$/i.test(this.text.slice(Math.max(0, head.start - 4), head.start)) || headKey === 'POLICE')
    ) {
      this.push({
        ...whole,
        head,
        actor: null,
        via: 'nominal',
        pending: { kind: 'institution', sector: sec3, junta: headKey === 'JUNTA', words: agentWords.join(' ') },
      });
      return;
    }
    // "its official creditors": an adjective of a noun that names no actor
    if (!country && !mods.length && modifiesNoun(toks, last.j)) return;
    if (!country) country = this.placeAfter(toks, last.j);
    const actor = this.reg.compose(country, sec3);
    if (actor)
      this.push({
        ...whole,
        head,
        actor,
        via: country || mods.length ? 'agent' : 'agent',
        role: GOVERNMENT_HEADS.has(headKey) ? { words: [headKey.toLowerCase()], country } : undefined,
      });
  }

  /**
   * The organisation an `ORG <title words> PERSON` chunk names ("African Union envoy X", "Hamas
   * leader X"), when the person is not known as one of the same country's officials.
   */
  private orgBeforeTitle(toks: Token[], parts: ChunkPart[]): Actor | null {
    const last = parts[parts.length - 1];
    let x = parts.length - 2;
    while (x >= 0 && (!parts[x].match || parts[x].match!.kind === 'title')) {
      if (!parts[x].match && !ORG_TAILS.has(toks[parts[x].i].key) && !CHUNK_WORDS.has(toks[parts[x].i].key))
        return null;
      if (['AND', 'OF', 'FOR', 'OR'].includes(toks[parts[x].i].key)) return null;
      x--;
    }
    if (x < 0 || x === parts.length - 2) return null;
    const om = parts[x].match!;
    if (om.type !== 'ORG' || (om.kind !== 'name' && om.kind !== 'institution')) return null;
    const org = this.resolveMatch(om, this.span(toks, parts[x].i, parts[x].j).text);
    if (!org) return null;
    const person = this.resolveMatch(last.match!, this.span(toks, last.i, last.j).text);
    if (person && person.country && person.country === org.country) return null;
    return org;
  }

  /** An institution part without a country ("National Assembly") after a country word in its chunk. */
  private institutionOf(parts: ChunkPart[], x: number): Actor | null {
    const m = parts[x].match;
    if (!m || m.ids.length !== 1) return null;
    const a = this.reg.byId(m.ids[0], this.date);
    if (!a || a.country || !a.sector || !STATE_SECTORS.has(a.sector)) return null;
    for (let y = x - 1; y >= 0; y--) {
      const c = parts[y].match ? this.countryOfMatch(parts[y].match) : null;
      if (c) return this.reg.compose(c, a.sector);
      if (parts[y].match) return null;
    }
    return null;
  }

  /** "civilians in Syria": a country named right after an agent noun. */
  private placeAfter(toks: Token[], j: number): string | null {
    if (j + 1 >= toks.length || toks[j + 1].breakBefore || toks[j].breakBefore) return null;
    if (!['IN', 'FROM', 'OF'].includes(toks[j].key) || isCap(toks[j].text)) return null;
    const m = this.reg.matchTokens(toks, j + 1, false);
    if (!m || m.type !== 'GPE') return null;
    return this.countryOfMatch(m);
  }

  private resolveMatch(m: TokenMatch, text: string, sectorHint?: string | null): Actor | null {
    if (m.ids.length === 1) return this.reg.byId(m.ids[0], this.date, sectorHint);
    return text ? this.reg.resolve(text, this.date) : null;
  }

  private emitPlain(toks: Token[], p: ChunkPart): void {
    const m = p.match;
    if (!m) return;
    const sp = this.span(toks, p.i, p.j);
    if (m.kind === 'title') return;
    if (m.kind === 'capital') {
      // A capital stands for its government ("Moscow said") unless it is a place: after a
      // preposition or determiner ("in Moscow", "the Manama Dialogue") or as a modifier ("Moscow talks").
      let prev = p.i > 0 && !toks[p.i].breakBefore ? toks[p.i - 1] : null;
      // "in The Hague": the article belongs to the name; "in central London": the place
      if (prev && prev.key === 'THE' && isCap(prev.text) && p.i > 1 && !prev.breakBefore) prev = toks[p.i - 2];
      const next = p.j < toks.length && !toks[p.j].breakBefore ? toks[p.j] : null;
      const asPlace =
        (prev && PLACE_ADJECTIVES.has(prev.key) && !isCap(prev.text)) ||
        (prev && (PLACE_PREPOSITIONS.has(prev.key) || ['THE', 'A', 'AN'].includes(prev.key)) && !isCap(prev.text)) ||
        (next && ((isCap(next.text) && !this.reg.matchTokens(toks, p.j)) || PLACE_NOUNS.has(next.key)));
      const country = m.ids[0];
      if (isDateline(this.text, sp.start, sp.end)) {
        // "BEIRUT (Wire) -", "WASHINGTON —", "Moscow, Oct 1 -": where the story was filed, no actor
        return;
      }
      const actor = asPlace ? this.reg.byId(country, this.date) : this.reg.compose(country, 'GOV');
      if (actor) this.push({ ...sp, head: sp, actor, via: asPlace ? 'name' : 'nominal' });
      return;
    }
    // a place or a news agency in a dateline ("DUBAI, Nov 6 (Agency) -") is no actor
    if (m.type === 'GPE' && isDateline(this.text, sp.start, sp.end)) return;
    if (this.inDatelineBrackets(sp)) return;
    const actor = this.resolveMatch(m, sp.text);
    if (!actor) return;
    let via: LinkVia = m.kind === 'demonym' ? 'demonym' : m.kind === 'institution' ? 'nominal' : 'name';
    // "Congress", "the Supreme Court" with no country: a generic body the event stage places
    if (!actor.country && actor.sector && STATE_SECTORS.has(actor.sector) && actor.cameo.length <= 3) via = 'agent';
    this.push({ ...sp, head: sp, actor, via, person: m.type === 'PER' });
  }

  /**
   * The actor an unknown person stands for by the role written before the name: "opposition leader
   * Pavel Sevruk" (OPP), "Belarusian opposition leader …", "rebel commander …" (REB). The country is
   * the one named right before the role, else the country the article names most as a place.
   */
  private roleBefore(e: Span): { start: number; actor: Actor } | null {
    // "Renamo leader Ossufo Momade": the group read with its title right before the name is whom
    // the person acts for
    const titled = this.items.find(
      (it) =>
        it.end <= e.start &&
        /^\s+$/.test(this.text.slice(it.end, e.start)) &&
        it.via === 'name' &&
        !it.person &&
        !!it.actor?.sector &&
        /\s(?:leader|chief|head|envoy|commander|spokesman|spokeswoman|spokesperson)$/i.test(it.text),
    );
    if (titled?.actor) return { start: titled.start, actor: titled.actor };
    const before = this.text.slice(Math.max(0, e.start - 60), e.start);
    const m = /((?:[A-Za-z][\w-]*\s+){1,4})$/.exec(before);
    if (!m) return null;
    const words = m[1].trim().split(/\s+/);
    let sector: string | null = null;
    let from = words.length;
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const tail = words.slice(-n);
      if (n > 1 && /^[a-z]/.test(tail[0]) && !this.reg.agentNoun(tail[0].toUpperCase())) continue;
      const sec = this.reg.agentSector(tail.join(' ').toUpperCase()) ?? (n === 1 ? null : titleSector(tail));
      if (sec) {
        sector = sec.slice(0, 3);
        from = words.length - n;
        break;
      }
    }
    if (!sector || !/^(GOV|MIL|OPP|REB|LEG|JUD|COP|PTY|ELI|UAF|INS|SEP)$/.test(sector)) return null;
    const roleStart = e.start - m[1].length + m[1].indexOf(words[from]);
    // "Belarusian opposition leader", "Mali's army chief": the country item right before the role
    const owner = this.items.find(
      (it) =>
        it.end <= roleStart &&
        /^(?:['’]s)?\s+$/.test(this.text.slice(it.end, roleStart)) &&
        !!it.actor?.country &&
        !it.actor.sector,
    );
    // "Honduran Foreign Minister Eduardo Reina": a country word inside the role itself
    let inRole: string | null = null;
    for (const w of words.slice(from)) {
      if (!/^\p{Lu}/u.test(w)) continue;
      const a = this.reg.resolve(w, this.date);
      if (a?.country && !a.sector) inRole = a.country;
    }
    const country = owner?.actor?.country ?? inRole ?? this.namedMostAsPlace(this.items, 2);
    if (!country) return null;
    const actor = this.reg.compose(country, sector);
    return actor ? { start: owner ? owner.start : roleStart, actor } : null;
  }

  /** "BEIRUT (Agency) -": the agency credited in a dateline's brackets. */
  private inDatelineBrackets(sp: Span): boolean {
    const lineStart = this.text.lastIndexOf('\n', sp.start - 1) + 1;
    const before = this.text.slice(lineStart, sp.start);
    if (!/^[\s"“]*[\p{Lu}][\p{L}.' /-]*(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*\($/u.test(before)) return false;
    return /^\)\s*[-–—]/.test(this.text.slice(sp.end, sp.end + 4));
  }

  /** NER entities that no chunk covered. */
  addEntities(entities: Entity[]): void {
    for (const e of entities) {
      if (this.items.some((it) => it.start < e.end && e.start < it.end)) continue;
      if ((e.type === 'GPE' || e.type === 'LOC') && isDateline(this.text, e.start, e.end)) continue;
      if (this.inDatelineBrackets(e)) continue;
      const toks = tokenize(e.text, e.start);
      if (!toks.length) continue;
      const actor = this.reg.resolve(e.text, this.date);
      if (e.type === 'PER') {
        const lastTok = toks[toks.length - 1];
        if (toks.length === 1 || !actor) {
          // a full name no dictionary knows, after a role ("opposition leader Pavel Sevruk"): the
          // role's sector, of the country named with the role or else the article's country
          const byRole = !actor && toks.length > 1 ? this.roleBefore(e) : null;
          this.push({
            start: byRole?.start ?? e.start,
            end: e.end,
            text: this.text.slice(byRole?.start ?? e.start, e.end),
            head: e,
            actor: null,
            via: 'coref',
            pending: { kind: 'surname', key: lastTok.key, fallback: byRole?.actor ?? actor },
            person: true,
          });
          continue;
        }
      }
      if (actor && !actor.country && actor.sector && STATE_SECTORS.has(actor.sector) && actor.cameo.length <= 3) {
        // "Pakistan's National Assembly", "the Brazilian Congress": the body of the country named
        // right before it; alone ("Congress"), a generic body the event stage places
        const x = this.items.findIndex(
          (it) =>
            it.end <= e.start &&
            /^(?:['’]s)?\s+$/.test(this.text.slice(it.end, e.start)) &&
            !!it.actor?.country &&
            !it.actor.sector &&
            (it.via === 'name' || it.via === 'demonym'),
        );
        const owner = x >= 0 ? this.items[x] : null;
        const composed = owner ? this.reg.compose(owner.actor!.country, actor.sector) : null;
        if (owner && composed) {
          this.items.splice(x, 1);
          this.push({
            start: owner.start,
            end: e.end,
            text: this.text.slice(owner.start, e.end),
            head: e,
            actor: composed,
            via: 'nominal',
          });
        } else this.push({ start: e.start, end: e.end, text: e.text, head: e, actor, via: 'agent' });
        continue;
      }
      if (actor)
        this.push({ start: e.start, end: e.end, text: e.text, head: e, actor, via: 'name', person: e.type === 'PER' });
    }
  }

  /** Pass 2: in text order, resolve what needs earlier mentions. */
  finish(): Item[] {
    // no overlaps: keep the longer of two overlapping items
    const sorted = [...this.items].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Item[] = [];
    for (const it of sorted) {
      const prev = kept[kept.length - 1];
      if (prev && it.start < prev.end) {
        if (it.end - it.start > prev.end - prev.start) kept[kept.length - 1] = it;
        continue;
      }
      kept.push(it);
    }
    this.distributeHeads(kept);
    const done: Item[] = [];
    const spoken: Item[] = [];
    for (const it of kept) {
      if (it.pending?.kind === 'speaker') {
        spoken.push(it);
        continue;
      }
      if (it.pending) it.actor = this.resolvePending(it, done, kept);
      if (it.supporters && it.actor) {
        // supporters of an opposition figure are opposition; of anyone else, that country's people
        const a = it.actor;
        it.actor = this.reg.compose(a.country, a.sector === 'OPP' || a.sector === 'PTY' ? 'OPP' : 'CVL');
        it.person = false;
        it.via = 'agent';
      }
      if (it.actor) done.push(it);
    }
    if (!spoken.length) return done;
    // quoted first persons last, from the mention at their quote's speaker
    for (const it of spoken) {
      if (it.pending?.kind !== 'speaker') continue;
      const sp = it.pending.speaker;
      it.actor = speakerActor(done, sp) ?? this.reg.resolve(sp.text, this.date);
      it.person = false;
    }
    return [...done, ...spoken.filter((it) => it.actor)].sort((a, b) => a.start - b.start);
  }

  /**
   * "Indian and Chinese troops", "Russian, Iranian and Turkish officials": a bare demonym
   * coordinated with a demonym and an agent head shares the head ("Indian" troops).
   */
  private distributeHeads(items: Item[]): void {
    for (let k = items.length - 2; k >= 0; k--) {
      const a = items[k];
      const b = items[k + 1];
      if (a.via !== 'demonym' || b.via !== 'agent' || !a.actor?.country || !b.actor?.sector || b.person) continue;
      if (b.actor.country === a.actor.country || b.sentence !== a.sentence) continue;
      if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(this.text.slice(a.end, b.start))) continue;
      // the head's own country is named by a demonym that opens it ("Chinese troops")
      const first = tokenize(b.text)[0];
      const m = first ? this.reg.matchTokens([first], 0, true) : null;
      if (m?.kind !== 'demonym') continue;
      const shared = this.reg.compose(a.actor.country, b.actor.sector);
      if (!shared) continue;
      a.actor = shared;
      a.via = 'agent';
    }
  }

  /** A mention that heads its sentence or stands right before a finite verb ("Putin urged him"). */
  private clauseSubject(h: Item): boolean {
    const s = this.sentenceSpan(h.start);
    if (s && /^\W*$/.test(this.text.slice(s.start, h.start))) return true;
    const next = /^\s*(?:,[^,]{0,60},\s*)?([a-z]+)(?:\s+([a-z]+))?/.exec(this.text.slice(h.end, h.end + 80));
    if (!next) return false;
    const w = next[1];
    // ("prompting Israel to declare him …": the subject of the infinitive)
    if (w === 'to' && next[2] && !/^(the|a|an|his|her|its|their)$/.test(next[2])) return true;
    return (
      SUBJECT_NEXT.has(w.toUpperCase()) || (/^[a-z]{3,}(?:ed|s)$/.test(w) && !/^(?:its|was|has|his|this|ss)$/.test(w))
    );
  }

  private resolvePending(it: Item, history: Item[], all: Item[]): Actor | null {
    const p = it.pending!;
    switch (p.kind) {
      case 'thing':
        return this.resolveThing(it, p.plural, history);
      case 'anaphor': {
        // the latest fitting actor in this or the three sentences before
        const fits = ANAPHOR_HEADS[p.head];
        for (let x = history.length - 1; x >= 0; x--) {
          const h = history[x];
          if (it.sentence - h.sentence > 3) break;
          if (!h.actor || h.person || h.via === 'demonym') continue;
          if (fits(h.actor, h.text)) return h.actor;
        }
        return null;
      }
      case 'pronoun': {
        // The subject of the nearest sentence that has a fitting person: its first such mention
        // (outside quotations, unless the pronoun itself is quoted).
        if (OPENING_QUOTE.test(this.text.slice(Math.max(0, it.start - 1), it.start))) return null;
        const quotedPronoun = this.inQuote(it.start);
        // an object pronoun is not the subject of its own clause: "Putin urged him" ≠ Putin
        // (the subject of its own clause: the nearest subject before it in the sentence, when a
        // person; "Police arrested journalist X … and charged him" may mean X, "Erdogan said Putin
        // had called him" means Erdogan)
        const subject = p.object
          ? history.filter((h) => h.sentence === it.sentence && h.actor && this.clauseSubject(h)).pop()
          : undefined;
        const clauseMates = new Set<string>(subject?.person ? [subject.actor!.id] : []);
        let best: Item | null = null;
        for (let x = history.length - 1; x >= 0; x--) {
          const h = history[x];
          if (it.sentence - h.sentence > 2) break;
          if (best && h.sentence !== best.sentence) break;
          if (!h.person || !h.actor) continue;
          if (clauseMates.has(h.actor.id)) continue;
          if (!quotedPronoun && this.inQuote(h.start)) continue;
          const g = this.reg.info(h.actor.id)?.gender ?? null;
          if (g && g !== p.gender) continue;
          best = h;
        }
        it.person = best !== null;
        return best?.actor ?? null;
      }
      case 'surname': {
        for (let x = history.length - 1; x >= 0; x--) {
          const h = history[x];
          if (!h.person || !h.actor || (h.via === 'coref' && h.pending?.kind === 'pronoun')) continue;
          // ("Yoon" after "Yoon Suk Yeol": the family name comes first in Korean and Chinese names)
          const familyFirst = FAMILY_NAME_FIRST.has(h.actor.country ?? '');
          const isSurname = (t: Token[]) =>
            t.length > 1 && (t[t.length - 1].key === p.key || (familyFirst && t[0].key === p.key));
          if (isSurname(tokenize(this.text.slice(h.head.start, h.head.end)))) return h.actor;
          const info = this.reg.info(h.actor.id);
          if (info && info.type === 'PER' && isSurname(tokenize(info.name))) return h.actor;
        }
        if (p.fallback) it.via = 'name';
        return p.fallback;
      }
      case 'role': {
        // the most recent person whose role matches, of the same country when one is given
        const headWord = p.words[p.words.length - 1];
        if (headWord !== 'counterpart') {
          for (let x = history.length - 1; x >= 0; x--) {
            const h = history[x];
            if (!h.person || !h.actor || !this.reg.info(h.actor.id)) continue;
            if (p.country && h.actor.country !== p.country) continue;
            const info = this.reg.info(h.actor.id)!;
            const phrase = p.words.join(' ');
            const fits =
              info.titles.some((t) => t === phrase || t.endsWith(' ' + phrase) || t.split(' ').pop() === headWord) ||
              (h.role && h.role.words[h.role.words.length - 1] === headWord);
            if (
              fits &&
              (h.actor.sector === 'GOV' || h.actor.sector === 'MIL' || h.actor.sector === 'IGO' || !p.country)
            ) {
              it.via = 'coref';
              return h.actor;
            }
          }
        }
        return p.fallback;
      }
      case 'speaker':
        // resolved in `finish`, once the speaker's own mention is
        return null;
      case 'possessor': {
        // the latest state or state body in this sentence, else in the one before, that is no
        // preposition's object ("reinforced its troops along the border with Gaza and put its forces")
        for (let x = history.length - 1; x >= 0 && it.sentence - history[x].sentence <= 1; x--) {
          const h = history[x];
          const a = h.actor;
          if (!a || h.person || h.pending?.kind === 'possessor') continue;
          if (PREP_OBJECT.test(this.text.slice(Math.max(0, h.start - 40), h.start))) continue;
          // "NATO … dozens of its peacekeepers": an organisation's own
          if (!a.country && a.cameo.startsWith('IGO') && h.sentence === it.sentence) return a;
          if (!a.country || (a.sector !== null && !STATE_SECTORS.has(a.sector.slice(0, 3)))) continue;
          return this.reg.compose(a.country, p.sector);
        }
        it.via = 'agent';
        return this.reg.compose(null, p.sector);
      }
      case 'institution': {
        // the state of the latest earlier mention of the same kind of institution ("Myanmar's
        // military … the military"), else the country the article has been about so far
        // (an earlier bare "the military" does not count: it would pass a guess along); a state
        // named before it in the same sentence first ("Pashinyan said the army had told him")
        // ("the junta" is what others call it: "Le Drian said the junta was illegitimate")
        for (let x = history.length - 1; x >= 0 && history[x].sentence === it.sentence && !p.junta; x--) {
          const a = history[x].actor;
          if (a?.country && STATE_SECTORS.has(a.sector?.slice(0, 3) ?? '') && history[x].via !== 'nominal')
            return this.reg.compose(a.country, p.sector);
        }
        // (a ministry is only an earlier ministry of that name: governments are named everywhere)
        const ministry = p.sector === 'GOV';
        for (let x = history.length - 1; x >= 0; x--) {
          const h = history[x];
          const a = h.actor;
          if (!a?.country || a.sector?.slice(0, 3) !== p.sector || h.via === 'nominal') continue;
          if (ministry && !h.text.toUpperCase().replace(/\s+/g, ' ').includes(p.words)) continue;
          return this.reg.compose(a.country, p.sector);
        }
        if (ministry) {
          it.via = 'agent';
          return this.reg.compose(null, p.sector);
        }
        // else the one country the whole article names most as a place; else it stays a generic agent
        const top = this.namedMostAsPlace(all, 1);
        if (top) return this.reg.compose(top, p.sector);
        it.via = 'agent';
        return this.reg.compose(null, p.sector);
      }
      case 'government': {
        if (p.regime) {
          // "the regime": the country of the last regime mentioned, else of the last government
          for (let x = history.length - 1; x >= 0; x--) {
            const h = history[x];
            if (h.actor?.country && h.role?.words.includes('regime'))
              return this.reg.compose(h.actor.country, p.sector);
          }
          for (let x = history.length - 1; x >= 0; x--) {
            const a = history[x].actor;
            if (a?.country && a.sector === 'GOV') return this.reg.compose(a.country, p.sector);
          }
          return null;
        }
        // "the imperialist government of the United States": the country named right after "of"
        const of = /^\s+of\s+(?:the\s+)?/i.exec(this.text.slice(it.end, it.end + 12));
        if (of) {
          const at = it.end + of[0].length;
          const owner = all.find((h) => h.start === at && h.actor?.country && !h.pending);
          if (owner) return this.reg.compose(owner.actor!.country, p.sector);
        }
        // "the government", "government forces": a government named in the same sentence (nearest
        // first), else the country the article has been about so far (countries named as places).
        const same = all
          .filter((h) => h !== it && h.sentence === it.sentence && h.actor?.country && !h.pending)
          .sort((a, b) => Math.abs(a.start - it.start) - Math.abs(b.start - it.start));
        const gov = same.find((h) => h.actor!.sector === 'GOV');
        if (gov) return this.reg.compose(gov.actor!.country, p.sector);
        // ("Israel's opposition leader criticised the government": the government those who oppose
        // it at home face is their own)
        // (not when the sentence places them in another country: "Turkmen rebels fighting government
        // forces in Syria's Latakia province")
        const foe = same.find((h) => h.start < it.start && /^(OPP|REB|INS)/.test(h.actor!.sector ?? ''));
        const elsewhere = same.some((h) => h.actor!.sector === null && h.actor!.country !== foe?.actor!.country);
        if (foe && !elsewhere) return this.reg.compose(foe.actor!.country, p.sector);
        const top = this.articleCountrySoFar(history);
        if (top) return this.reg.compose(top, p.sector);
        // nothing named before (an article's first sentence): the one country its places are in
        // ("Government forces shelled the town of Zintan")
        const places = new Set(same.filter((h) => h.actor!.sector === null).map((h) => h.actor!.country));
        const [only] = places;
        return places.size === 1 && only ? this.reg.compose(only, p.sector) : null;
      }
    }
  }

  private weights = new Map<Item, number>();

  /**
   * How much a bare country's mention says the article is about it: named as where things happen
   * ("zones in Syria") 3, as an owner ("Iran's role") 0.5, else 1 — by its name, not its capital:
   * "in Astana", "in the Kazakh capital" is where talks are held, a venue, not the subject. (Kept
   * per mention: "the government" asks for the whole history each time.)
   */
  private placeWeight(h: Item): number {
    let w = this.weights.get(h);
    if (w !== undefined) return w;
    const where =
      h.via === 'name' &&
      this.reg.lookup(h.text)?.kind !== 'capital' &&
      /\b(?:in|across|inside|into|throughout)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i.test(
        this.text.slice(Math.max(0, h.start - 30), h.start),
      );
    const owner = /^['’]s\b/.test(this.text.slice(h.end, h.end + 3));
    w = where ? 3 : owner ? 0.5 : 1;
    this.weights.set(h, w);
    return w;
  }

  /**
   * The one country `items` name most as a place (a bare country or city), at least `min` times; a
   * tie goes to the country more of the other actors belong to, and stays null if they tie too.
   */
  private namedMostAsPlace(items: Item[], min: number): string | null {
    const score = new Map<string, number>();
    for (const h of items) {
      const c = h.actor?.country;
      if (c && !h.pending) score.set(c, (score.get(c) ?? 0) + (h.actor!.sector === null ? 1000 : 1));
    }
    const ranked = [...score].sort((a, b) => b[1] - a[1]);
    if (!ranked.length || ranked[0][1] < 1000 * min || (ranked[1] && ranked[1][1] === ranked[0][1])) return null;
    return ranked[0][0];
  }

  /** The country most often named as a place (a bare country or city) in `history`, else of any mention. */
  private articleCountrySoFar(history: Item[]): string | null {
    const counts = new Map<string, number>();
    for (const h of history) {
      const c = h.actor?.country;
      if (!c || h.actor!.sector !== null) continue;
      counts.set(c, (counts.get(c) ?? 0) + this.placeWeight(h));
    }

    if (!counts.size)
      for (const h of history)
        if (h.actor?.country) counts.set(h.actor.country, (counts.get(h.actor.country) ?? 0) + 1);
    let top: string | null = null;
    let n = 0;
    for (const [c, k] of counts) if (k > n) [top, n] = [c, k];
    return top;
  }
}

/** The actor of the mention that overlaps a quote's speaker span most, or null. */
function speakerActor(mentions: { start: number; end: number; actor: Actor | null }[], sp: Span): Actor | null {
  const overlap = (m: Span) => Math.min(m.end, sp.end) - Math.max(m.start, sp.start);
  const best = mentions.filter((m) => overlap(m) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
  return best?.actor ?? null;
}

/** Quoted passages: the annotate stage's quotes plus any "…" / “…” pair within a paragraph. */
function quotedSpans(text: string, quotes: Span[]): Span[] {
  const out: Span[] = quotes.map((q) => ({ start: q.start, end: q.end }));
  const re = /“[^”\n]*”|"[^"\n]*"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function isCap(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}

/** Links an annotated article's entities and nominal phrases to actors. */
export function resolveMentions(input: Annotated, ctx?: Partial<StageContext>): Linked {
  const reg = loadRegistry();
  const text = input.article.text ?? '';
  const date = dateOnly(input.article.published ?? ctx?.published ?? null);
  const sentences = input.sentences.length ? input.sentences : [{ start: 0, end: text.length }];
  const sentenceOf = sentenceIndexer(sentences);
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const direct = input.quotes.filter((q) => q.kind !== 'indirect' && q.speaker);
  // (reported speech is no quotation: "the Kremlin said it was expecting Tillerson … He is due to
  // meet Lavrov" — Tillerson may be what "he" refers to)
  const quoted = quotedSpans(
    text,
    input.quotes.filter((q) => q.kind !== 'indirect'),
  );
  const r = new Resolver(reg, text, date, sentenceOf, quoted, sorted, direct);
  for (const s of sorted) r.chunkSentence(tokenize(text.slice(s.start, s.end), s.start));
  r.addEntities(input.entities);
  const items = r.finish();
  const mentions: ActorMention[] = items.map((it) => ({
    start: it.start,
    end: it.end,
    text: it.text,
    actor: it.actor!,
    via: it.via,
  }));
  const entities = input.entities.map((e) => {
    const it = items.find((m) => m.head.start < e.end && e.start < m.head.end);
    if (it?.actor) return { ...e, actor: it.actor };
    const covering = items.find((m) => m.start <= e.start && e.end <= m.end);
    if (covering) {
      // an entity inside a longer mention but outside its head ("US" in "US President Donald Trump")
      const own = reg.resolve(e.text, date);
      return own ? { ...e, actor: own } : { ...e };
    }
    const own = reg.resolve(e.text, date);
    return own ? { ...e, actor: own } : { ...e };
  });
  // A quote's speaker is the actor of the mention at the speaker's span ("he" resolved through
  // coreference, "the White House" as USAGOV), else what the registry makes of the words.
  const quotes = input.quotes.map((q) => {
    if (!q.speaker) return q;
    const sp = q.speaker;
    const actor = speakerActor(mentions, sp) ?? reg.resolve(sp.text, date);
    return actor ? { ...q, speaker: { ...sp, actor } } : q;
  });
  ctx?.debug?.(
    () =>
      `resolve ${input.article.id}: ${mentions.length} mentions, ${entities.filter((e) => e.actor).length}/${entities.length} entities linked (date ${date ?? 'none'})`,
  );
  return { ...input, entities, quotes, mentions };
}

export const resolveStage: Stage<Annotated, Linked> = {
  name: 'resolve',
  needs: 'annotated',
  produces: 'linked',
  run: (input, ctx) => resolveMentions(input, ctx),
};
