/**
 * Reader for PETRARCH-format verb dictionaries (CAMEO.2.0.txt and the PETRARCH unit-test
 * verb file) and the compiled form the coder uses.
 *
 * File format (PETRARCH 1.0 / 2.0, see the header of CAMEO.2.0.txt):
 *   &SYNSET            a synonym set; following `+WORD` lines are its members until a blank line.
 *                      `_` joins words of one phrase; a trailing `_` means "this exact word".
 *   ---  NAME [code] ---   a verb block; `[---]` = no default code.
 *   VERB {FORMS} [code]    a verb of the block; braces list its (irregular) forms, otherwise the
 *                          regular -S/-ED/-ING forms are generated; `+A_B` is a multi-word verb.
 *   - PRE * POST [code]    a pattern: `*` the verb, `$` source, `+` target, `%` compound actor,
 *                          `^` skip words, `(...)` a prepositional phrase, `{A B}` a phrase,
 *                          `&SYN` any member of a synonym set, `A/B` alternatives.
 *                          Codes `[a:b]`: `a` for source→target (`b` is the reciprocal); `[:b]` only
 *                          codes the reverse direction; `[---]` blocks coding.
 * Everything is upper-case in the files; the compiled dictionary is lower-case.
 */

/** A pattern element after compilation. */
export type PatternElement =
  /** one word; `alts` are alternatives (`BY/WITH`), `exact[i]` forbids suffixes. */
  | { t: 'w'; alts: string[]; exact: boolean[] }
  /** any member of a synonym set (name without `&`, lower-case) */
  | { t: 'syn'; name: string }
  /** consecutive elements (`{A B}` or `A_B`) */
  | { t: 'phrase'; els: PatternElement[] }
  | { t: 'src' }
  | { t: 'tgt' }
  | { t: 'cmp' }
  | { t: 'skip' };

export interface VerbPattern {
  /** Elements before the verb, in text order. */
  pre: PatternElement[];
  /** Elements after the verb, in text order. */
  post: PatternElement[];
  /** CAMEO code source→target, or null when the pattern blocks coding (`---`) or is reverse-only. */
  code: string | null;
  /** Reciprocal / reverse code (`[a:b]`), when given. */
  code2: string | null;
  /** Pattern text as written (for `rule`). */
  text: string;
  /** Number of literal elements: longer patterns win. */
  weight: number;
  /** The last element before the verb is joined to it (`A_*`): no word may come between. */
  preAdjacent?: boolean;
  /** The first element after the verb is joined to it (`*_A`). */
  postAdjacent?: boolean;
  /**
   * The verbs a pattern made only of particles ("* (FOR)") was written for, from its `# VERB`
   * comment: "headed for" is a visit, "ruled for" is not, though CAMEO.2.0 keeps both verbs in
   * one block. Unset: the pattern fits every verb of its block.
   */
  verbs?: string[];
  /** The verbs its `# VERB` comment names (stems), whatever its elements. */
  writtenFor?: string[];
}

/** Words that carry no meaning of their own in a pattern: a pattern of only these is verb-specific. */
const PARTICLES = new Set(
  'about across after against along among around as at away back before behind between by down for from in into of off on onto out over through to toward towards under up upon with within without'.split(
    ' ',
  ),
);

function onlyParticles(els: PatternElement[]): boolean {
  return els.every((e) =>
    e.t === 'w' ? e.alts.every((a) => PARTICLES.has(a)) : e.t === 'phrase' ? onlyParticles(e.els) : e.t !== 'syn',
  );
}

/** A verb reduced to a crude stem for comparing a pattern's `# VERB` comment with a lemma. */
export function verbStem(v: string): string {
  return v
    .toLowerCase()
    .replace(/[+]/g, '')
    .split(/[_\s]+/)[0]
    .replace(/(ing|ed|es|s|e)$/, '');
}

