/**
 * Command-line options of the training scripts, read with Node's `util.parseArgs`: flags given as
 * `--name value` (strings and numbers) or `--name` (switches), with one error message that names
 * the script, what was found and the options it takes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SHARED_DIR } from '../src/paths.js';

export type OptionSpec = Record<string, 'string' | 'number' | 'switch'>;
/** The values given, typed by the spec; an option not given is undefined. */
export type OptionValues<S extends OptionSpec> = {
  [K in keyof S]?: S[K] extends 'number' ? number : S[K] extends 'switch' ? boolean : string;
};

export function readOptions<S extends OptionSpec>(script: string, argv: string[], spec: S): OptionValues<S> {
  const expected = Object.entries(spec)
    .map(([k, t]) => `--${k}${t === 'switch' ? '' : ` ${t === 'number' ? 'N' : 'VALUE'}`}`)
    .join(', ');
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: Object.fromEntries(
        Object.entries(spec).map(([k, t]) => [
          k,
          { type: t === 'switch' ? ('boolean' as const) : ('string' as const) },
        ]),
      ),
    }).values;
  } catch (e) {
    throw new Error(`${script}: ${(e as Error).message}; expected ${expected}`);
  }
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [k, v] of Object.entries(values)) {
    if (spec[k] === 'number') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`${script}: expected a number after --${k}, found "${String(v)}"`);
      out[k] = n;
    } else out[k] = v;
  }
  return out as OptionValues<S>;
}

/** The options both model trainers take: a CoNLL-2003 train and dev file, epochs, seed, output. */
export const TRAINER_OPTIONS = {
  train: 'string',
  dev: 'string',
  epochs: 'number',
  seed: 'number',
  'no-save': 'switch',
  out: 'string',
} as const;

/** Those options with their defaults (`../shared` CoNLL-2003 files, 10 epochs, seed 20030). */
export function trainerArgs(
  o: OptionValues<typeof TRAINER_OPTIONS>,
  out: string,
): { train: string; dev: string; epochs: number; seed: number; save: boolean; out: string } {
  return {
    train: o.train ?? path.join(SHARED_DIR, 'data/dev/conll2003/eng.train'),
    dev: o.dev ?? path.join(SHARED_DIR, 'data/dev/conll2003/eng.testa'),
    epochs: o.epochs ?? 10,
    seed: o.seed ?? 20_030,
    save: !o['no-save'],
    out: o.out ?? out,
  };
}
