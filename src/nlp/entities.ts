/**
 * Named entities: Chronicle's own NER model (src/nlp/ner/, trained on CoNLL-2003, see
 * data/ner/MODEL_CARD.md) merged with gazetteer hits from the actor registry.
 *
 *   1. Tokens: src/nlp/tokens.ts `tokenize`, with possessive "'s"/"'" and "n't" split off as the
 *      model's training text does; sentences as given.
 *   2. Model: each sentence's words (plus registry-hit codes as features) are tagged with BILOU
 *      Viterbi; the whole article is one document, so earlier mentions inform later ones.
 *   3. Types: PER, ORG, LOC, MISC from the model; a LOC the registry knows as a country, capital or
 *      city (a GPE hit over the span), or followed by "province", "city", … → GPE; a MISC the
 *      registry knows as a demonym, or a one-word demonym form ("Syrians") → NORP.
 *   4. Merge: a multi-word registry name that covers model spans fully replaces them (gazetteer
 *      wins for known multi-word actor names); a registry hit that crosses or lies inside a model
 *      span is dropped (model wins for unknown names); registry hits no model span touches are kept.
 *   5. When the weight file cannot be loaded, the first version's rules run instead (below,
 *      `findEntitiesByRules`): gazetteer hits plus capitalised spans typed by cues.
 * Output: sorted, non-overlapping entities whose `text` equals `text.slice(start, end)`.
 *
 * Rules of the fallback:
 *   1. Gazetteer: `registry.scan(text)` finds names the registry knows (people, organisations,
 *      countries, capitals, demonyms, armed groups), longest match first.
 *   2. Capitalised spans: runs of capitalised tokens inside a sentence, allowing connectors
 *      ("al-", "bin", "de", "of", "for the" …) inside organisation and place names, cut at title
 *      words ("US President Donald Trump" → "US" + "Donald Trump") and at possessives.
 *      Sentence-initial common words are skipped (stop list, plus: the word also occurs in lower
 *      case in the same text). Title-case headline lines only keep gazetteer hits.
 *   3. Types of unknown spans, by cue: a title word before the span → PER; an organisation keyword
 *      in it → ORG; a place cue ("in/at/near/from X", "X province") → LOC or GPE; a demonym form →
 *      NORP; an acronym → ORG; a surname of a person seen earlier → PER; otherwise MISC.
 *   4. A capitalised span ending in an organisation keyword absorbs gazetteer hits at its start
 *      ("Russian Defence Ministry" is one ORG, not NORP + ORG).
 */
import type { Entity, EntityType, Span } from '../types.js';
import { loadRegistry, type ActorRegistry, type GazetteerHit } from '../actors/registry.js';
import { SENTENCE_OPENERS } from './sentences.js';
import { isCapitalized, tokenIndexAt, tokenize, type Token } from './tokens.js';
import { loadNerModel, nerModelStatus, type NerModel } from './ner/model.js';
import { gazCodesFromHits, type NerSentence } from './ner/features.js';

