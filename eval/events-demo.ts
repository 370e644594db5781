/**
 * Event coding on 15 articles of our own demo corpus (examples/) against test/events/demo.gold.json,
 * gold written blind, sentence by sentence. Runs the real pipeline (readInputs → runDocument) and
 * mirrors the held-out metrics:
 *
 * - correct: required gold events for which the coder produced, in the same sentence, an event of
 *   an acceptable PLOVER type, with both actors right (source, and target unless gold leaves it
 *   open), the same negation, and the date when gold has one;
 * - uncoded: required gold events whose sentence got no event at all;
 * - spurious per sentence: coded events that match no gold event of their sentence (required or
 *   optional; the date is not checked here — a wrong date is a miss, not an invented event),
 *   divided by the number of body sentences (gold sentences + sentences gold says hold no event).
 *   Events coded from boilerplate (menus, captions, related links) are spurious too.
 *
 * The gold sentence of an event is found by its phrase in `article.text`; the pipeline's sentence
 * that contains that offset is the one scored, so a different sentence split does not lose it. An
 * event the pipeline merged from several sentences of the article (`Event.reports`: "Putin met
 * Erdogan … The two leaders discussed …", one meeting) is in each sentence that reports it.
 *
 * Run: npx tsx eval/events-demo.ts [--verbose] [--published-all] [--gold PATH] [--root DIR] [--types] [--totals]
 *   --gold PATH      scores against another gold file of the same format (default
 *                    test/events/demo.gold.json), e.g. a held-out gold for other demo articles.
 *   --buckets        prints precision by confidence bucket (0.1 wide).
 *   --root DIR       folder the gold keys resolve against (default examples/), e.g.
 *                    --gold test/events/dev2.gold.json --root test/fixtures/events-dev
 *   --published-all  passes each gold publication date as the --published fallback for every
 *                    document (separates date-extraction misses from coding misses).
 *   --totals         prints the totals (and `--types` aggregates) only: no line per document, whose
 *                    file name tells what a held-out article is about.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, Event, RawDoc, Span } from '../src/types.js';
import { dateMatches } from './events-seeds.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES = path.join(repoRoot, 'examples');
export const DEMO_GOLD_PATH = path.join(repoRoot, 'test/events/demo.gold.json');

export interface DemoGoldEvent {
  sentence_contains: string;
  type: string[];
  source: string[];
  target: string[] | null;
  date: string | null;
  negated?: boolean;
  optional?: boolean;
  mode?: string;
}

export interface DemoGoldArticle {
  published: string;
  pass_published?: boolean;
  events: DemoGoldEvent[];
  no_event_sentences: number;
}

export interface DemoGold {
  about: string;
  articles: Record<string, DemoGoldArticle>;
}

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Actors without a country, named in gold by a short token. */
const ORG_TOKENS: Record<string, (a: Actor) => boolean> = {
  UN: (a) => a.cameo.startsWith('IGOUNO'),
  EU: (a) => a.cameo.startsWith('IGOEUREEC'),
  NATO: (a) => a.cameo.startsWith('IGOWSTNAT'),
  OPCW: (a) => a.id === 'opcw',
  ISIL: (a) => a.id === 'ISIL' || a.cameo.includes('ISI'),
  NGO: (a) => a.cameo.startsWith('NGO'),
  IGO: (a) => a.cameo.startsWith('IGO'),
};

/** Does a gold actor token name this actor? `*` = any actor or none. */
export function actorTokenMatches(token: string, actor: Actor | null | undefined): boolean {
  if (token === '*') return true;
  if (!actor) return false;
  const org = ORG_TOKENS[token];
  if (org) return org(actor);
  return actor.country === token;
}

function partyMatches(tokens: string[] | null, actor: Actor | null | undefined): boolean {
  if (tokens === null) return true;
  return tokens.some((t) => actorTokenMatches(t, actor));
}

/** Type, actors (either direction for symmetric types) and negation; the date only when `withDate`. */
export function demoEventMatches(g: DemoGoldEvent, e: Event, withDate: boolean): boolean {
  if (!g.type.includes(e.plover.event)) return false;
  if (!!g.negated !== e.negated) return false;
  if (withDate && !dateMatches(g.date, e.date)) return false;
  const s = e.source.actor;
  const t = e.target?.actor ?? null;
  if (partyMatches(g.source, s) && partyMatches(g.target, t)) return true;
  if (SYMMETRIC.has(e.plover.event) && g.target && t) return partyMatches(g.source, t) && partyMatches(g.target, s);
  return false;
}

/**
 * Why a gold event was missed although its sentence has coded events: `type` (an event has its
 * parties but another type or negation), `parties` (an event has its type but other parties),
 * else `other`.
 */
