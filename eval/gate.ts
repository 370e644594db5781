/**
 * Quality gates: every evaluation reduced to named metrics, compared with floors pinned in
 * eval/baseline.json. Raising a floor is easy (`npx tsx eval/run.ts --update-baseline`); lowering
 * one needs `--allow-lower` and a reason in the commit. Each floor carries a fingerprint of the
 * corpus it was measured on, so a changed corpus is reported instead of silently compared.
 *
 * Metrics whose name ends in `.spurious_per_seed` or `.ceiling` are ceilings (lower is better).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const BASELINE_PATH = path.join(ROOT, 'eval', 'baseline.json');

export interface Evaluation {
  /** Short name, the prefix of its metrics. */
  name: string;
  /** Folder or file of ../shared it reads (for the fingerprint and the skip message). */
  corpus: string;
  /** Runs it and returns named metrics. */
  run(): Promise<Record<string, number>>;
}

export interface Floor {
  floor: number;
  measured: number;
  fingerprint: string;
  /** `min`: the metric must stay at or above `floor`; `max`: at or below. */
  direction: 'min' | 'max';
}

export type Baseline = Record<string, Floor>;

export function isCeiling(metric: string): boolean {
  return /(spurious|uncoded|\.ceiling)/.test(metric);
}

/** Where a corpus is: `repo:PATH` inside this repository, anything else under ../shared. */
export function corpusPath(corpus: string): string {
  return corpus.startsWith('repo:') ? path.resolve(ROOT, corpus.slice(5)) : path.resolve(SHARED, corpus);
}

/** Names and sizes of a corpus's files. */
export function fingerprint(corpus: string): string {
  const abs = corpusPath(corpus);
  if (!existsSync(abs)) return 'absent';
  const h = createHash('sha256');
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) walk(path.join(p, e));
    } else {
      h.update(`${path.relative(abs, p)}\0${st.size}\0`);
    }
  };
  walk(abs);
  return h.digest('hex').slice(0, 16);
}

export function readBaseline(): Baseline {
  if (!existsSync(BASELINE_PATH)) return {};
  return (JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as { floors: Baseline }).floors;
}

export interface Verdict {
  metric: string;
  value: number;
  floor: Floor | undefined;
  ok: boolean;
  message: string;
}

/** Compares measured metrics with their floors. A metric with no floor passes (and is reported). */
export function judge(metrics: Record<string, number>, corpus: string, baseline = readBaseline()): Verdict[] {
  const fp = fingerprint(corpus);
  return Object.entries(metrics).map(([metric, value]) => {
    const floor = baseline[metric];
    if (!floor)
      return { metric, value, floor, ok: true, message: `${metric} ${value.toFixed(4)} (no floor pinned yet)` };
    if (floor.fingerprint !== fp) {
      return {
        metric,
        value,
        floor,
        ok: false,
        message: `${metric}: the corpus ${corpus} changed (fingerprint ${fp}, floor measured on ${floor.fingerprint}); re-measure and re-pin with --update-baseline --allow-lower if intended`,
      };
    }
    const ok = floor.direction === 'min' ? value >= floor.floor - 1e-9 : value <= floor.floor + 1e-9;
    const rel = floor.direction === 'min' ? '≥' : '≤';
    return {
      metric,
      value,
      floor,
      ok,
      message: `${metric} ${value.toFixed(4)} ${ok ? 'meets' : 'BREAKS'} its floor ${rel} ${floor.floor.toFixed(4)}`,
    };
  });
}

/**
 * Pins floors at the measured values (minus a small margin for metrics that vary with timing or
 * order). Refuses to lower a floor unless `allowLower`.
 */
export function updateBaseline(
  measured: Record<string, number>,
  corpus: string,
  opts: { allowLower?: boolean; margin?: number } = {},
): string[] {
  const baseline = readBaseline();
  const fp = fingerprint(corpus);
  const notes: string[] = [];
  for (const [metric, value] of Object.entries(measured)) {
    const direction = isCeiling(metric) ? 'max' : 'min';
    const margin = opts.margin ?? 0.002;
    const proposed = Math.round((direction === 'min' ? value - margin : value + margin) * 10000) / 10000;
    const old = baseline[metric];
    const lowers = old && old.fingerprint === fp && (direction === 'min' ? proposed < old.floor : proposed > old.floor);
    if (lowers && !opts.allowLower) {
      notes.push(
        `${metric}: kept floor ${old.floor} (measured ${value.toFixed(4)} would lower it; pass --allow-lower to do so)`,
      );
      continue;
    }
    baseline[metric] = { floor: proposed, measured: Math.round(value * 10000) / 10000, fingerprint: fp, direction };
    notes.push(`${metric}: floor ${old ? `${old.floor} → ` : ''}${proposed}`);
  }
  const sorted = Object.fromEntries(Object.entries(baseline).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    BASELINE_PATH,
    `${JSON.stringify({ _about: 'Quality-gate floors; see eval/gate.ts. Raise with `npx tsx eval/run.ts --update-baseline`.', floors: sorted }, null, 2)}\n`,
  );
  return notes;
}
