/**
 * The `annotate` stage: the language layer. Splits an article into sentences and finds entities,
 * time expressions (normalised against the publication date), quantities and quotes.
 *
 * Reference date = `article.published ?? ctx.published ?? null`. Every record's offsets are
 * UTF-16 offsets into `article.text`, and every record's `text` equals `article.text.slice(start, end)`.
 */
import type { Annotated, Article } from '../types.js';
import type { Stage, StageContext } from '../pipeline.js';
import { splitSentences } from './sentences.js';
import { findTimes } from './times.js';
import { findEntities } from './entities.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';

export { splitSentences } from './sentences.js';
export { tokenize, type Token } from './tokens.js';
export { findTimes, timexToIsoDate } from './times.js';
export { findEntities } from './entities.js';
export { findQuantities } from './quantities.js';
export { findQuotes } from './quotes.js';

/** Annotates one article. `ctx.published` is the fallback reference date. */
export function annotate(article: Article, ctx?: Partial<StageContext>): Annotated {
  const text = article.text ?? '';
  const reference = article.published ?? ctx?.published ?? null;
  const sentences = splitSentences(text);
  const entities = findEntities(text, sentences);
  const times = findTimes(text, reference, sentences);
  const quantities = findQuantities(text, sentences, times);
  const quotes = findQuotes(text, sentences, entities, times);
  ctx?.debug?.(
    () =>
      `annotate ${article.id}: ${sentences.length} sentences, ${entities.length} entities, ${times.length} times, ` +
      `${quantities.length} quantities, ${quotes.length} quotes (reference ${reference ?? 'none'})`,
  );
  return { article, sentences, entities, times, quantities, quotes };
}

export const annotateStage: Stage<Article, Annotated> = {
  name: 'annotate',
  needs: 'article',
  produces: 'annotated',
  run: (article, ctx) => annotate(article, ctx),
};
