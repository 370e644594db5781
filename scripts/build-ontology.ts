/**
 * Builds data/events/ontology.json and data/events/verbs.json from ../shared:
 *   - CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt (andybega/icews, MIT)
 *   - CAMEO2PLOVER-2021.txt, PLOVER_contexts_from_manual_v2.tsv, PLOVER_scores_from_manual_v2.tsv
 *     (openeventdata/PLOVER, CC BY-SA 4.0)
 *   - CAMEO.2.0.txt (openeventdata/petrarch2, MIT) + our data/events/verbs-extra.txt
 *
 * Usage: npx tsx scripts/build-ontology.ts [--shared PATH]
 * Run it again whenever one of the inputs changes; the outputs are checked in.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVerbDictionary } from '../src/events/verbdict.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argShared = process.argv.indexOf('--shared');
const shared = argShared > 0 ? path.resolve(process.argv[argShared + 1]) : path.resolve(repoRoot, '../shared');
const onto = path.join(shared, 'data/ontology');
const dicts = path.join(shared, 'data/dicts');
const outDir = path.join(repoRoot, 'data/events');

function read(p: string): string {
  if (!existsSync(p)) {
    throw new Error(
      `build-ontology: expected input file ${p} but it does not exist; pass --shared PATH to the shared data folder`,
    );
  }
  return readFileSync(p, 'utf8');
}

export interface CameoEntry {
  name: string;
  root: string;
  goldstein: number;
  quad_class: number;
  plover: { event: string; mode?: string; context: string[] };
}

function quadClass(root: string): number {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

/** PLOVER category of a CAMEO root when a code has no line of its own (manual, table "CAMEO to PLOVER"). */
const ROOT_TO_PLOVER: Record<string, string> = {
  '01': 'STATEMENT', // dropped in PLOVER; kept as a Chronicle extension so statements stay traceable
  '02': 'REQUEST', // APPEAL dropped in PLOVER; an appeal is a request (Chronicle decision, documented)
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '08': 'CONCEDE',
  '09': 'ACCUSE',
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
};

/**
 * PLOVER types for CAMEO codes whose 2-digit root maps them badly. The PLOVER manual ("CAMEO to
 * PLOVER" notes) suggests "016 Deny responsibility" → REJECT and "015 Claim responsibility" →
 * AGREE as reasonable exceptions to document; Chronicle takes the first: a denial of an
 * allegation ("Moscow denies that its jet entered Turkish airspace") rejects the accuser's claim.
 */
const OVERRIDES: Record<string, { event: string; mode?: string; context: string[] }> = {
  '016': { event: 'REJECT', context: [] },
  // PLOVER manual v2, SANCTION modes: "International (political or economic) sanctions are coded as
  // 'discontinue'"; CAMEO2PLOVER-2021 still sends 163 (embargo, boycott, sanctions) to COERCE.
  '163': { event: 'SANCTION', mode: 'discontinue', context: ['economic', 'diplomatic'] },
  // CAMEO 192 is "Occupy, seize control of a territory using armed forces"; the table sends it to
  // COERCE "seize", a mode the manual defines as "Execute search, confiscate property, raid". Taking
  // a town by force is a deliberate act that "can potentially result in substantial physical harm":
  // ASSAULT, as the development gold sets of two annotators code it.
  '192': { event: 'ASSAULT', context: ['military', 'territory'] },
  // PLOVER manual v2, SUPPORT and CONCEDE ambiguities: "Expressions of regret or remorse for an
  // action or situation should be coded as CONCEDE" (the table keeps 055 Apologize under SUPPORT).
  '055': { event: 'CONCEDE', context: ['diplomatic'] },
  // PLOVER manual v2, CONCEDE: "Future concessions, i.e. CONCEDE + future, should be left as they
  // are, i.e. they do not reduce to AGREE", and "announced … would withdraw troops … should be coded
  // as CONCEDE"; the table sends CAMEO's intents to yield (035x) to AGREE.
  '035': { event: 'CONCEDE', context: [] },
  '0351': { event: 'CONCEDE', context: ['rights_freedoms'] },
  '0352': { event: 'CONCEDE', context: [] },
  '0353': { event: 'CONCEDE', context: ['rights_freedoms'] },
  '0354': { event: 'CONCEDE', context: ['economic'] },
  '0355': { event: 'CONCEDE', context: ['diplomatic'] },
  '0356': { event: 'CONCEDE', context: ['military'] },
};

