/**
 * Codes a whole Linked document: every sentence through the coder, then dates, places, ids,
 * PLOVER/CAMEO fields, and deduplication within the article.
 */
import type { Actor, ActorMention, Event, Linked } from '../types.js';
import type { StageContext } from '../pipeline.js';
import { Coder, DEFAULT_TARGETLESS, QUOTED_FIRST, type CodedEvent } from './coder.js';
import { cameoInfo, loadVerbDictionary } from './ontology.js';
import { clauseOf, nearestPlace, pickDate, pickLocation, usableDate } from './attach.js';
import { eventId, eventKey } from './key.js';
import { loadDiscards, loadNominals } from './nominals-data.js';
import { ARMED_NONSTATE, localise, placeGeneric, type Placement } from './placement.js';
import { loadRegistry } from '../actors/registry.js';
import { isDateline, isInstitutionNoun } from '../actors/index.js';
import { loadPosTagger } from '../nlp/pos/index.js';

let defaultCoder: Coder<Actor> | null = null;

/** The coder with the shipped dictionaries (CAMEO.2.0 + our additions), built once. */
export function getDefaultCoder(): Coder<Actor> {
  return (defaultCoder ??= new Coder<Actor>({
    verbs: loadVerbDictionary(),
    nominals: loadNominals(),
    sameActor: (a, b) => a.id === b.id,
    stateOf: (a) => (a.country && (!a.sector || STATE_LIKE.test(a.sector)) ? a.country : null),
    stateAgent: (a) => STATE_LIKE.test(a.sector ?? ''),
    official: (a) => /^(GOV|MIL|SPY|JUD|LEG)/.test(a.sector ?? '') || a.cameo.startsWith('IGO'),
    // ("rebels said they had killed": a sector not yet placed is the same side as itself placed;
    // "a rebel fighter said Gadhafi forces were shelling …": the state and those who fight it are
    // two sides of one country)
    sameSide: (a, b) =>
      a.id === b.id ||
      (!!a.country && a.country === b.country && !challenges(a, b) && !challenges(b, a)) ||
      ((!a.country || !b.country) && !!a.sector && a.sector === b.sector),
    // Types the PLOVER manual codes without a recipient (appeals, demands, rejections, denials,
    // threats, protests, mobilisation). ACCUSE with no named target is kept only when an implied
    // target is found ("condemned the attack" → who carried it out): see `impliedTarget`.
    // violence aimed at no named party is given the place where it happened (see `placeTarget`)
    targetless: new Set([...TARGETLESS, '18', '19', '20']),
    // recalling one's envoy, retaliating: the recipient is often only in an earlier sentence
    openTarget: (code, lemma, source) =>
      (OPEN_TARGET_LEMMAS.has(lemma ?? '') && !/^(01|02|10|11|12|13|14|15)/.test(code)) ||
      // "the Security Council will hold consultations": an organisation meets among its members
      // (a verb of meeting: not "an Arab League meeting", not "the Arab League has spoken")
      (MEETING_LEMMAS.has(lemma ?? '') && source.cameo.startsWith('IGO') && /^(04|036)/.test(code)) ||
      // "NATO leaders agreed to raise defence spending": its members agree among themselves
      (lemma === 'AGREE' && source.cameo.startsWith('IGO') && code === '030') ||
      // "allowed aid trucks to enter northern Gaza": access given (or to be given: 0355), to the
      // place or side named after
      /^(086|0355)/.test(code),
    // our part-of-speech tagger (data/pos): "military targets" holds no verb
    tagAt: (words, i) => loadPosTagger().scoresAt(words, i),
    // CHRONICLE_DEBUG=1 also traces the sentence coder (triggers found, why each was dropped)
    ...(process.env.CHRONICLE_DEBUG === '1'
      ? { debug: (m: () => string) => process.stderr.write(`[debug] coder: ${m()}\n`) }
      : {}),
  }));
}

/** Roots whose missing target may be a party named later in the sentence or a relative clause's head. */
const COMPLEMENT_TARGET_ROOTS = new Set(['02', '10', '13']);
/** Warning verbs: without anyone warned they are predictions, not threats. */
const WARNING_LEMMAS = new Set(['WARN', 'CAUTION', 'ALERT']);
/** Detention and confinement codes: their target is a person or group, never a place. */
const CONFINE_CODES = /^(170|173\d?|174)$/;

/** "the leaders", "both sides" — not "Republican leaders in Congress": a plural standing for parties already named. */
function standsForParties(text: string, m: ActorMention): boolean {
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const after = text.slice(m.end, m.end + 8);
  return /\b(the|both|their)\s+(?:[\w-]+\s+)?$/i.test(before) && !/^\s+(in|of|from)\b/i.test(after);
}

/**
 * "President Assad, whose removal Turkey has long demanded": the head of the relative clause is
 * the target of the act its source performs.
 */
function relativeAntecedent(text: string, src: ActorMention, inS: ActorMention[]): ActorMention | null {
  const before = text.slice(Math.max(0, src.start - 40), src.start);
  const m = /,\s*whose\s+(?:[\w-]+\s+){1,3}$/i.exec(before);
  if (!m) return null;
  const at = src.start - (before.length - m.index);
  const head = inS.filter((x) => x.end <= at && at - x.end <= 2).pop();
  return head && head.actor && differentSide(head.actor, src.actor, false) ? head : null;
}

/**
 * The first party of another side named after the trigger in the same sentence (no demonyms, no
 * generic agents, not the source of a trailing attribution). With `notLocative`, not a place where
 * it happens ("agreed at a summit in The Hague").
 */
function complementTarget(
  after: number,
  src: ActorMention,
  inS: ActorMention[],
  text: string,
  { notLocative = false, sameCountryOk = false, demonymOk = false } = {},
): ActorMention | null {
  for (const m of inS) {
    // (a demonym modifying what a threat is aimed at names its country: "imports of French cognac")
    const demonym = m.via === 'demonym' && !(demonymOk && /^\s+[a-z]/.test(text.slice(m.end, m.end + 3)));
    if (m.start < after || !m.actor || demonym || m.via === 'agent' || isGeneric(m)) continue;
    // (not past the end of the clause: "had agreed to the arrangement, and he called on …")
    if (/;|,\s*(?:and|but|while|whereas)\s/i.test(text.slice(after, m.start))) break;
    // "…, U.N. officials said": the source of a trailing attribution is no party to the act; nor is
    // the author of the frame it is done under ("under a UN plan")
    if (SPEECH_AFTER.test(text.slice(m.end, m.end + 20))) continue;
    const before = text.slice(Math.max(0, m.start - 100), m.start);
    if (SPEECH_INVERTED_BEFORE.test(before) || TOPIC_OF_BEFORE.test(before)) continue;
    if (/\bunder\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    if (
      notLocative &&
      !m.actor.sector &&
      /\b(?:in|at|near|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start)) &&
      !/^['’]s\b/.test(text.slice(m.end, m.end + 3))
    )
      continue;
    if (differentSide(m.actor, src.actor, sameCountryOk)) return m;
  }
  return null;
}

/** Civilian collectives: protesters, students, workers, farmers, believers, residents. */
const CROWD_SECTORS = /^(OPP|CVL|EDU|LAB|AGR|REL)/;
/** Forceful acts a crowd does as protest: storming, blocking, occupying, burning. */
const CROWD_ACTS = /^(STORM|BLOCK|BLOCKADE|OCCUPY|BARRICADE|BURN|TORCH|BREAK|BREAK_INTO|SET|SEIZE|CLOSE|SHUT|CLASH)$/;

/** Civilian collectives, and a people named by its plural demonym ("Israelis rallied in Tel Aviv"). */
function isCrowd(m: ActorMention): boolean {
  return CROWD_SECTORS.test(m.actor.sector ?? '') || (m.via === 'demonym' && /s$/i.test(m.text));
}

/**
 * A crowd (protesters, students, farmers) storming a building or blocking roads protests: the CAMEO
 * code 144 (obstruct passage, block) or 145 (protest violently, riot), not an assault or coercion.
 */
function crowdProtest(c: CodedEvent<Actor>, src: ActorMention): string | null {
  const root = c.code.slice(0, 2);
  // (a crowd's gatherings are demonstrations already in the coder: see CoderMention.crowd)
  if (!/^(17|18|19)$/.test(root) || !c.lemma || !CROWD_ACTS.test(c.lemma)) return null;
  if (!isCrowd(src)) return null;
  return /^(BLOCK|BLOCKADE|BARRICADE|CLOSE|SHUT|OCCUPY)/.test(c.lemma) ? '144' : '145';
}

/** Sectors of the state's own organs: a country does not act on its own ministries or forces. */
const STATE_LIKE = /^(GOV|MIL|COP|SPY|JUD|LEG)/;
/** Those who take on the state of their own country: rebels, insurgents, the opposition. */
const CHALLENGERS = /^(REB|UAF|INS|SEP|OPP)/;
/** `a` is an organ of the state (or the country itself) and `b` a side that challenges it. */
function challenges(a: Actor, b: Actor): boolean {
  return (!a.sector || STATE_LIKE.test(a.sector)) && CHALLENGERS.test(b.sector ?? '');
}
/** CAMEO roots (and codes) coded without a target: see getDefaultCoder. */
export const TARGETLESS = new Set([
  '02',
  '05',
  '10',
  '11',
  '12',
  '13',
  '016',
  // a claim of responsibility: not an event, but it names the doer of the attack (see `unaimed`)
  '015',
  ...DEFAULT_TARGETLESS,
  ...['0871', '0874', '192'],
  // an intent to de-escalate ("was ready to halt military operations"): placed like a ceasefire
  '0356',
  // measures on a whole population (PLOVER: COERCE whose recipient may be unclear)
  ...['172', '1721', '1722', '1723', '1724'],
  // easing them, acceding to reform and resigning: domestic acts (see `domesticTarget`)
  ...['081', '0811', '0812', '0813', '0814', '083', '0831', '0832', '0833', '0834'],
  // an apology needs no named recipient
  '055',
  // prisoners freed with no nationality named are the country's own (see `domesticTarget`)
  '0841',
  // aid and pledges of it: the recipient is often only the place the article is about (see `AID_CODES`)
  '07',
  ...['033', '0331', '0332', '0333', '0334'],
]);
/** People who travel privately: their trips are no visits between parties. */
const PRIVATE_SECTORS = /^(CVL|BUS|REF|MED|EDU|REL|HLH)/;
/** Aid given or pledged: with no recipient named, the country the article is about (never the donor). */
const AID_CODES = /^(070|071|073|075|033|0331|0333)$/;
/**
 * Codes whose party is the place acted in or left, named after the trigger ("ordered a withdrawal of
 * the troops in Syria", "crossed the border into Iraq"): coded without a target by the coder, kept
 * only when a party of another side is named later in the sentence.
 */
const NEEDS_COMPLEMENT_TARGET = new Set(['0871', '0874', '192']);
/**
 * Verbs whose act has a recipient the sentence often leaves to the discourse ("Paris recalled its
 * ambassador", "the rebels vowed to retaliate"): coded without one, then given the side the
 * article just named (see `discourseTarget`) or dropped.
 */
const OPEN_TARGET_LEMMAS = new Set([
  'RECALL',
  'RETALIATE',
  'WITHDRAW',
  'PULL',
  'PULL_OUT',
  'EXPEL',
  'SEVER',
  'SUSPEND',
  'DOWNGRADE',
  // ("Russia was halting the 2015 memorandum on flight safety": with whom, an earlier sentence says)
  'HALT',
  'FREEZE',
  'TERMINATE',
]);
/** A rule whose pattern names a diplomatic protest or complaint ("* PROTEST", "* ^ COMPLAINT"). */
const DIPLOMATIC_PROTEST = /"[^"]*\b(?:PROTEST|COMPLAINT)\b[^"]*" →/;
/** Of those, the ones that are dropped when no implied target is found. */
const NEEDS_IMPLIED_TARGET = new Set(['05', '11']);
/** Types whose missing target may be implied by the discourse (see `impliedTarget`). */
const IMPLIED_TARGET_ROOTS = new Set(['05', '11', '12']);
/** ACCUSE verbs explicit enough to stand without a target ("accused Western countries of …"). */
const EXPLICIT_ACCUSE = new Set(['ACCUSE', 'CONDEMN', 'DENOUNCE', 'CRITICIZE', 'CRITICISE', 'BLAME', 'ACCUSED']);

/**
 * Acts a state or its people do at home, whose recipient a coder writes as the country itself when
 * no one is named: protests and strikes (14), administrative sanctions such as curfews and martial
 * law (172x), easing them (081x) and acceding to reform, resignations included (083x).
 */
const DOMESTIC_CODES = /^(14\d*|172\d?|081\d?|083\d?|0841)$/;
/** Who is released, right after the verb, when a release is the country's own affair. */
const OWN_PRISONERS =
  /^\s+(?:(?:more than|about|some|nearly|at least|all|the|its|\d[\d,]*|[a-z]+)\s+){0,3}(?:political\s+)?(?:prisoners|detainees|inmates|dissidents|activists|opponents|convicts)\b(?!\s+of\s+war)/i;
/** Sectors that act on a country from outside it: international and non-governmental bodies, firms. */
const OUTSIDE_SECTORS = /^(IGO|NGO|MNC|IMG)/;

/**
 * The implicit target of a domestic act with no named recipient: the source's own country (a
 * country mention of the sentence when there is one, else the source's span standing for it).
 */
function domesticTarget(code: string, src: ActorMention, inS: ActorMention[]): ActorMention | null {
  const country = src.actor.country;
  if (!DOMESTIC_CODES.test(code) || !country || OUTSIDE_SECTORS.test(src.actor.sector ?? src.actor.cameo)) return null;
  return countryMention(country, inS, src, src.via);
}

/** The country `iso` as a party: its mention in the sentence, else standing on the span `at`. */
function countryMention(
  iso: string,
  inS: ActorMention[],
  at: { start: number; end: number; text: string },
  via: ActorMention['via'] = 'coref',
): ActorMention | null {
  const named = inS.find((m) => m.actor.country === iso && !m.actor.sector && m.via === 'name');
  if (named) return named;
  const actor = loadRegistry().compose(iso, null);
  return actor ? { start: at.start, end: at.end, text: at.text, actor, via } : null;
}

/** Verbs of the violence roots that report no act of violence by their subject. */
const NOT_VIOLENCE_LEMMAS = new Set(['DIE', 'FOIL', 'THWART', 'SURVIVE']);
/**
 * "a plan to", "an attempt to", "to begin coordinating air strikes": violence in an infinitive did
 * not happen (yet); ", which killed": the doer is the relative clause's antecedent, not a party.
 */
const UNREALISED_BEFORE =
  /(?:\bto\s+|,\s*(?:which|that|who)\s+(?:[a-z]+\s+)?|\b(?:plans?|planning|attempts?|attempting|bid|threats?|threatened|threatening|decision|orders?|readiness|ability|right|intention|efforts?|ready|prepared|preparing|vowed|vows|pledged|promised|wants?|wanted)\s+to\s+(?:[a-z]+\s+){0,2})$/i;

/** The country of the place an event happened in (see `pickLocation`) as a party, or null. */
function placeTarget(
  linked: Linked,
  s: { start: number; end: number },
  trigger: { start: number; end: number },
  src: ActorMention,
  inS: ActorMention[],
): ActorMention | null {
  const at = nearestPlace(linked.article.text, s, trigger, linked.entities, [src]);
  const country = at?.actor?.country;
  return at && country ? countryMention(country, inS, { start: at.start, end: at.end, text: at.text }) : null;
}

/** "to", "into", "towards", "off the coast of", "to the border with": where forces are sent. */
const DESTINATION_BEFORE =
  /\b(?:to|into|towards?|around|off the coast of|(?:to|along|near|on) (?:the|its|their) border with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/i;

/**
 * The country forces (`moved`, the source's own) are sent to: a place of another country named
 * after them in the clause, after a word of destination; null when there is none.
 */
function destination(
  text: string,
  moved: { end: number },
  src: ActorMention,
  inS: ActorMention[],
  sentence: { start: number; end: number },
  reach = 80,
): ActorMention | null {
  for (const p of inS) {
    if (p.start < moved.end || p.start - moved.end > reach) continue;
    if (!p.actor.country || p.actor.sector || (p.via !== 'name' && p.via !== 'nominal')) continue;
    if (p.actor.country === src.actor.country) continue;
    const gap = text.slice(moved.end, p.start);
    if (/[;:.]/.test(gap) || !DESTINATION_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 40), p.start)))
      continue;
    return countryMention(p.actor.country, inS, p);
  }
  return null;
}

