/** Loads data/events/nominals.json and data/events/discards.txt once. */
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import type { NominalEntry } from './nominals.js';
import { parseDiscards, type Discards } from './discards.js';

let discards: Discards | null = null;

/** Sentence-level discards: sport and entertainment (data/events/discards.txt). */
export function loadDiscards(): Discards {
  if (discards) return discards;
  const p = dataPath('events', 'discards.txt');
  try {
    discards = parseDiscards(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new Error(
      `events: expected the discard list at ${p} (${(e as Error).message}); restore data/events/discards.txt`,
    );
  }
  return discards;
}

let cache: NominalEntry[] | null = null;

export function loadNominals(): NominalEntry[] {
  if (cache) return cache;
  const p = dataPath('events', 'nominals.json');
  try {
    cache = (JSON.parse(readFileSync(p, 'utf8')) as { triggers: NominalEntry[] }).triggers;
  } catch (e) {
    throw new Error(
      `events: expected the nominal trigger list at ${p} (${(e as Error).message}); restore data/events/nominals.json`,
    );
  }
  return cache;
}
