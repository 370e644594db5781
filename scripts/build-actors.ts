/**
 * Builds data/actors/phoenix.json from the PETRARCH2/Phoenix dictionaries (MIT licence) in
 * ../shared/data/dicts (or the folder given as the first argument).
 *
 *   npm run build:actors [-- DICTS_DIR]
 *
 * Reads:
 *   Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt
 *     headword lines (`VLADIMIR_PUTIN_  # comment`), synonyms (`+PUTIN_`), role lines
 *     (`[RUSGOV 991231-080507]`, `[RUSGOV >080508]`, `[RUSELI]`); consecutive headwords without a
 *     code share the codes of the next one that has some (PETRARCH semantics).
 *   Phoenix.agents.txt: agent nouns (`DEFENSE_MINIST [~GOVMIL]`, `THIEF {THIEVES} [~CRM]`,
 *     substitution sets `!PERSON! = MAN, MEN, ...`). A phrase without a final `_` is a stem.
 *   CAMEO.2.0.txt, CAMEO.verbpatterns.150430.txt, Phoenix.discards.txt: only their vocabulary, to
 *     know which one-word aliases are also ordinary English words (those are dropped).
 *
 * Writes compact JSON: actors as [id, type, name, roles, aliases], roles as `CODE` or
 * `CODE@FROM~TO` (ISO dates, either side may be empty), agents as phrase → sector code.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseKeys, prettyName } from '../src/actors/normalize.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const dictsDir = path.resolve(process.argv[2] ?? path.resolve(repoRoot, '../shared/data/dicts'));
const outDir = path.resolve(repoRoot, 'data/actors');

type EntityType = 'PER' | 'ORG' | 'GPE';

interface RawEntry {
  file: string;
  headwords: string[];
  aliases: string[];
  roles: string[];
  comment: string;
}

function need(file: string): string {
  const p = path.join(dictsDir, file);
  if (!existsSync(p)) {
    throw new Error(
      `build-actors: expected the Phoenix dictionary ${p}, found nothing; ` +
        `pass the folder that holds the PETRARCH2 dictionaries as the first argument`,
    );
  }
  return readFileSync(p, 'utf8');
}

/** `991231` → 1999-12-31, `19270101` → 1927-01-01; null when the digits are not a date. */
function isoDate(digits: string): string | null {
  let d = digits.trim();
  if (d.length === 10) d = d.slice(2);
  let y: number, m: string, day: string;
  if (d.length === 6) {
    const yy = Number(d.slice(0, 2));
    y = yy <= 25 ? 2000 + yy : 1900 + yy;
    m = d.slice(2, 4);
    day = d.slice(4, 6);
  } else if (d.length === 8) {
    y = Number(d.slice(0, 4));
    m = d.slice(4, 6);
    day = d.slice(6, 8);
  } else return null;
  const mi = Number(m);
  const di = Number(day);
  if (!(mi >= 1 && mi <= 12 && di >= 1 && di <= 31)) return null;
  return `${y}-${m}-${day}`;
}

/** `[RUSGOV 991231-080507]` body → `RUSGOV@1999-12-31~2008-05-07`; null for `---`. */
function parseRole(body: string): string | null {
  const m = /^\s*(~?[A-Z]+|---)\s*(.*)$/.exec(body);
  if (!m || m[1] === '---') return null;
  const code = m[1].replace(/^~/, '');
  const spec = m[2].replace(/\s+/g, '');
  if (!spec) return code;
  let from: string | null = null;
  let to: string | null = null;
  if (spec.startsWith('>')) from = isoDate(spec.slice(1));
  else if (spec.startsWith('<')) to = isoDate(spec.slice(1));
  else if (spec.includes('-')) {
    const [a, b] = spec.split('-');
    from = isoDate(a);
    to = isoDate(b);
  } else return code;
  if (!from && !to) return code;
  return `${code}@${from ?? ''}~${to ?? ''}`;
}

