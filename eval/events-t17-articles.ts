/**
 * Event coding on whole real articles: 16 CNN Libya-war articles of Timeline17 (../shared), gold
 * written blind by two annotators who read each article whole (test/events/t17-articles.gold.json).
 * Where the line sample (events-sentences-t17) reads a line alone, this set gives the coder the
 * article around it: "the planes", "he", "government forces" are named a few lines earlier.
 *
 * The repository carries no corpus text. A gold article names its file and the SHA-1 prefix of its
 * bytes; a gold event names the 0-based line it is reported in. The article is read from ../shared,
 * each non-empty line de-tokenised (Penn Treebank) and the lines joined as paragraphs, with the
 * folder date as the publication date: the input as a user holding this corpus has it, reader
 * comments and share prompts included. Scoring is that of events-demo (correct / uncoded / spurious
 * per sentence), with each gold line as the phrase that locates its sentence.
 *
 * Run: npx tsx eval/events-t17-articles.ts [--verbose] [--gold PATH]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  normalise,
  printDemoScore,
  scoreDemoDoc,
  totalScore,
  type DemoDocScore,
  type DemoGoldArticle,
  type DemoGoldEvent,
  type DemoScore,
} from './events-demo.js';
import { T17_DIR, detokenise } from './events-sentences.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const T17_ARTICLES_GOLD = path.join(repoRoot, 'test/events/t17-articles.gold.json');

interface LineGoldEvent extends Omit<DemoGoldEvent, 'sentence_contains'> {
  /** 0-based line of the corpus file the event is reported in. */
  line: number;
  cameo?: string | null;
}

interface LineGoldArticle {
  /** Path under ../shared/data/dev/timelines/t17. */
  file: string;
  published: string;
  /** First 12 hex digits of the SHA-1 of the file's bytes. */
  sha1: string;
  events: LineGoldEvent[];
}

/**
 * Reads one gold article's file, checks its hash and builds the pipeline input and the gold in the
 * events-demo form (the de-tokenised line as the phrase that locates each event's sentence).
 */
export function corpusArticle(a: LineGoldArticle, dir: string = T17_DIR): { content: string; gold: DemoGoldArticle } {
  const file = path.join(dir, a.file);
  if (!existsSync(file))
    throw new Error(
      `events-t17-articles: expected ${file} (gold article ${a.file}); is ../shared beside the repository?`,
    );
  const bytes = readFileSync(file);
  const sha = createHash('sha1').update(bytes).digest('hex').slice(0, 12);
  if (sha !== a.sha1)
    throw new Error(
      `events-t17-articles: ${a.file} hashes to ${sha}, expected ${a.sha1}; the corpus changed or the gold is wrong`,
    );
  const lines = bytes.toString('utf8').split('\n');
  const text = lines.map((l) => detokenise(l));
  const events: DemoGoldEvent[] = a.events.map((e) => {
    const phrase = text[e.line];
    if (!phrase)
      throw new Error(`events-t17-articles: ${a.file} has no text on line ${e.line} (0-based); fix the event's "line"`);
    const { line: _line, cameo: _cameo, ...rest } = e;
    return { ...rest, sentence_contains: phrase };
  });
  const eventLines = new Set(a.events.map((e) => e.line));
  const bodyLines = text.filter((l, i) => l !== '' && !eventLines.has(i)).length;
  return {
    content: text.filter((l) => l !== '').join('\n\n'),
    gold: { published: a.published, pass_published: true, events, no_event_sentences: bodyLines },
  };
}

/**
 * The line as it stands in the extracted article, or its longest tail that does: extraction may
 * strip a byline or a run of highlights from the head of a line ("By the CNN Wire Staff …").
 */
function locate(norm: string, line: string): string {
  const words = line.split(' ');
  for (let k = 0; k < words.length - 3; k++) {
    const tail = words.slice(k).join(' ');
    if (norm.includes(normalise(tail))) return tail;
  }
  return line;
}

export function loadT17ArticleGold(file: string = T17_ARTICLES_GOLD): LineGoldArticle[] {
  if (!existsSync(file))
    throw new Error(`events-t17-articles: expected a gold file at ${file} but there is none; pass --gold PATH`);
  const g = JSON.parse(readFileSync(file, 'utf8')) as { articles?: LineGoldArticle[] };
  if (!Array.isArray(g.articles))
    throw new Error(
      `events-t17-articles: expected {"articles": [...]} in ${file}; see test/events/t17-articles.gold.json for the format`,
    );
  return g.articles;
}

export async function evaluateT17Articles(gold: string = T17_ARTICLES_GOLD): Promise<DemoScore> {
  const pipeline = await import('../src/pipeline.js');
  const docs: DemoDocScore[] = [];
  for (const a of loadT17ArticleGold(gold)) {
    const { content, gold: g } = corpusArticle(a);
    const res = pipeline.runDocument(
      { source: a.file, kind: 'text', content, given: { published: a.published } },
      pipeline.defaultContext({ published: a.published }),
    );
    const norm = normalise(res.article.text);
    const located = {
      ...g,
      events: g.events.map((e) => ({ ...e, sentence_contains: locate(norm, e.sentence_contains) })),
    };
    docs.push(scoreDemoDoc(a.file, located, res.article.text, res.annotated.sentences, res.events));
  }
  return totalScore(docs);
}

async function main(): Promise<void> {
  const gi = process.argv.indexOf('--gold');
  if (gi > 0 && !process.argv[gi + 1])
    throw new Error('events-t17-articles: --gold needs a path, e.g. --gold test/events/t17-articles.gold.json');
  const s = await evaluateT17Articles(gi > 0 ? path.resolve(process.argv[gi + 1]) : T17_ARTICLES_GOLD);
  printDemoScore(s, 'events_t17_articles', { verbose: process.argv.includes('--verbose') });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exit(2);
  });
}
