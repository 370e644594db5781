/**
 * Nominal event triggers ("phone call", "talks", "missile strikes", "ceasefire"), from
 * data/events/nominals.json, indexed by first word for a constant-time lookup per token.
 */
import type { VToken } from './patterns.js';

export interface NominalEntry {
  /** Lower-case words separated by single spaces. */
  phrase: string;
  /** CAMEO code. */
  code: string;
  /** Only an event with two parties ("the ceasefire" alone is not an event). */
  requiresPair?: boolean;
}

export class NominalTriggers {
  private readonly byFirst = new Map<string, { words: string[]; entry: NominalEntry }[]>();

  constructor(entries: NominalEntry[]) {
    for (const entry of entries) {
      const words = entry.phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, entry });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
    }
  }

  /** The longest nominal starting at token i (tokens outside mentions, or in a generic one). */
  at(toks: VToken[], i: number): { n: number; entry: NominalEntry } | null {
    const cands = this.byFirst.get(toks[i].lower);
    if (!cands) return null;
    for (const c of cands) {
      let ok = true;
      for (let k = 0; k < c.words.length && ok; k++) {
        const t = toks[i + k];
        // a generic agent word may be part of the phrase ("joint military exercises")
        ok = !!t && (t.m < 0 || t.g === true) && t.lower === c.words[k];
      }
      if (ok) return { n: c.words.length, entry: c.entry };
    }
    return null;
  }
}