export interface VerbBlock {
  name: string;
  /** Dictionary file the block comes from (short name, for `rule`). */
  origin: string;
  code: string | null;
  /** Reciprocal code of the block's default (`[a:b]`): target → source. */
  code2?: string | null;
  patterns: VerbPattern[];
}

export interface VerbForm {
  /** Lemma as written in the dictionary (upper-case, `_` for multi-word). */
  lemma: string;
  /** Index into `blocks`. */
  block: number;
  /** The verb's own code (overrides the block's), or null to use the block's. */
  code: string | null;
  /** The verb's own reciprocal code (`[a:b]`), when given. */
  code2?: string | null;
  /** True for past/participle forms (`-ED`, irregular past), used to spot passives. */
  past: boolean;
  /** True for `-ING` forms. */
  ing: boolean;
  /** Marked `[---]` on its own line ("HOLD [---]" in a block of detention): no code without a pattern. */
  uncoded?: boolean;
}

export interface VerbDictionary {
  /** Where it came from (file names), for provenance. */
  source: string;
  /** Synonym sets: name (lower-case, no `&`) → phrases (each a list of words; `_` suffix = exact). */
  synsets: Record<string, string[][]>;
  blocks: VerbBlock[];
  /** Key: lower-case words joined by one space ("met", "ask for") → forms. */
  forms: Record<string, VerbForm[]>;
  /** Longest number of words in a form key. */
  maxFormWords: number;
}

const CODE_RE = /\[([^\]]*)\]/;

function parseCode(raw: string | undefined): { code: string | null; code2: string | null; reverseOnly: boolean } {
  if (raw === undefined) return { code: null, code2: null, reverseOnly: false };
  const s = raw.trim();
  if (s === '' || s.startsWith('-')) return { code: null, code2: null, reverseOnly: false };
  const [a, b] = s.split(':').map((x) => x.trim());
  // CAMEO codes are 2–4 digits; PETRARCH dictionaries may add a letter to a sub-code ("174K")
  const ok = (x: string | undefined) => (x && /^\d{2,4}[A-Za-z]?$/.test(x) ? x : null);
  return { code: ok(a), code2: ok(b), reverseOnly: !ok(a) && !!ok(b) };
}

/** Regular verb forms as PETRARCH generates them: -S, -ED, -ING. */
export function regularForms(base: string): { s: string; ed: string; ing: string } {
  const b = base.toUpperCase();
  const vowel = (c: string | undefined) => !!c && 'AEIOU'.includes(c);
  let s: string;
  if (b.endsWith('Y') && !vowel(b[b.length - 2])) s = b.slice(0, -1) + 'IES';
  else if (/(S|X|Z|CH|SH)$/.test(b)) s = b + 'ES';
  else s = b + 'S';
  let ed: string;
  if (b.endsWith('E')) ed = b + 'D';
  else if (b.endsWith('Y') && !vowel(b[b.length - 2])) ed = b.slice(0, -1) + 'IED';
  else ed = b + 'ED';
  let ing: string;
  if (b.endsWith('E') && !b.endsWith('EE')) ing = b.slice(0, -1) + 'ING';
  else ing = b + 'ING';
  return { s, ed, ing };
}

