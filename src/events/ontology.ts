/**
 * The event ontology (CAMEO codes with Goldstein scores, quad classes and their PLOVER
 * equivalents) and the compiled verb dictionary, loaded once from data/events/.
 * Built by scripts/build-ontology.ts; see data/README.md for provenance.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import type { VerbDictionary } from './verbdict.js';

export interface CameoInfo {
  name: string;
  root: string;
  goldstein: number;
  quad_class: number;
  plover: { event: string; mode?: string; context: string[] };
}

export interface Ontology {
  plover_events: string[];
  cameo: Record<string, CameoInfo>;
  contexts: Record<string, string>;
  scores: Record<string, number>;
}

function loadJson<T>(file: string, what: string): T {
  const p = dataPath('events', file);
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as T;
  } catch (e) {
    throw new Error(
      `events: expected ${what} at ${p} but could not read it (${(e as Error).message}); ` +
        `run \`npx tsx scripts/build-ontology.ts\` to rebuild it`,
    );
  }
}

let ontology: Ontology | null = null;
let verbs: VerbDictionary | null = null;

export function loadOntology(): Ontology {
  return (ontology ??= loadJson<Ontology>('ontology.json', 'the CAMEO/PLOVER ontology'));
}

export function loadVerbDictionary(): VerbDictionary {
  return (verbs ??= loadJson<VerbDictionary>('verbs.json', 'the compiled CAMEO verb dictionary'));
}

/** CAMEO info for a code; unknown sub-codes fall back to their 3-digit parent, then their root. */
export function cameoInfo(code: string): CameoInfo {
  const o = loadOntology();
  const hit = o.cameo[code] ?? o.cameo[code.slice(0, 3)] ?? o.cameo[code.slice(0, 2)];
  if (!hit) {
    throw new Error(
      `events: CAMEO code "${code}" is not in data/events/ontology.json; expected a code like 042 or 1056`,
    );
  }
  return hit;
}