/** Titles and role nouns: the capitalised name after them is a person. Lower-cased. */
export const TITLE_WORDS = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'mr',
  'ms',
  'mrs',
  'miss',
  'dr',
  'prof',
  'professor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'chief',
  'general',
  'gen',
  'lt',
  'col',
  'colonel',
  'major',
  'maj',
  'captain',
  'capt',
  'sgt',
  'sergeant',
  'admiral',
  'adm',
  'commander',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'sultan',
  'pope',
  'cardinal',
  'bishop',
  'ayatollah',
  'imam',
  'rabbi',
  'senator',
  'sen',
  'governor',
  'gov',
  'mayor',
  'ambassador',
  'envoy',
  'representative',
  'rep',
  'judge',
  'justice',
  'chancellor',
  'premier',
  'deputy',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'state',
  'special',
  'counterpart',
  'officer',
  'official',
  'ceo',
  'founder',
  'lawyer',
  'attorney',
  'ex',
  'former',
  'acting',
  'interim',
  'sir',
  'dame',
  'lord',
  'lady',
  'pres',
  'supreme',
  'head',
  'coach',
  'analyst',
  'correspondent',
  'reporter',
  'editor',
  'author',
  'economist',
  'professor',
  'activist',
  'spokesmen',
  'presidents',
  'ministers',
  'journalist',
  'commissioner',
  'inspector',
  'marshal',
  'field',
]);
/** Title words that, capitalised, only ever introduce a person (they never belong to an ORG name). */
const PERSON_TITLES = new Set([
  'president',
  'mr',
  'ms',
  'mrs',
  'miss',
  'dr',
  'prof',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'gen',
  'general',
  'lt',
  'col',
  'colonel',
  'maj',
  'captain',
  'capt',
  'sgt',
  'admiral',
  'adm',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'sultan',
  'pope',
  'ayatollah',
  'senator',
  'sen',
  'governor',
  'gov',
  'mayor',
  'ambassador',
  'envoy',
  'judge',
  'chancellor',
  'premier',
  'minister',
  'secretary',
  'leader',
  'counterpart',
  'sir',
  'dame',
  'lord',
  'lady',
  'chairman',
  'chairwoman',
  'director',
  'commander',
  'chief',
  'representative',
  'rep',
  'deputy',
  'vice',
  'prime',
  'pres',
  'imam',
  'rabbi',
  'cardinal',
  'bishop',
  'justice',
  'commissioner',
  'inspector',
  'marshal',
]);
/** Organisation keywords (last or head word of an organisation name). Lower-cased. */
export const ORG_WORDS = new Set([
  'ministry',
  'department',
  'council',
  'committee',
  'commission',
  'army',
  'forces',
  'force',
  'navy',
  'party',
  'front',
  'agency',
  'university',
  'organisation',
  'organization',
  'union',
  'league',
  'group',
  'news',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'plc',
  'bank',
  'fund',
  'office',
  'court',
  'parliament',
  'assembly',
  'congress',
  'senate',
  'government',
  'administration',
  'institute',
  'foundation',
  'association',
  'federation',
  'alliance',
  'coalition',
  'movement',
  'brigade',
  'brigades',
  'battalion',
  'regiment',
  'division',
  'corps',
  'guard',
  'guards',
  'police',
  'service',
  'services',
  'authority',
  'board',
  'bureau',
  'network',
  'times',
  'post',
  'press',
  'agency',
  'television',
  'radio',
  'channel',
  'tv',
  'broadcasting',
  'airlines',
  'airways',
  'cabinet',
  'kremlin',
  'pentagon',
  'secretariat',
  'tribunal',
  'mission',
  'program',
  'programme',
  'conference',
  'summit',
  'dialogue',
  'forum',
  'club',
  'society',
  'church',
  'school',
  'college',
  'academy',
  'hospital',
  'center',
  'centre',
  'house',
  'palace',
  'embassy',
  'consulate',
  'mosque',
  'museum',
  'journal',
  'herald',
  'gazette',
  'daily',
  'magazine',
  'review',
  'reuters',
  'command',
  'directorate',
  'legislature',
  'duma',
  'knesset',
  'politburo',
  'junta',
  'militia',
  'militias',
  'faction',
  'taliban',
  'hezbollah',
  'brotherhood',
  'caliphate',
  'nations',
  'community',
  'partnership',
  'initiative',
  'talks',
  'process',
  'accord',
  'agreement',
  'treaty',
  'convention',
  'charter',
]);
/** Of those, the ones that name events/documents/buildings rather than organisations → MISC or LOC. */
const MISC_HEADS = new Set([
  'conference',
  'summit',
  'dialogue',
  'forum',
  'talks',
  'process',
  'accord',
  'agreement',
  'treaty',
  'convention',
  'charter',
  'initiative',
  'program',
  'programme',
]);
const LOC_HEADS = new Set([
  'palace',
  'house',
  'mosque',
  'museum',
  'hospital',
  'square',
  'street',
  'airport',
  'bridge',
  'dam',
  'stadium',
]);
/** Geographic head words: the span is a location. */
const PLACE_WORDS = new Set([
  'province',
  'city',
  'region',
  'district',
  'county',
  'state',
  'valley',
  'river',
  'mountains',
  'mountain',
  'mount',
  'mt',
  'lake',
  'sea',
  'ocean',
  'gulf',
  'bay',
  'island',
  'islands',
  'strait',
  'peninsula',
  'desert',
  'coast',
  'square',
  'street',
  'avenue',
  'road',
  'airport',
  'base',
  'airbase',
  'camp',
  'border',
  'plain',
  'heights',
  'hills',
  'canal',
  'port',
  'harbour',
  'harbor',
  'bridge',
  'dam',
  'crossing',
  'governorate',
  'oblast',
  'kray',
  'republic',
  'kingdom',
  'emirates',
  'territory',
  'territories',
  'capital',
  'north',
  'south',
  'east',
  'west',
  'village',
  'town',
  'neighbourhood',
  'neighborhood',
  'countryside',
  'suburb',
  'suburbs',
]);
/** Connectors allowed inside a name when a capitalised word follows. */
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'della',
  'der',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'da',
  'di',
  'du',
  'for',
  'the',
  'on',
  'des',
  'y',
  'abu',
  'bint',
]);
/** Prepositions that introduce a place: "in Aleppo", "near Raqqa". */
const PLACE_PREPS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'across',
  'around',
  'towards',
  'toward',
  'through',
  'via',
  'inside',
  'throughout',
  'across',
]);
/** Capitalised words that are not names (sentence openers, pronouns, days and months are handled apart). */
const STOP_CAPS = new Set([
  ...SENTENCE_OPENERS,
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Yes',
  'Oh',
  'Please',
  'Thank',
  'Thanks',
  'Today',
  'Tomorrow',
  'Yesterday',
  'Tonight',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Photo',
  'Image',
  'Video',
  'Audio',
  'Read',
  'More',
  'Click',
  'Share',
  'Related',
  'Advertisement',
  'Copyright',
  'Updated',
  'Published',
  'Posted',
  'Breaking',
  'Home',
  'Menu',
  'Search',
  'Skip',
  'Accept',
  'Cookies',
  'Cookie',
  'Subscribe',
  'Sign',
  'Log',
  'Login',
  'Follow',
  'Every',
  'Each',
  'Any',
  'Several',
  'Few',
  'Another',
  'Either',
  'Neither',
  'Whether',
  'Because',
  'Unless',
  'Until',
  'Once',
  'Instead',
  'Thus',
  'Therefore',
  'Moreover',
  'Furthermore',
  'Indeed',
  'Perhaps',
  'Maybe',
  'Only',
  'Just',
  'Again',
  'Already',
  'Always',
  'Never',
  'Often',
  'Sometimes',
  'Well',
  'Like',
  'Unlike',
  'Among',
  'Amid',
  'Against',
  'Over',
  'Between',
  'Within',
  'Without',
  'Through',
  'Into',
  'Onto',
  'Upon',
  'About',
  'Above',
  'Below',
  'Across',
  'Along',
  'Around',
  'Behind',
  'Beyond',
  'Near',
  'Outside',
  'Inside',
  'Following',
  'Including',
  'Regarding',
  'Concerning',
  'Pressed',
  'Hailed',
  'Working',
  'Meanwhile',
  'Elsewhere',
  'Separately',
  'Similarly',
  'Overall',
  'Finally',
  'First',
  'Second',
  'Third',
  'Last',
  'Next',
  'Those',
  'Whose',
  'Which',
  'Whom',
  'Let',
  'Do',
  'Does',
  'Did',
  'Is',
  'Are',
  'Was',
  'Were',
  'Be',
  'Been',
  'Have',
  'Has',
  'Had',
  'Can',
  'Could',
  'Will',
  'Would',
  'Shall',
  'Should',
  'May',
  'Might',
  'Must',
  'Me',
  'Him',
  'Them',
  'Us',
  'Your',
  'Mine',
  'Yours',
  'Ours',
  'Theirs',
  'Hers',
  'Nothing',
  'Everything',
  'Something',
  'Anything',
  'Everyone',
  'Someone',
  'Anyone',
  'Nobody',
  'Somebody',
  'Anybody',
  'Everybody',
  'Very',
  'Much',
  'Many',
  'Less',
  'Least',
]);
const MONTH_DAY = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const HYPHEN_ADJ =
  /^(.+?)-(?:backed|led|based|sponsored|controlled|held|allied|brokered|born|made|owned|run|funded|linked|affiliated|supported|style|era|bound|occupied|dominated)$/i;
