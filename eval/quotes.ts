/**
 * Scores quote attribution (src/nlp/quotes.ts, run through the whole `annotate` stage) on the
 * PolNeAR attribution corpus, dev split (brat standoff).
 *
 *   npx tsx eval/quotes.ts [--dir PATH] [--errors N]
 *
 * Gold: every attribution relation `E…  Attribution:Ta Content:Tc Cue:Tq Source:Ts` of the .ann
 * files (one annotator per text: the first .ann file of a text in name order; the training texts
 * were annotated by several people). An attribution is DIRECT when each fragment of its Content
 * span is a quotation: the fragment, trimmed of spaces and punctuation, opens and closes with
 * quotation marks (straight, curly or single). Otherwise it is indirect (this includes mixed
 * content: "that X would “keep the details under wraps”").
 *
 * The system: `annotate()` on an Article built from the raw text (published = the metadata date),
 * so sentence splitting, entities and quotes are those of the real pipeline.
 *
 * Metrics (one line each):
 *   quotes.direct_recall     share of gold direct attributions whose Content overlaps one of our
 *                            `kind: 'direct'` quotes;
 *   quotes.speaker_accuracy  among those found and having a gold Source, share where our speaker
 *                            span overlaps the gold Source span (a pronoun counts as it is written);
 *   quotes.direct_precision  share of our direct quotes that overlap some gold Content (for
 *                            information: PolNeAR does not mark every scare quote);
 *   quotes.indirect_recall / quotes.indirect_precision  the same for indirect attributions and our
 *                            `kind: 'indirect'` quotes (for information).
 * Reads ../shared (never copied into the repo).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../src/nlp/index.js';
import type { Article, Quote, Span } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_POLNEAR_DIR = path.resolve(repoRoot, '../shared/data/dev/polnear');

export interface GoldAttribution {
  content: Span[];
  source: Span[];
  cue: Span[];
  direct: boolean;
}

export interface PolnearDoc {
  name: string;
  text: string;
  published: string | null;
  publisher: string | null;
  title: string | null;
  gold: GoldAttribution[];
}

const OPEN_MARKS = /^["“‘'«„]/;
const CLOSE_MARKS = /["”’'»]$/;

/** True when the fragment is a quotation: trimmed of spaces and punctuation, it opens and closes with a mark. */
export function isQuotation(text: string, span: Span): boolean {
  const t = text
    .slice(span.start, span.end)
    .replace(/^[\s,;:.—–-]+/, '')
    .replace(/[\s,;:.—–-]+$/, '');
  return t.length > 2 && OPEN_MARKS.test(t) && CLOSE_MARKS.test(t);
}

/** Parses one brat .ann file: text-bound spans by id, then the Attribution relations. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const parts = m[3].split(';').map((p) => {
      const [a, b] = p.trim().split(/\s+/).map(Number);
      return { start: a, end: b };
    });
    spans.set(m[1], { type: m[2], spans: parts });
  }
  const out: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    if (!/^E\d+\tAttribution/.test(line)) continue;
    const args = line.split('\t')[1].split(/\s+/);
    const get = (role: string): Span[] =>
      args.filter((a) => a.startsWith(`${role}:`)).flatMap((a) => spans.get(a.slice(role.length + 1))?.spans ?? []);
    const content = get('Content');
    if (!content.length) continue;
    out.push({
      content,
      source: get('Source'),
      cue: get('Cue'),
      direct: content.every((c) => isQuotation(text, c)),
    });
  }
  return out;
}

/** Reads the corpus: texts, metadata (publisher, date, title) and one annotation per text. */
export function loadPolnear(dir = DEFAULT_POLNEAR_DIR): PolnearDoc[] {
  const annDir = path.join(dir, 'dev', 'attributions');
  const textDir = path.join(dir, 'dev', 'text');
  if (!existsSync(annDir) || !existsSync(textDir)) {
    throw new Error(
      `eval/quotes: expected PolNeAR at ${dir} (dev/attributions/*.ann and dev/text/*.txt), found nothing; pass --dir PATH`,
    );
  }
  const meta = new Map<string, { published: string | null; publisher: string | null; title: string | null }>();
  const metaFile = path.join(dir, 'metadata.tsv');
  if (existsSync(metaFile)) {
    const lines = readFileSync(metaFile, 'utf8').split('\n');
    const head = lines[0].split('\t');
    const col = (n: string): number => head.indexOf(n);
    for (const l of lines.slice(1)) {
      const f = l.split('\t');
      if (f.length < head.length) continue;
      const date = f[col('publication_date')];
      meta.set(f[col('filename')], {
        published: /^\d{4}-\d{2}-\d{2}/.test(date ?? '') ? date : null,
        publisher: f[col('publisher')] || null,
        title: f[col('title')] || null,
      });
    }
  }
  const docs: PolnearDoc[] = [];
  const seen = new Set<string>();
  for (const f of readdirSync(annDir).sort()) {
    if (!f.endsWith('.ann')) continue;
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, '').replace(/\.ann$/, '');
    if (seen.has(name)) continue;
    const textFile = path.join(textDir, `${name}.txt`);
    if (!existsSync(textFile)) continue;
    seen.add(name);
    const text = readFileSync(textFile, 'utf8');
    const m = meta.get(name);
    docs.push({
      name,
      text,
      published: m?.published ?? null,
      publisher: m?.publisher ?? null,
      title: m?.title ?? null,
      gold: parseAnn(readFileSync(path.join(annDir, f), 'utf8'), text),
    });
  }
  return docs;
}

