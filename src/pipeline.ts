/**
 * The pipeline: one ordered list of stages, checked when it is built.
 *
 *   RawDoc ──extract──► Article ──annotate──► Annotated ──resolve──► Linked ──code──► Event[]
 *
 * Order matters and is fixed by what each stage reads:
 *   1. extract  — reads the raw page/text; everything later works on `article.text` offsets.
 *   2. annotate — sentences, entities, times (anchored on `article.published`), figures, quotes.
 *   3. resolve  — ties entity and nominal mentions to actors at the article's date; needs the
 *                 sentences and entities of `annotate`.
 *   4. code     — reads sentences, resolved mentions and time expressions to emit events.
 * Each stage is a pure function of its input and the context; resources it needs (actor
 * registry, verb patterns, model weights) are loaded once, lazily, by its own module.
 */
import type { Annotated, Article, Event, Linked, RawDoc } from './types.js';
import { extractStage } from './extract/index.js';
import { annotateStage } from './nlp/index.js';
import { resolveStage } from './actors/index.js';
import { codeStage } from './events/index.js';

/** What a stage reads or writes. */
export type Kind = 'raw' | 'article' | 'annotated' | 'linked' | 'events';

export interface StageContext {
  /** Publication date to assume when the document has none (from `--published`). */
  published?: string | null;
  /** Lazy debug trace: the message is only built when tracing is on. */
  debug: (message: () => string) => void;
}

export interface Stage<I, O> {
  name: string;
  needs: Kind;
  produces: Kind;
  run(input: I, ctx: StageContext): O;
}

/** The pipeline, in order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STAGES: readonly Stage<any, any>[] = [extractStage, annotateStage, resolveStage, codeStage];

export class PipelineError extends Error {
  readonly code = 'E_PIPELINE';
}

/**
 * Checks that each stage reads what the one before it produces, starting from `raw`.
 * Throws at construction, never halfway through a corpus.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function validatePipeline(stages: readonly Stage<any, any>[], from: Kind = 'raw'): void {
  let have: Kind = from;
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) {
      throw new PipelineError(`pipeline: stage "${stage.name}" appears twice; each stage runs once`);
    }
    seen.add(stage.name);
    if (stage.needs !== have) {
      throw new PipelineError(
        `pipeline: stage "${stage.name}" needs "${stage.needs}" but the stage before it produces "${have}"; ` +
          `fix the order in src/pipeline.ts`,
      );
    }
    have = stage.produces;
  }
}

validatePipeline(STAGES);

export interface DocumentResult {
  article: Article;
  annotated: Annotated;
  linked: Linked;
  events: Event[];
  /** Set when the article was stored but not annotated or coded, with why (e.g. its language). */
  unsupported?: string;
}

/** Languages the annotate/resolve/code stages are built for. Others are stored, not coded. */
export const CODED_LANGUAGES = new Set(['en']);

export const noDebug: StageContext['debug'] = () => {};

export function defaultContext(overrides: Partial<StageContext> = {}): StageContext {
  const tracing = process.env.CHRONICLE_DEBUG === '1';
  return {
    published: null,
    debug: tracing ? (m) => process.stderr.write(`[debug] ${m()}\n`) : noDebug,
    ...overrides,
  };
}

/** Runs the stages in order on one document, stopping after `last`, and keeps every record. */
export function runStages(
  raw: RawDoc,
  ctx: StageContext = defaultContext(),
  last?: string,
): Partial<Record<Kind, unknown>> {
  if (last && !STAGES.some((s) => s.name === last)) {
    throw new PipelineError(`pipeline: no stage named "${last}"; stages are ${STAGES.map((s) => s.name).join(', ')}`);
  }
  const out: Partial<Record<Kind, unknown>> = { raw };
  let current: unknown = raw;
  for (const stage of STAGES) {
    // An input that already is an Article skips extraction.
    current = stage.name === 'extract' && raw.article ? raw.article : stage.run(current, ctx);
    out[stage.produces] = current;
    if (stage.name === last) break;
  }
  return out;
}

/**
 * Runs the whole pipeline on one document. An article in a language the language stages do not
 * support is extracted and returned with `unsupported` set, and nothing is coded from it.
 */
export function runDocument(raw: RawDoc, ctx: StageContext = defaultContext()): DocumentResult {
  const article = raw.article ?? (STAGES[0].run(raw, ctx) as Article);
  if (!CODED_LANGUAGES.has(article.language) && article.language !== 'und') {
    const annotated: Annotated = { article, sentences: [], entities: [], times: [], quantities: [], quotes: [] };
    return {
      article,
      annotated,
      linked: { ...annotated, mentions: [] },
      events: [],
      unsupported: `language "${article.language}" is stored but not coded: the language stages support ${[...CODED_LANGUAGES].join(', ')}`,
    };
  }
  const out: Partial<Record<Kind, unknown>> = { raw, article };
  let current: unknown = article;
  for (const stage of STAGES.slice(1)) {
    current = stage.run(current, ctx);
    out[stage.produces] = current;
  }
  return {
    article: out.article as Article,
    annotated: out.annotated as Annotated,
    linked: out.linked as Linked,
    events: out.events as Event[],
  };
}
