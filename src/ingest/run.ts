/**
 * `chronicle ingest`: inputs → pipeline → store, one transaction per document.
 *
 * Idempotent and resumable: an article already in the store (same id: the input's id or the
 * hash of its text) is not annotated, coded or written again, so a rerun after a crash or kill
 * redoes only what was not committed. A rejected document is recorded with its reason and the
 * batch goes on.
 */
import { createHash } from 'node:crypto';
import { DocumentRejected } from '../errors.js';
import { extractStage } from '../extract/index.js';
import { defaultContext, runDocument, type StageContext } from '../pipeline.js';
import type { Store } from '../store/store.js';
import type { Article, RawDoc, Rejection } from '../types.js';
import { readInputs, type ReadOptions } from './read.js';
import { PipelinePool, type PoolResult } from './pool.js';

export interface IngestOptions extends ReadOptions {
  ctx?: StageContext;
  /** Worker threads for the pipeline stages (1 = in this thread). */
  jobs?: number;
  /** Called after each document (for progress display). */
  onProgress?: (p: IngestProgress) => void;
  /** Called for each rejection (for stderr). */
  onReject?: (r: Rejection) => void;
}

export interface IngestProgress {
  documents: number;
  source: string;
}

export interface IngestSummary {
  documents: number;
  articles_new: number;
  articles_unchanged: number;
  unsupported: number;
  events: number;
  rejected: number;
  rejected_by_code: Record<string, number>;
  seconds: number;
}

/** Turns what a stage threw into a recorded Rejection. */
export function asRejection(err: unknown, source: string): Rejection {
  if (err instanceof DocumentRejected) return { source, code: err.code, reason: err.message };
  const e = err as Error;
  const at = e.stack?.split('\n')[1]?.trim() ?? '';
  return {
    source,
    code: 'internal-error',
    reason: `${source}: the pipeline failed on this document (${e.message}${at ? `; ${at}` : ''}); please report it with the file`,
  };
}

/** Runs one raw document through the pipeline; a failure becomes a Rejection. */
export function processRaw(raw: RawDoc, ctx: StageContext) {
  try {
    return { ok: true as const, result: runDocument(raw, ctx) };
  } catch (err) {
    return { ok: false as const, rejection: asRejection(err, raw.source) };
  }
}

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

export async function ingest(paths: string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const ctx = opts.ctx ?? defaultContext();
  const summary: IngestSummary = {
    documents: 0,
    articles_new: 0,
    articles_unchanged: 0,
    unsupported: 0,
    events: 0,
    rejected: 0,
    rejected_by_code: {},
    seconds: 0,
  };
  const reject = async (r: Rejection, hash?: string) => {
    summary.rejected++;
    summary.rejected_by_code[r.code] = (summary.rejected_by_code[r.code] ?? 0) + 1;
    await store.recordRejection({ ...r, content_hash: hash });
    opts.onReject?.(r);
  };
  const save = async (raw: RawDoc, hash: string, done: PoolResult) => {
    if (!done.ok) return reject(done.rejection, hash);
    const { article, annotated, linked, events, unsupported } = done.result;
    if (await store.hasArticle(article.id)) {
      summary.articles_unchanged++;
      return;
    }
    const { inserted } = await store.saveDocument({
      article,
      annotated: linked ?? annotated,
      events,
      content_hash: hash,
    });
    if (inserted) {
      summary.articles_new++;
      summary.events += events.length;
      if (unsupported) summary.unsupported++;
    } else {
      summary.articles_unchanged++;
    }
  };

  const pool = opts.jobs && opts.jobs > 1 ? new PipelinePool(opts.jobs, ctx.published ?? null) : null;
  // With a pool, documents are in flight at once; results are saved in input order.
  const window: { raw: RawDoc; hash: string; result: Promise<PoolResult> }[] = [];
  const maxInFlight = pool ? pool.size * 4 : 0;
  const drainOne = async () => {
    const head = window.shift()!;
    await save(head.raw, head.hash, await head.result);
    opts.onProgress?.({ documents: ++summary.documents, source: head.raw.source });
  };
  try {
    for await (const input of readInputs(paths, opts)) {
      if (!input.ok) {
        while (window.length) await drainOne();
        await reject(input.rejection);
        opts.onProgress?.({ documents: ++summary.documents, source: input.rejection.source });
        continue;
      }
      const raw = input.raw;
      const hash = contentHash(raw.content);
      if (pool) {
        window.push({ raw, hash, result: pool.run(raw) });
        if (window.length >= maxInFlight) await drainOne();
        continue;
      }
      // In one process: extract first, and skip the other stages for an article already stored
      // (resuming an interrupted run costs only extraction).
      let article: Article | undefined = raw.article;
      try {
        article ??= extractStage.run(raw, ctx);
      } catch (err) {
        await reject(asRejection(err, raw.source), hash);
      }
      if (article && (await store.hasArticle(article.id))) summary.articles_unchanged++;
      else if (article) await save(raw, hash, processRaw({ ...raw, article }, ctx));
      opts.onProgress?.({ documents: ++summary.documents, source: raw.source });
    }
    while (window.length) await drainOne();
  } finally {
    await pool?.close();
  }
  summary.seconds = Math.round((performance.now() - t0) / 10) / 100;
  return summary;
}