export interface QuoteScores {
  documents: number;
  goldDirect: number;
  goldIndirect: number;
  direct: { recall: number; precision: number; found: number; system: number };
  speaker: { accuracy: number; right: number; scored: number };
  indirect: { recall: number; precision: number; found: number; system: number };
}

export interface QuoteError {
  doc: string;
  kind: 'missed' | 'speaker' | 'spurious';
  quote: string;
  gold?: string;
  system?: string;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const anyOverlap = (as: Span[], bs: Span[]): boolean => as.some((a) => bs.some((b) => overlaps(a, b)));

/** Runs `annotate` on every text and scores the quotes. */
export function evaluateQuotes(dir = DEFAULT_POLNEAR_DIR, errors?: QuoteError[]): QuoteScores {
  const docs = loadPolnear(dir);
  let goldDirect = 0;
  let goldIndirect = 0;
  let foundDirect = 0;
  let foundIndirect = 0;
  let sysDirect = 0;
  let sysIndirect = 0;
  let sysDirectRight = 0;
  let sysIndirectRight = 0;
  let speakerScored = 0;
  let speakerRight = 0;
  const clip = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 140);
  for (const doc of docs) {
    const article: Article = {
      id: doc.name,
      source: doc.name,
      url: null,
      outlet: doc.publisher,
      title: doc.title,
      published: doc.published,
      published_from: doc.published ? 'input' : null,
      language: 'en',
      authors: [],
      text: doc.text,
    };
    const quotes: Quote[] = annotate(article).quotes;
    const direct = quotes.filter((q) => q.kind === 'direct');
    const indirect = quotes.filter((q) => q.kind !== 'direct');
    const allContent = doc.gold.flatMap((g) => g.content);
    sysDirect += direct.length;
    sysIndirect += indirect.length;
    for (const q of direct) {
      if (allContent.some((c) => overlaps(c, q))) sysDirectRight++;
      else errors?.push({ doc: doc.name, kind: 'spurious', quote: clip(q.text), system: q.speaker?.text });
    }
    sysIndirectRight += indirect.filter((q) => allContent.some((c) => overlaps(c, q))).length;
    for (const g of doc.gold) {
      if (!g.direct) {
        goldIndirect++;
        if (indirect.some((q) => g.content.some((c) => overlaps(c, q)))) foundIndirect++;
        continue;
      }
      goldDirect++;
      const ours = direct.filter((q) => g.content.some((c) => overlaps(c, q)));
      const goldQuote = clip(g.content.map((c) => doc.text.slice(c.start, c.end)).join(' … '));
      const goldSource = g.source.map((s) => doc.text.slice(s.start, s.end)).join(' … ') || undefined;
      if (!ours.length) {
        errors?.push({ doc: doc.name, kind: 'missed', quote: goldQuote, gold: goldSource });
        continue;
      }
      foundDirect++;
      if (!g.source.length) continue;
      speakerScored++;
      if (ours.some((q) => q.speaker && anyOverlap([q.speaker], g.source))) speakerRight++;
      else
        errors?.push({
          doc: doc.name,
          kind: 'speaker',
          quote: goldQuote,
          gold: goldSource,
          system: ours.map((q) => q.speaker?.text ?? '∅').join(' | '),
        });
    }
  }
  const ratio = (a: number, b: number): number => (b ? a / b : 0);
  return {
    documents: docs.length,
    goldDirect,
    goldIndirect,
    direct: {
      recall: ratio(foundDirect, goldDirect),
      precision: ratio(sysDirectRight, sysDirect),
      found: foundDirect,
      system: sysDirect,
    },
    speaker: { accuracy: ratio(speakerRight, speakerScored), right: speakerRight, scored: speakerScored },
    indirect: {
      recall: ratio(foundIndirect, goldIndirect),
      precision: ratio(sysIndirectRight, sysIndirect),
      found: foundIndirect,
      system: sysIndirect,
    },
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const dirArg = args.indexOf('--dir');
  const dir = dirArg >= 0 ? path.resolve(args[dirArg + 1]) : DEFAULT_POLNEAR_DIR;
  const errArg = args.indexOf('--errors');
  const nErr = errArg >= 0 ? Number(args[errArg + 1] ?? 50) : 0;
  const errors: QuoteError[] | undefined = nErr > 0 ? [] : undefined;
  const t0 = Date.now();
  const s = evaluateQuotes(dir, errors);
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `quotes.direct_recall ${f(s.direct.recall)} (${s.direct.found}/${s.goldDirect} gold direct attributions; ${s.documents} docs)`,
  );
  console.log(
    `quotes.speaker_accuracy ${f(s.speaker.accuracy)} (${s.speaker.right}/${s.speaker.scored} with a gold source)`,
  );
  console.log(`quotes.direct_precision ${f(s.direct.precision)} (of ${s.direct.system} system direct quotes)`);
  console.log(`quotes.indirect_recall ${f(s.indirect.recall)} (${s.indirect.found}/${s.goldIndirect})`);
  console.log(
    `quotes.indirect_precision ${f(s.indirect.precision)} (of ${s.indirect.system} system indirect quotes; ${Date.now() - t0} ms)`,
  );
  if (errors) {
    for (const kind of ['missed', 'speaker', 'spurious'] as const) {
      const list = errors.filter((e) => e.kind === kind);
      console.log(`\n# ${kind} (${list.length})`);
      for (const e of list.slice(0, nErr))
        console.log(`${e.doc}\t${e.quote}\tgold=${e.gold ?? ''}\tsys=${e.system ?? ''}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
