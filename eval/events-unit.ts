/**
 * PETRARCH unit-test records (../shared/data/dev/petrarch-unit): each record is coded with ITS
 * OWN dictionaries (PETR.Validate.verbs/actors/agents) through the same `Coder` the pipeline
 * uses, on the plain sentence text (the records' parse trees are ignored: real input has none).
 * Metric: fraction of gold codings (source, target, event code) produced exactly; plus the
 * fraction of records with no spurious coding. `noevents` records count as right when nothing
 * is coded.
 *
 * Run: npx tsx eval/events-unit.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Coder, type CoderMention } from '../src/events/coder.js';
import { parseVerbDictionary } from '../src/events/verbdict.js';
import { wordTokens } from '../src/events/tokens.js';

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

/** Reads a PETRARCH actor or agent file: names, "+ALIAS" lines, indented date-restricted code lines. */
export function readActorLike(text: string, agents: boolean): Entry[] {
  const out: Entry[] = [];
  const subst: Record<string, string[]> = {};
  let current: Entry[] = []; // entries sharing the code lines that follow
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').replace(/<![^>]*>/g, '').split(/\r?\n/)) {
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
    const names = [m[2]];
    if (agents && m[3]) names.push(...m[3].slice(1, -1).split(/\s+/).filter(Boolean));
    const made: Entry[] = [];
    for (let name of names) {
      name = name.replace(/^\+/, '');
      const variants: string[] = [name];
      const bang = /!(\w+)!/.exec(name);
      if (bang && subst[bang[1]]) variants.splice(0, 1, ...subst[bang[1]].map((x) => name.replace(bang[0], '_' + x)));
      for (const v of variants) {
        const prefix = !v.endsWith('_');
        const words = v.toLowerCase().split(/[\s_]+/).filter(Boolean);
        if (!words.length) continue;
        made.push({ words, prefix: prefix && !agents, codes: [], before: c?.before });
        if (agents) made.push({ words: [...words.slice(0, -1), words[words.length - 1] + 's'], prefix: false, codes: [], before: c?.before });
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
    if ((c.from === undefined || date >= c.from) && (c.to === undefined || date < c.to)) return c.code;
  }
  return fallback;
}

/** Composes an actor code with an agent code ("ARN" + "~COP" → ARNCOP, "NGO~" → NGOARN), without repeating it. */
function compose(actor: string, agent: string, before: boolean | undefined): string {
  if (actor.includes(agent)) return actor;
  return before ? agent + actor : actor + agent;
}

/** Longest-match scan for actors, with agents attached ("Arnorian police" → ARNCOP). */
export function makeActorLookup(actors: Entry[], agents: Entry[]) {
  const index = (list: Entry[]) => {
    const m = new Map<string, Entry[]>();
    for (const e of list) {
      const key = e.words[0].slice(0, 3);
      const l = m.get(key) ?? [];
      l.push(e);
      m.set(key, l);
    }
    for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
    return m;
  };
  const aIdx = index(actors);
  const gIdx = index(agents);
  const wordOk = (e: Entry, k: number, w: string | undefined) =>
    !!w && (w === e.words[k] || (e.prefix && k === e.words.length - 1 && e.words[k].length >= 4 && w.startsWith(e.words[k])));
  const at = (idx: Map<string, Entry[]>, toks: { lower: string }[], i: number) => {
    for (const e of idx.get(toks[i].lower.slice(0, 3)) ?? []) {
      if (e.words.every((w, k) => wordOk(e, k, toks[i + k]?.lower))) return e;
    }
    return null;
  };
  return (text: string, date = 20000101): CoderMention<string>[] => {
    const toks = wordTokens(text);
    const found: { start: number; end: number; code: string; agent: boolean; before?: boolean }[] = [];
    for (let i = 0; i < toks.length; ) {
      const a = at(aIdx, toks, i);
      const g = at(gIdx, toks, i);
      const e = a && (!g || a.words.length >= g.words.length) ? a : g;
      const code = e ? codeAt(e, date) : null;
      if (e && code) {
        found.push({ start: toks[i].start, end: toks[i + e.words.length - 1].end, code, agent: e !== a, before: e.before });
        i += e.words.length;
      } else i++;
    }
    // attach agents to a neighbouring actor ("Arnor's police", "police of Arnor", "Arnorian police",
    // "lawmakers in Fornost and Gondor" → each country)
    const out: CoderMention<string>[] = [];
    const used = new Set<number>();
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (f.agent) continue;
      let code = f.code;
      let start = f.start;
      let end = f.end;
      const next = found[k + 1];
      if (next?.agent && /^\s*(?:['’]s\s*)?(?:[\w-]+\s+){0,2}$/.test(text.slice(f.end, next.start)) && !/\b(and|or|to|with|of|in)\b/i.test(text.slice(f.end, next.start))) {
        code = compose(code, next.code, next.before);
        end = next.end;
        used.add(k + 1);
      } else {
        // an agent before the actor: "MSF Arnor", "police of Arnor", "ambassadors of Arnor, X and Y"
        for (let j = k - 1; j >= 0; j--) {
          const p = found[j];
          const gap = text.slice(p.end, found[j + 1].start);
          if (p.agent && (j === k - 1 ? /^\s+((of|from|in)\s+(the\s+)?)?$/i.test(gap) : true)) {
            if (j < k - 1) {
              // distributed over a compound: every gap after the agent must be a list glue
              const glue = found.slice(j + 1, k + 1).every((q, n) => n === 0 ? /^\s+(of|from|in)\s+(the\s+)?$/i.test(text.slice(p.end, q.start)) : /^\s*(,|and|,\s*and)\s*(the\s+)?$/i.test(text.slice(found[j + n].end, q.start)));
              if (!glue) break;
            }
            code = compose(code, p.code, p.before);
            if (j === k - 1) start = p.start;
            break;
          }
          if (p.agent) break;
        }
      }
      out.push({ start, end, actor: code });
    }
    return out;
  };
}

interface RecordGold {
  id: string;
  date: number;
  text: string;
  codings: { source: string; target: string; code: string }[];
  noevents: boolean;
}

export function readRecords(xml: string): RecordGold[] {
  const out: RecordGold[] = [];
  const re = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml.replace(/<!--[\s\S]*?-->/g, ''))) !== null) {
    const id = /id="([^"]*)"/.exec(m[1])?.[1] ?? '?';
    const date = Number(/date="(\d+)"/.exec(m[1])?.[1] ?? '20000101');
    const body = m[2];
    const text = (/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const codings: RecordGold['codings'] = [];
    let noevents = false;
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      if (/noevents\s*=\s*"True"/i.test(c[1])) noevents = true;
      const s = /sourcecode="([^"]*)"/.exec(c[1])?.[1];
      const t = /targetcode="([^"]*)"/.exec(c[1])?.[1];
      const e = /eventcode="([^"]*)"/.exec(c[1])?.[1];
      if (s && e) codings.push({ source: s, target: t ?? '---', code: e });
    }
    if (text) out.push({ id, date, text, codings, noevents });
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