function cleanPhrase(p: string): string {
  return p.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

function parseActorFile(file: string): RawEntry[] {
  const out: RawEntry[] = [];
  let cur: RawEntry | null = null;
  for (const rawLine of need(file).split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : '';
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).replace(/\s+$/, '');
    if (!line.trim()) continue;
    const roles: string[] = [];
    const text = line.replace(/\[([^\]]*)\]/g, (_, body: string) => {
      const r = parseRole(body);
      if (r) roles.push(r);
      return ' ';
    });
    const parts = text.split('+').map((s) => cleanPhrase(s));
    const startsWithPlus = text.trim().startsWith('+');
    const head = startsWithPlus ? '' : parts[0];
    const aliases = parts.slice(1).filter(Boolean);
    const rolesOnly = !head && aliases.length === 0;
    if (head) {
      if (cur && cur.roles.length === 0) {
        // Headwords with no code yet share the codes that follow.
        cur.aliases.push(head);
      } else {
        cur = { file, headwords: [head], aliases: [], roles: [], comment };
        out.push(cur);
      }
    }
    if (!cur) continue;
    cur.aliases.push(...aliases);
    if (rolesOnly || roles.length) cur.roles.push(...roles);
  }
  return out.filter((e) => e.roles.length > 0);
}

const ORG_WORDS = new Set(
  (
    'ARMY FORCES FORCE MINISTRY PARTY COUNCIL COMMITTEE FRONT GOVERNMENT MILITARY POLICE BRIGADE BRIGADES ' +
    'MOVEMENT ORGANIZATION ORGANISATION UNION ASSEMBLY PARLIAMENT COURT STATE GROUP BANK AGENCY ' +
    'DEPARTMENT OFFICE COMMISSION ALLIANCE LEAGUE ASSOCIATION FEDERATION CONGRESS SENATE SERVICE ' +
    'SERVICES GUARD GUARDS CORPS NAVY REPUBLIC KINGDOM CABINET REGIME MINISTRIES COMPANY ' +
    'CORPORATION INSTITUTE FOUNDATION CENTER CENTRE NATIONS UNITED SOCIETY FUND PROGRAM PROGRAMME ' +
    'UNIVERSITY CHURCH CONFERENCE AUTHORITY BUREAU NETWORK COALITION RADIO TELEVISION NEWS TIMES POST ' +
    "DEMOCRATIC NATIONAL ISLAMIC REVOLUTIONARY LIBERATION PEOPLES PEOPLE'S ARMED JUNTA OPPOSITION " +
    'REBELS MILITIA MILITIAS COMMAND BATTALION DIVISION UNIT UNITS CELLS CELL NUCLEI BOARD'
  ).split(/\s+/),
);

