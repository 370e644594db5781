/**
 * Extraction throughput on the trafilatura evaluation pages (../shared/data/dev/extraction/trafilatura-eval),
 * one process, one core:
 *
 *   npx tsx bench/extract.ts [--limit N] [--engine auto|readability|own] [--rounds R]
 *
 * Pages are read and decoded first (not timed); then extract() runs over all of them R times.
 * Prints pages/s (extract only), ms/page (mean, p50, p95, max) and peak RSS. Never fails on time.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';
import type { HtmlEngine } from '../src/extract/html.js';
import { DEFAULT_EVAL_DIR, loadGold, readPage } from '../eval/extract.js';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function benchExtract(opts: { limit?: number; engine?: HtmlEngine; rounds?: number } = {}) {
  let gold = loadGold(DEFAULT_EVAL_DIR);
  if (opts.limit) gold = gold.slice(0, opts.limit);
  const t0 = performance.now();
  const pages = gold.map(([url, g]) => ({ url, html: readPage(DEFAULT_EVAL_DIR, g.file) }));
  const readMs = performance.now() - t0;
  const times: number[] = [];
  let rejected = 0;
  const rounds = opts.rounds ?? 1;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const p of pages) {
      const s = performance.now();
      try {
        extract({ source: p.url, kind: 'html', content: p.html, given: { url: p.url } }, undefined, { engine: opts.engine });
      } catch {
        rejected++;
      }
      times.push(performance.now() - s);
    }
  }
  const totalMs = performance.now() - start;
  times.sort((a, b) => a - b);
  const q = (x: number): number => times[Math.min(times.length - 1, Math.floor(x * times.length))];
  return {
    pages: pages.length * rounds,
    rejected,
    readMs,
    pagesPerSecond: (pages.length * rounds) / (totalMs / 1000),
    meanMs: totalMs / times.length,
    p50Ms: q(0.5),
    p95Ms: q(0.95),
    maxMs: times[times.length - 1],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const r = benchExtract({
    limit: arg(argv, '--limit') ? Number(arg(argv, '--limit')) : undefined,
    engine: (arg(argv, '--engine') as HtmlEngine | undefined) ?? 'auto',
    rounds: arg(argv, '--rounds') ? Number(arg(argv, '--rounds')) : 1,
  });
  console.log(`bench.extract.pages ${r.pages} (${r.rejected} rejected; read+decode ${(r.readMs / 1000).toFixed(1)} s, not timed)`);
  console.log(`bench.extract.pages_per_s ${r.pagesPerSecond.toFixed(1)}`);
  console.log(`bench.extract.ms_per_page mean ${r.meanMs.toFixed(1)} p50 ${r.p50Ms.toFixed(1)} p95 ${r.p95Ms.toFixed(1)} max ${r.maxMs.toFixed(0)}`);
  console.log(`bench.extract.peak_rss_mb ${r.peakRssMb.toFixed(0)}`);
}
