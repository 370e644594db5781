/**
 * Event-coder throughput: sentences per second through `Coder.codeSentence` on one core, over
 * the seed articles (annotated and resolved once, outside the timing) and the PETRARCH
 * unit-test sentences (with their own dictionaries). Prints figures; never fails.
 *
 * Run: npx tsx bench/code.ts [--rounds N]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linked } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(repoRoot, '../shared');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) || 20 : 20;

function rate(label: string, sentences: number, run: () => void): void {
  run(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) run();
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const n = sentences * ROUNDS;
  console.log(
    `bench code ${label}: ${Math.round(n / secs)} sentences/s (${n} sentences in ${secs.toFixed(2)} s, 1 core)`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`bench code: skipped, ${SHARED} is absent`);
    return;
  }
  try {
    const { runStages, defaultContext } = await import('../src/pipeline.js');
    const { getDefaultCoder, codeDocument } = await import('../src/events/document.js');
    const docs: Linked[] = [];
    const dir = path.join(SHARED, 'seeds');
    for (const f of readdirSync(dir).sort()) {
      const out = runStages(
        { source: f, kind: 'text', content: readFileSync(path.join(dir, f), 'utf8') },
        defaultContext(),
        'resolve',
      );
      docs.push(out.linked as Linked);
    }
    const coder = getDefaultCoder();
    const nSent = docs.reduce((n, d) => n + d.sentences.length, 0);
    rate('seeds (sentence coder)', nSent, () => {
      for (const d of docs)
        for (const s of d.sentences) {
          const inS = d.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
          if (inS.length) coder.codeSentence(d.article.text, s.start, s.end, inS);
        }
    });
    rate('seeds (whole code stage)', nSent, () => {
      for (const d of docs) codeDocument(d, { published: null, debug: () => {} });
    });
  } catch (e) {
    console.log(`bench code seeds: skipped (${(e as Error).message.split('\n')[0]})`);
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