/** A place of the source's own country the forces are sent to or act in, after the trigger. */
const OTHER_CLAUSE = /[,;:](?=\s)|\b(?:after|before|as|when|while|because|since|following|amid|where|which|who)\b/i;
const HOME_PLACE_BEFORE = /\b(?:to|in|into|across|around|near|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

/**
 * "Ecuador's army deployed 2,000 soldiers to the northern province of Esmeraldas": forces moved
 * within their own country are aimed at it (its country mention), else null.
 */
function deployedAtHome(
  text: string,
  trigger: { start: number; end: number },
  src: ActorMention,
  inS: ActorMention[],
  sentence: { start: number; end: number },
): ActorMention | null {
  const iso = src.actor.country;
  if (!iso) return null;
  const home = inS.find(
    (p) =>
      p.start >= trigger.end &&
      p.actor.country === iso &&
      !p.actor.sector &&
      p.via === 'name' &&
      HOME_PLACE_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 60), p.start)) &&
      // in the deployment's own clause ("scrambled jets after Russian bombers flew near Hokkaido")
      !OTHER_CLAUSE.test(text.slice(trigger.end, p.start)),
  );
  return home ? countryMention(iso, inS, home) : null;
}

/** The latest event reported so far (`earlier`, then this sentence's `here`) that passes `pred`. */
function latestReported(earlier: Event[], here: Event[], pred: (e: Event) => boolean): Event | undefined {
  return here.findLast(pred) ?? earlier.findLast(pred);
}

/**
 * A missile as the object of a launch with no target ("fired a ballistic missile into the sea",
 * "launched two cruise missiles off its east coast"): no "at", "on" or "towards" anyone before it.
 */
const MISSILE_LAUNCH = /^\s+(?:(?!at\b|on\b|into\b|towards?\b|against\b)[\w-]+\s+){0,5}?missiles?\b/i;

/** A claim of responsibility for violence ("claimed responsibility for the bombings", "… for it"). */
const CLAIMED_ATTACK = /^\s+(?:\w+\s+)?responsibility\b(?!\s+(?:to|of)\b)/i;

/** Verbs of meeting: an organisation that holds or convenes a meeting meets among its members. */
const MEETING_LEMMAS = new Set(['HOLD', 'MEET', 'CONVENE', 'GATHER', 'CONFER', 'RECONVENE']);
/** Verbs of leaving: with an organisation as object, membership ended. */
const LEAVING_LEMMAS = new Set(['WITHDRAW', 'QUIT', 'LEAVE', 'EXIT', 'PULL_OUT']);

/** Roots of violence (ASSAULT): the doer of an agentless passive of these stays unknown. */
const VIOLENCE_ROOTS = /^(18|19|20)$/;

/**
 * The victims of an agentless passive of violence as a target: a named actor as it stands, people
 * named by kind ("ten people", "two soldiers") placed where it happened; null when unplaceable.
 */
function placeVictims(
  text: string,
  victims: ActorMention,
  root: string,
  inS: ActorMention[],
  sentence: { start: number; end: number },
  trigger: { start: number; end: number },
): { mention: ActorMention; note: string } | null {
  if (!isGeneric(victims)) return { mention: victims, note: '' };
  // where it happened, not merely the country the article is about: a count of the dead in a
  // summary ("more than 400,000 people have been killed") names no place and no event
  const placed = placeGeneric(text, victims, 'target', null, root, inS, sentence, trigger, null);
  if (!placed) return null;
  return {
    mention: localise(victims, placed.country),
    note: `; "${victims.text}" placed in ${placed.country} (${placed.why})`,
  };
}

/**
 * Who acted in a passive of coercion with no agent ("Navalny was detained at passport control"):
 * the authorities, placed like any generic state agent (see `placeGeneric`) — where it happened,
 * the patient's country for a domestic act, else the article's country. The mention stands on the
 * trigger's span, which implies it.
 */
function authorityOf(
  text: string,
  patient: ActorMention,
  root: string,
  inS: ActorMention[],
  sentence: { start: number; end: number },
  trigger: { start: number; end: number; text: string },
  focus: string | null,
): { authority: ActorMention; why: string } | null {
  const police: Actor = { id: 'COP', name: 'authorities', country: null, sector: 'COP', cameo: 'COP' };
  const implied: ActorMention = {
    start: trigger.start,
    end: trigger.end,
    text: trigger.text,
    actor: police,
    via: 'agent',
  };
  const placed = placeGeneric(text, implied, 'source', patient, root, inS, sentence, trigger, focus);
  const actor = placed && loadRegistry().compose(placed.country, 'GOV');
  return actor ? { authority: { ...implied, actor, via: 'name' }, why: placed.why } : null;
}

/** "Denmark and Sweden announced similar steps", "Lithuania followed suit", "Lithuania went further". */
const SIMILAR_STEPS_RE =
  /\b(?:(?:announced|took|adopted|ordered|imposed|made|followed)\s+(?:with\s+)?(?:similar|the same|comparable|parallel|identical)\s+(?:steps|measures|moves|actions?|expulsions|sanctions|decisions?)|followed suit|did the same|went further)\b/i;

/**
 * A sentence saying its subjects did what was just reported ("Denmark and Sweden announced similar
 * steps"): the latest event of another party, with its code and target, for each subject named
 * before the phrase. Empty when the sentence says nothing of the kind.
 */
function similarSteps(
  linked: Linked,
  s: { start: number; end: number },
  inS: ActorMention[],
  earlier: Event[],
  published: string | null,
  ctx: Pick<StageContext, 'debug'>,
): Event[] {
  const text = linked.article.text;
  const m = SIMILAR_STEPS_RE.exec(text.slice(s.start, s.end));
  if (!m) return [];
  const at = s.start + m.index;
  const subjects = inS.filter((x) => x.end <= at && x.actor.country && !isGeneric(x) && x.via !== 'demonym');
  const model = earlier.findLast(
    (e) =>
      !e.negated &&
      e.target?.actor &&
      !['STATEMENT', 'ACCUSE'].includes(e.plover.event) &&
      subjects.every((x) => e.source.actor?.country !== x.actor.country),
  );
  if (!model || subjects.length === 0) return [];
  const tgt = asMention(model.target!);
  const trigger = { start: at, end: at + m[0].length, text: m[0] };
  return subjects
    .filter((x) => x.actor.country !== tgt.actor.country)
    .map((x) => {
      const c: CodedEvent<Actor> = {
        code: model.cameo.code,
        source: -1,
        target: -1,
        trigger,
        rule: `"${m[0]}": the same act as "${model.trigger.text}" (${model.source.text} → ${model.target!.text}) reported before`,
        confidence: Math.round(model.confidence * 70) / 100,
        negated: false,
        intent: false,
        quoted: false,
        actorSource: x.actor,
        actorTarget: tgt.actor,
      };
      const e = toEventParties(linked, s, c, published, x, tgt);
      ctx.debug(() => `code: ${e.cameo.code} ${x.actor.id}→${tgt.actor.id} "${m[0]}" (${e.rule})`);
      return e;
    });
}

function party(m: ActorMention) {
  return { start: m.start, end: m.end, text: m.text, actor: m.actor };
}

export function toEvent(
  linked: Linked,
  sentence: { start: number; end: number },
  c: CodedEvent<Actor>,
  published: string | null,
): Event {
  return toEventParties(
    linked,
    sentence,
    c,
    published,
    linked.mentions[c.source],
    c.target === null ? null : linked.mentions[c.target],
  );
}

function toEventParties(
  linked: Linked,
  sentence: { start: number; end: number },
  c: CodedEvent<Actor>,
  published: string | null,
  src: ActorMention | null,
  tgt: ActorMention | null,
): Event {
  const text = linked.article.text;
  const info = cameoInfo(c.code);
  const { date, date_from } = pickDate(sentence, c.trigger, linked.times, published, text);
  const parties = [src, tgt].filter((p): p is ActorMention => p !== null);
  const location = pickLocation(text, sentence, c.trigger, linked.entities, parties);
  const context = [...info.plover.context];
  // PLOVER: an intent to yield announced by one side ("would withdraw") is a future CONCEDE, the
  // same intent agreed on ("agreed on a truce", "agreed to exchange prisoners") is an AGREE
  const event = info.plover.event === 'CONCEDE' && c.agreement ? 'AGREE' : info.plover.event;
  if (c.intent && event !== 'AGREE') context.push('future');
  const plover: Event['plover'] = { event, context };
  if (info.plover.mode) plover.mode = info.plover.mode;
  return {
    id: eventId(linked.article.id, sentence.start, c.trigger.start, c.code, src?.actor.id ?? '?', tgt?.actor.id ?? '-'),
    article_id: linked.article.id,
    sentence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
    date,
    date_from,
    // an unnamed doer ("were killed in shelling"): an empty span at the trigger, no actor
    source: src ? party(src) : { start: c.trigger.start, end: c.trigger.start, text: '', actor: null },
    target: tgt ? party(tgt) : null,
    trigger: c.trigger,
    plover,
    cameo: { code: c.code, root: info.root, goldstein: info.goldstein, quad_class: info.quad_class },
    location,
    negated: c.negated,
    confidence: c.confidence,
    rule: c.rule,
  };
}

function partyCountry(p: Event['source'] | Event['target']): string {
  return p?.actor?.country ?? p?.actor?.id ?? p?.text.toLowerCase() ?? '-';
}

