/**
 * Event coding on single news sentences with gold PLOVER codes (JSONL), the form of the held-out
 * "real sentences with PLOVER/CAMEO codes" sets: each record is one wire sentence (sometimes two)
 * with its publication date and the events a trained coder lists for it.
 *
 * Each record runs through the real pipeline as a one-paragraph plain-text document (extract →
 * annotate → resolve → code) with its date given, and is scored as the held-out sets are:
 *
 * - correct: required gold events for which an event of an acceptable PLOVER type was coded with
 *   both actors right (source, and target unless gold leaves it open), and the same negation;
 * - uncoded: required gold events of records that got no event at all;
 * - spurious per sentence: coded events that match no gold event of their record (required or
 *   optional), divided by the number of records.
 *
 * Actor tokens and matching are those of events-demo.ts (ISO alpha-3 countries, UN/EU/NATO/ISIL/
 * NGO/IGO, `*`; symmetric types in either direction).
 *
 * Record: {"id", "published", "text", "events": [{"type": [...], "source": [...], "target": [...] | null,
 *          "cameo"?, "negated"?, "optional"?}], "note"?}
 *
 * A record may instead point at a sentence of a corpus in ../shared (whose text the repository must
 * not carry): {"file": "LibyaWar_cnn/InputDocs/2011-03-19/12.htm.txt", "line": 7, "sha1": "…"} with
 * `file` under ../shared/data/dev/timelines/t17. The line is read there, de-tokenised (Penn
 * Treebank spacing and brackets undone) and checked against the first 12 hex digits of the SHA-1 of
 * the raw line, so a changed corpus fails loudly instead of scoring the wrong sentence.
 *
 * Run: npx tsx eval/events-sentences.ts [--gold PATH] [--verbose] [--types]
 *   --gold PATH  a sentence gold file (default test/events/sentences.dev.jsonl)
 *   --verbose    prints every miss and every spurious event
 *   --types      prints correct/required by gold PLOVER type
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event } from '../src/types.js';
import { loadOntology } from '../src/events/ontology.js';
import { demoEventMatches, wrongKind, type DemoGoldEvent } from './events-demo.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SENTENCES_DEV = path.join(repoRoot, 'test/events/sentences.dev.jsonl');
/** Where corpus-referenced records (`file`, `line`, `sha1`) find their text. */
export const T17_DIR = path.resolve(repoRoot, '../shared/data/dev/timelines/t17');

/** The 16 PLOVER event types, from the shipped ontology. */
const PLOVER_TYPES = new Set(loadOntology().plover_events);

export interface SentenceGoldEvent {
  type: string[];
  source: string[];
  target: string[] | null;
  cameo?: string;
  negated?: boolean;
  optional?: boolean;
}

export interface SentenceRecord {
  id: string;
  published: string | null;
  text: string;
  /** Corpus-referenced records: the file under T17_DIR, the 0-based line and its SHA-1 prefix. */
  file?: string;
  line?: number;
  sha1?: string;
  events: SentenceGoldEvent[];
  note?: string;
}

export interface SentenceResult {
  record: SentenceRecord;
  events: Event[];
  required: number;
  correct: number;
  uncoded: number;
  /** Required gold events not matched. */
  missed: SentenceGoldEvent[];
  spurious: Event[];
}

export interface SentenceScore {
  records: number;
  required: number;
  correct: number;
  uncoded: number;
  spurious: number;
  events: number;
  results: SentenceResult[];
}

