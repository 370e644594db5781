/**
 * Throughput of the POS tagger on one core: tokens per second on the words of CoNLL-2003
 * eng.testa (our own sentences when ../shared is absent).
 *
 *   npx tsx bench/pos.ts [--rounds N]
 *
 * Prints: load time of the weights; `tag()` throughput with a warm word cache (the steady state of a
 * long-running process) and with a cold one (a new tagger per round); `tagAt` on single positions.
 * Wall time and CPU time of this process are both given: on a shared machine wall time includes
 * waiting. Never fails: when the weights are missing it says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from '../src/paths.js';
import { PosModel, PosTagger, readConllPos } from '../src/nlp/pos/index.js';

/** Our own sentences, used when the CoNLL file is absent. */
const OWN = [
  'The army targets the rebels in the hills , a spokesman said on Monday .',
  'Officials in the capital said talks with the opposition would resume next week .',
  'Drone strikes killed three fighters near the border , according to the ministry .',
  'The union calls a general strike over pay and pensions .',
];

function sentences(): { source: string; words: string[][] } {
  const file = path.join(SHARED_DIR, 'data/dev/conll2003/eng.testa');
  if (existsSync(file))
    return { source: 'eng.testa', words: readConllPos(readFileSync(file, 'utf8')).map((s) => s.words) };
  const words: string[][] = [];
  for (let i = 0; i < 2000; i++) words.push(OWN[i % OWN.length].split(' '));
  return { source: 'own sentences (../shared absent)', words };
}

/** Best wall and CPU seconds of `rounds` runs of `fn` after one warm-up run. */
function time(rounds: number, fn: () => void): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r <= rounds; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const cu = process.cpuUsage(c);
    if (r === 0) continue;
    wall = Math.min(wall, (performance.now() - t) / 1000);
    cpu = Math.min(cpu, (cu.user + cu.system) / 1e6);
  }
  return { wall, cpu };
}

function main(): void {
  const argv = process.argv.slice(2);
  const ri = argv.indexOf('--rounds');
  const rounds = ri >= 0 ? Math.max(1, Number(argv[ri + 1]) || 3) : 3;
  let model: PosModel;
  const t0 = performance.now();
  try {
    model = PosModel.load();
  } catch (e) {
    console.log(`bench/pos: skipped, ${(e as Error).message}`);
    return;
  }
  console.log(`pos.load_ms ${(performance.now() - t0).toFixed(0)}`);
  const { source, words } = sentences();
  const tokens = words.reduce((n, s) => n + s.length, 0);

  const warm = new PosTagger(model);
  const w = time(rounds, () => {
    for (const s of words) warm.tag(s);
  });
  console.log(
    `pos.tokens_per_s ${Math.round(tokens / w.wall)} (tag(), warm cache, wall time, ${tokens} tokens of ${source})`,
  );
  console.log(`pos.tokens_per_cpu_s ${Math.round(tokens / w.cpu)} (same, per second of CPU time of this process)`);

  const cold = time(rounds, () => {
    const fresh = new PosTagger(model);
    for (const s of words) fresh.tag(s);
  });
  console.log(
    `pos.cold_tokens_per_s ${Math.round(tokens / cold.wall)} (tag(), a new tagger per round: empty word cache)`,
  );

  const one = time(rounds, () => {
    for (const s of words) for (let i = 0; i < s.length; i += 3) warm.tagAt(s, i);
  });
  const positions = words.reduce((n, s) => n + Math.ceil(s.length / 3), 0);
  console.log(`pos.tag_at_per_s ${Math.round(positions / one.wall)} (tagAt on every third position, warm cache)`);
}

try {
  main();
} catch (e) {
  console.log(`bench/pos: failed to run (${(e as Error).message})`);
}
