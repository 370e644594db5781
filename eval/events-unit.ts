/**
 * PETRARCH unit-test records (../shared/data/dev/petrarch-unit): each record is coded with ITS
 * OWN dictionaries (PETR.Validate.verbs/actors/agents/discards) through the same `Coder` the
 * pipeline uses, on the plain sentence text (the records' parse trees are ignored: real input has
 * none), with the coder's `petrarch` option (PETRARCH's conventions: targets from any prepositional
 * object, literal pattern words, compounds coded in both directions).
 *
 * PETRARCH conventions followed here, outside the coder: agents compose with actors into codes
 * (ARN + ~COP → ARNCOP, NGO~ + ARN → NGOARN, coordinated agents distribute over coordinated
 * actors), an agent alone codes as ---AGENT, an actor with several codes ("FRO/BIL/SAM") codes an
 * event for each, date-restricted codes take the record's date, underscores join the words of a
 * name ("Dol_Amroth"), and a discard phrase leaves its sentence uncoded.
 *
 * Metric: fraction of gold codings (source, target, event code) produced exactly; the records
 * with every gold coding and nothing else; spurious codings. `noevents` and discard records count
 * as right when nothing is coded. Records whose gold is `error="bad_input_parse"` test PETRARCH's
 * reaction to a malformed parse tree, which this coder never reads: they are not scored.
 *
 * Run: npx tsx eval/events-unit.ts [--verbose]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Coder, type CoderMention } from '../src/events/coder.js';
import { parseVerbDictionary } from '../src/events/verbdict.js';
import { wordTokens } from '../src/events/tokens.js';
import { parseDiscards } from '../src/events/discards.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(repoRoot, '../shared/data/dev/petrarch-unit');

interface Entry {
  words: string[];
  /** Last word may take suffixes (no trailing `_` in the dictionary). */
  prefix: boolean;
  /** Codes with optional validity: PETRARCH `[CODE <D]`, `[CODE >D]`, `[CODE D1-D2]`. */
  codes: { code: string; from?: number; to?: number }[];
  /** Agents: `~GOV` attaches after the country code, `NGO~` before it. */
  before?: boolean;
}

/** PETRARCH dates: YYMMDD (two-digit years: ≥ 30 → 19xx) or YYYYMMDD → YYYYMMDD number. */
function petrDate(d: string): number {
  const s = d.trim();
  if (s.length === 6) {
    const yy = Number(s.slice(0, 2));
    return (yy >= 30 ? 19000000 : 20000000) + Number(s);
  }
  return Number(s);
}

function parseCodeBlock(block: string): { code: string; from?: number; to?: number; before?: boolean } | null {
  const body = block.trim();
  const m = /^(\S+)\s*(.*)$/.exec(body);
  if (!m) return null;
  let code = m[1];
  const before = code.endsWith('~') && !code.startsWith('~');
  code = code.replace(/~/g, '').toUpperCase();
  if (!code || code.startsWith('-')) return null;
  const rest = m[2].trim();
  const out: { code: string; from?: number; to?: number; before?: boolean } = { code, before };
  let r: RegExpExecArray | null;
  if ((r = /^<\s*(\d+)/.exec(rest))) out.to = petrDate(r[1]);
  else if ((r = /^>\s*(\d+)/.exec(rest))) out.from = petrDate(r[1]);
  else if ((r = /^(\d+)\s*-\s*(\d+)/.exec(rest))) {
    out.from = petrDate(r[1]);
    out.to = petrDate(r[2]);
  }
  return out;
}

/** English plural as PETRARCH generates it for agents: "authority" → "authorities", "press" → "presses". */
function plural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  if (/man$/.test(w)) return w.slice(0, -3) + 'men';
  return w + 's';
}