const SYMMETRIC_EVENTS = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function daysBetween(a: string, b: string): number {
  return (Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000;
}

/**
 * News leads often report an event without its date ("X and Y spoke by phone …") and give the day
 * further down ("Tuesday's call …"). An event dated only by the publication date takes the exact
 * date of a twin in the same article (same dyad by country, same PLOVER type) that its own
 * sentence dates in the week up to publication.
 */
export function redateFromTwins(events: Event[], published: string | null): Event[] {
  if (!published) return events;
  const twinKey = (e: Event) => {
    const pair = [partyCountry(e.source), partyCountry(e.target)];
    if (SYMMETRIC_EVENTS.has(e.plover.event)) pair.sort();
    return `${pair.join('|')}|${e.plover.event}|${e.negated}`;
  };
  const dated = new Map<string, string>();
  for (const e of events) {
    if (e.date_from !== 'text' || !e.date || !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) continue;
    const lag = daysBetween(e.date, published);
    if (lag >= 0 && lag <= 7 && !dated.has(twinKey(e))) dated.set(twinKey(e), e.date);
  }
  return events.map((e) => {
    const date = e.date_from === 'published' ? dated.get(twinKey(e)) : undefined;
    return date
      ? { ...e, date, date_from: 'text' as const, rule: `${e.rule}; date from the same event later in the article` }
      : e;
  });
}

/**
 * Keeps the most confident event per `eventKey` (ties: the earliest in the text); the other
 * sentences that report the same event are kept with it as its `reports`, in article order.
 */
export function dedupe(events: Event[]): Event[] {
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const k = eventKey(e);
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const keep = new Set<Event>();
  for (const g of groups.values()) {
    const best = g.reduce((b, e) => (e.confidence > b.confidence ? e : b));
    const reports = new Map<number, Event['sentence']>();
    for (const e of g) if (e.sentence.start !== best.sentence.start) reports.set(e.sentence.start, e.sentence);
    if (reports.size) best.reports = [...reports.values()].sort((a, b) => a.start - b.start);
    keep.add(best);
  }
  return events.filter((e) => keep.has(e));
}

/** The country of the article's dateline place ("NAIROBI, June 25 (Reuters) -"), or null. */
function datelineCountry(text: string): string | null {
  for (const m of text.slice(0, 2000).matchAll(/^[\s"“]*([\p{Lu}][\p{L}.' -]*?)(?=\s*[/,(]|\s+[-–—]\s)/gmu)) {
    const start = m.index + m[0].length - m[1].length;
    if (!isDateline(text, start, start + m[1].length)) continue;
    return loadRegistry().countryOf(m[1].trim());
  }
  return null;
}

/** A mention that names a kind of actor, not one actor: "protesters", "the leaders", "rebel groups". */
function isGeneric(m: ActorMention): boolean {
  // ("They also agreed …" after "the two sides will …": a "they" the actor stage read as a kind of
  // actor with no country stands for parties still to find)
  return (
    (m.via === 'agent' || m.via === 'demonym' || (m.via === 'coref' && /^they$/i.test(m.text))) && !m.actor.country
  );
}

/** A state institution named by a common noun and resolved from the article ("the army"). */
function isInstitution(m: ActorMention): boolean {
  return m.via === 'nominal' && isInstitutionNoun(m.text) && STATE_LIKE.test(m.actor.sector ?? '');
}

/** Those of `PARTICIPANTS_RE` that are people: "the two leaders" are the last two people named. */
const PEOPLE_RE = /\b(leaders|presidents|heads of state|ministers|envoys|negotiators|diplomats|men|women)\b/i;

/** Heads that name no one but parties named before ("the two sides", "both men"; see the actor stage). */
const PAIR_ONLY_RE = /^(sides|men|women|countries|nations|parties|neighbou?rs)$/i;

/** Plural heads that stand for the parties just mentioned ("the leaders", "both sides"). */
const PARTICIPANTS_RE =
  /\b(leaders|sides|presidents|heads of state|countries|governments|ministers|delegations|parties|nations|men|women|envoys|negotiators|diplomats)\b/i;

/**
 * The country an article is about: the most frequent country among named places and bare
 * countries ("Syria", "Aleppo"), used to place local agents ("rebel groups", "protesters")
 * the actor stage could not place.
 */
export function focusCountry(linked: Linked): string | null {
  const n = new Map<string, number>();
  for (const m of linked.mentions) {
    const c = m.actor?.country;
    if (!c || m.via === 'agent' || m.actor.sector) continue;
    n.set(c, (n.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [c, k] of n) if (k > bestN) [best, bestN] = [c, k];
  // ("Russia said it would keep bombing …" four times, "in Syria" twice: the power named most is
  // not where the story happens when it is never named as a place and another country is)
  if (best && bestN >= 2) {
    const places = placeCounts(linked);
    const where = theatre(linked, null, places);
    if (where && where !== best && !places.get(best)) return where;
  }
  // a clear focus only: the top country must be named at least three times; else the place a wire
  // story was filed from ("NAIROBI, June 25 (Reuters) - Police opened fire …"), which may be a
  // foreign bureau, so it never outweighs the names
  if (bestN >= 3) return best;
  if (bestN >= 2 && linked.sentences.length >= 4) {
    // (in an article, a single top country named twice beats a dateline: Syria stories are filed
    // from Beirut; of two named twice, the one named by a place in it, "eastern Aleppo")
    const tied = [...n].filter(([, k]) => k === bestN).map(([c]) => c);
    if (tied.length === 1) return best;
    const reg = loadRegistry();
    const placed = tied.filter((c) =>
      linked.mentions.some(
        (m) => m.actor?.country === c && !m.actor.sector && m.via === 'name' && reg.info(c)?.name !== m.text,
      ),
    );
    if (placed.length === 1) return placed[0];
  }
  return datelineCountry(linked.article.text);
}

/** How often each country is named as a place of events: "in Syria", its towns and regions. */
function placeCounts(linked: Linked): Map<string, number> {
  const text = linked.article.text;
  const n = new Map<string, number>();
  for (const m of linked.mentions) {
    const c = m.actor?.country;
    if (!c || m.actor.sector || m.via !== 'name') continue;
    // a town or region ("Ras al-Ain", "Darfur") is a place of events wherever it stands
    const town = !m.text.toLowerCase().includes((loadRegistry().compose(c, null)?.name ?? c).toLowerCase());
    if (town || PLACE_PREP_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) n.set(c, (n.get(c) ?? 0) + 1);
  }
  return n;
}

/** A preposition that puts what follows as the place of events: "in Syria", "out of Niger". */
const PLACE_PREP_BEFORE =
  /\b(?:in|into|inside|from|across|out of|within|throughout)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/i;

/**
 * The country the article names most as the place of events ("in Syria", "into northern Syria",
 * "out of Niger", its towns and regions), at least twice, other than `not` (the acting side's own): where forces are
 * withdrawn from when the sentence does not say.
 */
export function theatre(linked: Linked, not: string | null, counts = placeCounts(linked)): string | null {
  const ranked = [...counts].filter(([c]) => c !== not).sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 2 || ranked[1]?.[1] === ranked[0][1]) return null;
  return ranked[0][0];
}

/**
 * Later sentences often date an event the lead left undated: "X, Y and Z began talks …" then
 * "The two-day talks kicked off on August 1". An event with no date of its own takes the date
 * of a time expression in the same clause as "the [modifier] <its trigger noun>" in the next
 * three sentences.
 */
/** An event dated only by publication takes the date a following sentence gives its anaphor. */
function redateFromAnaphor(linked: Linked, e: Event, sentenceIndex: number): void {
  if (e.date_from === 'text') return;
  const a = dateFromAnaphor(linked, e, sentenceIndex);
  if (!a) return;
  e.date = a.date;
  e.date_from = 'text';
  e.rule += `; date from "${a.where}" in a following sentence`;
}

/** An event noun within the next few words of a verb trigger: its object names the event. */
const EVENT_NOUN_AFTER =
  /^\s+(?:[\w-]+\s+){0,4}?(talks|negotiations|meeting|summit|visit|exercises|drills|operation|offensive|strikes|ceasefire|truce)\b/i;

function dateFromAnaphor(linked: Linked, e: Event, sentenceIndex: number): { date: string; where: string } | null {
  const text = linked.article.text;
  let head = e.trigger.text.toLowerCase().split(/\s+/).pop() ?? '';
  // "opened a new round of talks": the event noun of a verb's object ("the talks began on May 4")
  const object = EVENT_NOUN_AFTER.exec(text.slice(e.trigger.end, Math.min(e.sentence.end, e.trigger.end + 50)));
  if (object) head = object[1].toLowerCase();
  if (!/^[a-z-]{4,}$/.test(head)) return null;
  const re = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+){0,2}${head}\\b`, 'gi');
  for (let k = sentenceIndex + 1; k < linked.sentences.length && k <= sentenceIndex + 3; k++) {
    const s = linked.sentences[k];
    const st = text.slice(s.start, s.end);
    re.lastIndex = 0;
    const m = re.exec(st);
    if (!m) continue;
    const at = s.start + m.index;
    const clause = clauseOf(text, s);
    let best: { d: string; dist: number } | null = null;
    for (const t of linked.times) {
      if (t.start < s.start || t.end > s.end || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
      const d = usableDate(t.value);
      if (!d || clause(t.start) !== clause(at)) continue;
      const dist = Math.abs(t.start - at);
      if (dist <= 60 && (!best || dist < best.dist)) best = { d, dist };
    }
    if (best) return { date: best.d, where: st.slice(m.index, m.index + m[0].length) };
    return null;
  }
  return null;
}

/**
 * A generic agent ("jets", "troops", "officials") with a country word in front of it in the same
 * noun phrase ("Turkish F-16 fighter jets", "Syrian army units"): the agent belongs to that
 * country. Only words (letters, digits, hyphens) may stand between them, at most three.
 */
export function composeWithModifier(text: string, m: ActorMention, all: ActorMention[]): ActorMention | null {
  let best: ActorMention | null = null;
  for (const o of all) {
    if (o === m || o.end > m.start) continue;
    // a country word, or a named organisation without a country ("European Union leaders")
    if (!(o.via === 'demonym' && o.actor.country) && (o.via !== 'name' || UNKNOWN_PEOPLE.has(m))) continue;
    if (o.via === 'name' && !o.actor.country && !o.actor.sector) continue;
    const gap = text.slice(o.end, m.start);
    if (!/^[\s\p{L}\p{N}-]*$/u.test(gap) || gap.includes('\n')) continue;
    const words = gap.trim().split(/\s+/).filter(Boolean);
    if (words.length > 3) continue;
    // a name is no adjective: "China launched live-fire military drills" has a verb between
    if (o.via === 'name' && words.some((w) => /^[a-z]+ed$|^(has|have|had|is|was|were|are|will|would|says)$/.test(w)))
      continue;
    if (
      /\b(and|or|but|of|in|into|on|at|to|for|from|with|by|the|a|an|against|than|after|before|as|while|when|since|until|because|if|near|over|under|across|amid|despite|through|that|who|which)\b/i.test(
        gap,
      )
    )
      continue;
    if (!best || o.end > best.end) best = o;
  }
  if (!best) return null;
  const country = best.actor.country;
  const actor = country ? localise(m, country).actor : best.actor;
  return { ...m, actor, via: country ? m.via : best.via, start: best.start, text: text.slice(best.start, m.end) };
}

/** "forces loyal to Gadhafi", "troops still loyal to the president", "fighters allied with X". */
const LOYAL_AFTER =
  /^,?\s+(?:still\s+|fiercely\s+|staunchly\s+)?(?:loyal to|allied (?:to|with)|aligned with)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|renegade|rebel|military|former|ousted)\s+)?$/i;

/** A generic agent followed by "loyal to X": the agent belongs to X's country. */
function composeLoyal(text: string, m: ActorMention, all: ActorMention[]): ActorMention | null {
  const next = all.find((o) => o.start >= m.end && o.start - m.end <= 30 && o.actor.country);
  if (!next || !LOYAL_AFTER.test(text.slice(m.end, next.start))) return null;
  return { ...localise(m, next.actor.country!), end: next.end, text: text.slice(m.start, next.end) };
}

/** Plural heads of armed groups that, after "the", stand for the group just named ("the militants"). */
const ARMED_PLURAL = /^(?:militants|insurgents|jihadists|fighters|rebels|militiamen|extremists)$/i;

/**
 * "al-Shabaab claimed responsibility … vowed to pursue the militants": "the militants" (a definite
 * generic plural) stands for the armed group named by name in this or the three sentences before.
 */
function namedArmedGroup(linked: Linked, si: number, m: ActorMention): ActorMention | null {
  const text = linked.article.text;
  if (!ARMED_PLURAL.test(m.text) || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) return null;
  const from = linked.sentences[Math.max(0, si - 3)].start;
  const named = linked.mentions.findLast(
    (o) =>
      o.actor &&
      o.start >= from &&
      o.end <= m.start &&
      o.via === 'name' &&
      !isGeneric(o) &&
      ARMED_NONSTATE.test(o.actor.sector ?? ''),
  );
  return named ? { ...m, actor: named.actor, via: 'coref' } : null;
}

/** "urged both sides to …", "called on the two countries to …": an object standing for the two parties. */
const BOTH_SIDES_AFTER =
  /^\s+(?:on\s+|with\s+)?(?:both|the two)\s+(?:sides|parties|countries|governments|neighbou?rs|leaders|nations|capitals|rivals)\b/i;

/** A place an actor is named as, not a party ("arrived in Muscat"): see `lastTwoParties`. */
const VENUE_BEFORE = /\b(?:in|at|to|from|near|into)\s+(?:the\s+)?$/i;

/** "the two ministers", "both sides": a plural that stands for exactly two parties. */
const TWO_PARTIES_RE = /\b(the two|both)\s+(?:[\w-]+\s+)?$/i;

/**
 * The two parties "the two ministers" refers to when no two-party event was coded just before:
 * the last two named actors of different countries in this sentence (before the mention) and the
 * two sentences before it.
 */
function lastTwoParties(
  linked: Linked,
  si: number,
  before: number,
  people = false,
  not: string | null = null,
): [ActorMention, ActorMention] | null {
  // "the two leaders" are the last two people named (a summit's hosts may be a few sentences back)
  const from = linked.sentences[Math.max(0, si - (people ? 6 : 2))].start;
  const reg = loadRegistry();
  const cands = linked.mentions
    .filter(
      (m) =>
        m.actor &&
        m.start >= from &&
        m.end <= before &&
        m.actor.country &&
        m.actor.country !== not &&
        !isGeneric(m) &&
        m.via !== 'demonym' &&
        // (not a place something happened in: "arrived in Muscat")
        !(
          m.actor.sector === null && VENUE_BEFORE.test(linked.article.text.slice(Math.max(0, m.start - 12), m.start))
        ) &&
        (!people || reg.info(m.actor.id)?.type === 'PER'),
    )
    .sort((a, b) => b.start - a.start);
  const first = cands[0];
  if (!first) return null;
  const second = cands.find((m) => m.actor.country !== first.actor.country);
  return second ? [second, first] : null;
}

/** The sentence's mentions that are an event's two parties, when they are of two countries. */
function twoCountryPair(e: Event, inS: ActorMention[]): { s: ActorMention; t: ActorMention } | null {
  if (!e.target) return null;
  const sm = inS.find((m) => m.start === e.source.start && m.end === e.source.end);
  const tm = inS.find((m) => m.start === e.target!.start && m.end === e.target!.end);
  return sm && tm && sm.actor.country && tm.actor.country && sm.actor.country !== tm.actor.country
    ? { s: sm, t: tm }
    : null;
}

/** The parties (of two countries) of the latest event of `here` whose trigger comes before `before`. */
function pairBefore(here: Event[], inS: ActorMention[], before: number): { s: ActorMention; t: ActorMention } | null {
  for (let k = here.length - 1; k >= 0; k--) {
    const e = here[k];
    if (e.trigger.start >= before || e.negated) continue;
    const pair = twoCountryPair(e, inS);
    if (pair) return pair;
  }
  return null;
}

/** "the three countries", "all three guarantor states": how many parties a generic mention stands for (0 if it names none). */
function groupSize(text: string, m: ActorMention): number {
  // (the mention may start past an adjective: "the three guarantor [countries]")
  const q = /\b(?:the|all)\s+(three|four|five)\s+(?:[a-z-]+\s+)?$/i.exec(
    text.slice(Math.max(0, m.start - 30), m.start),
  );
  return q ? ['three', 'four', 'five'].indexOf(q[1].toLowerCase()) + 3 : 0;
}

/**
 * The latest list of exactly `n` parties named in the article before `before` ("Russia, Iran and
 * Turkey", "the presidents of Russia, Iran and Turkey"): named actors of distinct countries joined
 * by commas and "and" — a list that long is what "the three …" refers back to, however far.
 */
function lastList(linked: Linked, mentions: ActorMention[], before: number, n: number): ActorMention[] | null {
  const text = linked.article.text;
  const named = mentions.filter((m) => m.end <= before && m.actor && !isGeneric(m));
  let best: ActorMention[] | null = null;
  let run: ActorMention[] = [];
  for (const m of named) {
    const prev = run.at(-1);
    const joined = !!prev && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(prev.end, m.start));
    run = joined ? [...run, m] : [m];
    const countries = new Set(run.map((x) => x.actor.country ?? x.actor.id));
    if (run.length === n && countries.size === n) best = run;
  }
  return best;
}

/**
 * A list item with no closing punctuation ("- Kerry to meet Lavrov on sidelines …", "› Estonia
 * asks NATO for more jets") is a related-story link or teaser, not a report: it is not coded.
 */
export function isTeaserLine(text: string, s: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  let lineEnd = text.indexOf('\n', s.start);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trim();
  return /^[-–—•·›»▸▪*]\s/.test(line) && !/[.!?]["'”’)]?$/.test(line);
}

/**
 * "condemned the attack", "welcomed the agreement", "disputed that account", "called it …": the
 * object names something already reported. Group 1: "it"; group 2: the head noun.
 */
const EVENT_HEADS =
  'attacks?|strikes?|bombings?|offensive|operation|raids?|shooting|killing|downing|incidents?|manoeuvres?|maneuvers?|behaviou?r|conduct|assault|invasion|incursion|aggression|decisions?|announcements?|moves?|steps?|plans?|proposals?|offers?|initiatives?|demands?|requests?|deal|agreement|accord|truce|ceasefire|arrangement|understanding|memorandum|pact|roadmap|account|claims?|reports?|version|figure|allegations?|accusations?|statement|withdrawal|pullout|actions?|annexation|occupation|crackdown|arrests?|detentions?|expulsions?|seizure|blockade|sanctions|measures|resolution|vote|ruling|verdict|sentence|ban|launch(?:es)?|tests?|drills|exercises|visit|trip|deployment|criticism|remarks|comments|charges|hijacking|kidnappings?|abductions?|massacre|shelling|bombardment|coup|takeover|putsch|mutiny|attempt\\s+to\\s+(?:overthrow|topple|seize\\s+power)';
const EVENT_OBJECT_RE = new RegExp(
  `^\\s*["“']?\\s*(?:that\\s+)?["“']?(?:(?:support|backing|assistance|help)\\s+(?:for|to|with)\\s+)?(?:(it|them|this(?=\\s+(?:is|was)\\b))\\b|(?:the|this|that|these|those|its|their|such|any\\s+such|any)\\s+(?:[\\w-]+\\s+){0,2}?(${EVENT_HEADS}))\\b`,
  'i',
);
/**
 * The words after a reaction's verb where its object may be named, a naming clause read as the
 * object it names ("condemned what it called an attempt to overthrow …" → "the attempt …").
 */
function objectAfter(text: string, trigger: { end: number }): string {
  return text
    .slice(trigger.end, trigger.end + 60)
    .replace(
      /^\s*what\s+(?:it|they|he|she|the\s+[\w-]+)\s+(?:called|termed|described\s+as|branded)\s+(?:an?\s+)?/i,
      ' the ',
    );
}
/** "an attack that Qatar denounced": the relative clause's head is the act the source judges. */
const EVENT_RELATIVE_RE = new RegExp(
  `\\b(?:an?|the|this|that|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(${EVENT_HEADS})\\s+(?:that|which)\\s+$`,
  'i',
);
/** ", a move Israel condemned": an appositive act named before its judge, with no "that". */
const EVENT_APPOSITIVE_RE = new RegExp(`,\\s*(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(${EVENT_HEADS})\\s+$`, 'i');
/** "for the release of X" / "his immediate release" after a demand; group 1 set when X follows. */
const RELEASE_REF =
  /^\s+(?:for\s+)?(?:the|his|her|their)\s+(?:immediate\s+|unconditional\s+|swift\s+|and\s+)*release\b(\s+of\s+)?/i;

/** "the strikes", "these attacks", "the action": a reference to attacks the article has reported. */
const STRIKES_REFERENCE =
  /^\s+(?:the|this|these|those|its|their|last\s+\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|attacks|raids|bombings?|operations?|offensive|actions?)\b/i;
const VIOLENT_OBJECT =
  /^(attacks?|strikes?|bombings?|offensive|operation|raids?|shooting|killing|downing|assault|invasion|incursion|aggression|actions?|hijacking|kidnappings?|abductions?|massacre|shelling|bombardment|coup|takeover|putsch|mutiny|attempt\s+to\s+(?:overthrow|topple|seize\s+power))$/i;
const COERCIVE_OBJECT =
  /^(annexation|occupation|crackdown|arrests?|detentions?|expulsions?|seizure|blockade|sanctions|measures|ban)$/i;
const AGREEMENT_OBJECT =
  /^(deal|agreement|accord|truce|ceasefire|plan|arrangement|understanding|memorandum|pact|roadmap)$/i;
const CLAIM_OBJECT =
  /^(account|claims?|reports?|version|figure|allegations?|accusations?|statement|criticism|remarks|comments|charges)$/i;
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|say|claimed|claims|reported|reports|announced|insisted|told)\b/i;
/** An inverted attribution before a mention: '"…," said Donald Tusk, the president of the European Council'. */
const SPEECH_INVERTED_BEFORE = /[,"”]\s*(?:said|says|added|adds|told|noted|stated)\s+[^.;:"“”]{0,80}$/i;
/** A topic, not a party: "agree on the fate of Assad", "the future of Syria". */
const TOPIC_OF_BEFORE = /\b(?:fate|future|role|status|removal|departure|ouster)\s+of\s+$/i;

function differentSide(a: Actor, b: Actor, sameCountryOk: boolean): boolean {
  if (a.id === b.id) return false;
  return sameCountryOk || !a.country || !b.country || a.country !== b.country;
}

function asMention(p: Event['source']): ActorMention {
  return { start: p.start, end: p.end, text: p.text, actor: p.actor!, via: 'coref' };
}

/**
 * The target of an ACCUSE event whose object is an event reported earlier in the article: the
 * doer of the latest such event by another party ("Iran also condemned the attack" → whoever
 * carried out the attack just reported). Null when there is none.
 */
export function anaphoricTarget(
  text: string,
  trigger: { start: number; end: number },
  src: ActorMention,
  reported: Event[],
): ActorMention | null {
  const source = src.actor;
  // (what was reported before the reaction: not an act its own sentence reports after it)
  const earlier = reported.filter((e) => e.trigger.start < trigger.start);
  // the object after the verb ("condemned the attack"), else the head of the relative clause the
  // source and verb are in ("an attack that Qatar denounced as cowardly")
  const m =
    EVENT_OBJECT_RE.exec(objectAfter(text, trigger)) ??
    (/^\s+(?:\w+\s+){0,2}$/.test(text.slice(src.end, trigger.start)) || src.end === trigger.start
      ? (EVENT_RELATIVE_RE.exec(text.slice(Math.max(0, src.start - 60), src.start)) ??
        EVENT_APPOSITIVE_RE.exec(text.slice(Math.max(0, src.start - 60), src.start)))
      : null);
  if (!m) return null;
  const pronoun = m.length > 2 ? m[1] : undefined;
  const head = (m.length > 2 ? m[2] : m[1]) ?? '';
  const violent = VIOLENT_OBJECT.test(head);
  // "condemned the arrest / the annexation / the expulsions": a coercive act, not any act
  const coercive = COERCIVE_OBJECT.test(head);
  const agreement = AGREEMENT_OBJECT.test(head);
  const claim = CLAIM_OBJECT.test(head);
  // a decision or a move may be one's own government's ("called the decision a big mistake"); a
  // state deploring arrests or an expulsion deplores another state's ("Moscow regretted the arrests")
  const stateSource = !source.sector || STATE_LIKE.test(source.sector);
  const sameCountryOk = !pronoun && !violent && !agreement && !claim && !(coercive && stateSource);
  // "militants attacked a hotel in Mogadishu … the president called the attack cowardly": armed
  // groups (and the opposition) at home are another side
  const nonState = (a: Actor) => ARMED_NONSTATE.test(a.sector ?? '') || (a.sector ?? '').startsWith('OPP');
  // (not a kind of actor no country was found for: "air defences had shot down the missiles")
  const unplaced = (a: Actor) => !a.country && a.cameo === a.sector;
  const other = (a: Actor) =>
    !unplaced(a) && differentSide(a, source, sameCountryOk || (nonState(a) && !nonState(source)));
  // an attack on the speaker's own side, an agreement named as such, is the likelier referent
  const preferred = (e: Event) =>
    violent
      ? !!source.country && e.target?.actor?.country === source.country
      : agreement
        ? /agree|deal|accord|truce|ceasefire|sign/i.test(e.trigger.text)
        : false;
  for (let k = earlier.length - 1; k >= 0 && (violent || agreement); k--) {
    const e = earlier[k];
    if (!e.negated && e.source.actor && preferred(e) && other(e.source.actor)) return firstDoer(e, earlier);
  }
  // (then) "condemned the strikes" after "carried out air strikes": an act named by the same word
  const stem = head.toLowerCase().replace(/(?:e?s)$/, '');
  if (!pronoun && stem.length >= 4)
    for (let k = earlier.length - 1; k >= 0; k--) {
      const e = earlier[k];
      // (named by the trigger or by the pattern's words: "ordered the strikes" matched "* ^ STRIKES")
      // (not another reaction to the same act: "Turkey welcomed the strikes" did no striking)
      // ("agreed to the plan" after "proposed a plan": a proposal is a request)
      const named =
        (!VERBAL_TYPES.has(e.plover.event) ||
          (e.plover.event === 'REQUEST' && /^(plans?|proposals?|initiatives?|offers?)$/i.test(head))) &&
        (e.trigger.text.toLowerCase().includes(stem) || patternWords(e.rule).includes(stem));
      if (!e.negated && e.source.actor && named && other(e.source.actor)) return firstDoer(e, earlier);
    }
  // "The White House condemned the move": a reaction is to the article's lead act (reported first),
  // not to whatever came just before it
  const lead = earlier.find((e) => !e.negated && e.source.actor && !['ACCUSE', 'STATEMENT'].includes(e.plover.event));
  if (!pronoun && /^(move|decision|step)$/i.test(head) && lead && other(lead.source.actor!))
    return firstDoer(lead, earlier);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    const ev = e.plover.event;
    if (e.negated || !e.source.actor) continue;
    if (violent && ev !== 'ASSAULT' && ev !== 'COERCE') continue;
    if (coercive && !['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE'].includes(ev)) continue;
    if (agreement && !['AGREE', 'CONSULT', 'COOPERATE'].includes(ev)) continue;
    if (!violent && !agreement && !claim && (ev === 'ACCUSE' || ev === 'STATEMENT')) continue;
    if (!other(e.source.actor)) continue;
    return firstDoer(e, earlier);
  }
  return null;
}

/**
 * The clause (offsets in `sentence`) holding a sport or entertainment phrase at `at`, when it is not
 * the sentence's first ("… and ministers would not attend the World Cup in Russia"); else null.
 */
function discardedClause(sentence: string, at: number): { start: number; end: number } | null {
  const before = [...sentence.slice(0, at).matchAll(/;|,?\s+(?:and|but|while)\s+/g)].pop();
  if (!before || before.index === undefined) return null;
  const start = before.index + before[0].length;
  const after = /;|,\s+(?:and|but|while)\s+|,\s+(?:she|he|they|it|officials?)\s+(?:said|added)/.exec(
    sentence.slice(at),
  );
  return { start, end: after ? at + after.index : sentence.length };
}

/** PLOVER types that are words about acts, not acts. */
const VERBAL_TYPES = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN']);

/** The words of the dictionary pattern a rule names (`… "* ^ STRIKES" → 195`), lower-case. */
function patternWords(rule: string): string {
  const m = /"([^"]*)" → /.exec(rule);
  return m ? m[1].toLowerCase() : '';
}