/** Undoes Penn Treebank tokenisation: `Gadhafi 's forces , `` he said ''` → `Gadhafi's forces, "he said"`. */
export function detokenise(line: string): string {
  return line
    .trim()
    .replace(/`` ?| ?''/g, '"')
    .replace(/ ([,.;:!?%)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1')
    .replace(/ ' /g, " '")
    .replace(/\$ /g, '$')
    .replace(/-LRB- ?/g, '(')
    .replace(/ ?-RRB-/g, ')');
}

/** The text of a corpus-referenced record, checked against its hash. */
function corpusText(r: SentenceRecord, where: string, dir: string): string {
  const file = path.join(dir, r.file ?? '');
  if (!existsSync(file))
    throw new Error(
      `events-sentences: ${where} (${r.id}) points at ${file}, which is absent; is ../shared beside the repository?`,
    );
  const raw = readFileSync(file, 'utf8').split('\n')[r.line ?? -1];
  if (raw === undefined)
    throw new Error(`events-sentences: ${where} (${r.id}): ${r.file} has no line ${r.line}; fix "line" (0-based)`);
  const sha = createHash('sha1').update(raw.trim()).digest('hex').slice(0, 12);
  if (sha !== r.sha1)
    throw new Error(
      `events-sentences: ${where} (${r.id}): line ${r.line} of ${r.file} hashes to ${sha}, expected ${r.sha1}; the corpus changed or the record is wrong`,
    );
  return detokenise(raw);
}

/** Reads and checks a sentence gold file; errors name the line and what to fix. */
export function loadSentenceGold(file: string = SENTENCES_DEV, corpusDir: string = T17_DIR): SentenceRecord[] {
  if (!existsSync(file))
    throw new Error(
      `events-sentences: expected a gold file at ${file} but there is none; pass --gold PATH to a JSONL sentence gold file`,
    );
  const out: SentenceRecord[] = [];
  const ids = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let r: SentenceRecord;
      try {
        r = JSON.parse(line) as SentenceRecord;
      } catch (e) {
        throw new Error(
          `events-sentences: ${file}:${i + 1} is not valid JSON (${(e as Error).message}); fix that line`,
        );
      }
      if (typeof r.id === 'string' && typeof r.file === 'string' && typeof r.line === 'number' && r.text === undefined)
        r.text = corpusText(r, `${file}:${i + 1}`, corpusDir);
      if (typeof r.id !== 'string' || typeof r.text !== 'string' || !Array.isArray(r.events))
        throw new Error(
          `events-sentences: ${file}:${i + 1}: expected {"id": string, "text": string, "events": [...]} or {"id", "file", "line", "sha1", "events"}, found keys ${Object.keys(r).join(', ')}`,
        );
      if (ids.has(r.id))
        throw new Error(`events-sentences: ${file}:${i + 1}: id "${r.id}" is used twice; ids must be unique`);
      ids.add(r.id);
      for (const g of r.events) {
        const bad = (g.type ?? []).filter((t) => !PLOVER_TYPES.has(t));
        if (!g.type?.length || bad.length)
          throw new Error(
            `events-sentences: ${file}:${i + 1} (${r.id}): expected PLOVER types, found ${JSON.stringify(g.type)}; use the 16 PLOVER event names`,
          );
        if (!Array.isArray(g.source) || !g.source.length)
          throw new Error(
            `events-sentences: ${file}:${i + 1} (${r.id}): an event needs a non-empty "source" list (use ["*"] for any)`,
          );
      }
      out.push(r);
    });
  return out;
}

function asDemo(g: SentenceGoldEvent): DemoGoldEvent {
  return {
    sentence_contains: '',
    type: g.type,
    source: g.source,
    target: g.target,
    date: null,
    negated: g.negated,
    optional: g.optional,
  };
}

/** Scores one record's coded events against its gold. */
export function scoreSentence(record: SentenceRecord, events: Event[]): SentenceResult {
  const gold = record.events.map(asDemo);
  let required = 0;
  let correct = 0;
  let uncoded = 0;
  const missed: SentenceGoldEvent[] = [];
  record.events.forEach((g, i) => {
    if (g.optional) return;
    required++;
    if (events.some((e) => demoEventMatches(gold[i], e, false))) correct++;
    else {
      if (events.length === 0) uncoded++;
      missed.push(g);
    }
  });
  const spurious = events.filter((e) => !gold.some((g) => demoEventMatches(g, e, false)));
  return { record, events, required, correct, uncoded, missed, spurious };
}

export async function evaluateSentences(file: string = SENTENCES_DEV): Promise<SentenceScore> {
  const records = loadSentenceGold(file);
  const pipeline = await import('../src/pipeline.js');
  const results: SentenceResult[] = [];
  for (const r of records) {
    const raw = {
      source: `${path.basename(file)}#${r.id}`,
      kind: 'text' as const,
      content: r.text,
      given: r.published ? { published: r.published, published_from: 'input' as const } : undefined,
    };
    let events: Event[] = [];
    try {
      events = pipeline.runDocument(raw, pipeline.defaultContext({ published: r.published })).events;
    } catch (e) {
      // a record the extractor keeps no text of (a quiz line, a caption) is a document with no
      // events, as in a batch; anything else is a bug
      if (!/^extract: /.test((e as Error).message))
        throw new Error(`events-sentences: the pipeline failed on ${r.id}: ${(e as Error).message}`);
    }
    results.push(scoreSentence(r, events));
  }
  const sum = (f: (x: SentenceResult) => number) => results.reduce((a, x) => a + f(x), 0);
  return {
    records: results.length,
    required: sum((x) => x.required),
    correct: sum((x) => x.correct),
    uncoded: sum((x) => x.uncoded),
    spurious: sum((x) => x.spurious.length),
    events: sum((x) => x.events.length),
    results,
  };
}

function show(e: Event): string {
  const a = (p: Event['source'] | null) => (p ? `${p.actor?.cameo ?? '?'}(${p.text})` : '-');
  return `${e.plover.event}${e.plover.mode ? '/' + e.plover.mode : ''} ${e.cameo.code}${e.negated ? ' NEG' : ''} ${a(e.source)}→${a(e.target)} "${e.trigger.text}" | ${e.rule}`;
}

function showGold(g: SentenceGoldEvent): string {
  return `${g.type.join('|')}${g.negated ? ' NEG' : ''} ${g.source.join('|')}→${g.target?.join('|') ?? 'any'}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const gi = args.indexOf('--gold');
  if (gi >= 0 && !args[gi + 1])
    throw new Error('events-sentences: --gold needs a path, e.g. --gold test/events/sentences.dev.jsonl');
  const file = gi >= 0 ? path.resolve(args[gi + 1]) : SENTENCES_DEV;
  const s = await evaluateSentences(file);
  if (args.includes('--verbose'))
    for (const x of s.results) {
      if (!x.missed.length && !x.spurious.length) continue;
      console.log(`${x.record.id}: «${x.record.text}»`);
      for (const g of x.missed) console.log(`  ${x.events.length ? 'wrong' : 'uncoded'}: ${showGold(g)}`);
      for (const e of x.events) console.log(`  ${x.spurious.includes(e) ? 'SPURIOUS' : 'ok'}: ${show(e)}`);
    }
  if (args.includes('--types')) {
    const by = new Map<string, { req: number; ok: number }>();
    const wrong = { type: 0, parties: 0, other: 0 };
    const confused = new Map<string, number>();
    for (const x of s.results) {
      for (const g of x.missed) {
        if (!x.events.length) continue;
        const kind = wrongKind(asDemo(g), x.events);
        wrong[kind]++;
        if (kind !== 'type') continue;
        // which type the right parties were coded with instead
        const got = x.events.find((e) =>
          demoEventMatches({ ...asDemo(g), type: [e.plover.event], negated: e.negated }, e, false),
        )!;
        const k = `${g.type[0]}${g.negated ? ' NEG' : ''} → ${got.plover.event}${got.negated ? ' NEG' : ''}`;
        confused.set(k, (confused.get(k) ?? 0) + 1);
      }
      for (const g of x.record.events) {
        if (g.optional) continue;
        const k = g.type[0];
        const b = by.get(k) ?? { req: 0, ok: 0 };
        b.req++;
        if (!x.missed.includes(g)) b.ok++;
        by.set(k, b);
      }
    }
    for (const [k, b] of [...by].sort((a, b) => b[1].req - a[1].req))
      console.log(`  ${k.padEnd(10)} ${b.ok}/${b.req}  ${(b.ok / b.req).toFixed(2)}`);
    console.log(
      `  wrong (coded, not matching): ${wrong.type} with the parties but another type, ${wrong.parties} with the type but other parties, ${wrong.other} neither`,
    );
    const pairs = [...confused].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    console.log(`  gold type → type coded for its parties: ${pairs.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  const r = (n: number, d: number) => (d ? n / d : 0).toFixed(3);
  console.log(`events_sentences gold: ${path.relative(process.cwd(), file)} (${s.records} records)`);
  console.log(`events_sentences.correct: ${r(s.correct, s.required)} (${s.correct}/${s.required})`);
  console.log(`events_sentences.uncoded: ${r(s.uncoded, s.required)} (${s.uncoded}/${s.required})`);
  console.log(
    `events_sentences.spurious_per_sentence: ${r(s.spurious, s.records)} (${s.spurious}/${s.records}; ${s.events} events coded)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
