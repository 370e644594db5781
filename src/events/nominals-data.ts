/** Loads data/events/nominals.json once. */
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import type { NominalEntry } from './nominals.js';

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
