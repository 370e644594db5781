/**
 * Event-coder throughput on one core: sentences per second through `Coder.codeSentence` and
 * through the whole code stage, over the seed articles and the demo corpus (`examples/`, ours),
 * each annotated and resolved once outside the timing, and over the PETRARCH unit-test
 * sentences (with their own dictionaries). Prints figures; never fails.
 *
 * A day of news is millions of sentences, so the figure that matters is the steady rate once
 * V8 has optimised the hot code: each measure first runs for WARM_S seconds unmeasured, then
 * times WINDOWS windows of at least WINDOW_S seconds and prints the median window (CPU time of
 * this process beside wall time: on a shared machine wall time includes waiting). The first
 * pass, cold, is printed too.
 *
 * Run: taskset -c 0 npx tsx bench/code.ts [--windows N]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../src/ingest/read.js';
import type { Linked, RawDoc } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(repoRoot, '../shared');
const windowsArg = process.argv.indexOf('--windows');
const WINDOWS = windowsArg > 0 ? Math.max(1, Number(process.argv[windowsArg + 1]) || 7) : 7;
const WARM_S = 1.5;
const WINDOW_S = 0.4;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function rate(label: string, sentences: number, run: () => void): void {
  const cold0 = performance.now();
  run();
  const cold = (performance.now() - cold0) / 1000;
  const warmEnd = performance.now() + WARM_S * 1000;
  while (performance.now() < warmEnd) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let w = 0; w < WINDOWS; w++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let n = 0;
    do {
      run();
      n += sentences;
    } while (performance.now() - t0 < WINDOW_S * 1000);
    const c = process.cpuUsage(c0);
    wall.push(n / ((performance.now() - t0) / 1000));
    cpu.push(n / ((c.user + c.system) / 1e6));
  }
  const lo = Math.round(Math.min(...wall));
  const hi = Math.round(Math.max(...wall));
  console.log(
    `bench code ${label}: ${Math.round(median(wall))} sentences/s steady (median of ${WINDOWS} windows, ` +
      `range ${lo}–${hi}; ${Math.round(median(cpu))}/s of CPU time; ${sentences} sentences per pass), ` +
      `first pass cold ${Math.round(sentences / cold)}/s`,
  );
}

async function main(): Promise<void> {
  try {
    const { runStages, defaultContext } = await import('../src/pipeline.js');
    const { getDefaultCoder, codeDocument } = await import('../src/events/document.js');
    const files = [
      ...(existsSync(path.join(SHARED, 'seeds')) ? listFiles(path.join(SHARED, 'seeds')) : []),
      ...listFiles(path.join(repoRoot, 'examples')),
    ].filter((f) => /\.(txt|html?)$/.test(f)); // plain documents (the feeds and JSONL are other inputs)
    if (!existsSync(SHARED)) console.log(`bench code: ${SHARED} is absent, timing the demo corpus only`);
    const docs: Linked[] = [];
    for (const f of files) {
      const raw: RawDoc = { source: f, kind: /\.html?$/.test(f) ? 'html' : 'text', content: readFileSync(f, 'utf8') };
      const linked = runStages(raw, defaultContext(), 'resolve').linked as Linked | undefined;
      if (linked) docs.push(linked);
    }
    const coder = getDefaultCoder();
    const measure = (label: string, set: Linked[]): void => {
      const nSent = set.reduce((n, d) => n + d.sentences.length, 0);
      const perSentence = set.map((d) =>
        d.sentences.map((s) => d.mentions.filter((m) => m.start >= s.start && m.end <= s.end)),
      );
      const withActors = perSentence.flat().filter((m) => m.length > 0).length;
      console.log(
        `bench code ${label}: ${set.length} documents, ${nSent} sentences (${withActors} with an actor mention)`,
      );
      rate(`${label} (sentence coder)`, nSent, () => {
        set.forEach((d, i) =>
          d.sentences.forEach((s, j) => {
            const inS = perSentence[i]![j]!;
            if (inS.length) coder.codeSentence(d.article.text, s.start, s.end, inS);
          }),
        );
      });
      rate(`${label} (whole code stage)`, nSent, () => {
        for (const d of set) codeDocument(d, { published: null, debug: () => {} });
      });
    };
    const seeds = docs.filter((d) => d.article.source.startsWith(SHARED));
    if (seeds.length) measure('seeds', seeds);
    measure('seeds and examples/', docs);
  } catch (e) {
    console.log(`bench code corpus: skipped (${(e as Error).message.split('\n')[0]})`);
  }
  try {
    const unit = await import('../eval/events-unit.js');
    const { Coder } = await import('../src/events/coder.js');
    const { parseVerbDictionary } = await import('../src/events/verbdict.js');
    const dir = path.join(SHARED, 'data/dev/petrarch-unit');
    const rd = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    const verbs = parseVerbDictionary([{ name: 'PETR.Validate.verbs.txt', text: rd('PETR.Validate.verbs.txt') }]);
    const lookup = unit.makeActorLookup(
      unit.readActorLike(rd('PETR.Validate.actors.txt'), false),
      unit.readActorLike(rd('PETR.Validate.agents.txt'), true),
    );
    const coder = new Coder<string>({ verbs, targetless: new Set(), intentCodes: false });
    const recs = unit
      .readRecords(rd('PETR.UnitTest.records.xml'))
      .map((r) => ({ text: r.text, mentions: lookup(r.text) }));
    rate('petrarch-unit', recs.length, () => {
      for (const r of recs) coder.codeSentence(r.text, 0, r.text.length, r.mentions);
    });
  } catch (e) {
    console.log(`bench code petrarch-unit: skipped (${(e as Error).message.split('\n')[0]})`);
  }
}

main().catch((e: Error) => console.log(`bench code: ${e.message}`));
