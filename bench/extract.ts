/**
 * Extraction throughput on the trafilatura evaluation pages (../shared/data/dev/extraction/trafilatura-eval),
 * one process, one core (pin it: `taskset -c 0 npx tsx bench/extract.ts`):
 *
 *   npx tsx bench/extract.ts [--limit N] [--every K] [--engine auto|readability|own] [--rounds R]
 *
 * Pages are streamed: each is read, gunzipped and decoded (timed apart), extracted, and dropped, so
 * memory stays flat whatever the corpus size. One warm-up pass over the first 20 pages runs first
 * (JIT, lazy module loads). Prints pages/s (extract only), ms/page (mean, p50, p95, max), the
 * share of pages that needed the Readability fallback, and peak RSS. Never fails on time.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { extract } from '../src/extract/index.js';
import type { HtmlEngine } from '../src/extract/html.js';
import { DEFAULT_EVAL_DIR, loadGold, readPage } from '../eval/extract.js';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export interface BenchResult {
  pages: number;
  rejected: number;
  readMs: number;
  pagesPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  fallbacks: number;
  peakRssMb: number;
}

export function benchExtract(
  opts: { limit?: number; every?: number; engine?: HtmlEngine; rounds?: number } = {},
): BenchResult {
  let gold = loadGold(DEFAULT_EVAL_DIR);
  if (opts.every && opts.every > 1) gold = gold.filter((_, i) => i % opts.every! === 0);
  if (opts.limit) gold = gold.slice(0, opts.limit);
  const run = (url: string, html: string, debug?: (m: () => string) => void): void => {
    extract({ source: url, kind: 'html', content: html, given: { url } }, debug ? { debug } : undefined, {
      engine: opts.engine,
    });
  };
  // warm-up
  for (const [url, g] of gold.slice(0, 20)) {
    try {
      run(url, readPage(DEFAULT_EVAL_DIR, g.file));
    } catch {
      // rejections are counted in the timed pass
    }
  }
  const times: number[] = [];
  let rejected = 0;
  let readMs = 0;
  let extractMs = 0;
  let fallbacks = 0;
  const onDebug = (m: () => string): void => {
    if (m().includes('Readability kept')) fallbacks++;
  };
  const rounds = opts.rounds ?? 1;
  for (let r = 0; r < rounds; r++) {
    for (const [url, g] of gold) {
      const r0 = performance.now();
      const html = readPage(DEFAULT_EVAL_DIR, g.file);
      const s = performance.now();
      readMs += s - r0;
      try {
        run(url, html, onDebug);
      } catch {
        rejected++;
      }
      const ms = performance.now() - s;
      extractMs += ms;
      times.push(ms);
    }
  }
  times.sort((a, b) => a - b);
  const q = (x: number): number => times[Math.min(times.length - 1, Math.floor(x * times.length))];
  return {
    pages: times.length,
    rejected,
    readMs,
    pagesPerSecond: times.length / (extractMs / 1000),
    meanMs: extractMs / times.length,
    p50Ms: q(0.5),
    p95Ms: q(0.95),
    maxMs: times[times.length - 1],
    fallbacks,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const r = benchExtract({
    limit: arg(argv, '--limit') ? Number(arg(argv, '--limit')) : undefined,
    every: arg(argv, '--every') ? Number(arg(argv, '--every')) : undefined,
    engine: (arg(argv, '--engine') as HtmlEngine | undefined) ?? 'auto',
    rounds: arg(argv, '--rounds') ? Number(arg(argv, '--rounds')) : 1,
  });
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  console.log(
    `bench.extract.pages ${r.pages} (${r.rejected} rejected; read+gunzip+decode ${(r.readMs / 1000).toFixed(1)} s, not timed)`,
  );
  console.log(`bench.extract.pages_per_s ${r.pagesPerSecond.toFixed(1)} (load average ${load})`);
  console.log(
    `bench.extract.ms_per_page mean ${r.meanMs.toFixed(2)} p50 ${r.p50Ms.toFixed(2)} p95 ${r.p95Ms.toFixed(2)} max ${r.maxMs.toFixed(0)}`,
  );
  console.log(
    `bench.extract.readability_fallbacks ${r.fallbacks} (${((100 * r.fallbacks) / r.pages).toFixed(1)}% of pages)`,
  );
  console.log(`bench.extract.peak_rss_mb ${r.peakRssMb.toFixed(0)}`);
}