export function wrongKind(g: DemoGoldEvent, coded: Event[]): 'type' | 'parties' | 'other' {
  if (coded.some((e) => demoEventMatches({ ...g, type: [e.plover.event], negated: e.negated }, e, false)))
    return 'type';
  if (coded.some((e) => g.type.includes(e.plover.event))) return 'parties';
  return 'other';
}

/** Length-preserving normalisation for phrase search: curly quotes → straight, any space → ' '. */
export function normalise(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\s/g, ' ');
}

export interface DemoMiss {
  doc: string;
  gold: DemoGoldEvent;
  /** What was coded in the gold sentence (empty = uncoded). */
  coded: Event[];
  why: 'uncoded' | 'wrong' | 'phrase-not-found';
}

export interface DemoDocScore {
  doc: string;
  /** The required gold events of the document. */
  gold: DemoGoldEvent[];
  required: number;
  correct: number;
  uncoded: number;
  sentences: number;
  spurious: Event[];
  events: Event[];
  misses: DemoMiss[];
  warnings: string[];
}

export interface DemoScore {
  docs: DemoDocScore[];
  required: number;
  correct: number;
  uncoded: number;
  sentences: number;
  spurious: number;
  events: number;
}

export function loadDemoGold(file: string = DEMO_GOLD_PATH): DemoGold {
  if (!existsSync(file))
    throw new Error(
      `events-demo: expected a gold file at ${file} but there is none; pass --gold PATH to an existing gold file`,
    );
  let gold: DemoGold;
  try {
    gold = JSON.parse(readFileSync(file, 'utf8')) as DemoGold;
  } catch (e) {
    throw new Error(
      `events-demo: the gold file ${file} is not valid JSON (${(e as Error).message}); fix it or pass another --gold PATH`,
    );
  }
  if (!gold || typeof gold.articles !== 'object')
    throw new Error(
      `events-demo: expected {"articles": {...}} in ${file}, found no "articles" object; see test/events/demo.gold.json for the format`,
    );
  return gold;
}

/** Scores one document's events against its gold. `sentences` are the pipeline's sentence spans. */
export function scoreDemoDoc(
  doc: string,
  gold: DemoGoldArticle,
  text: string,
  sentences: Span[],
  events: Event[],
): DemoDocScore {
  const norm = normalise(text);
  const warnings: string[] = [];
  // phrase → sentence span of article.text holding it
  const spanOf = new Map<string, Span | null>();
  for (const g of gold.events) {
    if (spanOf.has(g.sentence_contains)) continue;
    const phrase = normalise(g.sentence_contains);
    const at = norm.indexOf(phrase);
    if (at < 0) {
      warnings.push(`phrase not in article.text: "${g.sentence_contains}"`);
      spanOf.set(g.sentence_contains, null);
      continue;
    }
    if (norm.indexOf(phrase, at + 1) >= 0)
      warnings.push(`phrase occurs twice, the first is used: "${g.sentence_contains}"`);
    const s = sentences.find((x) => x.start <= at && at < x.end) ?? null;
    if (!s) warnings.push(`no sentence of the pipeline covers "${g.sentence_contains}"`);
    // the pipeline's sentence, widened to the phrase if the split cut it
    spanOf.set(
      g.sentence_contains,
      s ? { start: s.start, end: Math.max(s.end, at + phrase.length) } : { start: at, end: at + phrase.length },
    );
  }
  const inSpan = (e: Event, sp: Span) =>
    [e.sentence, ...(e.reports ?? [])].some((r) => r.start < sp.end && sp.start < r.end);
  const misses: DemoMiss[] = [];
  let required = 0;
  let correct = 0;
  let uncoded = 0;
  for (const g of gold.events) {
    if (g.optional) continue;
    required++;
    const sp = spanOf.get(g.sentence_contains) ?? null;
    if (!sp) {
      uncoded++;
      misses.push({ doc, gold: g, coded: [], why: 'phrase-not-found' });
      continue;
    }
    const coded = events.filter((e) => inSpan(e, sp));
    if (coded.some((e) => demoEventMatches(g, e, true))) {
      correct++;
      continue;
    }
    if (coded.length === 0) uncoded++;
    misses.push({ doc, gold: g, coded, why: coded.length ? 'wrong' : 'uncoded' });
  }
  const spurious = events.filter(
    (e) =>
      !gold.events.some((g) => {
        const sp = spanOf.get(g.sentence_contains);
        return !!sp && inSpan(e, sp) && demoEventMatches(g, e, false);
      }),
  );
  const phrases = new Set(gold.events.map((g) => g.sentence_contains));
  return {
    doc,
    gold: gold.events.filter((g) => !g.optional),
    required,
    correct,
    uncoded,
    sentences: phrases.size + gold.no_event_sentences,
    spurious,
    events,
    misses,
    warnings,
  };
}

