/**
 * Timeline evaluation on Timeline17 (../shared/data/dev/timelines/t17/), with tilse's metrics.
 *
 *   npx tsx eval/timeline.ts [--limit N] [--topics a,b] [--json] [--verbose] [--no-times] [--opt name=value]
 *
 * For every topic × gold timeline: the topic's input documents (`InputDocs/<publication date>/*.txt`,
 * one tokenised sentence per line) are time-tagged with Chronicle's own tagger (`findTimes`, the
 * tagger `annotate` runs; chrono-node is the fallback if src/nlp cannot be loaded), then the same
 * algorithm as `chronicle timeline` (src/stories/timeline.ts `computeTimeline`) builds a timeline
 * with the gold timeline's number of dates, its first and last date as the range, and the gold's
 * average number of sentences per date (rounded, at least 1). Query = the topic's keywords.json.
 * Scores (src/stories/metrics.ts): Date-F1, ROUGE-1/ROUGE-2 F1 for concat, agreement, align (1:1)
 * and align+ m:1 — macro-averaged over timelines. One summary line per metric on stdout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHARED_DIR } from '../src/paths.js';
import { scoreTimeline, type DatedSummaries, type TimelineScores } from '../src/stories/metrics.js';
import { computeTimeline, type TimelineDoc, type TimelineOptions } from '../src/stories/timeline.js';
import type { Span } from '../src/types.js';

export const T17_DIR = join(SHARED_DIR, 'data', 'dev', 'timelines', 't17');

type TimeTagger = (
  text: string,
  published: string,
  sentences: Span[],
) => { start: number; end: number; value: string; type?: string }[];

/** Chronicle's time tagger, or chrono-node when src/nlp is not loadable (the summary line names the one used). */
async function loadTagger(): Promise<{ tag: TimeTagger; name: string }> {
  // The time tagger module alone (what `annotate` runs for `times`), then the nlp barrel.
  for (const load of [() => import('../src/nlp/times.js'), () => import('../src/nlp/index.js')]) {
    try {
      const nlp = (await load()) as { findTimes?: TimeTagger };
      if (typeof nlp.findTimes === 'function') return { tag: nlp.findTimes, name: 'src/nlp findTimes' };
    } catch {
      /* try the next one */
    }
  }
  const chrono = await import('chrono-node');
  const tag: TimeTagger = (text, published) =>
    chrono.parse(text, new Date(`${published}T12:00:00Z`), { forwardDate: false }).map((r) => {
      const c = r.start;
      const y = c.get('year');
      const m = c.get('month');
      const d = c.get('day');
      const value =
        c.isCertain('day') || c.isCertain('weekday')
          ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          : `${y}`;
      return { start: r.index, end: r.index + r.text.length, value, type: 'DATE' };
    });
  return { tag, name: 'chrono-node (fallback)' };
}

export interface GoldTimeline {
  name: string;
  entries: DatedSummaries;
}

/** Parses a T17 gold timeline: a date line, its sentences, a line of dashes; repeated. */
export function parseGoldTimeline(text: string): DatedSummaries {
  const out: DatedSummaries = new Map();
  let date: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (/^-{5,}$/.test(line)) {
      date = null;
      continue;
    }
    const m = /^(\d{4}-\d{2}-\d{2})$/.exec(line);
    if (m && date === null) {
      date = m[1];
      if (!out.has(date)) out.set(date, []);
      continue;
    }
    if (date) out.get(date)!.push(line);
  }
  return out;
}

export interface Topic {
  name: string;
  dir: string;
  keywords: string[];
  timelines: GoldTimeline[];
}

export function listTopics(dir = T17_DIR): Topic[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const tdir = join(dir, name);
      const kwFile = join(tdir, 'keywords.json');
      const keywords = existsSync(kwFile) ? (JSON.parse(readFileSync(kwFile, 'utf8')) as string[]) : [];
      const tlDir = join(tdir, 'timelines');
      const timelines = readdirSync(tlDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: f, entries: parseGoldTimeline(readFileSync(join(tlDir, f), 'utf8')) }));
      return { name, dir: tdir, keywords, timelines };
    });
}

/** The topic's documents: one per file, sentences = lines, published = the folder's date. */
export function loadDocs(topic: Topic, tag: TimeTagger): TimelineDoc[] {
  const base = join(topic.dir, 'InputDocs');
  const docs: TimelineDoc[] = [];
  for (const day of readdirSync(base).sort()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    for (const f of readdirSync(join(base, day)).sort()) {
      const text = readFileSync(join(base, day, f), 'utf8').replace(/\r/g, '');
      const sentences: Span[] = [];
      let start = 0;
      for (const line of text.split('\n')) {
        const lead = line.length - line.trimStart().length;
        const end = start + line.trimEnd().length;
        if (end > start + lead) sentences.push({ start: start + lead, end });
        start += line.length + 1;
      }
      docs.push({ id: `${topic.name}/${day}/${f}`, published: day, text, sentences, times: tag(text, day, sentences) });
    }
  }
  return docs;
}

/** Keywords as query text: `LibyaWar` → `Libya War`. */
export function keywordQuery(keywords: string[]): string {
  return keywords.map((k) => k.replace(/([a-z])([A-Z])/g, '$1 $2')).join(' ');
}