/** One act done by several parties of a compound: one trigger, one type, one target. */
function sameAct(x: Event, e: Event): boolean {
  return (
    x.trigger.start === e.trigger.start &&
    x.plover.event === e.plover.event &&
    !!x.source.actor &&
    (x.target?.actor?.id ?? null) === (e.target?.actor?.id ?? null)
  );
}

/** The source of an act, as its first doer when a compound did it ("the United States, Britain and France launched …"). */
function firstDoer(e: Event, earlier: Event[]): ActorMention {
  return asMention((earlier.find((x) => sameAct(x, e)) ?? e).source);
}

/**
 * "A Chinese warship sailed across the path of a U.S. destroyer, the U.S. military said, calling the
 * manoeuvre unsafe": an act the sentence itself reports first (coded or not) is what a later
 * judgement of "the manoeuvre" refers to — its subject, heading the sentence, is the target.
 */
function sentenceDoer(
  text: string,
  s: { start: number; end: number },
  trigger: { start: number; end: number },
  src: ActorMention,
  inS: ActorMention[],
): ActorMention | null {
  if (!EVENT_OBJECT_RE.test(objectAfter(text, trigger))) return null;
  const first = [...inS].sort((a, b) => a.start - b.start)[0];
  if (!first || first === src || first.start >= trigger.start || isGeneric(first)) return null;
  // ("UN Secretary-General Antonio Guterres condemned …": the speaker's own title or body)
  if (first.actor.cameo === src.actor.cameo || /^\s*$/.test(text.slice(first.end, src.start))) return null;
  // (heading the sentence: nothing but a determiner and modifiers before it)
  if (!/^\W*(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}$/i.test(text.slice(s.start, first.start))) return null;
  return differentSide(first.actor, src.actor, false) ? first : null;
}