export function evaluateEventsUnit(dir = DIR, verbose = false): UnitScore {
  if (!existsSync(dir)) throw new Error(`events-unit: expected the PETRARCH unit-test folder at ${dir}; it is absent (no ../shared)`);
  const rd = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  const verbs = parseVerbDictionary([{ name: 'PETR.Validate.verbs.txt', text: rd('PETR.Validate.verbs.txt') }]);
  const lookup = makeActorLookup(readActorLike(rd('PETR.Validate.actors.txt'), false), readActorLike(rd('PETR.Validate.agents.txt'), true));
  const coder = new Coder<string>({ verbs, sameActor: (a, b) => a === b, targetless: new Set(), intentCodes: false });
  const records = readRecords(rd('PETR.UnitTest.records.xml'));
  const score: UnitScore = { records: records.length, codings: 0, exact: 0, recordsAllRight: 0, spurious: 0 };
  for (const r of records) {
    const mentions = lookup(r.text, r.date);
    const got = coder.codeSentence(r.text, 0, r.text.length, mentions).map((e) => `${e.actorSource}|${e.actorTarget ?? '---'}|${e.code}`);
    const want = r.codings.map((c) => `${c.source}|${c.target}|${c.code}`);
    score.codings += want.length;
    const hit = want.filter((w) => got.includes(w)).length;
    score.exact += hit;
    const spur = got.filter((g) => !want.includes(g)).length;
    score.spurious += spur;
    if (hit === want.length && spur === 0) score.recordsAllRight++;
    else if (verbose) {
      const ms = mentions.map((m) => `${r.text.slice(m.start, m.end)}=${m.actor}`).join(', ');
      console.log(`${r.id}: ${r.text}\n   mentions: ${ms}\n   want: ${want.join(' ') || (r.noevents ? 'noevents' : '-')}\n   got:  ${got.join(' ')}`);
    }
  }
  return score;
}

function main(): void {
  const s = evaluateEventsUnit(DIR, process.argv.includes('--verbose'));
  console.log(`events-unit exact codings: ${(s.exact / Math.max(1, s.codings)).toFixed(3)} (${s.exact}/${s.codings})`);
  console.log(`events-unit records fully right: ${(s.recordsAllRight / Math.max(1, s.records)).toFixed(3)} (${s.recordsAllRight}/${s.records})`);
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