export interface EvalResult {
  timelines: number;
  topics: number;
  seconds: number;
  tagger: string;
  /** Macro averages over timelines. */
  date_f1: number;
  concat_r1: number;
  concat_r2: number;
  agreement_r1: number;
  agreement_r2: number;
  align_r1: number;
  align_r2: number;
  alignm1_r1: number;
  alignm1_r2: number;
  per_timeline: { topic: string; timeline: string; scores: TimelineScores }[];
}

export async function evaluateTimelines(
  opts: {
    limit?: number;
    topics?: string[];
    dir?: string;
    timeline?: Partial<TimelineOptions>;
    /** Ablation: no time tagging, every sentence dated by its publication date. */
    noTimes?: boolean;
    log?: (s: string) => void;
  } = {},
): Promise<EvalResult> {
  const t0 = Date.now();
  const dir = opts.dir ?? T17_DIR;
  if (!existsSync(dir))
    throw new Error(
      `eval/timeline: expected the Timeline17 data at ${dir}, found nothing; place ../shared beside the repository`,
    );
  const { tag, name: tagger } = opts.noTimes
    ? { tag: (() => []) as TimeTagger, name: 'none (publication dates only)' }
    : await loadTagger();
  let topics = listTopics(dir);
  if (opts.topics?.length) topics = topics.filter((t) => opts.topics!.includes(t.name));
  if (opts.limit !== undefined) topics = topics.slice(0, opts.limit);

  const per: EvalResult['per_timeline'] = [];
  for (const topic of topics) {
    const docs = loadDocs(topic, tag);
    for (const gold of topic.timelines) {
      const dates = [...gold.entries.keys()].sort();
      if (dates.length === 0) continue;
      const nSent = [...gold.entries.values()].reduce((s, x) => s + x.length, 0);
      const perDate = Math.max(1, Math.round(nSent / dates.length));
      const entries = computeTimeline(docs, {
        query: keywordQuery(topic.keywords),
        from: dates[0],
        to: dates[dates.length - 1],
        maxDates: dates.length,
        sentencesPerDate: perDate,
        ...opts.timeline,
      });
      const predicted: DatedSummaries = new Map(entries.map((e) => [e.date, e.summary]));
      const scores = scoreTimeline(predicted, [gold.entries]);
      per.push({ topic: topic.name, timeline: gold.name, scores });
      opts.log?.(
        `${topic.name}/${gold.name}: docs=${docs.length} dates=${dates.length} per-date=${perDate} dateF1=${scores.date.f1.toFixed(3)} ` +
          `align+m:1 R1=${scores.alignm1.rouge1.f1.toFixed(3)} R2=${scores.alignm1.rouge2.f1.toFixed(3)}`,
      );
    }
  }
  const mean = (f: (s: TimelineScores) => number): number =>
    per.length ? per.reduce((s, x) => s + f(x.scores), 0) / per.length : 0;
  return {
    timelines: per.length,
    topics: topics.length,
    seconds: (Date.now() - t0) / 1000,
    tagger,
    date_f1: mean((s) => s.date.f1),
    concat_r1: mean((s) => s.concat.rouge1.f1),
    concat_r2: mean((s) => s.concat.rouge2.f1),
    agreement_r1: mean((s) => s.agreement.rouge1.f1),
    agreement_r2: mean((s) => s.agreement.rouge2.f1),
    align_r1: mean((s) => s.align.rouge1.f1),
    align_r2: mean((s) => s.align.rouge2.f1),
    alignm1_r1: mean((s) => s.alignm1.rouge1.f1),
    alignm1_r2: mean((s) => s.alignm1.rouge2.f1),
    per_timeline: per,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const get = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const limitArg = get('--limit');
  const limit = limitArg !== undefined ? Number(limitArg) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    process.stderr.write(`eval/timeline: --limit expects a whole number ≥ 1, found "${limitArg}"\n`);
    process.exit(2);
  }
  const topics = get('--topics')?.split(',');
  const verbose = args.includes('--verbose');
  // --opt name=value (repeatable): override a TimelineOptions number, for experiments.
  const timeline: Record<string, number> = {};
  args.forEach((a, i) => {
    if (a !== '--opt') return;
    const m = /^(\w+)=(-?[\d.]+)$/.exec(args[i + 1] ?? '');
    if (!m) {
      process.stderr.write(`eval/timeline: --opt expects name=number, found "${args[i + 1] ?? ''}"\n`);
      process.exit(2);
    }
    timeline[m[1]] = Number(m[2]);
  });
  const r = await evaluateTimelines({
    noTimes: args.includes('--no-times'),
    limit,
    topics,
    timeline,
    log: verbose ? (s) => process.stderr.write(`${s}\n`) : undefined,
  });
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...r, per_timeline: undefined })}\n`);
    return;
  }
  const n = `(${r.timelines} timelines, ${r.topics} topics, ${r.seconds.toFixed(1)} s, tagger: ${r.tagger})`;
  const line = (name: string, v: number): void =>
    void process.stdout.write(`timeline.t17.${name} ${v.toFixed(4)} ${n}\n`);
  line('date_f1', r.date_f1);
  line('align_m1.rouge1_f1', r.alignm1_r1);
  line('align_m1.rouge2_f1', r.alignm1_r2);
  line('align.rouge1_f1', r.align_r1);
  line('align.rouge2_f1', r.align_r2);
  line('agreement.rouge1_f1', r.agreement_r1);
  line('agreement.rouge2_f1', r.agreement_r2);
  line('concat.rouge1_f1', r.concat_r1);
  line('concat.rouge2_f1', r.concat_r2);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    process.stderr.write(`eval/timeline: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
}