function main(): void {
  // --- CAMEO names
  const names: Record<string, string> = {};
  for (const line of read(path.join(onto, 'CAMEO.eventcodes.txt')).split(/\r?\n/).slice(1)) {
    const [code, name] = line.split('\t');
    if (code && name && /^\d+$/.test(code)) names[code.trim()] = name.trim();
  }
  // --- Goldstein
  const goldstein: Record<string, number> = {};
  for (const line of read(path.join(onto, 'CAMEO.goldsteinscale.txt')).split(/\r?\n/).slice(1)) {
    const [code, g] = line.split('\t');
    if (code && g && /^\d+$/.test(code.trim())) goldstein[code.trim()] = Number(g);
  }
  // --- CAMEO → PLOVER
  const toPlover: Record<string, { event: string; mode?: string; context: string[] }> = {};
  for (const line of read(path.join(onto, 'CAMEO2PLOVER-2021.txt')).split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([^#]*)/.exec(line);
    if (!m) continue;
    const [ev, mode, ctx] = m[2].split(',').map((x) => (x ?? '').trim());
    if (!ev) continue;
    const entry = {
      event: ev.toUpperCase(),
      ...(mode ? { mode: mode.toLowerCase() } : {}),
      context: (ctx ?? '')
        .split(';')
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean),
    };
    // first line wins (the file lists 175 twice)
    toPlover[m[1]] ??= entry;
  }
  const codes = new Set([...Object.keys(names), ...Object.keys(goldstein)]);
  const cameo: Record<string, CameoEntry> = {};
  for (const code of [...codes].sort()) {
    const root = code.slice(0, 2);
    let plover = toPlover[code];
    if (!plover && root === '02') {
      // APPEAL 02x mirrors DEMAND 10x: take mode/context of the twin code.
      const twin = toPlover['10' + code.slice(2)];
      plover = { event: 'REQUEST', ...(twin?.mode ? { mode: twin.mode } : {}), context: twin?.context ?? [] };
    }
    if (!plover) plover = { event: ROOT_TO_PLOVER[root] ?? 'STATEMENT', context: [] };
    // Chronicle decisions the PLOVER manual leaves open (its CAMEO-conversion notes name these two)
    if (OVERRIDES[code]) plover = OVERRIDES[code];
    cameo[code] = {
      name: names[code] ?? names[root] ?? code,
      root,
      goldstein: goldstein[code] ?? goldstein[root] ?? 0,
      quad_class: quadClass(root),
      plover,
    };
  }
  // --- PLOVER contexts and scores
  const contexts: Record<string, string> = {};
  for (const line of read(path.join(onto, 'PLOVER_contexts_from_manual_v2.tsv')).split(/\r?\n/)) {
    if (line.startsWith('#') || line.startsWith('context\t') || !line.trim()) continue;
    const [name, desc] = line.split('\t');
    contexts[name.trim()] = (desc ?? '').trim();
  }
  const scores: Record<string, number> = {};
  for (const line of read(path.join(onto, 'PLOVER_scores_from_manual_v2.tsv')).split(/\r?\n/)) {
    if (line.startsWith('#') || line.startsWith('event\t') || !line.trim()) continue;
    const [ev, mode, score] = line.split('\t');
    scores[mode ? `${ev}/${mode.toLowerCase()}` : ev] = Number(score);
  }
  const ontology = {
    about:
      'Built by scripts/build-ontology.ts from CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt (andybega/icews, MIT), ' +
      'CAMEO2PLOVER-2021.txt and PLOVER manual v2 tables (openeventdata/PLOVER, CC BY-SA 4.0). See data/README.md.',
    plover_events: [
      'AGREE',
      'CONSULT',
      'SUPPORT',
      'CONCEDE',
      'COOPERATE',
      'AID',
      'RETREAT',
      'REQUEST',
      'ACCUSE',
      'REJECT',
      'THREATEN',
      'PROTEST',
      'SANCTION',
      'MOBILIZE',
      'COERCE',
      'ASSAULT',
    ],
    extensions: {
      STATEMENT:
        'CAMEO 01 (dropped by PLOVER): the coder reads statements to find allegations, but the code stage outputs no STATEMENT event',
    },
    cameo,
    contexts,
    scores,
  };
  // --- verbs
  const verbText = read(path.join(dicts, 'CAMEO.2.0.txt'));
  const extraPath = path.join(outDir, 'verbs-extra.txt');
  const texts = [{ name: 'CAMEO.2.0.txt', text: verbText }];
  if (existsSync(extraPath)) texts.push({ name: 'data/events/verbs-extra.txt', text: readFileSync(extraPath, 'utf8') });
  const verbs = parseVerbDictionary(texts);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'ontology.json'), JSON.stringify(ontology, null, 1) + '\n');
  writeFileSync(path.join(outDir, 'verbs.json'), JSON.stringify(verbs) + '\n');
  const nPatterns = verbs.blocks.reduce((n, b) => n + b.patterns.length, 0);
  process.stderr.write(
    `build-ontology: ${Object.keys(cameo).length} CAMEO codes, ${Object.keys(contexts).length} contexts; ` +
      `${verbs.blocks.length} verb blocks, ${Object.keys(verbs.forms).length} verb forms, ${nPatterns} patterns, ` +
      `${Object.keys(verbs.synsets).length} synonym sets → ${path.relative(repoRoot, outDir)}/\n`,
  );
}

main();