function classify(e: RawEntry): EntityType {
  const codes = e.roles.map((r) => r.split('@')[0]);
  const words = e.headwords[0].toUpperCase().split(/[\s-]+/);
  if (codes.every((c) => /^[A-Z]{3}$/.test(c))) return 'GPE';
  if (words.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (/CountryInfo|IGOrulers/i.test(e.comment)) return 'PER';
  if (e.roles.some((r) => r.includes('@')) || codes.some((c) => c.endsWith('ELI'))) return 'PER';
  if (e.file.includes('MilNonState')) return 'ORG';
  const n = e.headwords[0].split(' ').length;
  return n >= 2 && n <= 4 && e.file.includes('Countries') ? 'PER' : 'ORG';
}

function slug(p: string): string {
  return p
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const MONTHS_DAYS = new Set(
  'JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY'.split(
    ' ',
  ),
);

function loadVocab(): Set<string> {
  const vocab = new Set<string>();
  for (const f of ['CAMEO.2.0.txt', 'CAMEO.verbpatterns.150430.txt', 'Phoenix.discards.txt', 'Phoenix.agents.txt']) {
    for (const line of need(f).split(/\r?\n/)) {
      if (line.startsWith('#')) continue;
      for (const w of line.toUpperCase().split(/[^A-Z]+/)) if (w.length >= 3) vocab.add(w);
    }
  }
  for (const w of MONTHS_DAYS) vocab.add(w);
  return vocab;
}

function buildActors(vocab: Set<string>) {
  const files = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];
  const entries = files.flatMap(parseActorFile);
  type Out = { id: string; type: EntityType; name: string; roles: string[]; aliases: Set<string> };
  const byId = new Map<string, Out>();
  let droppedCommon = 0;
  for (const e of entries) {
    const type = classify(e);
    const roles = [...new Set(e.roles)];
    // Countries keep their code as id (all their synonyms and places share it); others get a slug.
    const mergeByCode = type === 'GPE' && roles.length === 1 && /^[A-Z]{3}$/.test(roles[0]);
    let id = mergeByCode ? roles[0] : slug(e.headwords[0]);
    if (!id) continue;
    if (!mergeByCode) {
      let n = 2;
      const base = id;
      while (byId.has(id)) id = `${base}_${n++}`;
    }
    let o = byId.get(id);
    if (!o) {
      o = { id, type, name: prettyName(e.headwords[0]), roles, aliases: new Set() };
      byId.set(id, o);
    }
    for (const a of [...e.headwords, ...e.aliases]) {
      const words = a.split(/[\s-]+/).filter(Boolean);
      // numbers and dates are not names ("MAY 15", "380")
      if (words.every((w) => /^[\d.,/]+$/.test(w)) || MONTHS_DAYS.has(words[0].toUpperCase())) {
        droppedCommon++;
        continue;
      }
      if (words.length === 1) {
        const w = words[0].toUpperCase().replace(/[.']/g, '');
        if (vocab.has(w) || w.length < 2) {
          droppedCommon++;
          continue;
        }
      }
      o.aliases.add(a);
    }
  }
  // Aliases are stored as normalised keys (see src/actors/normalize.ts), space-separated, so
  // that loading does not tokenise 35k phrases again.
  const actors = [...byId.values()]
    .map((o) => {
      const keys = new Set<string>();
      for (const a of o.aliases) {
        const k = phraseKeys(a);
        if (k[0] === 'THE' && k.length > 1) k.shift();
        if (k.length) keys.add(k.join(' '));
      }
      const aliasKeys = [...keys];
      // the name is left out (0) when the registry can rebuild it from the first alias key
      const name = aliasKeys[0] && prettyName(aliasKeys[0]) === o.name ? 0 : o.name;
      return [o.id, o.type, name, o.roles, aliasKeys] as const;
    })
    .filter((a) => a[4].length > 0);
  return { actors, droppedCommon, entries: entries.length };
}

function buildAgents(): Record<string, string> {
  const text = need('Phoenix.agents.txt');
  const subs = new Map<string, string[]>();
  const agents: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    const sub = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (sub) {
      subs.set(
        sub[1],
        sub[2]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)\]/.exec(line);
    if (!m) continue;
    const code = m[3];
    const forms = [m[1].trim(), ...(m[2] ? m[2].split(/[,\s]+/).filter(Boolean) : [])];
    for (let form of forms) {
      form = form.replace(/\s+/g, '_');
      let expanded = [form];
      for (const [k, vals] of subs) {
        if (form.includes(k)) expanded = expanded.flatMap((f) => vals.map((v) => f.split(k).join(v)));
      }
      for (const f of expanded) {
        const stem = !f.endsWith('_');
        const key = cleanPhrase(f).toUpperCase().replace(/[.']/g, '');
        if (!key) continue;
        agents[stem ? `${key}*` : key] = code;
      }
    }
  }
  return agents;
}

function main(): void {
  const t0 = Date.now();
  const vocab = loadVocab();
  const { actors, droppedCommon, entries } = buildActors(vocab);
  const agents = buildAgents();
  mkdirSync(outDir, { recursive: true });
  const out = {
    source:
      'PETRARCH2/Phoenix dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, ' +
      'Phoenix.MilNonState.actors.txt, Phoenix.agents.txt), openeventdata/petrarch2, MIT licence',
    generated_by: 'scripts/build-actors.ts',
    format:
      'actors: [id, type, name (0 = prettified first alias key), roles ("CODE" | "CODE@FROM~TO"), alias keys (normalised tokens, space-separated)]; agents: phrase → sector code (phrase* = stem)',
    actors,
    agents,
    common_words: [...vocab].sort().join(' '),
  };
  const file = path.join(outDir, 'phoenix.json');
  writeFileSync(file, JSON.stringify(out) + '\n');
  const aliasCount = actors.reduce((n, a) => n + (a[4] as string[]).length, 0);
  process.stderr.write(
    `build-actors: ${entries} dictionary entries → ${actors.length} actors, ${aliasCount} aliases ` +
      `(${droppedCommon} one-word aliases dropped as common English words), ${Object.keys(agents).length} agent phrases; ` +
      `wrote ${path.relative(repoRoot, file)} in ${Date.now() - t0} ms\n`,
  );
}

main();