/** Reads `examples/<path>` (or `examples/<file>.jsonl#L<n>`) as the CLI would: one RawDoc. */
async function readDoc(key: string, root: string = EXAMPLES): Promise<RawDoc> {
  const { readInputs } = await import('../src/ingest/read.js');
  const [rel] = key.split('#');
  const file = path.join(root, rel);
  if (!existsSync(file))
    throw new Error(
      `events-demo: expected the demo document ${file} (gold key "${key}"); it is absent — check --root (now ${root})`,
    );
  const wanted = key.includes('#') ? `${file}#${key.split('#')[1]}` : file;
  for await (const input of readInputs([file])) {
    if (!input.ok) {
      if (input.rejection.source === wanted)
        throw new Error(`events-demo: ${key} was rejected: ${input.rejection.reason}`);
      continue;
    }
    if (input.raw.source === wanted) return input.raw;
  }
  throw new Error(`events-demo: no document "${wanted}" was read from ${file}; check the gold key "${key}"`);
}

export async function evaluateEventsDemo(
  opts: { publishedAll?: boolean; gold?: string; root?: string } = {},
): Promise<DemoScore> {
  let pipeline: typeof import('../src/pipeline.js');
  try {
    pipeline = await import('../src/pipeline.js');
  } catch (e) {
    throw new Error(
      `events-demo: the pipeline could not be loaded (${(e as Error).message.split('\n')[0]}); ` +
        `every stage must exist and import cleanly before the demo articles can be coded`,
    );
  }
  const gold = loadDemoGold(opts.gold);
  const docs: DemoDocScore[] = [];
  for (const [key, g] of Object.entries(gold.articles)) {
    const raw = await readDoc(key, opts.root);
    const published = g.pass_published || opts.publishedAll ? g.published : null;
    let res;
    try {
      res = pipeline.runDocument(raw, pipeline.defaultContext({ published }));
    } catch (e) {
      throw new Error(`events-demo: the pipeline failed on ${key}: ${(e as Error).message}`);
    }
    docs.push(scoreDemoDoc(key, g, res.article.text, res.annotated.sentences, res.events));
  }
  return totalScore(docs);
}

/** The totals of per-document scores. */
export function totalScore(docs: DemoDocScore[]): DemoScore {
  const sum = (f: (d: DemoDocScore) => number) => docs.reduce((a, d) => a + f(d), 0);
  return {
    docs,
    required: sum((d) => d.required),
    correct: sum((d) => d.correct),
    uncoded: sum((d) => d.uncoded),
    sentences: sum((d) => d.sentences),
    spurious: sum((d) => d.spurious.length),
    events: sum((d) => d.events.length),
  };
}

function show(e: Event): string {
  const a = (p: Event['source'] | null) => (p ? `${p.actor?.cameo ?? '?'}(${p.text})` : '-');
  return `${e.plover.event}${e.plover.mode ? '/' + e.plover.mode : ''} ${e.cameo.code}${e.negated ? ' NEG' : ''} ${a(e.source)}→${a(e.target)} ${e.date ?? 'no-date'} "${e.trigger.text}" | ${e.rule}`;
}

function showGold(g: DemoGoldEvent): string {
  return `${g.type.join('|')}${g.negated ? ' NEG' : ''} ${g.source.join('|')}→${g.target?.join('|') ?? 'any'} ${g.date ?? ''} «${g.sentence_contains}»`;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const gi = process.argv.indexOf('--gold');
  if (gi > 0 && !process.argv[gi + 1])
    throw new Error('events-demo: --gold needs a path to a gold file, e.g. --gold test/events/demo.gold.json');
  const gold = gi > 0 ? path.resolve(process.argv[gi + 1]) : DEMO_GOLD_PATH;
  if (gi > 0) console.log(`events_demo gold: ${path.relative(process.cwd(), gold)}`);
  const ri = process.argv.indexOf('--root');
  if (ri > 0 && !process.argv[ri + 1])
    throw new Error('events-demo: --root needs a folder, e.g. --root test/fixtures/events-dev');
  const root = ri > 0 ? path.resolve(process.argv[ri + 1]) : EXAMPLES;
  if (ri > 0 && !existsSync(root))
    throw new Error(`events-demo: expected the folder ${root} (--root) but it does not exist; pass an existing folder`);
  if (ri > 0) console.log(`events_demo root: ${path.relative(process.cwd(), root)}`);
  const s = await evaluateEventsDemo({ publishedAll: process.argv.includes('--published-all'), gold, root });
  printDemoScore(s, 'events_demo', {
    verbose,
    buckets: process.argv.includes('--buckets'),
    totals: process.argv.includes('--totals'),
  });
  if (process.argv.includes('--types')) printDemoTypes(s);
}

