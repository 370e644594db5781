/**
 * Placing generic actors. "Police", "protesters", "gunmen", "security forces", "students" name a
 * kind of actor, not a country; event data needs their country ("KENCOP", "VENOPP"). News states
 * it in a few regular ways, tried in this order:
 *
 *   1. a place right after the mention:          "protesters in Caracas", "police of Lagos state";
 *   2. the place the event happens, in the same sentence: "gunmen killed 12 villagers in northern
 *      Burkina Faso", "security forces arrested dozens in Kampala";
 *   3. the other party, for domestic acts: the police who arrest a Kenyan opposition leader are
 *      Kenyan; protesters dispersed by the Iranian police are Iranian. Only for acts a state does
 *      to its own people (coercion, protest and its repression), never for fighting, where the
 *      other side is usually foreign;
 *   4. the country the article is about (see `focusCountry`), for local non-state actors only.
 *
 * Each placement says which cue it used, for the event's rule (provenance).
 */
import type { Actor, ActorMention } from '../types.js';

/** Sectors of people who belong to the place they act in: non-state groups, local police and courts. */
const LOCAL_SECTORS = /^(REB|OPP|CVL|REF|UAF|INS|SEP|MOD|RAD|LAB|EDU|REL|KUR|MED|HLH|BUS|CRM|AGR|JUD|COP)/;
/** Armed groups that are no state's forces (at home, another side than the state). */
export const ARMED_NONSTATE = /^(REB|UAF|INS|SEP|RAD|CRM)/;
/** State agents: police, security forces, armies, officials. */
const STATE_SECTORS = /^(COP|MIL|GOV|SPY|JUD|LEG)/;
/** Prepositions that place an event ("in", "near", "across") — with up to two words before the place. */
const LOCATIVE_BEFORE =
  /\b(?:in|near|across|throughout|through|along|around|outside|inside|at|on the streets of|in the streets of|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:(?:town|city|village|port|region|province|state|district|area|county|governorate|oblast|outskirts|suburbs?) of\s+)?$/i;
/** A place named right after a mention: "in Caracas", "of Lagos state", "from Gaza". */
const RIGHT_AFTER =
  /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:in|at|near|across|throughout|around|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * CAMEO roots of domestic acts: protest (14), coercion and repression (17), demonstrations of
 * force (15), releases and other concessions to one's own people (08), broken-off talks with one's
 * own rebels (16).
 */
const DOMESTIC_ROOTS = new Set(['08', '14', '15', '16', '17']);

/** Captives held by a foreign party: where they are held says nothing of whose they are. */
const CAPTIVES = /\b(?:hostages?|captives?|abductees?)\b/i;

/** People who attack on their own, named by no group: "a man", "two gunmen", "an assailant". */
const LONE_ATTACKER = /\b(?:man|men|woman|women|gunm[ae]n|attackers?|assailants?)$/i;

export interface Placement {
  country: string;
  why: string;
}

/** Places a possessive country may name ("Nigeria's northwestern Kaduna state", "Syria's north"). */
const PLACE_AFTER_POSSESSIVE =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:state|province|district|region|city|capital|town|village|border|coast|territory|north|south|east|west|northeast|northwest|southeast|southwest|interior|port|airport|islands?|enclave|camp|heartland|countryside|mountains|valley)\b/i;