/** The other sources of the act whose source `m` is (one trigger, one type: a compound's members). */
function coDoers(m: ActorMention, earlier: Event[]): ActorMention[] {
  const e = earlier.find((x) => x.source.start === m.start && x.source.end === m.end);
  if (!e) return [];
  // (the same act on the same target: not the reverse of a mutual one)
  const seen = new Set([m.actor.id]);
  return earlier
    .filter((x) => sameAct(x, e) && !seen.has(x.source.actor!.id) && !!seen.add(x.source.actor!.id))
    .map((x) => asMention(x.source));
}

/**
 * Who a rejection, denial or accusation with no named target answers: another party's speaker in
 * the same sentence ("X said …, a figure Y rejected"), else the doer of the latest event (in the
 * last six sentences) aimed at the source's side ("Turkish jets shot down a Russian bomber …
 * Russia denies that …").
 */
export function respondentTarget(
  linked: Linked,
  si: number,
  source: Actor,
  sentenceMentions: ActorMention[],
  earlier: Event[],
): ActorMention | null {
  const text = linked.article.text;
  for (const m of sentenceMentions) {
    if (!m.actor || !differentSide(m.actor, source, false) || m.via === 'demonym') continue;
    if (SPEECH_AFTER.test(text.slice(m.end, m.end + 20))) return m;
  }
  const from = linked.sentences[Math.max(0, si - 6)]?.start ?? 0;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (e.sentence.start < from) break;
    const a = e.source.actor;
    const t = e.target?.actor;
    if (!a || !t || e.negated || !source.country) continue;
    if (t.country === source.country && a.country && a.country !== source.country) return asMention(e.source);
  }
  return null;
}

/** How far back (in sentences) an act with no recipient may look for the side it is aimed at. */
const DISCOURSE_WINDOW = 4;
/** Sentences back a promised answer of force looks for the conflict it answers. */
const ANSWER_WINDOW = 8;

/**
 * The recipient of an act whose sentence names none (the coder's `open` events), from the article:
 * the other side of the latest event that involves the source's side, in this sentence or the
 * last few ("The junta told Denmark to withdraw its troops … Copenhagen agreed to pull them out";
 * "Israeli jets struck Hezbollah positions … Hezbollah vowed to retaliate"). A hostile act (root
 * 13 and up) answers only a hostile one (roots 11–20; for violence (18 and up) not criticism, 110
 * and 111). Null when no such event is near.
 */
export function discourseTarget(
  linked: Linked,
  si: number,
  src: ActorMention,
  root: string,
  earlier: Event[],
  here: Event[],
  window = DISCOURSE_WINDOW,
): ActorMention | null {
  const side = src.actor.country ?? src.actor.id;
  const sideOf = (a: Actor | null | undefined) => (a ? (a.country ?? a.id) : null);
  const hostile = Number(root) >= 13;
  // (violence answers force, threats or an allegation — whose maker is often the victim — not
  // criticism: "the EU condemned the Turkish offensive" does not make the EU the offensive's target)
  const criticism = (code: string) => Number(root) >= 18 && /^11[01]?$/.test(code.slice(0, 3));
  for (const e of recentEvents(linked, si, window, here, earlier)) {
    if (e.negated || !e.target?.actor || !e.source.actor) continue;
    if (hostile && (!(Number(e.cameo.code.slice(0, 2)) >= 11) || criticism(e.cameo.code))) continue;
    const s = sideOf(e.source.actor);
    const t = sideOf(e.target.actor);
    if (s === t) continue;
    if (t === side) return asMention(e.source);
    if (s === side) return asMention(e.target);
  }
  return null;
}

/**
 * The events of the sentences from `window` before sentence `si` on, newest first: this
 * sentence's (`here`) first, then back through the article's (`earlier`), without copying either.
 */
function* recentEvents(linked: Linked, si: number, window: number, here: Event[], earlier: Event[]): Generator<Event> {
  const from = linked.sentences[Math.max(0, si - window)]?.start ?? 0;
  for (const list of [here, earlier])
    for (let k = list.length - 1; k >= 0; k--) {
      if (list[k].sentence.start < from) break;
      yield list[k];
    }
}

/**
 * The target of the attack a claim of responsibility refers to: that of the latest attack (ASSAULT)
 * reported before the claim, in its sentence or the last few. Null when there is none.
 */
function claimedTarget(
  linked: Linked,
  si: number,
  trigger: { start: number },
  earlier: Event[],
  here: Event[],
): ActorMention | null {
  for (const e of recentEvents(linked, si, DISCOURSE_WINDOW, here, earlier)) {
    if (e.trigger.start >= trigger.start || e.negated || e.plover.event !== 'ASSAULT' || !e.target?.actor) continue;
    return asMention(e.target);
  }
  return null;
}

/** A state body named by its kind alone: "the foreign ministry", "the government", "the army". */
const BARE_AGENCY =
  /^(?:the\s+)?(?:(?:foreign|defen[cs]e|interior|justice|finance|economy|trade)\s+ministry|ministry|government|cabinet|presidency|army|military|armed forces|navy|air force)$/i;

/**
 * The state a bare state body (`BARE_AGENCY`) belongs to: the source of the latest event of the
 * last two sentences whose source is a state, when the body's own event is not aimed at it. Null
 * when there is none.
 */
function agencyOwner(
  linked: Linked,
  si: number,
  src: ActorMention,
  tgt: ActorMention | null,
  earlier: Event[],
  here: Event[],
): ActorMention | null {
  if (!STATE_LIKE.test(src.actor.sector ?? '') || !BARE_AGENCY.test(src.text.trim())) return null;
  for (const e of recentEvents(linked, si, 2, here, earlier)) {
    const a = e.source.actor;
    if (e.trigger.start >= src.start || !a?.country || (a.sector && !STATE_LIKE.test(a.sector))) continue;
    if (tgt?.actor.country === a.country) return null;
    return asMention(e.source);
  }
  return null;
}

/**
 * People the registry does not know ("police detained Mahsa Amini", "arrested journalist Blessed
 * Mhlanga"): each unlinked person name stands as a private person (CVL) without a country, which
 * the event's placement gives one (the country of the state agent acting on them at home, or
 * where it happened), like any generic party. Never a speaker: generic civilians make no statements.
 */
function unknownPeople(linked: Linked): ActorMention[] {
  const cvl = loadRegistry().compose(null, 'CVL');
  if (!cvl) return [];
  const out: ActorMention[] = [];
  for (const e of linked.entities) {
    if (e.type !== 'PER' || e.actor) continue;
    if (linked.mentions.some((m) => m.start < e.end && e.start < m.end)) continue;
    const m: ActorMention = { start: e.start, end: e.end, text: e.text, actor: cvl, via: 'agent' };
    UNKNOWN_PEOPLE.add(m);
    out.push(m);
  }
  return out;
}

/** The mentions made by `unknownPeople`: a person's nationality is a demonym, never an outlet's. */
const UNKNOWN_PEOPLE = new WeakSet<ActorMention>();

/** Sectors of the people "the two presidents / leaders / ministers" stand for. */
const LEADERS = /^(GOV|LEG|OPP)/;

/**
 * Words of violence done to people that no match report uses: a sentence about football fans
 * "attacked by groups of men" or "fans arrested after riots" is not sport, whatever it names.
 */
const REAL_VIOLENCE =
  /\b(?:killed|stabbed|arrested|detained|tear gas|rioted|riots?|hooligans?|antisemitic|(?:were|was) (?:attacked|beaten|assaulted))\b/i;