const DEMONYM_SUFFIX = /^\p{Lu}\p{L}+(?:ian|ean|ese|ish|ican|ani|i)$/u;
/** Lower-case words that cannot follow a demonym used as an adjective. */
const NOT_AFTER_DEMONYM = new Set([
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'is',
  'was',
  'has',
  'had',
  'said',
  'says',
  'will',
]);

export type EntityRegistry = Pick<ActorRegistry, 'scan'>;

let cachedRegistry: EntityRegistry | null = null;
let registryProblem: string | null = null;

/** The default registry; when it cannot be loaded, an empty one (and the reason is kept). */
export function defaultRegistry(): EntityRegistry {
  if (cachedRegistry) return cachedRegistry;
  try {
    cachedRegistry = loadRegistry();
  } catch (e) {
    registryProblem = (e as Error).message;
    process.stderr.write(
      `annotate: the actor registry could not be loaded (${registryProblem}); entities come from capitalisation cues only\n`,
    );
    cachedRegistry = { scan: () => [] };
  }
  return cachedRegistry;
}

/** Why the default registry is empty, or null when it loaded. */
export function registryStatus(): string | null {
  return registryProblem;
}

interface Cand extends Span {
  type: EntityType;
  /** Higher wins on overlap. */
  weight: number;
}

