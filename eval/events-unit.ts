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
  code: string;
}

/** Reads a PETRARCH actor or agent file: "NAME_WORDS [CODE]" plus "+ALIAS" lines for the last entry. */
export function readActorLike(text: string, agents: boolean): Entry[] {
  const out: Entry[] = [];
  let lastCode: string | null = null;
  const subst: Record<string, string[]> = {};
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const sub = /^!(\w+)!\s*=\s*(.*)$/.exec(line);
    if (sub) {
      subst[sub[1]] = sub[2].split(',').map((s) => s.trim().toLowerCase());
      continue;
    }
    const m = /^(\+?)([^[{]+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$/.exec(line);
    if (!m) continue;
    const codeRaw = m[4] ? m[4].slice(1, -1).trim().split(/\s+/)[0] : null;
    let code = codeRaw ? codeRaw.replace(/^~/, '').toUpperCase() : null;
    if (m[1] === '+' || !code) code = code ?? lastCode;
    if (!code || code.startsWith('-')) {
      lastCode = null;
      continue;
    }
    lastCode = code;
    const names = [m[2]];
    if (agents && m[3]) names.push(...m[3].slice(1, -1).split(/\s+/).filter(Boolean));
    for (let name of names) {
      name = name.replace(/^\+/, '');
      const variants: string[] = [name];
      const bang = /!(\w+)!/.exec(name);
      if (bang && subst[bang[1]]) variants.splice(0, 1, ...subst[bang[1]].map((s) => name.replace(bang[0], '_' + s)));
      for (const v of variants) {
        const words = v.toLowerCase().split(/[\s_]+/).filter(Boolean);
        if (words.length) out.push({ words, code });
        if (agents && words.length) out.push({ words: [...words.slice(0, -1), words[words.length - 1] + 's'], code });
      }
    }
  }
  return out;
}

/** Longest-match scan for actors, with agents attached ("Arnorian police" → ARNPOL). */
export function makeActorLookup(actors: Entry[], agents: Entry[]) {
  const index = (list: Entry[]) => {
    const m = new Map<string, Entry[]>();
    for (const e of list) {
      const l = m.get(e.words[0]) ?? [];
      l.push(e);
      m.set(e.words[0], l);
    }
    for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length);
    return m;
  };
  const aIdx = index(actors);
  const gIdx = index(agents);
  const at = (idx: Map<string, Entry[]>, toks: { lower: string }[], i: number) => {
    for (const e of idx.get(toks[i].lower) ?? []) {
      if (e.words.every((w, k) => toks[i + k]?.lower === w)) return e;
    }
    return null;
  };
  return (text: string): CoderMention<string>[] => {
    const toks = wordTokens(text);
    const found: { start: number; end: number; code: string; agent: boolean }[] = [];
    for (let i = 0; i < toks.length; ) {
      const a = at(aIdx, toks, i);
      const g = a ? null : at(gIdx, toks, i);
      const e = a ?? g;
      if (e) {
        found.push({ start: toks[i].start, end: toks[i + e.words.length - 1].end, code: e.code, agent: !a });
        i += e.words.length;
      } else i++;
    }
    // attach agents to a neighbouring actor ("Arnor's police", "police of Arnor", "Arnorian police")
    const out: CoderMention<string>[] = [];
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (f.agent) continue;
      let code = f.code;
      let start = f.start;
      let end = f.end;
      const next = found[k + 1];
      const prev = found[k - 1];
      if (next?.agent && /^\s*(?:'s\s*)?$/.test(text.slice(f.end, next.start))) {
        code += next.code;
        end = next.end;
      } else if (prev?.agent && /^\s+(of|from)\s+(the\s+)?$/i.test(text.slice(prev.end, f.start))) {
        code += prev.code;
        start = prev.start;
      }
      out.push({ start, end, actor: code });
    }
    return out;
  };
}

interface RecordGold {
  id: string;
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
    if (text) out.push({ id, text, codings, noevents });
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
  const coder = new Coder<string>({ verbs, sameActor: (a, b) => a === b, targetless: new Set() });
  const records = readRecords(rd('PETR.UnitTest.records.xml'));
  const score: UnitScore = { records: records.length, codings: 0, exact: 0, recordsAllRight: 0, spurious: 0 };
  for (const r of records) {
    const mentions = lookup(r.text);
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