/** Splits "A B_C" into words, keeping a trailing `_` as the exact marker. */
function phraseWords(s: string): string[] {
  // "+" marks the verb word of a phrase ("WIRE_+TAP"): the words are matched as they stand
  return s
    .replace(/\+/g, '')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function wordElement(raw: string): PatternElement {
  // raw may be "A_B" (phrase), "BY/WITH" (alternatives), "WORD_" (exact)
  const core = raw.replace(/_+$/, '');
  const exactEnd = raw.endsWith('_');
  if (core.includes('_')) {
    const parts = core.split('_').filter(Boolean);
    return {
      t: 'phrase',
      els: parts.map((p, i) => wordElement(i === parts.length - 1 && exactEnd ? p + '_' : p)),
    };
  }
  if (core.startsWith('&')) return { t: 'syn', name: core.slice(1).toLowerCase() };
  const alts = core.split('/').filter(Boolean);
  return { t: 'w', alts: alts.map((a) => a.toLowerCase()), exact: alts.map(() => exactEnd) };
}

/** Compiles the element list of one side of a pattern. */
function compileSide(tokens: string[]): PatternElement[] {
  const out: PatternElement[] = [];
  let phrase: PatternElement[] | null = null;
  for (let tok of tokens) {
    // braces may stick to words: "{ARMS" "SHIPMENT}"
    const opens = tok.startsWith('{');
    const closes = tok.endsWith('}');
    tok = tok.replace(/[{}()]/g, '');
    if (opens) phrase = [];
    if (tok) {
      let el: PatternElement | null;
      if (tok === '$') el = { t: 'src' };
      else if (tok === '+') el = { t: 'tgt' };
      else if (tok === '%') el = { t: 'cmp' };
      else if (tok === '^') el = { t: 'skip' };
      else el = wordElement(tok);
      (phrase ?? out).push(el);
    }
    if (closes && phrase) {
      out.push(phrase.length === 1 ? phrase[0] : { t: 'phrase', els: phrase });
      phrase = null;
    }
  }
  if (phrase) out.push({ t: 'phrase', els: phrase });
  return out;
}

function literalWeight(els: PatternElement[]): number {
  let n = 0;
  for (const e of els) {
    if (e.t === 'phrase') n += literalWeight(e.els);
    else if (e.t === 'w' || e.t === 'syn') n += 1;
    else if (e.t === 'tgt' || e.t === 'src' || e.t === 'cmp') n += 0.5;
  }
  return n;
}

/** Parses one pattern line ("- * (WITH) + [046]  # TALK"); null when it has no usable code. */
export function parsePattern(line: string): VerbPattern | null {
  const noComment = line.replace(/#.*$/, '');
  const m = CODE_RE.exec(noComment);
  const { code, code2, reverseOnly } = parseCode(m?.[1]);
  const body = (m ? noComment.slice(0, m.index) : noComment).replace(/^\s*-\s*/, '').trim();
  const toks = body.split(/\s+/).filter(Boolean);
  // the verb may be joined to its neighbours ("RECENTLY_*", "*_UP", "WOULD_*_TALKS"): those words
  // must then be right next to it
  const si = toks.findIndex((t) => t === '*' || /(^|_)\*(_|$)/.test(t));
  if (si < 0) return null;
  const [left, right] = toks[si].split('*');
  const preToks = toks.slice(0, si);
  const postToks = toks.slice(si + 1);
  if (left) preToks.push(left.replace(/_+$/, ''));
  if (right) postToks.unshift(right.replace(/^_+/, ''));
  const pre = compileSide(preToks.filter(Boolean));
  const post = compileSide(postToks.filter(Boolean));
  if (reverseOnly) return null; // codes only the reverse direction; no source→target event
  // a code that is neither a CAMEO code nor a block ("[+++]", "[xxy]"): the pattern is unusable
  if (m && !code && !/^\s*-/.test(m[1]) && m[1].trim() !== '') return null;
  const pat: VerbPattern = { pre, post, code, code2, text: body.replace(/\s+/g, ' '), weight: 0 };
  if (left) pat.preAdjacent = true;
  if (right) pat.postAdjacent = true;
  pat.weight = literalWeight(pre) + literalWeight(post);
  const comment = /#\s*([A-Z][A-Z_+ ,]*)\s*$/.exec(line);
  if (comment) {
    const named = [
      ...new Set(
        comment[1]
          .split(/\s*,\s*/)
          .filter(Boolean)
          .map(verbStem),
      ),
    ];
    pat.writtenFor = named;
    if (pre.length + post.length > 0 && onlyParticles([...pre, ...post])) pat.verbs = named;
  }
  return pat;
}

function addForm(dict: VerbDictionary, words: string[], form: VerbForm): void {
  const key = words.join(' ');
  if (!key) return;
  const list = (dict.forms[key] ??= []);
  if (!list.some((f) => f.block === form.block && f.lemma === form.lemma)) list.push(form);
  if (words.length > dict.maxFormWords) dict.maxFormWords = words.length;
}

/** Parses a verb line ("MEET {MEETS MET MEETING} [040]", "+ASK_FOR {+ASKED_FOR ...} [020]"). */
function parseVerbLine(dict: VerbDictionary, line: string, block: number): void {
  const noComment = line.replace(/#.*$/, '').trim();
  if (!noComment) return;
  const m = CODE_RE.exec(noComment);
  const { code, code2 } = parseCode(m?.[1]);
  const withoutCode = m ? noComment.slice(0, m.index) + noComment.slice(m.index + m[0].length) : noComment;
  const brace = /\{([^}]*)\}/.exec(withoutCode);
  const head = (brace ? withoutCode.slice(0, brace.index) : withoutCode).trim();
  if (!head || /[<>]/.test(head)) return;
  const lemma = head.replace(/\+/g, '').replace(/\s+/g, '_');
  const words = phraseWords(head).map((w) => w.replace(/_$/, ''));
  if (words.length === 0) return;
  // the verb word of a phrase is the one marked "+" ("WIRE_+TAP" → TAP), else the first
  const vi = Math.max(0, verbIndex(head));
  const verb = words[vi] ?? words[0];
  // a head that already is a participle ("+KILLED_AND", "+SHOT_DOWN") keeps that shape
  const headPast =
    /ed$/.test(verb) ||
    /^(shot|shown|taken|given|held|hit|struck|thrown|made|sent|set|put|cut|beaten|seen|known|done|brought|caught)$/.test(
      verb,
    );
  // an explicit "[---]" on the verb's line withholds the block's code from it
  const c2 = { ...(code2 ? { code2 } : {}), ...(m && /^\s*-/.test(m[1] ?? '') ? { uncoded: true } : {}) };
  addForm(dict, words, { lemma, block, code, ...c2, past: headPast, ing: /ing$/.test(verb) && verb.length > 5 });
  if (brace) {
    // (forms are space-separated; a few CAMEO.2.0 lines also put commas between them)
    for (const f of brace[1].split(/[\s,]+/).filter(Boolean)) {
      const fw = phraseWords(f);
      const fv = fw[Math.max(0, verbIndex(f))] ?? fw[0] ?? '';
      const ing = fv.endsWith('ing');
      const s = fv === verb + 's' || fv === verb + 'es' || fv.endsWith('ies');
      addForm(dict, fw, { lemma, block, code, ...c2, past: !ing && !s, ing });
    }
  } else {
    const r = regularForms(verb);
    const at = (w: string) => [...words.slice(0, vi), w.toLowerCase(), ...words.slice(vi + 1)];
    addForm(dict, at(r.s), { lemma, block, code, ...c2, past: false, ing: false });
    addForm(dict, at(r.ed), { lemma, block, code, ...c2, past: true, ing: false });
    addForm(dict, at(r.ing), { lemma, block, code, ...c2, past: false, ing: true });
    // PETRARCH does not double a final consonant ("REGRETED"): a verb ending in one vowel and one
    // consonant gets the doubled forms too ("regretted", "banned"; "targetted" is harmless)
    const doubled = doubledStem(verb);
    if (doubled) {
      if (!UNCHANGED_PAST.has(verb.toUpperCase()))
        addForm(dict, at(doubled + 'ED'), { lemma, block, code, ...c2, past: true, ing: false });
      addForm(dict, at(doubled + 'ING'), { lemma, block, code, ...c2, past: false, ing: true });
    }
  }
}

/** Verbs whose past is the base form ("hit", not "hitted"). */
const UNCHANGED_PAST = new Set('HIT CUT SET SHUT PUT LET QUIT UPSET SPLIT BET BID RID SHED SPREAD'.split(' '));

/** Verbs of two or more syllables stressed on the last, which double it ("regretted", "expelled"). */
const STRESSED_FINAL = new Set(
  (
    'REGRET COMMIT ADMIT SUBMIT PERMIT OMIT TRANSMIT EMIT REMIT ACQUIT ABET OCCUR INCUR RECUR DETER REFER ' +
    'PREFER CONFER DEFER INFER TRANSFER EQUIP REBUT OUTBID FORBID UPSET EMBED ALLOT BEFIT OUTWIT'
  ).split(' '),
);

/**
 * "REGRET" → "REGRETT", "BAN" → "BANN", "TRAVEL" → "TRAVELL" (British): the stem of the doubled
 * -ED/-ING forms, or null. One syllable, or a stressed last one, ending in one vowel and one consonant.
 */
export function doubledStem(base: string): string | null {
  const b = base.toUpperCase();
  if (!/(?:^|[^AEIOU])[AEIOU][BDGKLMNPRST]$/.test(b)) return null;
  const syllables = (b.match(/[AEIOU]+/g) ?? []).length;
  return syllables === 1 || STRESSED_FINAL.has(b) || b.endsWith('L') ? b + b[b.length - 1] : null;
}

/** Index of the "+"-marked word of a multi-word verb ("WIRE_+TAP" → 1), -1 when unmarked. */
function verbIndex(phrase: string): number {
  return phrase
    .split(/[\s_]+/)
    .filter((w) => w.replace(/\+/g, ''))
    .findIndex((w) => w.startsWith('+'));
}

/**
 * Parses the text of one or more PETRARCH verb dictionaries into a `VerbDictionary`.
 * Later texts add blocks, verbs and synonyms to earlier ones (used for our curated additions).
 */
export function parseVerbDictionary(texts: { name: string; text: string }[]): VerbDictionary {
  const dict: VerbDictionary = {
    source: texts.map((t) => t.name).join(' + '),
    synsets: {},
    blocks: [],
    forms: {},
    maxFormWords: 1,
  };
  for (const { name, text } of texts) {
    const origin = name.replace(/^.*\//, '').replace(/\.txt$/, '');
    let syn: string | null = null;
    let block = -1;
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.replace(/<!--.*?-->/g, '');
      const trimmed = line.trim();
      if (!trimmed) {
        syn = null;
        continue;
      }
      if (trimmed.startsWith('#') || trimmed.startsWith('<')) continue;
      if (trimmed.startsWith('&')) {
        syn = trimmed.split(/[\s#]/)[0].slice(1).replace(/_$/, '').toLowerCase();
        dict.synsets[syn] ??= [];
        block = -1;
        continue;
      }
      if (syn !== null && trimmed.startsWith('+')) {
        const member = trimmed.replace(/#.*$/, '').trim();
        const words = member
          .slice(1)
          .split(/[\s_]+/)
          .filter(Boolean)
          .map((w) => w.toLowerCase());
        if (member.endsWith('_') && words.length) words[words.length - 1] += '_';
        if (words.length) dict.synsets[syn].push(words);
        continue;
      }
      const header = /^-{3}\s+(\S+)\s+(\[[^\]]*\])?\s*-{3}/.exec(trimmed);
      if (header) {
        syn = null;
        const { code, code2 } = parseCode(header[2]?.slice(1, -1));
        dict.blocks.push({ name: header[1], origin, code, ...(code2 ? { code2 } : {}), patterns: [] });
        block = dict.blocks.length - 1;
        continue;
      }
      if (block < 0) continue;
      if (trimmed.startsWith('-')) {
        const p = parsePattern(trimmed);
        if (p) dict.blocks[block].patterns.push(p);
        continue;
      }
      parseVerbLine(dict, trimmed, block);
    }
  }
  // Longer patterns first: the coder takes the first best match.
  for (const b of dict.blocks) b.patterns.sort((a, c) => c.weight - a.weight);
  return dict;
}