/** Reads a PETRARCH actor or agent file: names, "+ALIAS" lines, indented date-restricted code lines. */
export function readActorLike(text: string, agents: boolean): Entry[] {
  const out: Entry[] = [];
  const subst: Record<string, string[]> = {};
  let current: Entry[] = []; // entries sharing the code lines that follow
  for (const raw of text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<![^>]*>/g, '')
    .split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const sub = /^!(\w+)!\s*=\s*(.*)$/.exec(line);
    if (sub) {
      subst[sub[1]] = sub[2].split(',').map((x) => x.trim().toLowerCase());
      continue;
    }
    if (line.startsWith('[')) {
      // a code line for the current name(s)
      const c = parseCodeBlock(line.slice(1, line.indexOf(']') > 0 ? line.indexOf(']') : undefined));
      if (c) for (const e of current) e.codes.push(c);
      continue;
    }
    const m = /^(\+?)([^[{]+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$/.exec(line);
    if (!m) continue;
    const alias = m[1] === '+';
    const c = m[4] ? parseCodeBlock(m[4].slice(1, -1)) : null;
    if (m[4] && !c) {
      current = [];
      continue; // [---]: a discard
    }
    // agents: plurals are generated ("officials") unless braces list them or are empty ("POLICE {}")
    const names = [m[2]];
    if (agents && m[3]) names.push(...m[3].slice(1, -1).split(/\s+/).filter(Boolean));
    const pluralise = agents && !m[3];
    const made: Entry[] = [];
    for (let name of names) {
      name = name.replace(/^\+/, '');
      const variants: string[] = [name];
      const bang = /!(\w+)!/.exec(name);
      if (bang && subst[bang[1]]) variants.splice(0, 1, ...subst[bang[1]].map((x) => name.replace(bang[0], x)));
      for (const v of variants) {
        const prefix = !v.endsWith('_');
        const words = v
          .toLowerCase()
          .split(/[\s_]+/)
          .filter(Boolean);
        if (!words.length) continue;
        made.push({ words, prefix: prefix && !agents, codes: [], before: c?.before });
        if (pluralise)
          made.push({
            words: [...words.slice(0, -1), plural(words[words.length - 1])],
            prefix: false,
            codes: [],
            before: c?.before,
          });
      }
    }
    if (alias && current.length) {
      // an alias shares the codes of the entry it follows
      for (const e of made) e.codes = current[0].codes;
      current.push(...made);
    } else {
      if (c) for (const e of made) e.codes.push(c);
      current = made;
    }
    out.push(...made);
  }
  return out.filter((e) => e.codes.length > 0 || current.includes(e));
}

function codeAt(e: Entry, date: number): string | null {
  let fallback: string | null = null;
  for (const c of e.codes) {
    if (c.from === undefined && c.to === undefined) {
      fallback ??= c.code;
      continue;
    }
    if ((c.from === undefined || date >= c.from) && (c.to === undefined || date <= c.to)) return c.code;
  }
  return fallback;
}

/**
 * Composes an actor code with an agent code ("ARN" + "~COP" → ARNCOP, "NGO~" → NGOARN). An agent the
 * actor code already holds in one of its 3-letter slots is redundant ("USAGOV" + GOV → USAGOV), but
 * only on slot boundaries: "GMWGOV" + WGO → GMWGOVWGO.
 */
function compose(actor: string, agent: string, before: boolean | undefined): string {
  for (let i = 0; i + agent.length <= actor.length; i += 3)
    if (actor.slice(i, i + agent.length) === agent) return actor;
  return before ? agent + actor : actor + agent;
}

interface Hit {
  start: number;
  end: number;
  code: string;
  agent: boolean;
  before?: boolean;
}

/** Glue between an actor and an agent of the same noun phrase: "Arnor's", "Bree [senior] official". */
const NP_GLUE = /^\s*(?:['’]s\s*)?(?:[\w-]+\s+){0,2}$/;
/** After a possessive, a few modifiers may be coordinated: "Ithilen's awful and evil minister". */
const POSS_GLUE = /^['’]s\s+(?:[\w-]+\s+){0,4}$/;
const CONJ_GLUE = /^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?$/i;
const LIST_GLUE = /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/i;
const OF_GLUE = /^\s+(?:of|from|in)\s+(?:the\s+)?$/i;
const FUNCTION_WORD =
  /^(and|or|nor|but|of|in|on|at|to|for|from|with|by|about|against|into|over|after|before|during|since|until|that|who|which|whose|is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|not|also|said|says)$/;
const BLOCKS_NP =
  /\b(and|or|to|with|of|in|for|by|from|on|at|that|who|which|is|are|was|were|has|have|had|will|would)\b/i;

/**
 * Longest-match scan for actors and agents, composed into PETRARCH codes, one mention per noun
 * phrase: "Arnorian police" → ARNCOP, "An MSF Arnor diplomat" → NGOARNGOV, "Danish media and
 * government" → DNKMED/DNKGOV (a "/" separates the codes of a phrase that names several actors),
 * "lawmakers and officials in Fornost and Gondor" → FORLEG/FORGOV and GONLEG/GONGOV, an agent with
 * no actor → ---GOV.
 */
export function makeActorLookup(actors: Entry[], agents: Entry[], isVerb: (lower: string) => boolean = () => false) {
  const index = (list: Entry[]) => {
    const m = new Map<string, Entry[]>();
    for (const e of list) {
      const key = e.words[0].slice(0, 3);
      const l = m.get(key) ?? [];
      l.push(e);
      m.set(key, l);
    }
    for (const l of m.values())
      l.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
    return m;
  };
  const aIdx = index(actors);
  const gIdx = index(agents);
  const wordOk = (e: Entry, k: number, w: string | undefined) =>
    !!w &&
    (w === e.words[k] || (e.prefix && k === e.words.length - 1 && e.words[k].length >= 4 && w.startsWith(e.words[k])));
  const at = (idx: Map<string, Entry[]>, toks: { lower: string }[], i: number) => {
    for (const e of idx.get(toks[i].lower.slice(0, 3)) ?? []) {
      if (e.words.every((w, k) => wordOk(e, k, toks[i + k]?.lower))) return e;
    }
    return null;
  };
  return (text: string, date = 20000101): CoderMention<string>[] => {
    const toks = wordTokens(text);
    const hits: Hit[] = [];
    for (let i = 0; i < toks.length;) {
      const a = at(aIdx, toks, i);
      const g = at(gIdx, toks, i);
      const e = a && (!g || a.words.length >= g.words.length) ? a : g;
      const code = e ? codeAt(e, date) : null;
      if (e && code) {
        hits.push({
          start: toks[i].start,
          end: toks[i + e.words.length - 1].end,
          code,
          agent: e !== a,
          before: e.before,
        });
        i += e.words.length;
      } else i += e ? e.words.length : 1; // a discarded name ([---]) is skipped whole
    }
    const gap = (k: number) => text.slice(hits[k].end, hits[k + 1].start);
    // a verb between two names ends the noun phrase ("Russian police arrested students")
    const hasVerb = (g: string) => g.split(/[^\p{L}'’-]+/u).some((w) => w && isVerb(w.toLowerCase()));
    // an agent word used as a modifier ("his first official foreign visit") names no actor
    const modifierAt = (h: Hit) => {
      const m = /^\s+([a-z][\w-]*)/.exec(text.slice(h.end));
      return !!m && !FUNCTION_WORD.test(m[1]) && !isVerb(m[1]);
    };
    const out: CoderMention<string>[] = [];
    let k = 0;
    while (k < hits.length) {
      const first = k;
      // agents before the actor: coordinated ("lawmakers and officials") or stacked ("MSF")
      const pre: Hit[] = [];
      while (k < hits.length && hits[k].agent) {
        pre.push(hits[k]);
        if (k + 1 < hits.length && hits[k + 1].agent && CONJ_GLUE.test(gap(k))) k++;
        else break;
      }
      if (pre.length) {
        const nx = hits[k + 1];
        const g = nx ? gap(k) : '';
        if (nx && !nx.agent && OF_GLUE.test(g)) {
          // "officials in Fornost and Gondor": the agents go with every actor of the list
          let j = k + 1;
          const list = [j];
          while (j + 1 < hits.length && !hits[j + 1].agent && LIST_GLUE.test(gap(j))) list.push(++j);
          for (const [n, q] of list.entries()) {
            const codes = pre.map((p) => compose(hits[q].code, p.code, p.before));
            out.push({ start: n === 0 ? hits[first].start : hits[q].start, end: hits[q].end, actor: codes.join('/') });
          }
          k = j + 1;
          continue;
        }
        if (!(nx && !nx.agent && /^\s+$/.test(g) && pre.length === 1)) {
          // no actor: an agent alone names an unidentified actor of that kind ("a senior official")
          if (pre.length === 1 && modifierAt(pre[0])) {
            k++;
            continue;
          }
          out.push({ start: hits[first].start, end: hits[k].end, actor: pre.map((p) => '---' + p.code).join('/') });
          k++;
          continue;
        }
        k++; // "MSF Arnor", "minister Calimehtar": the agent stacks on the actor that follows
      }
      const actor = hits[k];
      let cur = [pre.length ? compose(actor.code, pre[0].code, pre[0].before) : actor.code];
      let bases = cur;
      let end = actor.end;
      // agents after the actor: stacked ("Danish Islamist media") or coordinated ("media and government")
      while (k + 1 < hits.length && hits[k + 1].agent) {
        const g = gap(k);
        const nx = hits[k + 1];
        if (hasVerb(g)) break;
        if ((NP_GLUE.test(g) && !BLOCKS_NP.test(g.replace(/^['’]s/, ''))) || POSS_GLUE.test(g)) {
          bases = cur;
          cur = cur.map((c) => compose(c, nx.code, nx.before));
        } else if (CONJ_GLUE.test(g) && cur !== bases) {
          cur = [...cur, ...bases.map((c) => compose(c, nx.code, nx.before))];
        } else break;
        end = nx.end;
        k++;
      }
      // a name right after the agent belongs to the same phrase ("Ithilen's minister Calimehtar")
      if (end !== actor.end && k + 1 < hits.length && !hits[k + 1].agent && /^\s+$/.test(gap(k))) {
        end = hits[k + 1].end;
        k++;
      }
      out.push({ start: hits[first].start, end, actor: cur.join('/') });
      k++;
    }
    return out;
  };
}

/** Every (source, target) code pair of an event whose parties name several actors ("FRO/BIL/SAM"). */
export function expandCodes(source: string, target: string | null): [string, string][] {
  const out: [string, string][] = [];
  for (const s of source.split('/')) for (const t of (target ?? '---').split('/')) if (s !== t) out.push([s, t]);
  return out;
}

interface RecordGold {
  id: string;
  date: number;
  text: string;
  codings: { source: string; target: string; code: string }[];
  noevents: boolean;
  /** The record tests PETRARCH's handling of a malformed parse tree (`error=`): nothing to score here. */
  parseError: boolean;
}

export function readRecords(xml: string): RecordGold[] {
  const out: RecordGold[] = [];
  const re = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml.replace(/<!--[\s\S]*?-->/g, ''))) !== null) {
    const id = /\bid\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? '?';
    const date = Number(/\bdate\s*=\s*"(\d+)"/.exec(m[1])?.[1] ?? '20000101');
    const body = m[2];
    const text = (/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    const codings: RecordGold['codings'] = [];
    let noevents = false;
    let parseError = false;
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      if (/noevents\s*=\s*"True"/i.test(c[1])) noevents = true;
      if (/\berror\s*=\s*"bad_input_parse"/.test(c[1])) parseError = true;
      const s = /sourcecode="([^"]*)"/.exec(c[1])?.[1];
      const t = /targetcode="([^"]*)"/.exec(c[1])?.[1];
      const e = /eventcode="([^"]*)"/.exec(c[1])?.[1];
      if (s && e) codings.push({ source: s, target: t ?? '---', code: e });
    }
    if (text) out.push({ id, date, text, codings, noevents, parseError });
  }
  return out;
}

export interface UnitScore {
  records: number;
  codings: number;
  exact: number;
  recordsAllRight: number;
  spurious: number;
}

export interface UnitSetup {
  coder: Coder<string>;
  lookup: ReturnType<typeof makeActorLookup>;
  discards: ReturnType<typeof parseDiscards>;
  records: RecordGold[];
}

/** Reads the unit-test dictionaries and records of `dir`. */
export function loadUnitSetup(dir = DIR): UnitSetup {
  if (!existsSync(dir))
    throw new Error(`events-unit: expected the PETRARCH unit-test folder at ${dir}; it is absent (no ../shared)`);
  const rd = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  const verbs = parseVerbDictionary([{ name: 'PETR.Validate.verbs.txt', text: rd('PETR.Validate.verbs.txt') }]);
  const isVerb = (w: string) => !!verbs.forms[w];
  const lookup = makeActorLookup(
    readActorLike(rd('PETR.Validate.actors.txt'), false),
    readActorLike(rd('PETR.Validate.agents.txt'), true),
    isVerb,
  );
  const discards = parseDiscards(
    existsSync(path.join(dir, 'PETR.Validate.discards.txt')) ? rd('PETR.Validate.discards.txt') : '',
  );
  const coder = new Coder<string>({
    verbs,
    sameActor: (a, b) => a === b,
    targetless: new Set(),
    intentCodes: false,
    petrarch: true,
  });
  return { coder, lookup, discards, records: readRecords(rd('PETR.UnitTest.records.xml')) };
}

/**
 * Codes one record: `source|target|code` strings. Underscores join the words of a name in
 * PETRARCH input ("Dol_Amroth"); a discard phrase in the sentence (each record is its own story)
 * leaves it uncoded.
 */
export function codeRecord(
  u: UnitSetup,
  r: { text: string; date: number },
): { got: string[]; mentions: CoderMention<string>[]; discard: string | null } {
  const text = r.text.replace(/_/g, ' ');
  const discard = u.discards.find(text);
  const mentions = u.lookup(text, r.date);
  if (discard) return { got: [], mentions, discard: discard.phrase };
  const got: string[] = [];
  for (const e of u.coder.codeSentence(text, 0, text.length, mentions)) {
    for (const [s, t] of expandCodes(e.actorSource, e.actorTarget)) {
      const key = `${s}|${t}|${e.code}`;
      if (!got.includes(key)) got.push(key);
    }
  }
  return { got, mentions, discard: null };
}

export function evaluateEventsUnit(dir = DIR, verbose = false): UnitScore {
  const u = loadUnitSetup(dir);
  // records that test PETRARCH's reaction to a malformed parse tree say nothing about coding text
  const records = u.records.filter((r) => !r.parseError);
  const score: UnitScore = { records: records.length, codings: 0, exact: 0, recordsAllRight: 0, spurious: 0 };
  for (const r of records) {
    const { got, mentions, discard } = codeRecord(u, r);
    const want = r.codings.map((c) => `${c.source}|${c.target}|${c.code}`);
    score.codings += want.length;
    const hit = want.filter((w) => got.includes(w)).length;
    score.exact += hit;
    const spur = got.filter((g) => !want.includes(g)).length;
    score.spurious += spur;
    if (hit === want.length && spur === 0) score.recordsAllRight++;
    else if (verbose) {
      const ms = mentions.map((m) => `${r.text.slice(m.start, m.end)}=${m.actor}`).join(', ');
      console.log(
        `${r.id}: ${r.text}\n   mentions: ${ms}${discard ? `\n   discard: ${discard}` : ''}\n   want: ${want.join(' ') || (r.noevents ? 'noevents' : '-')}\n   got:  ${got.join(' ')}`,
      );
    }
  }
  return score;
}

function main(): void {
  const s = evaluateEventsUnit(DIR, process.argv.includes('--verbose'));
  console.log(`events-unit exact codings: ${(s.exact / Math.max(1, s.codings)).toFixed(3)} (${s.exact}/${s.codings})`);
  console.log(
    `events-unit records fully right: ${(s.recordsAllRight / Math.max(1, s.records)).toFixed(3)} (${s.recordsAllRight}/${s.records})`,
  );
  console.log(`events-unit spurious codings: ${s.spurious}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