/**
 * Correct / required by gold PLOVER type (its first type), with the misses split into uncoded, right
 * but for the date, and wrong: where a set loses its events, without showing one document.
 */
function printDemoTypes(s: DemoScore): void {
  const by = new Map<string, { req: number; ok: number; uncoded: number; date: number }>();
  const at = (k: string) => by.get(k) ?? by.set(k, { req: 0, ok: 0, uncoded: 0, date: 0 }).get(k)!;
  const wrong = { type: 0, parties: 0, other: 0 };
  for (const d of s.docs) {
    const missed = new Map(d.misses.map((m) => [m.gold, m]));
    for (const g of d.gold) {
      const b = at(g.type[0]);
      b.req++;
      const m = missed.get(g);
      if (!m) b.ok++;
      else if (m.why !== 'wrong') b.uncoded++;
      else if (m.coded.some((e) => demoEventMatches(g, e, false))) b.date++;
      else wrong[wrongKind(g, m.coded)]++;
    }
  }
  console.log('  type       correct/required  uncoded  right-but-date');
  for (const [k, b] of [...by].sort((a, b) => b[1].req - a[1].req))
    console.log(`  ${k.padEnd(10)} ${`${b.ok}/${b.req}`.padEnd(17)} ${String(b.uncoded).padEnd(8)} ${b.date}`);
  // a gold sentence the extracted text does not hold is a reading (extraction) loss, not a coding one
  const lost = s.docs.reduce((n, d) => n + d.misses.filter((m) => m.why === 'phrase-not-found').length, 0);
  console.log(`  gold sentences not found in the extracted text: ${lost}`);
  console.log(
    `  wrong (coded, not matching): ${wrong.type} with the parties but another type, ${wrong.parties} with the type but other parties, ${wrong.other} neither`,
  );
}

/** Prints a score per document (with misses and spurious events when `verbose`) and the totals. */
export function printDemoScore(
  s: DemoScore,
  label: string,
  opts: { verbose?: boolean; buckets?: boolean; totals?: boolean } = {},
): void {
  const verbose = !!opts.verbose && !opts.totals;
  // (`totals`: no line per document, whose name tells what a held-out article is about)
  for (const d of opts.totals ? [] : s.docs) {
    console.log(
      `${label} ${d.doc}: correct ${d.correct}/${d.required}, uncoded ${d.uncoded}, spurious ${d.spurious.length}/${d.sentences} sentences, events ${d.events.length}`,
    );
    if (!verbose) continue;
    for (const w of d.warnings) console.log(`  warning: ${w}`);
    for (const m of d.misses) {
      console.log(`  ${m.why}: ${showGold(m.gold)}`);
      for (const e of m.coded) console.log(`      coded: ${show(e)}`);
    }
    for (const e of d.spurious) console.log(`  spurious: ${show(e)}  «${e.sentence.text.slice(0, 90)}»`);
  }
  if (opts.buckets) {
    // precision by confidence bucket: a coded event is "right" when it matches some gold event of its sentence
    const buckets = new Map<string, { all: number; spurious: number }>();
    for (const d of s.docs) {
      const bad = new Set(d.spurious);
      for (const e of d.events) {
        const k = (Math.floor(e.confidence * 10) / 10).toFixed(1);
        const b = buckets.get(k) ?? { all: 0, spurious: 0 };
        b.all++;
        if (bad.has(e)) b.spurious++;
        buckets.set(k, b);
      }
    }
    for (const k of [...buckets.keys()].sort())
      console.log(
        `  confidence ${k}: ${buckets.get(k)!.all} events, ${buckets.get(k)!.spurious} spurious (precision ${(1 - buckets.get(k)!.spurious / buckets.get(k)!.all).toFixed(2)})`,
      );
  }
  const pct = (a: number, b: number) => (a / Math.max(1, b)).toFixed(3);
  console.log(`${label}.correct: ${pct(s.correct, s.required)} (${s.correct}/${s.required})`);
  console.log(`${label}.uncoded: ${pct(s.uncoded, s.required)} (${s.uncoded}/${s.required})`);
  console.log(
    `${label}.spurious_per_sentence: ${pct(s.spurious, s.sentences)} (${s.spurious}/${s.sentences}; ${s.events} events coded)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exit(2);
  });
}
