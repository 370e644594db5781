/**
 * A pool of worker threads that run the pipeline on documents (`ingest --jobs N`). The main
 * thread reads inputs and writes the store; workers do the CPU-bound stages. Results come back
 * in input order, so a run with N workers stores exactly what a run with one stores.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { DocumentResult, StageContext } from '../pipeline.js';
import type { RawDoc, Rejection } from '../types.js';

export type PoolResult = { ok: true; result: DocumentResult } | { ok: false; rejection: Rejection };

interface Pending {
  resolve: (r: PoolResult) => void;
}

export class PipelinePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { raw: RawDoc; pending: Pending }[] = [];
  private readonly inflight = new Map<Worker, Pending>();
  private failed: Error | null = null;

  constructor(size: number, published: string | null) {
    const n = Math.max(1, Math.min(size, availableParallelism()));
    const fromSource = import.meta.url.endsWith('.ts');
    const script = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
    for (let i = 0; i < n; i++) {
      // Under tsx (tests, development) the worker registers the same TypeScript loader first.
      const w = fromSource
        ? new Worker(
            `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`,
            { eval: true, workerData: { published } },
          )
        : new Worker(script, { workerData: { published } });
      w.on('message', (r: PoolResult) => this.done(w, r));
      w.on('error', (err) => {
        this.failed = err;
        const p = this.inflight.get(w);
        this.inflight.delete(w);
        p?.resolve({
          ok: false,
          rejection: {
            source: '(worker)',
            code: 'internal-error',
            reason: `a pipeline worker crashed: ${err.message}`,
          },
        });
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(raw: RawDoc): Promise<PoolResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve) => {
      this.queue.push({ raw, pending: { resolve } });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.inflight.set(w, job.pending);
      w.postMessage(job.raw);
    }
  }

  private done(w: Worker, r: PoolResult): void {
    const p = this.inflight.get(w);
    this.inflight.delete(w);
    this.idle.push(w);
    p?.resolve(r);
    this.pump();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export type { StageContext };
