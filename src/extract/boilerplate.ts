/**
 * Cross-document boilerplate: lines that recur across several documents of the same outlet (menus,
 * promos, legal notes, "follow us" lines) are furniture, whatever their wording or language. An
 * optional pass for batches: `ingest` (or any caller holding several documents from one outlet)
 * learns a model from the batch and hands it to `extract` (ExtractOptions.boilerplate).
 *
 *   const model = learnBoilerplate(docs.map((d) => d.content));
 *   const article = extract(doc, ctx, { boilerplate: model });
 *
 * A line counts once per document; it is boilerplate when it appears in at least `minDocs`
 * documents and in at least `minShare` of them. Lines are compared by a key (lower-cased letters and
 * digits only) so spacing, punctuation and case differences do not matter. Very short keys (a
 * single word like "Home") are left to the line classifier, which knows them in context.
 */

export interface BoilerplateModel {
  /** Keys of lines seen as boilerplate. */
  keys: Set<string>;
  /** Documents the model was learned from. */
  docs: number;
}

export interface LearnOptions {
  /** A line must occur in at least this many documents (default 2; the model needs ≥ 2 documents). */
  minDocs?: number;
  /** …and in at least this share of the documents (default 0.5). */
  minShare?: number;
  /** Lines with fewer key characters than this are ignored (default 6). */
  minKeyLength?: number;
}

/** The comparison key of a line: letters and digits only, lower-cased (NFKC). */
export function lineKey(line: string): string {
  return line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Learns recurring lines from the texts (raw scraped text or extracted article text) of one outlet. */
export function learnBoilerplate(texts: readonly string[], opts: LearnOptions = {}): BoilerplateModel {
  const minDocs = Math.max(2, opts.minDocs ?? 2);
  const minShare = opts.minShare ?? 0.5;
  const minKey = opts.minKeyLength ?? 6;
  const counts = new Map<string, number>();
  for (const t of texts) {
    const seen = new Set<string>();
    for (const line of t.split(/\r\n?|\n/)) {
      const k = lineKey(line);
      if (k.length < minKey || seen.has(k)) continue;
      seen.add(k);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const keys = new Set<string>();
  const need = Math.max(minDocs, Math.ceil(texts.length * minShare));
  if (texts.length >= 2) for (const [k, n] of counts) if (n >= need) keys.add(k);
  return { keys, docs: texts.length };
}

/** Is this line boilerplate under the model? */
export function isLearnedBoilerplate(line: string, model: BoilerplateModel | undefined): boolean {
  return !!model && model.keys.size > 0 && model.keys.has(lineKey(line));
}

/** Drops the model's lines from a text (lines joined by `\n`). */
export function removeBoilerplate(text: string, model: BoilerplateModel | undefined): string {
  if (!model || model.keys.size === 0) return text;
  return text
    .split(/\r\n?|\n/)
    .filter((l) => !model.keys.has(lineKey(l)))
    .join('\n');
}
