/**
 * PETRARCH discard lists (PETR.Validate.discards.txt, Phoenix.discards.txt): phrases that mark a
 * sentence (plain line) or a whole story (`+` line) as not about political events — sports
 * ("African Nations Cup"), weather ("typhoon"). A sentence holding a sentence-level phrase is not
 * coded; a story holding a story-level phrase is not coded at all.
 *
 * Matching is on whole words, case-insensitive; a phrase whose last word has no trailing `_` also
 * matches that word's suffixed forms ("typhoons"), as PETRARCH's dictionaries do.
 */
export interface DiscardHit {
  phrase: string;
  /** True for a story-level discard (`+` in the file). */
  story: boolean;
  /** Offset of the phrase in the text searched. */
  at: number;
}

interface Compiled {
  phrase: string;
  story: boolean;
  re: RegExp;
}

export class Discards {
  private readonly list: Compiled[] = [];

  constructor(entries: { phrase: string; story: boolean }[]) {
    for (const e of entries) {
      const exact = e.phrase.endsWith('_');
      const words = e.phrase
        .replace(/_+$/, '')
        .split(/[\s_]+/)
        .filter(Boolean)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (!words.length) continue;
      const body = words.join('[\\s_]+') + (exact ? '' : '[\\p{L}]*');
      this.list.push({
        phrase: words.join(' ').toLowerCase(),
        story: e.story,
        re: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu'),
      });
    }
  }

  /** The first discard phrase found in `text`, or null. */
  find(text: string): DiscardHit | null {
    for (const d of this.list) {
      const m = d.re.exec(text);
      if (m) return { phrase: d.phrase, story: d.story, at: m.index };
    }
    return null;
  }

  get size(): number {
    return this.list.length;
  }
}

/** Reads a PETRARCH discard file: one phrase a line, `+` = story level, `#` comments. */
export function parseDiscards(text: string): Discards {
  const entries: { phrase: string; story: boolean }[] = [];
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || line.startsWith('<')) continue;
    const story = line.startsWith('+');
    const phrase = line
      .replace(/^\+/, '')
      .replace(/\s*;.*$/, '')
      .trim();
    if (phrase) entries.push({ phrase, story });
  }
  return new Discards(entries);
}