export function codeDocument(
  linked: Linked,
  ctx: Pick<StageContext, 'published' | 'debug'>,
  coder: Coder<Actor> = getDefaultCoder(),
): Event[] {
  const text = linked.article.text;
  const published = linked.article.published ?? ctx.published ?? null;
  const title = linked.article.title?.trim() ?? null;
  const events: Event[] = [];
  const mentions = [...linked.mentions.filter((m) => m.actor), ...unknownPeople(linked)].sort(
    (a, b) => a.start - b.start,
  );
  const index = new Map(mentions.map((m) => [m, linked.mentions.indexOf(m)]));
  const focus = focusCountry(linked);
  // the parties of the latest two-party event, for "the leaders agreed …"
  let lastPair: { s: ActorMention; t: ActorMention; sentence: number } | null = null;
  let lastLeaders: { s: ActorMention; t: ActorMention; sentence: number } | null = null;
  // the article's country pairs of two-party events, by how often they are coded: "the two sides"
  // are the article's main pair rather than whatever pair came last
  const pairs = new Map<string, { s: ActorMention; t: ActorMention; sentence: number; n: number }>();
  // the two sides "both sides" stands for, as a target: the main pair, else the last, if the source is
  // neither
  const bothSides = (src: ActorMention) => {
    const p = mainPair() ?? lastPair;
    if (!p) return null;
    const c = src.actor.country;
    return c && (p.s.actor.country === c || p.t.actor.country === c) ? null : p;
  };
  const mainPair = () => {
    let best: { s: ActorMention; t: ActorMention; sentence: number; n: number } | null = null;
    for (const p of pairs.values())
      if (p.n >= 2 && (!best || p.n > best.n || (p.n === best.n && p.sentence > best.sentence))) best = p;
    return best;
  };
  // acts of violence dropped for want of a target: they are not events, but their doer is whom a
  // later "condemned the hijacking" accuses
  const unaimed: Event[] = [];
  linked.sentences.forEach((s, si) => {
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inS.length === 0) return;
    const discard = loadDiscards().find(text.slice(s.start, s.end));
    // ("Britain would suspend contacts with Moscow and ministers would not attend the World Cup":
    // a clause of its own about sport drops only what that clause codes)
    const clause = discard ? discardedClause(text.slice(s.start, s.end), discard.at) : null;
    if (discard && !clause && !REAL_VIOLENCE.test(text.slice(s.start, s.end))) {
      ctx.debug(() => `code: skipped a sentence about "${discard.phrase}" (sport or entertainment)`);
      return;
    }
    if (isTeaserLine(text, s)) {
      ctx.debug(() => `code: skipped a list-item teaser line: "${text.slice(s.start, s.end)}"`);
      return;
    }
    const quotes = linked.quotes.filter((q) => q.start >= s.start && q.end <= s.end);
    const coded = coder.codeSentence(
      text,
      s.start,
      s.end,
      inS.map((m) => ({ ...m, generic: isGeneric(m), commonNoun: isInstitution(m), crowd: isCrowd(m) })),
      quotes,
    );
    const isTitle = !!title && text.slice(s.start, s.end).trim() === title;
    const here: Event[] = [];
    // where each generic party of this sentence was placed: "ended talks with communist rebels …,
    // accusing them of …" — the rebels "them" refers to are where the first act placed them
    const placedHere = new Map<string, Placement>();
    // (by sentence; within one, in the order coded)
    const referents = () => [...events, ...here, ...unaimed].sort((a, b) => a.sentence.start - b.sentence.start);
    // (in the order the sentence reports them: "approved the recognition …, and X called the
    // decision a reward for Hamas" reacts to the nominal coded after the verbs)
    for (let c of [...coded].sort((a, b) => a.trigger.start - b.trigger.start)) {
      let src = inS[c.source];
      let tgt = c.target === null ? null : inS[c.target];
      let note = '';
      // "Lavrov, whose country began air strikes in Syria …": the act is the person's state's
      const whose = /^,\s*whose\s+(?:country|government|nation|army|military|forces|air force|jets|warplanes)\b/i.exec(
        text.slice(src.end, src.end + 30),
      );
      // (only for an act of the relative clause: not "Erdogan, whose government …, met Putin")
      if (
        whose &&
        src.actor.country &&
        src.end + whose[0].length <= c.trigger.start &&
        !text.slice(src.end + whose[0].length, c.trigger.start).includes(',')
      ) {
        const state = countryMention(src.actor.country, inS, {
          start: src.end + 2,
          end: src.end + whose[0].length,
          text: whose[0].slice(1).trim(),
        });
        if (state) {
          src = state;
          note += `; source = ${src.actor.country}, "${whose[0].slice(1).trim()}"`;
        }
      }
      // the other doers of the act an implied target did ("Spain, Ireland and Norway recognised …,
      // a move Israel condemned": each of them)
      let coTargets: { of: ActorMention; others: ActorMention[] } | null = null;
      const root = c.code.slice(0, 2);
      // (an intent to de-escalate, "will stop bombing areas held by the opposition", is placed as
      // a concession is: at home with the state that makes it)
      const placeRoot = c.code === '0356' ? '08' : root;
      if (c.code === '015') {
        // "al-Shabaab claimed responsibility for the attack": whom a later "called the attack
        // cowardly" accuses; with no target the claim is no event of its own (CAMEO 01 has no
        // PLOVER type)
        if (!c.negated && !isGeneric(src) && CLAIMED_ATTACK.test(text.slice(c.trigger.end, s.end)))
          unaimed.push(toEventParties(linked, s, { ...c, code: '190' }, published, src, null));
        if (tgt === null) continue;
      }
      // ("released from custody": by the authorities, below)
      const captors =
        /^084/.test(c.code) &&
        !/^\s+(?:[\w-]+\s+){0,3}?from\s+(?:[\w-]+\s+)?(?:custody|prison|jail|detention|house arrest)/i.test(
          text.slice(c.trigger.end, c.trigger.end + 60),
        );
      // (captives named only by kind are not placed: hostages held in Gaza are not Gazans; a
      // country or a state body "released" is no captive)
      if (
        c.agentless &&
        captors &&
        (isGeneric(src) ||
          (!src.actor.sector && src.via !== 'demonym' && loadRegistry().info(src.actor.id)?.type !== 'PER') ||
          STATE_LIKE.test(src.actor.sector ?? ''))
      ) {
        ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": released captives of no known country`);
        continue;
      }
      if (c.agentless && (VIOLENCE_ROOTS.test(root) || captors || root === '07')) {
        // "ten people were killed in shelling in Misrata": the doer is unknown, the victims are
        // the target (placed where it happened when the sentence names them only by kind); so
        // are the captors of "ten Thai farm workers were freed"
        const victims = placeVictims(text, src, root, inS, s, c.trigger);
        if (!victims) {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": a passive with no agent and no known victims`);
          continue;
        }
        const e = toEventParties(linked, s, { ...c, rule: c.rule + victims.note }, published, null, victims.mention);
        redateFromAnaphor(linked, e, si);
        ctx.debug(() => `code: ${e.cameo.code} ?→${e.target?.actor?.id ?? '-'} "${e.trigger.text}" (${e.rule})`);
        here.push(e);
        continue;
      }
      if (c.agentless) {
        // "Navalny was detained at passport control": the authorities of where it happened
        const by = authorityOf(text, src, root, inS, s, c.trigger, focus);
        if (!by) {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": a passive with no agent and no place`);
          continue;
        }
        tgt = src;
        src = by.authority;
        note = `; source = authorities of ${by.authority.actor.country} (${by.why})`;
      }
      // "The two leaders condemned the launch": participants standing for the two parties of the
      // last two-party event act as they do; the target is inferred for them (never one of them)
      // ("Xi met Blinken …, and the two sides agreed …": the pair may be this sentence's)
      let standFor: { a: ActorMention; b: ActorMention; as: string } | null = null;
      // ("They agreed …" after a sentence naming both: only for acts done together, roots 03–06;
      // the actor stage leaves "they" generic only when it stands for two parties or "the two
      // sides", so the pair may be up to three sentences back)
      const they = /^they$/i.test(src.text) && /^0[3-6]$/.test(root);
      // "The three countries agreed …", "all three guarantors": the last list of that many parties
      const many = isGeneric(src) && PARTICIPANTS_RE.test(src.text) ? groupSize(text, src) : 0;
      const group = many >= 3 ? lastList(linked, mentions, src.start, many) : null;
      const pair =
        !group && isGeneric(src) && ((PARTICIPANTS_RE.test(src.text) && standsForParties(text, src)) || they)
          ? (pairBefore(here, inS, src.start) ??
            (lastPair && si - lastPair.sentence <= 3
              ? PAIR_ONLY_RE.test(src.text) && !PEOPLE_RE.test(src.text)
                ? (mainPair() ?? lastPair)
                : PEOPLE_RE.test(src.text) && lastLeaders && si - lastLeaders.sentence <= 3
                  ? lastLeaders
                  : lastPair
              : null))
          : null;
      if (pair && (!tgt || isGeneric(tgt))) {
        standFor = { a: pair.s, b: pair.t, as: src.text };
        src = pair.s;
        tgt = null;
      }
      if (
        tgt &&
        tgt.actor.country &&
        tgt.actor.country === src.actor.country &&
        STATE_LIKE.test(tgt.actor.sector ?? '') &&
        (!src.actor.sector || STATE_LIKE.test(src.actor.sector)) &&
        /^(08|15)$/.test(root)
      ) {
        // "ordered a withdrawal of 2,000 American troops from Syria": one's own forces are what is
        // moved; the party is the place or side named after them
        if (root === '08' && /^(AUTHORI[SZ]E|ALLOW|PERMIT)$/.test(c.lemma ?? '')) {
          // "authorised Ukrainian troops to use their weapons": leave to one's own forces concedes nothing
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": permission to the source's own forces`);
          continue;
        }
        const other = complementTarget(tgt.end, src, inS, text) ?? discourseTarget(linked, si, src, root, events, here);
        note += `; "${tgt.text}" are ${src.text}'s own`;
        tgt = other;
        if (!tgt && !TARGETLESS.has(root) && !TARGETLESS.has(c.code) && !NEEDS_COMPLEMENT_TARGET.has(c.code)) {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": its object is the source's own forces`);
          continue;
        }
      }
      if (tgt === null && /^(02|10)$/.test(root)) {
        // "demanded his immediate release", "called for the release of Suu Kyi": of whoever holds
        // them — the doer of the detention the article reported
        const rel = RELEASE_REF.exec(text.slice(c.trigger.end, c.trigger.end + 60));
        if (rel) {
          const named = rel[1] ? inS.find((m) => m.start === c.trigger.end + rel.index + rel[0].length) : undefined;
          const held = latestReported(
            events,
            here,
            (e) =>
              e.plover.event === 'COERCE' &&
              !e.negated &&
              !!e.target?.actor &&
              !!e.source.actor?.country &&
              e.source.actor.country !== src.actor.country &&
              (!named || e.target.actor.id === named.actor.id),
          );
          if (held) {
            tgt = asMention(held.source);
            note = `; target = ${tgt.text}, who holds those whose release it asks`;
          }
        }
      }
      if (
        tgt === null &&
        c.lemma === 'ORDER' &&
        root === '10' &&
        STRIKES_REFERENCE.test(text.slice(c.trigger.end, c.trigger.end + 50))
      ) {
        // "Biden said he had ordered the action": an order for one's own side's act is that act
        ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": the order of an act the article reports`);
        continue;
      }
      if (tgt === null && /^(18|19|20)$/.test(root)) {
        // "Biden said he had ordered the strikes": the strikes the article reported, by the same side
        const struck = STRIKES_REFERENCE.test(text.slice(c.trigger.end, c.trigger.end + 50))
          ? latestReported(
              events,
              here,
              (e) =>
                e.plover.event === 'ASSAULT' &&
                !!e.target?.actor &&
                !e.negated &&
                !!src.actor.country &&
                e.source.actor?.country === src.actor.country,
            )
          : undefined;
        if (struck) {
          tgt = asMention(struck.target!);
          note = `; target = ${tgt.text}, at whom the strikes it refers to were aimed`;
        }
      }
      if (c.lemma === 'DEFECT' && src.actor.country && !isGeneric(src)) {
        // "two Libyan pilots defected to Malta": they leave their own side; where they go is no party
        tgt = countryMention(src.actor.country, inS, src);
        note += `; target = ${src.actor.country}, the side ${src.text} left`;
      }
      let amongMembers = false;
      if (
        c.code === '080' &&
        LEAVING_LEMMAS.has(c.lemma ?? '') &&
        (ARMED_NONSTATE.test(src.actor.sector ?? '') || /^MIL/.test(src.actor.sector ?? ''))
      ) {
        // "M23 rebels withdrew from the town", "troops pulled out of Mekelle": a force leaving retreats
        c = { ...c, code: '0874', rule: `${c.rule}; an armed force leaving → 0874` };
      }
      if (tgt === null && (NEEDS_COMPLEMENT_TARGET.has(c.code) || c.open)) {
        // "ordered a withdrawal of the troops in Syria"; else the side the article just named
        // ("the junta told Denmark to withdraw … Copenhagen agreed to pull them out")
        // ("… US troops pulled out of two observation posts": a withdrawal is from the country the
        // article is about, when that is not the source's own)
        // (and an intent to de-escalate: "would withdraw", "was ready to halt military operations")
        const withdrawal = /^087/.test(c.code) || (c.code === '0356' && c.intent);
        // (access let into one's own besieged towns is given at home: "will allow aid to reach
        // besieged towns, including Aleppo")
        let found = complementTarget(c.trigger.end, src, inS, text, {
          notLocative: c.lemma === 'AGREE',
          sameCountryOk: /^(086|0355)/.test(c.code),
        });
        let why = 'named in the complement';
        if (!found && withdrawal) {
          // (else the country the article is about, when it is not the source's own: "Turkey would
          // halt its operation" in a story about northeastern Syria)
          const where = theatre(linked, src.actor.country) ?? (focus !== src.actor.country ? focus : null);
          found = where ? countryMention(where, inS, c.trigger) : null;
          why = `where the article places the events (${where})`;
        }
        // an organisation meeting among its members: no recipient to find
        // (its envoy named, not "he said he had spoken to both leaders")
        const ownMeeting =
          c.open &&
          /^(04|03)/.test(c.code) &&
          src.actor.cameo.startsWith('IGO') &&
          !(src.via === 'coref' && loadRegistry().info(src.actor.id)?.type === 'PER');
        if (!found && (c.open || withdrawal) && !isGeneric(src) && !ownMeeting) {
          found = discourseTarget(linked, si, src, root, events, here);
          why = `the other side of the latest event ${src.text} is party to`;
        }
        // an act with no side named that stays at home: an armed group pulling back ("M23 rebels
        // withdrew from the town of Kibumba"), a ceasefire ("announced a temporary ceasefire")
        const armedPullback = withdrawal && ARMED_NONSTATE.test(src.actor.sector ?? '');
        const truce = c.code === '0871' || (c.code === '0356' && c.intent);
        if (!found && src.actor.country && !isGeneric(src) && (armedPullback || truce)) {
          found = countryMention(src.actor.country, inS, src);
          why = armedPullback ? `the country of ${src.text}` : 'a ceasefire in its own country';
        }
        if (found) {
          tgt = found;
          note = `; target = ${found.text}, ${why}`;
        } else if (ownMeeting) {
          amongMembers = true;
          note += `; ${src.text} ${c.code.startsWith('03') ? 'agrees' : 'meets'} among its members`;
        } else {
          ctx.debug(
            () => `code: dropped ${c.code} "${c.trigger.text}": no place or party named after it or just before`,
          );
          continue;
        }
      }
      if (
        tgt === null &&
        (/^(02|10|12|13)$/.test(root) ||
          (/^1[17]$/.test(root) && /^\s+(it|them)\b/i.test(text.slice(c.trigger.end, c.trigger.end + 6))))
      ) {
        // "criticised Tunisia's crackdown … and called for the release of …", "raided the bureau
        // and ordered it closed": a second act of the same subject, conjoined, is aimed at whom
        // the first was
        const prev = here.findLast(
          (e) => e.source.start === src.start && e.target?.actor && e.trigger.end <= c.trigger.start,
        );
        const between = prev ? text.slice(prev.trigger.end, c.trigger.start) : '';
        if (prev && /(\band\b|,)/.test(between) && !/[;:]|\b(said|says|but|while|after|before)\b/.test(between)) {
          const m = inS.find((x) => x.start === prev.target!.start && x.end === prev.target!.end);
          if (m) {
            tgt = m;
            note = `; target = ${m.text}, whom the same subject's previous act was aimed at`;
            // ("… bore great moral responsibility … and urged them to …": all it was aimed at)
            if (/^\s+them\b/i.test(text.slice(c.trigger.end, c.trigger.end + 6))) {
              const others = here
                .filter(
                  (e) =>
                    e !== prev &&
                    e.trigger.start === prev.trigger.start &&
                    e.source.start === src.start &&
                    e.target?.actor &&
                    e.target.actor.id !== m.actor.id,
                )
                .map((e) => inS.find((x) => x.start === e.target!.start && x.end === e.target!.end))
                .filter((x): x is ActorMention => !!x);
              if (others.length) {
                coTargets = { of: m, others };
                note = `; target = ${[m, ...others].map((x) => x.text).join(' and ')}, whom the same subject's previous act was aimed at`;
              }
            }
          }
        }
      }
      if (
        tgt === null &&
        (COMPLEMENT_TARGET_ROOTS.has(root) || (c.lemma === 'AGREE' && /^0[35]$/.test(root) && !isGeneric(src)))
      ) {
        // "threatened that if Turkey …", "urged calm … for Syria": a party named later in the sentence
        const whose = relativeAntecedent(text, src, inS);
        // (what a warning or an agreement is about, "an assault on Idlib", is no party)
        const later =
          whose ??
          complementTarget(c.trigger.end, src, inS, text, {
            notLocative:
              c.lemma === 'AGREE' ||
              (!!c.lemma && WARNING_LEMMAS.has(c.lemma)) ||
              // ("any intervention in Niger would be treated as a declaration of war": the place of
              // the act is not whom the retaliation is aimed at)
              /^(?:retaliation|resolve) announced/.test(c.rule),
            demonymOk: root === '13',
          });
        const prior = later ? null : anaphoricTarget(text, c.trigger, src, referents());
        if (later ?? prior) {
          tgt = (later ?? prior)!;
          note = whose
            ? `; target = ${tgt.text}, whom the relative clause is about`
            : later
              ? `; target = ${tgt.text}, named in the complement`
              : `; target = ${tgt.text}, who did what its object refers to`;
        } else if (root === '13' && c.lemma && WARNING_LEMMAS.has(c.lemma)) {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": a warning with no one warned`);
          continue;
        }
      }
      // ("Damascus agreed to the plan": the plan's author)
      const agreedTo =
        ((root === '03' || root === '05') &&
          c.lemma === 'AGREE' &&
          /^\s+to\s+(?:(?:the|a|an|its|their|this|that)\s|it\b)/i.test(
            text.slice(c.trigger.end, c.trigger.end + 12),
          )) ||
        (c.lemma === 'ACCEPT' && !!c.implied);
      if (tgt === null && (IMPLIED_TARGET_ROOTS.has(root) || c.code === '016' || agreedTo)) {
        const prior =
          anaphoricTarget(
            text,
            agreedTo && c.lemma === 'AGREE'
              ? { start: c.trigger.start, end: c.trigger.end + text.slice(c.trigger.end).indexOf('to') + 2 }
              : // ('"This is an act of aggression," Lavrov said': what the quotation opens with)
                c.rule.includes(QUOTED_FIRST)
                ? { start: s.start, end: s.start }
                : c.trigger,
            src,
            referents(),
          ) ?? (root === '11' ? sentenceDoer(text, s, c.trigger, src, inS) : null);
        const answered =
          prior || (root !== '12' && c.code !== '016')
            ? null
            : respondentTarget(linked, si, src.actor, inS, [...events, ...here]);
        // "Japan lodged a formal protest": a diplomatic protest goes to the other side of the latest
        // event its maker is party to
        const protested =
          !prior && root === '11' && DIPLOMATIC_PROTEST.test(c.rule)
            ? discourseTarget(linked, si, src, root, events, here)
            : null;
        if (prior) {
          tgt = prior;
          // (only for an act of this sentence: a list named just before the reaction)
          const hereToo = inS.some((m) => m.start === prior.start && m.end === prior.end);
          coTargets = { of: prior, others: hereToo ? coDoers(prior, referents()) : [] };
          const all = [prior, ...coTargets.others].map((o) => o.text).join(' and ');
          note = `; target = ${all}, who did what its object refers to`;
          // ("the Syrian leader had agreed to it": agreeing to another's act, not praise of it)
          if (agreedTo && root === '05') {
            c = { ...c, code: '030' };
            note += ' (agreed to it → 030)';
          }
        } else if (answered) {
          tgt = answered;
          note = `; target = ${answered.text}, whose claim or act it answers`;
        } else if (agreedTo) {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": agreed to what no one is named as proposing`);
          continue;
        } else if (protested) {
          tgt = protested;
          note = `; target = ${protested.text}, the other side of the latest event ${src.text} is party to`;
        } else if (
          NEEDS_IMPLIED_TARGET.has(root) &&
          !TARGETLESS.has(c.code) &&
          !(
            root === '11' &&
            c.lemma &&
            EXPLICIT_ACCUSE.has(c.lemma) &&
            !EVENT_OBJECT_RE.test(objectAfter(text, c.trigger))
          )
        ) {
          // an explicit accusation of someone unnamed ("accused Western countries of …") stands;
          // one aimed at an event no earlier sentence reports ("condemned the decision") does not
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": no target`);
          continue;
        }
      }
      if (tgt === null && (root === '07' || /^033/.test(c.code))) {
        // "WFP said it planned to send more trucks", "pledged $390 million to help implement the
        // deal": relief goes to the country the article is about (military aid needs a recipient)
        // "sent planes carrying rescue teams and tents to eastern Libya": the place it is sent to
        const dest = AID_CODES.test(c.code) ? destination(text, c.trigger, src, inS, s, 120) : null;
        if (dest) {
          tgt = dest;
          note += `; target = ${dest.actor.country}, where it is sent`;
        } else if (!AID_CODES.test(c.code) || !focus || focus === src.actor.country) {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": aid with no recipient`);
          continue;
        } else {
          tgt = countryMention(focus, inS, c.trigger);
          if (!tgt) continue;
          note += `; target = ${focus}, the country the article is about`;
        }
      }
      if (
        /^04[23]$/.test(c.code) &&
        ((tgt && tgt.actor.country && tgt.actor.country === src.actor.country) ||
          PRIVATE_SECTORS.test(src.actor.sector ?? '') ||
          PRIVATE_SECTORS.test(tgt?.actor.sector ?? ''))
      ) {
        // "he flew back to Minsk", "Russian tourists visited Turkey" (and its reciprocal, Turkey
        // hosting them): a trip home or a private trip is no visit between parties
        ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": a trip home or a private trip`);
        continue;
      }
      if (
        tgt === null &&
        c.negated &&
        VIOLENCE_ROOTS.test(root) &&
        src.via === 'coref' &&
        /^(it|they|we)$/i.test(src.text) &&
        /\b(said|says|insisted|insists|stated|stressed|added)\b/i.test(text.slice(s.start, c.trigger.start))
      ) {
        // "Israel said it did not attack the convoy": one's own attack said not done is a denial,
        // aimed at whoever claimed it
        const answered = respondentTarget(linked, si, src.actor, inS, [...events, ...here]);
        c = { ...c, code: '016', negated: false, rule: `${c.rule}; its own act said not done: a denial → 016` };
        tgt = answered;
        if (answered) note += `; target = ${answered.text}, whose claim it answers`;
      } else if (tgt === null && c.negated) {
        ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": negated and aimed at no one`);
        continue;
      }
      if (
        tgt === null &&
        !DOMESTIC_CODES.test(c.code) &&
        !VIOLENCE_ROOTS.test(root) &&
        !isGeneric(src) &&
        !standFor &&
        !amongMembers
      ) {
        // "Hezbollah vowed to retaliate", "China continued its drills": an act the PLOVER manual
        // codes without a recipient still has one when the article just named the other side
        const d = discourseTarget(linked, si, src, root, events, here);
        if (d) {
          tgt = d;
          note += `; target = ${d.text}, the other side of the latest event ${src.text} is party to`;
        }
      }
      if (tgt === null && VIOLENCE_ROOTS.test(root) && c.code !== '016') {
        // "would destroy", "a plan to begin air strikes", "have died", "foiled a plot": no act of violence
        if (
          c.intent ||
          c.negated ||
          c.source < 0 ||
          c.code === '180' ||
          (c.lemma && NOT_VIOLENCE_LEMMAS.has(c.lemma)) ||
          UNREALISED_BEFORE.test(text.slice(Math.max(s.start, c.trigger.start - 40), c.trigger.start))
        ) {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": violence with no target`);
          continue;
        }
        // "Gadhafi's forces have been shelling towns in western Libya": violence aimed at no named
        // party is aimed at the place where it happened, else at the other side of the latest
        // hostile event its doer is party to ("Pakistani troops returned fire"); else no event
        // "Islamic State claimed responsibility for the attacks": the target of the attack claimed
        const claimed = c.lemma === 'CLAIM' ? claimedTarget(linked, si, c.trigger, events, here) : null;
        const place = claimed ?? placeTarget(linked, s, c.trigger, src, inS);
        const launch = !place && !isGeneric(src) && MISSILE_LAUNCH.test(text.slice(c.trigger.end, c.trigger.end + 80));
        const other = place || launch || isGeneric(src) ? null : discourseTarget(linked, si, src, root, events, here);
        if (launch) {
          // "North Korea fired a ballistic missile into the sea": a launch at no one shows force
          c = { ...c, code: '150', rule: `${c.rule}; a missile launched at no one shows force → 150` };
        } else if (claimed) {
          tgt = claimed;
          note += `; target = ${claimed.text}, the target of the latest attack reported`;
        } else if (place) {
          tgt = place;
          note += `; target = ${place.actor.country}, where it happened ("${place.text}")`;
        } else if (other) {
          tgt = other;
          note += `; target = ${other.text}, the other side of the latest event ${src.text} is party to`;
        } else {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": violence with no target and no place`);
          // still what a later "condemned the hijacking" refers to
          unaimed.push(toEventParties(linked, s, c, published, src, null));
          continue;
        }
      }
      if (
        tgt &&
        c.lemma &&
        LEAVING_LEMMAS.has(c.lemma) &&
        tgt.actor.cameo.startsWith('IGO') &&
        !src.actor.cameo.startsWith('IGO') &&
        /^\s+(?:from\s+)?(?:the\s+)?$/i.test(text.slice(c.trigger.end, tgt.start))
      ) {
        // "Nicaragua is withdrawing from UNESCO", "Hungary will withdraw from the ICC", "Mali quit
        // ECOWAS": leaving an organisation reduces relations with it (not a concession or a resignation)
        note += `; leaving an organisation → 160`;
        c = { ...c, code: '160', intent: false };
      }
      // "protesters stormed parliament", "farmers blocked motorways": a crowd's force is protest
      const crowd = crowdProtest(c, src);
      if (tgt && CONFINE_CODES.test(c.code) && !tgt.actor.sector && tgt.via === 'name') {
        // "detained Istanbul Mayor Ekrem Imamoglu": the place names the office of the person after it
        const held = tgt;
        const person = inS.find(
          (m) =>
            m.start > held.end &&
            /^\s+(?:[A-Z][a-z]+\s+){1,2}$/.test(text.slice(held.end, m.start)) &&
            !!m.actor.sector,
        );
        if (person) tgt = person;
      }
      if (
        tgt &&
        CONFINE_CODES.test(c.code) &&
        !tgt.actor.sector &&
        tgt.via === 'name' &&
        !crowd &&
        // "expelled Russia's defence attache": the country's people, not a place
        !/^['’]s\b/.test(text.slice(tgt.end, tgt.end + 3))
      ) {
        ctx.debug(
          () => `code: dropped ${c.code} "${c.trigger.text}": a place ("${tgt!.text}") is not detained or confined`,
        );
        continue;
      }
      const pairs: [ActorMention, ActorMention | null][] = [];
      if (
        (tgt === null || (isGeneric(tgt) && BOTH_SIDES_AFTER.test(text.slice(c.trigger.end, tgt.end)))) &&
        !isGeneric(src) &&
        BOTH_SIDES_AFTER.test(text.slice(c.trigger.end, c.trigger.end + 40))
      ) {
        // "the UN urged both sides to show restraint": the two parties of the last two-party event
        const two =
          lastPair && si - lastPair.sentence <= 3
            ? [lastPair.s, lastPair.t]
            : lastTwoParties(linked, si, c.trigger.start);
        if (two && two.every((p) => differentSide(p.actor, src.actor, false))) {
          for (const p of two) pairs.push([src, p]);
          note += `; "both sides" = ${two[0].text} and ${two[1].text}`;
          tgt = null;
        }
      }
      if (isGeneric(src)) {
        const group = namedArmedGroup(linked, si, src);
        if (group) {
          note += `; "${src.text}" = ${group.actor.name} (the group just named)`;
          src = group;
        }
      }
      if (tgt && isGeneric(tgt)) {
        const group = namedArmedGroup(linked, si, tgt);
        if (group && group.actor.id !== src.actor.id) {
          note += `; "${tgt.text}" = ${group.actor.name} (the group just named)`;
          tgt = group;
        }
      }
      if (isGeneric(src)) {
        const composed = composeWithModifier(text, src, inS) ?? composeLoyal(text, src, inS);
        if (composed) {
          note = `; "${composed.text}" = ${src.text} of ${composed.actor.country ?? composed.actor.name}`;
          src = composed;
        }
      }
      if (tgt && isGeneric(tgt)) {
        const composed = composeWithModifier(text, tgt, inS) ?? composeLoyal(text, tgt, inS);
        if (
          composed &&
          composed.actor.id !== src.actor.id &&
          (!composed.actor.country || composed.actor.country !== src.actor.country)
        ) {
          note += `; "${composed.text}" = ${tgt.text} of ${composed.actor.country ?? composed.actor.name}`;
          tgt = composed;
        }
      }
      const two =
        isGeneric(src) &&
        PARTICIPANTS_RE.test(src.text) &&
        TWO_PARTIES_RE.test(text.slice(Math.max(0, src.start - 24), src.start));
      // (people for "the two leaders"; not the side the act is aimed at: "condemned the launch")
      // ("both sides", "the two countries" only for a pair coded just before: any two names are too loose)
      const recent =
        two && !(lastPair && si - lastPair.sentence <= 3) && (PEOPLE_RE.test(src.text) || !PAIR_ONLY_RE.test(src.text))
          ? lastTwoParties(
              linked,
              si,
              src.start,
              PEOPLE_RE.test(src.text),
              tgt && !isGeneric(tgt) ? tgt.actor.country : null,
            )
          : null;
      if (group) {
        note = `; "${src.text}" = ${group.map((g) => g.text).join(', ')} (the ${many} parties just listed)${note}`;
        if (tgt && !isGeneric(tgt) && Number(root) >= 10 && !group.some((g) => g.actor.id === tgt!.actor.id)) {
          // "the three countries condemned …": each of them, at whom the act is aimed
          for (const g of group) pairs.push([g, tgt]);
        } else if (/^0[3-6]$/.test(root)) {
          // "the three guarantors agreed …": with each other
          for (let x = 0; x < group.length; x++)
            for (let y = x + 1; y < group.length; y++) pairs.push([group[x], group[y]]);
        } else {
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": "${src.text}" with no one it is aimed at`);
          continue;
        }
        tgt = null;
      } else if (standFor) {
        const { a, b } = standFor;
        note = `; "${standFor.as}" = ${a.text} and ${b.text} (the parties just mentioned)${note}`;
        // (what they agree or meet on is among themselves: "the leaders agreed on a meeting at the G20")
        if (tgt && Number(root) >= 10 && tgt.actor.id !== a.actor.id && tgt.actor.id !== b.actor.id) {
          pairs.push([a, tgt], [b, tgt]);
        } else if (/^1[12]$/.test(root)) {
          // "the two leaders condemned …" each other only when the sentence says so
          ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": the parties just named, with no target`);
          continue;
        } else {
          // "the leaders agreed …": with each other
          pairs.push([a, b]);
        }
        tgt = null;
      } else if (isGeneric(src)) {
        // "the two ministers met …": the two parties last named, else no event
        if (recent && (!tgt || isGeneric(tgt))) {
          // "the two ministers met …" after a sentence naming Kerry and Lavrov
          pairs.push([recent[0], recent[1]]);
          note = `; "${src.text}" = ${recent[0].text} and ${recent[1].text} (the two parties last named)`;
          tgt = null;
        } else if (recent && tgt && Number(root) >= 10) {
          // "the two leaders condemned the launch": each of them, at whom the act is aimed
          pairs.push([recent[0], tgt], [recent[1], tgt]);
          note = `; "${src.text}" = ${recent[0].text} and ${recent[1].text} (the two parties last named)${note}`;
          tgt = null;
        } else if (
          PAIR_ONLY_RE.test(src.text) &&
          TWO_PARTIES_RE.test(text.slice(Math.max(0, src.start - 24), src.start))
        ) {
          // "the two sides", "both men" with no two parties to stand for name no one
          ctx.debug(
            () => `code: dropped ${c.code} "${c.trigger.text}": "${src.text}" with no two parties named before`,
          );
          continue;
        } else {
          const placed = placeGeneric(
            text,
            src,
            'source',
            tgt && !isGeneric(tgt) ? tgt : null,
            placeRoot,
            inS,
            s,
            c.trigger,
            focus,
          );
          // ("Beijing announced sanctions on Pelosi … The foreign ministry accused Pelosi of …": a
          // state body named by its kind alone is that of the state that acted just before)
          const owner = placed ? null : agencyOwner(linked, si, src, tgt, events, here);
          if (!placed && !owner) {
            ctx.debug(
              () => `code: dropped ${c.code} "${c.trigger.text}": source "${src.text}" names no particular actor`,
            );
            continue;
          }
          if (tgt === null && !TARGETLESS.has(root) && !TARGETLESS.has(c.code)) {
            // the coder keeps a generic source's untargeted act for this placement; an act that
            // needs a target still needs one
            ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": no target`);
            continue;
          }
          if (placed) {
            note += `; "${src.text}" placed in ${placed.country} (${placed.why})`;
            src = localise(src, placed.country);
          } else {
            note += `; "${src.text}" placed in ${owner!.actor.country} (the state that acted just before: "${owner!.text}")`;
            src = localise(src, owner!.actor.country!);
          }
        }
      }
      if (tgt && (isGeneric(tgt) || isInstitution(tgt))) {
        const spanKey = `${tgt.start}:${tgt.end}`;
        const referred = /^\s+(them|it|him|her)\b/i.test(text.slice(c.trigger.end, c.trigger.end + 6));
        // ("China sent warships around Taiwan", "Venezuela mobilised troops near the border with
        // Guyana": forces a state moves are its own, wherever they go)
        const ownForces =
          root === '15' &&
          isGeneric(tgt) &&
          /^(MIL|UAF)/.test(tgt.actor.sector ?? '') &&
          !!src.actor.country &&
          (!src.actor.sector || STATE_LIKE.test(src.actor.sector));
        const placed = ownForces
          ? { country: src.actor.country!, why: 'its own forces' }
          : isGeneric(tgt)
            ? (placeGeneric(text, tgt, 'target', src, placeRoot, inS, s, c.trigger, focus) ??
              (referred ? placedHere.get(spanKey) : undefined) ??
              null)
            : { country: tgt.actor.country!, why: 'its institution' };
        if (placed && isGeneric(tgt)) placedHere.set(spanKey, placed);
        // ("urged both sides to …": see below)
        const sides =
          PAIR_ONLY_RE.test(tgt.text) && TWO_PARTIES_RE.test(text.slice(Math.max(0, tgt.start - 24), tgt.start))
            ? bothSides(src)
            : null;
        // ("threatened to send troops to Kosovo": one's own forces are no party threatened; the party
        // named after them is)
        const pastForces = root === '13' ? complementTarget(tgt.end, src, inS, text, { notLocative: true }) : null;
        if (
          placed &&
          placed.country === src.actor.country &&
          STATE_LIKE.test(tgt.actor.sector ?? '') &&
          (!src.actor.sector || STATE_LIKE.test(src.actor.sector))
        ) {
          // "Taiwan scrambled jets": its own forces are what it moves, not whom it acts on; a
          // show of force stands without a recipient, a curfew falls on the country
          const where = /^087/.test(c.code) ? theatre(linked, src.actor.country) : null;
          const from = where ? countryMention(where, inS, c.trigger) : null;
          if (DOMESTIC_CODES.test(c.code) && root !== '15') {
            ctx.debug(() => `code: "${tgt!.text}" is the source's own: a domestic act`);
            tgt = null;
          } else if (from) {
            // "had started bringing troops home": one's own forces withdrawn, from where the article
            // places the events
            note += `; "${tgt.text}" are ${src.text}'s own, withdrawn from ${where} (where the article places the events)`;
            tgt = from;
          } else if (root !== '15') {
            ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": "${tgt!.text}" is the source's own`);
            continue;
          } else {
            note += `; "${tgt.text}" are ${src.text}'s own`;
            // "sent 300 police officers to the Central African Republic", "moved warships towards
            // Taiwan": forces sent to another country are aimed at it
            // (or where the sentence places them: "In Ivory Coast, …, France has dispatched 300
            // military personnel")
            const where = ownForces
              ? placeGeneric(text, tgt, 'target', src, placeRoot, inS, s, c.trigger, focus)
              : null;
            const dest =
              destination(text, tgt, src, inS, s) ??
              (where && where.country !== src.actor.country ? countryMention(where.country, inS, tgt) : null);
            if (dest) note += `, sent to ${dest.text}`;
            tgt = dest ?? deployedAtHome(text, c.trigger, src, inS, s);
            if (!dest && tgt) note += `, deployed at home`;
          }
        } else if (!isGeneric(tgt)) {
          // an institution of another state stands as resolved
        } else if (placed) {
          note += `; "${tgt.text}" placed in ${placed.country} (${placed.why})`;
          tgt = localise(tgt, placed.country);
        } else if (root === '15') {
          // "called up 300,000 reservists": a show of force stands without a recipient; "deployed
          // 2,000 soldiers to the northern province of X" is aimed at the own country
          note += `; "${tgt.text}" names no particular actor`;
          tgt = deployedAtHome(text, c.trigger, src, inS, s);
          if (tgt) note += `, deployed at home`;
        } else if (pastForces) {
          note += `; target = ${pastForces.text}, named after "${tgt.text}"`;
          tgt = pastForces;
        } else if (root === '12' && /^(REFUSE|REJECT|DECLINE|DENY|DISMISS|VETO|BOYCOTT|SNUB)$/.test(c.lemma ?? '')) {
          // "refused to reopen schools": a rejection stands without a recipient
          note += `; "${tgt.text}" names no particular actor`;
          tgt = null;
        } else if (DOMESTIC_CODES.test(c.code) && STATE_LIKE.test(tgt.actor.sector ?? '') && src.actor.country) {
          // "the emir dissolved parliament": a state body acted on by its own state's leader
          ctx.debug(() => `code: "${tgt!.text}" is the source's own: a domestic act`);
          tgt = null;
        } else if (sides) {
          // "The United Nations urged both sides to exercise restraint": each of the article's two
          // sides (its main pair, else the last), when the source is neither
          pairs.push([src, sides.s], [src, sides.t]);
          note += `; "${tgt.text}" = ${sides.s.text} and ${sides.t.text} (the article's two sides)`;
          tgt = null;
        } else {
          ctx.debug(
            () => `code: dropped ${c.code} "${c.trigger.text}": target "${tgt!.text}" names no particular actor`,
          );
          continue;
        }
      }
      if (crowd) {
        note += `; ${src.text} is a crowd: ${c.lemma!.toLowerCase()} as protest → ${crowd}`;
        c = { ...c, code: crowd };
      }
      if (tgt === null && pairs.length === 0) {
        // "declared martial law", "resigned", "went on strike": an act on one's own country
        // (prisoners freed are the country's own; hostages and prisoners of war are not)
        const own = c.code !== '0841' || OWN_PRISONERS.test(text.slice(c.trigger.end, c.trigger.end + 50));
        // (a people named by its demonym protests at home only where the sentence says so:
        // "Serbs gathered outside the municipal building" may be in Kosovo)
        const placed =
          src.via !== 'demonym' ||
          inS.some((m) => m !== src && m.via === 'name' && m.actor.country === src.actor.country);
        const home = own && placed ? domesticTarget(c.code, src, inS) : null;
        if (!home && c.code === '0841') {
          ctx.debug(() => `code: dropped 0841 "${c.trigger.text}": no one named as released`);
          continue;
        }
        if (home) {
          tgt = home;
          note += `; target = ${home.actor.country}, the source's own country (a domestic act)`;
        }
      }
      // "threatened to launch a new offensive if the Kurdish fighters did not withdraw": the party
      // the condition is put to is the one threatened
      if (tgt === null && pairs.length === 0 && root === '13') {
        const cond = /\b(?:if|unless)\s+(?:the\s+)?$/i;
        const party = inS.find(
          (m) =>
            m.start > c.trigger.end &&
            m !== src &&
            cond.test(text.slice(Math.max(c.trigger.end, m.start - 12), m.start)) &&
            differentSide(m.actor, src.actor, false),
        );
        // (placed where it is, never at home with the side that threatens it)
        const placed =
          party && isGeneric(party) ? placeGeneric(text, party, 'target', null, root, inS, s, c.trigger, focus) : null;
        if (party && (!isGeneric(party) || placed)) {
          tgt = placed ? localise(party, placed.country) : party;
          note += `; target = ${party.text}, whom the condition is put to${placed ? ` (placed in ${placed.country}: ${placed.why})` : ''}`;
        }
      }
      // ("Turkey said it would launch a new offensive east of the Euphrates": force threatened
      // abroad, in the country the article places the events in)
      if (tgt === null && pairs.length === 0 && c.code === '138' && src.actor.country && !isGeneric(src)) {
        const where = theatre(linked, src.actor.country);
        const at = where ? countryMention(where, inS, c.trigger) : null;
        // (else force promised in answer — "India is capable of giving a fitting reply" — is aimed at
        // the other side of the latest hostile event in the article the source is party to)
        const other = at ? null : discourseTarget(linked, si, src, root, events, here, ANSWER_WINDOW);
        if (at) {
          tgt = at;
          note += `; target = ${where}, where the article places the events`;
        } else if (other) {
          tgt = other;
          note += `; target = ${other.text}, the other side of the latest event ${src.text} is party to`;
        }
      }
      // a threat aimed at no one named ("reserved the right to respond", "would launch a new
      // offensive") is a stance, not a dyadic event
      if (tgt === null && pairs.length === 0 && root === '13') {
        ctx.debug(() => `code: dropped ${c.code} "${c.trigger.text}": a threat with no one threatened`);
        continue;
      }
      // "called the three Western powers terrorist states": each of the three parties just listed
      const listed = pairs.length === 0 && tgt && !tgt.actor.country ? groupSize(text, tgt) : 0;
      const targetGroup = listed >= 3 ? lastList(linked, mentions, tgt!.start, listed) : null;
      if (targetGroup && !targetGroup.some((g) => g.actor.id === src.actor.id)) {
        for (const g of targetGroup) pairs.push([src, g]);
        note += `; "${tgt!.text}" = ${targetGroup.map((g) => g.text).join(', ')} (the parties just listed)`;
      } else if (pairs.length === 0) {
        pairs.push([src, tgt]);
        if (coTargets && tgt === coTargets.of) for (const o of coTargets.others) pairs.push([src, o]);
      }
      for (const [ps, pt] of pairs) {
        src = ps;
        // "Japan protested to China over the drills": a state's protest to another is diplomatic
        // (ACCUSE 111), not a demonstration
        const diplomatic =
          root === '14' &&
          c.lemma === 'PROTEST' &&
          (!ps.actor.sector || STATE_LIKE.test(ps.actor.sector)) &&
          // (not a people: "Hundreds of Syrians protested against the U.S. decision")
          ps.via !== 'demonym' &&
          !isGeneric(ps) &&
          !!pt?.actor.country &&
          pt.actor.country !== ps.actor.country;
        const mapped: CodedEvent<Actor> = {
          ...c,
          ...(diplomatic ? { code: '111' } : {}),
          source: index.get(ps) ?? -1,
          target: pt === null ? null : (index.get(pt) ?? -1),
          rule: (diplomatic ? `${c.rule}; a state's protest to another → 111` : c.rule) + note,
          confidence: isTitle
            ? Math.round(c.confidence * 80) / 100
            : note
              ? Math.round(c.confidence * 85) / 100
              : c.confidence,
        };
        const e = toEventParties(linked, s, mapped, published, ps, pt);
        redateFromAnaphor(linked, e, si);
        ctx.debug(
          () =>
            `code: ${e.cameo.code} ${e.source.actor?.id}→${e.target?.actor?.id ?? '-'} "${e.trigger.text}" (${e.rule})`,
        );
        here.push(e);
      }
    }
    // "were killed when government forces shelled the town": the sentence names the doer of the
    // violence in another event, which stands for it
    if (here.some((e) => e.source.actor && VIOLENCE_ROOTS.test(e.cameo.root)))
      for (let k = here.length - 1; k >= 0; k--) if (!here[k].source.actor) here.splice(k, 1);
    if (clause)
      for (let k = here.length - 1; k >= 0; k--) {
        const at = here[k].trigger.start - s.start;
        if (at >= clause.start && at < clause.end) here.splice(k, 1);
      }
    if (here.length === 0) here.push(...similarSteps(linked, s, inS, events, published, ctx));
    // "Putin praised the partnership between Russia and China": of a compound target, the source's
    // own country is no recipient when another party is
    for (let k = here.length - 1; k >= 0; k--) {
      const e = here[k];
      const own = e.source.actor?.country;
      if (!own || e.target?.actor?.country !== own || e.target.actor.sector) continue;
      const sibling = here.some(
        (o) =>
          o !== e &&
          o.trigger.start === e.trigger.start &&
          o.source.actor?.id === e.source.actor?.id &&
          !!o.target?.actor?.country &&
          o.target.actor.country !== own,
      );
      if (sibling) here.splice(k, 1);
    }
    events.push(...here);
    for (const e of here) {
      const pair = twoCountryPair(e, inS);
      if (!pair) continue;
      lastPair = { ...pair, sentence: si };
      // ("the two presidents" after "Putin and Erdogan spoke …, since Turkey shot down a Russian
      // bomber": the pair of leaders, not the latest pair)
      if (LEADERS.test(pair.s.actor.sector ?? '') && LEADERS.test(pair.t.actor.sector ?? ''))
        lastLeaders = { ...pair, sentence: si };
      const key = [pair.s.actor.country, pair.t.actor.country].sort().join('|');
      // (named as first coded: "Trump and Putin", not the military police of a later sentence)
      const had = pairs.get(key);
      pairs.set(key, had ? { ...had, sentence: si, n: had.n + 1 } : { ...pair, sentence: si, n: 1 });
    }
    // ("They also agreed …", then "Their foreign ministers are to meet …": a pair still acting
    // through stand-ins stays the latest pair)
    const lp = lastPair;
    if (lp && lp.sentence < si) {
      const ids = new Set([lp.s.actor.id, lp.t.actor.id]);
      if (here.some((e) => ids.has(e.source.actor?.id ?? '') && ids.has(e.target?.actor?.id ?? '')))
        lastPair = { ...lp, sentence: si };
    }
  });
  // Headlines that the body does not repeat are not coded: an event's offsets must point into
  // `article.text`, and a headline states what the body reports in full.
  // CAMEO 01 (public statements, comments) has no PLOVER event type: the coder reads them to find
  // allegations ("X said Y attacked …" → X ACCUSE Y), but a statement is not an event of its own.
  return dedupe(redateFromTwins(events, published)).filter((e) => e.plover.event !== 'STATEMENT');
}