const lc = (s: string): string => s.toLowerCase().replace(/\.$/, '');
const stripPossessive = (t: Token): number =>
  /['’]s$/.test(t.text) ? t.end - 2 : /s['’]$/.test(t.text) ? t.end - 1 : t.end;

function isWordCap(t: Token): boolean {
  return (/^\p{L}/u.test(t.text) && isCapitalized(t.text)) || NAME_PARTICLE.test(t.text);
}
/** Lower-case particles glued to a capitalised name: "al-Assad", "bin-Laden", "el-Sisi". */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|de|di|da|van|von|le|la|du)-\p{Lu}/u;
const bare = (s: string): string => s.replace(/['’]s?$/, '');
function isAcronym(s: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&.]+$/u.test(s) && s.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

/** A line written in title case ("New Round Of Talks Under Way In Capital"): a headline. */
function isTitleCaseLine(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 4) return false;
  const caps = words.filter((t) => isCapitalized(t.text)).length;
  const smallLower = words
    .filter((t) => !isCapitalized(t.text))
    .every((t) => /^(?:a|an|the|of|in|on|at|to|for|and|or|with|by|from|as|vs?)$/i.test(t.text));
  return caps / words.length >= 0.75 && smallLower && !/[.!?]$/.test(tokens[tokens.length - 1].text);
}

/**
 * Finds entities in `text`. `registry` is injectable (tests pass a small fake); by default the
 * actor registry of src/actors. `model` too: by default the shipped NER model; `null` runs the
 * rules of the first version.
 */
export function findEntities(
  text: string,
  sentences: Span[],
  registry: EntityRegistry = defaultRegistry(),
  model: NerModel | null = defaultNerModel(),
): Entity[] {
  if (!model) return findEntitiesByRules(text, sentences, registry);
  return findEntitiesWithModel(text, sentences, registry, model);
}

let nerWarned = false;

/** The shipped NER model; null (after one warning on stderr) when its weight file cannot be used. */
export function defaultNerModel(): NerModel | null {
  const m = loadNerModel();
  if (!m && !nerWarned) {
    nerWarned = true;
    process.stderr.write(`annotate: ${nerModelStatus()}; entities come from the registry and capitalisation rules\n`);
  }
  return m;
}

/** The model's tokens: `tokenize`, with possessives and "n't" split off (as in the training text). */
export function modelTokens(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text, start, end)) {
    const n = t.text.length;
    let cut = 0;
    if (n > 2 && /\p{L}['’][sS]$/u.test(t.text)) cut = 2;
    else if (n > 2 && /[sS]['’]$/.test(t.text)) cut = 1;
    else if (n > 3 && /\p{L}[nN]['’][tT]$/u.test(t.text)) cut = 3;
    if (cut === 0) {
      out.push(t);
      continue;
    }
    out.push({ start: t.start, end: t.end - cut, text: t.text.slice(0, n - cut) });
    out.push({ start: t.end - cut, end: t.end, text: t.text.slice(n - cut) });
  }
  return out;
}

/** Longest run of tokens given to the model at once (longer "sentences" are cut). */
const MAX_MODEL_SENTENCE = 400;
const GPE_NEXT = /^(?:province|city|region|district|county|governorate|capital|oblast|municipality|prefecture)$/i;
const DEMONYM_FORM = /^\p{Lu}\p{Ll}+(?:ians?|eans?|ese|ish|icans?|anis?|is?)$/u;

function findEntitiesWithModel(text: string, sentences: Span[], registry: EntityRegistry, model: NerModel): Entity[] {
  const hits: GazetteerHit[] = [...registry.scan(text)].sort((x, y) => x.start - y.start || y.end - x.end);
  /** The registry hit of type `type` that covers [start, end) (exactly, with `exact`), if any. */
  const covering = (start: number, end: number, type: EntityType, exact: boolean): GazetteerHit | null => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    // hits do not overlap much: look back over the few that start at or before `start`
    for (let j = lo - 1; j >= 0 && j >= lo - 4; j--) {
      const h = hits[j];
      if (h.type !== type) continue;
      if (exact ? h.start === start && h.end === end : h.start <= start && h.end >= end) return h;
    }
    return null;
  };
  const allTokens = modelTokens(text);
  const pieces: Token[][] = [];
  for (const sent of sentences) {
    const a = tokenIndexAt(allTokens, sent.start);
    const b = tokenIndexAt(allTokens, sent.end);
    for (let i = a; i < b; i += MAX_MODEL_SENTENCE)
      pieces.push(allTokens.slice(i, Math.min(b, i + MAX_MODEL_SENTENCE)));
  }
  const input: NerSentence[] = pieces.map((toks) => ({
    words: toks.map((t) => t.text),
    gaz: gazCodesFromHits(toks, hits),
  }));
  const tagged = model.tagDocument(input);

  const found: Cand[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const toks = pieces[p];
    for (const sp of tagged[p]) {
      const start = toks[sp.start].start;
      let end = toks[sp.end - 1].end;
      let type: EntityType = sp.type;
      // "Norland-backed", "Kurdish-led": the name is the part before the hyphen
      const hy = sp.end - sp.start === 1 ? HYPHEN_ADJ.exec(toks[sp.start].text) : null;
      if (hy && isCapitalized(hy[1])) {
        end = start + hy[1].length;
        const hit = hits.find((h) => h.start === start && h.end === end);
        if (hit)
          type = hit.type; // (rare: one linear search per hyphenated name)
        else if (type === 'LOC' || type === 'MISC') type = DEMONYM_SUFFIX.test(hy[1]) ? 'NORP' : 'GPE';
      } else if (type === 'LOC') {
        const next = toks[sp.end];
        if (covering(start, end, 'GPE', false) || (next && GPE_NEXT.test(next.text))) type = 'GPE';
      } else if (type === 'MISC') {
        if (covering(start, end, 'NORP', true) || (sp.end - sp.start === 1 && DEMONYM_FORM.test(toks[sp.start].text)))
          type = 'NORP';
      }
      if (type === 'ORG') {
        const head = lc(toks[sp.end - 1].text);
        if (MISC_HEADS.has(head)) type = 'MISC';
        else if (LOC_HEADS.has(head)) type = 'LOC';
      }
      if (type === 'PER') {
        const from = personStart(toks, sp.start, sp.end);
        if (from > sp.start) {
          found.push({ start: toks[from].start, end, type, weight: 1 });
          continue;
        }
      }
      found.push({ start, end, type, weight: 1 });
    }
  }

  // merge registry hits (a person's hit loses the titles before the name)
  const out: Cand[] = [];
  const dropped = new Set<Cand>();
  for (const raw of hits) {
    let h = raw;
    if (h.type === 'PER') {
      const ht = modelTokens(text, h.start, h.end);
      const from = ht.length > 1 ? personStart(ht, 0, ht.length) : 0;
      if (from > 0) h = { ...h, start: ht[from].start, text: text.slice(ht[from].start, h.end) };
    }
    // model spans are sorted and disjoint: the overlapping ones are a run found by binary search
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid].end <= h.start) lo = mid + 1;
      else hi = mid;
    }
    const over: Cand[] = [];
    for (let j = lo; j < found.length && found[j].start < h.end; j++) over.push(found[j]);
    if (over.length === 0) {
      out.push({ start: h.start, end: h.end, type: h.type, weight: 2 });
      continue;
    }
    const multiword = /\s/.test(text.slice(h.start, h.end));
    if (multiword && over.every((m) => h.start <= m.start && m.end <= h.end)) {
      for (const m of over) dropped.add(m);
      out.push({ start: h.start, end: h.end, type: h.type, weight: 3 });
    } else if (
      over.length === 1 &&
      over[0].start === h.start &&
      over[0].end === h.end &&
      (h.type === 'PER' || h.type === 'ORG')
    ) {
      // a person or organisation the registry knows by exactly this name keeps the registry's type
      over[0].type = h.type;
    }
  }
  for (const m of found) if (!dropped.has(m)) out.push(m);
  return absorbModifiers(text, select(text, out));
}

/**
 * A one-word demonym or country right before an organisation named by a keyword is part of its
 * name: "Russian" + "Defence Ministry" → "Russian Defence Ministry" (ORG).
 */
function absorbModifiers(text: string, ents: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of ents) {
    const prev = out[out.length - 1];
    if (
      prev &&
      e.type === 'ORG' &&
      (prev.type === 'NORP' || prev.type === 'GPE') &&
      text.slice(prev.end, e.start) === ' ' &&
      !/\s/.test(prev.text) &&
      ORG_WORDS.has(lc(lastWord(e.text)))
    ) {
      out[out.length - 1] = { start: prev.start, end: e.end, text: text.slice(prev.start, e.end), type: 'ORG' };
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * Start of the name in a person span [a, b) of tokens: after the last title word that is followed
 * by a capitalised word ("Secretary of State John Kerry" → "John Kerry", "Mr Kovac" → "Kovac").
 */
function personStart(toks: Token[], a: number, b: number): number {
  let from = a;
  for (let i = a; i < b - 1; i++) {
    const w = lc(toks[i].text);
    // a title word, or a connector inside a title ("Secretary of State")
    if (TITLE_WORDS.has(w) || (i === from && i > a && (w === 'of' || w === 'the'))) from = i + 1;
  }
  // the name must start with a capitalised word
  while (from < b && !isWordCap(toks[from])) from++;
  return from < b ? from : a;
}

/** The first version: gazetteer hits plus capitalised spans typed by cues (no model). */
export function findEntitiesByRules(
  text: string,
  sentences: Span[],
  registry: EntityRegistry = defaultRegistry(),
): Entity[] {
  const hits: GazetteerHit[] = registry.scan(text);
  const lowerWords = new Set<string>();
  const allTokens = tokenize(text);
  for (const t of allTokens) if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.text);

  const cands: Cand[] = hits.map((h) => ({
    start: h.start,
    end: h.end,
    type: h.type,
    weight: 10 + (h.end - h.start) / 1000,
  }));
  const knownPeople = new Map<string, EntityType>(); // surname/last token → PER
  for (const h of hits) if (h.type === 'PER') knownPeople.set(lastWord(text.slice(h.start, h.end)), 'PER');

  for (const sent of sentences) {
    const toks = allTokens.slice(tokenIndexAt(allTokens, sent.start), tokenIndexAt(allTokens, sent.end));
    if (toks.length === 0) continue;
    if (isTitleCaseLine(toks)) continue;
    capitalisedSpans(text, toks, lowerWords, cands, knownPeople, hits);
  }
  return select(text, cands);
}

function lastWord(s: string): string {
  const parts = s.split(/\s+/);
  return parts[parts.length - 1].replace(/['’]s$/, '');
}

function capitalisedSpans(
  text: string,
  toks: Token[],
  lowerWords: Set<string>,
  cands: Cand[],
  knownPeople: Map<string, EntityType>,
  hits: GazetteerHit[],
): void {
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    // "Russia-backed", "Kurdish-led": the name is the part before the hyphen
    const hy = HYPHEN_ADJ.exec(t.text);
    if (hy && isCapitalized(hy[1])) {
      const end = t.start + hy[1].length;
      cands.push({ start: t.start, end, type: DEMONYM_SUFFIX.test(hy[1]) ? 'NORP' : 'GPE', weight: 1 });
      i++;
      continue;
    }
    if (!isWordCap(t) || !startable(t, toks, i, lowerWords)) {
      i++;
      continue;
    }
    // grow the run
    let j = i;
    let end = i;
    let sawOrgWord = ORG_WORDS.has(lc(t.text)) || PLACE_WORDS.has(lc(t.text));
    while (j + 1 < toks.length) {
      const n = toks[j + 1];
      if (/['’]s$|s['’]$/.test(toks[j].text)) break; // possessive ends the name
      if (isWordCap(n) && !STOP_CAPS.has(bare(n.text)) && !MONTH_DAY.has(lc(bare(n.text)))) {
        j++;
        end = j;
        if (ORG_WORDS.has(lc(n.text)) || PLACE_WORDS.has(lc(n.text))) sawOrgWord = true;
        continue;
      }
      // connectors inside names: "Bank of England", "Organisation for the Prohibition", "bin Salman"
      const w = n.text.toLowerCase();
      if (CONNECTORS.has(w) && n.text === w) {
        let k = j + 2;
        if (w === 'for' || w === 'of' || w === 'on') {
          if (toks[k]?.text === 'the') k++;
          // "Bank of England", and titles: "Secretary of State John Kerry"
          if (!sawOrgWord && !TITLE_WORDS.has(lc(toks[j].text))) break;
        }
        if (w === 'the') {
          if (!sawOrgWord) break;
        }
        const after = toks[k];
        if (after && isWordCap(after) && !STOP_CAPS.has(after.text)) {
          j = k;
          end = k;
          if (ORG_WORDS.has(lc(after.text)) || PLACE_WORDS.has(lc(after.text))) sawOrgWord = true;
          continue;
        }
      }
      break;
    }
    emitSpan(text, toks, i, end, cands, knownPeople, hits);
    i = end + 1;
  }
}

/** May token i start a name? Sentence-initial common words and stop words may not. */
function startable(t: Token, toks: Token[], i: number, lowerWords: Set<string>): boolean {
  if (NAME_PARTICLE.test(t.text) && i > 0 && isCapitalized(toks[i - 1].text)) return false;
  // contractions ("We've") and single letters ("(L)") are not names
  if (/['’](?:ve|re|ll|d|m|t)$/i.test(t.text) || /^\p{Lu}$/u.test(t.text)) return false;
  if (STOP_CAPS.has(bare(t.text)) || MONTH_DAY.has(lc(bare(t.text)))) return false;
  const initial = i === 0 || /^["“‘'([—–-]$/.test(toks[i - 1].text) || /^[.!?:]$/.test(toks[i - 1].text);
  if (initial && !isAcronym(t.text) && lowerWords.has(t.text.toLowerCase()) && !isWordCap(toks[i + 1] ?? t))
    return false;
  if (initial && lowerWords.has(t.text.toLowerCase()) && toks[i + 1] && !isWordCap(toks[i + 1])) return false;
  // a sentence-initial plural noun before a lower-case word ("Troops loyal to …", "Delegates gathered")
  if (initial && toks[i + 1] && /^\p{Ll}/u.test(toks[i + 1].text) && /[^sui]s$/.test(t.text) && !isAcronym(t.text))
    return false;
  // a sentence-initial common noun/adverb on its own ("Confirmation that …", "Reportedly, …")
  if (
    initial &&
    !isWordCap(toks[i + 1] ?? t) &&
    /(?:tion|sion|ment|ness|ity|ing|ed|ly|ance|ence|ship|ism|ure)$/.test(t.text)
  )
    return false;
  return true;
}

function emitSpan(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  cands: Cand[],
  knownPeople: Map<string, EntityType>,
  hits: GazetteerHit[],
  beforeTitle = false,
): void {
  let titled = false;
  // a block of title words inside the run ("US Secretary of State John Kerry", "Turkish Foreign
  // Minister Mevlut Cavusoglu"): the part before it is emitted on its own, the part after it is a person
  if (!ORG_WORDS.has(lc(toks[b].text))) {
    for (let f = a; f <= b; f++) {
      if (!TITLE_WORDS.has(lc(toks[f].text))) continue;
      let g = f;
      let person = PERSON_TITLES.has(lc(toks[f].text));
      while (g + 1 <= b && (TITLE_WORDS.has(lc(toks[g + 1].text)) || /^(?:of|the|for)$/.test(toks[g + 1].text))) {
        g++;
        if (PERSON_TITLES.has(lc(toks[g].text))) person = true;
      }
      if (!person || g >= b) {
        if (person && g >= b) {
          // the run ends with the title: emit what came before it
          if (f > a) emitSpan(text, toks, a, f - 1, cands, knownPeople, hits, true);
          return;
        }
        f = g;
        continue;
      }
      if (f > a) emitSpan(text, toks, a, f - 1, cands, knownPeople, hits, true);
      a = g + 1;
      titled = true;
      break;
    }
  }
  if (a > b) return;
  // strip trailing connectors
  while (b > a && /^\p{Ll}/u.test(toks[b].text) && !NAME_PARTICLE.test(toks[b].text)) b--;
  const start = toks[a].start;
  const end = stripPossessive(toks[b]);
  if (end <= start) return;
  const words = toks.slice(a, b + 1).map((t) => lc(t.text.replace(/['’]s$/, '')));
  const head = words[words.length - 1];
  const prev = a > 0 ? toks[a - 1] : null;
  const prevLower = prev ? prev.text.toLowerCase() : '';
  const next = toks[b + 1];
  const nextLower = next ? next.text.toLowerCase() : '';

  // title cue also when the title is lower case or precedes the run: "spokeswoman Elizabeth Trudeau"
  if (!titled && prev && TITLE_WORDS.has(prevLower.replace(/\.$/, '')) && !PLACE_PREPS.has(prevLower)) titled = true;

  let type: EntityType;
  let weight = 1;
  const gazInside = hits.filter((h) => h.start >= start && h.end <= end);
  const orgInside = words.slice(0, -1).some((w) => ORG_WORDS.has(w) && !MISC_HEADS.has(w) && !LOC_HEADS.has(w));
  if ((ORG_WORDS.has(head) || orgInside) && !titled) {
    type = !ORG_WORDS.has(head) ? 'ORG' : MISC_HEADS.has(head) ? 'MISC' : LOC_HEADS.has(head) ? 'LOC' : 'ORG';
    // "Russian Defence Ministry": one ORG covering the demonym the gazetteer found
    if (gazInside.length && !gazInside.some((h) => h.start === start && h.end === end))
      weight = 11 + (end - start) / 1000;
  } else if (titled) {
    type = 'PER';
  } else if (PLACE_WORDS.has(head) && words.length > 1) {
    type = 'LOC';
  } else if (words.length === 1 && isAcronym(toks[a].text)) {
    // "US Secretary", "UN envoy": an acronym before a title is usually a country or body
    type = 'ORG';
  } else if (knownPeople.has(toks[b].text.replace(/['’]s$/, '')) && words.length <= 3) {
    type = 'PER';
  } else if (words.length === 1 && DEMONYM_SUFFIX.test(toks[a].text) && beforeTitle) {
    type = 'NORP';
  } else if (
    words.length === 1 &&
    DEMONYM_SUFFIX.test(toks[a].text) &&
    next &&
    /^\p{Ll}/u.test(next.text) &&
    !NOT_AFTER_DEMONYM.has(nextLower) &&
    !PLACE_PREPS.has(prevLower)
  ) {
    type = 'NORP';
  } else if (
    PLACE_PREPS.has(prevLower) ||
    /^(?:province|city|region|district|county|governorate|capital|area|countryside)$/.test(nextLower)
  ) {
    type = /^(?:province|city|region|district|county|governorate|capital)$/.test(nextLower) ? 'GPE' : 'LOC';
  } else if (
    words.length >= 2 &&
    words.length <= 3 &&
    toks.slice(a, b + 1).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text))
  ) {
    // two or three plain capitalised words followed by a speech verb or apposition: a person
    type = /^(?:said|says|told|added|who|,)$/.test(nextLower) ? 'PER' : 'MISC';
  } else {
    type = 'MISC';
  }
  if (type === 'PER') knownPeople.set(toks[b].text.replace(/['’]s$/, ''), 'PER');
  cands.push({ start, end, type, weight });
  void text;
}

/** Highest weight first, then longest; drops overlaps; returns sorted by start. */
function select(text: string, cands: Cand[]): Entity[] {
  const sorted = [...cands].sort(
    (x, y) => y.weight - x.weight || y.end - y.start - (x.end - x.start) || x.start - y.start,
  );
  const kept: Cand[] = [];
  // interval check against kept spans (kept stays small per document; sorted insert keeps it linear-ish)
  const starts: number[] = [];
  for (const c of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
    starts.splice(lo, 0, c.start);
  }
  const out: Entity[] = kept.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
  }));
  return harmonise(out);
}

/**
 * One name, one type within a document: a MISC span whose text was typed elsewhere (or is the
 * surname of a person named elsewhere: "Kerry" after "John Kerry") takes that type.
 */
function harmonise(ents: Entity[]): Entity[] {
  const typed = new Map<string, EntityType>();
  for (const e of ents) {
    if (e.type === 'MISC') continue;
    if (!typed.has(e.text)) typed.set(e.text, e.type);
    if (e.type === 'PER') {
      const parts = e.text.split(/\s+/);
      if (parts.length > 1 && !typed.has(parts[parts.length - 1])) typed.set(parts[parts.length - 1], 'PER');
    }
  }
  for (const e of ents) if (e.type === 'MISC' && typed.has(e.text)) e.type = typed.get(e.text) as EntityType;
  return ents;
}