/** "Iran's role", "Russia's involvement": a country named as an owner, not as where something happens. */
function ownerNotPlace(text: string, p: ActorMention): boolean {
  const after = text.slice(p.end, p.end + 60);
  return /^['’]s\b/.test(after) && !PLACE_AFTER_POSSESSIVE.test(after);
}

/** A mention that names a place (a country or a city, no sector), with its country. */
function isPlace(m: ActorMention): boolean {
  return !!m.actor?.country && !m.actor.sector && (m.via === 'name' || m.via === 'demonym');
}

/** A place that names an occasion held there ("the Astana talks", "the Minsk agreement"), not where anyone is. */
const OCCASION_AFTER =
  /^\s+(?:peace\s+)?(?:talks|summit|meeting|conference|process|format|agreements?|accords?|deal|negotiations|declaration|memorandum|protocol|congress)\b/i;
function namesOccasion(text: string, p: ActorMention): boolean {
  return OCCASION_AFTER.test(text.slice(p.end, p.end + 30));
}

/** Nouns of armed force or attack a demonym may modify ("Israeli shelling", "Russian troops"). */
const FORCE_NOUN_AFTER =
  /^\s+(?:air\s*)?(?:shelling|strikes?|airstrikes?|fire|gunfire|attacks?|raids?|bombardments?|bombing|troops|forces|soldiers|jets|warplanes|drones?)\b/i;

/** Missions abroad a demonym may name: "the Chinese embassy in Manila" is in the Philippines. */
const MISSION_AFTER = /^\s+(?:embassy|embassies|consulate|consulates|mission|missions|base|bases)\b/i;

/**
 * The other party named by a demonym that modifies a noun of force: "civilians were wounded in
 * Israeli shelling in Gaza City" — the doer's adjective, not where it happened.
 */
function doerAdjective(text: string, p: ActorMention, other: ActorMention | null): boolean {
  return p === other && p.via === 'demonym' && FORCE_NOUN_AFTER.test(text.slice(p.end, p.end + 30));
}

/**
 * The country of a generic mention `m`, or null. `other`: the other party of the event (if any);
 * `root`: the event's CAMEO root; `inS`: mentions of the sentence; `focus`: the article's country.
 */
export function placeGeneric(
  text: string,
  m: ActorMention,
  role: 'source' | 'target',
  other: ActorMention | null,
  root: string,
  inS: ActorMention[],
  sentence: { start: number; end: number },
  trigger: { start: number; end: number },
  focus: string | null,
): Placement | null {
  const sector = m.actor.sector ?? m.actor.cameo;
  const local = LOCAL_SECTORS.test(sector);
  const state = STATE_SECTORS.test(sector);
  // "gunmen attacked a military barracks in Freetown": the forces an armed group attacks where it
  // acts are that country's (a state agent fighting elsewhere is usually foreign)
  const atHome = role === 'target' && !!other && ARMED_NONSTATE.test(other.actor.sector ?? '');
  const material = Number(root) >= 14;
  // reporters told something, people who suffer: only material acts (and aid) make them parties
  // (people an aid delivery reaches are its recipients: "delivered food to 200,000 people in Gaza")
  // ("told residents of northern Gaza to move south", "freed 50 prisoners in Minsk": people ordered
  // to do something or released are its targets; not hostages held in Gaza, who are not Gazans)
  if (
    /^(MED|CVL|REF|HLH|BUS)/.test(sector) &&
    !material &&
    (role === 'source' || !/^(02|07|08|10)$/.test(root) || (root === '08' && CAPTIVES.test(m.text)))
  )
    return null;
  // 0. "Venezuela's government and the opposition resumed talks": the opposition (or rebels) joined
  //    to a state's body in one compound is that state's
  if (other?.actor.country && /^(OPP|REB|INS|SEP)/.test(sector) && STATE_SECTORS.test(other.actor.sector ?? '')) {
    const between = other.end <= m.start ? text.slice(other.end, m.start) : text.slice(m.end, other.start);
    if (/^\s*(?:,|and)\s+(?:the\s+)?$/i.test(between))
      return { country: other.actor.country, why: `joined to ${other.text}` };
  }
  // 1. "protesters in Caracas"
  for (const p of inS) {
    if (p.start < m.end || !isPlace(p) || doerAdjective(text, p, other) || namesOccasion(text, p)) continue;
    const gap = text.slice(m.end, p.start);
    if (gap.length <= 40 && RIGHT_AFTER.test(gap))
      return { country: p.actor.country!, why: `named with it ("${p.text}")` };
    break;
  }
  // 2. where the event happens: a place after "in/near/across …" anywhere in the sentence (for a
  //    state agent, only its material acts: "officials in talks in Geneva" are not Swiss)
  if (local || (state && material)) {
    let places = inS.filter(
      (p) =>
        // the other party may itself be the place ("gunmen opened fire … outside Moscow")
        (p !== other || isPlace(p)) &&
        !doerAdjective(text, p, other) &&
        isPlace(p) &&
        !namesOccasion(text, p) &&
        // ("in protest at Iran's role": an owner is no place; "in Nigeria's Kaduna state" is)
        !ownerNotPlace(text, p) &&
        // "outside the Chinese embassy in Manila": a mission is its country's, not where it is
        !(p.via === 'demonym' && MISSION_AFTER.test(text.slice(p.end, p.end + 20))) &&
        // after the trigger, or in a fronted adverbial ("In northern Mali, gunmen …"); not a place
        // that belongs to another clause before it ("Analysts in Ankara say Turkey, which backs rebels …")
        (p.start >= trigger.start ||
          /^\W*(?:in|at|near|across|outside|inside)\b/i.test(text.slice(sentence.start, p.start))) &&
        LOCATIVE_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 40), p.start)) &&
        (!other?.actor.country ||
          p.actor.country !== other.actor.country ||
          DOMESTIC_ROOTS.has(root) ||
          local ||
          atHome),
    );
    // a place in the act's own clause wins over one in a clause after it ("agreed to a ceasefire in
    // northern Shan state after talks in the Chinese city of Kunming")
    const rest = text.slice(trigger.end, sentence.end);
    // (a reason is another clause too: "… in Baghdad over a planned burning of the Koran in Stockholm")
    const cut = /[;]|\b(?:after|before|following|amid|while|when|as|over|despite|because)\b/i.exec(rest);
    const cutAt = cut ? trigger.end + cut.index : sentence.end;
    if (places.some((p) => p.start >= trigger.start && p.start < cutAt) && places.some((p) => p.start >= cutAt))
      places = places.filter((p) => p.start < cutAt);
    // a fronted adverbial ("In northern Burkina Faso, gunmen … near the border with Niger") wins
    const fronted = places.filter((p) => p.start < trigger.start);
    const frontedCountries = new Set(fronted.map((p) => p.actor.country));
    if (
      frontedCountries.size === 1 &&
      places.length > fronted.length &&
      !(state && !atHome && !DOMESTIC_ROOTS.has(root) && Number(root) >= 18)
    )
      return { country: fronted[0].actor.country!, why: `where it happened ("${fronted[0].text}")` };
    const countries = new Set(places.map((p) => p.actor.country));
    // one country where it happens (two different ones: "from Syria into Turkey" — no answer)
    if (countries.size === 1) {
      // a state agent in a foreign land fighting: "troops shelled villages in Syria" says nothing of whose troops
      if (!(state && !atHome && !DOMESTIC_ROOTS.has(root) && Number(root) >= 18))
        return { country: places[0].actor.country!, why: `where it happened ("${places[0].text}")` };
    }
  }
  // 2b. a protest at a place ("drivers blocked the highways out of Asuncion"): the crowd is of that place
  if (root === '14' && role === 'source' && local && other && isPlace(other))
    return { country: other.actor.country!, why: `where it happened ("${other.text}")` };
  // 3. the other party of a domestic act
  const oc = other?.actor.country;
  if (oc && DOMESTIC_ROOTS.has(root)) {
    const otherSector = other!.actor.sector ?? '';
    if (state && (LOCAL_SECTORS.test(otherSector) || !otherSector || otherSector === 'OPP'))
      return { country: oc, why: `acting on ${other!.text} at home` };
    // (reducing relations is domestic only with rebels or the opposition: "ended peace talks with
    // communist rebels"; companies and banks blacklisted are mostly foreign)
    // (a country named bare acts as its state: "Nicaragua expelled Bishop Rolando Alvarez")
    const otherState = STATE_SECTORS.test(otherSector) || (!otherSector && isPlace(other!));
    // (rebels of the country an article is about acting on another state are not that state's:
    // "rebel delegates walked out of the talks in protest at Iran's role")
    const abroad = role === 'source' && /^(REB|INS|SEP)/.test(sector) && !!focus && focus !== oc;
    if (local && otherState && !abroad && (root !== '16' || /^(REB|OPP|INS|SEP|UAF)/.test(sector)))
      return { country: oc, why: `at home with ${other!.text}` };
  }
  // 3a. "A man stabbed opposition leader Lee Jae-myung": someone unaffiliated who attacks a
  //     country's own officials or people, with no place named, does it at home
  if (
    oc &&
    role === 'source' &&
    /^(CVL|UAF)/.test(sector) &&
    LONE_ATTACKER.test(m.text) &&
    /^(18|19|20)$/.test(root) &&
    other!.via !== 'coref' &&
    /^(GOV|OPP|LEG|JUD|COP|CVL|MED|REL|EDU|LAB|HLH)/.test(other!.actor.sector ?? '')
  )
    return { country: oc, why: `attacking ${other!.text} at home` };
  // 3b. "the opposition" (or "the rebels") a government accuses or arrests, or that accuses or
  //     defies it, is that country's own (conflictual acts only: roots 10-19, and 09 investigations)
  if (
    oc &&
    (/^OPP/.test(sector) || (/^(REB|INS|SEP)/.test(sector) && focus === oc)) &&
    /^(09|1\d)$/.test(root) &&
    other!.via !== 'coref' &&
    STATE_SECTORS.test(other!.actor.sector ?? '')
  )
    return { country: oc, why: `the opposition of ${other!.text}` };
  // 4. the article's country, for local non-state actors that act (not people who suffer)
  //    (people who march or strike act: a crowd's protest is theirs); police and courts of an
  //    article about a country are that country's
  if (focus && /^(COP|JUD)/.test(sector) && (!other?.actor.country || other.actor.country === focus))
    return { country: focus, why: 'the country the article is about' };
  if (
    focus &&
    local &&
    !state &&
    (role === 'target' || !/^(CVL|REF|MED|HLH|BUS)/.test(sector) || root === '14') &&
    // "Turkey backs rebels": cooperation is not made domestic by the article's country
    (other?.actor.country !== focus || !/^0[3-8]$/.test(root))
  )
    return { country: focus, why: 'the country the article is about' };
  return null;
}

/** The mention with its actor given a country: "protesters" (OPP) in VEN → VENOPP. */
export function localise(m: ActorMention, country: string): ActorMention {
  const a: Actor = m.actor;
  return { ...m, actor: { ...a, country, cameo: a.cameo.startsWith(country) ? a.cameo : country + a.cameo } };
}
